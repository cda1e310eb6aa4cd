// Transliteration of Cyrillic (Russian, Ukrainian, Belarusian), Greek and Georgian to Latin.
//
// Table-driven and allocation-light (well under a microsecond for a name): the rules come from
// extension/data/names/translit_*.tsv through generate.py. translit() involves no ICU transliterator
// (foreign_to_latin() below does, for scripts without tables).
//
//   translit("Достоевский")                    -> "Dostoyevskiy"   (BGN/PCGN, the default)
//   translit("Достоевский", Scheme::german)    -> "Dostojewski"
//   translit("Чайковский", Scheme::french)     -> "Tchaïkovski"
//   translit("Чайковский", Scheme::iso9)       -> "Čajkovskij"
//   translit("Шевченко Тарас Григорович")      -> "Shevchenko Taras Hryhorovych" (Ukrainian detected)
//   translit("Τολστόι") -> "Tolstoi";  translit("ჯუღაშვილი") -> "jughashvili"
//
// Text in other scripts (Latin included) is copied unchanged; malformed UTF-8 becomes U+FFFD.
// Case is kept: a capital becomes a capitalised digraph ("Ш" -> "Sh"), a capital inside an
// all-capitals word becomes all capitals ("ШОЛОХОВ" -> "SHOLOKHOV").
// Word-level rules: a word containing і ї є ґ is read as Ukrainian (г -> h, и -> y), one
// containing ў as Belarusian; е ё ю я take their "initial" spelling at the start of a word and
// after a vowel, ъ, ь or й (BGN: Yevgeniy, Dostoyevskiy); the endings -ий -ый -ой have
// scheme-specific spellings (German -i: Tschaikowski). Greek uses ELOT 743 for every scheme,
// Georgian the national system (lc, iso9 and scholarly included).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clio::names {

enum class Scheme : unsigned char {
  key,        // clio's internal matching spelling: English-like, no diacritics, no apostrophes
  bgn,        // BGN/PCGN (Russian 1947, Ukrainian/Belarusian letters per BGN)
  lc,         // Library of Congress (without the ligature ties)
  iso9,       // ISO 9:1995, one Latin letter per Cyrillic letter
  scholarly,  // the scholarly (linguistic) system: č š ž ju ja x
  german,     // Duden-style: Tschaikowski, Dostojewski, Chruschtschow
  french,     // usual French: Tchaïkovski, Dostoïevski, Pouchkine
  polish,     // usual Polish: Czajkowski, Dostojewski, Puszkin
};

// "bgn", "lc", "iso9", "scholarly", "german", "french", "polish", "key" -> the scheme.
std::optional<Scheme> scheme_from_name(std::string_view name) noexcept;
std::string_view scheme_name(Scheme s) noexcept;

// Transliterates `text`; see the header comment.
std::string translit(std::string_view text, Scheme s = Scheme::bgn);

// Appends the transliteration of `text` to `out` (the allocation-free form used in hot loops).
void append_translit(std::string& out, std::string_view text, Scheme s);

// Scripts without clio's own tables (Armenian, Hebrew, Arabic, Thai, kana, CJK, Hangul, Indic,
// ...): true when `text` has a letter of such a script. Cheap: only code points from U+0530 up
// are looked at, by ICU's script property (no transliterator).
bool has_foreign_script(std::string_view text) noexcept;

// `text` with its foreign-script letters read by ICU's "Any-Latin; Latin-ASCII" (Սողոմոն ->
// sogomon, رايسا -> raysa, アレクサンドル・スヴォーロフ -> arekusandoru suvorofu): Latin, Cyrillic,
// Greek and Georgian are left to clio's tables, marks the transform leaves (the kana length
// mark, tildes, apostrophes) dropped, other non-ASCII symbols become spaces. ICU transforms are
// slow to create (~20 ms): one per thread, created on first use; a short name takes some
// microseconds, so this is for names (index build, candidate spans), never for running text.
// Returns `text` unchanged when it has no foreign letter or ICU fails.
std::string foreign_to_latin(std::string_view text);

}  // namespace clio::names
