// The person authority: an immutable in-memory index over the user's persons and aliases that
// answers "who is meant by this name form?" (clio_resolve, clio_candidates).
//
// Build once from plain records (the SQL layer reads clio_person / clio_alias; the same class
// serves places: give place names as `name`, no dates), then query from any number of threads.
//
//   auto a = Authority::build(std::move(records));
//   a.resolve("Dostoevsky, Fyodor Mikhailovich", std::nullopt)  -> index of Dostoevsky
//   a.resolve("Anna Dostoevskaya", std::nullopt)                -> nullopt (given name contradicts)
//   a.candidates("Dumas", year(1880))                           -> Dumas fils first, then pere
//
// How a query is read: parse_name() (titles, initials, patronymic, reversed order, possessives);
// each token reduced to its spelling skeleton (skeleton.hpp) under every transliteration reading,
// then to its stem (case and gender endings). Candidates come from
//   1. exact stems of the surname (or, without a surname, of the patronymic / given name), and
//      exact matches of the whole folded form;
//   2. only when (1) finds no surname match: a symmetric-deletion index over stems (edit distance
//      up to 1, or 2 for stems of 8+ characters, any position - first letters are not special;
//      distance 2 as one substitution-like change on each side, or, when nothing closer exists,
//      two adjacent query letters for one stored letter: a broken digraph, OCR rn for m)
//      and a phonetic-code index (phonetic_code()).
// Every candidate person is scored against all its forms (name + aliases) together.
//
// Scores (0..1). Candidate::score is the evidence share described here; Candidate::confidence
// maps it to observed accuracy (calibration.hpp) and is what clio_candidates shows. The raw score multiplies the evidence factors below; the final score divides it
// among the competing persons, final_i = raw_i / (1 + sum_j (raw_j / raw_i)^16), so two equally
// good namesakes get about half each and a clear winner keeps nearly all of its raw score.
// `reason` lists the evidence, comma-separated:
//   name / alias   the whole form equals the authority's name / a listed alias after folding (1.0)
//   translit       surname equal after transliteration/spelling normalisation (1.0)
//   inflection     surname equal after removing a case or gender ending (0.93); also a given name
//                  in another case (Aleksandra Puszkina, Polish genitive) (0.85)
//   edit           OCR or typing error on the surname: distance 1 (0.86, 0.75 for 4-5 letters;
//                  0.92 / 0.8 when both spellings have the same phonetic code, a sound-alike slip
//                  such as Karamsin), distance 2 on 8+ letters (0.74); on a given name (0.8)
//   phonetic       same phonetic code only (0.55)
//   partial        only the surname (x0.9), or given name + patronymic without surname (x0.85),
//                  or a bare given name (x0.4: never enough on its own), or one part of a
//                  hyphenated surname the authority does not know whole (Uljanow-Lenin: 0.8);
//                  each part of an authority's hyphenated surname also counts as its surname
//   given-name     the given name is an equivalent or diminutive of the person's (0.95)
//   initials       initials agree with the given name / patronymic (0.95)
//   conflict       the given name, patronymic, initial, ordinal or elder/younger contradicts (x0.1-0.3)
//   gender         a female surname form or title for a man, or the reverse (x0.3)
//   dates          the context date was used (prior.hpp: life_factor): alive (the birth year
//                  included) x1, a child x0.8, dead x0.95 fading to x0.75 a generation after and
//                  slowly beyond, not yet born x0.1 (an exact full name keeps x0.6), no known
//                  dates x0.9; relative to the best candidate's factor when that one is dead
//   prior          a better known candidate has name evidence as good: x max(0.5, w / w_max),
//                  w = ln(2 + prominence) (prior.hpp: clio_person.prominence or derived)
//   plural         a family's plural (Пушкины, Piłsudscy) x0.3
//   place          the form names a street, square, prize... ("Pushkin Square") x0.05
//   ambiguous      another person scored close (the final score was divided)
// Derived words (Tolstoyan, Leninism, Mendeleevsk, Pushkino) match nobody.
// resolve() returns the top candidate when its final score >= kThreshold (0.55): two equally good
// namesakes (0.5 each at best) never pass.
// Fast path: resolve() first looks the text up verbatim (ASCII case and spacing ignored) among the
// stored forms. A form whose signature belongs to one person answers at once (with a context date
// only if the person is known to be an adult and alive then); a plain form shared by namesakes
// answers "nobody" without a context. This equals the full scoring except in one corner: other
// persons known only by the same surname plus matching initials are not weighed as competitors.
// Queries are bounded: names are cut at kMaxNameBytes, posting lists at 5,000 persons per stem and
// 20,000 candidates per query; deletion probes at 2,000 stems, the phonetic bucket at 300.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_value.hpp"
#include "names/bucket_index.hpp"
#include "names/lexicon.hpp"
#include "names/parse.hpp"
#include "names/string_table.hpp"

