#include "dates/date_format.hpp"

#include "dates/edtf.hpp"

namespace clio::dates::detail {
namespace {

// Writes the four-digit year (with '-' when negative) into `buf`; returns the length. Days and
// months are formatted in a small buffer and appended at once: one capacity check per value
// instead of one per character (clio_dates formats a value for every mention).
std::size_t put_year(char* buf, std::int64_t year) {
  std::size_t n = 0;
  if (year < 0) {
    buf[n++] = '-';
    year = -year;
  }
  const int v = static_cast<int>(year);
  buf[n++] = static_cast<char>('0' + v / 1000);
  buf[n++] = static_cast<char>('0' + v / 100 % 10);
  buf[n++] = static_cast<char>('0' + v / 10 % 10);
  buf[n++] = static_cast<char>('0' + v % 10);
  return n;
}

std::size_t put_two(char* buf, std::size_t n, int v) {
  buf[n++] = '-';
  buf[n++] = static_cast<char>('0' + v / 10);
  buf[n++] = static_cast<char>('0' + v % 10);
  return n;
}

}  // namespace

void append_edtf_year(std::string& out, std::int64_t year) {
  if (year < -9999 || year > 9999) {
    out += format_edtf_year(year);
    return;
  }
  char buf[8];
  out.append(buf, put_year(buf, year));
}

void append_edtf_month(std::string& out, std::int64_t year, int month) {
  if (year < -9999 || year > 9999) {
    out += format_edtf_month(year, month);
    return;
  }
  char buf[12];
  out.append(buf, put_two(buf, put_year(buf, year), month));
}

void append_edtf_day(std::string& out, const Ymd& d) {
  if (d.year < -9999 || d.year > 9999) {
    out += format_edtf_day(d);
    return;
  }
  char buf[16];
  out.append(buf, put_two(buf, put_two(buf, put_year(buf, d.year), d.month), d.day));
}

}  // namespace clio::dates::detail
