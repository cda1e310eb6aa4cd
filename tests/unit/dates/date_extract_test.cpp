// extract_dates over running prose in English, Russian, German and French: which spans are tagged
// (offsets computed with find(), never typed), how relative ones are anchored to the previous
// date, and which numbers must stay untagged (quantities, ages, pages, durations, event names).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "dates/calendar.hpp"
#include "dates/date_parser.hpp"

using namespace clio::dates;

namespace {

struct Want {
  const char* surface;
  const char* edtf;
};

// Checks the mentions in order: surface (by offsets) and EDTF. Each surface is searched after the
// end of the previous one, so repeated words are found at the right place.
void expect_mentions(const std::string& text, const std::vector<Want>& want, const ParseOptions& o = {}) {
  std::vector<DateMention> got;
  extract_dates(text, o, got);
  std::string listing;
  for (const auto& m : got) listing += "[" + text.substr(m.begin, m.end - m.begin) + "] " + m.value.edtf + "\n";
  INFO("got:\n" << listing);
  REQUIRE(got.size() == want.size());
  std::size_t from = 0;
  for (std::size_t i = 0; i < want.size(); ++i) {
    const std::size_t at = text.find(want[i].surface, from);
    REQUIRE_MESSAGE(at != std::string::npos, "test text lacks " << want[i].surface);
    CHECK(got[i].begin == at);
    CHECK(got[i].end == at + std::string(want[i].surface).size());
    CHECK(got[i].value.edtf == want[i].edtf);
    from = at + 1;
  }
}

}  // namespace

TEST_CASE("English prose: dates, narrative anchoring, and numbers that are not dates") {
  const std::string text =
      "The congress opened on 12 March 1921 in a cold hall. The next day the delegates argued until dawn, "
      "and two weeks later the resolution was printed. Some 1922 copies survived; the editor, aged 53, "
      "listed them on p. 1922 of his catalogue (see also pp. 12-14). He had worked there for four years. "
      "The October Revolution was still recent, and that October the printers went on strike. By the "
      "spring of 1923 the press had closed; it reopened between 1925 and 1927. Ten years ago nobody cared.";
  expect_mentions(text, {{"12 March 1921", "1921-03-12"},
                         {"The next day", "1921-03-13"},
                         {"two weeks later", "1921-03-26"},
                         {"that October", "1921-10"},
                         {"spring of 1923", "1923-21"},
                         {"between 1925 and 1927", "1925/1927"}});
}

TEST_CASE("Russian prose") {
  const std::string text =
      "Съезд открылся 12 марта 1921 г. На следующий день делегаты спорили до утра. Через два дня резолюцию "
      "напечатали. Весной 1923 года типография закрылась, а в конце XIX века её ещё не было. В 1922 г. вышло "
      "300 экземпляров, стр. 1922. Ему было 53 года. Октябрьская революция 25 октября (7 ноября) 1917 г. всё "
      "изменила.";
  expect_mentions(text, {{"12 марта 1921 г.", "1921-03-12"},
                         {"следующий день", "1921-03-13"},
                         {"Через два дня", "1921-03-14"},
                         {"Весной 1923 года", "1923-21"},
                         {"конце XIX века", "1868/1900"},
                         {"1922 г.", "1922"},
                         {"25 октября (7 ноября) 1917 г.", "1917-11-07"}});
}

TEST_CASE("German prose") {
  const std::string text =
      "Der Kongress begann am 3. März 1917. Am nächsten Tag kam die Antwort, und im Frühjahr 1918 war alles "
      "vorbei. 1922 Delegierte kamen um 1900 nicht. Seite 1922. Er war 53 Jahre alt und lebte seit 1890 in "
      "Wien, Ende des 18. Jahrhunderts gab es dort noch kein Theater.";
  expect_mentions(text, {{"3. März 1917", "1917-03-03"},
                         {"nächsten Tag", "1917-03-04"},
                         {"Frühjahr 1918", "1918-21"},
                         {"um 1900", "1900~"},
                         {"1890", "1890"},
                         {"Ende des 18. Jahrhunderts", "1768/1800"}});
}

TEST_CASE("French prose") {
  const std::string text =
      "Le congrès s'ouvrit le 1er mai 1920. Le lendemain, les délégués se disputèrent. Au début du XXe siècle, "
      "personne n'y pensait ; vers 1900, on en parlait peu. Il a vécu 20 ans à Paris, au numéro 1922 de la rue.";
  expect_mentions(text, {{"1er mai 1920", "1920-05-01"},  // "le" before a day is like "on"
                         {"Le lendemain", "1920-05-02"},
                         {"début du XXe siècle", "1901/1934"},
                         {"vers 1900", "1900~"}});
}

