// The date lexicon: case-folded words and phrases the date grammar knows (month names, seasons,
// era and Old Style marks, century words, range words, relative words ...) in English, Russian,
// German and French.
//
// The table is generated from extension/data/dates/lexicon.tsv by extension/data/dates/generate.py
// into generated/date_lexicon_data.cpp: an open-addressing hash table (key_hash, linear probing), so a
// lookup costs one hash (the tokenizer's, for most words straight from one 8-byte load) and about
// one comparison; each slot also holds 16 bits of its key's hash, so most words that are no key are
// rejected without reading an entry.
// A key may carry several roles ("jul": July and the German Old Style mark); the grammar picks
// the role by position. Phrases are keys with spaces ("old style", "до н э"); every word prefix of
// a phrase is a key with the kPrefix role so the phrase matcher knows when to read on.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace clio::dates::lex {

// Order must match ROLES in extension/data/dates/generate.py.
enum Role : std::uint64_t {
  kMonth = 1ull << 0,         // value in Entry::month (1..12)
  kWeekday = 1ull << 1,       // skipped before a date
  kSeason = 1ull << 2,        // Entry::season: 1 spring, 2 summer, 3 autumn, 4 winter
  kEraBc = 1ull << 3,
  kEraAd = 1ull << 4,
  kCalOs = 1ull << 5,         // Old Style (Julian) mark
  kCalNs = 1ull << 6,         // New Style (Gregorian) mark
  kCentury = 1ull << 7,
  kMillennium = 1ull << 8,
  kDecadeWord = 1ull << 9,    // "années" before a decade
  kYearWord = 1ull << 10,     // after a year: "года", "г.", "гг.", "(1930er) Jahre"
  kApprox = 1ull << 11,
  kPart = 1ull << 12,         // Entry::part: 1 early, 2 mid, 3 late, 4 first half, 5 second half,
                              // 6..9 first..last quarter
  kBetween = 1ull << 13,
  kFrom = 1ull << 14,
  kTo = 1ull << 15,
  kAnd = 1ull << 16,
  kEither = 1ull << 17,
  kOr = 1ull << 18,
  kPrep = 1ull << 19,         // preposition before a date, not part of its surface
  kContext = 1ull << 20,      // makes a following bare four-digit number a year in running text
  kFiller = 1ull << 21,       // "the", "of", "des", "le": skipped inside expressions
  kOrdSuffix = 1ull << 22,    // "th", "er", "го" after a number
  kDecadeSuffix = 1ull << 23, // "s", "х", "er" after a number ending in 0
  kOrdinal = 1ull << 24,      // Entry::ordinal: "eighteenth" = 18
  kNumber = 1ull << 25,       // Entry::number: "two" = 2
  kUnit = 1ull << 26,         // Entry::unit: 1 day, 2 week, 3 month, 4 year
  kRelNext = 1ull << 27,
  kRelPrev = 1ull << 28,
  kRelSame = 1ull << 29,
  kLater = 1ull << 30,
  kEarlier = 1ull << 31,
  kWithin = 1ull << 32,       // "через": after a count
  kDayAfter = 1ull << 33,     // "lendemain"
  kDayBefore = 1ull << 34,    // "veille", "накануне"
  kHalf = 1ull << 36,         // "половина", "Hälfte", "moitié", "half" after an ordinal ("2-я половина")
  kQuarter = 1ull << 38,      // "quarter", "четверть", "Viertel", "quart" after an ordinal
  kLead = 1ull << 37,         // "of", "des", "der": before a date, not part of its surface
  kYearBefore = 1ull << 35,   // "year 1922", "l'an 1922", "im Jahre 1922": a year word before the number
  kMeasure = 1ull << 39,      // a unit of measure after a number ("1917 km"): a quantity, not a year
  kPrefix = 1ull << 40,       // a word prefix of a longer phrase key
  kAfterYear = 1ull << 42,    // a lower-case word that follows years, not counts ("1825 was", "1825 wurde")
  kFeast = 1ull << 43,        // a fixed feast day: Entry::month and the day in Entry::ordinal ("Christmas")
  kLast = 1ull << 44,         // "last", "dernier", "letzten": "the last day of July"
  kCount = 1ull << 41,        // before a number, makes it an amount ("some 1500", "über 1500", "свыше")
};

