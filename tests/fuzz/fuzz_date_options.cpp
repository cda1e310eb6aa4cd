// Fuzz target: reading the options argument of the date functions: the JSON object
// (text/json.hpp) and then apply_date_option (dates/date_parser.hpp) for each member, as the
// SQL layer does.
//
// Properties checked for every input:
//   * apply_date_option never fails silently: false comes with an error message;
//   * only "ref", "calendar", "lang" and "order" are known keys;
//   * an accepted "ref" sets ParseOptions::ref to a day that prints back as the given ISO day
//     when the value is a plain "YYYY-MM-DD" (four-digit year);
//   * the options, once accepted, can be used: parse_date on a fixed sentence does not crash
//     and returns a value with earliest <= latest.
#include <cstdint>
#include <string>
#include <string_view>

#include "dates/date_parser.hpp"
#include "fuzz_check.hpp"
#include "text/json.hpp"

using namespace clio::dates;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  clio::text::JsonObject obj;
  std::string error;
  if (!clio::text::parse_json_object(fuzz_input_, obj, error)) return 0;

  ParseOptions opts;
  for (const auto& [key, value] : obj.members) {
    if (value.kind != clio::text::JsonValue::string) continue;
    bool known = true;
    std::string err;
    const bool ok = apply_date_option(key, value.s, opts, known, err);
    if (!ok) {
      FUZZ_CHECK(!err.empty());
      return 0;
    }
    const bool expect_known = key == "ref" || key == "calendar" || key == "lang" || key == "order";
    FUZZ_CHECK(known == expect_known);
    if (key == "ref") {
      FUZZ_CHECK(opts.ref.has_value());
      const auto& v = value.s;
      // A plain ISO day: digits but at the two dashes (0041-02-X7 is an EDTF interval of days).
      bool plain = v.size() == 10 && v[4] == '-' && v[7] == '-';
      for (std::size_t i = 0; plain && i < v.size(); ++i) plain = i == 4 || i == 7 || (v[i] >= '0' && v[i] <= '9');
      if (plain) FUZZ_CHECK(iso_day(*opts.ref) == v);
    }
  }
  for (const char* text : {"On 25 October 1917 O.S. and two days later", "the next day", "03/04/1922"}) {
    if (const auto v = parse_date(text, opts)) FUZZ_CHECK(v->earliest <= v->latest);
  }
  return 0;
}
