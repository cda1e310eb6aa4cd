// Internal: the grammar of date expressions over the token stream (date_tokens.hpp). It only
// recognizes structure; date_resolve.hpp turns the result into days, EDTF and flags.
//
// Every rule looks at a bounded number of tokens (fillers, markers and spaced digits are capped), so
// one attempt is O(1) and scanning a text is linear.
#pragma once

#include <cstddef>
#include <cstdint>

#include "dates/date_parser.hpp"
#include "dates/date_tokens.hpp"

namespace clio::dates::detail {

// Pt::day of "the last day of <month>": the month's length is known only with the year.
inline constexpr int kLastDay = 99;

enum class Unit : std::uint8_t { none, day, month, season, year, decade, hundreds, century, millennium, relative };

// One date as written ("a point"; a range has two).
// Fields are ordered by size so that a Pt has no padding (80 bytes): the grammar clears and copies
// points on every attempt, and at this size the compiler does that with a few vector stores where a
// larger struct got a slow `rep stos`.
struct Pt {
  std::int64_t year = 0;         // as written: positive for BC years, the era is applied when resolving
  std::int64_t num = 0;          // decade/hundreds: first year; century/millennium: ordinal; bare: the number
  std::int64_t alt_year = 0;     // dual dating: the other day's year
  std::int64_t rel_n = 0;        // relative: signed offset in units
  int month = 0, day = 0, season = 0;
  std::uint32_t digits = 0;      // bare or year: digits written
  int alt_month = 0, alt_day = 0;  // dual dating: the other day's month and day
  Unit unit = Unit::none;
  bool has_year = false;
  bool year_carried = false;     // year taken from the other end of a range
  std::int8_t era = 0;           // -1 BC, +1 AD
  std::int8_t cal = 0;           // 1 marked Old Style, 2 marked New Style
  std::uint8_t part = 0;         // 1 early, 2 mid, 3 late, 4 first half, 5 second half
  bool approx = false;
  bool uncertain = false;        // "1922?", "1922 (?)"
  bool bare = false;             // a lone number whose unit the other end of a range decides
  bool bare_ordinal = false;     // ... written as an ordinal or a Roman numeral (a century candidate)
  bool cue = false;              // holds a word or form that makes it a date in running text
  bool month_only = false;       // a month name with neither day nor year ("in October")
  bool short_decade = false;     // "60s" after "1850s–": completed from the first end
  bool year_word = false;        // a year word stands next to the number ("1922 года", "year 1922")
  bool that = false;             // introduced by "that" ("that October")
  bool short_year = false;       // "August '41": the century comes from the anchor
  bool season_only = false;      // a season with no year ("in the winter")
  bool self_context = false;     // the word itself means "in ..." (Russian "весной", "летом")
  bool needs_anchor = false;     // partial ("9 November", "in October") or relative
  // dual dating: the other day written beside this one (alt_year, alt_month, alt_day above)
  bool dual = false;
  bool alt_has_year = false;
  std::int8_t alt_cal = 0;
  // relative (rel_n above)
  std::uint8_t rel_unit = 0;     // 1 day, 2 week, 3 month, 4 year
  bool rel_week_span = false;    // "the following week": the whole (Monday-based) week
};
static_assert(sizeof(Pt) <= 80, "keep Pt small: see the comment above");

struct Expr {
  enum class Kind : std::uint8_t { single, range, one_of, all_of };
  Pt a, b;
  std::size_t first = 0, last = 0;  // token indexes of the surface [first, last)
  Kind kind = Kind::single;
  bool prep = false;                // a preposition or context word precedes it
  bool context = false;             // a context word ("in", "since", "в", "im", "en") precedes it
  bool ambiguous = false;           // all-numeric and ambiguous without an order: refuse

