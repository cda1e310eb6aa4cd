// Shared by the unit tests and benchmarks that load persons from TSV test data (names, passages):
// a life or context date as the test files write it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "dates/calendar.hpp"
#include "dates/date_value.hpp"

namespace clio::testutil {

// "1821-11-11" -> that day; "1160" -> the whole year; "" -> nullopt. Test data is written by us,
// so anything else is a mistake in the file (std::stoll throws and the test reports it).
inline std::optional<dates::DateValue> day_or_year(const std::string& s) {
  if (s.empty()) return std::nullopt;
  dates::DateValue v;
  v.edtf = s;
  dates::Ymd ymd;
  if (dates::parse_iso_day(s.data(), s.size(), ymd)) {
    v.earliest = v.latest = dates::to_jdn(ymd, dates::Calendar::gregorian);
    return v;
  }
  std::int64_t year = std::stoll(s);
  v.earliest = dates::gregorian_to_jdn(year, 1, 1);
  v.latest = dates::gregorian_to_jdn(year, 12, 31);
  v.precision = dates::Precision::year;
  return v;
}

}  // namespace clio::testutil
