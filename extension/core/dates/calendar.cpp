#include "dates/calendar.hpp"

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

Ymd from_jdn(Jdn jdn, Calendar cal) noexcept {
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
    // The common cases, digit by digit: tagging formats two days per date mention, and
    // snprintf was a tenth of the cost of filling `mention` (years BC included: sources about
    // antiquity have many).
    const auto y = static_cast<int>(abs_year);
    const char out[11] = {'-', static_cast<char>('0' + y / 1000), static_cast<char>('0' + y / 100 % 10),
                          static_cast<char>('0' + y / 10 % 10), static_cast<char>('0' + y % 10), '-',
                          static_cast<char>('0' + g.month / 10), static_cast<char>('0' + g.month % 10), '-',
                          static_cast<char>('0' + g.day / 10), static_cast<char>('0' + g.day % 10)};
    return bc ? std::string(out, sizeof out) : std::string(out + 1, sizeof out - 1);
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
