// Word tokenizer shared by the passage segmenter, boilerplate classifier, topic rules and the
// name scanner.
//
// A word is a maximal run of letters, combining marks and decimal digits (any script), in which
// an apostrophe (' ’ ʼ) or a hyphen (- ‐ ‑, soft hyphen) may sit between two word characters:
// "d'Anthès", "O’Brien", "Bonch-Bruevich", "Санкт-Петербург", "1825", "XIX" are one word each.
// OCR hyphenation at a line end joins the two halves when the continuation starts with a
// lower-case letter ("revolu-\ntion" is one word); word_key() drops the hyphen and line break.
// Periods and commas always separate words: "G.V." is two words, "1,000" two words.
//
// Offsets are byte offsets into the input, which need not be valid UTF-8: the tokenizer walks
// it with next_char() and never treats U+FFFD (a malformed sequence) as part of a word.
// ASCII is classified by a table, basic Cyrillic letters (U+0400..U+045F) as byte pairs,
// everything else by ICU's general category (a trie lookup), so the scan runs at several hundred
// MB/s on prose and in linear time on any input.
//
//   clio::text::WordIterator it(text);
//   clio::text::Word w;
//   while (it.next(w)) use(text.substr(w.begin, w.end - w.begin));
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstring>
#include <cstdint>
#include <string>
#include <string_view>

namespace clio::text {

struct Word {
  std::size_t begin = 0;  // byte offset of the first byte
  std::size_t end = 0;    // byte offset one past the last byte
  std::uint32_t flags = 0;

  static constexpr std::uint32_t kHasLetter = 1;       // at least one letter
  static constexpr std::uint32_t kHasDigit = 2;        // at least one decimal digit
  static constexpr std::uint32_t kCapitalized = 4;     // the first character is upper or title case
  static constexpr std::uint32_t kAllUpper = 8;        // has letters and none of them is lower case
  static constexpr std::uint32_t kLineHyphen = 16;     // contains an OCR hyphenation line break
  static constexpr std::uint32_t kInnerJoiner = 32;    // contains an apostrophe or hyphen

  std::size_t size() const noexcept { return end - begin; }
  bool has(std::uint32_t f) const noexcept { return (flags & f) != 0; }
};

namespace detail {

// Byte classes as bits, so that the hot loops over Latin-script prose test one table entry per
// byte and never reach ICU: a word byte ORs its bits into the word's summary (`seen`).
enum : std::uint8_t {
  kWordByte = 1,  // ASCII letter or digit
  kLetterBit = 2,
  kLowerBit = 4,
  kUpperBit = 8,
  kDigitBit = 16,
  kJoinerByte = 32,  // ASCII apostrophe or hyphen
  kHighByte = 64,    // part of a multi-byte character
};

constexpr std::array<std::uint8_t, 256> make_byte_table() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kWordByte | kLetterBit | kLowerBit;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kWordByte | kLetterBit | kUpperBit;
  for (int c = '0'; c <= '9'; ++c) t[c] = kWordByte | kDigitBit;
  t['\''] = kJoinerByte;
  t['-'] = kJoinerByte;
  for (int c = 0x80; c < 0x100; ++c) t[c] = kHighByte;
  return t;
}
inline constexpr std::array<std::uint8_t, 256> kBytes = make_byte_table();

// Word flags (kHasLetter, kAllUpper, kHasDigit) from the `seen` bits of all its characters.
struct SeenFlags {
  std::array<std::uint8_t, 32> flags{};
  std::array<std::uint8_t, 32> with_first{};
  constexpr SeenFlags() {
    for (unsigned seen = 0; seen < 32; ++seen) {
      std::uint8_t f = 0;
      if (seen & kLetterBit) f |= (seen & kLowerBit) ? Word::kHasLetter : Word::kHasLetter | Word::kAllUpper;
      if (seen & kDigitBit) f |= Word::kHasDigit;
      flags[seen] = f;
      // The same with kUpperBit standing for the first byte's (next() indexes it so).
      with_first[seen] = static_cast<std::uint8_t>(f | ((seen & kUpperBit) ? Word::kCapitalized : 0));
    }
  }
};
inline constexpr SeenFlags kSeenFlags;

}  // namespace detail

