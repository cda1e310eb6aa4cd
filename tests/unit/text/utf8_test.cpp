#include <doctest/doctest.h>

#include "text/utf8.hpp"

using namespace clio::text;

TEST_CASE("decoding valid text") {
  const std::string s = "a\xD0\x96\xE2\x80\x94\xF0\x9F\x98\x80";  // a Ж — 😀
  CHECK(next_char(s, 0).cp == U'a');
  CHECK(next_char(s, 1).cp == U'\u0416');
  CHECK(next_char(s, 3).cp == U'\u2014');
  CHECK(next_char(s, 6).cp == U'\U0001F600');
  CHECK(next_char(s, 6).len == 4);
  CHECK(char_count(s) == 4);
  CHECK(is_valid_utf8(s));
}

TEST_CASE("malformed sequences use SQLite's character boundaries") {
  // Stray continuation bytes are one character each; a lead byte swallows what follows.
  const std::string stray = "\x80\x80x";
  CHECK(char_count(stray) == 3);
  CHECK(next_char(stray, 0).cp == kReplacement);
  const std::string truncated = "\xD0x";  // lead byte without its continuation
  CHECK(char_count(truncated) == 2);
  CHECK(next_char(truncated, 0).len == 1);
  const std::string overlong = "\xC0\xAF";
  CHECK(next_char(overlong, 0).cp == kReplacement);
  CHECK(next_char(overlong, 0).len == 2);
  const std::string surrogate = "\xED\xA0\x80";
  CHECK(next_char(surrogate, 0).cp == kReplacement);
  CHECK_FALSE(is_valid_utf8(surrogate));
  CHECK(is_valid_utf8("\xEF\xBF\xBD"));
}

TEST_CASE("sanitizing keeps the character count") {
  for (std::string s : {std::string("\x80\x80x"), std::string("ab\xD0"), std::string("\xFF\xFE\xC3\xA9"),
                        std::string("\xF0\x9F\x98")}) {
    const std::string clean = sanitize_utf8(s);
    CHECK(is_valid_utf8(clean));
    CHECK(char_count(clean) == char_count(s));
  }
}

TEST_CASE("byte offsets to 1-based character offsets") {
  const std::string s = "\xD0\x9B\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xBD and Stalin";  // Ленин and Stalin
  CharOffsets off(s);
  CHECK(off.position(0) == 1);
  CHECK(off.position(11) == 7);  // "and"
  CHECK(off.length(15, 21) == 6);
  CHECK(off.position(0) == 1);  // going back restarts
}

namespace {

// The character count of SQLite's rule, one byte at a time: a byte starts a character unless
// it is a continuation byte inside a sequence opened by a lead byte.
std::size_t reference_count(std::string_view s) {
  std::size_t n = 0;
  bool in_sequence = false;
  for (unsigned char b : s) {
    if (b >= 0xC0) in_sequence = true, ++n;
    else if (b < 0x80) in_sequence = false, ++n;
    else if (!in_sequence) ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("counting characters eight bytes at a time agrees with the byte-by-byte rule") {
  // Random mixtures of ASCII, Cyrillic, emoji, stray continuation bytes and cut sequences, of
  // every length around the 8-byte steps, so that strays fall at every position of a step.
  const std::string pieces[] = {"a", " ", "\xD0\x96", "\xF0\x9F\x98\x80", "\x80", "\xBF\xBF", "\xE2\x80", "\xC3"};
  std::uint32_t state = 12345;
  auto next = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7FFF; };
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    const std::size_t target = next() % 70;
    const bool clean = round % 2 == 0;  // half of the texts well-formed
    while (s.size() < target) s += pieces[next() % (clean ? 4 : 8)];
    CHECK(char_count(s) == reference_count(s));
    std::size_t non_continuation = 0;
    for (unsigned char b : s) non_continuation += (b & 0xC0) != 0x80;
    CHECK(non_continuation_bytes(s) == non_continuation);
    // Positions asked in increasing order, also inside characters, match counting the prefix
    // (a position inside a character counts that character).
    CharOffsets off(s);
    for (std::size_t b = 0; b <= s.size(); b += 1 + next() % 5) {
      std::size_t expect = 0, at = 0;
      while (at < b && at < s.size()) at += next_char(s, at).len, ++expect;
      CHECK(off.position(b) == expect + 1);
    }
  }
}
