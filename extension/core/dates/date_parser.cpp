// parse_date and extract_dates: the scanner over the token stream (see date_parser.hpp).
#include "dates/date_parser.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "dates/date_grammar.hpp"
#include "dates/date_icu_names.hpp"
#include "dates/edtf.hpp"
#include "dates/date_resolve.hpp"
#include "dates/date_tokens.hpp"

namespace clio::dates {
namespace {

using detail::Anchor;
using detail::Expr;
using detail::Grammar;
using detail::Match;
using detail::Unit;

// Tokens kept behind the scan position for look-back (page words before a number).
constexpr std::size_t kLookBehind = 4;

// Every expression holds a number, a month or season name, a Roman numeral, an ordinal word or a
// relative word within its first kReach tokens ("in the first half of the 19th century"), so the
// grammar is only tried where one of these "triggers" is near: most words of prose are skipped
// after one table lookup.
constexpr std::size_t kReach = 6;

bool is_trigger(const Token& t) {
  if (t.kind == TokKind::number) return true;
  if (t.kind != TokKind::word) return false;
  if (t.roman && (t.all_upper || t.roman_ord || t.is(lex::kCentury))) return true;
  if (t.roman && t.letters <= 5) return true;  // "xix в."
  return t.is(lex::kMonth | lex::kSeason | lex::kFeast | lex::kUnit | lex::kRelNext | lex::kRelPrev | lex::kRelSame |
              lex::kDayAfter | lex::kDayBefore | lex::kOrdinal | lex::kDecadeWord);
}

// Finds whether a trigger lies in [i, i + kReach]; every token is examined once over a scan.
class TriggerWindow {
 public:
  explicit TriggerWindow(TokenStream& ts) : ts_(ts) {}
  bool near(std::size_t i) {
    if (found_ && last_ >= i) return last_ - i <= kReach;
    if (pos_ < i) pos_ = i;
    while (pos_ <= i + kReach) {
      const Token& t = ts_.at(pos_);
      if (t.kind == TokKind::end) return false;
      if (is_trigger(t)) {
        found_ = true;
        last_ = pos_++;
        return true;
      }
      ++pos_;
    }
    return false;
  }

