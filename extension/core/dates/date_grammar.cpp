// The date grammar's entry points (date_grammar.hpp): where an expression may start, the leading
// prepositions it skips, and one point with its qualifiers (approximation, early/mid/late and
// halves, doubt) dispatched to the rule families in the sibling files:
//   date_grammar_words.cpp     token-level pieces: abbreviations, fillers, phrases, ordinals, marks
//   date_grammar_ranges.cpp    ranges, alternatives and lists ("1918–1928", "1237 or 1238")
//   date_grammar_numeric.cpp   all-numeric dates ("1961-04-12", "12.4.1961", "03/04/1922")
//   date_grammar_named.cpp     days, months, seasons and years in words, dual dating
//   date_grammar_spans.cpp     decades, hundreds, centuries, millennia
//   date_grammar_relative.cpp  relative expressions ("two days later", "на следующий день")
#include "dates/date_grammar_rules.hpp"

namespace clio::dates::detail {

using namespace lex;

namespace {

// English "early" and "late" (adverbs: "early in 1918"), as opposed to nouns ("the beginning of").
bool adverb_part(const Entry& e) {
  const std::string_view k(e.key, e.len);
  return k == "early" || k == "late";
}

}  // namespace

Match Grammar::expression(std::size_t i, Expr& e) {
  ambiguous_ = false;
  bool context = false, prep = false;
  // Leading prepositions and context words ("on", "in", "since", "в", "im", "en") are skipped
  // when the expression proper does not start with them.
  for (int n = 0; n < 3; ++n) {
    e.clear();
    const Token& first = T(i);
    const bool word = first.kind == TokKind::word;
    // "of 2 July", "des 28. März": genitive words before a date are not part of its surface.
    if (word && first.is(kLead) && !first.is(kFrom) && T(i + 1).kind != TokKind::end) {
      ++i;
      if (is_apostrophe(T(i))) ++i;
      continue;  // not a preposition for "in October": "THE FIRST OF MARCH" is a name
    }
    // French "le 24 juin": the article before a day number is a preposition like "on", not part
    // of the date. "le XVIIIe siècle" is read with it, as "the 18th century" with "the"; the
    // mention's surface then leaves the article out (surface_begin in date_parser.cpp).
    if (word && first.is(kPrep) && first.is(kFiller) && T(i + 1).kind == TokKind::number) {
      prep = true;
      ++i;
      continue;
    }
    // may_begin_core spares core() the words it would reject at once: most are prepositions.
    if (may_begin_core(first) && core(i, e)) {
      e.context = context;
      e.prep = prep;
      return Match::found;
    }
    if (ambiguous_) return Match::refused;
    // A calendar label before the date: "O.S.: 19 February 1861", "(O.S.) 19 February 1861",
    // "[O.S. Mar 3]", "Old Style, 3 March": the date is read in that calendar.
    if (word && !first.is(kMonth) &&
        (first.is(kCalOs | kCalNs) || (first.is(kPrefix) && (first.lex->more & (kCalOs | kCalNs)))) &&
        label_before(i, e)) {
      e.context = context;
      e.prep = prep;
      return Match::found;
    }
    const Token& t = T(i);  // core() may have read far enough ahead to move the window
    if (t.kind != TokKind::word || !t.is(kPrep | kContext)) break;
    if (t.is(kContext)) context = true;
    prep = true;
    ++i;
    if (is_apostrophe(T(i))) ++i;  // "jusqu'en"
  }
  return Match::none;
}

// "on the 19th", "till the 14th": a day of the anchor's month, written as an ordinal after an
// article with nothing after it that would make it a century, a regiment or a list item: the end,
// punctuation, or a word that follows dates ("the 14th was a Monday", "on the 19th he left").
bool Grammar::day_alone(std::size_t i, Pt& p, std::size_t& j) {
  const Token& t = T(i);
  if (t.kind != TokKind::number || t.digits > 2 || t.value < 1 || t.value > 31) return false;
  const Token& suffix = T(i + 1);
  if (suffix.kind != TokKind::word || !adjacent(suffix) || !suffix.is(kOrdSuffix)) return false;
  const Token& n = T(i + 2);
  if (n.kind == TokKind::word && !n.newline && !n.is(kAfterYear)) return false;
  if (n.is_punct('-') || n.is_dash()) return false;  // "the 14th-century", "the 14th–15th"
  // "the 19th, 20th and 21st centuries", "the 14th and 15th": a list that a later word explains
  if ((n.is_punct(',') || n.is_punct('/') || (n.kind == TokKind::word && n.is(kAnd | kOr))) &&
      T(i + 3).kind == TokKind::number)
    return false;
  p = Pt{};
  p.unit = Unit::day;
  p.day = static_cast<int>(t.value);
  p.month = 0;  // the anchor's
  p.needs_anchor = true;
  p.cue = true;
  j = i + 2;
  return true;
}

bool Grammar::label_before(std::size_t i, Expr& e) {
  std::size_t k = i;
  const Entry* m = phrase(i, kCalOs | kCalNs, k);
  if (!m) return false;
  if (T(k).is_punct(')') || T(k).is_punct(']')) ++k;  // "(O.S.) 19 February"
  if (T(k).is_punct(':') || T(k).is_punct(',')) ++k;
  if (!may_begin_core(T(k)) || !core(k, e)) return false;
  // Only a single day, month or season is read in another calendar (a pair, "O.S. 25 October [7
  // November]", is settled by the arithmetic), never a year or a span that names its own.
  if (e.kind != Expr::Kind::single || e.a.cal || e.a.alt_cal ||
      (e.a.unit != Unit::day && e.a.unit != Unit::month && e.a.unit != Unit::season))
    return false;
  e.a.cal = m->has(kCalOs) ? 1 : 2;
  e.a.cue = true;
  e.first = i;
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
  if (const Token& t = T(k); t.kind == TokKind::word && t.is(kFiller) && !t.is(kPart)) {
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
    // Only 1..4 can number a half or a quarter: larger numbers (most of them) skip the ordinal test.
    const Token& t = T(k);
    if (t.kind == TokKind::number && t.value >= 1 && t.value <= 4 && ordinal_num(k, v, e, true) &&
        T(e).kind == TokKind::word) {
      if ((v == 1 || v == 2) && T(e).is(kHalf)) {
        numbered_half = static_cast<std::uint8_t>(v == 1 ? 4 : 5);
        m = e + 1;
      } else if (T(e).is(kQuarter)) {  // "1st quarter of 1922", "1-я четверть"
        numbered_half = static_cast<std::uint8_t>(5 + v);
        m = e + 1;
      }
    }
  }
  const Entry* pe = numbered_half ? nullptr : phrase(k, kPart, m);
  if (pe || numbered_half) {
    std::size_t q = m;
    if (T(q).is_dash() && adjacent(T(q))) ++q;  // "mid-1920s", "mid-March"
    // "early in 1918", "late in 1922": only the adverbs take a preposition; "beginning in 1903"
    // means "starting in 1903", not the first third of it.
    if (pe && adverb_part(*pe) && T(q).kind == TokKind::word && T(q).is(kPrep) && T(q + 1).kind == TokKind::number)
      ++q;
    const bool article = T(q).kind == TokKind::word && T(q).is(kFiller);
    q = skip_fillers(q);
    Pt inner;
    std::size_t jj = 0;
    bool got = point_core(q, inner, jj, true);
    // "the end of the month", "early in the year": with an article, the month or year word alone
    // is the narrative's own ("the end of the year 1835" is read above, as a year)
    if (!got && article && T(q).kind == TokKind::word && T(q).is(kUnit) && !T(q).is(kMonth) &&
        T(q).lex->unit >= 3 && T(q + 1).kind != TokKind::number) {
      inner = Pt{};
      inner.unit = Unit::relative;
      inner.rel_unit = static_cast<std::uint8_t>(T(q).lex->unit);
      inner.needs_anchor = inner.cue = true;
      jj = q + 1;
      got = true;
    }
    // "the end of that month", "early the following year": a part of a month or year the narrative
    // names relatively (resolve_point applies the part to it)
    const bool relative_whole = got && inner.unit == Unit::relative && (inner.rel_unit == 3 || inner.rel_unit == 4) &&
                                !inner.rel_week_span;
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
        (inner.unit != Unit::relative || relative_whole) && inner.part == 0) {
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
  if (const Token& mark = T(j); !p.bare_ordinal && mark.kind == TokKind::punct) {
    const Token& after = T(j + 1);
    const bool sentence_end = after.kind == TokKind::end ? i != 0 : (after.kind == TokKind::word && after.upper);
    if (mark.ch == '?' && adjacent(mark) && !sentence_end) {
      p.uncertain = true;
      ++j;
    } else if (is_open(mark) && after.is_punct('?') && T(j + 2).is_punct(closer(mark.ch))) {
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
    if (T(i + 1).kind == TokKind::word && unknown_digits(i, p, j)) return true;
    if (day_first(i, p, j)) return true;
    if (decade(i, p, j)) return true;
    if (century(i, p, j)) return true;
    if (year_first(i, p, j)) return true;
    if (T(i + 1).kind == TokKind::word && T(i + 1).is(kYearWord) && T(i + 1).letters == 1 && cjk_date(i, p, j))
      return true;
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
        if (p.bare) return !that && day_alone(k, p, j);
        if (p.month_only && !that) return false;  // "the October Revolution"
        if (that) p.cue = p.that = true;
        return true;
      }
      if (!that && k != i && day_alone(k, p, j)) return true;
    }
    if (t.is(kLast | kOrdinal) && edge_day(i, p, j)) return true;
    if (t.is(kMonth) && month_first(i, p, j)) return true;
    // A phrase prefix is tried only for the phrases it begins ("summer months", "lady day").
    if ((t.is(kSeason) || (t.is(kPrefix) && (t.lex->more & kSeason))) && season(i, p, j)) return true;
    if ((t.is(kFeast) || (t.is(kPrefix) && (t.lex->more & kFeast))) && feast(i, p, j)) return true;
    if (t.is(kDecadeWord) && decade(i, p, j)) return true;
    if (t.is(kOrdinal | kPrefix) && century(i, p, j)) return true;  // "eighteenth", "twenty-first"
    if (t.is(kYearBefore)) {
      // "Anno 1843, den 8. Oktober", "in the year 1843, on 8 October"
      std::size_t k = after_word(i);
      if (year_first(k, p, j)) return true;
      if (year(i, p, j, false)) return true;
    }
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

}  // namespace clio::dates::detail
