// Case folding for matching words of any script (month names, titles, name keys).
//
// Uses ICU's per-code-point default case folding (a trie lookup, no objects to create), so it is
// cheap enough for hot loops and does not depend on the process locale.
#pragma once

#include <string>
#include <string_view>

namespace clio::text {

// Simple (one-to-one) default case folding of one code point: 'Ж' -> 'ж', 'Σ' -> 'σ'.
char32_t fold_char(char32_t cp) noexcept;

// Case-folds UTF-8 text; malformed sequences become U+FFFD.
std::string fold_case(std::string_view s);

// Appends the case-folded `s` to `out` (no allocation when `out` has capacity).
void append_folded(std::string& out, std::string_view s);

}  // namespace clio::text
