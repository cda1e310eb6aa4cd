// Finding person and place names of an authority in running text (the `person` and `place`
// mentions of tag_mentions, mentions.hpp).
//
// HOW A TEXT IS SCANNED (one pass over the words, linear in the text)
//  1. Words (text/words.hpp) are grouped into RUNS: capitalised words (or all-capital, or
//     d'Anthès-like) that follow each other separated only by spaces and at most one line break,
//     plus initials ("G. V." and "St." – a capitalised word of one or two letters followed by a
//     period), surname particles inside the run (von, de, van, der, la ...), generation words
//     (the Elder, fils, père) and Roman ordinals (Nicholas II). "and", "of", "y" never join a run,
//     so "Lenin and Trotsky" is two runs. Nor does a run go on across a change of script
//     (Latin, Greek, Cyrillic: "Ivan Varenkov Иван Варенков" is two names), except for a
//     Roman numeral ("Николай I"). A run is cut after kMaxRun words (pathological input).
//  2. Each word is classified ONCE per distinct spelling (a small hash cache, bounded): its name
//     stem (names::skeleton + names::stem of its transliterated, folded form, possessive removed)
//     is looked up in each authority (Authority::stem_id): a "hit" means some name of that
//     authority contains a word with that stem, in any script or case form (Петрограде ~
//     Petrograd). The same lookup says whether it is a known given name, a title (Tsar, Count,
//     Comrade, товарищ), a particle or a place word (Square, Park, Prize, улица). A word of
//     seven or more letters that misses is also a person hit when a surname stem lies one edit
//     away, or one OCR or transliteration slip (rn/in for m, cl for d, dz for dzh) away
//     (Authority::near_stem: Ordzonikidze, Karnenev); resolve() still decides the span.
//  3. Inside a run, greedily from the left: at a word that can start a name (a hit, a known given
//     name or an initial), the longest sub-span of at most kMaxNameWords words that ends in a hit
//     (or an ordinal / generation word) and that Authority::resolve() links is a mention; the scan
//     continues after it. Resolve results are cached per (span text, context date).
//     Titles are never part of the span ("Tsar Nicholas II" -> "Nicholas II"), nor is a
//     possessive 's / ’s ("Tolstoy's" -> "Tolstoy").
//  4. Person spans touching a place word ("Pushkin Square", "Gorky Park", "улица Пушкина",
//     "Lenin Prize") or followed by an event word ("the Varenkov Uprising", "Stalin Line",
//     "Marshall Plan") are not persons. Derived words (Tolstoyan, Leninism) do not resolve.
//  5. Coreference inside one text: a span that the authority leaves undecided between close
//     candidates ("Tolstoy" in 1910: Leo or Aleksey Nikolayevich) goes to the candidate already
//     mentioned earlier in the same text, if any ("Leo Tolstoy ... Tolstoy").
//  6. Guards: a single Latin-script word linked only by a case ending ("German" ~ "of Germany")
//     is not a person (Latin-script names rarely inflect; German genitives "Lenins",
//     "Bismarcks" are read without their -s instead). A place linked only by part of its name
//     ("Tolstoy" ~ the station "Lev Tolstoy", "Novgorod" ~ "Nizhny Novgorod") is not a place,
//     unless a case ending explains it (Петрограде). Between places whose names share a
//     skeleton (Gorky / Gorki), the one spelled exactly as in the text wins.
//  7. Dates separate namesakes: a span is first resolved without a date (cached once per
//     spelling); only when close candidates tie (Tolstoy: Leo, A. K., A. N.) is it resolved
//     again under its context date: the last date mention that ends before it (narrative
//     dating), else the caller's reference date, widened to whole years (the precision that
//     tells namesakes apart; it keeps the cache effective). So a unique name is linked even in
//     a year its bearer was not alive ("the Lenin of 1850" is still Lenin).
//  8. A span needs a word that can be a surname (an authority word that is not a known given
//     name, a patronymic or an initial) or an ordinal: "Ivan", "Ivan Ivanovich" alone are not
//     resolved (they name nobody in particular, and cost most against a large authority). A
//     span ending in a patronymic is a name only as given name + patronymic (one bearer in the
//     authority: "Алексей Максимович") or in the official order surname, given name,
//     patronymic ("Пушкин Александр Сергеевич").
//  9-13. Persons beyond what the authority decides alone (person_forms.cpp): one referent per
//     text, given names alone after a full name, title + given name, regnal ordinal words,
//     names by their form with value NULL (given name or initials + an unknown surname).
//
// Cost: classification is the expensive step (transliteration, skeleton rules) and runs once per
// distinct capitalised spelling; everything else is table lookups, except resolving a span, which
// runs once per distinct (span, context years): in a corpus whose dates vary widely (the
// benchmark's prose: random years 1700-1950) spans re-decided by year are most of the names
// stage's cost, hence caches of up to 2^18 entries. A span not in the cache is decided by
// weighing its date into what the authority found of its text before (Authority::prepare, kept
// per text): the same names recur under many dates. Memory: the caches hold at most kCacheCap
// entries of 16 bytes each (4 MB; 12 MB for the three) and the prepared texts at most
// kPreparedBytes per authority (16 MB each, counting their keys, candidates and map nodes), so
// it is bounded by a constant, not by the text; a full cache starts over.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dates/date_parser.hpp"
#include "names/authority.hpp"
#include "names/lexicon.hpp"
#include "passages/topics.hpp"

