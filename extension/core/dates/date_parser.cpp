// parse_date and extract_dates: the scanner over the token stream (see date_parser.hpp).
#include "dates/date_parser.hpp"

#include "dates/date_grammar.hpp"
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
  return t.is(lex::kMonth | lex::kSeason | lex::kUnit | lex::kRelNext | lex::kRelPrev | lex::kRelSame |
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
  static constexpr std::string_view kWithDot[] = {"p", "P", "s", "S", "с", "С", "No", "no", "Nr", "nr", "vol", "Vol",
                                                   "fol", "f", "ff", "c", "Bd", "t", "T", "art", "Art"};
  static constexpr std::string_view kAlways[] = {"pp", "page", "pages", "Page", "Pages", "seite", "Seite",
                                                  "Seiten", "стр", "Стр", "страница", "страницы", "nos", "Nos"};
  for (std::string_view p : kAlways)
    if (s == p) return true;
  if (dot)
    for (std::string_view p : kWithDot)
      if (s == p) return true;
  return false;
}

// Whether a bare year (a number with no word that marks it as a date) may count.
bool bare_year_ok(const Expr& e, TokenStream& ts, bool running_text, std::size_t scan_start) {
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
  if (a.cue || a.era || a.approx) return !after_page_word(ts, e.first) || a.era;
  if (a.unit != Unit::year) return true;
  if (after_page_word(ts, e.first)) return false;
  if (running_text) return e.context && a.digits == 4 && a.year >= 1000 && a.year <= 2100;
  if (a.digits >= 3 && a.digits <= 4) return true;
  // parse_date("44") is the year 44 when the number is all there is.
  return a.digits <= 4 && scan_start == 0 && ts.at(e.last).kind == TokKind::end;
}

}  // namespace

std::optional<DateValue> parse_date(std::string_view text, const ParseOptions& opts) {
  TokenStream ts(text);
  Grammar g(ts, opts);
  TriggerWindow triggers(ts);
  std::optional<Anchor> anchor;
  if (opts.ref) anchor = Anchor{*opts.ref, Precision::day};
  for (std::size_t i = 0; ts.at(i).kind != TokKind::end; ++i) {
    if (i > kLookBehind) ts.release_before(i - kLookBehind);
    if (!g.may_start(i) || !triggers.near(i)) continue;
    Expr e;
    const Match m = g.expression(i, e);
    if (m == Match::refused) return std::nullopt;
    if (m == Match::none) continue;
    if (!bare_year_ok(e, ts, false, i)) continue;
    auto r = detail::resolve(e, opts, anchor);
    if (r) return std::move(r->value);
    if (e.last > i) i = e.last - 1;
  }
  return std::nullopt;
}

void extract_dates(std::string_view text, const ParseOptions& opts, std::vector<DateMention>& out) {
  TokenStream ts(text);
  Grammar g(ts, opts);
  TriggerWindow triggers(ts);
  std::optional<Anchor> anchor;
  if (opts.ref) anchor = Anchor{*opts.ref, Precision::day};
  for (std::size_t i = 0; ts.at(i).kind != TokKind::end; ++i) {
    if (i > kLookBehind) ts.release_before(i - kLookBehind);
    if (!g.may_start(i) || !triggers.near(i)) continue;
    Expr e;
    const Match m = g.expression(i, e);
    if (m == Match::refused) {
      // Skip the whole ambiguous numeric date so that its year is not tagged on its own.
      while (ts.at(i + 1).kind == TokKind::number || (ts.at(i + 1).kind == TokKind::punct && !ts.at(i + 1).space &&
                                                      ts.at(i + 2).kind == TokKind::number && !ts.at(i + 2).space))
        ++i;
      continue;
    }
    if (m == Match::none) continue;
    if (!bare_year_ok(e, ts, true, i)) continue;
    auto r = detail::resolve(e, opts, anchor);
    if (r) {
      const std::size_t begin = ts.at(e.first).begin;
      const std::size_t end = ts.at(e.last - 1).end;
      // Only explicit dates anchor: "three years later ... six years later" both count from the
      // last date the text names, not from each other.
      if (e.a.unit != Unit::relative) anchor = Anchor{r->value.earliest, r->anchor_precision};
      out.push_back(DateMention{begin, end, std::move(r->value)});
    }
    if (e.last > i) i = e.last - 1;
  }
}

}  // namespace clio::dates
