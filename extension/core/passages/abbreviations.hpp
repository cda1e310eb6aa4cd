// Look-ups in the tables generated from extension/data/passages/*.tsv (abbreviations and
// stop words); keys are clio::text word keys.
#pragma once

#include <optional>
#include <string_view>

#include "passages/generated/passages_data.hpp"

namespace clio::passages {

// The kind of a known abbreviation ("st", "гг", "o.s"), or nullopt.
std::optional<data::AbbrevKind> find_abbreviation(std::string_view key) noexcept;

// True when the key is a function word of English, Russian, German or French.
bool is_stopword(std::string_view key) noexcept;

}  // namespace clio::passages
