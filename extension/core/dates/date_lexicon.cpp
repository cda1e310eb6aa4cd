#include "dates/date_lexicon.hpp"

#include <cstring>

namespace clio::dates::lex {

extern const std::size_t kEntryCount;
extern const std::size_t kSlotCount;
extern const std::size_t kMaxKeyBytes;
extern const Entry kEntries[];
extern const std::uint16_t kSlots[];

const Entry* lookup(std::string_view folded, std::uint32_t hash) noexcept {
  if (folded.empty() || folded.size() > kMaxKeyBytes) return nullptr;
  const std::size_t mask = kSlotCount - 1;
  for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
    const std::uint16_t idx = kSlots[s];
    if (idx == 0) return nullptr;
    const Entry& e = kEntries[idx - 1];
    if (e.len == folded.size() && std::memcmp(e.key, folded.data(), e.len) == 0) return &e;
  }
}

const Entry* lookup(std::string_view folded) noexcept {
  std::uint32_t h = kFnvBasis;
  for (unsigned char c : folded) h = fnv_step(h, c);
  return lookup(folded, h);
}

std::size_t max_key_bytes() noexcept { return kMaxKeyBytes; }

}  // namespace clio::dates::lex
