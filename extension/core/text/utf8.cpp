#include "text/utf8.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace clio::text {
namespace {

inline bool is_continuation(unsigned char b) noexcept { return (b & 0xC0) == 0x80; }

}  // namespace

Char next_char(std::string_view s, std::size_t i) noexcept {
  if (i >= s.size()) return {0, 0};
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) return {lead, 1};
  if (lead < 0xC0) return {kReplacement, 1};  // a stray continuation byte is one character
  // SQLite's boundary: the lead byte and every continuation byte after it.
  std::size_t end = i + 1;
  while (end < s.size() && is_continuation(static_cast<unsigned char>(s[end]))) ++end;
  const auto len = static_cast<std::uint32_t>(end - i);
  std::uint32_t want;
  char32_t cp;
  if (lead < 0xE0) { want = 2; cp = lead & 0x1F; }
  else if (lead < 0xF0) { want = 3; cp = lead & 0x0F; }
  else if (lead < 0xF8) { want = 4; cp = lead & 0x07; }
  else return {kReplacement, len};
  if (len != want) return {kReplacement, len};
  for (std::size_t k = i + 1; k < end; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[k]) & 0x3F);
  static constexpr char32_t kMin[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[want] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return {kReplacement, len};
  return {cp, len};
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

bool is_valid_utf8(std::string_view s) noexcept {
  for (std::size_t i = 0; i < s.size();) {
    const Char c = next_char(s, i);
    if (c.cp == kReplacement) {
      // U+FFFD itself is valid when spelled as EF BF BD.
      if (!(c.len == 3 && s.compare(i, 3, "\xEF\xBF\xBD") == 0)) return false;
    }
    i += c.len;
  }
  return true;
}

std::string sanitize_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const Char c = next_char(s, i);
    if (c.cp == kReplacement) append_utf8(out, kReplacement);
    else out.append(s.substr(i, c.len));
    i += c.len;
  }
  return out;
}

namespace {

#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr bool kLittleEndian = true;
#else
constexpr bool kLittleEndian = false;  // the byte-at-a-time loop only
#endif

// The characters (in SQLite's sense) that start in s[from, to), where `in_sequence` tells
// whether the byte before `from` belongs to a multi-byte sequence; updates it for `to`.
// Every byte that is not a continuation byte starts a character; so does a continuation byte
// that follows no lead byte (at the start, or right after an ASCII byte).
std::size_t count_starts(std::string_view s, std::size_t from, std::size_t to, bool& in_sequence) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  // Well-formed text first, eight bytes at a time: count the bytes that are not continuation
  // bytes, and note whether any continuation byte follows an ASCII byte (or opens the range
  // outside a sequence): only then is the byte-by-byte walk with its state needed.
  std::size_t starts = 0;
  bool stray = from < to && (p[from] & 0xC0) == 0x80 && !in_sequence;
  std::size_t i = from;
  if (kLittleEndian && to - from >= 16) {
    // Eight bytes at a time: a continuation byte has bit 7 set and bit 6 clear.
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    std::uint64_t stray_bits = 0;
    // Each byte's predecessor is the byte before it in the word, or the last byte of the word
    // before; the first byte's has no say (it was judged with in_sequence above).
    std::uint64_t before = 0xFFull << 56;
    for (; i + 8 <= to; i += 8) {
      std::uint64_t x;
      std::memcpy(&x, p + i, 8);  // byte k of the text is byte k of x (little-endian)
      if ((x & kHigh) == 0) {  // eight ASCII characters, the usual case
        starts += 8;
        before = x;
        continue;
      }
      const std::uint64_t cont = x & ~(x << 1) & kHigh;
      const std::uint64_t prev = (x << 8) | (before >> 56);  // each byte's predecessor
      stray_bits |= cont & ~prev;
      // The number of continuation bytes: their bit 7 moved to bit 0 and summed by a multiply
      // (a popcount builtin is a library call without -mpopcnt).
      starts += 8 - static_cast<std::size_t>(((cont >> 7) * 0x0101010101010101ull) >> 56);
      before = x;
    }
    stray |= stray_bits != 0;
  }
  for (; i < to; ++i) {
    starts += (p[i] & 0xC0) != 0x80;
    if (i > from) stray |= (p[i] & 0xC0) == 0x80 && p[i - 1] < 0x80;
  }
  if (!stray) {
    std::size_t k = to;
    while (k > from && (p[k - 1] & 0xC0) == 0x80) --k;
    if (k > from) in_sequence = p[k - 1] >= 0xC0;
    return starts;
  }
  std::size_t n = 0;
  for (std::size_t k = from; k < to; ++k) {
    const unsigned char b = p[k];
    if (b >= 0xC0) { ++n; in_sequence = true; }
    else if (b < 0x80) { ++n; in_sequence = false; }
    else if (!in_sequence) ++n;
  }
  return n;
}

}  // namespace

std::size_t non_continuation_bytes(std::string_view s) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = 0, i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, p + i, 8);  // byte order does not matter for a count
    const std::uint64_t cont = x & ~(x << 1) & 0x8080808080808080ull;
    n += 8 - static_cast<std::size_t>(((cont >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < s.size(); ++i) n += (p[i] & 0xC0) != 0x80;
  return n;
}

std::size_t char_count(std::string_view s) noexcept {
  bool in_sequence = false;
  return count_starts(s, 0, s.size(), in_sequence);
}

namespace {

// The first byte >= 0x80 at or after `from`, or the end; eight bytes at a time.
std::size_t next_non_ascii(std::string_view s, std::size_t from) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t i = from;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, p + i, 8);
    if ((x & 0x8080808080808080ull) != 0) break;
  }
  while (i < s.size() && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

std::size_t CharOffsets::position(std::size_t byte_pos) noexcept {
  if (byte_pos < byte_) { byte_ = 0; chars_ = 0; ascii_until_ = 0; }
  const std::size_t to = std::min(byte_pos, s_.size());
  if (byte_ < to && ascii_until_ <= byte_) ascii_until_ = next_non_ascii(s_, byte_);
  if (byte_ < ascii_until_) {  // ASCII up to there: one character per byte
    const std::size_t step = std::min(to, ascii_until_) - byte_;
    chars_ += step;
    byte_ += step;
  }
  if (byte_ < to) {
    // byte_ always starts a character, so the walk state there is "not in a sequence".
    bool in_sequence = false;
    chars_ += count_starts(s_, byte_, to, in_sequence);
    byte_ = to;
    // A position inside a character counts that character and moves past it, as stepping
    // character by character would.
    if (in_sequence)
      while (byte_ < s_.size() && (static_cast<unsigned char>(s_[byte_]) & 0xC0) == 0x80) ++byte_;
  }
  return chars_ + 1;
}

std::size_t CharOffsets::length(std::size_t begin, std::size_t end) noexcept {
  const std::size_t a = position(begin);
  const std::size_t b = position(end);
  return b - a;
}

}  // namespace clio::text