namespace clio::names {

struct PersonRecord {
  std::string id;
  std::string name;
  std::optional<dates::DateValue> born, died;
  std::vector<std::string> aliases;
  // How well known the person is (a non-negative number such as a count of Wikidata sitelinks;
  // clio_person.prominence when that column exists). Without it the authority derives one from
  // the person's own entry (prior.hpp).
  std::optional<double> prominence;
};

class Authority {
 public:
  static constexpr double kThreshold = 0.55;

  struct Candidate {
    std::size_t person;  // index into the records given to build()
    double score;        // 0..1, the evidence share (see the header comment); kThreshold applies
    std::string reason;  // comma-separated evidence names
    double confidence = 0;  // calibrated_score(score) (calibration.hpp): how often a candidate
                            // with this score was right on the gold forms; clio_candidates.score
  };

  Authority() = default;
  // Builds the index; linear in the number of names (plus sorting). Records keep their order.
  static Authority build(std::vector<PersonRecord> persons);

  // Ranked best first, at most `limit`; `context` is the date of the passage, if known.
  std::vector<Candidate> candidates(std::string_view name, const std::optional<dates::DateValue>& context,
                                    std::size_t limit = 10) const;
  // What candidates() finds of a name before it weighs the context date: the candidate persons
  // with their evidence. candidates(prepare(name), context, limit) is candidates(name, context,
  // limit); a caller that asks about one name under many dates (the tagger: the same names in
  // texts about many years) prepares it once and weighs only the dates each time.
  struct Prepared {
    struct Entry {
      double raw;          // the evidence before the date
      std::uint32_t why;   // its evidence bits
      std::uint32_t person;
    };
    std::vector<Entry> entries;  // in person order; those that no date can raise above the floor left out
  };
  Prepared prepare(std::string_view name) const;
  std::vector<Candidate> candidates(const Prepared& prepared, const std::optional<dates::DateValue>& context,
                                    std::size_t limit = 10) const;
  // The top candidate if its score clears kThreshold.
  std::optional<std::size_t> resolve(std::string_view name, const std::optional<dates::DateValue>& context) const;

  const PersonRecord& person(std::size_t i) const { return persons_[i]; }
  std::size_t size() const noexcept { return persons_.size(); }
  std::size_t memory_bytes() const noexcept;

  // For scanners (the passage tagger): the stem id of one normalised text token, if any form of
  // the authority contains a token with that stem. Normalise with skeleton()/stem() first.
  std::optional<std::uint32_t> stem_id(std::string_view stem) const noexcept { return stems_.find(stem); }
  // For scanners: whether a stem of the authority lies one edit from this stem of kNearStemMin or
  // more characters (a spelling slip the skeleton rules do not fold: Ordzonikidze for
  // Ordzhonikidze). Probes the deletion index, as candidates() does.
  static constexpr std::size_t kNearStemMin = 7;
  bool near_stem(std::string_view stem) const;

