// Internals of the person authority shared by its implementation files (not a public API):
// limits, evidence bits, the exact-match signature of a form, the verbatim text key, and the
// Query / Scored types. authority.hpp documents the behaviour and the scores. The files:
//   authority_build.cpp   Authority::build: the index (tokens, stems, postings, deletion,
//                         phonetic and signature indexes, the verbatim table), memory_bytes
//   authority_query.cpp   make_query: a name read into tokens, readings, stems, given-name groups
//   authority_lookup.cpp  candidate persons: exact stems and signatures, then fuzzy (deletion
//                         neighbourhoods, phonetic codes)
//   authority_score.cpp   score_person: the evidence of one person against the query
//   authority.cpp         candidates() (the share among competitors, calibration), resolve() and
//                         its verbatim fast path
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "names/authority.hpp"
#include "names/lexicon.hpp"
#include "names/parse.hpp"
#include "names/skeleton.hpp"
#include "names/string_table.hpp"

namespace clio::names::authority_detail {

inline constexpr Reading kReadings[] = {kStandard, kFrench, kGerman, kPolish, kGermanZh};
inline constexpr std::size_t kPostingCap = 5000;     // persons taken from one stem's posting list
inline constexpr std::size_t kCandidateCap = 20000;  // persons scored for one query
inline constexpr std::size_t kProbeCap = 2000;       // stems examined per deletion probe
inline constexpr std::size_t kPhoneticCap = 300;     // stems examined in one phonetic-code bucket
inline constexpr double kYear = 365.2425;
inline constexpr double kSharpness = 16;  // exponent of the share among competing persons
inline constexpr std::uint32_t kTieBit = 0x80000000u;   // verbatim entry: plain text of several persons
inline constexpr std::uint32_t kUnknown = 0x7fffffffu;  // verbatim entry: undecidable here
inline constexpr std::uint32_t kPriorBit = 0x40000000u;  // with kTieBit: the tied persons' priors may differ
inline constexpr std::uint32_t kFormMask = 0x3fffffffu;  // verbatim entry: form id + 1

inline std::uint32_t h32(std::string_view s) { return static_cast<std::uint32_t>(hash_bytes(s) >> 32); }

inline std::uint32_t code_number(std::string_view code) {
  std::uint32_t v = 0;
  for (char c : code) v = v * 10 + static_cast<std::uint32_t>(c - '0');
  return v;
}

enum Evidence : std::uint32_t {
  kName = 1, kAlias = 2, kTranslit = 4, kInflection = 8, kEdit = 16, kPhonetic = 32, kPartial = 64,
  kGivenName = 128, kInitials = 256, kConflict = 512, kGender = 1024, kDates = 2048, kPlace = 4096,
  kAmbiguous = 8192, kPrior = 16384, kPlural = 32768,
  kFullExact = 1u << 20,  // (not a reason) the query is a whole form of two or more words
  kGivenAlone = 1u << 21,  // (not a reason) a given name alone, without title or regnal number
};
// The weight of a given name alone (partial evidence) with a context date and without one.
inline constexpr double kGivenDated = 0.65;
inline constexpr double kGivenUndated = 0.4;
inline constexpr std::pair<std::uint32_t, const char*> kEvidenceNames[] = {
    {kName, "name"},       {kAlias, "alias"},         {kTranslit, "translit"}, {kInflection, "inflection"},
    {kEdit, "edit"},       {kPhonetic, "phonetic"},   {kPartial, "partial"},   {kGivenName, "given-name"},
    {kInitials, "initials"}, {kConflict, "conflict"}, {kGender, "gender"},     {kDates, "dates"},
    {kPlace, "place"},     {kPrior, "prior"},         {kPlural, "plural"},
    {kAmbiguous, "ambiguous"}};

inline std::string reason_text(std::uint32_t bits) {
  std::string out;
  for (auto& [bit, name] : kEvidenceNames) {
    if (!(bits & bit)) continue;
    if (!out.empty()) out.push_back(',');
    out.append(name);
  }
  return out;
}

struct Sim {
  double score = 0;
  std::uint32_t why = 0;
};

// The base of a given name's skeleton without one case ending (Russian, Ukrainian, Polish:
// Анны, Іванові, Tadeuszowi, Ивану, Марией; Lithuanian -us, -as, -is), keeping at least two
// letters. Compared only between a query's given name and a candidate's, so a short base cannot
// reach new persons.
inline std::string_view given_base(std::string_view s) noexcept {
  static constexpr std::string_view kEndings[] = {"ovi", "evi", "ou", "eu", "om", "em", "oj", "ei", "ej",
                                                  "us",  "as",  "is", "i",  "a",  "u",  "e",  "o"};
  for (std::string_view e : kEndings)
    if (s.size() >= e.size() + 2 && s.substr(s.size() - e.size()) == e) return s.substr(0, s.size() - e.size());
  return s;
}
template <class T>
inline void push_unique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

inline bool looks_polish(std::string_view folded) {
  for (std::string_view m : {"cz", "sz", "rz", "\xc5\x82", "\xc5\xbc", "\xc5\x9b", "\xc4\x87", "\xc5\x84", "wicz"})
    if (folded.find(m) != std::string_view::npos) return true;
  return false;
}

// The text of a form for the verbatim table: ASCII letters lower-cased, runs of spaces collapsed,
// ends trimmed; other bytes as they are. Returns false for texts that are too long.
inline bool verbatim_key(std::string_view s, std::string& out) {
  out.clear();
  if (s.size() > 256) return false;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return !out.empty();
}

// The exact-match signature of a form: its token skeletons in name_key order (ordinals by key), so
// "Ekaterina II" equals "Екатерина II" and "Dostoevsky, Fyodor" equals "Fyodor Dostoevsky".
inline std::uint32_t form_check(std::uint64_t sig64) { return static_cast<std::uint32_t>(sig64); }

inline std::uint64_t form_signature64(const ParsedName& p, bool with_titles = true) {
  std::string sig;
  for (Role r : {Role::given, Role::initial, Role::patronymic, Role::surname, Role::ordinal}) {
    for (const auto& t : p.tokens) {
      if (t.role != r) continue;
      sig.append(r == Role::ordinal ? t.key : t.skel);
      sig.push_back(' ');
    }
  }
  // A form that is a title and one name word ("Sergeant Pavlov", "Tsar Nicholas") is distinctive
  // only through its title: the title belongs to the signature, so the bare word ("Pavlov") is
  // partial evidence, not an exact alias match for this one person among its namesakes.
  if (with_titles && !sig.empty() && !p.titles.empty() && p.tokens.size() == 1) {
    std::vector<std::string_view> titles;
    for (const auto& t : p.titles) {
      std::string_view same = name_word(t).same;  // Сержант = Sergeant
      titles.push_back(same.empty() ? std::string_view(t) : same);
    }
    std::sort(titles.begin(), titles.end());
    titles.erase(std::unique(titles.begin(), titles.end()), titles.end());
    for (std::string_view t : titles) {
      sig.push_back('~');
      sig.append(t);
    }
  }
  return sig.empty() ? 0 : hash_bytes(sig);
}

}  // namespace clio::names::authority_detail

