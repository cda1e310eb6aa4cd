#include "dates/date_tokens.hpp"

#include "dates/date_icu_names.hpp"
#include "dates/date_letters.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "text/utf8.hpp"

namespace clio::dates {
namespace {

using letters::fold_letter;
using letters::is_letter;
using letters::is_space;
using letters::is_upper_letter;
using letters::next_char_fast;

// Encodes into buf; returns bytes written (0 if it does not fit).
std::size_t encode(char32_t c, char* out, std::size_t room) noexcept {
  if (c < 0x80) {
    if (room < 1) return 0;
    out[0] = static_cast<char>(c);
    return 1;
  }
  if (c < 0x800) {
    if (room < 2) return 0;
    out[0] = static_cast<char>(0xC0 | (c >> 6));
    out[1] = static_cast<char>(0x80 | (c & 0x3F));
    return 2;
  }
  if (c < 0x10000) {
    if (room < 3) return 0;
    out[0] = static_cast<char>(0xE0 | (c >> 12));
    out[1] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (c & 0x3F));
    return 3;
  }
  if (room < 4) return 0;
  out[0] = static_cast<char>(0xF0 | (c >> 18));
  out[1] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (c & 0x3F));
  return 4;
}

constexpr std::size_t kKeyCap = 48;

// Bit k set: the k-th letter of the alphabet is a Roman digit (c d i l m v x).
constexpr std::uint32_t kRomanLetters = (1u << ('c' - 'a')) | (1u << ('d' - 'a')) | (1u << ('i' - 'a')) |
                                        (1u << ('l' - 'a')) | (1u << ('m' - 'a')) | (1u << ('v' - 'a')) |
                                        (1u << ('x' - 'a'));

// A word's lexicon key as the tokenizer builds it: the case-folded bytes, while they fit, and room
// for the 8 zero bytes after them that lex::lookup_padded and padded_hash read.
struct WordKey {
  char buf[kKeyCap + 8];
  std::size_t len = 0;
  bool fits = true;
  std::string_view folded() const noexcept { return {buf, len}; }
};

std::uint64_t load_le64(const char* p) noexcept {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
  return v;
}

void store_le64(char* p, std::uint64_t v) noexcept {
  if constexpr (std::endian::native == std::endian::big) v = __builtin_bswap64(v);
  std::memcpy(p, &v, 8);
}

// lex::key_hash of the key, read 8 bytes at a time after zeroing the 8 bytes past its end.
[[gnu::always_inline]] inline std::uint32_t padded_hash(WordKey& key) noexcept {
  std::memset(key.buf + key.len, 0, 8);
  std::uint64_t h = lex::kHashSeed;
  for (std::size_t at = 0; at < key.len; at += 8) h = lex::hash_chunk(h, load_le64(key.buf + at));
  return lex::hash_finish(h, key.len);
}

inline bool is_ascii_letter(unsigned char b) noexcept {
  return static_cast<unsigned char>((b | 0x20) - 'a') <= 'z' - 'a';  // false for every byte >= 0x80
}

// Appends the folded form of one non-ASCII letter to the key (UTF-8); a letter that does not fit
// ends the key.
// Inlined: it runs once per letter of every non-ASCII word.
[[gnu::always_inline]] inline void append_folded(WordKey& key, char32_t letter) noexcept {
  if (!key.fits) return;
  const char32_t folded = fold_letter(letter);
  if (folded >= 0x80 && folded < 0x800 && kKeyCap - key.len >= 2) {  // Latin-1, Greek, Cyrillic: inline
    key.buf[key.len] = static_cast<char>(0xC0 | (folded >> 6));
    key.buf[key.len + 1] = static_cast<char>(0x80 | (folded & 0x3F));
    key.len += 2;
    return;
  }
  const std::size_t w = encode(folded, key.buf + key.len, kKeyCap - key.len);
  if (w == 0) key.fits = false;
  key.len += w;
}

