// The value every date parser in clio produces: an EDTF string plus the earliest and latest
// possible day as Julian Day Numbers (proleptic Gregorian when printed as ISO).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "dates/calendar.hpp"

namespace clio::dates {

enum class Precision : std::uint8_t {
  day, month, season, year, decade, century, millennium, range  // range: an interval of mixed units
};

std::string_view precision_name(Precision p) noexcept;

struct DateValue {
  std::string edtf;          // e.g. "1917-11-07", "1922~", "1918/1928", "193X", "[1237,1238]"
  Jdn earliest = 0;          // first possible day
  Jdn latest = 0;            // last possible day (inclusive)
  Precision precision = Precision::day;
  bool approximate = false;  // "circa", "about", EDTF '~' or '%'
  bool uncertain = false;    // EDTF '?' or '%', or an Old Style/New Style pair that disagrees
  Calendar calendar = Calendar::gregorian;  // the calendar the source wrote the date in
};

}  // namespace clio::dates
