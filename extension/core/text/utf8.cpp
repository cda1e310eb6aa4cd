#include "text/utf8.hpp"

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

std::size_t char_count(std::string_view s) noexcept {
  // Every byte that is not a continuation byte starts a character; so does a continuation
  // byte that follows no lead byte (at the start, or right after an ASCII byte).
  std::size_t n = 0;
  bool in_sequence = false;
  for (unsigned char b : s) {
    if (b >= 0xC0) { ++n; in_sequence = true; }
    else if (b < 0x80) { ++n; in_sequence = false; }
    else if (!in_sequence) ++n;
  }
  return n;
}

std::size_t CharOffsets::position(std::size_t byte_pos) noexcept {
  if (byte_pos < byte_) { byte_ = 0; chars_ = 0; }
  while (byte_ < byte_pos && byte_ < s_.size()) {
    byte_ += next_char(s_, byte_).len;
    ++chars_;
  }
  return chars_ + 1;
}

std::size_t CharOffsets::length(std::size_t begin, std::size_t end) noexcept {
  const std::size_t a = position(begin);
  const std::size_t b = position(end);
  return b - a;
}

}  // namespace clio::text