namespace clio::passages {

enum class NameKind : std::uint8_t { person, place };

inline constexpr std::size_t kUnlinked = SIZE_MAX;  // NameMatch::index of an unlinked person

struct NameMatch {
  std::size_t begin = 0, end = 0;  // byte offsets, titles and possessive excluded
  NameKind kind = NameKind::person;
  std::size_t index = 0;           // record index in the authority; kUnlinked: a person's name by
                                   // its form that the authority does not decide (person_forms.hpp)
  double score = 1.0;              // Authority::candidates score of the winner
  bool after_place_preposition = false;  // "in", "at", "to", "from", "в", "из", "nach", "à" ... before it
};

class NameScanner {
 public:
  static constexpr std::size_t kMaxRun = 32;
  static constexpr std::size_t kMaxNameWords = 6;
  static constexpr std::size_t kCacheCap = 1u << 18;

  // Either authority may be null (that kind is then not produced). The authorities must outlive
  // the scanner. A scanner may be reused for many texts (its caches stay warm); it is not
  // thread-safe: use one per thread.
  NameScanner(const names::Authority* persons, const names::Authority* places);

  // Appends every person and place match in `text`, in order of the runs (persons and places of
  // one run may overlap: the caller decides, see mentions.hpp). `dates` are the date mentions of
  // the same text in order (the context of person spans); `ref` is used before the first one.
  // `topics`, if given, is fed every word of the text on the way (one pass for names and topics).
  void scan(std::string_view text, std::span<const dates::DateMention> dates,
            const std::optional<dates::DateValue>& ref, std::vector<NameMatch>& out,
            TopicMatcher::Stream* topics = nullptr);

  // False when the scanner has no authority: scan() then does nothing (and feeds no topics).
  bool active() const noexcept { return persons_ || places_; }

  // True when the (lower-case) word is a preposition that introduces a place: in, at, to, from,
  // near, into, towards, via, в, во, из, под, к, у, nach, bei, aus, à, en, vers, près ...
  static bool is_place_preposition(std::string_view word) noexcept;

