// Unit tests of the line features boilerplate detection reads (passages/span_features.hpp): the
// byte test that spares listing the words of a line of prose never claims more words than the
// word iterator finds.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "passages/span_features.hpp"
#include "text/words.hpp"

using namespace clio::passages;
using clio::passages::detail::more_words_than;

namespace {

// The words text::WordIterator finds in the span, and whether one has a letter.
struct Count {
  std::size_t words = 0;
  bool letter = false;
};
Count iterator_count(std::string_view s, Span span) {
  Count c;
  clio::text::WordIterator it(s.substr(0, span.end), span.begin);
  clio::text::Word w;
  while (it.next(w)) {
    ++c.words;
    c.letter = c.letter || w.has(clio::text::Word::kHasLetter);
  }
  return c;
}

// A line of random pieces: words, numbers, joiners, punctuation, Cyrillic, malformed bytes and
// separators that are not spaces (no-break space, dashes), so that stretches between spaces hold
// several words or none.
std::string random_line(std::mt19937& rng) {
  static const std::vector<std::string> pieces = {
      "Lenin", "left", "Zurich", "1917", "3.5", "31.10.1917", "1917–1918", "don't", "news-letter", "U.S.",
      "—", "«", "»", "(", ")", ",", ".", "...", "Ленин", "уехал", "Ё", "\xD0", "\xD1\x41", "\xC2\xA0", "a\xC2\xA0" "b",
      "Łódź", "é", "\xCC\x81", "12,000", "#", "*", "x-y-z", "'", "\"", "1", "a"};
  static const std::vector<std::string> gaps = {" ", " ", " ", "\t", "", "  ", "\xC2\xA0", "-", "/"};
  std::string t;
  const int n = std::uniform_int_distribution<int>(0, 60)(rng);
  for (int k = 0; k < n; ++k) {
    t += pieces[rng() % pieces.size()];
    t += gaps[rng() % gaps.size()];
  }
  return t;
}

}  // namespace

TEST_CASE("more_words_than is a lower bound of the word iterator's count") {
  std::mt19937 rng(20261128);
  int claimed = 0, declined = 0;
  for (int n = 0; n < 20000; ++n) {
    const std::string t = random_line(rng);
    const std::size_t limit = rng() % 30;
    const Span span{0, t.size()};
    const Count c = iterator_count(t, span);
    INFO(t);
    INFO(limit);
    if (more_words_than(t, span, limit)) {
      ++claimed;
      CHECK(c.words > limit);
      CHECK(c.letter);
    } else if (c.words > limit && c.letter) {
      ++declined;  // allowed: the test is only sure of words split by spaces
    }
  }
  CHECK(claimed > 1000);
  CHECK(declined > 100);
}

TEST_CASE("more_words_than on plain cases") {
  auto more = [](std::string_view t, std::size_t limit) { return more_words_than(t, {0, t.size()}, limit); };
  CHECK(more("one two three", 2));
  CHECK_FALSE(more("one two three", 3));
  CHECK(more("Ленин уехал в", 2));
  CHECK_FALSE(more("1 2 3", 2));         // no word with a letter
  CHECK_FALSE(more("one,two,three", 2));  // three words, but not split by spaces: unsure
  CHECK_FALSE(more("— — — —", 1));       // no word at all
  CHECK(more("x — y — z", 2));
}
