// Place names in running text: a gazetteer matcher over whole phrases (the `place` mentions of
// tag_mentions, mentions.hpp).
//
// WHAT MATCHES
//  Every name and alias of the places authority is indexed as a sequence of TOKENS (words, and
//  the halves of hyphenated words: "Санкт-Петербург" is two tokens, like "Sankt Petersburg").
//  A text matches a name when its tokens match the name's tokens one by one, separated by white
//  space (one line break at most), a hyphen or dash ("Polish–Lithuanian"), or the period of an
//  abbreviated saint ("St. Petersburg"). The mention covers the whole phrase; the LONGEST phrase
//  starting at a word wins, and the scan goes on after it ("Lake Ladoga" is one mention, not
//  "Ladoga"; "Kingdom of Saxony" is not "Saxony").
//  Two tokens are the same when their folded forms are equal: case, diacritics and apostrophes
//  ignored (Bérézina = Berezina), Cyrillic, Greek and Georgian read through clio's key
//  transliteration (Москва = Moskva), ё = е, and St / St. / Saint / Sainte / Ste / Sankt / San /
//  Santa / Св. are one token. A possessive 's is not part of the token ("Moscow's").
//  A token of four letters or more also matches
//   * an INFLECTED form: in Cyrillic any case ending that leaves the same name stem
//     (names::stem: "Сенатскую площадь", "в Михайловском", "Петербурга"); in Latin script a
//     Slavic case ending (-a -e -i -u -y -ie -iu -em -om -ach -ami -owi -ego -ej, -ce for -ka:
//     Polska, Polsce) or a German genitive -s after the name ("Warszawie", "Krakowie",
//     "Moskaus"); a Ukrainian name's і of the last syllable may be о or е in the other cases
//     (Харків, у Харкові; Канів, Канева). An ending that makes an
//     English adjective or a shorter word is not one: "Russian" is not Russia, "German" is not
//     Germany (list them as aliases if you want them);
//   * a TRANSLITERATION VARIANT, only for tokens of eight letters or more, or five or more in a
//     name of several words that all agree: the same spelling skeleton and stem
//     (names::skeleton; "Biélorussie" ~ "Belorussia", "Iasnaïa Poliana" ~ "Yasnaya Polyana").
//     No edit-distance guessing: a short word is never a place by resemblance ("Back" is not
//     Baku).
//  "Saint X" (and "Sankt-X", "San X") is also known as plain "X" when X is one word formed as a
//  town name (-burg, -bourg, -borg, -grad, -gorod, -stadt, -polis, -pol, -ville) and not a given
//  name: "Petersburg" names Saint Petersburg; "Helena", "Louis", "Andrews" do not. A name
//  that starts with the article "The" is also matched without it ("in the Hague").
//
// WHAT DOES NOT MATCH (no fragments)
//  * Part of a name: "Senate" of "Senate Square", "Palace" of "the Palace Guard", "Rio" of "Rio
//    de Janeiro", "Novgorod" of "Nizhny Novgorod", the half of a hyphenated word.
//  * A match must start with a capital (or after an elision: "l'Europe", "d'Austerlitz"); the
//    other words of the name may be in any case ("Cathedral square", "Trinity CATHEDRAL").
//  * A name that continues into a longer proper name: when the match is followed on the same
//    line, after spaces only, by a capitalised (not all-capitals) word, the place is a modifier
//    of another name ("Moscow Times", "Kazan Cathedral", "Petersburg Conservatory", "Gorky
//    Park") and is not tagged, unless a place preposition or settlement word stands before it
//    ("in Moskau Blumen..."; German capitalises nouns; "на станции Астапово Рязано-Уральской"), the
//    match is a German genitive ("Moskaus Straßen") or the next word starts a person or another
//    place ("В Москве Ленин ..."): see PlaceMatch::continued_at, which mentions.cpp decides.
//
// PERSON OR PLACE: place_context is set when a place preposition or a settlement word stands
// right before the match (NameScanner::is_place_preposition: in, to, near, в, под, nach, à ...;
// town, village, station, город, село, станции, Stadt, ville, miasto) or a place class word right
// after it (station, street, square, Platz, улица: names::name_word kind place). A span
// that is both a person and a place is a place only in such a context (mentions.hpp).
//
// WHICH PLACE: among the names that match, the strongest match (all tokens exact > inflected >
// transliteration variant > "Saint" dropped), then a name written in the script of the text (в
// Горках: the alias Горки before the alias Gorky of another place), then a canonical name before
// an alias, then the place first given.
//
// COST: the index is built once per authority (a hash table of token stems, a trie over token
// ids); matching walks the text's words once. A word is looked at only when it is capitalised or
// a phrase is under way; its tokens' keys are computed once per distinct spelling (a bounded
// cache). Each start tries at most kMaxTokens tokens, so matching is linear in the text and does
// not depend on the number of places.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "names/authority.hpp"
#include "text/words.hpp"