 private:
  // Word classes, cached per spelling.
  enum : std::uint16_t {
    kPersonHit = 1, kPlaceHit = 2, kGiven = 4, kTitle = 8, kParticle = 16, kPlaceWord = 32,
    kGeneration = 64, kOrdinal = 128, kConnective = 256,  // and, of, y: never inside a run
    kPatronymic = 512,
    kPlacePreposition = 1024,  // light classification only: is_place_preposition() of its key
    // Full classification only, of a word of more than 4 bytes ending in s that is no hit (or a
    // connective): the hits of the word without its s (German genitive), classified once with it.
    kGenitivePersonHit = 2048, kGenitivePlaceHit = 4096,
    kEventWord = 8192,  // full classification: Uprising, Rebellion, War, Treaty, Plan, Line ...
    kClassified = 0x8000,
  };
  struct RunWord {
    std::size_t begin, end;   // the word; end excludes a possessive
    std::uint16_t cls;
    bool initial;             // one- or two-letter capitalised word followed by a period
    bool capitalised;
    bool genitive_s = false;  // hit only without a final -s (German genitive Lenins, Bismarcks)
  };
  struct CacheEntry {
    std::uint64_t key = 0;    // 0 = empty
    std::uint32_t value = 0;
    float score = 0;
  };
  struct Cache {
    std::vector<CacheEntry> slots;
    std::size_t used = 0;
    // The entry of `key` (nonzero), or null. Inline: most lookups hit.
    const CacheEntry* find(std::uint64_t key) const noexcept {
      if (slots.empty()) return nullptr;
      const std::size_t mask = slots.size() - 1;
      for (std::size_t i = key & mask;; i = (i + 1) & mask) {
        if (slots[i].key == key) return &slots[i];
        if (!slots[i].key) return nullptr;
      }
    }
    // A new entry for a `key` that find() did not find (the caller fills in its value).
    CacheEntry* insert(std::uint64_t key);
  };

  // True when a name of this kind may start at the word (rule 3): a capitalised hit, known given
  // name (not a title) or initial. A run without such a word is not processed for that kind.
  static bool may_start(const RunWord& w, NameKind kind) noexcept;
  // A capitalised word of three or more bytes that is nothing the scanner knows: no hit, given
  // name, title, particle, place word, ordinal, connective or patronymic.
  static bool plain_word(const RunWord& w) noexcept;
  // A ruler's title (Tsar, Emperor, King, Queen, Kaiser ... in any language name_words.tsv
  // maps to them): with a given name alone it names the ruler of that name at the date (rule 12).
  static bool ruler_title(std::string_view word);
  // run_[i, k) is initials + a plain word, or a given name + a plain word (rule 13).
  bool unknown_surname_form(std::string_view text, std::span<const dates::DateMention> dates, std::size_t i,
                            std::size_t k);
  // full: also the stem lookups (capitalised words); otherwise only the name-word kinds.
  std::uint16_t classify(std::string_view word, bool full);
  // classify() of a spelling not in the cache (`cache_key`: its key there). Out of line: the hit path
  // of classify() stays small enough to inline.
  [[gnu::noinline]] std::uint16_t classify_new(std::string_view word, bool full, std::uint64_t cache_key);
  void process_run(std::string_view text, std::size_t prev_begin, std::size_t prev_end, NameKind kind,
                   std::span<const dates::DateMention> dates, const std::optional<dates::DateValue>& ref,
                   std::vector<NameMatch>& out);
  CacheEntry decide(const names::Authority& a, std::string_view name, const std::optional<dates::DateValue>& ctx,
                    Cache& cache);
  // decide() of a span not in the cache, out of line like classify_new().
  [[gnu::noinline]] CacheEntry decide_new(const names::Authority& a, std::string_view name,
                                          const std::optional<dates::DateValue>& ctx, Cache& cache,
                                          std::uint64_t cache_key);
  // `date`: the span's context date before widening (span_date()), or null.
  std::optional<std::pair<std::size_t, double>> resolve(const names::Authority& a, std::string_view name,
                                                        const dates::DateValue* date, Cache& cache);
  // The context date of a person span starting at byte `begin` (rule 7), before it is widened to
  // whole years: the last date mention that ends before it, else `ref`, else null.
  const dates::DateValue* span_date(std::span<const dates::DateMention> dates,
                                    const std::optional<dates::DateValue>& ref, std::size_t begin);
  // A span date widened to whole years (null: no context). Only its earliest and latest days are
  // set: they are all that the authority reads of it. Made only when resolve() needs it (ties,
  // young bearers): the calendar arithmetic is most of the cost of a cached span.
  const std::optional<dates::DateValue>& widened(const dates::DateValue* date);
  // widened(date)->latest < day, mostly without the calendar.
  bool widened_ends_before(const dates::DateValue* date, dates::Jdn day);
  // For a person span that resolve() left undecided between close candidates: the best of them
  // already mentioned earlier in the same text ("Leo Tolstoy ... Tolstoy").
  // Persons (person_forms.cpp): one referent per text, and names tagged by their form.
  std::optional<std::pair<std::size_t, double>> one_referent(std::string_view name, const dates::DateValue* date,
                                                             std::pair<std::size_t, double> resolved);
  double unlinked_score(std::string_view name, const dates::DateValue* date);
  void note_full_name(std::size_t person);
  // A given name alone ("Nicholas", "Николай"): the person most recently named in full in the
  // text whose name begins with that given name (any spelling of its group), or nullopt.
  std::optional<std::pair<std::size_t, double>> named_given_name(std::string_view word);
  struct PersonGiven {
    std::vector<names::GroupId> groups;  // the given-name groups of the first words
    std::vector<std::string> keys;       // and their folded spellings
  };
  const PersonGiven& given_groups_of(std::size_t person);
  static bool person_form(std::span<const RunWord> run, std::size_t i, std::size_t k) noexcept;
  static bool pronoun_i(std::string_view text, const RunWord& before, const RunWord& word) noexcept;
  std::optional<std::pair<std::size_t, double>> corefer(std::string_view name,
                                                        const std::optional<dates::DateValue>& ctx);

