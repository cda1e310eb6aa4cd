// Persons in running text beyond what the authority decides alone (name_scanner.hpp, rules 9-13):
//  9. One referent per text. A short form (one word: "Pushkin", "Пушкина", "Tolstoy's") that the
//     authority links to a person other than the one last named in full (two or more words) in
//     the text is read as a person named in full there when he is among its candidates without
//     contradiction (conflict, gender, place): after "Alexander Pushkin",
//     "Пушкина" is his genitive, not his wife; after "Lev Pushkin", "Pushkin" is the brother. The
//     most recently named of them wins (a nearer full form names another).
// 10. Names by their form. A span that is a person's name by its shape, a given name or initials
//     followed by a surname the authority knows ("Ivan Tolstoy" when only Leo and Aleksey are
//     listed, "K. P. Varenkov" with the wrong initials), is a person mention even when the
//     authority cannot link it: value NULL, and as score the evidence score of its best
//     candidate (the number clio_resolve compares with its threshold 0.55; 0 without one).
//     The historian finds what is left to identify with kind = 'person' AND value IS NULL.
// 11. "I" after a surname is the pronoun, not a regnal numeral ("Ryleev I saw only once"): a
//     numeral I follows a given name (Nicholas I, Николай I). A capitalised word before an
//     ordinal, Roman or a word ("Nicholas the First", "Николая Первого", "Николаю I"), starts a
//     regnal name in any case form.
// 12. A given name alone ("Nicholas", "Николай", "Iwan" after "Ivan Varenkov") is the person
//     most recently named in full (among the last eight) whose name or alias begins with a
//     given name of the same group, or with that very spelling (first names the lexicon lacks);
//     with none it names nobody in particular and is not tagged. Its score is the resolution
//     threshold: the text, not the name, links it. After a title, a given name is tagged when
//     the user listed title + given name as an alias ("Princess Olga"); after a ruler's title
//     (Tsar, Emperor, King, Queen, Kaiser, Sultan, Shah) it is resolved with the title under the
//     context date: "Tsar Alexander" in 1815 and in 1870 are two emperors. The span is the name.
// 13. Surnames and given names the tables lack. Initials before a capitalised word that is
//     nothing the scanner knows ("P. L. Smirnitsky"; not "U. S. Army", not a word of a date
//     mention) and a known given name before one ("Pavel Smirnitsky"; not a function word such
//     as "Will") are person mentions by their form: resolved like any span (a one-slip surname
//     may link), else unlinked. A word nobody knows between a title and a surname ("Count
//     Ostrig Varenkov") is a given name in a spelling the lexicon lacks: the span takes it in,
//     and when the whole does not resolve the surname alone decides (the unknown word says
//     nothing against its bearer).
#include <algorithm>

#include "names/skeleton.hpp"

#include "passages/name_scanner.hpp"

