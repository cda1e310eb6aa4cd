#include "dates/date_format.hpp"

#include "dates/edtf.hpp"

#include <array>

namespace clio::dates::detail {
namespace {

// "00" "01" ... "99": two digits per lookup, one division by 100 per year instead of one division
// or remainder per digit.
constexpr std::array<char, 200> two_digit_table() {
  std::array<char, 200> t{};
  for (int v = 0; v < 100; ++v) {
    t[2 * v] = static_cast<char>('0' + v / 10);
    t[2 * v + 1] = static_cast<char>('0' + v % 10);
  }
  return t;
}
constexpr std::array<char, 200> kTwoDigits = two_digit_table();

// Writes v (0..99) as two digits at buf[n]; returns n + 2.
std::size_t put_digits(char* buf, std::size_t n, int v) noexcept {
  buf[n] = kTwoDigits[2 * v];
  buf[n + 1] = kTwoDigits[2 * v + 1];
  return n + 2;
}

// Writes the four-digit year (with '-' when negative) into `buf`; returns the length. Days and
// months are formatted in a small buffer and appended at once: one capacity check per value
// instead of one per character (clio_dates formats a value for every mention).
std::size_t put_year(char* buf, std::int64_t year) noexcept {
  std::size_t n = 0;
  if (year < 0) {
    buf[n++] = '-';
    year = -year;
  }
  const int v = static_cast<int>(year);  // 0..9999: the callers format longer years elsewhere
  return put_digits(buf, put_digits(buf, n, v / 100), v % 100);
}

std::size_t put_two(char* buf, std::size_t n, int v) noexcept {
  buf[n++] = '-';
  return put_digits(buf, n, v);
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

std::size_t put_short_day(char (&buf)[kShortDayCap], const Ymd& d) noexcept {
  return put_two(buf, put_two(buf, put_year(buf, d.year), d.month), d.day);
}

void append_edtf_day(std::string& out, const Ymd& d) {
  if (d.year < -9999 || d.year > 9999) {
    out += format_edtf_day(d);
    return;
  }
  char buf[kShortDayCap];
  out.append(buf, put_short_day(buf, d));
}

}  // namespace clio::dates::detail