struct Entry {
  const char* key;  // the folded key; at least 8 bytes are readable, zero after a shorter key
  std::uint8_t len;
  std::uint64_t roles;
  std::uint8_t month, season, part, ordinal, number, unit;
  std::uint64_t more;  // roles of the longer phrases this key begins (0 unless kPrefix)
  std::uint8_t langs;  // languages of the key: 1 en, 2 ru, 4 de, 8 fr (prefix-only keys: 0)
  bool has(std::uint64_t r) const noexcept { return (roles & r) != 0; }
};

// True when two words can belong to one phrase of one language ("that year", not "that an").
inline bool same_language(const Entry* a, const Entry* b) noexcept {
  return a && b && (a->langs & b->langs) != 0;
}

// The hash of a folded key, the one the generator used (key_hash in generate.py): the key's bytes
// in 8-byte little-endian chunks, the last one zero-padded, each mixed in with a multiply, then the
// length and a final mix. A word of up to 8 bytes is one chunk, so the tokenizer hashes it straight
// from the register it read the word into, without a loop over its letters.
inline constexpr std::uint64_t kHashSeed = 0x9E3779B97F4A7C15ull;
inline constexpr std::uint64_t hash_chunk(std::uint64_t h, std::uint64_t chunk) noexcept {
  return (h ^ chunk) * 0xFF51AFD7ED558CCDull;
}
inline constexpr std::uint32_t hash_finish(std::uint64_t h, std::size_t len) noexcept {
  h ^= len;
  h ^= h >> 32;
  h *= 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 32;
  return static_cast<std::uint32_t>(h);
}
inline std::uint32_t key_hash(std::string_view folded) noexcept {
  std::uint64_t h = kHashSeed;
  for (std::size_t at = 0; at < folded.size(); at += 8) {
    std::uint64_t chunk = 0;
    const std::size_t take = folded.size() - at < 8 ? folded.size() - at : 8;
    for (std::size_t k = 0; k < take; ++k)
      chunk |= static_cast<std::uint64_t>(static_cast<unsigned char>(folded[at + k])) << (8 * k);
    h = hash_chunk(h, chunk);
  }
  return hash_finish(h, folded.size());
}

// The entry for an already case-folded key (words joined by one space), or nullptr.
const Entry* lookup(std::string_view folded) noexcept;
// The same when the caller has already computed key_hash(folded).
const Entry* lookup(std::string_view folded, std::uint32_t hash) noexcept;
// The same again for a key in a buffer that has at least 8 bytes and zeros after a shorter key (the
// tokenizer's): a key of up to 8 bytes is then compared as one 64-bit word.
const Entry* lookup_padded(std::string_view folded, std::uint32_t hash) noexcept;

// The table behind lookup() (generated/date_lexicon_data.cpp), for the inline lookup below.
extern const std::size_t kSlotCount;  // a power of two
extern const Entry kEntries[];
// entry index + 1 | top 16 bits of the key hash << 16; 0: empty
extern const std::uint32_t kSlots[];

// Linear probing from the key's home slot; `same(entry)` compares the key with an entry of the
// same length (`len`) whose slot carries the key's 16-bit hash tag. Inline: the tokenizer probes
// for almost every word.
template <class Same>
inline const Entry* probe(std::size_t len, std::uint32_t hash, Same&& same) noexcept {
  const std::size_t mask = kSlotCount - 1;
  const std::uint32_t tag = hash >> 16;
  for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
    const std::uint32_t slot = kSlots[s];
    if (slot == 0) return nullptr;
    if ((slot >> 16) != tag) continue;  // another key: no need to read its entry
    const Entry& e = kEntries[(slot & 0xFFFFu) - 1];
    if (e.len == len && same(e)) return &e;
  }
}

// lookup_padded for a key of 1 to 8 bytes held in a register (little-endian, zero bytes after it).
inline const Entry* lookup_word(std::uint64_t word, std::size_t len, std::uint32_t hash) noexcept {
  return probe(len, hash, [word](const Entry& e) {
    std::uint64_t key;
    std::memcpy(&key, e.key, 8);  // keys are zero-padded to 8 bytes
    if constexpr (std::endian::native == std::endian::big) key = __builtin_bswap64(key);
    return key == word;
  });
}

// Longest key in bytes: longer words cannot be in the lexicon.
std::size_t max_key_bytes() noexcept;

}  // namespace clio::dates::lex
