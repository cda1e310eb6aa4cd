// A quick proof that no boilerplate phrase (extension/data/passages/boilerplate.tsv) can match
// in a span of plain ASCII text, without splitting it into words and keying them.
//
// The phrase matcher compares phrase words with word keys, and the key of a plain ASCII word
// (no OCR hyphenation, which needs a line break) is the word in lower case. So when a phrase
// matches such a span, every maximal run of letters in its words is also a maximal run of
// letters of the span; a phrase with a non-ASCII word cannot match ASCII text; a phrase without
// letters (numbers only) can match only where there is a digit. Where a phrase must sit narrows it further: an
// `exact` phrase is the whole span (as many letter runs as the phrase), a `prefix` or `label`
// phrase opens it (the same first letter run). A span where no phrase passes these tests can
// therefore not match any phrase. Cost: one pass over the bytes and a hash per letter run.
#pragma once

#include <string_view>

#include "passages/segmenter.hpp"

namespace clio::passages {

// True when the span is plain ASCII without line breaks and no phrase can match in it; false
// when a phrase might match or the span is not plain ASCII (then only the full matcher knows).
bool no_phrase_can_match(std::string_view text, Span span) noexcept;

}  // namespace clio::passages
