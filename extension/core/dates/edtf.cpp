// EDTF formatting and parsing; the manual is edtf.hpp.
#include <algorithm>
#include <cstdio>

#include "dates/edtf.hpp"

namespace clio::dates {

std::string format_edtf_year(std::int64_t y) {
  char buf[32];
  if (y >= -9999 && y <= 9999) {
    // Four digits, zero padded, with a minus sign for years before 1 BC ("-0043").
    const long long a = y < 0 ? -static_cast<long long>(y) : static_cast<long long>(y);
    std::snprintf(buf, sizeof buf, "%s%04lld", y < 0 ? "-" : "", a);
  } else {
    // EDTF level 1 "long year": more than four digits need the 'Y' prefix.
    std::snprintf(buf, sizeof buf, "Y%lld", static_cast<long long>(y));
  }
  return buf;
}

std::string format_edtf_month(std::int64_t y, int month) {
  std::string s = format_edtf_year(y);
  char buf[32];
  std::snprintf(buf, sizeof buf, "-%02d", month);
  s += buf;
  return s;
}

std::string format_edtf_day(const Ymd& g) {
  std::string s = format_edtf_year(g.year);
  char buf[32];
  std::snprintf(buf, sizeof buf, "-%02d-%02d", g.month, g.day);
  s += buf;
  return s;
}

}  // namespace clio::dates

// ---- parsing ----------------------------------------------------------------------------
//
// The grammar is handled in three layers: the whole string (set, interval or single date),
// the single date (components with qualifiers), and the arithmetic that turns a date with
// unspecified digits into its earliest and latest day. Every layer scans its bytes once.

namespace clio::dates {
namespace {

struct Flags {
  bool approximate = false;
  bool uncertain = false;
};

// What one date contributes: its first and last possible day and its precision.
struct Span {
  Jdn earliest = 0;
  Jdn latest = 0;
  Precision precision = Precision::day;
};

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_digit_or_x(char c) noexcept { return is_digit(c) || c == 'X'; }

// Consumes one qualifier character if present. '%' means both approximate and uncertain.
void eat_qualifier(std::string_view s, std::size_t& i, Flags& f, bool& seen) noexcept {
  if (i >= s.size()) return;
  const char c = s[i];
  if (c != '?' && c != '~' && c != '%') return;
  if (c != '~') f.uncertain = true;
  if (c != '?') f.approximate = true;
  seen = true;
  ++i;
}

// A fixed-width group of digits in which some may be 'X' (unspecified): "19XX", "1X", "X5".
struct DigitPattern {
  char chars[4] = {};
  int width = 0;
  int x_count = 0;

  std::int64_t min_value() const noexcept { return fill('0'); }
  std::int64_t max_value() const noexcept { return fill('9'); }
  bool exact() const noexcept { return x_count == 0; }
  bool matches(int v) const noexcept {
    for (int k = width - 1; k >= 0; --k, v /= 10)
      if (chars[k] != 'X' && chars[k] - '0' != v % 10) return false;
    return v == 0;
  }
  // Number of 'X' at the end with none before them ("19XX" -> 2, "1X9X" -> -1 for "mixed").
  int trailing_x() const noexcept {
    int t = 0;
    while (t < width && chars[width - 1 - t] == 'X') ++t;
    return t == x_count ? t : -1;
  }
  // The value whose 'X' digits are replaced by the digits of `counter` (most significant first),
  // so increasing counters give increasing values.
  std::int64_t nth(std::int64_t counter) const noexcept {
    std::int64_t v = 0;
    std::int64_t div = 1;
    for (int k = 1; k < x_count; ++k) div *= 10;
    for (int k = 0; k < width; ++k) {
      int d;
      if (chars[k] == 'X') { d = static_cast<int>((counter / div) % 10); div /= 10; }
      else d = chars[k] - '0';
      v = v * 10 + d;
    }
    return v;
  }