namespace clio::names {
using authority_detail::Sim;

// A query, read once: tokens by role with their skeletons under every reading, and (filled while
// collecting candidates) the stems of the authority that its surname matches, with their scores.
struct Authority::Query {
  struct QTok {
    const NameToken* tok = nullptr;
    std::vector<std::string> skels;            // distinct skeletons, standard reading first
    std::vector<std::string> stems;            // distinct stems of skels
    std::vector<std::uint32_t> word_ids;       // authority word ids equal to one of skels
    std::uint32_t std_word = UINT32_MAX;       // the word id of the standard-reading skeleton
    std::vector<std::uint32_t> part_word_ids, part_stem_ids;  // parts of an unknown hyphenated word
    std::vector<std::uint32_t> stem_ids;       // authority stem ids equal to one of stems
    std::vector<GroupId> groups, groups_infl;  // given-name groups of the skeletons / of the stems
    bool female = false;
    bool genitive_a = false;  // a Cyrillic -ова/-ева/-ина/-ына form: masculine genitive or feminine
    bool plural = false;      // a family's plural (Пушкины, Толстых, Piłsudscy): nobody in particular
  };
  ParsedName parsed;
  std::vector<QTok> surnames, givens, patronymics;
  std::vector<char> initials;      // first letter of each initial's skeleton (Yu -> u)
  std::vector<char> initials_key;  // and of its folded key (Yu -> y), for I/J and Y/Yu
  std::uint32_t ordinal = UINT32_MAX;  // word id of "#" + key, or none
  bool ordinal_unknown = false;        // an ordinal the authority never uses
  std::uint32_t key_hash = 0, key_check = 0;
  // The signature without the title, for a titled one-word query ("Comrade Stalin" still matches
  // a bare alias "Stalin"; only the reverse direction is blocked). Equal to key_* otherwise.
  std::uint32_t bare_hash = 0, bare_check = 0;
  bool matches_signature(std::uint32_t h, std::uint32_t c) const {
    return (h == key_hash && c == key_check) || (h == bare_hash && c == bare_check);
  }
  bool empty = true;
  char gender = '-';
  std::vector<std::pair<std::uint32_t, Sim>> stem_sims;  // surname stems matched, exact or fuzzy
  bool surname_hit = false;
};

struct Authority::Scored {
  double raw = 0;
  std::uint32_t why = 0;
};

}  // namespace clio::names