TEST_CASE("ambiguous numeric dates are skipped whole; ref anchors relative words before any date") {
  expect_mentions("The treaty of 03/04/1921 was signed. In 1922 Lenin fell ill. He died in January 1924, aged 53.",
                  {{"1922", "1922"}, {"January 1924", "1924-01"}});
  ParseOptions o;
  o.ref = gregorian_to_jdn(1917, 11, 7);
  expect_mentions("The next day it snowed. On 1 December 1917 it stopped; the following day it rained.",
                  {{"The next day", "1917-11-08"}, {"1 December 1917", "1917-12-01"}, {"the following day", "1917-12-02"}},
                  o);
  // Without ref a leading relative expression is skipped, later ones are anchored.
  expect_mentions("The next day it snowed. On 1 December 1917 it stopped; the following day it rained.",
                  {{"1 December 1917", "1917-12-01"}, {"the following day", "1917-12-02"}});
}

TEST_CASE("a relative date in apposition with an explicit one takes its value") {
  // Counted from 20 December, "eight days earlier" would be 12-12 only by chance: the explicit
  // date the author adds is what it means.
  expect_mentions("On 20 December 1922 he dictated. The next day, 23 December, he fell ill. "
                  "Eight days earlier, on December 12, he had met Stalin.",
                  {{"20 December 1922", "1922-12-20"}, {"The next day", "1922-12-23"}, {"23 December", "1922-12-23"},
                   {"Eight days earlier", "1922-12-12"}, {"December 12", "1922-12-12"}});
  expect_mentions("Am 3. Mai 1920 kam er an. Zwei Tage später, am 6. Mai, reiste er ab.",
                  {{"3. Mai 1920", "1920-05-03"}, {"Zwei Tage später", "1920-05-06"}, {"6. Mai", "1920-05-06"}});
  // Nothing anchors "the next day" (the year alone is no day to count from), but the apposition
  // dates it.
  expect_mentions("In 1922 he fell ill. The next day, 16 December, he wrote again.",
                  {{"1922", "1922"}, {"The next day", "1922-12-16"}, {"16 December", "1922-12-16"}});
  // Not an apposition: a clause lies between, or the second date is another event.
  expect_mentions("On 3 May 1920 he came. Two days later he wrote that on 9 May he would leave.",
                  {{"3 May 1920", "1920-05-03"}, {"Two days later", "1920-05-05"}, {"9 May", "1920-05-09"}});
}

TEST_CASE("a range of four-digit years is a date; page ranges are not") {
  expect_mentions("The war of 1914–1918 changed everything (pp. 1914-1918 of the report).", {{"1914–1918", "1914/1918"}});
}

TEST_CASE("offsets are byte offsets into the original text, also after invalid UTF-8") {
  const std::string text = std::string("x\xFF\xFE y ") + "7 November 1917" + " \xC3";
  std::vector<DateMention> got;
  extract_dates(text, {}, got);
  REQUIRE(got.size() == 1);
  CHECK(text.substr(got[0].begin, got[0].end - got[0].begin) == "7 November 1917");
}

TEST_CASE("names, participles and quantities are not dates; genitive words stay outside the surface") {
  expect_mentions(
      "The crowd marched to the Winter Palace. She had been ill; il avait été malade. About 150 men and "
      "circa 40 horses waited. On the evening of 2 July 1904 it rained. The Day of the First of May was "
      "quiet.",
      {{"2 July 1904", "1904-07-02"}});
  expect_mentions("Am Abend des 28. März 1922 sprach er.", {{"28. März 1922", "1922-03-28"}});
}

TEST_CASE("relative dates count from the last explicit date; a year-less day takes the nearest year") {
  expect_mentions(
      "He was wounded on 14 September 1911. Three years later the war came, and six years later the "
      "empire fell.",
      {{"14 September 1911", "1911-09-14"}, {"Three years later", "1914"}, {"six years later", "1917"}});
  expect_mentions("The letter is dated 23 December 1922; the note of 4 January followed it.",
                  {{"23 December 1922", "1922-12-23"}, {"4 January", "1923-01-04"}});
  expect_mentions("The congress met on 12 March 1921, and that October the strike began.",
                  {{"12 March 1921", "1921-03-12"}, {"that October", "1921-10"}});
}

TEST_CASE("night spans and German dual days") {
  expect_mentions("В ночь с 25 на 26 мая 1922 года ему стало хуже.", {{"с 25 на 26 мая 1922 года", "1922-05-25/1922-05-26"}});
  expect_mentions("Die Premiere war am 16./28. Oktober 1893.", {{"16./28. Oktober 1893", "1893-10-28"}});
  expect_mentions("On the night of 16 to 17 December 1916 they met.", {{"16 to 17 December 1916", "1916-12-16/1916-12-17"}});
}