 private:
  struct Tok {
    std::uint32_t word : 29;  // id in words_ (skeletons; ordinals as "#" + key)
    Role role : 3;
  };
  static_assert(sizeof(Tok) == 4);
  static Tok make_tok(std::uint32_t word, Role role) noexcept {
    Tok t;
    t.word = word & ((1u << 29) - 1);
    t.role = role;
    return t;
  }
  struct Form {
    std::uint32_t tok_begin;
    std::uint8_t tok_count;
    std::int8_t generation;  // -1 elder, +1 younger
    std::uint8_t is_alias;
    std::uint8_t female : 1;  // a female surname form (Tolstaya)
    std::uint8_t plain : 1;   // no title, elder/younger marker or place word
    std::uint32_t key_hash;   // signature hash (skeletons in name_key order): exact match
    std::uint32_t key_check;  // a second, independent 32 bits of it, against collisions
  };
  struct PersonDates {
    dates::Jdn born = kNoDate, died = kNoDate;
    char gender = '-';  // from the main name's given name or a female surname form
    float prior = 1;    // log-weight of the prominence (prior.hpp), > 0
  };
  static constexpr dates::Jdn kNoDate = INT64_MIN;

  struct Query;
  struct Scored;
  Query make_query(std::string_view name) const;
  void collect_exact(Query& q, std::vector<std::uint32_t>& out) const;
  void collect_fuzzy(Query& q, std::vector<std::uint32_t>& out) const;
  bool derived_from_authority(std::string_view query_skel) const;
  std::uint32_t toks_begin(std::uint32_t p) const noexcept { return forms_[person_forms_[p]].tok_begin; }
  std::uint32_t toks_end(std::uint32_t p) const noexcept {
    return person_forms_[p + 1] < forms_.size() ? forms_[person_forms_[p + 1]].tok_begin
                                                : static_cast<std::uint32_t>(toks_.size());
  }
  std::span<const GroupId> word_groups(std::uint32_t w) const noexcept {
    return {word_groups_.data() + word_groups_begin_[w], word_groups_begin_[w + 1] - word_groups_begin_[w]};
  }
  // The evidence of person p for the query before the context date (raw not yet capped at 1).
  Scored score_person(const Query& q, std::uint32_t p) const;
  // Weighs the context date into a score_person() result and caps it at 1.
  void weigh_dates(std::uint32_t p, const std::optional<dates::DateValue>& ctx, Scored& s) const;
  void append_postings(std::uint32_t stem, std::vector<std::uint32_t>& out, std::size_t cap) const;

  std::vector<PersonRecord> persons_;
  std::vector<PersonDates> dates_;
  std::vector<std::uint32_t> person_forms_;  // CSR: forms of person p are [p], [p+1)
  std::vector<Form> forms_;
  std::vector<Tok> toks_;
  std::vector<char> tok_initial_;             // first letter of each token's folded key (I in Iosif)
  StringTable words_;                         // skeletons of all tokens
  std::vector<std::uint32_t> word_stem_;      // word id -> stem id
  std::vector<std::uint8_t> surname_word_;    // word id -> bit 1 when some form uses it as a surname,
                                              // bit 2 when some form uses it as a given name
  std::vector<std::uint32_t> word_groups_begin_;  // CSR: word id -> given-name groups
  std::vector<GroupId> word_groups_;
  std::vector<std::uint64_t> group_stems_;    // sorted group << 32 | stem id: the authority's
                                              // spellings of each given-name group (Nicholas II
                                              // found from Nikolaus II)
  StringTable stems_;
  std::vector<std::uint32_t> stem_post_begin_;  // CSR: stem -> sorted distinct persons
  std::vector<std::uint32_t> stem_post_;
  BucketIndex deletions_;                     // (hash32 of stem minus one char, or stem) << 32 | stem id
  BucketIndex phonetic_;                      // phonetic code << 32 | stem id
  BucketIndex form_keys_;                     // key_hash << 32 | person

  // Fast path for resolve(): an open-addressing table of the forms whose text (ASCII case-folded,
  // spaces collapsed) identifies one person unambiguously. Entry = hash32 << 32 | form id + 1.
  // nullopt: not decided here; a value: the answer (itself nullopt for "nobody").
  std::optional<std::optional<std::size_t>> resolve_verbatim(std::string_view name,
                                                             const std::optional<dates::DateValue>& ctx) const;
  std::size_t form_person(std::uint32_t form) const noexcept;
  bool verbatim_text(std::uint32_t form, std::string& out) const;
  bool verbatim_text(std::uint32_t form, std::size_t person, std::string& out) const;
  std::vector<std::uint64_t> verbatim_;
};

}  // namespace clio::names
