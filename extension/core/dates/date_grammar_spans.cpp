// Spans coarser than a year: decades ("the 1930s", "1930-х гг.", "les années 1930", "70-х гг. XIX
// века"), hundreds ("the 1700s"), centuries and millennia ("18th century", "XVIII век", "18. Jh.",
// "XVIIIe siècle", "4th century BC").
#include "dates/date_grammar_rules.hpp"

namespace clio::dates::detail {

using namespace lex;

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

// Unknown digits written as x: "17xx" (the hundred 1700-1799), "182x" (the decade 1820-1829), with
// Latin or Cyrillic x ("17хх"), as EDTF and catalogues write them.
bool Grammar::unknown_digits(std::size_t i, Pt& p, std::size_t& j) {
  const Token& t = T(i);
  const Token& w = T(i + 1);
  if (t.kind != TokKind::number || (t.digits != 2 && t.digits != 3) || w.kind != TokKind::word || !adjacent(w))
    return false;
  const std::string_view x = ts_.text().substr(w.begin, w.end - w.begin);
  std::size_t xs = 0;
  for (std::size_t k = 0; k < x.size(); ++xs) {
    if (x[k] == 'x' || x[k] == 'X') {
      ++k;
    } else if (x.substr(k, 2) == "\u0445" || x.substr(k, 2) == "\u0425") {  // х Х
      k += 2;
    } else {
      return false;
    }
  }
  if (t.digits + xs != 4) return false;
  const Token& after = T(i + 2);
  if ((after.kind == TokKind::word || after.kind == TokKind::number) && adjacent(after)) return false;
  if (after.kind == TokKind::punct && adjacent(after) && !after.is_punct(')') && T(i + 3).kind == TokKind::word &&
      adjacent(T(i + 3)))
    return false;  // "17xx-A", "17xx/B": a model or file name
  p = Pt{};
  p.unit = xs == 2 ? Unit::hundreds : Unit::decade;
  p.num = xs == 2 ? t.value * 100 : t.value * 10;
  p.digits = 4;
  p.cue = true;
  j = i + 2;
  return true;
}

}  // namespace clio::dates::detail
