#include "passages/abbreviations.hpp"

#include <algorithm>
#include <vector>

namespace clio::passages {

std::optional<data::AbbrevKind> find_abbreviation(std::string_view key) noexcept {
  const auto* first = data::kAbbreviations;
  const auto* last = data::kAbbreviations + data::kAbbreviationCount;
  const auto* it = std::lower_bound(first, last, key,
                                    [](const data::Abbreviation& a, std::string_view k) { return a.key < k; });
  if (it != last && it->key == key) return it->kind;
  return std::nullopt;
}

namespace {
std::size_t abbreviation_slot(unsigned char first, unsigned char last, std::size_t length) noexcept {
  return (((static_cast<std::size_t>(first) << 8) | last) << 4) | std::min<std::size_t>(length, 15);
}
}  // namespace

bool abbreviation_may_have(unsigned char first, unsigned char last, std::size_t length) noexcept {
  static const std::vector<bool> slots = [] {
    std::vector<bool> v(65536 * 16, false);
    for (std::size_t k = 0; k < data::kAbbreviationCount; ++k) {
      const std::string_view key = data::kAbbreviations[k].key;
      if (!key.empty())
        v[abbreviation_slot(static_cast<unsigned char>(key.front()), static_cast<unsigned char>(key.back()), key.size())] = true;
    }
    return v;
  }();
  return slots[abbreviation_slot(first, last, length)];
}

bool is_stopword(std::string_view key) noexcept {
  const auto* first = data::kStopwords;
  const auto* last = data::kStopwords + data::kStopwordCount;
  const auto* it =
      std::lower_bound(first, last, key, [](const data::Stopword& a, std::string_view k) { return a.key < k; });
  return it != last && it->key == key;
}

}  // namespace clio::passages
