// Direct tests of the tricky rules of the date parser (the gold set covers breadth; these pin the
// arithmetic): dual dating checks, BCE numbering, winter, thirds with remainders, centuries,
// carrying across ranges, numeric ambiguity, calendar policies, options, relative anchoring.
#include <doctest/doctest.h>

#include <string>

#include "dates/calendar.hpp"
#include "dates/date_parser.hpp"
#include "date_test_options.hpp"

using namespace clio::dates;

namespace {

using clio::dates::testing::with;

DateValue must(std::string_view text, const ParseOptions& o = {}) {
  auto v = parse_date(text, o);
  REQUIRE_MESSAGE(v.has_value(), "no date in: " << text);
  return *v;
}

std::string span(const DateValue& v) { return iso_day(v.earliest) + ".." + iso_day(v.latest); }

}  // namespace

TEST_CASE("dual dating keeps the New Style day and checks the Old Style one") {
  // 10 April 1870 O.S. = 22 April 1870 N.S. (Lenin's birth), computed, not typed.
  const DateValue ok = must("10/22 April 1870");
  CHECK(ok.earliest == julian_to_jdn(1870, 4, 10));
  CHECK(ok.earliest == gregorian_to_jdn(1870, 4, 22));
  CHECK_FALSE(ok.uncertain);
  CHECK(ok.calendar == Calendar::julian);
  // A pair that does not convert: keep the N.S. day, flag it.
  const DateValue bad = must("10/25 April 1870");
  CHECK(bad.earliest == gregorian_to_jdn(1870, 4, 25));
  CHECK(bad.uncertain);
  CHECK(bad.edtf == "1870-04-25?");
  // Order of the two does not matter: the later label is the New Style one.
  CHECK(must("7 November [O.S. 25 October] 1917").earliest == julian_to_jdn(1917, 10, 25));
  CHECK(must("25 октября (7 ноября) 1917").earliest == gregorian_to_jdn(1917, 11, 7));
  // Marks decide when present: "3. März jul./16. März 1917 greg."
  CHECK(must("3. März jul./16. März 1917 greg.").earliest == julian_to_jdn(1917, 3, 3));
}

TEST_CASE("dual dating: the arithmetic outranks a misplaced Old Style mark") {
  // "25 October [O.S. 7 November] 1917" puts the O.S. mark on the later day, which cannot be the
  // Julian one in 1917; read the other way round the pair converts exactly, so the N.S. day is
  // 7 November, whichever part carries the label, and nothing is uncertain.
  const Jdn ns = julian_to_jdn(1917, 10, 25);
  REQUIRE(ns == gregorian_to_jdn(1917, 11, 7));
  for (const char* text : {"25 October [O.S. 7 November] 1917", "7 November [O.S. 25 October] 1917",
                           "25 October [N.S. 7 November] 1917", "7 November [N.S. 25 October] 1917",
                           "25 October (7 November) 1917"}) {
    CAPTURE(text);
    const DateValue v = must(text);
    CHECK(v.earliest == ns);
    CHECK(v.latest == ns);
    CHECK(v.edtf == "1917-11-07");
    CHECK_FALSE(v.uncertain);
  }
  // A pair that converts neither way keeps the day the label names as New Style, flagged.
  const DateValue bad = must("25 October [O.S. 9 November] 1917");
  CHECK(bad.uncertain);
  CHECK(bad.earliest == gregorian_to_jdn(1917, 10, 25));
}

TEST_CASE("Old Style offsets follow the centuries (10, 11, 12, 13 days)") {
  for (int y : {1650, 1750, 1850, 1917}) {
    const std::string text = "1 June " + std::to_string(y) + " O.S.";
    const DateValue v = must(text);
    CHECK(v.earliest == julian_to_jdn(y, 6, 1));
    const Ymd g = from_jdn(v.earliest, Calendar::gregorian);
    CHECK(g.day - 1 == (y < 1700 ? 10 : y < 1800 ? 11 : y < 1900 ? 12 : 13));
  }
}

TEST_CASE("BCE uses astronomical numbering (no year zero off-by-one)") {
  CHECK(must("1 BC").edtf == "0000");
  CHECK(must("44 BC").edtf == "-0043");
  CHECK(from_jdn(must("44 BC").earliest, Calendar::gregorian).year == -43);
  CHECK(must("AD 1").edtf == "0001");
  CHECK(span(must("1st century BC")) == "-0099-01-01..0000-12-31");
  CHECK(span(must("4th century BC")) == "-0399-01-01..-0300-12-31");
  CHECK(span(must("264–241 BC")) == "-0263-01-01..-0240-12-31");  // era carried back across the dash
  CHECK(span(must("44 BC – AD 14")) == "-0043-01-01..0014-12-31");
}

