// General linguistic knowledge about names, loaded from generated tables:
//   - given-name equivalence groups (extension/data/names/given_names.tsv): Misha = Mikhail,
//     Petya = Pyotr = Peter = Pierre, matched through spelling skeletons;
//   - name words (name_words.tsv): titles, particles, elder/younger markers, and the place words
//     that make "Pushkin Square" a square.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace clio::names {

using GroupId = std::uint16_t;

// Groups containing a form whose standard-reading skeleton is `skel` (empty span if none).
std::span<const GroupId> given_groups(std::string_view skel);
// 'm' or 'f'.
char group_gender(GroupId g) noexcept;
// The group's name in given_names.tsv ("pyotr").
std::string_view group_name(GroupId g) noexcept;

enum class WordKind : std::uint8_t { none = 0, title = 1, particle = 2, elder = 3, younger = 4, place = 5 };
struct WordInfo {
  WordKind kind = WordKind::none;
  char gender = '-';  // for titles: 'm', 'f' or '-'
  std::string_view same;  // the same title in English (serzhant -> sergeant; the word itself if none)
};
// Looks up a stripped, folded word ("comrade", "graf", "tovarishch", "ulitsa").
WordInfo name_word(std::string_view stripped) noexcept;

}  // namespace clio::names