// Reads the run of ASCII letters starting at s[i] (an ASCII letter) and returns the index after it.
// One pass folds and classifies each letter while the key has room; past that (a word longer than
// any key) only the flags are kept. `any_lower`: the run has a lower-case letter; `roman_chars` is
// cleared unless every letter is a Roman digit.
std::size_t read_ascii_run(std::string_view s, std::size_t i, WordKey& key, bool& any_lower,
                           bool& roman_chars) noexcept {
  const std::size_t n = s.size();
  unsigned seen = 0;  // OR of the bytes: bit 5 is set by any lower-case letter
  std::uint32_t roman_bits = 1;
  if (key.fits) {
    const std::size_t room = kKeyCap - key.len;
    const std::size_t stop = n - i < room ? n : i + room;
    std::size_t len = key.len;
    for (; i < stop; ++i) {
      const auto c = static_cast<unsigned char>(s[i]);
      const auto lc = static_cast<unsigned char>(c | 0x20);
      if (!is_ascii_letter(c)) break;
      seen |= c;
      roman_bits &= kRomanLetters >> (lc - 'a');
      key.buf[len++] = static_cast<char>(lc);
    }
    key.len = len;
    if (i < n && is_ascii_letter(static_cast<unsigned char>(s[i]))) key.fits = false;  // longer than the room
  }
  for (; i < n && is_ascii_letter(static_cast<unsigned char>(s[i])); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    seen |= c;
    roman_bits &= kRomanLetters >> ((c | 0x20) - 'a');
  }
  if (seen & 0x20u) any_lower = true;
  if (!(roman_bits & 1u)) roman_chars = false;
  return i;
}

// A word of one to fifteen ASCII letters followed by an ASCII byte that is no letter: most words of
// prose. Read with one or two 8-byte loads and bit tricks on all their bytes at once, so its letters
// cost no branch each, and hashed from the same registers (lex::key_hash works in 8-byte chunks).
struct ShortWord {
  std::size_t len = 0;
  std::uint64_t folded[2] = {0, 0};  // the lower-case letters, little-endian, zero after the word
  std::uint32_t hash = 0;            // lex::key_hash of the folded letters
  bool any_lower = false;
  bool roman_start = false;  // the first letters are Roman digits: the word may be a Roman numeral
};

constexpr std::uint64_t every_byte(unsigned char b) noexcept { return 0x0101010101010101ull * b; }

// One 8-byte chunk of a word: the top bit of every byte that is no ASCII letter, in `stops`.
struct Chunk {
  std::uint64_t bytes, folded_all, stops;
};

Chunk read_chunk(const char* p) noexcept {
  Chunk c;
  c.bytes = load_le64(p);
  c.folded_all = c.bytes | every_byte(0x20);
  const std::uint64_t low7 = c.folded_all & every_byte(0x7F);  // no carry between bytes below
  const std::uint64_t from_a = (low7 + every_byte(0x80 - 'a')) & every_byte(0x80);
  const std::uint64_t past_z = (low7 + every_byte(0x7F - 'z')) & every_byte(0x80);
  const std::uint64_t letters = from_a & ~past_z & ~(c.bytes & every_byte(0x80));
  c.stops = ~letters & every_byte(0x80);
  return c;
}

// False when s[i..] is not such a word or the text ends too soon for the loads; s[i] is an ASCII
// letter.
bool read_short_word(std::string_view s, std::size_t i, ShortWord& w) noexcept {
  if (s.size() - i < 8) return false;
  const Chunk first = read_chunk(s.data() + i);
  Chunk last = first;
  std::size_t base = 0;  // bytes before `last`
  if (first.stops == 0) {  // eight letters or more
    if (s.size() - i < 16) return false;
    last = read_chunk(s.data() + i + 8);
    if (last.stops == 0) return false;  // sixteen or more: the general path
    base = 8;
  }
  const int tail = std::countr_zero(last.stops) / 8;  // letters in `last`
  if ((last.bytes >> (8 * tail)) & 0x80) return false;  // a non-ASCII byte follows: the word may go on in it
  const std::uint64_t mask = tail == 0 ? 0 : (1ull << (8 * tail)) - 1;
  w.len = base + static_cast<std::size_t>(tail);
  w.any_lower = (last.bytes & mask & every_byte(0x20)) != 0;
  std::uint64_t h = lex::kHashSeed;
  if (base) {
    w.folded[0] = first.folded_all;
    w.any_lower = w.any_lower || (first.bytes & every_byte(0x20)) != 0;
    h = lex::hash_chunk(h, w.folded[0]);
    w.folded[1] = last.folded_all & mask;
    if (tail) h = lex::hash_chunk(h, w.folded[1]);
  } else {
    w.folded[0] = last.folded_all & mask;
    w.folded[1] = 0;
    h = lex::hash_chunk(h, w.folded[0]);
  }
  w.hash = lex::hash_finish(h, w.len);
  // Only the first two letters: roman_value() rejects the word at its first other letter, so
  // testing them all here would not change t.roman, only cost more on every word.
  auto roman_letter = [](std::uint64_t c) { return ((kRomanLetters >> (c - 'a')) & 1u) != 0; };
  const std::uint64_t second = (w.folded[0] >> 8) & 0xFFu;
  w.roman_start = roman_letter(w.folded[0] & 0xFFu) && (w.len == 1 || roman_letter(second));
  return true;
}

