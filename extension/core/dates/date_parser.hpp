// Historical date expressions: parse one (parse_date) or find every one in running text
// (extract_dates), in English, Russian, German and French, and with ParseOptions::lang the month and
// weekday names of 25 further languages from ICU (date_icu_names.hpp: "12 de abril de 1961" es,
// "12 kwietnia 1961" pl, "12 aprile 1961" it).
//
// WHAT IS UNDERSTOOD (examples; the gold set tests/data/dates/gold.tsv has several hundred more)
//   days, months, years     "30 December 1922", "Dec. 30th, 1922", "30 декабря 1922 г.", "3. März 1917",
//                           "le 1er mai 1920", "Saturday, 17 December 1916", "9-го мая 1945 года",
//                           "1961-04-12 09:07", "12.4.1961", "1922", "в 1922 году", "December 1922"
//   Old Style               "25 October 1917 O.S.", "25 октября 1917 г. по ст. ст.", "3. März 1917 a. St."
//                           -> converted to the Gregorian day by JDN arithmetic
//   dual dating             "10/22 April 1870", "7 November [O.S. 25 October] 1917",
//                           "25 октября (7 ноября) 1917", "12 [24] марта 1881", "9(21).12.1879",
//                           "May 3 (13), 1682", "3. März jul./16. März 1917 greg." -> the New Style day;
//                           if the Old Style day does not convert to it, `uncertain` is set. The
//                           arithmetic outranks a misplaced mark: "25 October [O.S. 7 November] 1917"
//                           is 1917-11-07 (the pair converts when read the other way round)
//   decades, centuries      "the 1930s", "1930-х гг.", "der 1930er", "les années 1930", "70-х гг. XIX века",
//                           "the 18th century", "XVIII век", "18. Jh.", "XVIIIe siècle", "4th century BC",
//                           "the 1700s" (1700..1799), "XIX-XX вв.", "2nd millennium BC", "au XVIIIe",
//                           "1850s–60s", "1920—1930-е годы", "late 19th–early 20th century"
//   early / mid / late      "late 1922", "early 1920s", "mid-March 1917", "в конце XVIII века",
//                           "Anfang des 19. Jahrhunderts", "fin des années 1920", "first half of the 19th century",
//                           "2-я половина XIX в.", "the first quarter of the 20th century" (quarters too)
//   seasons                 "spring 1922", "весной 1923 года", "im Frühjahr 1923", "l'été 1923",
//                           "winter 1922" (= 1922-12-01..1923-02-28), "winter 1916/17"
//   approximate             "circa 1922", "c. 1922", "about 1922", "um 1900", "vers 1900", "около 1900"
//   ranges                  "between 1918 and 1928", "1922–24", "1868-9", "from March to October 1921",
//                           "264–241 BC", "May 18, 1868 - July 17, 1918", "10–12 May 1920", "с 1918 по 1928 г."
//   one of                  "either in 1237 or 1238", "1237 or 1238", "10 or 11 May 1920" -> "[1237,1238]"
//   all of                  "5 and 6 December 1941", "May and June 1917" -> "{1941-12-05,1941-12-06}"
//   doubt                   "1922?", "1922 (?)", "1918?–1928" -> uncertain ("1922?"); a question mark
//                           that ends a sentence ("Was it 1922? No.") is not a doubt
//   eras                    "44 BC", "A.D. 79", "44 до н. э.", "44 v. Chr.", "44 av. J.-C.", "44 f.Kr.",
//                           "753 a.C.", "44 p.n.e."
//   year first              "1228 July", "1263 3rd March", "1837 Jul 2", "Anno 1843, den 8. Oktober"
//   other scripts           any Unicode decimal digits ("١٨١٣"), "1825年12月14日", "1825년 12월 14일",
//                           "1799年の夏", Roman numerals with Cyrillic Х and І ("ХIХ века")
//   relative (need an anchor: opts.ref of any precision, or in running text the previous date)
//                           "the next day", "the following month", "two weeks later", "that October",
//                           "in the same year", "на следующий день", "того же года", "через два дня",
//                           "am nächsten Tag", "le lendemain", "l'année suivante", bare "9 November",
//                           "в августе"; months, parts and seasons of them: "December of that year", "в
//                           декабре того же года", "the end of that month", "the end
//                           of the month", "early the next year", "the summer of that year"
//
// NORMALIZATION (the conventions of issue 3)
//   earliest/latest are Julian Day Numbers; printed as ISO they are proleptic Gregorian with
//   astronomical years (44 BC = -0043). Centuries are the historians' ordinal ones (18th = 1701..1800).
//   early/mid/late are thirds of the span, the first third taking the remainder (early 1920s =
//   1920-1923), except for months, whose thirds are days 1-10, 11-20, 21-end. Seasons are northern
//   meteorological; winter runs into the next year. Approximation does not widen the span.
//   Ranges carry year, month and era across the dash ("10–12 May 1920", "264–241 BC", "1922–24").
//   "the 1700s" is a hundred (1700..1799, "17XX"), but "the 2000s" is the decade 2000..2009.
//   The EDTF is the natural form for a plain value ("1922-12-30", "1922-12", "1922-24", "1922~",
//   "193X", "17XX") and otherwise an interval of the bounds at the coarsest unit that fits both
//   ("1922-09/1922-12", "1701/1800", "1917-10-14/1917-11-13").
//
// CALENDAR POLICY for dates the text does not mark (ParseOptions::calendar; option spellings):
//   "gregorian"                 (default) unmarked dates are Gregorian
//   "julian"                    unmarked dates are Old Style
//   "hybrid"                    Julian before 1582-10-15 (as Wikidata and ICU do), Gregorian after
//   "julian until YYYY-MM-DD"   the given day, written in the Julian calendar, is the last Julian day
//   "russia"                    = julian until 1918-01-31 (the next day was 1918-02-14 N.S.)
//   "britain"                   = julian until 1752-09-02 (the next day was 1752-09-14 N.S.)
//   The policy applies to expressions that name a month (days, months, seasons, parts of months).
//   Years and coarser units are not shifted by a policy: the 10-13 days at their ends are below the
//   precision the source states (an explicit "1917 O.S." is shifted). The DateValue::calendar field
//   says which calendar the source was read in.
//
// DECISIONS
//   An all-numeric date that stays ambiguous ("03/04/1922") without ParseOptions::order is refused:
//   parse_date returns nullopt and extract_dates skips it. Dotted "12.4.1961" is day-month-year
//   (month-day-year only with order = mdy). "1922-12" with a hyphen-minus is the ISO month; with an
//   en dash, or with a second part that is not a month ("1922-24", "1868-9"), it is a range.
//   In running text a number of fewer than four digits is a year only with an era or a year word
//   ("AD 79", "в 988 году"). A four-digit number between 1000 and 2100 is a year with a date
//   context (a preposition such as "in", "since", "в", "im", "en", a strong approximation word
//   "circa", "um", "vers", "около", a year word, an era, a range "1914-1918"), and also without one
//   ("born 1799, died 1837", "(1793)", "the revolt of 1825 was") unless its neighbours make it an
//   amount or an identifier (see plain_year in date_parser.cpp: a count word before it, "some",
//   "über", "свыше"; a lower-case word after it that no list of year-followers knows, "1825
//   copies", unless an English article or possessive makes the number an attribute, "the 1863
//   uprising", "his 1840 letter"; a round hundred or a sentence-opening number before a word; another number beside
//   it; glued letters, digits or signs; a number or page word before it). Such a plain year does
//   not replace a day or month as the narrative anchor. Page numbers
//   ("p. 1922", "pp. 12-14"), durations ("for four years"), ages ("aged 53") and event names
//   ("the October Revolution") are not dates. "10 years ago" is NOT tagged: "ago" counts back from
//   the time of writing, which clio cannot know.
//   A bare four-digit year joined to a tagged year by "and"/"or" (und, et, и, oder, ou, или) or by
//   a list comma ("in 1917, 1918 and 1919") is a year too, if within a century of it ("in 1917 and
//   1500 more" is a count). Decimals ("1917.5", "1917,5"), amounts ("€1917", "$1917", "1917%") and
//   quantities with a unit of measure ("1917 km", lexicon role kMeasure) are not years, even after
//   "in"; a count noun does not refuse ("in 1917 people fled" is a year).
//   Mention surfaces in running text: an article before a date that stands on its own is left out
//   like a preposition ("in the winter of 1709" -> "winter of 1709", "the 1930s" -> "1930s", "le
//   XVIIIe siècle" -> "XVIIIe siècle"); relative and partial dates keep it ("the next day", "the end
//   of November"). Two days written in full (day, month, year each) across a spaced dash and with
//   no range word ("(3 May 1790 – 1 June 1851)") are two mentions, two events such as a birth and
//   a death; "1790–1851", "10–12 May 1920", "from 3 May 1790 to 1 June 1791" stay one range. A
//   question mark that opens a bracket doubts the first date after it ("(? 1741-1775)" is
//   1741?/1775), and a doubted bare year is a year ("(1782? – 3 May 1830)").
//   "after 385 days", "nach zwei Tagen", "après deux jours" are durations in running text unless
//   set off by a comma as a clause opener ("After two days, the army ..."); Russian "через два
//   дня" and "спустя неделю" are always relative. An isolated expression (parse_date) is relative.
//   A day or month without a year that nothing anchors is skipped, or with
//   ParseOptions::report_unresolved (clio_dates sets it) reported as "XXXX-11-09" / "XXXX-11" with
//   unknown days.
//   Narrative anchoring: in extract_dates every explicit mention (not a relative one such as "two
//   days later") becomes the anchor of the relative and partial expressions after it; before the
//   first one, opts.ref is the anchor. A day or month without a year ("4 January", "that October")
//   takes the anchor's year, unless that puts it more than half a year from an anchoring day or
//   month while the next or previous year puts it within three months (after "22 December 1922",
//   "4 January" is 1923-01-04). A relative expression in apposition with an explicit date (a comma,
//   bracket or dash and at most a preposition between: "Eight days earlier, on 12 December", "the
//   next day (26 October)") takes that date's value, and is reported even when nothing anchored it. A month or season alone needs a preposition or "that" in running
//   text ("in October", "that winter", Russian "весной"); "the Winter Palace", "May Day" are names.
//
// RESULTS are pinned to clio's version: a later version may read an expression better, so do not
// rely on results staying identical across upgrades in indexes you keep.
//
// COST: no allocation per token, no regex, no ICU objects on the hot path (ICU month names are read
// once per language); linear time and bounded memory on any input (invalid UTF-8 included).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates/calendar.hpp"
#include "dates/date_value.hpp"

