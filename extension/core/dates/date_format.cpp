#include "dates/date_format.hpp"

#include "dates/edtf.hpp"

namespace clio::dates::detail {
namespace {

void two_digits(std::string& out, int v) {
  out.push_back(static_cast<char>('0' + v / 10));
  out.push_back(static_cast<char>('0' + v % 10));
}

}  // namespace

void append_edtf_year(std::string& out, std::int64_t year) {
  if (year < -9999 || year > 9999) {
    out += format_edtf_year(year);
    return;
  }
  std::int64_t y = year;
  if (y < 0) {
    out.push_back('-');
    y = -y;
  }
  const int v = static_cast<int>(y);
  two_digits(out, v / 100);
  two_digits(out, v % 100);
}

void append_edtf_month(std::string& out, std::int64_t year, int month) {
  if (year < -9999 || year > 9999) {
    out += format_edtf_month(year, month);
    return;
  }
  append_edtf_year(out, year);
  out.push_back('-');
  two_digits(out, month);
}

void append_edtf_day(std::string& out, const Ymd& d) {
  if (d.year < -9999 || d.year > 9999) {
    out += format_edtf_day(d);
    return;
  }
  append_edtf_month(out, d.year, d.month);
  out.push_back('-');
  two_digits(out, d.day);
}

}  // namespace clio::dates::detail
