#include "dates/date_lexicon.hpp"


namespace clio::dates::lex {

extern const std::size_t kEntryCount;
extern const std::size_t kSlotCount;
extern const std::size_t kMaxKeyBytes;
extern const Entry kEntries[];
extern const std::uint32_t kSlots[];  // entry index + 1 | top 16 bits of the key hash << 16; 0: empty

namespace {

// Keys are a few bytes long: a plain loop beats a call to memcmp.
bool same_key(const Entry& e, std::string_view folded) noexcept {
  if (e.len != folded.size()) return false;
  for (std::size_t k = 0; k < folded.size(); ++k)
    if (e.key[k] != folded[k]) return false;
  return true;
}

}  // namespace

const Entry* lookup(std::string_view folded, std::uint32_t hash) noexcept {
  if (folded.empty() || folded.size() > kMaxKeyBytes) return nullptr;
  const std::size_t mask = kSlotCount - 1;
  const std::uint32_t tag = hash >> 16;
  for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
    const std::uint32_t slot = kSlots[s];
    if (slot == 0) return nullptr;
    if ((slot >> 16) != tag) continue;  // another key: no need to read its entry
    const Entry& e = kEntries[(slot & 0xFFFFu) - 1];
    if (same_key(e, folded)) return &e;
  }
}

const Entry* lookup(std::string_view folded) noexcept {
  std::uint32_t h = kFnvBasis;
  for (unsigned char c : folded) h = fnv_step(h, c);
  return lookup(folded, h);
}

std::size_t max_key_bytes() noexcept { return kMaxKeyBytes; }

}  // namespace clio::dates::lex