TEST_CASE("held-out misses: 'beginning in', a Russian season before a name, French 'le' before a day") {
  // "beginning in 1903" is "starting in 1903"; "early in 1918" is the first third of it.
  expect_mentions("He joined at the very beginning in 1903 and stayed. Early in 1918 he left.",
                  {{"1903", "1903"}, {"Early in 1918", "1918-01/1918-04"}});
  // An instrumental season opening a sentence is an adverb even before a capitalized name
  // (the English guard is for "the Winter Palace").
  ParseOptions o;
  o.ref = gregorian_to_jdn(1904, 7, 15);
  expect_mentions("Осенью Столыпин был губернатором. The Winter Palace stood empty.", {{"Осенью", "1904-23"}}, o);
  // "le" before a day number is like "on"; before a century it is an article, left out like "the".
  expect_mentions("Le 24 juin 1859, l'armée gagna. Le XVIIIe siècle est loin.",
                  {{"24 juin 1859", "1859-06-24"}, {"XVIIIe siècle", "1701/1800"}});
}

TEST_CASE("every page word keeps the date after it untagged; words of another length do not") {
  // The scanner's page words (date_parser.cpp), with and without their dot; a word one letter longer
  // with the same first byte is rejected by the length filter and must leave the date tagged. ("c."
  // is left out: before a date it reads as circa and becomes part of it.)
  const std::vector<std::string> with_dot = {"p", "P", "s", "S", "\xD1\x81", "\xD0\xA1", "No", "no", "Nr", "nr", "vol",
                                             "Vol", "fol", "f", "ff", "Bd", "t", "T", "art", "Art"};
  const std::vector<std::string> plain = {"pp", "page", "pages", "Page", "Pages", "seite", "Seite", "Seiten",
                                          "\xD1\x81\xD1\x82\xD1\x80", "\xD0\xA1\xD1\x82\xD1\x80",
                                          "\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x86\xD0\xB0",
                                          "\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD0\xBD\xD0\xB8\xD1\x86\xD1\x8B", "nos", "Nos"};
  auto mentions = [](const std::string& text) {
    std::vector<DateMention> got;
    extract_dates(text, ParseOptions{}, got);
    return got.size();
  };
  for (const std::string& w : with_dot) {
    CAPTURE(w);
    CHECK(mentions(w + ". May 1922") == 0);
    CHECK(mentions(w + "q. May 1922") == 1);
  }
  for (const std::string& w : plain) {
    CAPTURE(w);
    CHECK(mentions(w + " May 1922") == 0);
    CHECK(mentions(w + ". May 1922") == 0);
    CHECK(mentions(w + "q May 1922") == 1);
  }
}

TEST_CASE("two full days apart across a spaced dash are two dates; other ranges stay whole") {
  // A life in brackets: each end names its own day, month and year.
  expect_mentions("The architect (May 3, 1790 – June 1, 1851) built the bridge.",
                  {{"May 3, 1790", "1790-05-03"}, {"June 1, 1851", "1851-06-01"}});
  expect_mentions("Ivanov (4 February 1803 – 9 October 1868) taught there.",
                  {{"4 February 1803", "1803-02-04"}, {"9 October 1868", "1868-10-09"}});
  // Each end keeps its own dual date.
  expect_mentions("(Apr 2 [O.S. Mar 21] 1805 – Oct 13 [O.S. Oct 1] 1852)",
                  {{"Apr 2 [O.S. Mar 21] 1805", "1805-04-02"}, {"Oct 13 [O.S. Oct 1] 1852", "1852-10-13"}});
  // Shared parts, years only, a tight dash, or range words: one period.
  expect_mentions("The fair ran 10–12 May 1920 and again 1922 – 1924.",
                  {{"10–12 May 1920", "1920-05-10/1920-05-12"}, {"1922 – 1924", "1922/1924"}});
  expect_mentions("It lasted from 3 May 1790 to 1 June 1791.", {{"from 3 May 1790 to 1 June 1791", "1790-05-03/1791-06-01"}});
  expect_mentions("Term: 1 March 1901-2 April 1905.", {{"1 March 1901-2 April 1905", "1901-03-01/1905-04-02"}});
}

TEST_CASE("a doubted plain year is a year with its doubt") {
  expect_mentions("His mother (1771? – 12 May 1830) came from Tver.",
                  {{"1771?", "1771?"}, {"12 May 1830", "1830-05-12"}});
  expect_mentions("The abbot (1190? – 1250) wrote the charter.", {{"1190? – 1250", "1190?/1250"}});
  // A question mark that opens the brackets doubts the first date.
  expect_mentions("The abbot (? 1190-1250) wrote it; his heir (?1222) did not.",
                  {{"1190-1250", "1190?/1250"}, {"1222", "1222?"}});
  expect_mentions("Was it true? In 1250 he died.", {{"1250", "1250"}});
}

