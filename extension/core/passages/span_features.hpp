// What boilerplate detection (boilerplate.hpp) reads of a line or a sentence: word counts,
// function words, punctuation, capitals, markup, and the first words for the phrase matcher
// (phrase_matcher.hpp). Internal to passages/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "passages/segmenter.hpp"
#include "text/words.hpp"

namespace clio::passages::detail {

using clio::text::Word;

constexpr std::size_t kMaxKeyWords = 40;      // words keyed for phrase matching
constexpr std::size_t kContainsMaxWords = 24;  // `contains` phrases only in spans this short
constexpr std::size_t kShortLineWords = 12;
constexpr std::size_t kStopCountWords = 30;    // function words are counted in the first 30 words
constexpr std::size_t kCharsUncounted = ~std::size_t{0};

// Features of one line or sentence.
struct Features {
  std::size_t words = 0;        // counted up to one past the span's limit (see features())
  std::size_t letter_words = 0;
  std::size_t stop = 0;       // function words among the first kStopCountWords, counted only in lines
                              // without final punctuation: every rule that reads it is for those
  std::size_t chars = 0;     // characters (SQLite's count) of the span, counted by features()
                             // only for three or more markup characters (the markup ratio is
                             // the only rule on a span's own features that reads it); else
                             // kCharsUncounted, and a rule that compares lines counts it
  std::size_t markup = 0;    // <>{}|=\ characters
  std::size_t separators = 0;  // menu separators between items: | » › · / >
  bool copyright = false;
  bool html = false;         // a tag or an entity
  bool inner_terminal = false;  // ". " or "! " or "? " before the end: more than one sentence
  bool ends_terminal = false;
  bool ends_open = false;
  bool starts_capital = false;  // first letter or digit is upper case or a digit
  bool all_caps = false;
  bool clock = false;  // a time of day "21:40": comment and post timestamps
  // The first kMaxKeyWords + 1 words (kContainsMaxWords + 1 for sentences); none for a line with
  // final punctuation that has more words than any phrase (then words is kContainsMaxWords + 1
  // and letter_words 1: every rule that reads such a line only compares them with smaller
  // numbers and 0). Their keys are built lazily (key_word), only for words where a phrase may
  // start and the words after them: keying every word (ICU case folding) was most of the cost
  // of analyze().
  std::vector<Word> word_list;
  std::string keys;                     // the keys built so far, in any order
  std::vector<std::uint32_t> key_begin, key_end;  // per listed word; kNoKey until built
  std::string rep_key;       // for repetition: keys of words with letters, when short and the
                             // line could be a running head (see classify_lines); else empty
  std::string scratch;       // one word's key
};

// A mark that features_words sets on the words it lists (Word::flags has room above the
// iterator's own flags): the word is plain ASCII without OCR hyphenation (plain_ascii), decided
// once per word instead of once per question about it.
constexpr std::uint32_t kListedPlainAscii = 1u << 31;

// Whether the word is plain ASCII without OCR hyphenation: its key is then the word lower-cased
// (append_word_key's fast path), and can be judged from the raw bytes.
inline bool plain_ascii(std::string_view s, const Word& w) {
  if (w.has(Word::kLineHyphen)) return false;
  for (std::size_t i = w.begin; i < w.end; ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Fills `f` (reusing its buffers) with the features of the span: `for_line` for a whole line
// (final punctuation, function words, the repetition key), else a sentence.
void features(std::string_view s, Span span, Features& f, bool for_line);

// Whether the span certainly has more than `limit` words (as text::WordIterator finds them), one
// of them with a letter: a word character (an ASCII letter or digit, a Cyrillic letter) right
// after a space starts a word of its own (words never cross a space), so counting them gives a
// lower bound. False when unsure. Eight bytes at a time, no word iteration.
bool more_words_than(std::string_view s, Span span, std::size_t limit);

// The word part of features(): counts, the word list and function words, up to one word past
// `limit`.
void features_words(std::string_view s, Span span, Features& f, bool for_line, std::size_t limit);

// Function words among the first kStopCountWords listed words of the span (features() counts
// them only for lines without final punctuation; the line model reads them on every short line).
std::size_t count_stop_words(std::string_view s, Features& f);

}  // namespace clio::passages::detail
