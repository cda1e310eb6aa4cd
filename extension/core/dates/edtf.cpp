// EDTF formatting and parsing; the manual is edtf.hpp.
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
