// Fuzz target: the historical date parser (dates/date_parser.hpp), parse_date and extract_dates.
//
// Input layout: the first byte chooses the options, the rest is the text.
//   bits 0-1  ref: none, 1917-11-07, 0044-03-15 BC side (-0043-03-15), 1700-02-28
//   bits 2-3  calendar: gregorian, julian, hybrid, "russia" (julian until 1918-01-31)
//   bits 4-5  order: none, dmy, mdy, ymd
//   bits 6-7  lang: "", "en", "ru", "de" (hint only)
// Seeds therefore start with one option byte; "\0" means the defaults.
//
// Properties checked for every input:
//   * parse_date and extract_dates give the same answer twice (no hidden state);
//   * every value has earliest <= latest and a well-formed EDTF (is_valid_edtf) whose own span
//     contains [earliest, latest]; days are real days, not the open/unknown sentinels;
//   * mentions are inside the text, non-empty, in order and non-overlapping, and begin and end
//     on character boundaries (SQLite's, via next_char), so SQL can report character offsets.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_parser.hpp"
#include "dates/edtf.hpp"
#include "fuzz_check.hpp"
#include "text/utf8.hpp"

using namespace clio::dates;

namespace {

ParseOptions options_from(std::uint8_t b) {
  ParseOptions o;
  switch (b & 3) {
    case 1: o.ref = gregorian_to_jdn(1917, 11, 7); break;
    case 2: o.ref = gregorian_to_jdn(-43, 3, 15); break;
    case 3: o.ref = gregorian_to_jdn(1700, 2, 28); break;
    default: break;
  }
  switch ((b >> 2) & 3) {
    case 1: o.calendar.kind = CalendarPolicy::Kind::julian; break;
    case 2: o.calendar.kind = CalendarPolicy::Kind::hybrid; break;
    case 3:
      o.calendar.kind = CalendarPolicy::Kind::julian_until;
      o.calendar.last_julian_day = julian_to_jdn(1918, 1, 31);
      break;
    default: break;
  }
  static constexpr NumericOrder kOrders[4] = {NumericOrder::none, NumericOrder::dmy, NumericOrder::mdy,
                                              NumericOrder::ymd};
  o.order = kOrders[(b >> 4) & 3];
  static constexpr const char* kLangs[4] = {"", "en", "ru", "de"};
  o.lang = kLangs[(b >> 6) & 3];
  return o;
}

bool same_value(const DateValue& a, const DateValue& b) {
  return a.edtf == b.edtf && a.earliest == b.earliest && a.latest == b.latest &&
         a.precision == b.precision && a.approximate == b.approximate && a.uncertain == b.uncertain &&
         a.calendar == b.calendar;
}

}  // namespace

// Checks one value; a macro so FUZZ_CHECK reports the caller's input.
#define CHECK_VALUE(v)                                                            \
  do {                                                                            \
    FUZZ_CHECK((v).earliest <= (v).latest);                                       \
    FUZZ_CHECK(!is_open_or_unknown((v).earliest) && !is_open_or_unknown((v).latest)); \
    FUZZ_CHECK((v).precision <= Precision::range);                                \
    const auto as_edtf = parse_edtf((v).edtf);                                    \
    FUZZ_CHECK(as_edtf.has_value());                                              \
    FUZZ_CHECK(as_edtf->earliest <= (v).earliest && (v).latest <= as_edtf->latest); \
  } while (0)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  clio::fuzz::FuzzInput in(data, size);
  const ParseOptions opts = options_from(in.byte());
  const std::string_view text = in.rest();

  const auto first = parse_date(text, opts);
  const auto second = parse_date(text, opts);
  FUZZ_CHECK(first.has_value() == second.has_value());
  if (first) {
    FUZZ_CHECK(same_value(*first, *second));
    CHECK_VALUE(*first);
  }

  std::vector<bool> is_start(text.size() + 1, false);
  is_start[text.size()] = true;
  for (std::size_t i = 0; i < text.size(); i += clio::text::next_char(text, i).len) is_start[i] = true;

  std::vector<DateMention> mentions;
  extract_dates(text, opts, mentions);
  std::size_t prev_end = 0;
  for (const auto& m : mentions) {
    FUZZ_CHECK(m.begin < m.end && m.end <= text.size());
    FUZZ_CHECK(m.begin >= prev_end);
    FUZZ_CHECK(is_start[m.begin] && is_start[m.end]);
    CHECK_VALUE(m.value);
    prev_end = m.end;
  }
  std::vector<DateMention> again{DateMention{0, 0, {}}};  // appends: the old item stays first
  extract_dates(text, opts, again);
  FUZZ_CHECK(again.size() == mentions.size() + 1);
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    FUZZ_CHECK(again[i + 1].begin == mentions[i].begin && again[i + 1].end == mentions[i].end);
    FUZZ_CHECK(same_value(again[i + 1].value, mentions[i].value));
  }
  return 0;
}
