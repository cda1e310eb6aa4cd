// Byte offsets -> 1-based character positions as SQLite's substr() counts them, without decoding.
//
// The same answers as text::CharOffsets (utf8.hpp), at a fraction of the cost: CharOffsets decodes
// every character with next_char, which a table-valued function pays for the whole text even when
// it reports only a handful of spans. Counting needs no code points, only SQLite's boundary rule: a
// character is a lead byte >= 0xC0 together with every continuation byte (0x80..0xBF) after it, or
// any other single byte (so a continuation byte that follows an ASCII byte counts on its own).
// ASCII runs are skipped eight bytes at a time.
//
//   CharPositions pos(text);
//   std::size_t start = pos.position(begin);   // 1-based, requests in non-decreasing order
//   std::size_t length = pos.position(end) - start;
//
// A request smaller than the previous one restarts from the beginning (correct, but linear again).
// A byte offset inside a character counts that character as passed, as CharOffsets does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace clio::text {

class CharPositions {
 public:
  explicit CharPositions(std::string_view s) noexcept : s_(s) {}

  // 1-based character position of the character starting at byte `byte_pos` (clamped to the end).
  std::size_t position(std::size_t byte_pos) noexcept {
    if (byte_pos < byte_) {
      byte_ = 0;
      chars_ = 0;
      in_char_ = false;
    }
    if (byte_pos > s_.size()) byte_pos = s_.size();
    const char* p = s_.data();
    // Counts the characters that start before byte_pos (a continuation byte never starts one
    // unless it is stray), which is what CharOffsets' whole-character steps arrive at.
    while (byte_ < byte_pos) {
      if (byte_pos - byte_ >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p + byte_, 8);
        constexpr std::uint64_t kHigh = 0x8080808080808080ull;
        if ((w & kHigh) == 0) {
          byte_ += 8;
          chars_ += 8;
          in_char_ = false;
          continue;
        }
        // Eight bytes with non-ASCII ones: every byte but a continuation byte starts a character,
        // unless a continuation byte is stray (after an ASCII byte, or first while no character
        // is open), which the byte loop below handles.
        const std::uint64_t ascii = ~w & kHigh;
        const std::uint64_t cont = w & ~(w << 1) & kHigh;
        if ((cont & (ascii << 8)) == 0 && !((cont & 0x80) && !in_char_)) {
          byte_ += 8;
          chars_ += 8 - static_cast<std::size_t>(__builtin_popcountll(cont));
          in_char_ = (w >> 63) != 0;  // the last byte is a lead or continuation byte
          continue;
        }
      }
      const auto b = static_cast<unsigned char>(p[byte_++]);
      if (b < 0x80) {
        ++chars_;
        in_char_ = false;
      } else if (b >= 0xC0) {
        ++chars_;
        in_char_ = true;  // continuation bytes after it belong to it
      } else if (!in_char_) {
        ++chars_;  // a stray continuation byte is a character of its own
      }
    }
    return chars_ + 1;
  }

 private:
  std::string_view s_;
  std::size_t byte_ = 0;
  std::size_t chars_ = 0;
  bool in_char_ = false;  // the last byte read was a lead byte or one of its continuation bytes
};

}  // namespace clio::text
