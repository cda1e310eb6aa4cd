// Calendar arithmetic on Julian Day Numbers.
//
// The JDN is clio's internal time axis: an integer day count that sorts correctly across eras
// and makes Julian <-> Gregorian conversion exact. Years are astronomical (1 BC = 0,
// 44 BC = -43); both calendars are proleptic and valid for every int32 year.
#pragma once

#include <cstdint>
#include <string>

namespace clio::dates {

using Jdn = std::int64_t;

enum class Calendar : std::uint8_t { gregorian, julian };

struct Ymd {
  std::int64_t year = 0;  // astronomical numbering
  int month = 1;          // 1..12
  int day = 1;            // 1..days_in_month
  friend bool operator==(const Ymd&, const Ymd&) = default;
};

bool is_leap_year(std::int64_t year, Calendar cal) noexcept;
int days_in_month(std::int64_t year, int month, Calendar cal) noexcept;
bool is_valid_ymd(const Ymd& d, Calendar cal) noexcept;

Jdn to_jdn(const Ymd& d, Calendar cal) noexcept;
Ymd from_jdn(Jdn jdn, Calendar cal) noexcept;

inline Jdn gregorian_to_jdn(std::int64_t y, int m, int d) noexcept { return to_jdn({y, m, d}, Calendar::gregorian); }
inline Jdn julian_to_jdn(std::int64_t y, int m, int d) noexcept { return to_jdn({y, m, d}, Calendar::julian); }

// ISO 8601 day in the proleptic Gregorian calendar with astronomical years: "1917-11-07",
// "0000-01-01", "-0043-03-15"; years beyond 9999 get a sign, "+12000-01-01".
std::string iso_day(Jdn jdn);
std::string iso_day(const Ymd& gregorian);

// Parses "YYYY-MM-DD" (optionally signed, 4+ digit years) as a Gregorian day; false if malformed.
bool parse_iso_day(const char* s, std::size_t n, Ymd& out) noexcept;

}  // namespace clio::dates
