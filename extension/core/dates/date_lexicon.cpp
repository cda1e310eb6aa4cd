#include "dates/date_lexicon.hpp"

#include <cstring>
#include <utility>

namespace clio::dates::lex {

extern const std::size_t kEntryCount;
extern const std::size_t kMaxKeyBytes;

namespace {

// Keys are a few bytes long: a plain loop beats a call to memcmp.
bool same_bytes(const char* a, const char* b, std::size_t n) noexcept {
  for (std::size_t k = 0; k < n; ++k)
    if (a[k] != b[k]) return false;
  return true;
}

std::uint64_t first_8_bytes(const char* p) noexcept {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// probe() for keys that can be in the table.
template <class Same>
const Entry* probe_key(std::size_t size, std::uint32_t hash, Same&& same) noexcept {
  if (size == 0 || size > kMaxKeyBytes) return nullptr;
  return probe(size, hash, std::forward<Same>(same));
}

}  // namespace

const Entry* lookup(std::string_view folded, std::uint32_t hash) noexcept {
  return probe_key(folded.size(), hash, [&](const Entry& e) { return same_bytes(e.key, folded.data(), e.len); });
}

const Entry* lookup_padded(std::string_view folded, std::uint32_t hash) noexcept {
  if (folded.size() > 8) return lookup(folded, hash);
  const std::uint64_t word = first_8_bytes(folded.data());
  return probe_key(folded.size(), hash, [&](const Entry& e) { return first_8_bytes(e.key) == word; });
}

const Entry* lookup(std::string_view folded) noexcept { return lookup(folded, key_hash(folded)); }

std::size_t max_key_bytes() noexcept { return kMaxKeyBytes; }

}  // namespace clio::dates::lex
