// Look-ups in the tables generated from extension/data/passages/*.tsv (abbreviations and
// stop words); keys are clio::text word keys.
#pragma once

#include <optional>
#include <string_view>

#include "passages/generated/passages_data.hpp"

namespace clio::passages {

// The kind of a known abbreviation ("st", "гг", "o.s"), or nullopt.
std::optional<data::AbbrevKind> find_abbreviation(std::string_view key) noexcept;

// False when no abbreviation key has this first byte, last byte and length (lengths from 15 on
// share one slot): a cheap rejection before building a word's key and searching for it.
bool abbreviation_may_have(unsigned char first, unsigned char last, std::size_t length) noexcept;
// True when the key is a function word of English, Russian, German or French.
bool is_stopword(std::string_view key) noexcept;

}  // namespace clio::passages
