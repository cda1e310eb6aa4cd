// Fuzz target: the EDTF parser (dates/edtf.hpp).
//
// Properties checked for every input:
//   * parse_edtf(s) succeeds exactly when is_valid_edtf(s) is true;
//   * an accepted value keeps the input minus surrounding ASCII white space as its EDTF,
//     has earliest <= latest, uses the open/unknown sentinels only on the matching side
//     (a start sentinel never as `latest`, an end sentinel never as `earliest`), a known
//     precision, and parses again to the very same value (the EDTF is a fixed point);
//   * writing a year, month or day made from the first bytes with format_edtf_* and parsing
//     it back gives that year, month or day (the formatter and the parser agree).
#include <cstdint>
#include <cstring>
#include <string_view>

#include "dates/edtf.hpp"
#include "fuzz_check.hpp"

using namespace clio::dates;

namespace {

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim_ascii(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

bool same_value(const DateValue& a, const DateValue& b) {
  return a.edtf == b.edtf && a.earliest == b.earliest && a.latest == b.latest &&
         a.precision == b.precision && a.approximate == b.approximate && a.uncertain == b.uncertain &&
         a.calendar == b.calendar;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  const std::string_view s = fuzz_input_;

  const auto v = parse_edtf(s);
  FUZZ_CHECK(is_valid_edtf(s) == v.has_value());
  if (v) {
    FUZZ_CHECK(v->edtf == trim_ascii(s));
    FUZZ_CHECK(v->earliest <= v->latest);
    FUZZ_CHECK(v->earliest != kUnknownEnd && v->earliest != kOpenEnd);
    FUZZ_CHECK(v->latest != kUnknownStart && v->latest != kOpenStart);
    FUZZ_CHECK(v->precision <= Precision::range);
    FUZZ_CHECK(v->calendar == Calendar::gregorian);
    // Days that are not sentinels lie within the accepted years (|year| <= kMaxEdtfYear).
    const Jdn lowest = gregorian_to_jdn(-kMaxEdtfYear, 1, 1);
    const Jdn highest = gregorian_to_jdn(kMaxEdtfYear, 12, 31);
    if (!is_open_or_unknown(v->earliest)) FUZZ_CHECK(v->earliest >= lowest && v->earliest <= highest);
    if (!is_open_or_unknown(v->latest)) FUZZ_CHECK(v->latest >= lowest && v->latest <= highest);
    const auto again = parse_edtf(v->edtf);
    FUZZ_CHECK(again.has_value() && same_value(*v, *again));
  }

  // Formatter/parser agreement on a value built from the first 10 bytes.
  if (size >= 10) {
    std::int64_t raw;
    std::memcpy(&raw, data, sizeof raw);
    const std::int64_t year = raw % (kMaxEdtfYear + 1);  // within +-kMaxEdtfYear
    const int month = 1 + data[8] % 12;
    const std::string y = format_edtf_year(year);
    const auto py = parse_edtf(y);
    FUZZ_CHECK(py.has_value());
    FUZZ_CHECK(py->earliest == gregorian_to_jdn(year, 1, 1));
    FUZZ_CHECK(py->latest == gregorian_to_jdn(year, 12, 31));
    FUZZ_CHECK(py->precision == Precision::year);
    // EDTF allows months and days only after a year of at most four digits.
    if (year >= -9999 && year <= 9999) {
      const int day = 1 + data[9] % days_in_month(year, month, Calendar::gregorian);
      const auto pm = parse_edtf(format_edtf_month(year, month));
      FUZZ_CHECK(pm.has_value() && pm->precision == Precision::month);
      FUZZ_CHECK(pm->earliest == gregorian_to_jdn(year, month, 1));
      FUZZ_CHECK(pm->latest == gregorian_to_jdn(year, month, days_in_month(year, month, Calendar::gregorian)));
      const auto pd = parse_edtf(format_edtf_day({year, month, day}));
      FUZZ_CHECK(pd.has_value() && pd->precision == Precision::day);
      FUZZ_CHECK(pd->earliest == gregorian_to_jdn(year, month, day) && pd->latest == pd->earliest);
    }
  }
  return 0;
}
