// Internal: EDTF spelling for the date parser's hot path. Same output as format_edtf_year/month/day
// (dates/edtf.hpp), which use snprintf; for four-digit years (nearly every historical date) these
// write the digits directly, and fall back to the edtf.hpp helpers otherwise. A unit test checks
// that both agree (tests/unit/dates/date_format_test.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "dates/calendar.hpp"

namespace clio::dates::detail {

// Appends the EDTF year ("1917", "-0043", "Y12345").
void append_edtf_year(std::string& out, std::int64_t year);
// Appends "YYYY-MM".
void append_edtf_month(std::string& out, std::int64_t year, int month);
// Writes "YYYY-MM-DD" (or "-YYYY-MM-DD") of a day with a year from -9999 to 9999 and a month and
// day from 0 to 99 into buf; returns the length. EDTF and ISO 8601 spell these days alike.
inline constexpr std::size_t kShortDayCap = 16;
std::size_t put_short_day(char (&buf)[kShortDayCap], const Ymd& d) noexcept;
// Appends "YYYY-MM-DD" of a Gregorian day.
void append_edtf_day(std::string& out, const Ymd& d);

}  // namespace clio::dates::detail
