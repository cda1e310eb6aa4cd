// Reading the structure of one person-name string.
//
//   parse_name("Comrade F. M. Dostoevsky's")       titles {comrade}, initials F M, surname Dostoevsky,
//                                                  possessive
//   parse_name("Dostoevsky, Fyodor Mikhailovich")  reversed: surname, given, patronymic
//   parse_name("Пушкин Александр Сергеевич")       Russian official order (surname first) recognised
//                                                  because the last token is a patronymic after a
//                                                  known given name
//   parse_name("Alexander Sergeyevich")            given + patronymic, no surname
//   parse_name("Pitt the Younger")                 surname Pitt, generation +1
//   parse_name("Pushkin Square")                   surname Pushkin, place_word: nobody is meant
//
// Tokens split at spaces and punctuation; a period ends a token and makes a short one an initial
// ("A.S." = A + S); a hyphen inside a word joins its halves (Tur-genev = Turgenev, Rimsky-Korsakov
// = RimskyKorsakov, the same on both sides of a comparison); apostrophes are dropped, a trailing
// possessive 's / ’s / s' is removed. Titles, particles, elder/younger markers and place words come
// from extension/data/names/name_words.tsv and are matched after transliteration (товарищ, граф).
// Input longer than kMaxNameBytes is cut (at a character boundary) and flagged `truncated`: names
// are short, and this bounds the work on pathological input. Never fails; invalid UTF-8 is read
// as U+FFFD, which is not a letter.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clio::names {

inline constexpr std::size_t kMaxNameBytes = 512;

enum class Role : std::uint8_t { given, patronymic, surname, initial, ordinal };
std::string_view role_name(Role r) noexcept;

struct NameToken {
  std::string surface;  // as written, possessive removed
  std::string key;      // transliterated, folded, marks and punctuation removed ("dostoevsky")
  std::string skel;     // standard-reading skeleton (see skeleton.hpp)
  std::string folded;   // transliterated and folded, marks kept (input to the other readings)
  std::vector<std::string> parts;  // for a hyphenated word: the folded parts (Rimsky, Korsakov)
  Role role = Role::surname;
};

struct ParsedName {
  std::vector<NameToken> tokens;    // name tokens in written order
  std::vector<std::string> titles;  // stripped title words that were skipped ("comrade", "graf")
  char title_gender = '-';          // 'm' / 'f' when a title says so (Countess, Mme, графиня)
  int generation = 0;               // -1 elder (the Elder, pere, Sr), +1 younger (the Younger, fils, Jr)
  bool reversed = false;            // "Surname, Given ..."
  bool possessive = false;          // a possessive ending was removed
  bool place_word = false;          // a street/square/prize/institution word is present
  bool truncated = false;           // input was longer than kMaxNameBytes
  bool foreign = false;             // read from a script without clio's tables (ICU, translit.hpp)

  const NameToken* first(Role r) const noexcept;
  std::size_t count(Role r) const noexcept;
};

ParsedName parse_name(std::string_view name);

// The folded comparison key: tokens in the order given names, initials, patronymic, surname,
// ordinal; each transliterated (key scheme), case-folded, without diacritics or punctuation;
// titles, particles and possessives dropped; single spaces.
//   name_key("Dostoevsky, Fyodor Mikhailovich") == "fyodor mikhailovich dostoevsky"
//   name_key("Mr. DOSTOEVSKY’s") == "dostoevsky";  name_key("Достоевский") == "dostoyevskiy"
std::string name_key(std::string_view name);
std::string name_key(const ParsedName& p);

// Phonetic codes (see phonetic_code in skeleton.hpp) of the name tokens in name_key order,
// space-separated: phonetic("Dostoevsky") == phonetic("Достоевский") == phonetic("Dostojewski").
// Tokens without letters have no code; a name without letters gives "" (NULL in SQL).
std::string phonetic(std::string_view name);

// True if the token's skeleton looks like a patronymic (-ovich, -evna, -ich, -ichna in any
// transliteration or case form).
bool looks_like_patronymic(std::string_view skel) noexcept;

// The Roman numeral of a regnal number as written in Latin-script text: "II", and the French
// ordinals "Ier" / "Ire" (premier, première), "IIe", "XIVe" (-> "I", "II", "XIV"); empty when the
// word is no such numeral (at most five of I V X L).
std::string_view regnal_roman(std::string_view word) noexcept;

// The Roman numeral of an ordinal word given as its folded key ("first", "pervogo", "erste"):
// English, German, Russian, Ukrainian and Polish first to fifth in their case forms; else empty.
std::string_view ordinal_word_roman(std::string_view key) noexcept;

}  // namespace clio::names
