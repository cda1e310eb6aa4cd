// UTF-8 decoding and offset bookkeeping that agrees with SQLite.
//
// SQLite never validates UTF-8. Its substr() and length() count a "character" as a lead byte
// >= 0xC0 followed by every continuation byte (0x80..0xBF) after it, or as any other single
// byte. clio reports 1-based character offsets that must work with substr() on the very text
// the user stored, valid or not, so every scanner in clio walks text with next_char(), which
// uses exactly SQLite's boundaries and decodes anything malformed to U+FFFD.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace clio::text {

inline constexpr char32_t kReplacement = 0xFFFD;

struct Char {
  char32_t cp;      // the code point, or U+FFFD for a malformed sequence
  std::uint32_t len;  // bytes consumed, >= 1 (at the end of input: 0)
};

// Decodes the character that starts at byte `i` of `s` (i < s.size()), with SQLite's boundaries.
Char next_char(std::string_view s, std::size_t i) noexcept;

// Appends the UTF-8 encoding of `cp`; surrogates and values above U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t cp);

// True when `s` is well-formed UTF-8 (no overlongs, surrogates or values above U+10FFFF).
bool is_valid_utf8(std::string_view s) noexcept;

// A copy of `s` in which every malformed sequence is replaced by U+FFFD. Character count (in
// SQLite's sense) is preserved, so offsets computed on the result hold for the original.
std::string sanitize_utf8(std::string_view s);

// Number of characters in SQLite's sense (what length() returns for text without NUL).
std::size_t char_count(std::string_view s) noexcept;

// Number of bytes that are not continuation bytes (0x80..0xBF): the character count of
// well-formed text, eight bytes at a time.
std::size_t non_continuation_bytes(std::string_view s) noexcept;

// Converts increasing byte offsets of one text to 1-based character offsets in O(total length).
// Offsets must be requested in non-decreasing order; a smaller one restarts from the beginning.
class CharOffsets {
 public:
  explicit CharOffsets(std::string_view s) noexcept : s_(s) {}
  // 1-based character position of the character starting at byte `byte_pos`.
  std::size_t position(std::size_t byte_pos) noexcept;
  // Number of characters in the byte range [begin, end).
  std::size_t length(std::size_t begin, std::size_t end) noexcept;

 private:
  std::string_view s_;
  std::size_t byte_ = 0;
  std::size_t chars_ = 0;
  // The first byte >= 0x80 at or after byte_ was found here (or s_.size()): up to it, bytes
  // and characters advance together, so positions in English prose cost no counting.
  std::size_t ascii_until_ = 0;
};

}  // namespace clio::text
