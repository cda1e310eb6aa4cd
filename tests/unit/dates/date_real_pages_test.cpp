// What real pages write and issue 19 asked for: a ref of any precision (a year, a month, an EDTF
// value), calendar notes before, inside and after a date, bare years in prose and what guards
// them, year-first forms, and the long tail. Every example is invented for this file.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "dates/date_parser.hpp"
#include "date_test_options.hpp"

using namespace clio::dates;

namespace {

using clio::dates::testing::with;

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

TEST_CASE("bare years in prose are years; amounts, identifiers and grouped numbers are not") {
  CHECK(tagged("Glinka, born 1804, died 1857.") == "[1804=1804][1857=1857]");
  CHECK(tagged("The mutiny of 1797 was put down.") == "[1797=1797]");
  CHECK(tagged("The castle of 1283 was rebuilt; the fire of 1783 in Edinburgh too.") == "[1283=1283][1783=1783]");
  CHECK(tagged("Die Burg von 1283 wurde 1783, im Krieg, zerstört.") == "[1283=1283][1783=1783]");
  CHECK(tagged("Die Burg wurde 1783 zerstört.") == "");  // a participle is no word the lists know
  CHECK(tagged("Die Kirche brannte 1783 ab.") == "");  // "ab": a lower-case word no year list knows
  CHECK(tagged("Die Kirche brannte ab 1783.") == "[1783=1783]");
  CHECK(tagged("Le traité de Tilsit (1807) fut signé.") == "[1807=1807]");
  CHECK(tagged("Portrait of the poet, 1827 (oil on canvas)") == "[1827=1827]");
  CHECK(tagged("1775\nThe first shots are fired.") == "[1775=1775]");  // a timeline line
  // Amounts and counts.
  CHECK(tagged("Some 1783 copies were sold.") == "");
  CHECK(tagged("The fleet had 1783 sailors.") == "");
  CHECK(tagged("The fleet had 1783 and 1790 sailors.") == "");
  CHECK(tagged("Mit 1783 Mann zog er los.") == "");
  CHECK(tagged("Es kamen 1500 Soldaten.") == "");  // a round hundred before a word
  CHECK(tagged("свыше 1783 человек") == "");
  CHECK(tagged("Prices rose. 1783 Pounds were paid.") == "");  // a sentence opening with a count
  // Identifiers and numbers written in groups.
  CHECK(tagged("Call +7 495 1783 22 or see item #1783, ISBN 1783 and A1783.") == "");
  CHECK(tagged("See part 1783-B, verse 1783:12 and 1783a.") == "");
  CHECK(tagged("The population was 12 1783 in all.") == "");
  CHECK(tagged("Ticket number 1783 was drawn.") == "");
  // A bare year does not replace a day as the anchor of what follows.
  CHECK(tagged("On 3 May 1791 the veterans of 1763 were there. The next day they marched.") ==
        "[3 May 1791=1791-05-03][1763=1763][The next day=1791-05-04]");
}

TEST_CASE("a count before 'after' + a noun counts from that event, not from the narrative") {
  CHECK(tagged("In 1762 he left; two years after the treaty he returned.") == "[1762=1762]");
  CHECK(tagged("In 1762 he left; two years later the treaty was signed.") == "[1762=1762][two years later=1764]");
  CHECK(tagged("Il partit en 1762 ; deux ans après la paix il revint.") == "[1762=1762]");
}

TEST_CASE("calendar notes before, inside and after a date") {
  // After the day, before the year written once for both.
  CHECK(edtf("April 1 (March 22 O.S.), 1698") == "1698-04-01");
  CHECK(edtf("April 1 (March 22 according to the Old Style calendar), 1698") == "1698-04-01");
  CHECK(edtf("Mar 22 (Julian calendar), 1698") == "1698-04-01");
  CHECK(edtf("Mar 22 (O.S.), 1698") == "1698-04-01");
  CHECK(edtf("22 марта 1698 г. по юлианскому календарю") == "1698-04-01");
  // A label before the date.
  CHECK(edtf("O.S.: 22 March 1698") == "1698-04-01");
  CHECK(edtf("(O.S.) 22 March 1698") == "1698-04-01");
  CHECK(edtf("Old Style, 22 March 1698") == "1698-04-01");
  CHECK(edtf("N.S.: 1 April 1698") == "1698-04-01");
  CHECK(edtf("[O.S. Mar 22]", with({{"ref", "1698"}})) == "1698-04-01");
  CHECK(edtf("O.S. 22 March [1 April] 1698") == "1698-04-01");
  // A label before a year does not shift it, and "Jul 2" stays July.
  CHECK(edtf("Old Style 1698") == "1698");
  CHECK(edtf("Jul 2, 1698") == "1698-07-02");
}

TEST_CASE("false dates: grouped numbers and OCR-split years") {
  CHECK(edtf("in March 14,500 men") == "(none)");  // 14,500 is a number, not the 14th
  CHECK(tagged("By June 12,000 rifles had arrived.") == "");
  CHECK(edtf("GEORGE ELLIS (1 736-1802)") == "1736/1802");
  CHECK(edtf("(1 736)") == "1736");
  CHECK(tagged("There were 1 736 men.") == "");
}

TEST_CASE("year first, written-out ordinal days, ranges across commas, parts of a year") {
  CHECK(edtf("1347 October: the plague reached the port") == "1347-10");
  CHECK(edtf("1347 5th October: landed") == "1347-10-05");
  CHECK(edtf("baptised 1791 Aug 14") == "1791-08-14");
  CHECK(edtf("1791, August 14") == "1791-08-14");
  CHECK(edtf("Anno 1791, den 14. August") == "1791-08-14");
  CHECK(tagged("In 1917 May Day was quiet.") == "[1917=1917]");
  CHECK(edtf("1791 Autumn: the harvest failed") == "1791-23");
  CHECK(edtf("1791 winter: the army froze") == "1791-24");
  CHECK(edtf("1791 The Winter Palace burned") == "1791");  // a name, not the season
  CHECK(edtf("on the 14th day of August 1791") == "1791-08-14");
  CHECK(edtf("le 2e jour de mai 1791") == "1791-05-02");
  CHECK(edtf("From March, 1791, to May, 1792") == "1791-03/1792-05");
  CHECK(edtf("between April, 1791, and June, 1791") == "1791-04/1791-06");
  CHECK(edtf("in the early part of the year 1791") == "1791-01/1791-04");
  CHECK(edtf("in the latter part of the 16th century") == "1568/1600");
  CHECK(edtf("1re moitié du XVIe siècle") == "1501/1550");
}

TEST_CASE("Roman numerals typed with Cyrillic look-alikes; eras and Latin months of further languages") {
  CHECK(edtf("конец ХVIII века") == "1768/1800");       // Cyrillic Х, Latin VIII
  CHECK(edtf("в начале ХІХ столетия") == "1801/1834");  // Cyrillic Х and Ukrainian І
  CHECK(edtf("ХХ век") == "1901/2000");
  CHECK(tagged("Хорошо, ХИХ и ХАМ.") == "");            // Cyrillic words stay words
  CHECK(edtf("år 216 f.Kr.") == "-0215");
  CHECK(edtf("nel 216 a.C.") == "-0215");
  CHECK(edtf("w 216 p.n.e.") == "-0215");
  CHECK(edtf("216 e.Kr.") == "0216");
  CHECK(edtf("sepulta 9. Septembris 1702") == "1702-09-09");
  CHECK(edtf("die 2 Maii", with({{"ref", "1702"}})) == "1702-05-02");
}

TEST_CASE("decade ranges to a round hundred; 'in' before the year of a day") {
  CHECK(edtf("c. 1880s-1900s") == "1880~/1909");
  CHECK(edtf("the 1800s–1820s") == "1800/1829");
  CHECK(edtf("June 21st in 216 BC") == "-0215-06-21");
  CHECK(edtf("on 3 May in 1791.") == "1791-05-03");
  // Not the day's year when the number runs on into a word ("in 1500 towns" is read on its own).
  CHECK(tagged("On 3 May in 1500 towns bells rang.", with({{"ref", "1791"}})) == "[3 May=1791-05-03][1500=1500]");
}

TEST_CASE("other scripts: Unicode digits, CJK dates and seasons, Arabic, Persian and Hebrew month names") {
  CHECK(edtf("١٧٩١") == "1791");            // Arabic-Indic digits
  CHECK(edtf("سنة ۱۷۹۱") == "1791");        // Persian digits
  CHECK(edtf("in १७९१") == "1791");          // Devanagari
  CHECK(edtf("in １７９１") == "1791");      // full-width
  CHECK(edtf("1791年3月4日") == "1791-03-04");
  CHECK(edtf("１７９１年３月") == "1791-03");
  CHECK(edtf("1791년 3월 4일") == "1791-03-04");
  CHECK(edtf("1791年の冬") == "1791-24");
  CHECK(edtf("1791年秋") == "1791-23");
  CHECK(tagged("他生于1791年3月4日，1820年去世。") == "[1791年3月4日=1791-03-04][1820年=1820]");
  CHECK(edtf("4 مارس 1791", with({{"lang", "ar"}})) == "1791-03-04");
  CHECK(edtf("4 מרץ 1791", with({{"lang", "he"}})) == "1791-03-04");
  CHECK(edtf("4 مارس 1791") == "1791");      // without the hint only the year
}

TEST_CASE("an ordinal day alone takes the anchor's month") {
  CHECK(edtf("they left on the 23rd", with({{"ref", "1798-07"}})) == "1798-07-23");
  CHECK(edtf("till the 2nd", with({{"ref", "1798-07-19"}})) == "1798-07-02");
  CHECK(edtf("on the 23rd", with({{"ref", "1798"}})) == "(none)");  // a year has no month to lend
  CHECK(tagged("On 19 July 1798 the fleet sailed. On the 23rd it anchored; the 23rd regiment landed; "
               "by the 25th, 26th and 27th days all were ashore.") ==
        "[19 July 1798=1798-07-19][the 23rd=1798-07-23]");
  CHECK(tagged("In the 18th, 19th and 20th centuries.") == "[19th and 20th centuries=1801/2000]");
}

TEST_CASE("'that same year', 'в этот же день', 'an diesem Tag'; a list of counts is a duration") {
  CHECK(tagged("In May 1703 the city was founded, and that same year the fort rose.") ==
        "[May 1703=1703-05][that same year=1703]");
  CHECK(tagged("Город заложен 27 мая 1703 г. В этот же день начали стройку.") ==
        "[27 мая 1703 г.=1703-05-27][этот же день=1703-05-27]");
  CHECK(tagged("Am 27. Mai 1703 wurde die Stadt gegründet. An diesem Tag regnete es.") ==
        "[27. Mai 1703=1703-05-27][diesem Tag=1703-05-27]");
  CHECK(tagged("The siege ended on 27 May 1703, after 2 years, 4 months and 3 days.") ==
        "[27 May 1703=1703-05-27]");
  CHECK(tagged("In May 1703 the port opened. By the end of June 12,000 tons had passed.") ==
        "[May 1703=1703-05][the end of June=1703-06-21/1703-06-30]");
}

TEST_CASE("a season over a range of years; summer and winter months") {
  CHECK(edtf("summer 1762-1765") == "1762-06/1765-08");
  CHECK(edtf("the winters of 1762–64") == "1762-12/1765-02");
  CHECK(edtf("летом 1762—1765 гг.") == "1762-06/1765-08");
  CHECK(edtf("Зимние месяцы 1762—1765") == "1762-12/1766-02");
  CHECK(edtf("in den Sommermonaten 1762") == "1762-22");
  CHECK(edtf("during the summer months of 1762") == "1762-22");
  CHECK(edtf("summer 1762-1999") == "1762-22");  // not a season of each of 237 years
}

TEST_CASE("two-digit years after an apostrophe take the anchor's century; fixed feast days") {
  CHECK(tagged("The blockade began on 8 May 1861. By August '62 it held, and in the spring of '64 it broke.") ==
        "[8 May 1861=1861-05-08][August '62=1862-08][spring of '64=1864-21]");
  CHECK(tagged("Reply posted Nov 03 '18.") == "");  // no anchor, no century
  CHECK(edtf("March '99", with({{"ref", "1902"}})) == "1899-03");  // the nearer century
  CHECK(edtf("at Christmas 1812") == "1812-12-25");
  CHECK(edtf("Lady Day 1723") == "1723-03-25");
  CHECK(edtf("Michaelmas", with({{"ref", "1723"}})) == "1723-09-29");
  CHECK(edtf("Рождество 1812 года", with({{"calendar", "julian"}})) == "1813-01-06");
  CHECK(edtf("Heiligabend 1812") == "1812-12-24");
  CHECK(tagged("In May 1806 they left. They spent Christmas night in camp; the Christmas tree and Christmas "
               "presents were few.") == "[May 1806=1806-05][Christmas night=1806-12-25]");
}

TEST_CASE("Roman-numeral months; two neighbouring days are a span, not a calendar pair") {
  CHECK(edtf("14 X 1794") == "1794-10-14");
  CHECK(edtf("Maciejowice (10 X)", with({{"ref", "1794"}})) == "1794-10-10");
  CHECK(edtf("(3-4 XI)", with({{"ref", "1794"}})) == "1794-11-03/1794-11-04");
  CHECK(edtf("4 XI.", with({{"ref", "1794"}})) == "1794-11-04");
  CHECK(edtf("on the 4 I went", with({{"ref", "1794"}})) == "(none)");  // the pronoun
  CHECK(tagged("He wrote 4 V and left.", with({{"ref", "1794"}})) == "");  // a word after it
  CHECK(edtf("in the night of 3/4 November 1794") == "1794-11-03/1794-11-04");
  CHECK(edtf("3/4 XI.", with({{"ref", "1794"}})) == "1794-11-03/1794-11-04");
  CHECK(edtf("3/14 November 1794") == "1794-11-14");  // a real Old/New Style pair
}

TEST_CASE("the turn of two centuries joined by and/or; unknown digits written as x") {
  CHECK(edtf("in the late 16th and early 17th centuries") == "1568/1634");
  CHECK(edtf("à la fin du XVe ou au début du XVIe siècle") == "1468/1534");
  CHECK(edtf("в конце XV и начале XVI века") == "1468/1534");
  CHECK(edtf("late 16th or early 18th century") != "1568/1734");  // not neighbours: no turn
  CHECK(edtf("16xx") == "16XX");
  CHECK(edtf("построен в 16хх") == "16XX");  // Cyrillic х
  CHECK(edtf("163x") == "163X");
  CHECK(tagged("Part 16xx-B and code 16xxq.") == "");
}

TEST_CASE("seasons of further languages; a season's day in a year") {
  CHECK(edtf("aż do jesieni 1794") == "1794-23");
  CHECK(edtf("zimą 1794") == "1794-24");
  CHECK(edtf("nell inverno 1794") == "1794-24");
  CHECK(edtf("en el verano de 1794") == "1794-22");
  CHECK(edtf("on a fine spring day in 1794") == "1794-21");
  CHECK(edtf("one winter day of 1794") == "1794-24");
  CHECK(edtf("the summer days were long in 1794") == "1794");  // not a season's day of that year
}

TEST_CASE("the first and the last day of a month") {
  CHECK(edtf("on the last day of June 1791") == "1791-06-30");
  CHECK(edtf("the first day of June 1791") == "1791-06-01");
  CHECK(edtf("le dernier jour de février 1792") == "1792-02-29");
  CHECK(edtf("the last day of February 1700", with({{"calendar", "julian"}})) == "1700-03-11");  // Julian 29 Feb
  CHECK(edtf("am letzten Tag des Juni", with({{"ref", "1791"}})) == "1791-06-30");
  CHECK(edtf("the first day of the siege") == "(none)");
  CHECK(tagged("On the last day he left.") == "");
}