 private:
  TokenStream& ts_;
  std::size_t pos_ = 0, last_ = 0;
  bool found_ = false;
};

// "p. 1922", "pp. 12-14", "S. 1922", "стр. 1922", "no. 1922": a number after these is not a date.
constexpr std::string_view kPageWordsWithDot[] = {"p", "P", "s", "S", "с", "С", "No", "no", "Nr", "nr", "vol",
                                                  "Vol", "fol", "f", "ff", "c", "Bd", "t", "T", "art", "Art"};
constexpr std::string_view kPageWords[] = {"pp", "page", "pages", "Page", "Pages", "seite", "Seite",
                                           "Seiten", "стр", "Стр", "страница", "страницы", "nos", "Nos",
                                           "number", "Number", "numéro", "Numéro", "numero", "Nummer",
                                           "номер", "Номер", "ISBN", "tel", "Tel", "fax", "Fax"};

// Bit n of entry b: one of the words above starts with byte b and is n bytes long. Most words
// before a number ("the", "in", "and", "с" = Cyrillic words that share the lead byte) fail this
// one lookup instead of being compared with every page word.
constexpr std::array<std::uint32_t, 256> page_word_shapes() {
  std::array<std::uint32_t, 256> shapes{};
  auto add = [&](std::string_view w) { shapes[static_cast<unsigned char>(w[0])] |= 1u << w.size(); };
  for (std::string_view w : kPageWordsWithDot) add(w);
  for (std::string_view w : kPageWords) add(w);
  return shapes;
}

// False when no page word has the first byte and the length of s (a word, so never empty).
bool may_be_page_word(std::string_view s) {
  static constexpr std::array<std::uint32_t, 256> kShapes = page_word_shapes();
  return s.size() < 32 && ((kShapes[static_cast<unsigned char>(s[0])] >> s.size()) & 1u) != 0;
}

bool after_page_word(TokenStream& ts, std::size_t first) {
  if (first == 0) return false;
  std::size_t k = first - 1;
  bool dot = false;
  if (ts.at(k).is_punct('.')) {
    if (k == 0) return false;
    --k;
    dot = true;
  }
  const Token& w = ts.at(k);
  if (w.kind != TokKind::word) return w.kind == TokKind::punct && w.ch == 0x2116;  // №
  const std::string_view s = ts.text().substr(w.begin, w.end - w.begin);
  if (!may_be_page_word(s)) return false;
  for (std::string_view p : kPageWords)
    if (s == p) return true;
  if (dot)
    for (std::string_view p : kPageWordsWithDot)
      if (s == p) return true;
  return false;
}

// A number glued to a currency sign ("€1917", "$1917", "1917%"), or one half of a decimal number
// ("1917.5", "1917,5", "3,1917"): an amount, not a year.
bool amount_or_decimal(TokenStream& ts, std::size_t first, std::size_t last) {
  auto glued_number = [&](std::size_t sep, std::size_t num) {
    return (ts.at(sep).is_punct('.') || ts.at(sep).is_punct(',')) && !ts.at(sep).space &&
           ts.at(num).kind == TokKind::number && !ts.at(num).space;
  };
  if (glued_number(last, last + 1)) return true;
  const Token& after = ts.at(last);
  if (after.kind == TokKind::punct && !after.space && (after.ch == '%' || after.ch == 0x2030)) return true;
  if (first == 0) return false;
  const Token& before = ts.at(first - 1);
  const Token& num = ts.at(first);
  if (before.kind == TokKind::punct && !num.space) {
    const char32_t c = before.ch;
    // $ £ ¥ and the Currency Symbols block (€ ₽ ₣ ₤ ₴ ...), the cent and the generic currency sign
    if (c == '$' || c == 0xA2 || c == 0xA3 || c == 0xA4 || c == 0xA5 || (c >= 0x20A0 && c <= 0x20CF)) return true;
    if (first >= 2 && (c == '.' || c == ',') && ts.at(first - 2).kind == TokKind::number && !before.space) return true;
  }
  return false;
}

// "1917 km", "1917 кг", "1917 Tonnen": a number with a unit of measure after it is a quantity, even
// after "in" ("in 1917 km" cannot mean the year). Count nouns ("in 1917 people fled") are not
// refused: there the year reading is the usual one.
bool measure_after(TokenStream& ts, std::size_t last) {
  const Token& w = ts.at(last);
  return w.kind == TokKind::word && w.is(lex::kMeasure) && !w.newline;
}

bool is_opening(const Token& t) {
  if (t.kind != TokKind::punct) return false;
  const char32_t c = t.ch;
  return c == '(' || c == '[' || c == '"' || c == 0xAB || c == 0x201C || c == 0x201E || c == 0x2018 || c == '\'';
}

bool is_closing(const Token& t) {
  if (t.kind != TokKind::punct) return false;
  const char32_t c = t.ch;
  return c == ')' || c == ']' || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' ||
         c == '"' || c == 0xBB || c == 0x201D || c == 0x2019 || c == '\'' || c == 0x3002 || c == 0xFF0C;
}

// "the 1863 uprising", "his 1840 letter": an English article or possessive before a number that a
// lower-case word follows makes the number an attribute of that word, which a year often is and an
// exact count almost never ("the 1500 soldiers" is a round number, refused before this is asked).
bool after_determiner(TokenStream& ts, std::size_t first) {
  if (first == 0) return false;
  const Token& d = ts.at(first - 1);
  if (d.kind != TokKind::word || d.end - d.begin > 5 || d.end - d.begin < 3) return false;
  const std::string_view w = ts.text().substr(d.begin, d.end - d.begin);
  char low[5];
  for (std::size_t k = 0; k < w.size(); ++k) low[k] = static_cast<char>(w[k] | 0x20);
  const std::string_view lw(low, w.size());
  for (const std::string_view det : {"the", "his", "her", "its", "their", "our", "this", "whose"})
    if (lw == det) return true;
  return false;
}

// A four-digit number between 1000 and 2100 that no word marks as a date ("Pushkin, born 1799, died
// 1837."; "The revolt of 1825 failed"; "(1793)"; "Raumflug 1961 (l.)") is a year in running text
// unless its neighbours make it something else:
//   - part of an identifier or a longer number: glued to letters, digits or signs other than
//     brackets, quotes and sentence punctuation ("A1825", "1825-B", "#1825", "+7 1825", "1825/3"),
//     or standing next to another number ("12 1825 000", "1 754" are one number written in groups);
//   - an amount: a count word before it ("some 1825", "over 1825", "mit 1825", "свыше 1825"), or a
//     word after it that starts in lower case and is neither a date word nor one of the words that
//     follow years but not counts (lexicon role after_year: "was", "when", "wurde", "fut", "был"):
//     "1825 copies" (a year is followed by punctuation, a capitalised word, the end or such a word
//     far more often than a count is), or a round hundred followed by any word ("1500 Soldaten"),
//     or a sentence that opens with the number and runs on into a word ("1922 Delegierte kamen");
//     amounts, decimals, units of measure, percentages and page numbers are refused before this is
//     asked (bare_year_ok).
// Whether the word at `w` is an English past tense that ends its clause or goes on into a
// preposition or article ("The revolt of 1825 failed.", "the war of 1812 ended in ..."): a verb
// whose subject ends in the year. A count is followed by what it counts, and an -ed word before a
// noun is an adjective of the count ("1825 armed men").
bool past_verb_ends_clause(TokenStream& ts, std::size_t w) {
  const Token& t = ts.at(w);
  if (t.kind != TokKind::word || t.upper || t.letters < 4) return false;
  const std::string_view word = ts.text().substr(t.begin, t.end - t.begin);
  if (word.size() < 4 || word.compare(word.size() - 2, 2, "ed") != 0) return false;
  const Token& after = ts.at(w + 1);
  if (after.kind == TokKind::word && !after.upper) {
    static constexpr std::string_view kGoOn[] = {"in", "at", "on", "with", "by", "after", "before", "and", "but",
                                                 "the", "a", "an", "to", "from", "under", "when", "as"};
    const std::string_view next = ts.text().substr(after.begin, after.end - after.begin);
    return std::find(std::begin(kGoOn), std::end(kGoOn), next) != std::end(kGoOn);
  }
  return true;
}

bool plain_year(TokenStream& ts, const Expr& e) {
  if (e.kind != Expr::Kind::single) return false;
  // "(1782? – ...)": a doubted year is a plain year followed by its question mark.
  const bool doubted = e.a.uncertain && e.last == e.first + 2 && ts.at(e.first + 1).is_punct('?');
  if (e.last != e.first + 1 && !doubted) return false;
  const Token& num = ts.at(e.first);
  if (num.kind != TokKind::number) return false;
  const Token& next = ts.at(e.last);
  if (next.kind == TokKind::number) return false;
  if (!next.space && next.kind != TokKind::end) {
    if (next.kind != TokKind::punct || !is_closing(next)) return false;
    const Token& after = ts.at(e.last + 1);
    if (!after.space && (after.kind == TokKind::number || after.kind == TokKind::word) && !is_closing(next))
      return false;
    if (!after.space && after.kind == TokKind::number) return false;  // "1825:3", "1825.12"
  }
  // The word that says what the number counts: after "1917 and 1918" the one after the list.
  std::size_t w = e.last;
  if (next.kind == TokKind::word && next.is(lex::kAnd | lex::kOr) && ts.at(w + 1).kind == TokKind::number) w += 2;
  const Token& counted = ts.at(w);
  const bool word_after = counted.kind == TokKind::word && !counted.newline && counted.space;
  if (word_after) {
    if (num.value % 100 == 0) return false;
    if (!counted.upper && !counted.is(lex::kAfterYear) && !(counted.lex && counted.roles != lex::kCount) &&
        counted.roman == 0 && !(w == e.last && after_determiner(ts, e.first)) && !(w == e.last && past_verb_ends_clause(ts, w)))
      return false;
  }
  if (e.first > 0) {
    const Token& prev = ts.at(e.first - 1);
    if (prev.kind == TokKind::number) return false;
    // A number that opens a sentence and runs on into a word is a count ("1922 Delegierte kamen");
    // at the start of a line it may be a timeline's year ("1825 Decembrist revolt").
    if (word_after && !num.newline && (prev.is_punct('.') || prev.is_punct('!') || prev.is_punct('?')))
      return false;
    // A month or season just before: the grammar read the whole and refused it ("p. May 1922").
    if (prev.kind == TokKind::word && prev.is(lex::kMonth | lex::kSeason)) return false;
    const bool doubt_opens = prev.is_punct('?') && e.first >= 2 && is_opening(ts.at(e.first - 2));  // "(?1222)"
    if (!num.space && !num.newline && !is_opening(prev) && !doubt_opens) return false;
    if (prev.kind == TokKind::word && prev.is(lex::kCount)) return false;
    if (prev.kind == TokKind::punct && prev.space == false && e.first >= 2 &&
        ts.at(e.first - 2).kind == TokKind::number)
      return false;  // "3 000.1825", "12-1825"
  }
  return true;
}

// Whether a bare year (a number with no word that marks it as a date) may count. `coordinated`:
// the number follows a tagged year through "and", "or" or a list comma ("in 1917 and 1918").
bool bare_year_ok(const Expr& e, TokenStream& ts, bool running_text, std::size_t scan_start, bool coordinated) {
  const detail::Pt& a = e.a;
  // In prose a year of fewer than four digits needs an era or a year word ("AD 79", "в 988 году"):
  // "about 150 men", "circa 1 million", "about 20 people" are quantities.
  if (running_text && e.kind == Expr::Kind::single && a.unit == Unit::year && a.digits < 4 && !a.era &&
      !a.year_word)
    return false;
  // A month name alone ("May", "March") is a date in running text only after a preposition
  // ("in October", "в августе") or "that".
  if (running_text && e.kind == Expr::Kind::single && (a.month_only || a.season_only) && !e.prep && !a.that &&
      !a.self_context && !a.part)
    return false;
  if (e.kind == Expr::Kind::single && a.unit == Unit::year && !a.year_word && !a.era &&
      (amount_or_decimal(ts, e.first, e.last) || measure_after(ts, e.last)))
    return false;
  // "the 19th" alone is a day only after a preposition in prose ("on the 19th", "till the 14th").
  if (running_text && e.kind == Expr::Kind::single && a.unit == Unit::day && a.month == 0 && !e.prep && !e.context)
    return false;
  if (a.cue || a.era || a.approx) return !after_page_word(ts, e.first) || a.era;
  if (a.unit != Unit::year) return true;
  if (after_page_word(ts, e.first)) return false;
  if (running_text)
    return a.digits == 4 && a.year >= 1000 && a.year <= 2100 && (e.context || coordinated || plain_year(ts, e));
  if (a.digits >= 3 && a.digits <= 4) return true;
  // parse_date("44") is the year 44 when the number is all there is.
  return a.digits <= 4 && scan_start == 0 && ts.at(e.last).kind == TokKind::end;
}

// A number of other than four digits followed, after a space, by a word that no date rule reads
// ("200 soldiers", "12 km" is read: "km" is in the lexicon): whatever the grammar made of it could
// only be the number alone, a year, which running text takes only with four digits. Skipping the
// grammar here spares an eighth of its attempts in the benchmark's prose (34,000 of 290,000);
// the result is the same.
bool lone_count(TokenStream& ts, std::size_t i, const Token& t) {
  if (t.kind != TokKind::number || t.digits == 4) return false;
  const Token& n = ts.at(i + 1);
  return n.kind == TokKind::word && n.space && !n.lex && n.roman == 0 && !n.roman_ord;
}

// The previous mention, for coordination: "in 1917 and 1918", "1917, 1918 and 1919", "1917 или 1918".
struct Previous {
  bool year = false;        // it was a single year
  std::int64_t value = 0;   // that year as written
  std::size_t last = 0;     // token after it
};

// A bare four-digit year right after a tagged year, joined by "and"/"or" (en, ru, de, fr) or by a
// comma that the list continues after ("1917, 1918 and 1919"; "in 1917, 1200 soldiers" is not a
// list). The two years must lie within a century of each other: "in 1917 and 1500 more" is a count.
bool coordinated_year(TokenStream& ts, const Previous& prev, const Expr& e) {
  if (!prev.year || e.kind != Expr::Kind::single || !e.a.has_year || e.a.digits != 4) return false;
  if (e.first != prev.last + 1) return false;
  const std::int64_t gap = e.a.year > prev.value ? e.a.year - prev.value : prev.value - e.a.year;
  if (gap > 100) return false;
  const Token& joiner = ts.at(prev.last);
  if (joiner.kind == TokKind::word && joiner.is(lex::kAnd | lex::kOr)) return true;
  if (!joiner.is_punct(',')) return false;
  const Token& next = ts.at(e.last);
  return (next.is_punct(',') || (next.kind == TokKind::word && next.is(lex::kAnd | lex::kOr))) &&
         ts.at(e.last + 1).kind == TokKind::number;
}

// Two days written in full, each with its own day, month and year, and set apart by a spaced
// dash ("9 March 1814 – 10 March 1861", "(May 3, 1790 – June 1, 1851)"): in running text these are
// two dated events (a birth and a death, an accession and a death) far more often than one period,
// which writers give at the unit they mean ("1840–1861", "from May to June 1851", "10–12 May
// 1920", all kept whole). Returns the dash's token so that the scan reports the first end alone
// and reads the second as a date of its own; 0 when the range stays whole.
std::size_t full_days_apart(TokenStream& ts, const Expr& e) {
  if (e.kind != Expr::Kind::range) return 0;
  auto full_day = [](const detail::Pt& p) {
    return p.unit == Unit::day && p.has_year && !p.year_carried && p.month != 0 && !p.part && !p.bare;
  };
  if (!full_day(e.a) || !full_day(e.b)) return 0;
  if (ts.at(e.first).kind == TokKind::word && ts.at(e.first).is(lex::kFrom | lex::kBetween)) return 0;
  for (std::size_t k = e.first + 1; k + 1 < e.last; ++k) {
    const Token& t = ts.at(k);
    if (t.is_dash() && t.space && ts.at(k + 1).space) return k;
  }
  return 0;
}

// A day or month without a year that nothing anchors ("on 9 November" with no ref and no date
// before it): reported with an unspecified year, "XXXX-11-09" / "XXXX-11", and no days.
std::optional<DateValue> unresolved_partial(const Expr& e) {
  const detail::Pt& a = e.a;
  if (e.kind != Expr::Kind::single || a.has_year || a.dual || a.part || a.era) return std::nullopt;
  if (a.unit != Unit::day && a.unit != Unit::month) return std::nullopt;
  if (a.month < 1 || a.month > 12) return std::nullopt;
  if (a.unit == Unit::day && (a.day < 1 || a.day > days_in_month(2000, a.month, Calendar::gregorian)))
    return std::nullopt;  // 2000 is a leap year: "29 February" may exist
  DateValue v;
  v.edtf = "XXXX-";
  v.edtf += static_cast<char>('0' + a.month / 10);
  v.edtf += static_cast<char>('0' + a.month % 10);
  if (a.unit == Unit::day) {
    v.edtf += '-';
    v.edtf += static_cast<char>('0' + a.day / 10);
    v.edtf += static_cast<char>('0' + a.day % 10);
  }
  v.approximate = a.approx;
  v.uncertain = a.uncertain;
  if (v.approximate || v.uncertain) v.edtf += v.approximate && v.uncertain ? "%" : v.approximate ? "~" : "?";
  v.earliest = kUnknownStart;
  v.latest = kUnknownEnd;
  v.precision = a.unit == Unit::day ? Precision::day : Precision::month;
  return v;
}

// The scanner both entry points share: tries the grammar where an expression may start, filters
// bare numbers, resolves against the anchor, and hands every date to `found(e, value, resolved)`,
// which returns false to stop. In running text, explicit dates become the anchor of later
// relative and partial ones, and a relative one that nothing anchors goes to
// `unanchored(e, ts)` (an apposition may still give it a value).
template <class Found, class Unanchored>
void scan(std::string_view text, const ParseOptions& opts, bool running_text, Found&& found, Unanchored&& unanchored) {
  TokenStream ts(text, icu_names::for_language(opts.lang));
  Grammar g(ts, opts, running_text);
  TriggerWindow triggers(ts);
  std::optional<Anchor> anchor;
  if (opts.ref) anchor = Anchor{*opts.ref, opts.ref_precision};
  Previous prev;
  Expr e;  // one for the whole scan: Grammar::expression clears it, and an Expr is too big to clear twice
  for (std::size_t i = 0;; ++i) {
    const Token& t = ts.at(i);
    if (t.kind == TokKind::end) break;
    if (!g.may_start(i, t) || !triggers.near(i)) continue;
    if (running_text && lone_count(ts, i, t)) continue;
    // Only an attempt looks back, and never further than kLookBehind tokens: releasing here, not on
    // every token, keeps the window small as well.
    if (i > kLookBehind) ts.release_before(i - kLookBehind);
    const Match m = g.expression(i, e);
    if (m == Match::refused) {
      if (!running_text) return;
      // Skip the whole ambiguous numeric date so that its year is not tagged on its own.
      while (ts.at(i + 1).kind == TokKind::number || (ts.at(i + 1).kind == TokKind::punct && !ts.at(i + 1).space &&
                                                      ts.at(i + 2).kind == TokKind::number && !ts.at(i + 2).space))
        ++i;
      continue;
    }
    if (m == Match::none) continue;
    if (running_text) {
      if (const std::size_t dash = full_days_apart(ts, e)) {
        e.kind = Expr::Kind::single;
        e.b = detail::Pt{};
        e.last = dash;  // the first end's point stops at the dash (date_grammar_ranges.cpp)
      }
    }
    // "(? 1741–1775)", "[? 1204]": a question mark that opens a bracket doubts the date after it,
    // as reference works mark an uncertain first date; it stays outside the surface.
    if (e.first >= 2 && ts.at(e.first - 1).is_punct('?') && !ts.at(e.first - 1).space &&
        (ts.at(e.first - 2).is_punct('(') || ts.at(e.first - 2).is_punct('[')))
      e.a.uncertain = true;
    const bool coordinated = running_text && coordinated_year(ts, prev, e);
    if (!bare_year_ok(e, ts, running_text, i, coordinated)) continue;
    if (detail::Resolved r; detail::resolve(e, opts, anchor, r)) {
      // Only explicit dates anchor: "three years later ... six years later" both count from the
      // last date the text names, not from each other.
      // A year that no word marks as the time of the narrative ("the war of 1812", "(1793)") is
      // more often a reference than a step of the story: it does not replace a day or a month.
      const bool plain = running_text && e.kind == Expr::Kind::single && e.a.unit == Unit::year && !e.context &&
                         !coordinated && !e.a.cue && !e.a.era && !e.a.approx && !e.a.year_word && !e.prep;
      if (e.a.unit != Unit::relative &&
          !(plain && anchor && static_cast<int>(anchor->precision) < static_cast<int>(Precision::year)))
        anchor = Anchor{r.value.earliest, r.anchor_precision};
      prev = Previous{e.kind == Expr::Kind::single && e.a.unit == Unit::year && !e.a.part, e.a.year, e.last};
      if (!found(e, ts, std::move(r.value))) return;
    } else if (running_text && e.a.unit == Unit::relative) {
      unanchored(e, ts);
    } else if (running_text && opts.report_unresolved) {
      if (auto v = unresolved_partial(e)) {
        if (!found(e, ts, std::move(*v))) return;
      }
    }
    if (e.last > i) i = e.last - 1;
  }
}

}  // namespace

std::optional<DateValue> parse_date(std::string_view text, const ParseOptions& opts) {
  std::optional<DateValue> out;
  scan(
      text, opts, false,
      [&](const Expr&, TokenStream&, DateValue&& v) {
        out = std::move(v);
        return false;
      },
      [](const Expr&, TokenStream&) {});
  return out;
}

namespace {

struct Span {
  std::size_t begin, end;
};

// Whether only an apposition's joint lies between two mentions: a comma, an opening bracket or a
// dash, then at most a preposition ("Eight days earlier, on 12 December"; "the next day (26
// October)"; "через два дня, 7 ноября").
bool apposition_gap(std::string_view text, std::size_t from, std::size_t to) {
  constexpr std::size_t kMaxGap = 12;
  if (to < from || to - from > kMaxGap) return false;
  std::string_view gap = text.substr(from, to - from);
  auto skip_spaces = [&] {
    while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  };
  skip_spaces();
  bool joined = false;
  for (const std::string_view joint : {",", "(", "\u2014", "\u2013"}) {
    if (gap.substr(0, joint.size()) == joint) {
      gap.remove_prefix(joint.size());
      joined = true;
      break;
    }
  }
  if (!joined) return false;
  skip_spaces();
  if (gap.empty()) return true;
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  for (const std::string_view word : {"on", "in", "at", "am", "im", "le", "en", "\u0432", "\u0432\u043e"})
    if (gap == word) return true;
  return false;
}

// Where the surface of a date mention begins. An article before a date that stands on its own
// ("the winter of 1709", "the mid-1800s", "the 18th century", "l'été 1923", "der 1930er") only
// makes a noun phrase of it, as a preposition does ("in 1854"), and is left out like one; a date
// that needs the narrative's anchor keeps it, for there the article is part of the expression
// ("the same day", "the next morning", "the end of November", "on the 19th").
std::size_t surface_begin(std::string_view text, TokenStream& ts, const Expr& e) {
  const Token& t = ts.at(e.first);
  if (t.kind != TokKind::word || !t.is(lex::kFiller) || e.last <= e.first + 1) return t.begin;
  if (e.a.unit == Unit::relative || e.a.needs_anchor || e.b.needs_anchor) return t.begin;
  std::string_view w = text.substr(t.begin, t.end - t.begin);
  char low[4] = {};
  if (w.size() > 3) return t.begin;
  for (std::size_t k = 0; k < w.size(); ++k) low[k] = static_cast<char>(w[k] | 0x20);
  const std::string_view lw(low, w.size());
  static constexpr std::string_view kArticles[] = {"the", "le", "la", "les", "l", "der", "die", "das", "den", "dem"};
  if (std::find(std::begin(kArticles), std::end(kArticles), lw) == std::end(kArticles)) return t.begin;
  std::size_t k = e.first + 1;
  if (const Token& a = ts.at(k); a.kind == TokKind::punct && !a.space && k + 1 < e.last &&
                                 (a.ch == '\'' || a.ch == 0x2019))
    ++k;  // "l'été"
  return ts.at(k).begin;
}

}  // namespace

void extract_dates(std::string_view text, const ParseOptions& opts, std::vector<DateMention>& out) {
  // Room for one date per kBytesPerDateGuess bytes (dense historical prose) up front, so that the
  // vector is not regrown through 1, 2, 4 ... mentions on every text; capped so that a long text
  // reserves no more than its first few thousand dates would need.
  constexpr std::size_t kBytesPerDateGuess = 128, kReserveCap = 4096;
  out.reserve(out.size() + std::min(text.size() / kBytesPerDateGuess, kReserveCap));
  // A relative date in apposition with an explicit one names the same time: "Eight days earlier,
  // on 12 December" is 12 December whatever the last anchor was (or when there is none), so it
  // takes the explicit value.
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::size_t relative = kNone;  // the last mention, when it is relative
  std::optional<Span> unanchored;  // a relative date just before, that nothing anchored
  scan(
      text, opts, true,
      [&](const Expr& e, TokenStream& ts, DateValue&& v) {
        const std::size_t begin = surface_begin(text, ts, e);
        const bool is_relative = e.a.unit == Unit::relative;
        if (!is_relative && v.earliest != kUnknownStart) {
          if (unanchored && apposition_gap(text, unanchored->end, begin))
            out.push_back(DateMention{unanchored->begin, unanchored->end, v});
          else if (relative != kNone && apposition_gap(text, out[relative].end, begin))
            out[relative].value = v;
        }
        unanchored.reset();
        relative = is_relative ? out.size() : kNone;
        out.push_back(DateMention{begin, ts.at(e.last - 1).end, std::move(v)});  // moves the EDTF once
        return true;
      },
      [&](const Expr& e, TokenStream& ts) {
        unanchored = Span{ts.at(e.first).begin, ts.at(e.last - 1).end};
        relative = kNone;
      });
}

}  // namespace clio::dates
