// Fuzz target: UTF-8 helpers and case folding (text/utf8.hpp, text/fold.hpp).
//
// Two small reference implementations written from the specifications live in this file:
// SQLite's character boundaries (a byte >= 0xC0 takes every continuation byte after it; any
// other byte stands alone, as SQLITE_SKIP_UTF8 does) and strict UTF-8 validity (RFC 3629:
// shortest form, no surrogates, nothing above U+10FFFF). Properties checked for every input:
//   * next_char walks the input in steps of >= 1 byte that are exactly the reference
//     boundaries, and char_count agrees with the number of steps;
//   * a decoded code point other than U+FFFD re-encodes (append_utf8) to the same bytes;
//   * is_valid_utf8 agrees with the reference validator;
//   * sanitize_utf8 keeps char_count, returns valid UTF-8, and returns valid input unchanged;
//   * CharOffsets gives every character start its 1-based index, and lengths of ranges;
//   * fold_case returns valid UTF-8 with the same character count, and is idempotent.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

using namespace clio::text;

namespace {

// Byte offsets where SQLite's characters start.
std::vector<std::size_t> sqlite_char_starts(std::string_view s) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < s.size();) {
    starts.push_back(i);
    const auto lead = static_cast<unsigned char>(s[i++]);
    if (lead >= 0xC0)
      while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
  }
  return starts;
}

// RFC 3629, section 4 (the byte-sequence table), checked byte by byte.
bool reference_valid_utf8(std::string_view s) {
  auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  auto in = [](unsigned char x, unsigned lo, unsigned hi) { return x >= lo && x <= hi; };
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = b(i);
    std::size_t n;
    unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (c <= 0x7F) { ++i; continue; }
    else if (in(c, 0xC2, 0xDF)) n = 2;
    else if (c == 0xE0) { n = 3; lo = 0xA0; }
    else if (in(c, 0xE1, 0xEC) || in(c, 0xEE, 0xEF)) n = 3;
    else if (c == 0xED) { n = 3; hi = 0x9F; }
    else if (c == 0xF0) { n = 4; lo = 0x90; }
    else if (in(c, 0xF1, 0xF3)) n = 4;
    else if (c == 0xF4) { n = 4; hi = 0x8F; }
    else return false;
    if (i + n > s.size() || !in(b(i + 1), lo, hi)) return false;
    for (std::size_t k = 2; k < n; ++k)
      if (!in(b(i + k), 0x80, 0xBF)) return false;
    i += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  const std::string_view s = fuzz_input_;

  const auto starts = sqlite_char_starts(s);
  std::size_t steps = 0;
  for (std::size_t i = 0; i < s.size();) {
    const Char c = next_char(s, i);
    FUZZ_CHECK(c.len >= 1 && i + c.len <= s.size());
    FUZZ_CHECK(steps < starts.size() && starts[steps] == i);
    if (c.cp != kReplacement) {
      std::string re;
      append_utf8(re, c.cp);
      FUZZ_CHECK(re == s.substr(i, c.len));
    }
    i += c.len;
    ++steps;
  }
  FUZZ_CHECK(steps == starts.size());
  FUZZ_CHECK(char_count(s) == starts.size());
  FUZZ_CHECK(next_char(s, s.size()).len == 0);

  const bool valid = is_valid_utf8(s);
  FUZZ_CHECK(valid == reference_valid_utf8(s));

  const std::string clean = sanitize_utf8(s);
  FUZZ_CHECK(char_count(clean) == starts.size());
  FUZZ_CHECK(is_valid_utf8(clean));
  if (valid) FUZZ_CHECK(clean == s);

  CharOffsets offsets(s);
  for (std::size_t k = 0; k < starts.size(); ++k) FUZZ_CHECK(offsets.position(starts[k]) == k + 1);
  FUZZ_CHECK(offsets.position(s.size()) == starts.size() + 1);
  if (!starts.empty()) {
    const std::size_t mid = starts.size() / 2;
    FUZZ_CHECK(offsets.length(starts[mid], s.size()) == starts.size() - mid);  // restarts from 0
    FUZZ_CHECK(offsets.length(0, starts[mid]) == mid);
  }

  const std::string folded = fold_case(s);
  FUZZ_CHECK(is_valid_utf8(folded));
  FUZZ_CHECK(char_count(folded) == starts.size());
  FUZZ_CHECK(fold_case(folded) == folded);
  std::string appended = "x";
  append_folded(appended, s);
  FUZZ_CHECK(appended.substr(1) == folded);
  return 0;
}