inline bool is_upper_roman_digit(char c) noexcept {
  return c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' || c == 'M';
}

// The ordinal endings written after a Roman numeral: French "XVIIIe", "Ier", "XIXème", "Ire",
// English "XIXth", "XXIst".
bool is_ordinal_ending(std::string_view e) noexcept {
  using namespace std::string_view_literals;
  switch (e.size()) {
    case 1: return e[0] == 'e';
    case 2: return e == "er"sv || e == "re"sv || e == "\xC3\xA8"sv || e == "th"sv || e == "st"sv || e == "nd"sv ||
                   e == "rd"sv;
    case 3: return e == "eme"sv;
    case 4: return e == "\xC3\xA8me"sv;
    default: return false;
  }
}

// Skips the whitespace at s[i..] and returns the index after it; sets `space` when there was any
// and `newline` when it held a line break.
std::size_t skip_space(std::string_view s, std::size_t i, bool& space, bool& newline) noexcept {
  const std::size_t n = s.size();
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') {
      space = true;
      ++i;
    } else if (b == '\n') {
      space = newline = true;
      ++i;
    } else if (b >= 0x80) {
      // Every space above ASCII (U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000) starts with one of
      // these bytes: a Cyrillic or accented letter ends the loop without being decoded here.
      if (b != 0xC2 && b != 0xE2 && b != 0xE3) break;
      const text::Char ch = next_char_fast(s, i);
      if (!is_space(ch.cp)) break;
      space = true;
      i += ch.len;
    } else {
      break;
    }
  }
  return i;
}

// True when byte b cannot begin whitespace: ASCII that is no space, or a lead byte no space above
// ASCII starts with.
constexpr std::array<bool, 256> no_space_bytes() {
  std::array<bool, 256> t{};
  for (int b = 0; b < 256; ++b)
    t[b] = !(b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v' || b == 0xC2 || b == 0xE2 ||
             b == 0xE3);
  return t;
}
constexpr std::array<bool, 256> kNoSpace = no_space_bytes();

}  // namespace

int roman_value(std::string_view s) noexcept {
  if (s.empty() || s.size() > 15) return 0;
  auto val = [](char c) -> int {
    switch (c | 0x20) {
      case 'i': return 1; case 'v': return 5; case 'x': return 10; case 'l': return 50;
      case 'c': return 100; case 'd': return 500; case 'm': return 1000;
      default: return 0;
    }
  };
  int total = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const int v = val(s[i]);
    if (v == 0) return 0;
    const int next = i + 1 < s.size() ? val(s[i + 1]) : 0;
    total += next > v ? -v : v;
  }
  if (total <= 0 || total >= 4000) return 0;
  // Canonical form check: re-encode and compare, which rejects "iiii", "vx", "ic", "mid".
  static constexpr struct { int v; const char* s; } kParts[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}};
  char buf[20];
  std::size_t n = 0;
  int rest = total;
  for (const auto& p : kParts) {
    while (rest >= p.v) {
      for (const char* q = p.s; *q; ++q) {
        if (n >= sizeof buf) return 0;
        buf[n++] = *q;
      }
      rest -= p.v;
    }
  }
  if (n != s.size()) return 0;
  for (std::size_t i = 0; i < n; ++i)
    if ((s[i] | 0x20) != buf[i]) return 0;
  return total;
}

