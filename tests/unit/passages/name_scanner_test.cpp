// The name scanner's fast paths against the slow paths they stand for: plain lower-case words
// passed over by the word walk (text::WordIterator::next_passing_over) and by the topic stream
// (TopicMatcher::Stream::passes_over) give the words and topic matches of the word-by-word walk.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include <unicode/uchar.h>

#include "passages/topics.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

using clio::passages::TopicMatcher;
using clio::passages::TopicSpan;

namespace {

struct Lcg {
  std::uint32_t seed;
  std::uint32_t operator()(std::uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  }
};

// Random text of ASCII words (lower, capitalised, digits), joiners, Cyrillic, stress marks and
// separators, so that words of every kind meet every kind of neighbour and the text's end.
std::string random_text(Lcg& rnd, int pieces) {
  static const char* const kPieces[] = {"a",  "st", "war", "Str", "oke", "K",  "1",  "19", "\xd0\xb6", "\xd0\x96", "\xd1\x8f", "\xd0\x81", "\xd1\x91", "\xd0\xb0\xd0\x81",
                                        "'",  "-",  " ",   " ",   "  ",  ", ", ".", "-\n", "\n",      "\xe2\x80\x99",
                                        "\xcc\x81", "\xc3\xa9", "x", "re", "in"};
  std::string t;
  for (int k = 0; k < pieces; ++k) t += kPieces[rnd(static_cast<std::uint32_t>(std::size(kPieces)))];
  return t;
}

// A plain word as next_passing_over() defines it.
bool plain(std::string_view text, const clio::text::Word& w) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  bool ascii = true, cyrillic = true;
  for (std::size_t i = w.begin; i < w.end; ++i) {
    const unsigned char c = byte(i);
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) ascii = false;
  }
  if ((w.end - w.begin) % 2) cyrillic = false;
  for (std::size_t i = w.begin; cyrillic && i + 1 < w.end; i += 2) {
    const unsigned pair = (unsigned{byte(i)} << 8) | byte(i + 1);
    cyrillic = (pair >= 0xD080 && pair <= 0xD0BF) || (pair >= 0xD180 && pair <= 0xD19F);
  }
  if (!ascii && !cyrillic) return false;
  if (ascii && byte(w.begin) >= 'A' && byte(w.begin) <= 'Z') return false;
  if (cyrillic && byte(w.begin) == 0xD0 && byte(w.begin + 1) < 0xB0) return false;
  if (w.end == text.size()) return true;
  const unsigned char after = byte(w.end);
  return after < 0x80 && after != '\'' && after != '-' && !std::isalnum(after);
}

// The case and content flags of a word from ICU, character by character: what the inline
// paths of the walk (ASCII, basic Cyrillic) must give.
std::uint32_t reference_flags(std::string_view text, const clio::text::Word& w) {
  using clio::text::Word;
  bool letter = false, lower = false, digit = false;
  for (std::size_t i = w.begin; i < w.end;) {
    const clio::text::Char c = clio::text::next_char(text, i);
    i += c.len;
    const auto gc = U_GET_GC_MASK(static_cast<UChar32>(c.cp));
    letter |= (gc & U_GC_L_MASK) != 0;
    lower |= (gc & U_GC_LL_MASK) != 0;
    digit |= (gc & U_GC_ND_MASK) != 0;
  }
  std::uint32_t f = 0;
  if (letter) f |= lower ? Word::kHasLetter : Word::kHasLetter | Word::kAllUpper;
  if (digit) f |= Word::kHasDigit;
  if (clio::text::is_upper_char(clio::text::next_char(text, w.begin).cp)) f |= Word::kCapitalized;
  return f;
}

}  // namespace

TEST_CASE("name scanner: the walk passes over plain words only, and returns the others as next() does") {
  Lcg rnd{777};
  std::size_t total_passed = 0;  // the fast path must be taken, not only agree
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(rnd, 1 + static_cast<int>(rnd(40)));
    std::vector<clio::text::Word> all;
    clio::text::for_each_word(text, [&](const clio::text::Word& w) { all.push_back(w); });
    // Pass over every plain word the predicate accepts (every other one, or all).
    const bool every = round % 2 == 0;
    std::vector<std::pair<std::size_t, std::size_t>> passed, returned;
    std::size_t offered = 0;
    clio::text::WordIterator it(text);
    clio::text::Word w;
    auto pass_over = [&](std::size_t b, std::size_t e) {
      const bool pass = every || offered++ % 2 == 0;
      if (pass) passed.emplace_back(b, e);
      return pass;
    };
    while (it.next_passing_over(w, pass_over)) {
      returned.emplace_back(w.begin, w.end);
      constexpr std::uint32_t kCase = clio::text::Word::kHasLetter | clio::text::Word::kHasDigit |
                                      clio::text::Word::kCapitalized | clio::text::Word::kAllUpper;
      CHECK_MESSAGE((w.flags & kCase) == reference_flags(text, w), text.substr(w.begin, w.end - w.begin));
      bool found = false;
      for (const auto& x : all)
        if (x.begin == w.begin) {
          CHECK(x.end == w.end);
          CHECK(x.flags == w.flags);
          found = true;
        }
      CHECK(found);
    }
    // Together the words of next(), in order; the passed ones plain.
    std::vector<std::pair<std::size_t, std::size_t>> merged = passed;
    merged.insert(merged.end(), returned.begin(), returned.end());
    std::sort(merged.begin(), merged.end());
    std::vector<std::pair<std::size_t, std::size_t>> expected;
    for (const auto& x : all) expected.emplace_back(x.begin, x.end);
    CHECK_MESSAGE(merged == expected, text);
    total_passed += passed.size();
    for (const auto& p : passed) {
      const clio::text::Word pw{p.first, p.second, 0};
      CHECK_MESSAGE(plain(text, pw), text);
    }
  }
  CHECK(total_passed > 1000);
}

TEST_CASE("name scanner: topics fed with passes_over first match as topics fed every word") {
  Lcg rnd{4242};
  static const char* const kPatterns[] = {"war", "st*", "stroke", "a", "r*", "in*", "civil war", "war war", "k",
                                          "\xd0\xb6*", "x re", "1", "19*", "st oke", "re*"};
  for (int round = 0; round < 2000; ++round) {
    TopicMatcher m;
    const int rules = 1 + static_cast<int>(rnd(5));
    for (int r = 0; r < rules; ++r) m.add("t" + std::to_string(r), kPatterns[rnd(static_cast<std::uint32_t>(std::size(kPatterns)))]);
    const std::string text = random_text(rnd, 1 + static_cast<int>(rnd(60)));
    TopicMatcher::Stream fast(m, text);
    clio::text::WordIterator it(text);
    clio::text::Word w;
    while (it.next_passing_over(w, [&](std::size_t b, std::size_t e) { return fast.passes_over(b, e); })) fast.word(w);
    const std::vector<TopicSpan> got = fast.all();
    CHECK_MESSAGE(got == m.match_all(text), text);
  }
}
