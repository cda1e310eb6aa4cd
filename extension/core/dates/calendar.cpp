#include "dates/calendar.hpp"

#include "dates/date_format.hpp"

#include <cstdio>

namespace clio::dates {
namespace {

// Floor division: the era arithmetic below must round toward minus infinity for BCE years.
constexpr std::int64_t floor_div(std::int64_t a, std::int64_t b) noexcept {
  const std::int64_t q = a / b;
  return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// Day of a March-based year (March 1 = 0), the trick that puts the leap day last.
constexpr int day_of_march_year(int month, int day) noexcept {
  const int mp = month > 2 ? month - 3 : month + 9;
  return (153 * mp + 2) / 5 + day - 1;
}

// JDN of Gregorian 0000-03-01 and of Julian 0000-03-01 (the start of era 0 in each scheme).
constexpr Jdn kGregorianEpoch = 1721120;
constexpr Jdn kJulianEpoch = 1721118;

}  // namespace

bool is_leap_year(std::int64_t y, Calendar cal) noexcept {
  if (cal == Calendar::julian) return floor_div(y, 4) * 4 == y;
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(std::int64_t y, int m, Calendar cal) noexcept {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y, cal) ? 29 : kDays[m - 1];
}

bool is_valid_ymd(const Ymd& d, Calendar cal) noexcept {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month, cal);
}

Jdn to_jdn(const Ymd& d, Calendar cal) noexcept {
  const std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const std::int64_t doy = day_of_march_year(d.month, d.day);
  if (cal == Calendar::julian) {
    const std::int64_t era = floor_div(y, 4);
    const std::int64_t yoe = y - era * 4;
    return era * 1461 + yoe * 365 + doy + kJulianEpoch;
  }
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t yoe = y - era * 400;
  return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy + kGregorianEpoch;
}

namespace {

// Gregorian days of the shifted range below: 2^30 days (almost three million years) from
// kFastFirstDay on, 4 * n + 3 fits in 32 bits.
constexpr std::int64_t kFastEras = 3600;  // 400-year eras before year 0 that the fast path covers
constexpr std::int64_t kFastFirstDay = kGregorianEpoch - kFastEras * 146097;
constexpr std::int64_t kFastDays = std::int64_t{1} << 30;

// from_jdn for the Gregorian calendar in 32-bit arithmetic, after Neri and Schneider, "Euclidean
// affine functions and their application to calendar algorithms" (2022): every division is by a
// constant the compiler turns into a multiplication, and the month and day come from one product.
// Tagging converts two days per date mention to ISO text; the general formula cost about 90
// instructions a day, this about 25. `n`: days since March 1 of the year -400 * kFastEras.
Ymd gregorian_from_shifted_day(std::uint32_t n) noexcept {
  const std::uint32_t n1 = 4 * n + 3;
  const std::uint32_t century = n1 / 146097;
  const std::uint32_t n2 = (n1 % 146097) | 3;  // 4 * (day of the century) + 3
  const std::uint64_t p2 = std::uint64_t{2939745} * n2;
  const auto year_of_century = static_cast<std::uint32_t>(p2 >> 32);
  const std::uint32_t day_of_year = static_cast<std::uint32_t>(p2) / 2939745 / 4;  // March 1 = 0
  const std::uint32_t n3 = 2141 * day_of_year + 197913;
  const auto month = static_cast<int>(n3 >> 16);  // 3..14, March-based
  const auto day = static_cast<int>((n3 & 0xFFFF) / 2141) + 1;
  const bool jan_feb = day_of_year >= 306;
  const std::int64_t year = static_cast<std::int64_t>(100 * century + year_of_century) - 400 * kFastEras;
  return {year + (jan_feb ? 1 : 0), jan_feb ? month - 12 : month, day};
}

}  // namespace

Ymd from_jdn(Jdn jdn, Calendar cal) noexcept {
  if (cal == Calendar::gregorian && jdn >= kFastFirstDay && jdn - kFastFirstDay < kFastDays)
    return gregorian_from_shifted_day(static_cast<std::uint32_t>(jdn - kFastFirstDay));
  std::int64_t era, doe, yoe;
  if (cal == Calendar::julian) {
    const std::int64_t z = jdn - kJulianEpoch;
    era = floor_div(z, 1461);
    doe = z - era * 1461;                         // 0..1460
    yoe = (doe - doe / 1460) / 365;               // 0..3
    doe -= yoe * 365;
    yoe += era * 4;
  } else {
    const std::int64_t z = jdn - kGregorianEpoch;
    era = floor_div(z, 146097);
    const std::int64_t d = z - era * 146097;       // 0..146096
    const std::int64_t y = (d - d / 1460 + d / 36524 - d / 146096) / 365;  // 0..399
    doe = d - (365 * y + y / 4 - y / 100);
    yoe = y + era * 400;
  }
  const std::int64_t mp = (5 * doe + 2) / 153;                     // 0..11, March-based
  const int day = static_cast<int>(doe - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + (month <= 2 ? 1 : 0), month, day};
}

std::string iso_day(const Ymd& g) {
  const bool bc = g.year < 0;  // astronomical years before 1 (ISO 8601 extended: "-0043-03-15")
  const std::int64_t abs_year = bc ? -g.year : g.year;
  if (abs_year <= 9999 && g.month >= 0 && g.month <= 99 && g.day >= 0 && g.day <= 99) {
    // The common cases: tagging formats two days per date mention, and snprintf was a tenth of
    // the cost of filling `mention` (years BC included: sources about antiquity have many). Up to
    // four-digit years, ISO and EDTF days are spelled alike: two digits per table lookup.
    char buf[detail::kShortDayCap];
    return std::string(buf, detail::put_short_day(buf, g));
  }
  char buf[48];
  if (bc) {
    std::snprintf(buf, sizeof buf, "-%04lld-%02d-%02d", static_cast<long long>(abs_year), g.month, g.day);
  } else if (abs_year <= 9999) {
    std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d", static_cast<long long>(g.year), g.month, g.day);
  } else {
    std::snprintf(buf, sizeof buf, "+%lld-%02d-%02d", static_cast<long long>(g.year), g.month, g.day);
  }
  return buf;
}

std::string iso_day(Jdn jdn) { return iso_day(from_jdn(jdn, Calendar::gregorian)); }

bool parse_iso_day(const char* s, std::size_t n, Ymd& out) noexcept {
  std::size_t i = 0;
  bool negative = false;
  if (i < n && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  std::int64_t y = 0;
  std::size_t digits = 0;
  while (i < n && s[i] >= '0' && s[i] <= '9' && digits < 12) { y = y * 10 + (s[i++] - '0'); ++digits; }
  if (digits < 4 || i + 6 != n || s[i] != '-' || s[i + 3] != '-') return false;
  auto two = [&](std::size_t k, int& v) {
    if (s[k] < '0' || s[k] > '9' || s[k + 1] < '0' || s[k + 1] > '9') return false;
    v = (s[k] - '0') * 10 + (s[k + 1] - '0');
    return true;
  };
  Ymd d{negative ? -y : y, 0, 0};
  if (!two(i + 1, d.month) || !two(i + 4, d.day) || !is_valid_ymd(d, Calendar::gregorian)) return false;
  out = d;
  return true;
}

}  // namespace clio::dates
