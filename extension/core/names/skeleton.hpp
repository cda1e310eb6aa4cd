// Spelling skeletons: the comparison form under which transliteration variants of one Slavic
// name coincide (Tchaikovsky = Tschaikowski = Czajkowski = Chaikovsky = Čajkovskij = Чайковский).
//
// Pipeline for one name token (a word):
//   latin_folded("Чайковский")  -> "chaykovskiy"   key transliteration + case folding (marks kept)
//   strip_marks("tchaïkovski")  -> "tchaikovski"    readable folded key: diacritics and punctuation gone
//   skeleton("chaykovskiy")     -> "Cakovski"       rules of extension/data/names/skeleton_rules.tsv,
//                                                     vowel runs and doubled letters collapsed
//   stem("Cakovski")            -> "Cakovsk"        one Slavic case/gender ending removed
//   phonetic_code("Cakovski")   -> "474745"         six-digit sound code (Daitch-Mokotoff-like classes)
//
// A skeleton depends on the reading (which tradition spelled the Latin form): "ch" is ч in English,
// ш in French, х in German and Polish. The authority is indexed under the standard reading; a
// query is looked up under every reading. Upper-case letters in a skeleton are sound classes
// (C ч, S ш, Z ж, H х, T ц, J дж); skeletons are internal and not meant for display.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace clio::names {

enum Reading : unsigned {
  kStandard = 1,  // English-like (BGN, LC, scholarly, ISO 9 letters with carons)
  kFrench = 2,    // ch = ш, tch = ч, j = ж, ou = у
  kGerman = 4,    // sch = ш, tsch = ч, ch = х, z = ц, w = в
  kPolish = 8,    // sz = ш, cz = ч, ch = х, c = ц, rz = ж
  kGermanZh = 16, // German, with sch read as ж (Schukow = Zhukov)
};
inline constexpr unsigned kAllReadings = kStandard | kFrench | kGerman | kPolish | kGermanZh;

// Key transliteration (Scheme::key) followed by case folding; diacritics are kept.
void append_latin_folded(std::string& out, std::string_view token);
std::string latin_folded(std::string_view token);

// Removes diacritics (é -> e, ł -> l, ß -> ss) and every character that is not a letter or digit
// from a folded token. Letters of scripts without a rule are kept as they are.
std::string strip_marks(std::string_view folded);

// The skeleton of a folded token under one reading (one bit of Reading).
std::string skeleton(std::string_view folded, Reading reading = kStandard);

// The skeleton with one inflectional ending removed (Pushkina, Pushkinym, Pushkine -> Pushkin;
// Tolstoy, Tolstaya, Tolstogo -> Tolst), so case and gender forms share a stem. Keeps at least
// three characters; never removes the -o of town names in -ino/-ovo/-evo (Pushkino).
std::string_view stem(std::string_view skel) noexcept;

// Six-digit phonetic code of a skeleton (vowels skipped except at the start, where they give 0;
// b p f v 7, d t 3, g k h x 5, sibilants s z ш ж ч ц дж 4, l 8, m n 6, r 9; repeats merged).
std::string phonetic_code(std::string_view skel);

// True when `query_skel` is a word derived from a surname with skeleton `cand_skel` / stem
// `cand_stem` (Tolstoyan, Leninism, Mendeleevsk, Pushkinskaya, Pushkino): see derived_suffixes.tsv.
bool is_derived_form(std::string_view query_skel, std::string_view cand_skel, std::string_view cand_stem) noexcept;

// Restricted Damerau-Levenshtein distance (adjacent transpositions count 1) on bytes, computed
// only up to `max`: returns max + 1 when the distance is larger. O(len * (2 max + 1)).
int edit_distance(std::string_view a, std::string_view b, int max) noexcept;

// True if the (folded or skeleton) token is a female adjectival surname form: -aya, -aja, -aia,
// Polish -ska / -cka / -dzka, Czech -ská (Tolstaya, Dostoevskaya, Dostojewska).
bool is_female_adjectival(std::string_view stripped) noexcept;

}  // namespace clio::names