bool fold_word_into(std::string_view text, std::size_t begin, std::size_t end, char* buf,
                    std::size_t cap, std::size_t& len) noexcept {
  std::size_t i = begin;
  while (i < end) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // what the general path below does for an ASCII byte, without decoding it
      if (len == cap) return false;
      buf[len++] = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    const text::Char ch = next_char_fast(text, i);
    const std::size_t w = encode(fold_letter(ch.cp), buf + len, cap - len);
    if (w == 0) return false;
    len += w;
    i += ch.len;
  }
  return true;
}

// Reading one token (read_token and its parts).
namespace {

// With t.lex set from the date lexicon: the extra language's entry for a word the lexicon lacks, the
// roles, and the Roman numeral value. `folded` has zero bytes after it up to a multiple of 8.
[[gnu::always_inline]] inline void set_lexicon_and_roman(std::string_view folded, std::uint32_t hash,
                                                         bool roman_chars, const icu_names::WordTable* extra,
                                                         Token& t) noexcept {
  if (!t.lex && extra) t.lex = icu_names::find(*extra, folded, hash);
  if (t.lex) t.roles = t.lex->roles;
  if (roman_chars) t.roman = static_cast<std::uint16_t>(roman_value(folded));
}

// The Roman value of a folded word whose Cyrillic х and і stand for x and i ("хiх" = 19); 0 if
// it is no numeral. Out of line: only words with these letters and Roman digits come here.
[[gnu::noinline]] int lookalike_roman_value(std::string_view folded) noexcept {
  char latin[24];
  std::size_t n = 0;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    if (n + 1 >= sizeof latin) return 0;
    const unsigned char c = static_cast<unsigned char>(folded[i]);
    if (c < 0x80) {
      latin[n++] = static_cast<char>(c);
    } else if (c == 0xD1 && i + 1 < folded.size() && (static_cast<unsigned char>(folded[i + 1]) == 0x85 ||
                                                     static_cast<unsigned char>(folded[i + 1]) == 0x96)) {
      latin[n++] = static_cast<unsigned char>(folded[i + 1]) == 0x85 ? 'x' : 'i';  // х U+0445, і U+0456
      ++i;
    } else {
      return 0;
    }
  }
  latin[n] = 0;
  return roman_value(std::string_view(latin, n));
}

// "XVIIIe", "XIXème", "Ier", "XIXth": upper-case Roman letters followed by a lower-case ordinal
// ending form one word; split the value off so "XVIIIe siècle" reads as a century. Out of line:
// split_roman_ordinal's inline test passes only capitalized words that start with a Roman digit.
[[gnu::noinline]] void split_roman_prefix(std::string_view s, Token& t) noexcept {
  std::size_t r = t.begin + 1;
  while (r < t.end && is_upper_roman_digit(s[r])) ++r;
  if (!is_ordinal_ending(s.substr(r, t.end - r))) return;
  const int v = roman_value(s.substr(t.begin, r - t.begin));
  if (v > 0) {
    t.roman = static_cast<std::uint16_t>(v);
    t.roman_ord = true;
  }
}

inline void split_roman_ordinal(std::string_view s, Token& t) noexcept {
  if (t.upper && t.roman == 0 && is_upper_roman_digit(s[t.begin])) split_roman_prefix(s, t);
}

void read_number(std::string_view s, Token& t) noexcept {
  t.kind = TokKind::number;
  std::size_t i = t.begin;
  std::int64_t v = 0;
  std::uint32_t d = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    if (v < kNumberCap) v = v * 10 + (s[i] - '0');
    if (d < UINT32_MAX) ++d;
    ++i;
  }
  t.value = v < kNumberCap ? v : kNumberCap;
  t.digits = d;
  t.end = i;
}

