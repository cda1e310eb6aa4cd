#include "text/words.hpp"

#include <array>
#include <bit>
#include <cstring>

#include <unicode/uchar.h>

#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace clio::text {
namespace {

using detail::kBytes;
using detail::kDigitBit;
using detail::kHighByte;
using detail::kJoinerByte;
using detail::kLetterBit;
using detail::kLowerBit;
using detail::kUpperBit;
using detail::kWordByte;

constexpr std::uint32_t kWordMask = U_GC_L_MASK | U_GC_M_MASK | U_GC_ND_MASK | U_GC_NL_MASK;

bool is_apostrophe(char32_t cp) noexcept { return cp == U'\'' || cp == 0x2019; }
bool is_hyphen(char32_t cp) noexcept {
  return cp == U'-' || cp == 0x2010 || cp == 0x2011 || cp == 0x00AD;
}

struct Classified {
  char32_t cp;
  std::uint32_t len;
  bool word;
};

inline Classified classify(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1, (kBytes[b] & kWordByte) != 0};
  const Char ch = next_char(s, i);
  return {ch.cp, ch.len, ch.cp != kReplacement && is_word_char(ch.cp)};
}

// After a hyphen ending at `k`: optional blanks, one line break, optional blanks, then a
// lower-case letter. Returns the offset of that letter, or 0 when the pattern does not hold.
std::size_t line_hyphen_continuation(std::string_view s, std::size_t k) noexcept {
  const std::size_t n = s.size();
  while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r')) ++k;
  if (k >= n || s[k] != '\n') return 0;
  ++k;
  while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r')) ++k;
  if (k >= n) return 0;
  const Char c = next_char(s, k);
  return is_lower_char(c.cp) ? k : 0;
}

}  // namespace

bool is_word_char(char32_t cp) noexcept {
  if (cp < 0x80) return (kBytes[cp] & kWordByte) != 0;
  if (cp == 0x200C || cp == 0x200D) return true;
  return (U_GET_GC_MASK(static_cast<UChar32>(cp)) & kWordMask) != 0;
}

bool is_space_char(char32_t cp) noexcept {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D);
  return cp == 0xA0 || cp == 0xFEFF || u_isUWhiteSpace(static_cast<UChar32>(cp));
}

bool is_upper_char(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return u_isupper(static_cast<UChar32>(cp)) || u_istitle(static_cast<UChar32>(cp));
}

bool is_lower_char(char32_t cp) noexcept {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return u_islower(static_cast<UChar32>(cp));
}

namespace {

// A basic Cyrillic letter (U+0400..U+045F) spelled as exactly two bytes at `i` (SQLite's
// boundaries: no continuation byte after it), or 0. Most Russian text never reaches ICU.
inline char32_t basic_cyrillic_at(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if ((b != 0xD0 && b != 0xD1) || i + 1 >= s.size()) return 0;
  const auto b2 = static_cast<unsigned char>(s[i + 1]);
  const bool single = i + 2 >= s.size() || (static_cast<unsigned char>(s[i + 2]) & 0xC0) != 0x80;
  if ((b2 & 0xC0) != 0x80 || !single) return 0;
  const char32_t cp = ((b & 0x1F) << 6) | (b2 & 0x3F);
  return cp <= 0x45F ? cp : 0;
}

// True when the word character at `i` (the first of a word) is an upper- or title-case letter.
bool capital_at(std::string_view s, std::size_t i) noexcept {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return (kBytes[b] & kUpperBit) != 0;
  if (const char32_t cp = basic_cyrillic_at(s, i)) return cp < 0x430;
  const std::uint32_t gc = U_GET_GC_MASK(static_cast<UChar32>(next_char(s, i).cp));
  return (gc & U_GC_L_MASK) && !(gc & U_GC_LL_MASK) && (gc & (U_GC_LU_MASK | U_GC_LT_MASK));
}

// Offset of the first word character at or after `i`, or s.size().
std::size_t skip_to_word(std::string_view s, std::size_t i) noexcept {
  const std::size_t n = s.size();
  while (i < n) {
    const std::uint8_t c = kBytes[static_cast<unsigned char>(s[i])];
    if (c & kWordByte) return i;
    if (!(c & kHighByte)) {
      ++i;
      continue;
    }
    if (basic_cyrillic_at(s, i)) return i;  // every letter of U+0400..U+045F: no ICU lookup
    const Classified ch = classify(s, i);
    if (ch.word) return i;
    i += ch.len;
  }
  return n;
}

// Offset after the ASCII letters and digits from `i`; ORs their kBytes bits into `seen`.
inline std::size_t consume_ascii(std::string_view s, std::size_t i, std::uint8_t& seen) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  std::uint8_t acc = seen;
  for (; i < n; ++i) {
    const std::uint8_t c = kBytes[p[i]];
    if (!(c & kWordByte)) break;
    acc |= c;
  }
  seen = acc;
  return i;
}

