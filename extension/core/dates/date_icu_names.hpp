// Month and weekday names of languages beyond the date lexicon's own four (en, ru, de, fr), read
// from ICU's locale data at run time when ParseOptions::lang names such a language.
//
//   lang "es": "12 de abril de 1961"   lang "pl": "12 kwietnia 1961"   lang "it": "12 aprile 1961"
//
// For each language the table holds the wide and abbreviated month names in both of ICU's
// contexts (format and stand-alone, so the Polish, Czech and Ukrainian genitive "kwietnia" as well
// as the nominative "kwiecień"), and the weekday names, case-folded like the lexicon (ICU simple
// folding, ё -> е) and without the abbreviation dot. Names that are not a single word ("de
// gener") are left out, and so is a name another month or a weekday also uses: an ambiguous word
// reads as no date. Words the lexicon already knows keep their lexicon meaning.
//
// Only these languages are offered (a fixed list, each checked against ICU: one whose data ICU
// lacks, and so would answer with another locale's names, has no table):
//   es it pt ca ro pl cs sk uk be bg hr sl sr nl sv da nb fi et lv lt hu tr el id ms af is ga cy eu gl sq
// Any other ISO 639 code ICU knows ("la", "ar", "ja") is accepted as a hint that adds no names.
// A table is built on first use, once per process (std::call_once; about 0.1-1 ms), and kept.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dates/date_lexicon.hpp"

namespace clio::dates::icu_names {

class WordTable;

// The table of `lang` (lower-case ISO 639-1 code), or nullptr when the language is empty, one of the
// lexicon's own, not in the list above, or missing from ICU's data.
const WordTable* for_language(std::string_view lang);

// Whether `lang` (lower case) is an ISO 639 language code ICU knows, with or without names above.
bool is_language(std::string_view lang);

// The entry (roles kMonth with Entry::month, or kWeekday) for an already folded word whose hash is
// `hash` (lex::key_hash), or nullptr.
const lex::Entry* find(const WordTable& table, std::string_view folded, std::uint32_t hash) noexcept;

// Number of words in the table (for tests).
std::size_t size(const WordTable& table) noexcept;

}  // namespace clio::dates::icu_names
