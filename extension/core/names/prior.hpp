// What the authority knows about a person before it reads the name: how prominent he is (the
// prior) and how likely a passage of a given date is to speak of him (his life).
//
// Prior. A real authority holds the relatives and namesakes of everybody famous: Pushkin the poet
// beside his brother, father, uncle, son and wife. When the name evidence of several persons ties
// (the bare surname they share), the better-known person is meant far more often. clio takes
// clio_person.prominence when the column exists (any non-negative number: Wikidata sitelinks,
// the number of records in a museum's file), otherwise it derives one from the person's entry:
//   derived = forms + scripts + given-name spellings + (1 if the name has no patronymic)
// (name and aliases; the writing systems among them; distinct spellings of known given names
// such as Leo / Lev or Pyotr / Peter; an encyclopedia titles the famous person by the short name
// and a namesake by the longer one): the world writes more forms of a famous name. The weight is
// w = ln(2 + prominence), and among the candidates of one query each is multiplied by
// max(kPriorFloor, w / w_max): the best known keeps its evidence, a namesake with the same name
// evidence loses enough to be outranked, and better name evidence (a given name, initials) or
// the date still decides.
//
// Life. A context date inside the person's life supports him (the year of his birth included: a
// passage about a birth is about the child); a date in his childhood a little less; a date after
// his death stays likely and fades slowly (a person is written about for centuries); a date
// before his birth makes him unlikely. An exact full name (name or alias equal to the query) is
// never turned down by the date alone: its factor has a floor.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace clio::names {

inline constexpr double kPriorFloor = 0.5;

// The derived prominence of a person with these counts (see above).
double derived_prominence(std::size_t forms, std::size_t scripts, std::size_t given_spellings,
                          bool plain_title) noexcept;
// The log-weight of a prominence (negative values count as 0).
float prior_weight(double prominence) noexcept;
// The factor of a candidate with weight w among candidates whose best weight is w_max.
double prior_factor(float w, float w_max) noexcept;
// A small code for the writing system of the first letter of text (Latin, Cyrillic, Greek, ...;
// 0 when there is no letter): distinct codes are distinct scripts.
int script_code(std::string_view text) noexcept;

// The factor of the context date for a person: days are Julian day numbers, kUnknownDay for an
// unknown birth or death; [earliest, latest] is the context. exact: the query is one of the
// person's forms.
inline constexpr std::int64_t kUnknownDay = INT64_MIN;
double life_factor(std::int64_t born, std::int64_t died, std::int64_t earliest, std::int64_t latest,
                   bool exact) noexcept;

}  // namespace clio::names