// Offset after the basic Cyrillic letters from `i` (what basic_cyrillic_at() accepts, read as
// byte pairs: D0 80..BF is U+0400..U+043F, D1 80..9F is U+0440..U+045F); ORs their letter and
// lower bits into `seen`. A Cyrillic word is mostly such letters.
inline std::size_t consume_cyrillic(std::string_view s, std::size_t i, std::uint8_t& seen) noexcept {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  const std::size_t start = i;
  std::uint8_t before_last = 0, last = 0;  // the bits of the letters before the last one, of the last
  for (; i + 1 < n; i += 2) {
    const unsigned pair = (unsigned{p[i]} << 8) | p[i + 1];
    if (!(pair - 0xD080u < 0x40u || pair - 0xD180u < 0x20u)) break;
    before_last |= last;
    last = pair >= 0xD0B0u ? kLetterBit | kLowerBit : kLetterBit;  // а..я, ѐ..џ are lower case
  }
  // A pair followed by another is followed by no continuation byte; only the last one may be,
  // and then it is not this letter (a malformed longer sequence).
  if (i > start && i < n && (p[i] & 0xC0) == 0x80) {
    i -= 2;
    last = 0;
  }
  seen |= before_last | last;
  return i;
}

// Consumes one character at `i` (>= 0x80, not basic Cyrillic) if it is a word character:
// returns the offset after it and ORs its letter, lower and digit bits into `seen`; returns `i`
// otherwise. Out of line, so that the loops over ASCII and Cyrillic keep their registers.
[[gnu::noinline]] std::size_t consume_other(std::string_view s, std::size_t i, std::uint8_t& seen) noexcept {
  const Char ch = next_char(s, i);
  if (ch.cp == kReplacement) return i;
  const std::uint32_t gc = U_GET_GC_MASK(static_cast<UChar32>(ch.cp));
  if (gc & U_GC_L_MASK) seen |= (gc & U_GC_LL_MASK) ? kLetterBit | kLowerBit : kLetterBit;
  else if (gc & U_GC_ND_MASK) seen |= kDigitBit;
  else if (!(gc & kWordMask) && ch.cp != 0x200C && ch.cp != 0x200D) return i;
  return i + ch.len;
}

// Consumes the word characters from `i`; ORs kLetterBit, kLowerBit and kDigitBit of what it saw
// into `seen`; returns the offset after them.
std::size_t consume_word_chars(std::string_view s, std::size_t i, std::uint8_t& seen) noexcept {
  const std::size_t n = s.size();
  for (;;) {
    i = consume_ascii(s, i, seen);
    if (i >= n || !(kBytes[static_cast<unsigned char>(s[i])] & kHighByte)) return i;
    if (const std::size_t after = consume_cyrillic(s, i, seen); after != i) {
      i = after;
      continue;
    }
    const std::size_t after = consume_other(s, i, seen);
    if (after == i) return i;
    i = after;
  }
}

}  // namespace

bool WordIterator::next_from(Word& w, std::size_t from) noexcept {
  const std::size_t n = s_.size();
  std::size_t i = skip_to_word(s_, from);
  if (i >= n) {
    pos_ = n;
    return false;
  }
  w.begin = i;
  const auto b0 = static_cast<unsigned char>(s_[i]);
  std::uint32_t flags = (b0 < 0x80 ? (kBytes[b0] & kUpperBit) != 0 : capital_at(s_, i)) ? Word::kCapitalized : 0;
  std::uint8_t seen = 0;
  for (;;) {
    i = consume_word_chars(s_, i, seen);
    // A joiner continues the word only when a word character follows it.
    if (i >= n) break;
    const auto b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80 && !(kBytes[b] & kJoinerByte)) break;  // most words end here: space, punctuation
    const Char j = next_char(s_, i);
    if (!is_apostrophe(j.cp) && !is_hyphen(j.cp)) break;
    const std::size_t after = i + j.len;
    if (after < n && classify(s_, after).word) {
      flags |= Word::kInnerJoiner;
      i = after;
      continue;
    }
    if (is_hyphen(j.cp)) {
      const std::size_t cont = line_hyphen_continuation(s_, after);
      if (cont != 0) {
        flags |= Word::kLineHyphen | Word::kInnerJoiner;
        i = cont;
        continue;
      }
    }
    break;
  }
  flags |= detail::kSeenFlags.flags[seen & (kLetterBit | kLowerBit | kDigitBit)];
  w.end = i;
  w.flags = flags;
  pos_ = i;
  return true;
}

