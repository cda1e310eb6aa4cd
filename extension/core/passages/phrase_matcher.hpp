// The boilerplate phrases (extension/data/passages/boilerplate.tsv) matched against the listed
// words of a span (span_features.hpp): exact, prefix, label and contains phrases, numbers as
// `#`, keys built only where a phrase may start. Internal to passages/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "passages/span_features.hpp"

namespace clio::passages::detail {

// Whether a phrase matches the span whose features are `f` (features or features_words).
bool matches_phrase(std::string_view s, Span span, Features& f);

// Whether a span of `words` words (as counted by features) is too long for any phrase: past
// kContainsMaxWords words only an `exact` phrase of that many words could match it.
bool too_long_for_phrases(std::size_t words);

// The key of a word (text::append_word_key) appended to `out`; keys of words that are not plain
// ASCII come through the keys remembered per thread.
void append_key(std::string& out, std::string_view s, const Word& w);

// Whether the key of a word that is not plain ASCII is a function word, through the keys
// remembered per thread (folding with ICU is the cost).
bool cached_key_is_stop(std::string_view s, const Word& w);

}  // namespace clio::passages::detail
