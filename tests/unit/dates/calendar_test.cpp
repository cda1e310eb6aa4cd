#include <doctest/doctest.h>

#include "dates/calendar.hpp"

using namespace clio::dates;

TEST_CASE("known Julian/Gregorian pairs") {
  // The October Revolution: 25 October 1917 O.S. is 7 November 1917 N.S.
  CHECK(julian_to_jdn(1917, 10, 25) == gregorian_to_jdn(1917, 11, 7));
  // Lenin's birth: 10 April 1870 O.S. is 22 April 1870 N.S.
  CHECK(julian_to_jdn(1870, 4, 10) == gregorian_to_jdn(1870, 4, 22));
  // The Gregorian reform: Thursday 4 October 1582 (Julian) was followed by Friday 15 October.
  CHECK(julian_to_jdn(1582, 10, 4) + 1 == gregorian_to_jdn(1582, 10, 15));
  CHECK(gregorian_to_jdn(1582, 10, 15) == 2299161);
  CHECK(julian_to_jdn(-4712, 1, 1) == 0);
  CHECK(gregorian_to_jdn(2000, 1, 1) == 2451545);
}

TEST_CASE("round trip over a wide range in both calendars") {
  for (Jdn j = -2000000; j < 3000000; j += 97) {
    for (Calendar c : {Calendar::gregorian, Calendar::julian}) {
      const Ymd d = from_jdn(j, c);
      REQUIRE(is_valid_ymd(d, c));
      REQUIRE(to_jdn(d, c) == j);
    }
  }
}

TEST_CASE("consecutive days are consecutive dates") {
  Ymd prev = from_jdn(-1000000, Calendar::julian);
  for (Jdn j = -999999; j < -999999 + 3000; ++j) {
    const Ymd d = from_jdn(j, Calendar::julian);
    const bool next_day = d.day == prev.day + 1 && d.month == prev.month && d.year == prev.year;
    const bool next_month = d.day == 1 && (d.month == prev.month + 1 || (d.month == 1 && prev.month == 12));
    CHECK((next_day || next_month));
    prev = d;
  }
}

// Gregorian from_jdn has a fast path for JDN -524,228,080 up to 549,513,744 (excluded) and the
// general formula elsewhere. Day by day, a date must follow the one before it and convert back to
// its day: with one known pair, that fixes every date, so both paths and their seams are checked.
TEST_CASE("Gregorian days follow each other on both sides of the fast path's seams") {
  auto next_date = [](const Ymd& prev, const Ymd& d) {
    if (d.year == prev.year && d.month == prev.month) return d.day == prev.day + 1;
    if (d.day != 1 || prev.day != days_in_month(prev.year, prev.month, Calendar::gregorian)) return false;
    return (d.year == prev.year && d.month == prev.month + 1) ||
           (d.year == prev.year + 1 && d.month == 1 && prev.month == 12);
  };
  const Jdn starts[] = {-524228080 - 1500, 549513744 - 1500, -1500, 2299161 - 1500, 2451545 - 200000,
                        -3000000000LL, 3000000000LL};
  for (const Jdn start : starts) {
    Ymd prev = from_jdn(start, Calendar::gregorian);
    REQUIRE(to_jdn(prev, Calendar::gregorian) == start);
    const Jdn span = start == 2451545 - 200000 ? 400000 : 3000;  // 2451545 ± 200,000: every day of ~1100 years
    for (Jdn j = start + 1; j < start + span; ++j) {
      const Ymd d = from_jdn(j, Calendar::gregorian);
      REQUIRE(next_date(prev, d));
      REQUIRE(to_jdn(d, Calendar::gregorian) == j);
      prev = d;
    }
  }
  CHECK(from_jdn(2451545, Calendar::gregorian) == Ymd{2000, 1, 1});
  CHECK(from_jdn(-524228080, Calendar::gregorian) == Ymd{-1440000, 3, 1});
}

TEST_CASE("leap years") {
  CHECK(is_leap_year(1900, Calendar::julian));
  CHECK_FALSE(is_leap_year(1900, Calendar::gregorian));
  CHECK(is_leap_year(2000, Calendar::gregorian));
  CHECK(is_leap_year(0, Calendar::gregorian));     // 1 BC
  CHECK(is_leap_year(-4, Calendar::julian));       // 5 BC
  CHECK_FALSE(is_leap_year(-1, Calendar::julian));
  CHECK(days_in_month(1923, 2, Calendar::gregorian) == 28);
}

TEST_CASE("ISO days with astronomical years") {
  CHECK(iso_day(gregorian_to_jdn(1917, 11, 7)) == "1917-11-07");
  CHECK(iso_day(Ymd{-43, 3, 15}) == "-0043-03-15");
  CHECK(iso_day(Ymd{-1, 1, 1}) == "-0001-01-01");
  CHECK(iso_day(Ymd{-9999, 12, 31}) == "-9999-12-31");
  CHECK(iso_day(Ymd{-10000, 1, 1}) == "-10000-01-01");
  CHECK(iso_day(Ymd{0, 1, 1}) == "0000-01-01");
  CHECK(iso_day(Ymd{12000, 1, 1}) == "+12000-01-01");
  CHECK(iso_day(Ymd{9999, 12, 31}) == "9999-12-31");
  CHECK(iso_day(Ymd{10000, 1, 1}) == "+10000-01-01");
  CHECK(iso_day(Ymd{7, 9, 5}) == "0007-09-05");
  CHECK(iso_day(Ymd{-1, 12, 31}) == "-0001-12-31");
  // Every day of four centuries round-trips through parse_iso_day.
  for (Jdn j = gregorian_to_jdn(1600, 1, 1); j < gregorian_to_jdn(2000, 1, 1); ++j) {
    const std::string text = iso_day(j);
    Ymd back;
    REQUIRE(parse_iso_day(text.data(), text.size(), back));
    CHECK(back == from_jdn(j, Calendar::gregorian));
  }
  Ymd d;
  CHECK(parse_iso_day("-0043-03-15", 11, d));
  CHECK(d == Ymd{-43, 3, 15});
  CHECK_FALSE(parse_iso_day("1923-02-29", 10, d));
  CHECK_FALSE(parse_iso_day("923-02-01", 9, d));
}
