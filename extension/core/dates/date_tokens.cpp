#include "dates/date_tokens.hpp"

#include "dates/date_icu_names.hpp"
#include "dates/date_letters.hpp"

#include <algorithm>

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
    const text::Char ch = next_char_fast(text, i);
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
      const text::Char ch = next_char_fast(s, i);
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
  // `t` is freshly value-initialized by at_slow, the only caller.
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
    text::Char ch = next_char_fast(s, i);
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
        if (ch.cp < 0x80) {  // a run of ASCII letters in one tight loop: no decoding, no ICU
          // Bit k set: the k-th letter of the alphabet is a Roman digit (c d i l m v x).
          constexpr std::uint32_t kRomanLetters = (1u << ('c' - 'a')) | (1u << ('d' - 'a')) | (1u << ('i' - 'a')) |
                                                  (1u << ('l' - 'a')) | (1u << ('m' - 'a')) | (1u << ('v' - 'a')) |
                                                  (1u << ('x' - 'a'));
          // First find where the run ends, then fold, hash and classify it in a second loop
          // without branches on every letter.
          const std::size_t run = i;
          std::size_t e = i + 1;
          while (e < n) {
            const auto nb = static_cast<unsigned char>(s[e] | 0x20);
            if (nb < 'a' || nb > 'z') break;  // also every byte >= 0x80
            ++e;
          }
          unsigned lower_seen = 0;
          std::uint32_t roman_bits = 1;
          std::size_t take = e - run;
          if (!fits) {
            take = 0;
          } else if (take > kKeyCap - klen) {
            take = kKeyCap - klen;
            fits = false;
          }
          for (std::size_t k = run; k < run + take; ++k) {
            const auto c = static_cast<unsigned char>(s[k]);
            const auto lc = static_cast<unsigned char>(c | 0x20);
            lower_seen |= c;
            roman_bits &= kRomanLetters >> (lc - 'a');
            key[klen++] = static_cast<char>(lc);
            h = lex::fnv_step(h, lc);
          }
          for (std::size_t k = run + take; k < e; ++k) {  // beyond the key: only the flags
            const auto c = static_cast<unsigned char>(s[k]);
            lower_seen |= c;
            roman_bits &= kRomanLetters >> ((c | 0x20) - 'a');
          }
          lower_seen &= 0x20u;  // any lower-case letter
          letters += e - run;
          i = e;
          if (lower_seen) all_upper = false;
          if (!(roman_bits & 1u)) roman_chars = false;
          if (i >= n) break;
          if (static_cast<unsigned char>(s[i]) < 0x80) break;
          ch = next_char_fast(s, i);
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
        ch = next_char_fast(s, i);
        if (!is_letter(ch.cp)) break;
      }
      t.end = i;
      t.all_upper = all_upper;
      if (fits) {
        t.lex = lex::lookup(std::string_view(key, klen), h);
        if (!t.lex && extra_) t.lex = icu_names::find(*extra_, std::string_view(key, klen), h);
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
