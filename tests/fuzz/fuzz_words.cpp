// Fuzz target: the word tokenizer (text/words.hpp).
//
// Properties checked for every input:
//   * words come in order, do not overlap, are non-empty, lie inside the text and start and
//     end on character boundaries (next_char steps);
//   * a word starts and ends with a word character, and no word character is left outside
//     the words (words are maximal);
//   * flags are consistent: kAllUpper and kCapitalized imply kHasLetter;
//   * restarting a WordIterator at a word's beginning finds that same word;
//   * word keys are valid UTF-8, and phrase_key(text) is the non-empty keys of all words joined
//     by single spaces.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

using namespace clio::text;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  const std::string_view s = fuzz_input_;

  // Character starts, and whether each character is a word character.
  std::vector<bool> is_start(s.size() + 1, false);
  is_start[s.size()] = true;
  for (std::size_t i = 0; i < s.size(); i += next_char(s, i).len) is_start[i] = true;

  std::vector<Word> words;
  WordIterator it(s);
  Word w;
  while (it.next(w)) {
    FUZZ_CHECK(w.begin < w.end && w.end <= s.size());
    FUZZ_CHECK(words.empty() || words.back().end <= w.begin);
    FUZZ_CHECK(is_start[w.begin] && is_start[w.end]);
    FUZZ_CHECK(it.position() >= w.end);
    FUZZ_CHECK(is_word_char(next_char(s, w.begin).cp));
    std::size_t last = w.begin;
    for (std::size_t i = w.begin; i < w.end; i += next_char(s, i).len) last = i;
    FUZZ_CHECK(is_word_char(next_char(s, last).cp));
    if (w.has(Word::kAllUpper) || w.has(Word::kCapitalized)) FUZZ_CHECK(w.has(Word::kHasLetter));
    words.push_back(w);
    FUZZ_CHECK(words.size() <= s.size());
  }

  // Maximality: every word character lies inside some word.
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.size(); i += next_char(s, i).len) {
    while (k < words.size() && words[k].end <= i) ++k;
    const bool inside = k < words.size() && words[k].begin <= i;
    if (!inside) FUZZ_CHECK(!is_word_char(next_char(s, i).cp));
  }

  // Restarting at a word's start finds it again (check a few, to stay linear).
  for (std::size_t j = 0; j < words.size(); j += 1 + words.size() / 8) {
    WordIterator again(s, words[j].begin);
    Word v;
    FUZZ_CHECK(again.next(v));
    FUZZ_CHECK(v.begin == words[j].begin && v.end == words[j].end && v.flags == words[j].flags);
  }

  std::string joined;
  for (std::size_t j = 0; j < words.size(); ++j) {
    const std::string key = word_key(s, words[j]);
    FUZZ_CHECK(is_valid_utf8(key));
    std::string appended = "x";
    append_word_key(appended, s, words[j]);
    FUZZ_CHECK(appended.substr(1) == key);
    if (key.empty()) continue;  // a word of stress marks or joiners alone has an empty key
    if (!joined.empty()) joined += ' ';
    joined += key;
  }
  FUZZ_CHECK(phrase_key(s) == joined);
  return 0;
}