// True for characters that make up words: letters, combining marks, decimal digits, letter-like
// numbers (Roman numeral characters), and the zero-width (non-)joiners used inside Indic and
// Persian words.
bool is_word_char(char32_t cp) noexcept;

// True for Unicode white space (including NBSP, U+2000..U+200A, U+3000, line separators).
bool is_space_char(char32_t cp) noexcept;

// True for upper-case or title-case letters of any script.
bool is_upper_char(char32_t cp) noexcept;

// True for lower-case letters of any script.
bool is_lower_char(char32_t cp) noexcept;

// Iterates the words of a text from a starting byte offset.
class WordIterator {
 public:
  explicit WordIterator(std::string_view text, std::size_t from = 0) noexcept
      : s_(text), pos_(from), last_stop_(last_stop(text)) {}
  // Stores the next word and returns true, or returns false at the end of the text. Inline for
  // the common case, an ASCII word that ends in an ASCII byte other than ' or - (or the text's
  // end): anything else is read by next_from(), from the word's start.
  bool next(Word& w) noexcept {
    return next_passing_over(w, [](std::size_t, std::size_t) { return false; });
  }
  // next() for a caller that ignores most lower-case words: a PLAIN word (ASCII letters and
  // digits, or basic Cyrillic letters U+0400..U+045F, the first no capital, ended by an ASCII
  // byte that is no letter, digit, ' or - or by the text's end)
  // may be offered to pass_over(begin, end), and is passed over without making a Word of it if
  // that returns true. Only words that next() reads inline are offered (not one after a
  // non-ASCII separator, say): the caller must treat a plain word it is given as it would
  // when offered. The words returned, and the positions after them, are those next() gives.
  template <class PassOver>
  bool next_passing_over(Word& w, PassOver&& pass_over) noexcept {
    using namespace detail;
    const auto* p = reinterpret_cast<const unsigned char*>(s_.data());
    const std::size_t n = s_.size();
    std::size_t i = pos_;
    for (;;) {
      std::uint8_t c = 0;
      while (i < n && !((c = kBytes[p[i]]) & (kWordByte | kHighByte))) ++i;
      if (i >= n) {
        pos_ = n;
        return false;
      }
      if (c & kHighByte) {
        // Most words that start so: basic Cyrillic letters alone, read here as byte pairs (the
        // letters next_from() reads so too); any other word is next_from()'s.
        const std::size_t begin = i;
        std::uint8_t letters = 0;
        for (; i + 1 < n; i += 2) {
          const unsigned pair = (unsigned{p[i]} << 8) | p[i + 1];
          if (!(pair - 0xD080u < 0x40u || pair - 0xD180u < 0x20u)) break;
          letters |= pair >= 0xD0B0u ? kLetterBit | kLowerBit : kLetterBit;  // а..я, ѐ..џ are lower case
        }
        if (i == begin || (i < n && (kBytes[p[i]] & (kWordByte | kJoinerByte | kHighByte)))) return next_from(w, begin);
        const bool capital = p[begin] == 0xD0 && p[begin + 1] < 0xB0;  // Ѐ..Я
        const std::size_t after = i < n ? i + 1 : i;
        if (!capital && pass_over(begin, i)) {
          i = after;
          continue;
        }
        w.begin = begin;
        w.end = i;
        w.flags = kSeenFlags.with_first[letters | (capital ? kUpperBit : 0)];
        pos_ = after;
        return true;
      }
      const std::size_t begin = i;
      const std::uint8_t first = c;
      std::uint8_t seen = c;
      if (begin < last_stop_) {  // the word ends at last_stop_ at the latest: no end-of-text test
        while ((c = kBytes[p[++i]]) & kWordByte) seen |= c;
      } else {
        while (++i < n && ((c = kBytes[p[i]]) & kWordByte)) seen |= c;
      }
      if (i < n && (c & (kJoinerByte | kHighByte))) return next_from(w, begin);
      const std::size_t after = i < n ? i + 1 : i;  // the byte after the word is a separator: the next search starts after it
      if (!(first & kUpperBit) && pass_over(begin, i)) {
        i = after;
        continue;
      }
      w.begin = begin;
      w.end = i;
      w.flags = kSeenFlags.with_first[(seen & (kLetterBit | kLowerBit | kDigitBit)) | (first & kUpperBit)];
      pos_ = after;
      return true;
    }
  }
  // Byte offset where the next search starts.
  std::size_t position() const noexcept { return pos_; }
  // Goes on from byte `pos`, which the caller knows to be no position inside a word (right after
  // white space that ends a word, say): the words from there are those next() would give.
  void seek(std::size_t pos) noexcept { pos_ = pos; }

