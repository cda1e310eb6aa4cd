// Quick proofs that no boilerplate phrase (extension/data/passages/boilerplate.tsv) can match in
// a span, or that no sentence of a paragraph can be boilerplate, without splitting the text into
// words and keying them.
//
// The phrase matcher compares phrase words with word keys, and the key of a word of ASCII,
// basic Cyrillic or Latin letters (U+00C0..U+024F: é, ł, ș) without OCR hyphenation (which
// needs a hyphen before a line break) is the word case-folded, letter by letter. So when a phrase
// matches such a span, every maximal run of letters in its words is also a maximal run of letters
// of the span. A phrase is only required to have its runs
// that are not function words present (all of them if it has no other): "the" or "в" is in most
// sentences and proves nothing, and the text's function words are then never looked up. A
// phrase with words the scan cannot read cannot match text it can read; a phrase without letters
// (numbers only) can match only where there is a digit. Where a phrase must sit narrows it
// further: an `exact` phrase is the whole span (as many letter runs as the phrase), a `prefix`
// or `label` phrase opens it (the same first letter run, when that run is looked up). Cost: one
// pass over the bytes; runs of ASCII letters are read and hashed eight bytes at a time, and a
// bit of the hash rejects almost every run that is no phrase run before its key is built.
#pragma once

#include <string_view>

#include "passages/segmenter.hpp"

namespace clio::passages {

// True when the span has only letters the scan reads (ASCII, basic Cyrillic, Latin), digits
// and common punctuation, and no phrase can match in it; false when a phrase might match or the
// span has other characters or OCR hyphenation (then only the full matcher knows).
bool no_phrase_can_match(std::string_view text, Span span) noexcept;

// True when no sentence inside `region` can be boilerplate by classify_span, wherever the
// segmenter puts the sentence boundaries: for lines of text, where sentences are judged one
// by one, this spares finding them. Sentences begin only after sentence marks (and closers) or
// at line breaks, so the region is cut there into stretches; every stretch with content must
// have a letter (a sentence without one is chrome), the region must have no tag, entity,
// copyright sign or three markup characters (a sentence with them is judged in full), and no
// phrase may have all its runs in the region (a prefix, label or exact phrase also needs its
// first run to open a stretch). False when any of this fails or the region has characters the
// scan cannot read.
bool no_sentence_can_be_boilerplate(std::string_view text, Span region) noexcept;

}  // namespace clio::passages