  // Authority::prepare() of span texts, one map per authority: the same name comes back under
  // many context dates (100 MB of the benchmark's prose: 173,000 decisions, 1,300 names), and
  // only the dates need weighing again. Bounded: a map past kPreparedBytes starts over.
  struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
  };
  struct PreparedCache {
    std::unordered_map<std::string, names::Authority::Prepared, TextHash, std::equal_to<>> names;
    std::size_t bytes = 0;  // held, over all names (see prepared())
  };
  static constexpr std::size_t kPreparedBytes = std::size_t{16} << 20;
  // A map node with its string and vector headers, the bucket slot and the allocator's
  // bookkeeping for the node and the two heap blocks (an upper estimate).
  static constexpr std::size_t kPreparedNodeBytes = 160;
  const names::Authority::Prepared& prepared(const names::Authority& a, std::string_view name);

  const names::Authority* persons_;
  const names::Authority* places_;
  PreparedCache prepared_persons_, prepared_places_;
  Cache word_cache_;     // hash of the spelling -> class bits
  Cache person_cache_;   // hash of (span text, context) -> person + 1 (0 = nobody), score
  Cache place_cache_;
  Cache unlinked_cache_;  // hash of (span text, context) -> unlinked_score()
  std::vector<RunWord> run_;
  std::size_t date_cursor_ = 0;
  std::optional<dates::DateValue> context_;             // widened(): the last context made
  std::pair<dates::Jdn, dates::Jdn> context_of_{0, 0};  // and the days of the date it was made from
  std::vector<std::size_t> seen_persons_;  // persons matched so far in the current text
  std::vector<std::size_t> named_in_full_;  // persons named by two or more words, latest last
  // The given-name groups of the first word of each name and alias of a person (bounded).
  std::unordered_map<std::size_t, PersonGiven> person_given_;
  // The same for a given name read alone in the text, by spelling (bounded).
  std::unordered_map<std::string, PersonGiven, TextHash, std::equal_to<>> word_given_;
  std::string buf_;
  // Aliases the user listed that are made of given names only ("Catherine", "Olenka"), as phrase
  // keys: a span of given names alone is otherwise skipped as naming nobody in particular, but one
  // the user listed names that person. Built at the first scan. (A title + given name alias,
  // "Princess Olga", is not found this way yet: the title is not part of the span.)
  std::unordered_set<std::string> given_aliases_;
  bool given_aliases_built_ = false;
  bool listed_given_alias(std::string_view span);
};

}  // namespace clio::passages
