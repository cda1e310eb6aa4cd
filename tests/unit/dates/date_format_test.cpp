// The parser's fast EDTF spelling must agree with the reference helpers of dates/edtf.hpp.
#include <doctest/doctest.h>

#include <string>

#include "dates/date_format.hpp"
#include "dates/edtf.hpp"

using namespace clio::dates;

TEST_CASE("fast EDTF spelling equals format_edtf_*") {
  for (std::int64_t y : {-100000LL, -10000LL, -9999LL, -1000LL, -43LL, -1LL, 0LL, 1LL, 44LL, 999LL, 1917LL, 9999LL,
                         10000LL, 123456LL}) {
    std::string a;
    detail::append_edtf_year(a, y);
    CHECK(a == format_edtf_year(y));
    for (int m : {1, 9, 10, 12}) {
      std::string b;
      detail::append_edtf_month(b, y, m);
      CHECK(b == format_edtf_month(y, m));
      for (int d : {1, 9, 10, 28}) {
        std::string c;
        detail::append_edtf_day(c, Ymd{y, m, d});
        CHECK(c == format_edtf_day(Ymd{y, m, d}));
      }
    }
  }
}

TEST_CASE("fast EDTF spelling: every four-digit year, month and day (two digits per table lookup)") {
  for (std::int64_t y = -9999; y <= 9999; ++y) {
    std::string a;
    detail::append_edtf_year(a, y);
    REQUIRE(a == format_edtf_year(y));
  }
  for (std::int64_t y : {-4713LL, -1LL, 0LL, 7LL, 1582LL, 2099LL}) {
    for (int m = 1; m <= 12; ++m) {
      std::string b;
      detail::append_edtf_month(b, y, m);
      CHECK(b == format_edtf_month(y, m));
      for (int d = 1; d <= 31; ++d) {
        std::string c;
        detail::append_edtf_day(c, Ymd{y, m, d});
        CHECK(c == format_edtf_day(Ymd{y, m, d}));
      }
    }
  }
}
