#include "names/string_table.hpp"

namespace clio::names {

std::uint64_t hash_bytes(std::string_view s) noexcept {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

void StringTable::grow() {
  std::size_t n = slots_.empty() ? 1024 : slots_.size() * 2;
  std::vector<std::uint32_t> slots(n, 0);
  for (std::uint32_t id = 0; id < size(); ++id) {
    std::size_t i = hash_bytes(at(id)) & (n - 1);
    while (slots[i]) i = (i + 1) & (n - 1);
    slots[i] = id + 1;
  }
  slots_.swap(slots);
}

std::uint32_t StringTable::intern(std::string_view s) {
  if ((size() + 1) * 2 > slots_.size()) grow();
  std::size_t mask = slots_.size() - 1;
  std::size_t i = hash_bytes(s) & mask;
  while (std::uint32_t v = slots_[i]) {
    if (at(v - 1) == s) return v - 1;
    i = (i + 1) & mask;
  }
  std::uint32_t id = static_cast<std::uint32_t>(size());
  chars_.append(s);
  offsets_.push_back(static_cast<std::uint32_t>(chars_.size()));
  slots_[i] = id + 1;
  return id;
}

std::optional<std::uint32_t> StringTable::find(std::string_view s) const noexcept {
  if (slots_.empty()) return std::nullopt;
  std::size_t mask = slots_.size() - 1;
  std::size_t i = hash_bytes(s) & mask;
  while (std::uint32_t v = slots_[i]) {
    if (at(v - 1) == s) return v - 1;
    i = (i + 1) & mask;
  }
  return std::nullopt;
}

void StringTable::shrink_to_fit() {
  chars_.shrink_to_fit();
  offsets_.shrink_to_fit();
}

}  // namespace clio::names
