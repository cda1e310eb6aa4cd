#include "dates/date_tokens.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace clio::dates {
namespace {

bool is_space(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_letter(char32_t c) noexcept {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c == text::kReplacement) return false;
  return u_isalpha(static_cast<UChar32>(c)) || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

// Folds one letter for lexicon keys: ICU simple case folding, plus ё -> е (Russian texts use both).
char32_t fold_letter(char32_t c) noexcept {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  c = text::fold_char(c);
  return c == 0x451 ? 0x435 : c;
}

bool is_upper_letter(char32_t c) noexcept {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c));
}

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
    const text::Char ch = text::next_char(text, i);
    const std::size_t w = encode(fold_letter(ch.cp), buf + len, cap - len);
    if (w == 0) return false;
    len += w;
    i += ch.len;
  }
  return true;
}

const Token& TokenStream::at_slow(std::size_t i) {
  if (i < base_) return stale_;  // the caller promised not to look back this far; answer safely
  while (i >= base_ + count_) {
    if (done_) return end_;
    if (count_ == kWindow) {  // full: forget the oldest token
      ++base_;
      --count_;
    }
    Token* fresh = new (ring_ + ((base_ + count_) & (kWindow - 1)) * sizeof(Token)) Token{};
    if (!produce(*fresh)) {
      done_ = true;
      return end_;
    }
    ++count_;
  }
  return slot(i);
}

void TokenStream::release_before(std::size_t i) {
  if (i <= base_) return;
  const std::size_t drop = std::min(i - base_, count_);
  base_ += drop;
  count_ -= drop;
}

bool TokenStream::produce(Token& t) {
  const std::string_view s = text_;
  const std::size_t n = s.size();
  bool space = false, newline = false;
  std::size_t i = pos_;
  // Whitespace (ASCII fast path).
  while (i < n) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') {
      space = true;
      ++i;
    } else if (b == '\n') {
      space = newline = true;
      ++i;
    } else if (b >= 0x80) {
      const text::Char ch = text::next_char(s, i);
      if (!is_space(ch.cp)) break;
      space = true;
      i += ch.len;
    } else {
      break;
    }
  }
  if (i >= n) {
    pos_ = n;
    return false;
  }
  t = Token{};
  t.begin = i;
  t.space = space;
  t.newline = newline;
  const unsigned char b0 = static_cast<unsigned char>(s[i]);
  if (b0 >= '0' && b0 <= '9') {
    t.kind = TokKind::number;
    std::int64_t v = 0;
    std::uint32_t d = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
      if (v < kNumberCap) v = v * 10 + (s[i] - '0');
      if (d < UINT32_MAX) ++d;
      ++i;
    }
    t.value = v < kNumberCap ? v : kNumberCap;
    t.digits = d;
    t.end = i;
  } else {
    text::Char ch = b0 < 0x80 ? text::Char{b0, 1} : text::next_char(s, i);
    if (is_letter(ch.cp)) {
      t.kind = TokKind::word;
      char key[kKeyCap];
      std::size_t klen = 0;
      bool fits = true, roman_chars = true;
      std::uint32_t h = lex::kFnvBasis;
      t.upper = is_upper_letter(ch.cp);
      bool all_upper = true;
      std::size_t letters = 0;
      while (true) {
        if (ch.cp < 0x80) {  // ASCII letters: no ICU calls
          const char c = static_cast<char>(ch.cp);
          const char lc = static_cast<char>(c | 0x20);
          if (c != lc - 32) all_upper = false;
          if (roman_chars)
            roman_chars = lc == 'i' || lc == 'v' || lc == 'x' || lc == 'l' || lc == 'c' || lc == 'd' || lc == 'm';
          if (fits) {
            if (klen < kKeyCap) {
              key[klen++] = lc;
              h = lex::fnv_step(h, static_cast<unsigned char>(lc));
            } else {
              fits = false;
            }
          }
          ++letters;
          ++i;
          if (i >= n) break;
          const unsigned char b = static_cast<unsigned char>(s[i]);
          if (b < 0x80) {
            if (((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) {
              ch = text::Char{b, 1};
              continue;
            }
            break;
          }
          ch = text::next_char(s, i);
          if (!is_letter(ch.cp)) break;
          continue;
        }
        if (!is_upper_letter(ch.cp)) all_upper = false;
        if (roman_chars) {
          const char32_t lc = ch.cp | 0x20;
          roman_chars = ch.cp < 0x80 && (lc == 'i' || lc == 'v' || lc == 'x' || lc == 'l' || lc == 'c' ||
                                         lc == 'd' || lc == 'm');
        }
        if (fits) {
          const std::size_t w = encode(fold_letter(ch.cp), key + klen, kKeyCap - klen);
          if (w == 0) {
            fits = false;
          } else {
            for (std::size_t k = 0; k < w; ++k) h = lex::fnv_step(h, static_cast<unsigned char>(key[klen + k]));
            klen += w;
          }
        }
        ++letters;
        i += ch.len;
        if (i >= n) break;
        const unsigned char b = static_cast<unsigned char>(s[i]);
        ch = b < 0x80 ? text::Char{b, 1} : text::next_char(s, i);
        if (!is_letter(ch.cp)) break;
      }
      t.end = i;
      t.all_upper = all_upper;
      if (fits) {
        t.lex = lex::lookup(std::string_view(key, klen), h);
        if (roman_chars) t.roman = static_cast<std::uint16_t>(roman_value(std::string_view(key, klen)));
      }
      t.letters = static_cast<std::uint16_t>(letters < 60000 ? letters : 60000);
      // "XVIIIe", "XIXème", "Ier", "XIXth": upper-case Roman letters followed by a lower-case ordinal
      // ending form one word; split the value off so "XVIIIe siècle" reads as a century.
      if (fits && t.roman == 0 && t.upper) {
        std::size_t r = t.begin;
        while (r < t.end && (s[r] == 'I' || s[r] == 'V' || s[r] == 'X' || s[r] == 'L' || s[r] == 'C' ||
                             s[r] == 'D' || s[r] == 'M'))
          ++r;
        const std::string_view suffix = s.substr(r, t.end - r);
        if (r > t.begin && (suffix == "e" || suffix == "er" || suffix == "eme" || suffix == "\xC3\xA8me" ||
                            suffix == "re" || suffix == "\xC3\xA8" || suffix == "th" || suffix == "st" ||
                            suffix == "nd" || suffix == "rd")) {
          const int v = roman_value(s.substr(t.begin, r - t.begin));
          if (v > 0) {
            t.roman = static_cast<std::uint16_t>(v);
            t.roman_ord = true;
          }
        }
      }
    } else {
      t.kind = TokKind::punct;
      t.ch = ch.cp;
      t.end = i + ch.len;
      i = t.end;
    }
  }
  pos_ = t.end;
  return true;
}

}  // namespace clio::dates