namespace clio::passages {

std::optional<std::pair<std::size_t, double>> NameScanner::one_referent(std::string_view name,
                                                                        const dates::DateValue* date,
                                                                        std::pair<std::size_t, double> resolved) {
  if (named_in_full_.empty() || named_in_full_.back() == resolved.first) return resolved;
  const auto c = persons_->candidates(prepared(*persons_, name), widened(date), 8);
  // The most recently named in full of the candidates that the form does not contradict.
  for (auto it = named_in_full_.rbegin(); it != named_in_full_.rend(); ++it) {
    if (*it == resolved.first) return resolved;
    for (const auto& x : c) {
      if (x.person != *it) continue;
      if (x.reason.find("conflict") != std::string::npos ||
          x.reason.find("place") != std::string::npos || x.reason.find("gender") != std::string::npos)
        break;
      return std::pair<std::size_t, double>(x.person, std::max(x.score, resolved.second));
    }
  }
  return resolved;
}

void NameScanner::note_full_name(std::size_t person) {
  auto at = std::find(named_in_full_.begin(), named_in_full_.end(), person);
  if (at != named_in_full_.end()) named_in_full_.erase(at);
  if (named_in_full_.size() < 256) named_in_full_.push_back(person);
}

const NameScanner::PersonGiven& NameScanner::given_groups_of(std::size_t person) {
  if (auto it = person_given_.find(person); it != person_given_.end()) return it->second;
  if (person_given_.size() >= 4096) person_given_.clear();
  PersonGiven groups;
  auto add = [&](const std::string& form) {
    // The first word of a name of two or more words ("Nicholas I", "Pyotr Kakhovsky").
    const std::size_t sp = form.find(' ');
    if (sp == std::string::npos || sp == 0) return;
    const std::string folded = names::latin_folded(form.substr(0, sp));
    for (names::GroupId g : names::given_groups(names::skeleton(folded, names::kStandard)))
      if (std::find(groups.groups.begin(), groups.groups.end(), g) == groups.groups.end()) groups.groups.push_back(g);
    // and its spelling, for given names the lexicon lacks
    std::string key = names::strip_marks(folded);
    if (std::find(groups.keys.begin(), groups.keys.end(), key) == groups.keys.end()) groups.keys.push_back(std::move(key));
  };
  const names::PersonRecord& rec = persons_->person(person);
  add(rec.name);
  for (const std::string& al : rec.aliases) add(al);
  return person_given_.emplace(person, std::move(groups)).first->second;
}

std::optional<std::pair<std::size_t, double>> NameScanner::named_given_name(std::string_view word) {
  if (named_in_full_.empty()) return std::nullopt;
  // The word's folded spelling and given-name groups, once per spelling (transliteration and
  // skeleton rules are the costly part; given names recur).
  auto at = word_given_.find(std::string_view(word));
  if (at == word_given_.end()) {
    if (word_given_.size() >= 4096) word_given_.clear();
    PersonGiven g;
    const std::string folded = names::latin_folded(word);
    const auto groups = names::given_groups(names::skeleton(folded, names::kStandard));
    g.groups.assign(groups.begin(), groups.end());
    g.keys.push_back(names::strip_marks(folded));
    at = word_given_.emplace(std::string(word), std::move(g)).first;
  }
  const std::string& key = at->second.keys[0];
  const std::vector<names::GroupId>& mine = at->second.groups;
  // The latest few named in full: an older one is too far back to be meant by a given name.
  std::size_t looked = 0;
  for (auto it = named_in_full_.rbegin(); it != named_in_full_.rend() && looked < 8; ++it, ++looked) {
    const PersonGiven& theirs = given_groups_of(*it);
    bool same = std::find(theirs.keys.begin(), theirs.keys.end(), key) != theirs.keys.end();
    for (names::GroupId g : mine)
      same = same || std::find(theirs.groups.begin(), theirs.groups.end(), g) != theirs.groups.end();
    if (same) return std::pair<std::size_t, double>(*it, names::Authority::kThreshold);
  }
  return std::nullopt;
}

double NameScanner::unlinked_score(std::string_view name, const dates::DateValue* date) {
  // Cached per (span, context years) like decide(): the same unlinked name recurs in a corpus.
  const auto& ctx = widened(date);
  std::uint64_t h = std::hash<std::string_view>{}(name) * 0x9E3779B97F4A7C15ull;
  if (ctx) h ^= (static_cast<std::uint64_t>(ctx->earliest) * 0xC2B2AE3D27D4EB4Full) ^ static_cast<std::uint64_t>(ctx->latest);
  h = h ? h : 1;
  if (const CacheEntry* hit = unlinked_cache_.find(h)) return hit->score;
  const auto c = persons_->candidates(prepared(*persons_, name), ctx, 1);
  const double score = c.empty() ? 0.0 : std::min(c[0].score, names::Authority::kThreshold - 0.001);
  unlinked_cache_.insert(h)->score = static_cast<float>(score);
  return score;
}

bool NameScanner::person_form(std::span<const RunWord> run, std::size_t i, std::size_t k) noexcept {
  if (k < i + 2 || k > run.size()) return false;
  const RunWord& first = run[i];
  const RunWord& last = run[k - 1];
  // (A one-letter initial may also read as a title abbreviation: it is an initial here.)
  auto initial = [](const RunWord& w) { return w.initial && ((w.cls & kTitle) == 0 || w.end - w.begin == 1); };
  if (!(((first.cls & kGiven) && !(first.cls & kTitle)) || initial(first))) return false;
  if (!(last.cls & kPersonHit) || (last.cls & (kGiven | kPatronymic | kOrdinal)) || last.initial) return false;
  for (std::size_t j = i + 1; j + 1 < k; ++j) {
    const RunWord& w = run[j];
    if (initial(w)) continue;
    if (!w.capitalised || (w.cls & (kOrdinal | kTitle | kPlaceWord | kConnective))) return false;  // Franz Xaver Mozart
  }
  return true;
}

bool NameScanner::pronoun_i(std::string_view text, const RunWord& before, const RunWord& word) noexcept {
  // (English only: after a Cyrillic or Greek word, I is the numeral: Николаю I.)
  return word.end == word.begin + 1 && text[word.begin] == 'I' && !(before.cls & kGiven) &&
         static_cast<unsigned char>(text[before.begin]) < 0xC8;
}

}  // namespace clio::passages
