// Running text: which numbers next to a date are dates too (years coordinated with a tagged year)
// and which are not (decimals, amounts, quantities with a unit, durations after "after"), and how a
// day or month with nothing to anchor it is reported. Offsets are found with find(), never typed.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dates/date_parser.hpp"
#include "dates/edtf.hpp"

using namespace clio::dates;

namespace {

// "surface=edtf" for every mention, in order.
std::vector<std::string> tags(const std::string& text, const ParseOptions& o = {}) {
  std::vector<DateMention> got;
  extract_dates(text, o, got);
  std::vector<std::string> out;
  for (const auto& m : got) out.push_back(text.substr(m.begin, m.end - m.begin) + "=" + m.value.edtf);
  return out;
}

using L = std::vector<std::string>;

}  // namespace

TEST_CASE("a bare year joined to a tagged year by and/or/a list comma is a year too") {
  CHECK(tags("In 1917 and 1918 the harvest failed.") == L{"1917=1917", "1918=1918"});
  CHECK(tags("In 1917, 1918 and 1919 the mill stood idle.") == L{"1917=1917", "1918=1918", "1919=1919"});
  CHECK(tags("Im Jahre 1917 und 1918 hungerte die Stadt.") == L{"Jahre 1917=1917", "1918=1918"});
  CHECK(tags("En 1917 et 1918 la ville avait faim.") == L{"1917=1917", "1918=1918"});
  CHECK(tags("В 1917 и 1918 город голодал.") == L{"1917=1917", "1918=1918"});
  CHECK(tags("В 1917 или 1918 он уехал.") == L{"1917 или 1918=[1917,1918]"});
  // Not a list: a comma without a continuation, a count far from the year, no tagged year first.
  CHECK(tags("In 1917, 1200 soldiers deserted.") == L{"1917=1917"});
  CHECK(tags("In 1917 and 1500 more in the spring of 1918.") == L{"1917=1917", "spring of 1918=1918-21"});
  CHECK(tags("The regiment had 1917 and 1918 men.").empty());
}

TEST_CASE("decimals, amounts and quantities with a unit are not years") {
  CHECK(tags("The index stood at 1917.5 in the report.").empty());
  CHECK(tags("The index rose in 1917,5 points.").empty());
  CHECK(tags("The estate was sold in 1917.5 and again in 1920.") == L{"1920=1920"});
  CHECK(tags("It cost in €1917 or in $1917 or in £1917.").empty());
  CHECK(tags("Prices rose in 1917% of the cases.").empty());
  CHECK(tags("The line ran in 1917 km of track, in 1917 км, in 1917 Tonnen.").empty());
  // A year with a context word followed by an ordinary noun stays a year ("in 1917 people fled").
  CHECK(tags("In 1917 people fled the city.") == L{"1917=1917"});
  // A sentence comma after the year is no decimal separator.
  CHECK(tags("In 1917, 5 regiments mutinied.") == L{"1917=1917"});
  CHECK(parse_date("1917.5", {}) == std::nullopt);
  CHECK(parse_date("1917", {}).has_value());
}

// The scanner passes over a number of other than four digits followed by a word no date rule
// reads; the same numbers before a word a rule does read still start dates.
TEST_CASE("a count before an ordinary word is no date; before a date word it still starts one") {
  CHECK(tags("By then 200 soldiers and 35 horses had crossed.").empty());
  CHECK(tags("He wrote 12 letters to her on 5 July 1917.") == L{"5 July 1917=1917-07-05"});
  CHECK(tags("On 5 July 1917 he left; 5 days later he returned.") ==
        L{"5 July 1917=1917-07-05", "5 days later=1917-07-10"});
  CHECK(tags("The walls fell in 44 BC and 312 monks moved in.") == L{"44 BC=-0043"});
  CHECK(tags("Он родился 3 мая 1890 г., прожил 12 лет в Твери.") == L{"3 мая 1890 г.=1890-05-03"});
  CHECK(tags("Am 12. März 1917 und 3 Tage später.") == L{"12. März 1917=1917-03-12", "3 Tage später=1917-03-15"});
  CHECK(tags("The 1920s saw 1200 strikes, the 18th century 90 riots.") ==
        L{"1920s=192X", "18th century=1701/1800"});
}

TEST_CASE("a count of days after 'after' is a duration unless it opens a clause") {
  const std::string text = "On 3 May 1920 he set out. He arrived tired after 385 days on the road. After 385 days in "
                           "prison he died. He stayed 385 days. Two days later he left. After two days, the ship sailed.";
  CHECK(tags(text) == L{"3 May 1920=1920-05-03", "Two days later=1920-05-05", "After two days=1920-05-05"});
  CHECK(tags("Am 3. Mai 1920 kam er an. Nach 385 Tagen Haft starb er.") == L{"3. Mai 1920=1920-05-03"});
  // Russian "через" and "спустя" always count from the narrative.
  CHECK(tags("3 мая 1920 г. он уехал. Через два дня он вернулся.") ==
        L{"3 мая 1920 г.=1920-05-03", "Через два дня=1920-05-05"});
}

TEST_CASE("a day or month with nothing to anchor it: skipped, or reported with an unspecified year") {
  const std::string text = "He came on 9 November and left in October. On 30 February nothing happened.";
  CHECK(tags(text).empty());
  ParseOptions report;
  report.report_unresolved = true;
  std::vector<DateMention> got;
  extract_dates(text, report, got);
  REQUIRE(got.size() == 2);
  CHECK(got[0].value.edtf == "XXXX-11-09");
  CHECK(got[0].value.precision == Precision::day);
  CHECK(is_unknown_bound(got[0].value.earliest));
  CHECK(is_unknown_bound(got[0].value.latest));
  CHECK(got[1].value.edtf == "XXXX-10");
  CHECK(got[1].value.precision == Precision::month);
  for (const auto& m : got) CHECK(is_valid_edtf(m.value.edtf));
  // With a ref, or after an explicit date, the same text resolves instead.
  report.ref = gregorian_to_jdn(1920, 11, 1);
  got.clear();
  extract_dates(text, report, got);
  REQUIRE(got.size() == 2);
  CHECK(got[0].value.edtf == "1920-11-09");
  CHECK(tags("On 2 March 1921 he wrote. He came on 9 November.") ==
        L{"2 March 1921=1921-03-02", "9 November=1921-11-09"});
  // The scalar parser still needs an anchor: no unspecified years there.
  CHECK(parse_date("9 November", {}) == std::nullopt);
}