 private:
  std::int64_t fill(char x) const noexcept {
    std::int64_t v = 0;
    for (int k = 0; k < width; ++k) v = v * 10 + ((chars[k] == 'X' ? x : chars[k]) - '0');
    return v;
  }
};

bool read_pattern(std::string_view s, std::size_t& i, int width, DigitPattern& p) noexcept {
  if (s.size() - i < static_cast<std::size_t>(width)) return false;
  p.width = width;
  for (int k = 0; k < width; ++k) {
    const char c = s[i + k];
    if (!is_digit_or_x(c)) return false;
    p.chars[k] = c;
    if (c == 'X') ++p.x_count;
  }
  i += width;
  return true;
}

// Reads 1..max_digits decimal digits; false if none or too many (the caller rejects the input).
bool read_number(std::string_view s, std::size_t& i, int max_digits, std::int64_t& v, int& digits) noexcept {
  v = 0;
  digits = 0;
  while (i < s.size() && is_digit(s[i])) {
    if (++digits > max_digits) return false;
    v = v * 10 + (s[i++] - '0');
  }
  return digits > 0;
}

std::int64_t pow10(int n) noexcept {
  std::int64_t p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

int decimal_digits(std::int64_t v) noexcept {
  int d = 1;
  while (v >= 10) { v /= 10; ++d; }
  return d;
}

// Precision of a year-only date known to within `width` years.
Precision precision_of_width(std::int64_t width) noexcept {
  switch (width) {
    case 1: return Precision::year;
    case 10: return Precision::decade;
    case 100: return Precision::century;
    case 1000: return Precision::millennium;
    default: return Precision::range;
  }
}

// The written year: either a 4-digit pattern (maybe negative, maybe with X) or an exact range
// [lo, hi] of astronomical years (long years, exponents, significant digits).
struct YearSpec {
  bool pattern_form = false;  // true: `digits` and `negative` describe the year
  DigitPattern digits;
  bool negative = false;
  std::int64_t lo = 0, hi = 0;  // astronomical range of possible years
  Precision precision = Precision::year;
};

// Smallest (ascending) or largest (descending) leap year the pattern allows, if any. Only
// needed for "XXXX-02-29"-like dates; bounded by 10^4 steps.
std::optional<std::int64_t> extreme_leap_year(const YearSpec& y, bool smallest) noexcept {
  if (!y.pattern_form) {
    // Never reached with ranges today (days need a 4-digit year), kept correct anyway.
    for (std::int64_t k = 0; k < 400 && y.lo + k <= y.hi; ++k) {
      const std::int64_t c = smallest ? y.lo + k : y.hi - k;
      if (is_leap_year(c, Calendar::gregorian)) return c;
    }
    return std::nullopt;
  }
  const std::int64_t n = pow10(y.digits.x_count);
  // Ascending astronomical years are ascending values for positive years, descending for negative.
  const bool ascending_values = smallest != y.negative;
  for (std::int64_t k = 0; k < n; ++k) {
    const std::int64_t v = y.digits.nth(ascending_values ? k : n - 1 - k);
    const std::int64_t year = y.negative ? -v : v;
    if (is_leap_year(year, Calendar::gregorian)) return year;
  }
  return std::nullopt;
}

// Parses the year component at s[i]: "1922", "-0043", "19XX", "Y170000002", "Y-17E7", "1950S2".
bool parse_year(std::string_view s, std::size_t& i, YearSpec& y) noexcept {
  const std::size_t n = s.size();
  if (i < n && s[i] == 'Y') {
    ++i;
    const bool neg = i < n && s[i] == '-';
    if (neg) ++i;
    if (i < n && s[i] == '0') return false;  // long years have no leading zeros
    std::int64_t v;
    int digits;
    if (!read_number(s, i, 15, v, digits)) return false;
    if (i < n && s[i] == 'E') {
      ++i;
      std::int64_t e;
      int edigits;
      if (!read_number(s, i, 2, e, edigits)) return false;
      for (; e > 0; --e) {
        if (v > kMaxEdtfYear / 10) return false;
        v *= 10;
      }
    } else if (digits <= 4) {
      return false;  // EDTF wants plain years for four digits or fewer
    }
    if (v > kMaxEdtfYear || (v == 0)) return false;
    y.lo = y.hi = neg ? -v : v;
    y.precision = Precision::year;
    if (i < n && s[i] == 'S') {
      ++i;
      std::int64_t sig;
      int sdigits;
      if (!read_number(s, i, 2, sig, sdigits)) return false;
      const int total = decimal_digits(v);
      if (sig < 1 || sig > total) return false;
      const std::int64_t width = pow10(total - static_cast<int>(sig));
      const std::int64_t low = v / width * width;
      y.lo = neg ? -(low + width - 1) : low;
      y.hi = neg ? -low : low + width - 1;
      y.precision = precision_of_width(width);
    }
    return true;
  }
  y.pattern_form = true;
  y.negative = i < n && s[i] == '-';
  if (y.negative) ++i;
  if (!read_pattern(s, i, 4, y.digits)) return false;
  const std::int64_t lo = y.digits.min_value(), hi = y.digits.max_value();
  if (y.negative && hi == 0) return false;  // "-0000" is not a year
  y.lo = y.negative ? -hi : lo;
  y.hi = y.negative ? -lo : hi;
  const int t = y.digits.trailing_x();
  y.precision = t < 0 || t == 4 ? Precision::range : precision_of_width(pow10(t));
  if (i < n && s[i] == 'S') {
    if (!y.digits.exact()) return false;
    ++i;
    std::int64_t sig;
    int sdigits;
    if (!read_number(s, i, 1, sig, sdigits) || sig < 1 || sig > 4) return false;
    const std::int64_t width = pow10(4 - static_cast<int>(sig));
    const std::int64_t low = lo / width * width;
    y.pattern_form = false;  // now an exact range
    y.lo = y.negative ? -(low + width - 1) : low;
    y.hi = y.negative ? -low : low + width - 1;
    y.precision = precision_of_width(width);
  }
  return true;
}

// Seasons and other sub-year divisions 21..41: first month and number of months.
struct Division {
  int first_month;
  int months;
};
constexpr Division kDivisions[21] = {
    {3, 3}, {6, 3}, {9, 3}, {12, 3},     // 21-24 spring, summer, autumn, winter
    {3, 3}, {6, 3}, {9, 3}, {12, 3},     // 25-28 northern hemisphere, the same
    {9, 3}, {12, 3}, {3, 3}, {6, 3},     // 29-32 southern spring, summer, autumn, winter
    {1, 3}, {4, 3}, {7, 3}, {10, 3},     // 33-36 quarters
    {1, 4}, {5, 4}, {9, 4},              // 37-39 quadrimesters
    {1, 6}, {7, 6},                      // 40-41 semestrals
};

// Last day of the month `m` months after January of year y (m may exceed 12).
Jdn end_of_month_offset(std::int64_t y, int m) noexcept {
  y += (m - 1) / 12;
  m = (m - 1) % 12 + 1;
  return gregorian_to_jdn(y, m, days_in_month(y, m, Calendar::gregorian));
}

// First or last (month, day) allowed by the month and day patterns in a year of the given
// leapness; false if none is a real day.
bool extreme_month_day(const DigitPattern& mp, const DigitPattern& dp, bool leap, bool first, int& om,
                       int& od) noexcept {
  const std::int64_t probe_year = leap ? 2000 : 1999;
  for (int k = 0; k < 12; ++k) {
    const int m = first ? 1 + k : 12 - k;
    if (!mp.matches(m)) continue;
    const int dim = days_in_month(probe_year, m, Calendar::gregorian);
    for (int j = 0; j < dim; ++j) {
      const int d = first ? 1 + j : dim - j;
      if (dp.matches(d)) { om = m; od = d; return true; }
    }
  }
  return false;
}

// The earliest or latest real day of year-pattern/month-pattern/day-pattern.
bool extreme_day(const YearSpec& y, const DigitPattern& mp, const DigitPattern& dp, bool first, Jdn& out) noexcept {
  const std::int64_t year = first ? y.lo : y.hi;
  int m, d;
  if (extreme_month_day(mp, dp, is_leap_year(year, Calendar::gregorian), first, m, d)) {
    out = gregorian_to_jdn(year, m, d);
    return true;
  }
  // Only a leap year offers a day the patterns allow (29 February): find the nearest one.
  if (!extreme_month_day(mp, dp, true, first, m, d)) return false;
  const std::optional<std::int64_t> leap = extreme_leap_year(y, first);
  if (!leap) return false;
  out = gregorian_to_jdn(*leap, m, d);
  return true;
}

// "T09:07:00", "T09:07:00.5Z", "T09:07:00+02:00": checked and skipped (the day is kept).
bool skip_time(std::string_view s, std::size_t& i) noexcept {
  auto two = [&](int max) {
    if (s.size() - i < 2 || !is_digit(s[i]) || !is_digit(s[i + 1])) return false;
    const int v = (s[i] - '0') * 10 + (s[i + 1] - '0');
    i += 2;
    return v <= max;
  };
  ++i;  // 'T'
  if (!two(23) || i >= s.size() || s[i++] != ':' || !two(59) || i >= s.size() || s[i++] != ':' || !two(60))
    return false;
  if (i < s.size() && s[i] == '.') {
    ++i;
    const std::size_t start = i;
    while (i < s.size() && is_digit(s[i])) ++i;
    if (i == start) return false;
  }
  if (i < s.size() && s[i] == 'Z') {
    ++i;
  } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
    ++i;
    if (!two(14)) return false;
    if (i < s.size() && s[i] == ':') {
      ++i;
      if (!two(59)) return false;
    }
  }
  return true;
}

// One date, the whole of `s`: [q]year[q][-[q]month-or-division[q][-[q]day[q][time]]]
bool parse_date(std::string_view s, Span& out, Flags& f) noexcept {
  std::size_t i = 0;
  const std::size_t n = s.size();
  bool qualified = false;
  eat_qualifier(s, i, f, qualified);
  YearSpec y;
  if (!parse_year(s, i, y)) return false;
  eat_qualifier(s, i, f, qualified);
  if (i == n) {
    out.earliest = gregorian_to_jdn(y.lo, 1, 1);
    out.latest = gregorian_to_jdn(y.hi, 12, 31);
    out.precision = y.precision;
    return true;
  }
  // Months and days need a plain four-digit year.
  if (!y.pattern_form || s[i] != '-') return false;
  ++i;
  eat_qualifier(s, i, f, qualified);
  DigitPattern mp;
  if (!read_pattern(s, i, 2, mp)) return false;
  eat_qualifier(s, i, f, qualified);
  if (mp.exact() && mp.min_value() >= 21) {
    if (i != n || mp.min_value() > 41) return false;
    const Division& dv = kDivisions[mp.min_value() - 21];
    out.earliest = gregorian_to_jdn(y.lo, dv.first_month, 1);
    out.latest = end_of_month_offset(y.hi, dv.first_month + dv.months - 1);
    out.precision = Precision::season;
    return true;
  }
  if (i == n) {
    DigitPattern any_day;
    any_day.width = 2;
    any_day.chars[0] = any_day.chars[1] = 'X';
    any_day.x_count = 2;
    if (!extreme_day(y, mp, any_day, true, out.earliest) || !extreme_day(y, mp, any_day, false, out.latest))
      return false;
    out.precision = Precision::month;
    return true;
  }
  if (s[i] != '-') return false;
  ++i;
  eat_qualifier(s, i, f, qualified);
  DigitPattern dp;
  if (!read_pattern(s, i, 2, dp)) return false;
  eat_qualifier(s, i, f, qualified);
  if (i < n && s[i] == 'T') {
    // A time belongs to a fully known, unqualified day.
    if (qualified || !y.digits.exact() || !mp.exact() || !dp.exact() || !skip_time(s, i)) return false;
  }
  if (i != n) return false;
  if (y.digits.exact() && mp.exact() && dp.exact()) {  // the common case, without searching
    const Ymd d{y.lo, static_cast<int>(mp.min_value()), static_cast<int>(dp.min_value())};
    if (!is_valid_ymd(d, Calendar::gregorian)) return false;
    out.earliest = out.latest = to_jdn(d, Calendar::gregorian);
  } else if (!extreme_day(y, mp, dp, true, out.earliest) || !extreme_day(y, mp, dp, false, out.latest)) {
    return false;
  }
  out.precision = Precision::day;
  return true;
}

bool is_ascii_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

// "[a, b, c..d]" or "{...}": `inner` is what lies between the brackets.
bool parse_set(std::string_view inner, Span& out, Flags& f) noexcept {
  out.earliest = kOpenEnd;
  out.latest = kOpenStart;
  out.precision = Precision::range;
  bool first = true;
  for (;;) {
    const std::size_t comma = inner.find(',');
    const bool last = comma == std::string_view::npos;
    const std::string_view element = trim(inner.substr(0, comma));
    if (element.empty()) return false;
    const std::size_t dots = element.find("..");
    Span a, b;
    if (dots == std::string_view::npos) {
      if (!parse_date(element, a, f)) return false;
      b = a;
    } else {
      const std::string_view left = element.substr(0, dots), right = element.substr(dots + 2);
      if (left.empty() && right.empty()) return false;
      if (left.empty()) {
        if (!first) return false;  // "..x" opens the set
        a.earliest = kOpenStart;
      } else if (!parse_date(left, a, f)) {
        return false;
      }
      if (right.empty()) {
        if (!last) return false;   // "x.." closes it
        b.latest = kOpenEnd;
      } else if (!parse_date(right, b, f)) {
        return false;
      }
      if (!left.empty() && !right.empty() && a.earliest > b.latest) return false;
    }
    out.earliest = std::min(out.earliest, a.earliest);
    out.latest = std::max(out.latest, b.latest);
    if (last) return true;
    inner.remove_prefix(comma + 1);
    first = false;
  }
}

bool parse_any(std::string_view s, Span& out, Flags& f) noexcept {
  if (s.empty()) return false;
  if ((s.front() == '[' && s.back() == ']') || (s.front() == '{' && s.back() == '}'))
    return s.size() > 2 && parse_set(s.substr(1, s.size() - 2), out, f);
  const std::size_t slash = s.find('/');
  if (slash == std::string_view::npos) return parse_date(s, out, f);
  const std::string_view left = s.substr(0, slash), right = s.substr(slash + 1);
  Span a, b;
  const bool left_date = !left.empty() && left != "..";
  const bool right_date = !right.empty() && right != "..";
  if (!left_date && !right_date) return false;
  if (left_date) {
    if (!parse_date(left, a, f)) return false;
  } else {
    a.earliest = left.empty() ? kUnknownStart : kOpenStart;
  }
  if (right_date) {
    if (!parse_date(right, b, f)) return false;  // a second '/' fails here
  } else {
    b.latest = right.empty() ? kUnknownEnd : kOpenEnd;
  }
  if (a.earliest > b.latest) return false;
  out.earliest = a.earliest;
  out.latest = b.latest;
  out.precision = Precision::range;
  return true;
}

}  // namespace

std::optional<DateValue> parse_edtf(std::string_view s) {
  s = trim(s);
  Span span;
  Flags f;
  if (!parse_any(s, span, f)) return std::nullopt;
  DateValue v;
  v.edtf.assign(s.data(), s.size());
  v.earliest = span.earliest;
  v.latest = span.latest;
  v.precision = span.precision;
  v.approximate = f.approximate;
  v.uncertain = f.uncertain;
  v.calendar = Calendar::gregorian;
  return v;
}

bool is_valid_edtf(std::string_view s) noexcept {
  Span span;
  Flags f;
  return parse_any(trim(s), span, f);
}

}  // namespace clio::dates
