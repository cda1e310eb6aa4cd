#include "dates/date_grammar.hpp"

#include <algorithm>

namespace clio::dates::detail {
namespace {

using namespace lex;

constexpr int kMaxFillers = 4;   // "in the first half of the", "au début du"
constexpr int kMaxMarks = 4;     // "1917 г. по ст. ст.", "(O.S.)"
constexpr int kMaxPhraseWords = 5;
constexpr int kMaxDepth = 6;     // nesting of rules (fillers, parts, dual dates): keeps lookahead bounded

// Counts rule nesting for the lifetime of one rule call.
class DepthGuard {
 public:
  explicit DepthGuard(int& depth) : depth_(depth) { ++depth_; }
  ~DepthGuard() { --depth_; }
  bool too_deep() const { return depth_ > kMaxDepth; }

 private:
  int& depth_;
};

bool adjacent(const Token& t) { return !t.space; }

bool is_apostrophe(const Token& t) {
  return t.kind == TokKind::punct && (t.ch == '\'' || t.ch == 0x2019 || t.ch == 0x2032);
}

bool is_open(const Token& t) { return t.is_punct('(') || t.is_punct('['); }
char32_t closer(char32_t open) { return open == '(' ? ')' : ']'; }

}  // namespace

// Index after word token i and, when the word is short enough to be an abbreviation, its dot:
// "Dec. 30" reads on, "October. 10 years" stops at the sentence end.
std::size_t Grammar::after_word(std::size_t i) {
  return abbreviation_dot(i) ? i + 2 : i + 1;
}

// Whether the dot after word token i belongs to it. One- and two-letter words ("г.", "Jh.", "c.")
// are abbreviations; words of three or four letters may be whole words ("July.", "года." at the
// end of a sentence), so their dot counts only when the date goes on after it ("Dec. 30").
bool Grammar::abbreviation_dot(std::size_t i) {
  const Token& w = T(i);
  if (!w.abbreviation() || !T(i + 1).is_punct('.') || !adjacent(T(i + 1))) return false;
  if (w.letters <= 2 && !w.all_upper) return true;  // "BC." and "AD." end sentences more often
  const Token& n = T(i + 2);
  return n.kind != TokKind::end && !(n.kind == TokKind::word && n.upper) && !n.newline;
}

std::size_t Grammar::skip_fillers(std::size_t i, std::uint64_t stop) {
  for (int n = 0; n < kMaxFillers; ++n) {
    const Token& t = T(i);
    if (t.kind != TokKind::word || !t.is(kFiller) || t.is(stop)) break;
    ++i;
    if (is_apostrophe(T(i)) && adjacent(T(i))) ++i;  // "l'été", "d'avril"
  }
  return i;
}

// Longest lexicon key with one of `roles` starting at word token i: single words and phrases whose
// words are separated by spaces, dots or hyphens ("B.C.", "av. J.-C.", "по старому стилю"). A dot
// right after the match is consumed (abbreviations).
const Entry* Grammar::phrase(std::size_t i, std::uint64_t roles, std::size_t& j) {
  const Token& t0 = T(i);
  if (t0.kind != TokKind::word || !t0.lex) return nullptr;
  const Entry* best = t0.lex->has(roles) ? t0.lex : nullptr;
  std::size_t best_end = i + 1;
  if (t0.lex->has(kPrefix) && (t0.lex->more & roles)) {
    char key[96];
    std::size_t len = 0;
    // The token's lexicon key is its folded spelling: no need to fold the first word again.
    len = t0.lex->len;
    std::copy_n(t0.lex->key, len, key);
    {
      std::size_t k = i + 1;
      for (int w = 1; w < kMaxPhraseWords; ++w) {
        if (T(k).is_punct('.')) ++k;
        if (T(k).is_dash() || is_apostrophe(T(k))) ++k;
        const Token& tw = T(k);
        if (tw.kind != TokKind::word || tw.newline) break;
        if (len + 1 >= sizeof key) break;
        key[len++] = ' ';
        if (!fold_word_into(ts_.text(), tw.begin, tw.end, key, sizeof key, len)) break;
        const Entry* e = lookup(std::string_view(key, len));
        if (!e) break;
        ++k;
        if (e->has(roles)) {
          best = e;
          best_end = k;
        }
        if (!e->has(kPrefix) || !(e->more & roles)) break;
      }
    }
  }
  if (!best) return nullptr;
  j = best_end;
  // "B.C.", "v. Chr.": a phrase written with dots keeps its last one; "BC." ends a sentence.
  const bool dotted = best_end > i + 1 && T(best_end - 2).is_punct('.');
  if (T(j).is_punct('.') && adjacent(T(j)) && (dotted ? T(j - 1).abbreviation() : abbreviation_dot(j - 1))) ++j;
  return best;
}

// A number written as an ordinal: "30th", "1er", "9-го", "19-й", and with dot_ok German "18.".
bool Grammar::ordinal_num(std::size_t i, std::int64_t& v, std::size_t& j, bool dot_ok) {
  const Token& t = T(i);
  if (t.kind != TokKind::number || t.digits > 3) return false;
  v = t.value;
  const Token& n = T(i + 1);
  if (n.kind == TokKind::word && adjacent(n) && n.is(kOrdSuffix)) {
    j = i + 2;
    return true;
  }
  if (n.is_dash() && adjacent(n) && T(i + 2).kind == TokKind::word && adjacent(T(i + 2)) &&
      T(i + 2).is(kOrdSuffix)) {
    j = i + 3;
    return true;
  }
  if (dot_ok && n.is_punct('.') && adjacent(n)) {
    j = i + 2;
    return true;
  }
  return false;
}

// A year number: digits, or four single digits separated by spaces (OCR "1 9 2 2"). Not a time
// ("10:30") and not followed by more digits after a separator that would make it something else.
bool Grammar::year_num(std::size_t i, std::int64_t& v, std::uint32_t& digits, std::size_t& j) {
  const Token& t = T(i);
  if (t.kind != TokKind::number) return false;
  if (t.digits == 1 && (t.value == 1 || t.value == 2)) {
    const Token& b = T(i + 1);
    const Token& c = T(i + 2);
    const Token& d = T(i + 3);
    const Token& e = T(i + 4);
    if (b.kind == TokKind::number && c.kind == TokKind::number && d.kind == TokKind::number &&
        b.digits == 1 && c.digits == 1 && d.digits == 1 && b.space && c.space && d.space &&
        e.kind != TokKind::number) {
      v = ((t.value * 10 + b.value) * 10 + c.value) * 10 + d.value;
      digits = 4;
      j = i + 4;
      return true;
    }
  }
  const Token& n = T(i + 1);
  if (n.is_punct(':') && adjacent(n) && T(i + 2).kind == TokKind::number && adjacent(T(i + 2))) return false;
  if (t.digits > 12) return false;
  v = t.value;
  digits = t.digits;
  j = i + 1;
  return true;
}

// After a year number: "-м", "-го" ("в 1917-м году") and a year word ("года", "г.", "гг.").
std::size_t Grammar::year_tail(std::size_t i, Pt& p) {
  if (T(i).is_dash() && adjacent(T(i)) && T(i + 1).kind == TokKind::word && adjacent(T(i + 1)) &&
      T(i + 1).is(kOrdSuffix) && !T(i + 1).is(kDecadeSuffix)) {
    i += 2;
  }
  const Token& w = T(i);
  if (w.kind == TokKind::word && w.is(kYearWord) && !w.newline) {
    i = after_word(i);
    p.cue = true;
    p.year_word = true;
  }
  return i;
}

// Era and Old/New Style marks after a date, bare or in brackets: "44 BC", "1917 (O.S.)",
// "25 October 1917, Old Style", "[н. ст.]".
std::size_t Grammar::marks(std::size_t i, Pt& p) {
  for (int n = 0; n < kMaxMarks; ++n) {
    std::size_t k = i;
    char32_t open = 0;
    if (T(k).is_punct(',')) ++k;
    if (is_open(T(k))) open = T(k++).ch;
    std::size_t e = k;
    const Entry* m = phrase(k, kEraBc | kEraAd | kCalOs | kCalNs, e);
    if (!m) break;
    if (open) {
      if (!T(e).is_punct(closer(open))) break;
      ++e;
    }
    if (m->has(kEraBc)) p.era = -1;
    else if (m->has(kEraAd)) p.era = 1;
    else if (m->has(kCalOs)) p.cal = 1;
    else p.cal = 2;
    p.cue = true;
    i = e;
  }
  return i;
}

// Count for relative expressions: "two", "a", "3".
bool Grammar::count_word(std::size_t i, std::int64_t& n, std::size_t& j) {
  const Token& t = T(i);
  // "vingt-trois ans": the number is the whole compound, not its last part
  if (i > 0 && !t.space && T(i - 1).is_dash() && !T(i - 1).space && i > 1 && T(i - 2).kind == TokKind::word) return false;
  if (t.kind == TokKind::number && t.digits <= 3) {
    n = t.value;
    j = i + 1;
    return n > 0;
  }
  if (t.kind == TokKind::word && t.is(kNumber)) {
    n = t.lex->number;
    j = i + 1;
    return true;
  }
  return false;
}

bool Grammar::may_start(std::size_t i) {
  const Token& t = T(i);
  if (t.kind == TokKind::number) return true;
  if (t.kind != TokKind::word) return false;
  if (t.lex) return true;
  return t.roman != 0;
}

Match Grammar::expression(std::size_t i, Expr& e) {
  ambiguous_ = false;
  bool context = false, prep = false;
  // Leading prepositions and context words ("on", "in", "since", "в", "im", "en") are skipped
  // when the expression proper does not start with them.
  for (int n = 0; n < 3; ++n) {
    e = Expr{};
    // "of 2 July", "des 28. März": genitive words before a date are not part of its surface.
    if (T(i).kind == TokKind::word && T(i).is(kLead) && !T(i).is(kFrom) && T(i + 1).kind != TokKind::end) {
      ++i;
      if (is_apostrophe(T(i))) ++i;
      continue;  // not a preposition for "in October": "THE FIRST OF MARCH" is a name
    }
    if (core(i, e)) {
      e.context = context;
      e.prep = prep;
      return Match::found;
    }
    if (ambiguous_) return Match::refused;
    const Token& t = T(i);
    if (t.kind != TokKind::word || !t.is(kPrep | kContext)) break;
    if (t.is(kContext)) context = true;
    prep = true;
    ++i;
    if (is_apostrophe(T(i))) ++i;  // "jusqu'en"
  }
  return Match::none;
}

bool Grammar::core(std::size_t i, Expr& e) {
  e.first = i;
  std::size_t k = i, j = 0;
  // Weekday prefix: "Saturday, 17 December 1916", "Sat. 17 Dec."
  if (T(k).kind == TokKind::word && T(k).is(kWeekday)) {
    k = after_word(k);
    if (T(k).is_punct(',')) ++k;
    k = skip_fillers(k);
    Pt p;
    if (!day_first(k, p, j) && !month_first(k, p, j)) return false;
    e.a = p;
    e.last = j;
    return true;
  }
  const Token& t = T(k);
  if (t.kind == TokKind::word && t.lex) {
    std::size_t m = k;
    if (phrase(k, kBetween | kFrom | kEither, m)) {
      const bool between = T(k).is(kBetween), either = T(k).is(kEither) && !between;
      std::size_t s = m;
      if (either && T(s).kind == TokKind::word && T(s).is(kPrep)) ++s;
      Pt a;
      if (point(s, a, j, true)) {
        std::size_t q = j;
        const std::uint64_t joiner = between ? kAnd : either ? kOr : kTo;
        bool joined = false;
        if (T(q).is_dash()) {
          ++q;
          joined = !either;
        } else if (T(q).kind == TokKind::word && T(q).is(joiner)) {
          ++q;
          joined = true;
          if (is_apostrophe(T(q))) ++q;  // "jusqu'à"
          if (T(q).kind == TokKind::word && T(q).is(kPrep) && T(q).is(kTo | kPrep) && !T(q).is(kMonth)) {
            if (either || T(q).is(kTo)) ++q;  // "until in", "or in", "jusqu'à", "à"
          }
        }
        Pt b;
        if (joined && point(q, b, j, true)) {
          if (either) {
            if (!a.bare && !b.bare) {
              if (!combine(a, b)) return false;
            } else if (!combine(a, b)) {
              return false;
            }
            e.kind = Expr::Kind::one_of;
          } else {
            if (!combine(a, b)) return false;
            e.kind = Expr::Kind::range;
          }
          a.cue = b.cue = true;
          e.a = a;
          e.b = b;
          e.last = j;
          return true;
        }
        if (ambiguous_) return false;
        if (!between && !either && !a.bare) {  // "from 1922" alone: a date with context
          e.a = a;
          e.first = s;
          e.last = j;
          return true;
        }
      }
      if (ambiguous_) return false;
    }
  }
  Pt a;
  if (!point(k, a, j, true)) return false;
  // A range continues with a dash or a "to" word: "1918–1928", "March to October 1921".
  std::size_t q = j;
  bool joined = false;
  bool slash = false, word_joiner = false;
  if (T(q).is_dash()) {
    ++q;
    joined = true;
  } else if (a.bare && !a.bare_ordinal && T(q).is_punct('/') && adjacent(T(q))) {  // "1917/18"
    ++q;
    joined = slash = true;
  } else if (T(q).kind == TokKind::word && T(q).is(kTo) && !T(q).is(kPrep)) {
    ++q;
    joined = word_joiner = true;
  } else if (T(q).kind == TokKind::word && T(q).is(kAnd) &&
             ((a.bare && a.digits <= 2) || ((a.month_only || a.season_only) && !a.part))) {
    // "5 and 6 December 1941", "May and June 1917", "spring and summer of 1917": both, written
    // once; "the 12th and 13th centuries" is one span
    Pt b;
    std::size_t j2 = 0;
    const bool centuries = a.bare_ordinal;
    if (point(q + 1, b, j2, true) && !b.bare && !b.part &&
        (centuries ? (b.unit == Unit::century || b.unit == Unit::millennium)
         : a.bare  ? b.unit == Unit::day
                   : ((b.unit == Unit::month || b.unit == Unit::season) && b.has_year))) {
      Pt a2 = a;
      if (combine(a2, b) && a2.unit == b.unit) {
        e.kind = centuries ? Expr::Kind::range : Expr::Kind::all_of;
        e.a = a2;
        e.b = b;
        e.last = j2;
        return true;
      }
    }
  } else if (T(q).kind == TokKind::word && T(q).is(kOr) && !a.bare_ordinal) {
    // "1237 or 1238", "10 or 11 May 1920": one of two dates of the same kind
    Pt b;
    std::size_t j2 = 0;
    if (point(q + 1, b, j2, true) && !b.bare_ordinal && (a.bare || b.bare || a.unit == b.unit)) {
      Pt a2 = a;
      const bool both_bare = a.bare && b.bare;
      if (combine(a2, b) && a2.unit == b.unit && (!both_bare || (a2.digits == 4 && b.digits == 4))) {
        e.kind = Expr::Kind::one_of;
        e.a = a2;
        e.b = b;
        e.last = j2;
        return true;
      }
    }
  }
  if (joined) {
    Pt b;
    std::size_t j2 = 0;
    if (point(q, b, j2, true)) {
      Pt a2 = a;
      // "about 1933 until the 1990s" is not a range: a word joiner needs the same unit on both
      // sides; "1917/18" needs consecutive years ("2016/11" in a URL is not a range).
      bool ok = true;
      if (word_joiner && !a.bare && !b.bare && a.unit != b.unit) ok = false;
      if (slash && !(b.bare && !b.bare_ordinal &&
                     ((b.digits == a.digits && b.num == a.num + 1) ||
                      (b.digits <= 2 && b.num == (a.num + 1) % (b.digits == 1 ? 10 : 100)))))
        ok = false;
      if (ok && combine(a2, b)) {
        // "May 10–12, 1920": the year after the second end belongs to both.
        const bool dated = a2.unit == Unit::day || a2.unit == Unit::month || a2.unit == Unit::season;
        std::size_t y = 0;
        Pt yp;
        if (dated && !a2.has_year && !b.has_year && year_after(j2, yp, y)) {
          a2.year = b.year = yp.year;
          a2.has_year = b.has_year = true;
          a2.needs_anchor = b.needs_anchor = false;
          j2 = marks(y, b);
          if (!a2.era) a2.era = b.era;
          if (!a2.cal) a2.cal = b.cal;
        }
        e.kind = Expr::Kind::range;
        e.a = a2;
        e.b = b;
        e.last = j2;
        return true;
      }
    } else if (ambiguous_) {
      return false;
    }
  }
  if (a.bare) {
    // A lone number: a year only as a whole expression (the scanner decides whether it needs context).
    if (a.bare_ordinal || a.num <= 0) return false;
    a.bare = false;
    a.unit = Unit::year;
    a.year = a.num;
    a.has_year = true;
  }
  e.a = a;
  e.last = j;
  return true;
}

// Carries what one end of a range states to the other: unit, month, year, era, calendar.
bool Grammar::combine(Pt& a, Pt& b) {
  if (a.unit == Unit::relative || b.unit == Unit::relative) return false;
  if (a.bare && b.bare) {
    if (a.bare_ordinal || b.bare_ordinal) return false;
    // Two bare numbers: years, the second possibly abbreviated ("1922–24", "1868-9").
    a.bare = b.bare = false;
    a.unit = b.unit = Unit::year;
    a.year = a.num;
    a.has_year = b.has_year = true;
    a.digits = a.digits ? a.digits : 4;
    if (b.digits < a.digits && b.digits <= 2) {
      std::int64_t m = b.digits == 1 ? 10 : 100;
      b.year = a.year - a.year % m + b.num;
      if (b.year <= a.year) b.year += m;
    } else {
      b.year = b.num;
    }
    if (b.year <= a.year) return false;
    if (a.digits == 4 && a.year >= 1000 && a.year <= 2100) a.cue = b.cue = true;
    return true;
  }
  if (a.bare) {
    switch (b.unit) {
      case Unit::century:
      case Unit::millennium:
        a.unit = b.unit;
        a.num = a.num;
        break;
      case Unit::day:
        if (a.bare_ordinal && a.num > 31) return false;
        if (a.num < 1 || a.num > 31) return false;
        a.unit = Unit::day;
        a.day = static_cast<int>(a.num);
        break;
      case Unit::year:
        if (a.bare_ordinal) return false;
        a.unit = Unit::year;
        a.year = a.num;
        a.has_year = true;
        break;
      case Unit::decade:  // "1920—1930-е годы", "1830-40-х гг.": the decade ending belongs to both
        if (a.bare_ordinal || a.num % 10 != 0 || a.digits < 3) return false;
        if (b.short_decade) {
          b.num = a.num - a.num % 100 + b.num;
          if (b.num <= a.num) b.num += 100;
          b.short_decade = false;
        }
        if (a.num >= b.num) return false;
        a.unit = Unit::decade;
        break;
      default:
        return false;
    }
    a.bare = false;
  } else if (b.bare) {
    switch (a.unit) {
      case Unit::century:
      case Unit::millennium:
        b.unit = a.unit;
        break;
      case Unit::day:
        if (b.num < 1 || b.num > 31) return false;
        b.unit = Unit::day;
        b.day = static_cast<int>(b.num);
        break;
      case Unit::year:
        if (b.bare_ordinal) return false;
        b.unit = Unit::year;
        b.has_year = true;
        if (b.digits < a.digits && b.digits <= 2) {
          const std::int64_t m = b.digits == 1 ? 10 : 100;
          b.year = a.year - a.year % m + b.num;
          if (b.year <= a.year && a.era >= 0) b.year += m;
        } else {
          b.year = b.num;
        }
        break;
      case Unit::decade:  // "les années 1880-1890"
        if (b.bare_ordinal || b.num % 10 != 0 || b.digits < 3 || b.num <= a.num) return false;
        b.unit = Unit::decade;
        break;
      default:
        return false;
    }
    b.bare = false;
  }
  // "1850s–60s": a two-digit decade after a full one takes its century.
  if (a.unit == Unit::decade && b.unit == Unit::decade && b.short_decade) {
    b.num = a.num - a.num % 100 + b.num;
    if (b.num <= a.num) b.num += 100;
    b.short_decade = false;
  }
  if (a.short_decade || b.short_decade) return false;
  if (a.unit == Unit::day && a.month == 0) a.month = b.month;
  if (b.unit == Unit::day && b.month == 0) b.month = a.month;
  if ((a.unit == Unit::day || a.unit == Unit::month) && a.month == 0) return false;
  if ((b.unit == Unit::day || b.unit == Unit::month) && b.month == 0) return false;
  const bool dated_a = a.unit == Unit::day || a.unit == Unit::month || a.unit == Unit::season;
  const bool dated_b = b.unit == Unit::day || b.unit == Unit::month || b.unit == Unit::season;
  if (dated_a && !a.has_year && b.has_year) {
    a.year = b.year;
    a.has_year = true;
    a.year_carried = true;
    if (!a.era) a.era = b.era;
  }
  if (dated_b && !b.has_year && a.has_year) {
    b.year = a.year;
    b.has_year = true;
    b.year_carried = true;
    if (!b.era) b.era = a.era;
  }
  if (!a.era && b.era) a.era = b.era;
  if (!b.era && a.era < 0 && b.has_year && a.has_year && b.year < a.year) b.era = a.era;
  if (!b.era && a.era < 0 && (b.unit == Unit::century || b.unit == Unit::millennium) && b.num < a.num) b.era = a.era;
  if (!a.cal && b.cal) a.cal = b.cal;
  if (!b.cal && a.cal) b.cal = a.cal;
  a.needs_anchor = a.needs_anchor || (dated_a && !a.has_year);
  b.needs_anchor = b.needs_anchor || (dated_b && !b.has_year);
  a.cue = b.cue = a.cue || b.cue;
  return true;
}

bool Grammar::point(std::size_t i, Pt& p, std::size_t& j, bool allow_bare) {
  p = Pt{};
  std::size_t k = i;
  bool approx = false, approx_cue = false;
  std::size_t m = k;
  if (const Entry* a = phrase(k, kApprox, m)) {
    // "c." before a number is circa; "c" alone elsewhere may be a century abbreviation.
    approx = true;
    approx_cue = a->has(kContext);
    k = m;
    // "приблизительно в 1840 г.", "approximately in 1840"
    if (T(k).kind == TokKind::word && T(k).is(kPrep) && T(k + 1).kind == TokKind::number) ++k;
  }
  std::uint8_t part = 0;
  // "the late 1920s", "the first half of": an article may come before the part word
  if (T(k).kind == TokKind::word && T(k).is(kFiller) && !T(k).is(kPart)) {
    const std::size_t f = skip_fillers(k);
    std::size_t e = 0;
    std::int64_t v = 0;
    if (f != k && (phrase(f, kPart, e) ||
                   (ordinal_num(f, v, e, true) && T(e).kind == TokKind::word && T(e).is(kHalf | kQuarter))))
      k = f;
  }
  // "2-я половина XIX в.", "in der 2. Hälfte des", "la 2e moitié du", "the 2nd half of"
  std::uint8_t numbered_half = 0;
  {
    std::int64_t v = 0;
    std::size_t e = 0;
    if (T(k).kind == TokKind::number && ordinal_num(k, v, e, true) && (v == 1 || v == 2) &&
        T(e).kind == TokKind::word && T(e).is(kHalf)) {
      numbered_half = static_cast<std::uint8_t>(v == 1 ? 4 : 5);
      m = e + 1;
    } else if (T(k).kind == TokKind::number && ordinal_num(k, v, e, true) && v >= 1 && v <= 4 &&
               T(e).kind == TokKind::word && T(e).is(kQuarter)) {  // "1st quarter of 1922", "1-я четверть"
      numbered_half = static_cast<std::uint8_t>(5 + v);
      m = e + 1;
    }
  }
  const Entry* pe = numbered_half ? nullptr : phrase(k, kPart, m);
  if (pe || numbered_half) {
    std::size_t q = m;
    if (T(q).is_dash() && adjacent(T(q))) ++q;  // "mid-1920s", "mid-March"
    if (T(q).kind == TokKind::word && T(q).is(kPrep) && T(q + 1).kind == TokKind::number) ++q;  // "early in 1918"
    q = skip_fillers(q);
    Pt inner;
    std::size_t jj = 0;
    const bool got = point_core(q, inner, jj, true);
    if (got && inner.bare && !inner.bare_ordinal && inner.num > 0) {  // "late 1922", "Ende 1917"
      inner.bare = false;
      inner.unit = Unit::year;
      inner.year = inner.num;
      inner.has_year = true;
    }
    if (got && inner.bare && inner.bare_ordinal && allow_bare) {  // "late 19th–early 20th century"
      p = inner;
      p.part = numbered_half ? numbered_half : pe->part;
      j = jj;
      return true;
    }
    if (got && !inner.bare && inner.unit != Unit::day &&
        inner.unit != Unit::relative && inner.part == 0) {
      part = numbered_half ? numbered_half : pe->part;
      p = inner;
      p.part = part;
      p.cue = true;
      j = marks(jj, p);
    } else if (pe && pe->has(kApprox | kBetween | kFrom | kMonth | kSeason)) {
      part = 0;
    } else {
      return false;
    }
  }
  if (!part) {
    if (!point_core(k, p, j, allow_bare)) return false;
    if (!p.bare) j = marks(j, p);
  }
  if (approx) {
    if (p.bare && !allow_bare) return false;
    p.approx = true;
    if (approx_cue || !p.bare) p.cue = p.cue || approx_cue;
    if (p.bare) {  // "c. 1922", "um 1900": the approximation makes the number a year
      p.bare = false;
      if (p.bare_ordinal) return false;
      p.unit = Unit::year;
      p.year = p.num;
      p.has_year = true;
      j = marks(j, p);
    }
  }
  // "1922?", "1922 (?)", "1922 [?]": the writer doubts the date
  // A question mark ending a sentence ("Was it 1922? No.") is not a doubt about the date; one
  // inside a phrase ("1922?–1928", "(1922?)", "b. 1922?,") or after a whole-text date is.
  if (!p.bare_ordinal) {
    const Token& after = T(j + 1);
    const bool sentence_end = after.kind == TokKind::end ? i != 0 : (after.kind == TokKind::word && after.upper);
    if (T(j).is_punct('?') && adjacent(T(j)) && !sentence_end) {
      p.uncertain = true;
      ++j;
    } else if (is_open(T(j)) && T(j + 1).is_punct('?') && T(j + 2).is_punct(closer(T(j).ch))) {
      p.uncertain = true;
      j += 3;
    }
  }
  return true;
}

bool Grammar::point_core(std::size_t i, Pt& p, std::size_t& j, bool allow_bare) {
  DepthGuard guard(depth_);
  if (guard.too_deep()) return false;
  const Token& t = T(i);
  if (t.kind == TokKind::number) {
    if (T(i + 1).kind == TokKind::word && T(i + 1).is(kUnit) && relative(i, p, j)) return true;  // "2 days later"
    if (numeric(i, p, j)) return true;
    if (ambiguous_) return false;
    if (day_first(i, p, j)) return true;
    if (decade(i, p, j)) return true;
    if (century(i, p, j)) return true;
    return year(i, p, j, allow_bare);
  }
  if (t.kind != TokKind::word) return false;
  if (t.lex) {
    if (t.is(kFiller | kRelSame | kRelNext | kRelPrev | kNumber | kUnit | kWithin | kLater | kDayAfter |
             kDayBefore)) {
      if (relative(i, p, j)) return true;
    }
    if (t.is(kFiller) || (t.is(kRelSame) && T(i + 1).kind == TokKind::word && T(i + 1).is(kMonth | kSeason))) {
      // "the 1930s", "the 18th century", "the spring of 1922", "le 1er mai", "that October"
      const bool that = t.is(kRelSame);
      const std::size_t k = that ? i + 1 : skip_fillers(i);
      if (k != i && point_core(k, p, j, false)) {
        if (p.bare) return false;
        if (p.month_only && !that) return false;  // "the October Revolution"
        if (that) p.cue = p.that = true;
        return true;
      }
    }
    if (t.is(kMonth) && month_first(i, p, j)) return true;
    if (t.is(kSeason) && season(i, p, j)) return true;
    if (t.is(kDecadeWord) && decade(i, p, j)) return true;
    if (t.is(kOrdinal | kPrefix) && century(i, p, j)) return true;  // "eighteenth", "twenty-first"
    if (t.is(kYearBefore) && year(i, p, j, false)) return true;
    if (t.is(kEraAd | kPrefix)) {  // "AD 79", "A.D. 1066"
      std::size_t k = i;
      if (phrase(i, kEraAd, k) && year(k, p, j, true)) {
        p.bare = false;
        p.unit = Unit::year;
        if (!p.has_year) {
          p.year = p.num;
          p.has_year = true;
        }
        p.era = 1;
        p.cue = true;
        return true;
      }
    }
  }
  if (t.roman) return century(i, p, j);
  return false;
}

// All-numeric dates: ISO "1961-04-12" (with an optional time), "1961/04/12", "1961.04.12",
// ISO month "1922-12", dotted day-month-year "12.4.1961" (dual "9(21).12.1879"), and
// "03/04/1922" / "3-4-1922", which need ParseOptions::order unless one part exceeds 12.
bool Grammar::numeric(std::size_t i, Pt& p, std::size_t& j) {
  const Token& a = T(i);
  const Token& s1 = T(i + 1);
  if (s1.kind != TokKind::punct || !adjacent(s1)) {
    if (!(is_open(s1) && adjacent(s1))) return false;
  }
  // Year first.
  if (a.digits == 4 && (s1.is_punct('-') || s1.is_punct('/') || s1.is_punct('.'))) {
    const Token& b = T(i + 2);
    if (b.kind != TokKind::number || !adjacent(b) || b.digits > 2) return false;
    const Token& s2 = T(i + 3);
    if (s2.kind == TokKind::punct && s2.ch == s1.ch && adjacent(s2)) {
      const Token& c = T(i + 4);
      if (c.kind != TokKind::number || !adjacent(c) || c.digits > 2) return false;
      if (b.value < 1 || b.value > 12 || c.value < 1 || c.value > 31) return false;
      p.unit = Unit::day;
      p.year = a.value;
      p.has_year = true;
      p.month = static_cast<int>(b.value);
      p.day = static_cast<int>(c.value);
      p.cue = true;
      j = i + 5;
      // Optional time: "09:07", "T09:07:00", "09:07Z".
      std::size_t k = j;
      if (T(k).kind == TokKind::word && adjacent(T(k)) && (T(k).end - T(k).begin) == 1 &&
          (ts_.text()[T(k).begin] | 0x20) == 't')
        ++k;
      if (T(k).kind == TokKind::number && T(k).digits <= 2 && T(k + 1).is_punct(':') &&
          T(k + 2).kind == TokKind::number && T(k + 2).digits == 2 && adjacent(T(k + 1))) {
        k += 3;
        if (T(k).is_punct(':') && T(k + 1).kind == TokKind::number && T(k + 1).digits == 2) k += 2;
        if (T(k).is_punct('.') && adjacent(T(k)) && T(k + 1).kind == TokKind::number && adjacent(T(k + 1))) k += 2;
        if (T(k).kind == TokKind::word && adjacent(T(k)) && (T(k).end - T(k).begin) == 1 &&
            (ts_.text()[T(k).begin] | 0x20) == 'z')
          ++k;
        j = k;
      }
      return true;
    }
    // ISO month "1922-12": hyphen-minus, two digits, a real month, nothing numeric after it. When
    // the two digits could also end a range of years before 2000 ("1905-07" = 1905–1907, as
    // historians write it), the range wins; "1917-10" cannot be a range and stays a month.
    const bool could_be_range = a.value < 2000 && b.value > a.value % 100;
    if (s1.is_punct('-') && b.digits == 2 && b.value >= 1 && b.value <= 12 && !could_be_range &&
        !(s2.kind == TokKind::punct && adjacent(s2) && T(i + 4).kind == TokKind::number)) {
      p.unit = Unit::month;
      p.year = a.value;
      p.has_year = true;
      p.month = static_cast<int>(b.value);
      p.cue = true;
      j = i + 3;
      return true;
    }
    return false;
  }
  if (a.digits > 2) return false;
  // Roman month: "17.XII.1916", "17 XII 1916"
  {
    const Token& r = T(i + 2);
    if ((s1.is_punct('.') || s1.is_punct('/')) && r.kind == TokKind::word && r.roman >= 1 && r.roman <= 12 && r.all_upper &&
        T(i + 3).is_punct(s1.ch) && T(i + 4).kind == TokKind::number && T(i + 4).digits == 4 && a.value >= 1 &&
        a.value <= 31) {
      p.unit = Unit::day;
      p.day = static_cast<int>(a.value);
      p.month = r.roman;
      p.year = T(i + 4).value;
      p.has_year = true;
      p.cue = true;
      j = i + 5;
      return true;
    }
  }
  // Day first with a dual day: "9(21).12.1879"
  std::int64_t alt = 0;
  std::size_t k = i + 1;
  if (is_open(s1) && adjacent(s1)) {
    const Token& d2 = T(i + 2);
    if (d2.kind != TokKind::number || d2.digits > 2 || !T(i + 3).is_punct(closer(s1.ch))) return false;
    alt = d2.value;
    k = i + 4;
    if (!T(k).is_punct('.') || !adjacent(T(k))) return false;
  }
  const Token& sep = T(k);
  if (!(sep.is_punct('.') || sep.is_punct('/') || sep.is_punct('-')) || !adjacent(sep)) return false;
  const Token& b = T(k + 1);
  if (b.kind != TokKind::number || !adjacent(b) || b.digits > 2) return false;
  const Token& s2 = T(k + 2);
  if (!s2.is_punct(sep.ch) || !adjacent(s2)) return false;
  const Token& c = T(k + 3);
  if (c.kind != TokKind::number || !adjacent(c) || c.digits != 4) return false;
  if (T(k + 4).is_punct(sep.ch) && adjacent(T(k + 4)) && T(k + 5).kind == TokKind::number) return false;
  std::int64_t d = a.value, mo = b.value;
  if (sep.ch == '.' || alt) {
    if (opts_.order == NumericOrder::mdy && !alt) std::swap(d, mo);
  } else {
    const bool dmy_ok = a.value >= 1 && a.value <= 31 && b.value >= 1 && b.value <= 12;
    const bool mdy_ok = b.value >= 1 && b.value <= 31 && a.value >= 1 && a.value <= 12;
    if (opts_.order == NumericOrder::dmy) {
      if (!dmy_ok) return false;
    } else if (opts_.order == NumericOrder::mdy) {
      if (!mdy_ok) return false;
      std::swap(d, mo);
    } else if (dmy_ok && mdy_ok && a.value != b.value) {
      ambiguous_ = true;  // refuse rather than guess
      return false;
    } else if (!dmy_ok && mdy_ok) {
      std::swap(d, mo);
    } else if (!dmy_ok) {
      return false;
    }
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  p.unit = Unit::day;
  p.year = c.value;
  p.has_year = true;
  p.month = static_cast<int>(mo);
  p.day = static_cast<int>(d);
  p.cue = true;
  if (alt) {
    p.dual = true;
    p.alt_day = static_cast<int>(alt);
    p.alt_month = p.month;
    p.alt_year = p.year;
    p.alt_has_year = true;
  }
  j = k + 4;
  return true;
}

// A second day written beside the first for dual dating, before the month: "10/22 April",
// "12 [24] марта", "3 (13)". Sets p.alt_day; returns the index after it.
static bool dual_day(TokenStream& ts, std::size_t i, int& alt, std::size_t& j) {
  const Token& s = ts.at(i);
  if (s.is_punct('/')) {
    const Token& d = ts.at(i + 1);
    if (d.kind != TokKind::number || d.digits > 2 || d.value < 1 || d.value > 31) return false;
    alt = static_cast<int>(d.value);
    j = i + 2;
    return true;
  }
  if (s.is_punct('(') || s.is_punct('[')) {
    const Token& d = ts.at(i + 1);
    const char32_t close = s.ch == '(' ? ')' : ']';
    if (d.kind != TokKind::number || d.digits > 2 || d.value < 1 || d.value > 31 || !ts.at(i + 2).is_punct(close))
      return false;
    alt = static_cast<int>(d.value);
    j = i + 3;
    return true;
  }
  return false;
}

// Dual dating after "day month": "[O.S. 25 October]", "(7 ноября)", "jul./16. März 1917 greg."
bool Grammar::dual_tail(std::size_t i, Pt& p, std::size_t& j) {
  if (in_dual_) return false;  // the second date of a pair has no pair of its own
  const Token& s = T(i);
  char32_t open = 0;
  if (is_open(s)) open = s.ch;
  else if (!s.is_punct('/')) return false;
  std::size_t k = i + 1;
  Pt alt;
  k = marks(k, alt);
  std::size_t e = 0;
  Pt q;
  in_dual_ = true;
  const bool got = day_first(k, q, e) || month_first(k, q, e);
  in_dual_ = false;
  if (!got) return false;
  e = marks(e, alt);  // "(Oct. 25 O.S.)"
  if (q.unit != Unit::day || q.dual) return false;
  if (open) {
    if (!T(e).is_punct(closer(open))) return false;
    ++e;
  }
  p.dual = true;
  p.alt_day = q.day;
  p.alt_month = q.month;
  p.alt_year = q.year;
  p.alt_has_year = q.has_year;
  p.alt_cal = alt.cal ? alt.cal : q.cal;
  if (q.has_year && !p.has_year) {
    p.year = q.year;
    p.has_year = true;
    p.era = q.era;
  }
  j = e;
  return true;
}

// Day before month: "30 December 1922", "30th of December", "3. März 1917", "1er mai",
// "9-го мая 1945 года", "10/22 April 1870", "25 октября (7 ноября) 1917".
bool Grammar::day_first(std::size_t i, Pt& p, std::size_t& j) {
  const Token& t = T(i);
  if (t.kind != TokKind::number || t.digits > 2 || t.value < 1 || t.value > 31) return false;
  std::size_t k = i + 1;
  std::int64_t v = 0;
  if (ordinal_num(i, v, k, true)) {
  } else {
    k = i + 1;
  }
  int alt = 0;
  std::size_t m = k;
  if (dual_day(ts_, k, alt, m)) {
    k = m;
    if (T(k).is_punct('.') && adjacent(T(k))) ++k;  // "16./28. Oktober"
  }
  k = skip_fillers(k);  // "30th of December", "the 9th of"
  const Token& mt = T(k);
  if (mt.kind != TokKind::word || !mt.is(kMonth) || (mt.newline && !mt.is(kMonth))) return false;
  p = Pt{};
  p.unit = Unit::day;
  p.day = static_cast<int>(t.value);
  p.month = mt.lex->month;
  p.cue = true;
  k = after_word(k);
  if (alt) {
    p.dual = true;
    p.alt_day = alt;
    p.alt_month = p.month;
  }
  // Marks between day-month and the dual part ("3. März jul./16. März 1917 greg.").
  std::size_t k2 = marks(k, p);
  std::size_t e = 0;
  if (!p.dual && dual_tail(k2, p, e)) {
    k = e;
  } else {
    k = k2 == k ? k : k2;
  }
  if (!p.has_year) {
    std::size_t y = 0;
    if (year_after(k, p, y)) k = y;
  }
  if (!p.has_year) p.needs_anchor = true;
  if (!p.dual) {  // "7 November 1917 [O.S. 25 October]"
    std::size_t k3 = marks(k, p);
    if (dual_tail(k3, p, e)) k = e;
  }
  j = k;
  return true;
}

// Month before day: "December 30, 1922", "Dec. 30th 1922", "May 3 (13), 1682", "March 1917",
// "März 1917", "in October" (partial).
bool Grammar::month_first(std::size_t i, Pt& p, std::size_t& j) {
  const Token& mt = T(i);
  if (mt.kind != TokKind::word || !mt.is(kMonth)) return false;
  p = Pt{};
  p.month = mt.lex->month;
  p.cue = true;
  std::size_t k = after_word(i);
  if (T(k).kind == TokKind::word && T(k).is(kFiller) && T(k + 1).kind == TokKind::number) ++k;  // "May the 15th"
  const Token& d = T(k);
  if (d.kind == TokKind::number && d.digits <= 2 && d.value >= 1 && d.value <= 31 && !d.newline) {
    std::int64_t v = 0;
    std::size_t e = k + 1;
    if (!ordinal_num(k, v, e, false)) e = k + 1;
    // "May 18" is a day unless the number is really a two-digit year ("May 44 BC").
    Pt probe;
    marks(k + 1, probe);
    if (probe.era == 0) {
      p.unit = Unit::day;
      p.day = static_cast<int>(d.value);
      int alt = 0;
      std::size_t m = e;
      if (dual_day(ts_, e, alt, m)) {
        p.dual = true;
        p.alt_day = alt;
        p.alt_month = p.month;
        e = m;
      } else if (dual_tail(e, p, m)) {  // "October 25 (November 7), 1917", "Oct. 25/Nov. 7, 1917"
        e = m;
      }
      std::size_t y = 0;
      if (year_after(e, p, y)) e = y;
      if (!p.has_year) p.needs_anchor = true;
      j = e;
      return true;
    }
  }
  p.unit = Unit::month;
  std::size_t y = 0;
  if (year_after(k, p, y)) {
    j = y;
    return true;
  }
  {
    const Token& n = T(k);
    if (n.kind == TokKind::word && n.upper && !n.lex && mt.upper && !T(i).is(kContext)) return false;  // "May Day"
  }
  p.needs_anchor = true;
  p.month_only = true;
  j = k;
  return true;
}

// The year after a day, month or season: "[,] [of] 1922 [года]"; one- or two-digit years only
// with an era or a year word.
bool Grammar::year_after(std::size_t i, Pt& p, std::size_t& j) {
  std::size_t k = i;
  if (T(k).is_punct(',')) ++k;
  k = skip_fillers(k);
  std::int64_t v = 0;
  std::uint32_t digits = 0;
  std::size_t e = 0;
  if (!year_num(k, v, digits, e)) return false;
  if (digits < 3) {  // "10 May 44 BC" has a two-digit year; "10 May 44" and "May 18" do not
    Pt probe;
    marks(year_tail(e, probe), probe);
    if (probe.era == 0 && !probe.year_word) return false;
  }
  p.year = v;
  p.has_year = true;
  p.digits = digits;
  j = year_tail(e, p);
  return true;
}

// Decades: "1930s", "1930's", "the 1930s", "1930-х (гг.)", "1930-е годы", "der 1930er (Jahre)",
// "les années 1930", "70-х гг. XIX века"; "1700s" (a hundred: 1700..1799).
bool Grammar::decade(std::size_t i, Pt& p, std::size_t& j) {
  const Token& t = T(i);
  if (t.kind == TokKind::word && t.is(kDecadeWord)) {  // "années 1930", "années 30"
    const Token& n = T(i + 1);
    if (n.kind != TokKind::number || n.value % 10 != 0) return false;
    p = Pt{};
    p.unit = Unit::decade;
    p.num = n.digits == 2 ? 1900 + n.value : n.value;
    if (n.digits != 2 && n.digits != 4 && n.digits != 3) return false;
    p.cue = true;
    j = year_tail(i + 2, p);
    return true;
  }
  if (t.kind != TokKind::number || t.value % 10 != 0 || t.digits < 2 || t.digits > 4) return false;
  std::size_t k = i + 1;
  if (is_apostrophe(T(k)) && adjacent(T(k))) ++k;
  else if (T(k).is_dash() && adjacent(T(k))) ++k;
  const Token& s = T(k);
  if (s.kind != TokKind::word || !adjacent(s) || !s.is(kDecadeSuffix)) return false;
  // "s" needs the number right before it or an apostrophe; Russian endings need the dash.
  k = k + 1;
  p = Pt{};
  p.cue = true;
  // "1930er Jahre", "1930er-Jahren"
  std::size_t w = k;
  if (T(w).is_dash() && adjacent(T(w))) ++w;
  if (T(w).kind == TokKind::word && T(w).is(kYearBefore) && !T(w).is(kFiller)) k = w + 1;
  k = year_tail(k, p);
  if (t.digits == 2) {  // "70-х гг. XIX века": a decade inside a named century
    Pt c;
    std::size_t e = 0;
    if (!century(k, c, e) || c.unit != Unit::century) {
      // "1850s–60s": only as the second end of a range (combine completes it)
      if (i == 0 || !T(i - 1).is_dash()) return false;
      p.unit = Unit::decade;
      p.num = t.value;
      p.short_decade = true;
      j = k;
      return true;
    }
    p.unit = Unit::decade;
    p.num = (c.num - 1) * 100 + t.value;
    p.era = c.era;
    if (c.era < 0) return false;
    j = e;
    return true;
  }
  if (t.value % 100 == 0 && t.digits >= 3 && t.value < 2000) {  // "the 1800s"; "the 2000s" is a decade
    p.unit = Unit::hundreds;
  } else {
    p.unit = Unit::decade;
  }
  p.num = t.value;
  j = k;
  return true;
}

// Centuries and millennia: "18th century", "18th-century", "the eighteenth century", "XVIII век",
// "xix в.", "18. Jh.", "XVIIIe siècle", "19-й век", "4th century BC", "2nd millennium BC". A bare
// ordinal or Roman numeral ("XIX" in "XIX–XX вв.") is returned as bare_ordinal for the range rule.
bool Grammar::century(std::size_t i, Pt& p, std::size_t& j) {
  const Token& t = T(i);
  std::int64_t v = 0;
  std::size_t k = i + 1;
  bool ordinal = false;
  if (t.kind == TokKind::number) {
    if (!ordinal_num(i, v, k, true)) {
      // "19 век", "1 тыс. до н. э.": a plain number before a full century word (not "в", "c", "s",
      // which are also prepositions and abbreviations of other things)
      const Token& w = T(i + 1);
      if (t.digits > 2 || w.kind != TokKind::word || !w.is(kCentury | kMillennium) || w.letters < 3) return false;
      v = t.value;
      k = i + 1;
    }
    ordinal = true;
  } else if (t.kind == TokKind::word && t.is(kOrdinal | kPrefix) && !t.roman) {
    std::size_t e = i + 1;
    const Entry* o = phrase(i, kOrdinal, e);
    if (!o) return false;
    v = o->ordinal;
    k = e;
    ordinal = true;
  } else if (t.kind == TokKind::word && t.roman) {
    v = t.roman;
    k = i + 1;
    // French "au XVIIIe", "du XIXe": the ordinal ending and an article make it a century
    if (t.roman_ord && i > 0 && T(i - 1).kind == TokKind::word && T(i - 1).is(kFiller | kTo | kFrom) &&
        !(T(k).kind == TokKind::word && T(k).is(kCentury | kMillennium)) && (T(k).kind != TokKind::word || !T(k).upper)) {
      const char last = ts_.text()[t.end - 1];
      if (last == 'e') {
        p = Pt{};
        p.unit = Unit::century;
        p.num = v;
        p.cue = true;
        j = k;
        return true;
      }
    }
    if (!t.roman_ord && T(k).is_dash() && adjacent(T(k)) && T(k + 1).kind == TokKind::word &&
        adjacent(T(k + 1)) && T(k + 1).is(kOrdSuffix))
      k += 2;  // "XIX-го"
  } else {
    return false;
  }
  if (v < 1 || v > 100) return false;
  std::size_t q = k;
  if (T(q).is_dash() && adjacent(T(q))) ++q;  // "18th-century"
  const Token& w = T(q);
  p = Pt{};
  if (w.kind == TokKind::word && w.is(kCentury | kMillennium) && !w.newline) {
    // "в" and "c"/"s" are century abbreviations only right after the numeral.
    const bool millennium = w.is(kMillennium) && !w.is(kCentury);
    p.unit = millennium ? Unit::millennium : Unit::century;
    p.num = v;
    p.cue = true;
    j = after_word(q);
    return true;
  }
  // A bare ordinal / Roman numeral: only useful as the first end of a range of centuries.
  if (t.kind == TokKind::word && t.roman && !t.all_upper && !t.roman_ord) return false;
  if (t.kind == TokKind::number && !ordinal) return false;
  p.bare = true;
  p.bare_ordinal = true;
  p.num = v;
  j = k;
  return true;
}

// Seasons: "spring 1922", "the spring of 1922", "весной 1923 года", "im Frühjahr 1923", "l'été 1923",
// "winter 1916/17", "winter of 1916–1917" (winter of the first year).
bool Grammar::season(std::size_t i, Pt& p, std::size_t& j) {
  const Token& t = T(i);
  if (t.kind != TokKind::word || !t.is(kSeason)) return false;
  p = Pt{};
  p.unit = Unit::season;
  p.season = t.lex->season;
  p.cue = true;
  std::size_t k = i + 1;
  std::size_t e = 0;
  if (year_after(k, p, e)) {
    k = e;
    if (p.season == 4 && (T(k).is_punct('/') || T(k).is_dash()) && T(k + 1).kind == TokKind::number) {
      const Token& n = T(k + 1);
      const std::int64_t next = p.year + 1;
      if ((n.digits == 4 && n.value == next) || (n.digits == 2 && n.value == next % 100) ||
          (n.digits == 1 && n.value == next % 10)) {
        k += 2;
        k = year_tail(k, p);
      }
    }
  } else {
    // A season alone ("in the winter", "весной") needs an anchor; "the Winter Palace" is a name.
    const Token& n = T(k);
    if (n.kind == TokKind::word && n.upper && !n.lex && t.upper) return false;
    p.needs_anchor = true;
    p.season_only = true;
    p.self_context = t.is(kContext);  // Russian instrumental "весной" already means "in spring"
  }
  j = k;
  return true;
}

// A year: "1922", "1922 года", "в 1917-м году", "year 1922", "l'an 1922", "im Jahre 1922".
// A number without any of these is returned bare (the caller decides).
bool Grammar::year(std::size_t i, Pt& p, std::size_t& j, bool allow_bare) {
  std::size_t k = i;
  bool word_before = false;
  if (T(k).kind == TokKind::word && T(k).is(kYearBefore)) {  // "year 1922", "anno 1922", "l'an"
    ++k;
    if (is_apostrophe(T(k))) return false;
    word_before = true;
  }
  std::int64_t v = 0;
  std::uint32_t digits = 0;
  std::size_t e = 0;
  if (!year_num(k, v, digits, e)) return false;
  p = Pt{};
  p.num = v;
  p.digits = digits;
  std::size_t after = year_tail(e, p);
  // "53 года" is an age or a duration, not the year 53: a year word makes a one- or two-digit
  // number a year only together with an era ("44 г. до н. э.").
  if (digits < 3 && !word_before) p.cue = false;
  std::size_t after_marks = marks(after, p);
  if (word_before) p.cue = p.year_word = true;
  if (p.cue || p.era) {
    p.unit = Unit::year;
    p.year = v;
    p.has_year = true;
    j = after_marks;
    return true;
  }
  if (!allow_bare) return false;
  p.bare = true;
  j = e;
  return true;
}

// Relative expressions (need an anchor): "the next day", "the following month", "that year",
// "the same day", "le jour suivant", "two weeks later", "a week later", "zwei Tage später",
// "через два дня", "спустя неделю", "after two days", "le lendemain", "la veille", "накануне".
bool Grammar::relative(std::size_t i, Pt& p, std::size_t& j) {
  std::size_t k = i;
  const bool had_filler = T(k).kind == TokKind::word && T(k).is(kFiller) && !T(k).is(kRelSame | kUnit);
  k = skip_fillers(k, kUnit);  // "le mois suivant": "mois" is the unit here
  const Token& t = T(k);
  if (t.kind != TokKind::word && t.kind != TokKind::number) return false;
  auto done = [&](std::uint8_t unit, std::int64_t n, std::size_t end, bool week_span) {
    p = Pt{};
    p.unit = Unit::relative;
    p.rel_unit = unit;
    p.rel_n = n;
    p.rel_week_span = week_span;
    p.needs_anchor = true;
    p.cue = true;
    j = end;
    return true;
  };
  if (t.kind == TokKind::word) {
    if (t.is(kDayAfter)) return done(1, 1, k + 1, false);
    if (t.is(kDayBefore)) return done(1, -1, k + 1, false);
    // (next|previous|same) [же] unit
    if (t.is(kRelNext | kRelPrev | kRelSame)) {
      std::size_t q = k + 1;
      q = skip_fillers(q);
      const Token& u = T(q);
      if (u.kind == TokKind::word && u.is(kUnit) && !u.is(kMonth) && same_language(t.lex, u.lex)) {
        const std::int64_t n = t.is(kRelNext) ? 1 : t.is(kRelPrev) ? -1 : 0;
        return done(u.lex->unit, n, q + 1, u.lex->unit == 2 && n != 0);
      }
      return false;
    }
    // [the] unit (next|previous|same|after|before): "le jour suivant", "the day after"
    if (t.is(kUnit) && had_filler) {
      std::size_t q = k + 1;
      std::size_t e = q;
      if (T(q).kind == TokKind::word && T(q).is(kRelNext | kRelPrev | kRelSame) && !T(q).is(kUnit) &&
          same_language(t.lex, T(q).lex)) {
        const std::int64_t n = T(q).is(kRelNext) ? 1 : T(q).is(kRelPrev) ? -1 : 0;
        return done(t.lex->unit, n, q + 1, t.lex->unit == 2 && n != 0);
      }
      if (const Entry* d = phrase(q, kLater | kEarlier, e)) {
        // "the day after 9 November" is not relative to the narrative
        const Token& nx = T(e);
        if (nx.kind == TokKind::number || (nx.kind == TokKind::word && nx.is(kMonth | kFiller))) return false;
        return done(t.lex->unit, d->has(kLater) ? 1 : -1, e, false);
      }
      return false;
    }
    // (через|спустя|after) count unit
    if (t.is(kWithin | kLater)) {
      std::size_t q = k + 1;
      std::int64_t n = 1;
      std::size_t e = q;
      if (count_word(q, n, e)) q = e;
      const Token& u = T(q);
      if (u.kind == TokKind::word && u.is(kUnit) && (q != k + 1 || t.is(kWithin)) && same_language(t.lex, u.lex)) {
        if (n > 999) return false;
        // Russian "через два дня", "спустя неделю" always count from the narrative. "after 385
        // days", "nach zwei Tagen", "après deux jours" are as often durations ("tired after 385
        // days on the road", "after 385 days in prison"): only the clause-opening form set off by a
        // comma ("After two days, the army ...") is read as relative in prose; an isolated
        // expression ("after two days" with a ref) is what the caller asks about.
        const bool russian = (t.lex->langs & 2) != 0;
        if (running_text_ && !russian && !T(q + 1).is_punct(',')) return false;
        return done(u.lex->unit, n, q + 1, false);
      }
      return false;
    }
  }
  // count unit (later|earlier): "two weeks later", "3 days afterwards", "deux jours plus tard"
  std::int64_t n = 0;
  std::size_t q = 0;
  if (!count_word(k, n, q) || n > 999) return false;
  const Token& u = T(q);
  if (u.kind != TokKind::word || !u.is(kUnit)) return false;
  if (t.kind == TokKind::word && !same_language(t.lex, u.lex)) return false;  // "a tag", "un day"
  std::size_t e = 0;
  if (const Entry* d = phrase(q + 1, kLater | kEarlier, e)) {
    const Token& nx = T(e);
    if (nx.kind == TokKind::number || (nx.kind == TokKind::word && nx.is(kMonth))) return false;
    return done(u.lex->unit, d->has(kLater) ? n : -n, e, false);
  }
  return false;
}

}  // namespace clio::dates::detail