namespace clio::dates {

enum class NumericOrder : std::uint8_t { none, dmy, mdy, ymd };

struct CalendarPolicy {  // how to read dates the text does not mark as O.S./N.S.
  enum class Kind : std::uint8_t { gregorian, julian, hybrid, julian_until } kind = Kind::gregorian;
  Jdn last_julian_day = 0;  // for julian_until: the last day (a JDN) written in the Julian calendar
};

struct ParseOptions {
  std::optional<Jdn> ref;  // anchors relative and partial expressions (its first day)
  // How precise the anchor is: a year ("1825") anchors "9 June", "in October" and "fifty years
  // later" but not "the next day"; a month ("1825-12") also "the following month"; a count of
  // days needs a day.
  Precision ref_precision = Precision::day;
  CalendarPolicy calendar;
  std::string lang;        // "en", "ru", "de", "fr" or empty: a hint the grammar does not need (it reads
                           // all four at once); another ICU language ("es", "pl", ...): also read
                           // that language's month and weekday names (date_icu_names.hpp)
  NumericOrder order = NumericOrder::none;
  // extract_dates only: also report a day or month without a year that nothing anchors ("on 9
  // November" with no ref and no explicit date before it) with an unspecified year ("XXXX-11-09",
  // "XXXX-11") and unknown days (kUnknownStart / kUnknownEnd). clio_dates sets it, so a reader
  // sees every date the text names; callers that need days (passage dating) leave it off.
  bool report_unresolved = false;
};

// Applies one key of the JSON options object: "ref" (a year "1825", a month "1825-12" or a day
// "1825-12-14", or any EDTF value: "1825~", "1825-21", "1825/1826", "182X"), "calendar" (see
// CALENDAR POLICY above), "lang" (en, ru, de, fr, or an ICU language of date_icu_names.hpp),
// "order" (dmy, mdy, ymd). Returns false and sets `error` for a bad value; sets `known` to false
// (and returns true) for a key that is not a date option, so callers can handle their own keys.
bool apply_date_option(std::string_view key, std::string_view string_value, ParseOptions& opts,
                       bool& known, std::string& error);

// The first date expression in `text` (leading words such as "On", "in", "circa",
// "between .. and" belong to it); std::nullopt if there is none, if it is ambiguous, or if it
// is relative and opts.ref is not set.
std::optional<DateValue> parse_date(std::string_view text, const ParseOptions& opts);

struct DateMention {
  std::size_t begin, end;  // byte offsets into text
  DateValue value;
};

// Appends every date expression in running text, in order. Relative and partial ones are anchored
// to the previous explicit date of the same text (narrative anchoring), or to opts.ref before the
// first; those that cannot be anchored are skipped (partial days and months are reported
// unresolved instead when opts.report_unresolved is set).
void extract_dates(std::string_view text, const ParseOptions& opts, std::vector<DateMention>& out);

}  // namespace clio::dates
