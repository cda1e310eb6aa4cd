// The prior and the life factor of a person (prior.hpp).
#include "names/prior.hpp"

#include <algorithm>
#include <cmath>

namespace clio::names {

double derived_prominence(std::size_t forms, std::size_t scripts, std::size_t given_spellings,
                          bool plain_title) noexcept {
  return static_cast<double>(forms + scripts + given_spellings + (plain_title ? 1 : 0));
}

float prior_weight(double prominence) noexcept {
  if (!(prominence > 0)) prominence = 0;  // (NaN too)
  return static_cast<float>(std::log(2.0 + prominence));
}

double prior_factor(float w, float w_max) noexcept {
  if (!(w_max > 0) || w >= w_max) return 1.0;
  const double r = static_cast<double>(w) / static_cast<double>(w_max);
  return std::max(kPriorFloor, r);
}

int script_code(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return 1;  // Latin
    if (c < 0x80) continue;
    if (c < 0xC0) continue;  // (a continuation byte)
    if (c < 0xCA) return 1;  // U+0080-U+027F: Latin with diacritics
    if (c == 0xCD || c == 0xCE || c == 0xCF) return 2;  // Greek
    if (c >= 0xD0 && c <= 0xD3) return 3;  // Cyrillic
    if (c == 0xD4 || c == 0xD5 || c == 0xD6) return 4;  // Armenian (and Cyrillic supplement)
    if (c == 0xD7) return 5;  // Hebrew
    if (c >= 0xD8 && c <= 0xDB) return 6;  // Arabic
    if (c >= 0xE0) {  // three-byte: the block of the code point
      if (i + 1 >= text.size()) return 0;
      const unsigned cp = (static_cast<unsigned>(c & 0x0F) << 12) |
                          (static_cast<unsigned>(static_cast<unsigned char>(text[i + 1]) & 0x3F) << 6);
      if (cp >= 0x10A0 && cp < 0x1100) return 7;   // Georgian
      if (cp >= 0x1E00 && cp < 0x2000) return 1;   // Latin extended additional, Greek extended
      if (cp >= 0x3040 && cp < 0x3100) return 8;   // kana
      if (cp >= 0x4E00 && cp < 0xA000) return 9;   // CJK
      if (cp >= 0x0E00 && cp < 0x0E80) return 10;  // Thai
      return 11 + static_cast<int>(cp >> 8);
    }
    return 11;
  }
  return 0;
}

double life_factor(std::int64_t born, std::int64_t died, std::int64_t earliest, std::int64_t latest,
                   bool exact) noexcept {
  constexpr double kYear = 365.2425;
  if (born == kUnknownDay && died == kUnknownDay) return 0.9;
  const double mid = (static_cast<double>(earliest) + static_cast<double>(latest)) / 2;
  double f = 1.0;
  if (born != kUnknownDay) {
    const double age = (mid - static_cast<double>(born)) / kYear;
    if (latest < born) {
      f = 0.1;  // not yet born
    } else if (age >= 1.5 && age < 14) {
      f = 0.8;  // a child: written about, but rarely (the birth year itself counts as his life)
    }
  }
  if (f == 1.0 && died != kUnknownDay && earliest > died) {
    // Dead: mentions stay likely. 0.95 at the death (the death itself, the funeral, the estate:
    // the person is still news), 0.87 ten years on, 0.75 a generation (25 years) after, then fading
    // slowly (0.73 a century later, 0.7 after a millennium). A namesake alive and adult at the
    // date outweighs a dead one of comparable prominence (Pitt the Younger in 1800) and, a
    // generation on, a better known one (A. N. Tolstoy in 1935); not a much better known one
    // in the years after his death (Pushkin in 1840, his brother Lev alive).
    const double years = (static_cast<double>(earliest) - static_cast<double>(died)) / kYear;
    if (years <= 25) f = 0.95 - 0.008 * std::max(0.0, years);
    else f = std::max(0.65, 0.75 - 0.05 * std::log10(1.0 + (years - 25) / 100.0) * 2);
  }
  if (exact) f = std::max(f, 0.6);
  return f;
}

}  // namespace clio::names