// Han ideographs, kana and Hangul syllables: texts in these scripts do not put spaces between
// words, so each character is a word of its own for the date grammar.
inline bool is_cjk(char32_t c) noexcept {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// A number written in another script's decimal digits (Arabic-Indic "١٨١٣", Persian "۱۸۱۳",
// Devanagari, full-width "１８１３"): the same token as ASCII digits. Only characters that are
// not letters come here, and only outside ASCII: ICU's digit lookup is a table read.
bool read_unicode_number(std::string_view s, Token& t) noexcept {
  std::size_t i = t.begin;
  std::int64_t v = 0;
  std::uint32_t d = 0;
  while (i < s.size()) {
    const std::size_t at = i;
    const text::Char ch = next_char_fast(s, i);
    if (ch.cp < 0x660 || u_charType(static_cast<UChar32>(ch.cp)) != U_DECIMAL_DIGIT_NUMBER) {
      i = at;
      break;
    }
    if (v < kNumberCap) v = v * 10 + u_charDigitValue(static_cast<UChar32>(ch.cp));
    if (d < UINT32_MAX) ++d;
    i = at + ch.len;
  }
  if (d == 0) return false;
  t.kind = TokKind::number;
  t.value = v < kNumberCap ? v : kNumberCap;
  t.digits = d;
  t.end = i;
  return true;
}

// Most words of prose: everything about them is in `w` already, so they skip the letter-by-letter
// reading of read_word_or_punct.
void short_word_token(std::string_view s, const ShortWord& w, const icu_names::WordTable* extra,
                      Token& t) noexcept {
  t.kind = TokKind::word;
  t.upper = static_cast<unsigned char>(s[t.begin]) <= 'Z';  // an ASCII letter
  t.end = t.begin + w.len;
  t.all_upper = !w.any_lower;
  t.letters = static_cast<std::uint16_t>(w.len);
  char folded[16];  // the letters and the zero bytes after them, as lex::lookup_padded reads them
  store_le64(folded, w.folded[0]);
  store_le64(folded + 8, w.folded[1]);
  const std::string_view key(folded, w.len);
  t.lex = w.len <= 8 ? lex::lookup_word(w.folded[0], w.len, w.hash) : lex::lookup_padded(key, w.hash);
  set_lexicon_and_roman(key, w.hash, w.roman_start, extra, t);
  split_roman_ordinal(s, t);
}

// A Han, kana or Hangul character at byte i: a word of its own. Out of line, so that the letter
// loop of read_word_or_punct keeps its folding and hashing inline.
[[gnu::noinline]] void read_cjk_character(text::Char ch, std::size_t i, const icu_names::WordTable* extra, Token& t) noexcept {
  t.end = i + ch.len;
  t.letters = 1;
  WordKey key;
  append_folded(key, ch.cp);
  const std::uint32_t hash = padded_hash(key);
  t.lex = lex::lookup_padded(key.folded(), hash);
  set_lexicon_and_roman(key.folded(), hash, false, extra, t);
}

// A word read letter by letter (non-ASCII letters, long words, the end of the text), or one
// character of punctuation.
void read_word_or_punct(std::string_view s, const icu_names::WordTable* extra, Token& t) noexcept {
  const std::size_t n = s.size();
  std::size_t i = t.begin;
  text::Char ch = next_char_fast(s, i);
  if (!is_letter(ch.cp)) {
    if (ch.cp >= 0x660 && read_unicode_number(s, t)) return;
    t.kind = TokKind::punct;
    t.ch = ch.cp;
    t.end = i + ch.len;
    return;
  }
  t.kind = TokKind::word;
  t.upper = is_upper_letter(ch.cp);
  if (ch.cp >= 0x3040 && is_cjk(ch.cp)) [[unlikely]] {  // one character, one word: "1825年12月14日", "1799年の夏"
    read_cjk_character(ch, i, extra, t);
    return;
  }
  WordKey key;
  bool all_upper = true, roman_chars = true, lookalike = false;
  std::size_t letters = 0;
  while (true) {
    if (ch.cp < 0x80) {  // a run of ASCII letters in one tight loop: no decoding, no ICU
      bool any_lower = false;
      const std::size_t e = read_ascii_run(s, i, key, any_lower, roman_chars);
      letters += e - i;
      i = e;
      if (any_lower) all_upper = false;
      if (i >= n) break;
      if (static_cast<unsigned char>(s[i]) < 0x80) break;
      ch = next_char_fast(s, i);
      if (!is_letter(ch.cp)) break;
      continue;
    }
    if (!is_upper_letter(ch.cp)) all_upper = false;
    // Roman digits are ASCII, but Russian and Ukrainian pages type them with the Cyrillic capitals
    // that look the same ("ХIХ век", "ХХ ст.", "І половина"): Х and І count as X and I.
    if (ch.cp == 0x0425 || ch.cp == 0x0406) [[unlikely]] lookalike = true;
    else roman_chars = false;
    append_folded(key, ch.cp);
    ++letters;
    i += ch.len;
    if (i >= n) break;
    ch = next_char_fast(s, i);
    if (!is_letter(ch.cp) || (ch.cp >= 0x3040 && is_cjk(ch.cp))) break;
  }
  t.end = i;
  t.all_upper = all_upper;
  t.letters = static_cast<std::uint16_t>(letters < 60000 ? letters : 60000);
  if (!key.fits) return;  // longer than any lexicon key
  const std::uint32_t hash = padded_hash(key);
  t.lex = lex::lookup_padded(key.folded(), hash);
  set_lexicon_and_roman(key.folded(), hash, roman_chars && !lookalike, extra, t);
  if (roman_chars && lookalike && !t.lex) t.roman = static_cast<std::uint16_t>(lookalike_roman_value(key.folded()));
  split_roman_ordinal(s, t);
}

// Reads the token at or after byte `pos` into `t` (value-initialized) and moves `pos` past it; false
// at the end of the text.
[[gnu::always_inline]] inline bool read_token(std::string_view s, std::size_t& pos,
                                              const icu_names::WordTable* extra, Token& t) noexcept {
  const std::size_t n = s.size();
  bool space = false, newline = false;
  std::size_t i = pos;
  if (i < n && !kNoSpace[static_cast<unsigned char>(s[i])]) {
    // Most tokens follow one plain space or none: those skip the general whitespace loop.
    if (s[i] == ' ' && i + 1 < n && kNoSpace[static_cast<unsigned char>(s[i + 1])]) {
      space = true;
      ++i;
    } else {
      i = skip_space(s, i, space, newline);
    }
  }
  if (i >= n) {
    pos = n;
    return false;
  }
  t.begin = i;
  t.space = space;
  t.newline = newline;
  const unsigned char b0 = static_cast<unsigned char>(s[i]);
  ShortWord w;
  if (b0 >= '0' && b0 <= '9')
    read_number(s, t);
  else if (is_ascii_letter(b0) && read_short_word(s, i, w))
    short_word_token(s, w, extra, t);
  else
    read_word_or_punct(s, extra, t);
  pos = t.end;
  return true;
}

}  // namespace

