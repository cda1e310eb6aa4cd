// The tokenizer's fast letter answers (dates/date_letters.hpp) against ICU, and the fast character
// positions of clio_dates (text/char_positions.hpp) against text::CharOffsets on valid and broken
// UTF-8.
#include <doctest/doctest.h>
#include <unicode/uchar.h>

#include <random>
#include <string>

#include "dates/date_letters.hpp"
#include "text/char_positions.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

using namespace clio;

namespace {

bool icu_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  return u_isalpha(static_cast<UChar32>(c)) || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

}  // namespace

TEST_CASE("date letters: the fast ranges answer as ICU does for every code point below U+0500") {
  for (char32_t c = 0x80; c < 0x500; ++c) {
    CAPTURE(static_cast<unsigned>(c));
    CHECK(dates::letters::is_letter(c) == icu_letter(c));
    if (!icu_letter(c)) continue;
    CHECK(dates::letters::is_upper_letter(c) == static_cast<bool>(u_isupper(static_cast<UChar32>(c))));
    char32_t f = text::fold_char(c);
    if (f == 0x451) f = 0x435;
    CHECK(dates::letters::fold_letter(c) == f);
  }
  CHECK(dates::letters::fold_letter(U'Ё') == U'е');
  CHECK(dates::letters::fold_letter(U'Ä') == U'ä');
}

TEST_CASE("date letters: the two-byte decoder agrees with next_char, also on malformed input") {
  const std::string samples[] = {"\xD0\x96", "\xD0\x96\x80", "\xC3", "\xC3\xA4x", "\xC0\x80", "\xC1\xBF",
                                 "\xDF\xBF\xBF", "\xE2\x80\x94", "a", "\x80"};
  for (const auto& s : samples) {
    CAPTURE(s);
    const text::Char want = text::next_char(s, 0);
    const text::Char got = dates::letters::next_char_fast(s, 0);
    CHECK(got.cp == want.cp);
    CHECK(got.len == want.len);
  }
}

TEST_CASE("char positions: the same 1-based offsets as CharOffsets, valid or not") {
  std::mt19937 rng(7);
  const std::string pieces[] = {"a", " ", "Ж", "ä", "—", "😀", "\x80", "\xC3", "\xE2\x80", "\xF0\x9F\x98\x80\x80",
                                "abcdefghijklmnop", "\xFF", "Москва 1917 "};
  for (int round = 0; round < 300; ++round) {
    std::string s;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    text::CharOffsets slow(s);
    text::CharPositions fast(s);
    std::size_t at = 0;
    while (at <= s.size() + 2) {
      CAPTURE(s);
      CAPTURE(at);
      REQUIRE(fast.position(at) == slow.position(at));
      at += 1 + rng() % 5;
    }
    // Going back restarts both.
    text::CharOffsets slow2(s);
    CHECK(fast.position(0) == slow2.position(0));
    CHECK(fast.position(s.size()) == text::char_count(s) + 1);
  }
}