TEST_CASE("winter runs into the next year") {
  CHECK(span(must("winter 1922")) == "1922-12-01..1923-02-28");
  CHECK(span(must("winter 1923")) == "1923-12-01..1924-02-29");  // 1924 is a leap year
  CHECK(must("winter 1922").edtf == "1922-24");
  CHECK(span(must("winter 1916/17")) == "1916-12-01..1917-02-28");
}

TEST_CASE("early/mid/late are thirds, the first taking the remainder") {
  CHECK(span(must("early 1920s")) == "1920-01-01..1923-12-31");  // 10 years: 4 + 3 + 3
  CHECK(span(must("mid 1920s")) == "1924-01-01..1926-12-31");
  CHECK(span(must("late 1920s")) == "1927-01-01..1929-12-31");
  CHECK(span(must("early 18th century")) == "1701-01-01..1734-12-31");  // 100 years: 34 + 33 + 33
  CHECK(span(must("mid 18th century")) == "1735-01-01..1767-12-31");
  CHECK(span(must("late 18th century")) == "1768-01-01..1800-12-31");
  CHECK(span(must("late 1922")) == "1922-09-01..1922-12-31");  // 12 months: 4 + 4 + 4
  CHECK(must("late 1922").edtf == "1922-09/1922-12");
  CHECK(span(must("early March 1917")) == "1917-03-01..1917-03-10");  // months: 1-10, 11-20, 21-end
  CHECK(span(must("late February 1917")) == "1917-02-21..1917-02-28");
  CHECK(span(must("late February 1916")) == "1916-02-21..1916-02-29");
  CHECK(span(must("first half of the 19th century")) == "1801-01-01..1850-12-31");
  CHECK(span(must("second half of 1922")) == "1922-07-01..1922-12-31");
  CHECK(span(must("в конце XVIII века")) == "1768-01-01..1800-12-31");
  CHECK(span(must("Anfang des 19. Jahrhunderts")) == "1801-01-01..1834-12-31");
  CHECK(span(must("fin des années 1920")) == "1927-01-01..1929-12-31");
}

TEST_CASE("centuries are ordinal, hundreds are not") {
  CHECK(span(must("the 18th century")) == "1701-01-01..1800-12-31");
  CHECK(must("the 18th century").edtf == "1701/1800");
  CHECK(must("the 18th century").precision == Precision::century);
  CHECK(span(must("the 1700s")) == "1700-01-01..1799-12-31");
  CHECK(must("the 1700s").edtf == "17XX");
  CHECK(span(must("XVIII век")) == span(must("18. Jh.")));
  CHECK(span(must("XVIIIe siècle")) == span(must("the eighteenth century")));
  CHECK(must("the 1930s").edtf == "193X");
  CHECK(must("the 1930s").precision == Precision::decade);
}

TEST_CASE("ranges carry year, month and era across the dash") {
  CHECK(span(must("10–12 May 1920")) == "1920-05-10..1920-05-12");
  CHECK(span(must("May 10–12, 1920")) == "1920-05-10..1920-05-12");
  CHECK(span(must("from March to October 1921")) == "1921-03-01..1921-10-31");
  CHECK(must("from March to October 1921").edtf == "1921-03/1921-10");
  CHECK(span(must("1922–24")) == "1922-01-01..1924-12-31");
  CHECK(span(must("1868-9")) == "1868-01-01..1869-12-31");
  CHECK(span(must("1898–02")) == "1898-01-01..1902-12-31");  // the short end rolls over the century
  CHECK(span(must("XIX–XX вв.")) == "1801-01-01..2000-12-31");
  CHECK(must("between 1918 and 1928").edtf == "1918/1928");
  CHECK(must("either in 1237 or 1238").edtf == "[1237,1238]");
  CHECK(must("circa 956 - 1015").edtf == "0956~/1015");
}

TEST_CASE("all-numeric dates: refuse ambiguity, dotted is day-month-year") {
  CHECK_FALSE(parse_date("03/04/1922", {}).has_value());
  CHECK_FALSE(parse_date("On 03/04/1922 in Paris", {}).has_value());  // not the bare year either
  CHECK(must("03/04/1922", with({{"order", "dmy"}})).edtf == "1922-04-03");
  CHECK(must("03/04/1922", with({{"order", "mdy"}})).edtf == "1922-03-04");
  CHECK(must("13/04/1922").edtf == "1922-04-13");  // only one reading exists
  CHECK(must("04/13/1922").edtf == "1922-04-13");
  CHECK(must("12.4.1961").edtf == "1961-04-12");
  CHECK(must("1961-04-12 09:07").edtf == "1961-04-12");
  CHECK(must("1922-12").edtf == "1922-12");
}