const Token& TokenStream::at_slow(std::size_t i) {
  if (i < base_) return stale_;  // the caller promised not to look back this far; answer safely
  if (i >= base_ + count_ && !done_) fill_through(i);
  return i < base_ + count_ ? slot(i) : end_;
}

// Produces tokens through index i, forgetting the oldest ones if the window is full, and then up to
// kBatch - 1 more while there is room: one call reads a run of tokens, so the scanner's
// token-by-token walk does not pay a call and its checks for every token. The stream's state is
// kept in locals meanwhile: the compiler cannot tell the token stores from stores to the members.
void TokenStream::fill_through(std::size_t i) {
  const std::string_view text = text_;
  const icu_names::WordTable* const extra = extra_;
  const std::size_t batch_end = i + kBatch;
  std::size_t base = base_, count = count_, pos = pos_;
  for (std::size_t next = base + count; next < batch_end; ++next) {
    if (count == kWindow) {
      if (next > i) break;  // tokens beyond i never push out older ones
      ++base;
      --count;
    }
    if (!read_token(text, pos, extra, *new (ring_ + (next & (kWindow - 1)) * sizeof(Token)) Token{})) {
      done_ = true;
      break;
    }
    ++count;
  }
  base_ = base;
  count_ = count;
  pos_ = pos;
}

}  // namespace clio::dates
