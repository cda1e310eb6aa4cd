// What real pages write and issue 19 asked for: a ref of any precision (a year, a month, an EDTF
// value), calendar notes before, inside and after a date, bare years in prose and what guards
// them, year-first forms, and the long tail. Every example is invented for this file.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "dates/date_parser.hpp"

using namespace clio::dates;

namespace {

ParseOptions with(std::initializer_list<std::pair<const char*, const char*>> kv) {
  ParseOptions o;
  for (const auto& [k, v] : kv) {
    bool known = false;
    std::string error;
    REQUIRE_MESSAGE(apply_date_option(k, v, o, known, error), error);
    REQUIRE(known);
  }
  return o;
}

std::string edtf(const char* text, const ParseOptions& o = {}) {
  const auto v = parse_date(text, o);
  return v ? v->edtf : std::string("(none)");
}

std::string tagged(const std::string& text, const ParseOptions& o = {}) {
  std::vector<DateMention> got;
  extract_dates(text, o, got);
  std::string out;
  for (const auto& m : got) out += "[" + text.substr(m.begin, m.end - m.begin) + "=" + m.value.edtf + "]";
  return out;
}

}  // namespace

TEST_CASE("ref: a year, a month, a day or an EDTF value") {
  const ParseOptions year = with({{"ref", "1764"}});
  CHECK(edtf("on the 3rd of August", year) == "1764-08-03");
  CHECK(edtf("le 2 février", year) == "1764-02-02");
  CHECK(edtf("in March", year) == "1764-03");
  CHECK(edtf("Thirty years later", year) == "1794");
  CHECK(edtf("the following year", year) == "1765");
  CHECK(edtf("the next day", year) == "(none)");        // a count of days needs a day
  CHECK(edtf("the following month", year) == "(none)");  // and of months a month
  const ParseOptions month = with({{"ref", "1764-05"}});
  CHECK(edtf("the following month", month) == "1764-06");
  CHECK(edtf("the next day", month) == "(none)");
  CHECK(edtf("22 May", month) == "1764-05-22");
  CHECK(edtf("the next day", with({{"ref", "1764-05-02"}})) == "1764-05-03");
  CHECK(edtf("on 4 September", with({{"ref", "1764~"}})) == "1764-09-04");
  CHECK(edtf("on 4 September", with({{"ref", "1764-03/1764-10"}})) == "1764-09-04");  // within one year
  CHECK(edtf("on 4 September", with({{"ref", "1764/1766"}})) == "(none)");  // which year is unknown
  // In running text the ref anchors what comes before the first explicit date.
  CHECK(tagged("On 4 September the mill burned; on 2 March 1770 it was rebuilt.", year) ==
        "[4 September=1764-09-04][2 March 1770=1770-03-02]");
  ParseOptions o;
  bool known = false;
  std::string error;
  CHECK_FALSE(apply_date_option("ref", "17640", o, known, error));
  CHECK_FALSE(apply_date_option("ref", "1764-13", o, known, error));
  CHECK_FALSE(apply_date_option("ref", "../1764", o, known, error));  // an open end anchors nothing
  CHECK(error.find("YYYY-MM") != std::string::npos);
}

TEST_CASE("ref: counts in tens of years and months") {
  const ParseOptions year = with({{"ref", "1702"}});
  CHECK(edtf("Forty years later", year) == "1742");
  CHECK(edtf("через тридцать лет", year) == "1732");
  CHECK(edtf("zwanzig Jahre später", year) == "1722");
  CHECK(edtf("vingt ans plus tard", year) == "1722");
}

TEST_CASE("lang: any ISO 639 code is a hint; Norwegian reads its Bokmål names") {
  CHECK(edtf("3 mars 1702", with({{"lang", "no"}})) == "1702-03-03");
  CHECK(edtf("3 Maret 1702", with({{"lang", "id"}})) == "1702-03-03");
  CHECK(edtf("in 1702", with({{"lang", "la"}})) == "1702");  // accepted, adds no names
  ParseOptions o;
  bool known = false;
  std::string error;
  CHECK(apply_date_option("lang", "ja", o, known, error));
  CHECK_FALSE(apply_date_option("lang", "qq", o, known, error));
  CHECK_FALSE(apply_date_option("lang", "english", o, known, error));
}
