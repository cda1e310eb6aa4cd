#include <doctest/doctest.h>

#include "dates/edtf.hpp"

using namespace clio::dates;

TEST_CASE("EDTF year spelling") {
  CHECK(format_edtf_year(1917) == "1917");
  CHECK(format_edtf_year(476) == "0476");
  CHECK(format_edtf_year(0) == "0000");
  CHECK(format_edtf_year(-43) == "-0043");
  CHECK(format_edtf_year(-9999) == "-9999");
  CHECK(format_edtf_year(9999) == "9999");
  CHECK(format_edtf_year(10000) == "Y10000");
  CHECK(format_edtf_year(-10000) == "Y-10000");
  CHECK(format_edtf_year(170000002) == "Y170000002");
  CHECK(edtf_year(-12345) == "Y-12345");
}

TEST_CASE("EDTF month and day spelling") {
  CHECK(format_edtf_month(1922, 6) == "1922-06");
  CHECK(format_edtf_month(-43, 12) == "-0043-12");
  CHECK(format_edtf_day({1917, 11, 7}) == "1917-11-07");
  CHECK(format_edtf_day({-43, 3, 15}) == "-0043-03-15");
  CHECK(format_edtf_day({12000, 1, 1}) == "Y12000-01-01");
}