namespace {

// The key bytes of a basic Cyrillic letter (U+0400..U+045F), UTF-8 of its folded form with
// ё -> е, as append_word_key() writes it; the test suite checks it against append_word_key().
struct CyrillicKeys {
  std::array<std::array<unsigned char, 2>, 0x60> bytes{};
  constexpr CyrillicKeys() {
    for (char32_t cp = 0x400; cp < 0x460; ++cp) {
      char32_t f = cp < 0x410 ? cp + 0x50 : cp < 0x430 ? cp + 0x20 : cp;  // Ѐ..Џ -> ѐ..џ, А..Я -> а..я
      if (f == 0x451) f = 0x435;
      bytes[cp - 0x400] = {static_cast<unsigned char>(0xC0 | (f >> 6)), static_cast<unsigned char>(0x80 | (f & 0x3F))};
    }
  }
};
constexpr CyrillicKeys kCyrillicKeys;

// The key of one character of a word, for every character except white space and a line-end
// hyphen inside OCR hyphenation (append_word_key handles those): nothing for invisible
// characters and stress marks; apostrophe and hyphen variants unified; case folded; ё -> е.
void append_key_char(std::string& out, char32_t cp) {
  switch (cp) {
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
    case 0x0300: case 0x0301:
      return;  // invisible or stress marks: not part of the word's identity
    default:
      break;
  }
  if (cp == 0x2019 || cp == 0x02BC) cp = U'\'';
  else if (cp == 0x2010 || cp == 0x2011) cp = U'-';
  cp = fold_char(cp);
  if (cp == 0x0451) cp = 0x0435;  // ё -> е: Russian print usually omits the diaeresis
  append_utf8(out, cp);
}

// The key of a word with OCR hyphenation: its line break and the hyphen before it are dropped.
void append_hyphenated_word_key(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const Char c = next_char(s, i);
    i += c.len;
    if (c.cp == ' ' || c.cp == '\t' || c.cp == '\r' || c.cp == '\n') continue;
    if (is_hyphen(c.cp) && i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
      continue;  // a hyphen followed by a line break is hyphenation: drop it with the break
    append_key_char(out, c.cp);
  }
}

}  // namespace

void append_word_key(std::string& out, std::string_view text, const Word& w) {
  const std::string_view s = text.substr(w.begin, w.end - w.begin);
  if (w.has(Word::kLineHyphen)) {
    append_hyphenated_word_key(out, s);
    return;
  }
  // ASCII and basic Cyrillic letters (most words) keep their byte length in the key: written in
  // place by table, without decoding. The rest of the word, from the first other character, is
  // read character by character.
  const std::size_t at = out.size();
  out.resize(at + s.size());
  char* key = out.data() + at;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      key[i] = static_cast<char>((kBytes[b] & kUpperBit) ? b + 32 : b);
      ++i;
      continue;
    }
    const char32_t cp = basic_cyrillic_at(s, i);
    if (cp == 0) break;
    key[i] = static_cast<char>(kCyrillicKeys.bytes[cp - 0x400][0]);
    key[i + 1] = static_cast<char>(kCyrillicKeys.bytes[cp - 0x400][1]);
    i += 2;
  }
  out.resize(at + i);
  while (i < s.size()) {
    const Char c = next_char(s, i);
    i += c.len;
    append_key_char(out, c.cp);
  }
}

bool word_key_head(std::string_view text, const Word& w, KeyHead& out) noexcept {
  if (ascii_key_head(text, w, out)) return true;
  if (w.has(Word::kLineHyphen)) return false;
  if (w.size() >= 4) {  // most Cyrillic words: two basic Cyrillic letters make the head
    const char32_t first = basic_cyrillic_at(text, w.begin);
    const char32_t second = first ? basic_cyrillic_at(text, w.begin + 2) : 0;
    if (second) {
      const auto& a = kCyrillicKeys.bytes[first - 0x400];
      const auto& b = kCyrillicKeys.bytes[second - 0x400];
      out = {a[0] | (std::uint32_t{a[1]} << 8) | (std::uint32_t{b[0]} << 16) | (std::uint32_t{b[1]} << 24), 4};
      return true;
    }
  }
  KeyHead h;
  auto put = [&h](unsigned char b) {
    if (h.size < 4) h.bytes |= static_cast<std::uint32_t>(b) << (8 * h.size++);
  };
  for (std::size_t i = w.begin; h.size < 4 && i < w.end;) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {  // only capitals change
      put((kBytes[b] & kUpperBit) ? b + 32 : b);
      ++i;
      continue;
    }
    const char32_t cp = basic_cyrillic_at(text, i);
    if (cp == 0) return false;
    put(kCyrillicKeys.bytes[cp - 0x400][0]);
    put(kCyrillicKeys.bytes[cp - 0x400][1]);
    i += 2;
  }
  out = h;
  return true;
}

KeyHead key_head(std::string_view key) noexcept {
  KeyHead h;
  for (; h.size < 4 && h.size < key.size(); ++h.size)
    h.bytes |= static_cast<std::uint32_t>(static_cast<unsigned char>(key[h.size])) << (8 * h.size);
  return h;
}

std::string word_key(std::string_view text, const Word& w) {
  std::string out;
  out.reserve(w.size());
  append_word_key(out, text, w);
  return out;
}

std::string phrase_key(std::string_view phrase) {
  std::string out;
  for_each_word(phrase, [&](const Word& w) {
    // A word of stress marks or joiners alone has an empty key: it adds no separator either.
    const std::size_t before = out.size();
    if (!out.empty()) out.push_back(' ');
    const std::size_t key_start = out.size();
    append_word_key(out, phrase, w);
    if (out.size() == key_start) out.resize(before);
  });
  return out;
}

}  // namespace clio::text
