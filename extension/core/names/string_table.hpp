// An append-only set of short strings with dense ids: one character arena, an offset array and an
// open-addressing hash table of ids (about 13 bytes of overhead per distinct string). Used for the
// authority's token vocabularies, where millions of skeletons must cost little memory.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clio::names {

std::uint64_t hash_bytes(std::string_view s) noexcept;  // FNV-1a 64 with a final mix

class StringTable {
 public:
  // The id of `s`, adding it if new.
  std::uint32_t intern(std::string_view s);
  std::optional<std::uint32_t> find(std::string_view s) const noexcept;
  std::string_view at(std::uint32_t id) const noexcept {
    return std::string_view(chars_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  std::size_t size() const noexcept { return offsets_.size() - 1; }
  std::size_t memory_bytes() const noexcept {
    return chars_.capacity() + offsets_.capacity() * 4 + slots_.capacity() * 4;
  }
  void shrink_to_fit();

 private:
  void grow();
  std::string chars_;
  std::vector<std::uint32_t> offsets_{0};
  std::vector<std::uint32_t> slots_;  // id + 1, 0 = empty; size is a power of two
};

}  // namespace clio::names