TEST_CASE("calendar policies read unmarked days") {
  CHECK(must("25 October 1917", with({{"calendar", "julian"}})).earliest == julian_to_jdn(1917, 10, 25));
  const DateValue m = must("October 1917", with({{"calendar", "julian"}}));
  CHECK(m.earliest == julian_to_jdn(1917, 10, 1));
  CHECK(m.latest == julian_to_jdn(1917, 10, 31));
  CHECK(m.edtf == "1917-10-14/1917-11-13");
  // hybrid: Julian before 1582-10-15
  CHECK(must("4 October 1582", with({{"calendar", "hybrid"}})).earliest + 1 == gregorian_to_jdn(1582, 10, 15));
  CHECK(must("15 October 1582", with({{"calendar", "hybrid"}})).earliest == gregorian_to_jdn(1582, 10, 15));
  // russia: Julian until 1918-01-31, the next day was 1918-02-14
  CHECK(must("31 January 1918", with({{"calendar", "russia"}})).earliest + 1 == gregorian_to_jdn(1918, 2, 14));
  CHECK(must("14 February 1918", with({{"calendar", "russia"}})).calendar == Calendar::gregorian);
  CHECK(must("2 September 1752", with({{"calendar", "britain"}})).earliest + 1 == gregorian_to_jdn(1752, 9, 14));
  CHECK(must("1 March 1700", with({{"calendar", "julian until 1700-02-18"}})).calendar == Calendar::gregorian);
  // an explicit mark beats the policy
  CHECK(must("7 November 1917 N.S.", with({{"calendar", "julian"}})).earliest == gregorian_to_jdn(1917, 11, 7));
  // years are not shifted by a policy
  CHECK(must("1917", with({{"calendar", "julian"}})).edtf == "1917");
}

TEST_CASE("apply_date_option: values, errors, unknown keys") {
  ParseOptions o;
  bool known = true;
  std::string err;
  CHECK_FALSE(apply_date_option("calendar", "foo", o, known, err));
  CHECK(known);
  CHECK(err.find("unknown calendar \"foo\"") != std::string::npos);
  CHECK(err.find("julian until YYYY-MM-DD") != std::string::npos);
  CHECK_FALSE(apply_date_option("ref", "1917-13-01", o, known, err));
  CHECK_FALSE(apply_date_option("order", "ydm", o, known, err));
  CHECK_FALSE(apply_date_option("lang", "xx", o, known, err));
  CHECK(apply_date_option("limit", "3", o, known, err));
  CHECK_FALSE(known);
  CHECK(apply_date_option("calendar", "Julian Until 1918-01-31", o, known, err));
  CHECK(o.calendar.kind == CalendarPolicy::Kind::julian_until);
  CHECK(o.calendar.last_julian_day == julian_to_jdn(1918, 1, 31));
  CHECK(apply_date_option("calendar", "russia", o, known, err));
  CHECK(o.calendar.last_julian_day == julian_to_jdn(1918, 1, 31));
  CHECK(apply_date_option("ref", "1917-11-07", o, known, err));
  CHECK(o.ref == gregorian_to_jdn(1917, 11, 7));
}

TEST_CASE("relative and partial expressions need an anchor") {
  CHECK_FALSE(parse_date("the next day", {}).has_value());
  CHECK_FALSE(parse_date("9 November", {}).has_value());
  const ParseOptions r = with({{"ref", "1917-11-07"}});
  CHECK(must("the next day", r).edtf == "1917-11-08");
  CHECK(must("the next day", r).precision == Precision::day);
  CHECK(must("the following month", r).edtf == "1917-12");
  CHECK(must("the following month", r).precision == Precision::month);
  CHECK(must("two weeks later", r).edtf == "1917-11-21");
  CHECK(must("через два дня", r).edtf == "1917-11-09");
  CHECK(must("того же года", r).edtf == "1917");
  CHECK(must("9 November", r).edtf == "1917-11-09");
  CHECK(must("в августе", r).edtf == "1917-08");
  CHECK(must("le lendemain", r).edtf == "1917-11-08");
  CHECK(must("am nächsten Tag", r).edtf == "1917-11-08");
}

TEST_CASE("spelling variants: case, dots, ordinals, weekdays, OCR spacing, ё") {
  const Jdn d = gregorian_to_jdn(1916, 12, 17);
  for (const char* s : {"Saturday, 17 December 1916", "SATURDAY 17 DECEMBER 1916", "17th Dec. 1916", "Dec 17 1916",
                        "17 dec 1916", "the 17th of December, 1916", "17 декабря 1916 г.", "17. Dezember 1916",
                        "le 17 décembre 1916", "le 17 decembre 1916"}) {
    CAPTURE(s);
    CHECK(must(s).earliest == d);
  }
  CHECK(must("1 9 2 2").edtf == "1922");
  CHECK(must("1er mai 1920").edtf == "1920-05-01");
  CHECK(must("9-го мая 1945 года").edtf == "1945-05-09");
}
