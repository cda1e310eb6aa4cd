#include "passages/abbreviations.hpp"

#include <algorithm>

namespace clio::passages {

std::optional<data::AbbrevKind> find_abbreviation(std::string_view key) noexcept {
  const auto* first = data::kAbbreviations;
  const auto* last = data::kAbbreviations + data::kAbbreviationCount;
  const auto* it = std::lower_bound(first, last, key,
                                    [](const data::Abbreviation& a, std::string_view k) { return a.key < k; });
  if (it != last && it->key == key) return it->kind;
  return std::nullopt;
}

bool is_stopword(std::string_view key) noexcept {
  const auto* first = data::kStopwords;
  const auto* last = data::kStopwords + data::kStopwordCount;
  const auto* it =
      std::lower_bound(first, last, key, [](const data::Stopword& a, std::string_view k) { return a.key < k; });
  return it != last && it->key == key;
}

}  // namespace clio::passages
