// All-numeric dates: ISO days and months, dotted and slashed day-month-year, Roman months
// ("17.XII.1916"), dual days ("9(21).12.1879"), and the refusal of ambiguous ones ("03/04/1922").
#include "dates/date_grammar_rules.hpp"

namespace clio::dates::detail {

using namespace lex;

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

}  // namespace clio::dates::detail