TEST_CASE("an article before a date that stands alone is no part of its surface") {
  expect_mentions("In the winter of 1739 the river froze; the 1740s were dry, and the 17th century was over.",
                  {{"winter of 1739", "1739-24"}, {"1740s", "174X"}, {"17th century", "1601/1700"}});
  expect_mentions("By the late 1880s the mill had closed.", {{"late 1880s", "1887/1889"}});
  expect_mentions("Im Sommer 1871 kam er; die 1880er Jahre waren ruhig.", {{"Sommer 1871", "1871-22"}, {"1880er Jahre", "188X"}});
  expect_mentions("L'hiver 1709 fut terrible.", {{"hiver 1709", "1709-24"}});
  // A relative or partial date keeps its article: it is part of the expression.
  expect_mentions("The fire began on 3 June 1842. The same day the bells rang; by the end of June it was out.",
                  {{"3 June 1842", "1842-06-03"}, {"The same day", "1842-06-03"}, {"the end of June", "1842-06-21/1842-06-30"}});
}

TEST_CASE("a part or a season of a month or year the narrative names relatively") {
  expect_mentions("The mill burned in 1762. In the spring of that year the river rose; in the winter of the "
                  "following year it froze.",
                  {{"1762", "1762"}, {"the spring of that year", "1762-21"}, {"the winter of the following year", "1763-24"}});
  expect_mentions("They sailed in August 1790. By the end of that month the ship was lost; early the next year "
                  "the owners paid.",
                  {{"August 1790", "1790-08"}, {"the end of that month", "1790-08-21/1790-08-31"},
                   {"early the next year", "1791-01/1791-04"}});
  expect_mentions("The treaty was signed on 4 March 1799. By the middle of the month nobody cared, and at the end "
                  "of the year it was void.",
                  {{"4 March 1799", "1799-03-04"}, {"the middle of the month", "1799-03-11/1799-03-20"},
                   {"the end of the year", "1799-09/1799-12"}});
  // Nothing to anchor it: no date. A year after the word is the year itself; "the year" alone is no date.
  expect_mentions("At the end of the month they left.", {});
  expect_mentions("In the first half of the year 1831 he wrote. The year was hard.", {{"first half of the year 1831", "1831-01/1831-06"}});
}

TEST_CASE("a month of the year the narrative names relatively, in four languages") {
  expect_mentions("The abbey was sold on 2 April 1790. In October of that year the monks left; in May of the "
                  "following year the roof fell.",
                  {{"2 April 1790", "1790-04-02"}, {"October of that year", "1790-10"}, {"May of the following year", "1791-05"}});
  expect_mentions("Аббатство продали 2 апреля 1790 г. В октябре того же года монахи ушли.",
                  {{"2 апреля 1790 г.", "1790-04-02"}, {"октябре того же года", "1790-10"}});
  expect_mentions("Die Abtei wurde am 2. April 1790 verkauft. Im Oktober desselben Jahres zogen die Mönche aus.",
                  {{"2. April 1790", "1790-04-02"}, {"Oktober desselben Jahres", "1790-10"}});
  expect_mentions("L'abbaye fut vendue le 2 avril 1790. En octobre de la même année les moines partirent.",
                  {{"2 avril 1790", "1790-04-02"}, {"octobre de la même année", "1790-10"}});
}

TEST_CASE("an article or possessive before a year makes it an attribute, not a count") {
  expect_mentions("After the 1848 revolution and his 1851 pamphlet, their 1853 congress met.",
                  {{"1848", "1848"}, {"1851", "1851"}, {"1853", "1853"}});
  // Round numbers, units and counts without a determiner stay amounts.
  expect_mentions("The 1500 soldiers marched the 1320 km road; 1853 horses followed.", {});
}

TEST_CASE("a bare year before an English past tense that ends its clause is a year") {
  expect_mentions("The strike of 1887 collapsed. The treaty of 1856 ended in disappointment.",
                  {{"1887", "1887"}, {"1856", "1856"}});
  // An -ed word before what the number counts is an adjective of a count.
  expect_mentions("Of 1887 armed sailors, few stayed; 1856 registered voters came.", {});
}

TEST_CASE("Polish and Ukrainian months and year words without a language hint") {
  expect_mentions("Sejm zebrał się 3 maja 1791 roku, a w listopadzie 1794 było po wszystkim.",
                  {{"3 maja 1791 roku", "1791-05-03"}, {"listopadzie 1794", "1794-11"}});
  expect_mentions("Рада зібралася 7 листопада 1917 року, а у квітні 1918 року її розпустили.",
                  {{"7 листопада 1917 року", "1917-11-07"}, {"квітні 1918 року", "1918-04"}});
  expect_mentions("od 2 do 9 sierpnia 1830", {{"od 2 do 9 sierpnia 1830", "1830-08-02/1830-08-09"}});
}
