// Function words ("the", "и", "der", "le"): extension/data/passages/stopwords.tsv, by key. Part of
// boilerplate detection (boilerplate.hpp): menus and keyword lists have none, prose has many.
#pragma once

#include <string_view>
#include <vector>

namespace clio::passages::detail {

// Which (first byte, last byte) pairs of keys are stopwords, by (first << 8 | last): a cheap
// rejection before hashing.
const std::vector<bool>& stop_pairs();

// Whether a word key (text::append_word_key) is a function word; French elisions (l'histoire,
// d'une, qu'il) count as one.
bool is_stop_key(std::string_view key);

}  // namespace clio::passages::detail