namespace clio::passages {

struct PlaceMatch {
  std::size_t begin = 0, end = 0;  // byte offsets of the whole phrase
  std::size_t index = 0;           // record index in the places authority
  double score = 1.0;              // 1 exact, 0.9 inflected, 0.8 transliteration variant, 0.75 "Saint" dropped
  bool place_context = false;      // introduced, or a place class word right after
  bool introduced = false;         // a place preposition or settlement word right before ("in", "станции")
  std::size_t continued_at = SIZE_MAX;  // byte offset of a capitalised word that continues the name, or SIZE_MAX
};

class PlaceMatcher {
 public:
  static constexpr std::size_t kMaxTokens = 12;

  // Indexes every name and alias of `places` (which must outlive the matcher).
  explicit PlaceMatcher(const names::Authority& places);

  bool empty() const noexcept { return entries_.empty(); }

  // Appends the leftmost-longest place matches of `text` to `out`, in order. Keeps a cache of
  // token keys between calls: not thread-safe, use one per thread.
  void scan(std::string_view text, std::vector<PlaceMatch>& out);

  // The folded token form used for exact comparison ("Bérézina" -> "berezina", "Москва" ->
  // "moskva", "St" -> "saint"), for tests.
  static std::string exact_key(std::string_view token);

 private:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  struct Key {
    std::uint32_t id = kNone;  // token id of the coarse key (kNone: no name has such a token)
    std::uint32_t id_genitive = kNone;  // the same without a final -s (German genitive)
    bool starts = false;                // some name starts with this token
    std::string exact;
    bool cyrillic = false;
    // Whether the token is a place class word / a settlement word (-1: not asked yet): asked
    // after most matches, answered once per spelling.
    mutable std::int8_t class_word = -1, settlement_word = -1;
  };
  struct Entry {
    std::uint32_t place;
    std::uint32_t first_token;  // into tokens_
    std::uint16_t count;
    bool is_name;
    bool saint_dropped;
    bool cyrillic;  // the name is (also) written in Cyrillic
  };
  struct Token {  // a token of the text
    std::size_t begin, end;
    bool word_start, word_end;  // first / last part of a hyphenated word
    bool capital;               // starts with a capital (after any elision)
    bool joined;                // the gap before it may be inside a name
    bool after_saint_period;    // the gap before is "." after a saint token (checked at match time)
  };

  void add_phrase(std::uint32_t place, std::string_view phrase, bool is_name);
  const Key& key_of(std::string_view surface);
  // key_of(surface).starts, from the cache slot alone when the spelling was seen before.
  bool starts_name(std::string_view surface);
  // Appends the tokens of the next word at cur_ to toks_ when a name may go on into it (the gap
  // joins, no possessive before, fewer than kMaxTokens tokens); false when there is none.
  bool more(std::string_view text);
  // The longest name starting at toks_[0], appended to `out`; false if none.
  bool try_match(std::string_view text, std::vector<PlaceMatch>& out);
  int token_strength(const Key& text, std::string_view alias_exact, std::size_t min_variant) const;
  std::uint32_t token_id(const std::string& coarse) const;
  static bool class_word(const Key& k);
  static bool settlement_word(const Key& k);

  const names::Authority& places_;
  std::unordered_map<std::string, std::uint32_t> token_ids_;          // coarse key -> token id
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;            // node << 32 | token id -> child node, while building
  static constexpr std::uint64_t kNoEdge = UINT64_MAX;
  struct EdgeSlot {
    std::uint64_t edge = kNoEdge;
    std::uint32_t child = 0;
  };
  std::vector<EdgeSlot> edge_slots_;                                 // edges_, flat, once built
  std::size_t edge_home(std::uint64_t edge) const noexcept;
  // The child of `node` by `token`, or kNone.
  std::uint32_t child(std::uint32_t node, std::uint32_t token) const noexcept;
  std::vector<std::vector<std::uint32_t>> node_entries_;              // node -> entries ending there
  std::vector<Entry> entries_;
  std::vector<std::string> entry_tokens_;                            // exact keys of every entry's tokens
  // The keys of the spellings seen (hash of the spelling -> index in keys_; 64-bit hashes,
  // collisions are taken as negligible like in the name scanner's caches); bounded, see scan().
  struct Slot {
    std::uint64_t hash = 0;
    std::uint32_t key = 0;
    bool starts = false;  // keys_[key].starts, read without touching the key (most words start no name)
  };
  std::vector<Slot> slots_;
  std::deque<Key> keys_;
  std::vector<Token> toks_;            // the tokens from a start, read as the trie needs them
  text::WordIterator cur_{std::string_view()};
  std::size_t cur_end_ = 0;            // end of the last word read into toks_
  bool cur_stop_ = false;
};

}  // namespace clio::passages