  // The same as `*this = Expr{}`, which compiles to a slow `rep stos` for a struct this size while
  // clearing the two points apart takes a few vector stores. The grammar clears on every attempt.
  void clear() noexcept {
    a = Pt{};
    b = Pt{};
    first = last = 0;
    kind = Kind::single;
    prep = context = ambiguous = false;
  }
};
static_assert(sizeof(Expr) == 2 * sizeof(Pt) + 24, "a new Expr field must be reset in Expr::clear()");

enum class Match : std::uint8_t { none, found, refused };

// Every role the grammar's core rule looks for in the first token of an expression (weekdays, range
// openers, approximation and part words, fillers, relative words, months, seasons, decade and
// ordinal words, year words, eras, phrase prefixes). A rule that tests its first token for another
// role must add the role here, or expressions starting with such a word are never tried.
inline constexpr std::uint64_t kCoreStartRoles =
    lex::kWeekday | lex::kBetween | lex::kFrom | lex::kEither | lex::kPrefix | lex::kApprox | lex::kFiller |
    lex::kPart | lex::kRelSame | lex::kRelNext | lex::kRelPrev | lex::kNumber | lex::kUnit | lex::kWithin |
    lex::kLater | lex::kDayAfter | lex::kDayBefore | lex::kMonth | lex::kSeason | lex::kDecadeWord | lex::kOrdinal |
    lex::kYearBefore | lex::kEraAd | lex::kFeast | lex::kLast;

// False when the core rule fails at token t at once: punctuation, and a word with none of
// kCoreStartRoles and no Roman numeral value ("in", "on", "and", "century", "BC").
inline bool may_begin_core(const Token& t) {
  if (t.kind == TokKind::number) return true;
  return t.kind == TokKind::word && ((t.roles & kCoreStartRoles) != 0 || t.roman != 0);
}

class Grammar {
 public:
  // `running_text`: the text is prose (extract_dates), not one expression (parse_date); a few
  // readings that are right for an isolated expression are too eager in prose.
  Grammar(TokenStream& ts, const ParseOptions& opts, bool running_text = false)
      : ts_(ts), opts_(opts), running_text_(running_text) {}
  // An expression starting at token i (leading prepositions are skipped and not part of the
  // surface). On `found`, e.last is the token after it. `refused` means an ambiguous numeric date
  // starts here: the caller must neither use it nor any part of it.
  Match expression(std::size_t i, Expr& e);
  // True when token i can begin an expression (a cheap filter for the scanner). A function word
  // that is nothing but a filler, preposition, context or joining word ("the", "in", "of", "to")
  // only leads into what follows it, so it can begin one only when the next token can: in prose
  // most such words stand before ordinary words, and this spares the grammar those attempts.
  // `t` is token i, which the caller has at hand.
  bool may_start(std::size_t i, const Token& t) {
    if (t.kind == TokKind::number) return true;
    if (t.kind != TokKind::word) return false;
    if (!t.lex) return t.roman != 0;
    constexpr std::uint64_t kLeading =
        lex::kFiller | lex::kLead | lex::kPrep | lex::kContext | lex::kAnd | lex::kOr | lex::kTo;
    // A word an expression may begin with, or skip as a preposition before a date; not "century",
    // "BC", "km", nor "and", "or" alone.
    constexpr std::uint64_t kStartRoles = kCoreStartRoles | lex::kLead | lex::kPrep | lex::kContext;
    const bool starts = (t.roles & kStartRoles) != 0 || t.roman != 0;
    if ((t.roles & ~kLeading) != 0) return starts;  // also every phrase prefix (kPrefix)
    if (!starts) return false;
    std::size_t k = i + 1;
    if (T(k).kind == TokKind::punct && (T(k).ch == '\'' || T(k).ch == 0x2019 || T(k).ch == 0x2032)) ++k;  // "l'été"
    const Token& n = T(k);
    return n.kind == TokKind::number || (n.kind == TokKind::word && (n.lex || n.roman));
  }

 private:
  const Token& T(std::size_t i) { return ts_.at(i); }
  bool core(std::size_t i, Expr& e);
  bool label_before(std::size_t i, Expr& e);  // "O.S.: 19 February 1861"
  bool day_alone(std::size_t i, Pt& p, std::size_t& j);  // "on the 19th"
  bool point(std::size_t i, Pt& p, std::size_t& j, bool allow_bare);
  bool point_core(std::size_t i, Pt& p, std::size_t& j, bool allow_bare);
  bool numeric(std::size_t i, Pt& p, std::size_t& j);
  bool day_first(std::size_t i, Pt& p, std::size_t& j);
  bool month_first(std::size_t i, Pt& p, std::size_t& j);
  bool year_first(std::size_t i, Pt& p, std::size_t& j);
  bool cjk_date(std::size_t i, Pt& p, std::size_t& j);
  bool feast(std::size_t i, Pt& p, std::size_t& j);
  bool edge_day(std::size_t i, Pt& p, std::size_t& j);  // "the last day of July"
  int roman_month(std::size_t k);
  bool unknown_digits(std::size_t i, Pt& p, std::size_t& j);  // "17xx", "182x"
  bool decade(std::size_t i, Pt& p, std::size_t& j);
  bool century(std::size_t i, Pt& p, std::size_t& j);
  bool season(std::size_t i, Pt& p, std::size_t& j);
  bool relative(std::size_t i, Pt& p, std::size_t& j);
  bool year(std::size_t i, Pt& p, std::size_t& j, bool allow_bare);
  bool year_after(std::size_t i, Pt& p, std::size_t& j);
  bool dual_tail(std::size_t i, Pt& p, std::size_t& j);
  std::size_t year_tail(std::size_t i, Pt& p);
  std::size_t marks(std::size_t i, Pt& p);
  std::size_t skip_fillers(std::size_t i, std::uint64_t stop = 0);
  std::size_t after_word(std::size_t i);
  bool abbreviation_dot(std::size_t i);
  bool ordinal_num(std::size_t i, std::int64_t& v, std::size_t& j, bool dot_ok);
  bool year_num(std::size_t i, std::int64_t& v, std::uint32_t& digits, std::size_t& j);
  bool count_word(std::size_t i, std::int64_t& n, std::size_t& j);
  // Longest lexicon key with one of `roles` starting at word token i (see date_grammar_words.cpp).
  // The inline part answers the common case, a token that cannot begin such a key, without a call.
  const lex::Entry* phrase(std::size_t i, std::uint64_t roles, std::size_t& j) {
    const Token& t = T(i);
    if (t.kind != TokKind::word || !t.lex) return nullptr;
    if (!t.is(roles) && !(t.is(lex::kPrefix) && (t.lex->more & roles))) return nullptr;
    return phrase_from(i, roles, j);
  }
  const lex::Entry* phrase_from(std::size_t i, std::uint64_t roles, std::size_t& j);
  bool append_folded_word(const Token& w, char* key, std::size_t cap, std::size_t& len);
  bool combine(Pt& a, Pt& b);

  TokenStream& ts_;
  const ParseOptions& opts_;
  bool running_text_ = false;
  bool ambiguous_ = false;
  bool in_dual_ = false;
  int depth_ = 0;
};

}  // namespace clio::dates::detail
