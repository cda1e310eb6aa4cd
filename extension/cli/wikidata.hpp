// Reading the Wikidata JSON dump (one entity per line, inside a JSON array: `[`, entities each
// followed by `,`, `]`) into clio's authority tables. Dates follow the dump's own conventions:
//   time "+1828-09-09T00:00:00Z", precision 11 day, 10 month, 9 year, 8 decade, 7 century (6 and
//   coarser are left out); negative years are BCE in historical numbering (-0044 is 44 BC), and
//   calendarmodel Q1985786 (proleptic Julian) dates of day precision are converted to the
//   Gregorian day; month and year precision keep their numbers (a calendar shifts days, not years).
// Dates are written in forms clio's parser reads ("1828-09-09", "March 44 BC", "1670s",
// "16th century").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clio::cli {

struct WikidataEntity {
  std::string id;                  // Q42
  std::string name;                // the label in the first language of the order that has one
  std::vector<std::string> names;  // every other label and alias, each once
  bool human = false;              // instance of (P31) human (Q5)
  bool located = false;            // has coordinates (P625)
  std::optional<std::string> born, died;
  std::optional<long long> born_year;  // astronomical, for filters
  std::vector<std::string> instance_of, country;  // P31; P27 (citizenship) or P17 (country)
  long long sitelinks = 0;
};

// One dump line (trailing comma allowed; "[" and "]" lines give false). Throws Error on bad JSON.
bool parse_wikidata_line(std::string_view line, const std::vector<std::string>& languages,
                         WikidataEntity& out);
// A Wikidata time value as a date clio reads, or nullopt (unknown value, too coarse a precision).
std::optional<std::string> wikidata_date(std::string_view time, long long precision, std::string_view calendar,
                                         long long* year_out = nullptr);

}  // namespace clio::cli
