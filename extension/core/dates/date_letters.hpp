// Internal: what the date tokenizer asks of every character of a word (is it a letter, is it upper
// case, its case-folded form for lexicon keys), with table-free answers for the scripts most
// historical prose is written in and ICU for everything else.
//
// Why: the tokenizer reads every word of a text. Through ICU a Cyrillic letter cost four library
// calls (u_isalpha, u_charType, u_isupper, u_foldCase) and a full decode; Latin-1 and the basic
// Cyrillic block (U+0400..U+045F) are answered here by range checks, which give the same answers
// as ICU (tests/unit/dates/date_letters_test.cpp compares every code point below U+0500).
#pragma once

#include <unicode/uchar.h>

#include <cstddef>
#include <string_view>

#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace clio::dates::letters {

inline bool is_space(char32_t c) noexcept {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

inline bool is_letter(char32_t c) noexcept {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  if (c >= 0xC0 && c <= 0xFF) return c != 0xD7 && c != 0xF7;  // Latin-1 letters; not × and ÷
  if (c >= 0x400 && c <= 0x45F) return true;                    // basic Cyrillic
  if (c == text::kReplacement) return false;
  return u_isalpha(static_cast<UChar32>(c)) || u_charType(static_cast<UChar32>(c)) == U_NON_SPACING_MARK;
}

inline bool is_upper_letter(char32_t c) noexcept {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xFF) return c <= 0xDE && c != 0xD7;
  if (c >= 0x400 && c <= 0x45F) return c <= 0x42F;
  return u_isupper(static_cast<UChar32>(c));
}

// The letter as lexicon keys spell it: ICU simple case folding, plus ё -> е (Russian texts use both).
inline char32_t fold_letter(char32_t c) noexcept {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;  // À..Þ -> à..þ
  if (c >= 0x400 && c <= 0x45F) {
    if (c <= 0x40F) c += 0x50;       // Ѐ..Џ -> ѐ..џ
    else if (c <= 0x42F) c += 0x20;  // А..Я -> а..я
    return c == 0x451 ? 0x435 : c;
  }
  if (c >= 0xDF && c <= 0xFF) return c;
  c = text::fold_char(c);
  return c == 0x451 ? 0x435 : c;
}

// next_char with an inline path for two-byte characters (Latin-1, Greek, Cyrillic): a lead byte
// C2..DF, one continuation byte, and no further continuation byte (SQLite's boundary would
// swallow it and make the sequence malformed; next_char handles that case).
inline text::Char next_char_fast(std::string_view s, std::size_t i) noexcept {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return {b0, 1};
  if (b0 >= 0xC2 && b0 <= 0xDF && i + 1 < s.size()) {
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if ((b1 & 0xC0) == 0x80 && (i + 2 >= s.size() || (static_cast<unsigned char>(s[i + 2]) & 0xC0) != 0x80))
      return {static_cast<char32_t>(((b0 & 0x1F) << 6) | (b1 & 0x3F)), 2};
  }
  return text::next_char(s, i);
}

}  // namespace clio::dates::letters
