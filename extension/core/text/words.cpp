#include "text/words.hpp"

#include <array>

#include <unicode/uchar.h>

#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace clio::text {
namespace {

// ASCII byte classes, so that prose in Latin script never reaches ICU.
enum : std::uint8_t { kOther = 0, kLower, kUpper, kDigit, kApostrophe, kHyphen, kHigh };

constexpr std::array<std::uint8_t, 256> make_ascii_table() {
  std::array<std::uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kLower;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  t['\''] = kApostrophe;
  t['-'] = kHyphen;
  for (int c = 0x80; c < 0x100; ++c) t[c] = kHigh;
  return t;
}
constexpr std::array<std::uint8_t, 256> kAscii = make_ascii_table();

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
  if (b < 0x80) {
    const std::uint8_t c = kAscii[b];
    return {b, 1, c == kLower || c == kUpper || c == kDigit};
  }
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
  if (cp < 0x80) {
    const std::uint8_t c = kAscii[cp];
    return c == kLower || c == kUpper || c == kDigit;
  }
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

bool WordIterator::next(Word& w) noexcept {
  const std::size_t n = s_.size();
  std::size_t i = pos_;
  // Skip to the first word character.
  while (i < n) {
    const auto b = static_cast<unsigned char>(s_[i]);
    if (b < 0x80) {
      const std::uint8_t c = kAscii[b];
      if (c == kLower || c == kUpper || c == kDigit) break;
      ++i;
      continue;
    }
    const Classified c = classify(s_, i);
    if (c.word) break;
    i += c.len;
  }
  if (i >= n) {
    pos_ = n;
    return false;
  }
  w.begin = i;
  std::uint32_t flags = 0;
  bool has_lower = false;
  bool first = true;
  for (;;) {
    // Consume a run of word characters.
    while (i < n) {
      const auto b = static_cast<unsigned char>(s_[i]);
      if (b < 0x80) {
        const std::uint8_t c = kAscii[b];
        if (c == kLower) { flags |= Word::kHasLetter; has_lower = true; }
        else if (c == kUpper) { flags |= Word::kHasLetter; if (first) flags |= Word::kCapitalized; }
        else if (c == kDigit) flags |= Word::kHasDigit;
        else break;
        first = false;
        ++i;
        continue;
      }
      // Basic Cyrillic letters (U+0400..U+045F) without ICU: most Russian text.
      if ((b == 0xD0 || b == 0xD1) && i + 1 < n) {
        const auto b2 = static_cast<unsigned char>(s_[i + 1]);
        const bool single = i + 2 >= n || (static_cast<unsigned char>(s_[i + 2]) & 0xC0) != 0x80;
        if ((b2 & 0xC0) == 0x80 && single) {
          const char32_t cp = ((b & 0x1F) << 6) | (b2 & 0x3F);
          if (cp <= 0x45F) {
            flags |= Word::kHasLetter;
            if (cp >= 0x430) has_lower = true;
            else if (first) flags |= Word::kCapitalized;
            first = false;
            i += 2;
            continue;
          }
        }
      }
      const Char c = next_char(s_, i);
      if (c.cp == kReplacement) break;
      const std::uint32_t gc = U_GET_GC_MASK(static_cast<UChar32>(c.cp));
      if (gc & U_GC_L_MASK) {
        flags |= Word::kHasLetter;
        if (gc & U_GC_LL_MASK) has_lower = true;
        else if (first && (gc & (U_GC_LU_MASK | U_GC_LT_MASK))) flags |= Word::kCapitalized;
      } else if (gc & U_GC_ND_MASK) {
        flags |= Word::kHasDigit;
      } else if (!(gc & kWordMask) && c.cp != 0x200C && c.cp != 0x200D) {
        break;
      }
      first = false;
      i += c.len;
    }
    // A joiner continues the word only when a word character follows it.
    if (i >= n) break;
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
  if ((flags & Word::kHasLetter) && !has_lower) flags |= Word::kAllUpper;
  w.end = i;
  w.flags = flags;
  pos_ = i;
  return true;
}

void append_word_key(std::string& out, std::string_view text, const Word& w) {
  const std::string_view s = text.substr(w.begin, w.end - w.begin);
  // Fast path: plain ASCII words (most of Latin-script prose) only need lower-casing.
  bool ascii = !w.has(Word::kLineHyphen);
  for (std::size_t i = 0; ascii && i < s.size(); ++i) ascii = static_cast<unsigned char>(s[i]) < 0x80;
  if (ascii) {
    const std::size_t at = out.size();
    out.append(s);
    for (std::size_t i = at; i < out.size(); ++i)
      if (out[i] >= 'A' && out[i] <= 'Z') out[i] = static_cast<char>(out[i] + 32);
    return;
  }
  for (std::size_t i = 0; i < s.size();) {
    const Char c = next_char(s, i);
    i += c.len;
    char32_t cp = c.cp;
    switch (cp) {
      case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      case 0x0300: case 0x0301:
        continue;  // invisible or stress marks: not part of the word's identity
      default:
        break;
    }
    if (cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n') continue;  // only inside hyphenation
    if (w.has(Word::kLineHyphen) && is_hyphen(cp) && i < s.size() &&
        (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) {
      continue;  // a hyphen followed by a line break is hyphenation: drop it with the break
    }
    if (cp == 0x2019 || cp == 0x02BC) cp = U'\'';
    else if (cp == 0x2010 || cp == 0x2011) cp = U'-';
    cp = fold_char(cp);
    if (cp == 0x0451) cp = 0x0435;  // ё -> е: Russian print usually omits the diaeresis
    append_utf8(out, cp);
  }
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