 private:
  // next() for any word: the first word at or after `from`.
  bool next_from(Word& w, std::size_t from) noexcept;
  // Offset of the text's last byte that is not an ASCII letter or digit (0 if none): an ASCII
  // letter run that starts before it ends by it. Prose ends in punctuation, so this is O(1).
  static std::size_t last_stop(std::string_view text) noexcept {
    std::size_t i = text.size();
    while (i > 0 && (detail::kBytes[static_cast<unsigned char>(text[i - 1])] & detail::kWordByte)) --i;
    return i > 0 ? i - 1 : 0;
  }

  std::string_view s_;
  std::size_t pos_;
  std::size_t last_stop_;
};

// Calls f(const Word&) for every word of the text in order.
template <class F>
void for_each_word(std::string_view text, F&& f) {
  WordIterator it(text);
  Word w;
  while (it.next(w)) f(w);
}

// Appends the matching key of a word: case-folded (ICU default folding), with soft hyphens,
// zero-width joiners, Russian stress marks (U+0300, U+0301) and OCR hyphenation line breaks
// removed, typographic apostrophes mapped to ', hyphen variants to -, and ё to е.
// Two spellings that a reader would call the same word get the same key.
void append_word_key(std::string& out, std::string_view text, const Word& w);

// The first bytes of a word's key, for filters that reject most words before any key is built:
// the first min(4, key size) bytes of the key, byte k in bits 8k..8k+7, and how many there are
// (fewer than 4: that is the whole key).
struct KeyHead {
  std::uint32_t bytes = 0;
  std::uint32_t size = 0;
};

// The KeyHead of a word, read off its surface without building the key when the word starts
// with ASCII or basic Cyrillic (U+0400..U+045F) characters and has no OCR hyphenation: a few
// byte operations. False for any other word: build its key and take key_head() of it.
bool word_key_head(std::string_view text, const Word& w, KeyHead& out) noexcept;

// word_key_head() for the common case, inline for per-word filters: ASCII head bytes and no OCR
// hyphenation (it reads 4 bytes from the word's start, so also needs them inside the text).
// False when the word is not of that kind (call word_key_head()).
inline bool ascii_key_head(std::string_view text, const Word& w, KeyHead& out) noexcept {
  if constexpr (std::endian::native != std::endian::little) return false;
  if (text.size() - w.begin < 4 || w.has(Word::kLineHyphen)) return false;
  std::uint32_t v;
  std::memcpy(&v, text.data() + w.begin, sizeof v);
  const std::uint32_t size = w.size() < 4 ? static_cast<std::uint32_t>(w.size()) : 4;
  // The bytes after a short word are not its key.
  const std::uint32_t in_key = size < 4 ? (std::uint32_t{1} << (8 * size)) - 1 : ~std::uint32_t{0};
  v &= in_key;
  if (v & 0x80808080u) return false;
  // Letters, digits, ' and - only inside a word: lower-casing is all the key does to them, and
  // for these bytes that is setting the 0x20 bit (digits, ' and - have it already).
  out = {(v | 0x20202020u) & in_key, size};
  return true;
}

// The KeyHead of a key.
KeyHead key_head(std::string_view key) noexcept;

// The key of a word as a new string.
std::string word_key(std::string_view text, const Word& w);

// The key of a standalone word or phrase: each word's key, joined by single spaces.
std::string phrase_key(std::string_view phrase);

}  // namespace clio::text
