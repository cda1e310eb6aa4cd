#include "passages/phrase_matcher.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "passages/generated/passages_data.hpp"
#include "passages/stopwords.hpp"
#include "text/utf8.hpp"

namespace clio::passages::detail {
namespace {

using clio::text::Char;
using clio::text::next_char;

// The phrase list, indexed by first word.
struct PhraseIndex {
  struct Entry {
    std::vector<std::string_view> words;
    data::PhraseMatch match;
    std::size_t second_slot = 0;  // slot of words[1], when there is one
  };
  std::vector<Entry> entries;
  std::size_t max_words = 0;  // the most words of a phrase
  std::unordered_map<std::string_view, std::vector<std::uint32_t>> by_first;
  // The same entries by the slot of their first word (see below): a plain ASCII word is looked
  // up by its raw bytes, without building its key and hashing it.
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> by_first_slot;
  std::vector<std::uint32_t> number_first;  // the entries whose first word is a number ("#")
  // The same entries by the slots of their first two words, and the one-word entries by the
  // slot of their word: a word is looked up together with the word after it, so that a common
  // first word ("in", a number) brings only the phrases that can continue with its neighbour.
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> by_two_slots;
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> single_by_slot;
  static std::uint64_t two_slots(std::size_t first, std::size_t second) {
    return (static_cast<std::uint64_t>(first) << 32) | second;
  }
  // Cheap rejection before hashing: which (first byte, last byte, length) triples start a
  // phrase (lengths from 15 up share one slot). The length matters: "in", "to", "de", "не"
  // start phrases, and without it every word from i to n was looked up.
  std::vector<bool> first_pairs = std::vector<bool>(65536 * 16, false);

  static std::size_t pair_of(std::string_view w) {
    return slot(static_cast<unsigned char>(w.front()), static_cast<unsigned char>(w.back()), w.size());
  }
  static std::size_t slot(unsigned char first, unsigned char last, std::size_t size) {
    return (((static_cast<std::size_t>(first) << 8) | last) << 4) | std::min<std::size_t>(size, 15);
  }
  bool may_start(std::string_view w) const { return !w.empty() && first_pairs[pair_of(w)]; }

  PhraseIndex() {
    entries.reserve(data::kBoilerplatePhraseCount);
    for (std::size_t k = 0; k < data::kBoilerplatePhraseCount; ++k) {
      const auto& p = data::kBoilerplatePhrases[k];
      Entry e{{}, p.match};
      std::size_t i = 0;
      while (i < p.words.size()) {
        std::size_t j = p.words.find(' ', i);
        if (j == std::string_view::npos) j = p.words.size();
        e.words.push_back(p.words.substr(i, j - i));
        i = j + 1;
      }
      max_words = std::max(max_words, e.words.size());
      if (e.words.size() > 1) e.second_slot = pair_of(e.words[1]);
      if (e.words.front() == "#") number_first.push_back(static_cast<std::uint32_t>(entries.size()));
      by_first[e.words.front()].push_back(static_cast<std::uint32_t>(entries.size()));
      by_first_slot[static_cast<std::uint32_t>(pair_of(e.words.front()))].push_back(
          static_cast<std::uint32_t>(entries.size()));
      if (e.words.size() > 1)
        by_two_slots[two_slots(pair_of(e.words[0]), e.second_slot)].push_back(static_cast<std::uint32_t>(entries.size()));
      else
        single_by_slot[static_cast<std::uint32_t>(pair_of(e.words[0]))].push_back(
            static_cast<std::uint32_t>(entries.size()));
      first_pairs[pair_of(e.words.front())] = true;
      entries.push_back(std::move(e));
    }
  }
};

const PhraseIndex& phrase_index() {
  static const PhraseIndex index;
  return index;
}

// Keys of non-ASCII words, remembered per thread in a small direct-mapped table: prose repeats
// its words, and folding every Cyrillic or accented word through ICU again was a sixth of the
// cost of analyze(). A key depends only on the word's bytes (and its hyphenation flag, itself
// a function of those bytes), so a hit returns exactly what append_word_key would.
class KeyCache {
 public:
  struct Entry {
    bool used = false;
    bool hyphen = false;
    bool stop = false;   // is_stop_key(key)
    bool start = false;  // the phrase index's may_start(key)
    std::string raw, key;
  };
  const Entry& entry(std::string_view s, const Word& w) {
    const std::string_view raw = s.substr(w.begin, w.size());
    const bool hyphen = w.has(Word::kLineHyphen);
    std::uint64_t h = 1469598103934665603ull ^ (hyphen ? 0x9E37u : 0u);
    for (const char c : raw) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    // Long words (a 100,000-letter run in a pathological input) are not kept: the cache holds
    // at most kEntries * kMaxWordBytes bytes of words between calls.
    Entry& e = raw.size() <= kMaxWordBytes ? entries_[(h ^ (h >> 29)) & (kEntries - 1)] : long_word_;
    if (e.used && e.hyphen == hyphen && e.raw == raw) return e;
    e.used = true;
    e.hyphen = hyphen;
    if (&e != &long_word_) e.raw.assign(raw);
    e.key.clear();
    clio::text::append_word_key(e.key, s, w);
    e.stop = is_stop_key(e.key);
    e.start = phrase_index().may_start(e.key);
    if (&e == &long_word_) e.used = false;
    return e;
  }

 private:
  static constexpr std::size_t kEntries = 4096;
  static constexpr std::size_t kMaxWordBytes = 64;
  std::vector<Entry> entries_ = std::vector<Entry>(kEntries);
  Entry long_word_;  // the last long word, recomputed on every request
};

KeyCache& key_cache() {
  thread_local KeyCache cache;
  return cache;
}


// Whether the key of a word may start a phrase (PhraseIndex::may_start), without building the
// key of plain ASCII words.
bool may_start_phrase(const PhraseIndex& index, std::string_view s, const Word& w) {
  if (w.has(Word::kHasDigit) && !w.has(Word::kHasLetter)) return !index.number_first.empty();
  if (w.has(kListedPlainAscii))
    return index.first_pairs[PhraseIndex::slot(static_cast<unsigned char>(ascii_lower(s[w.begin])),
                                                static_cast<unsigned char>(ascii_lower(s[w.end - 1])), w.size())];
  return key_cache().entry(s, w).start;
}

constexpr std::uint32_t kNoKey = 0xFFFFFFFFu;

// The key of listed word k (numbers as '#'), built on first use.
std::string_view key_word(std::string_view s, Features& f, std::size_t k) {
  if (f.key_begin.size() != f.word_list.size()) {
    f.key_begin.assign(f.word_list.size(), kNoKey);
    f.key_end.assign(f.word_list.size(), kNoKey);
  }
  if (f.key_begin[k] == kNoKey) {
    const Word& w = f.word_list[k];
    f.key_begin[k] = static_cast<std::uint32_t>(f.keys.size());
    if (w.has(Word::kHasDigit) && !w.has(Word::kHasLetter)) f.keys.push_back('#');
    else append_key(f.keys, s, w);
    f.key_end[k] = static_cast<std::uint32_t>(f.keys.size());
  }
  return std::string_view(f.keys).substr(f.key_begin[k], f.key_end[k] - f.key_begin[k]);
}

// key_word(s, f, k) == want, without building the key of a plain ASCII word (compared in lower
// case byte by byte): phrases are tried at every word that may start one, and building the keys
// of the words after it was most of the cost of matching.
bool word_is(std::string_view s, Features& f, std::size_t k, std::string_view want) {
  const Word& w = f.word_list[k];
  if (w.has(Word::kHasDigit) && !w.has(Word::kHasLetter)) return want == "#";
  if (w.has(kListedPlainAscii)) {
    if (w.size() != want.size()) return false;
    for (std::size_t i = 0; i < want.size(); ++i)
      if (ascii_lower(s[w.begin + i]) != want[i]) return false;
    return true;
  }
  return key_word(s, f, k) == want;
}

// Whether the text right after byte `pos` (skipping blanks) is a label separator.
bool label_follows(std::string_view s, std::size_t pos, std::size_t end) {
  while (pos < end && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
  if (pos >= end) return true;
  const Char c = next_char(s, pos);
  return c.cp == ':' || c.cp == '|' || c.cp == '/' || c.cp == '-' || c.cp == 0x2013 || c.cp == 0x2014;
}

// The slot (PhraseIndex::slot) of the key of listed word k when it can be told from the raw
// bytes (plain ASCII words and numbers); kAnySlot otherwise.
constexpr std::size_t kAnySlot = ~std::size_t{0};
std::size_t listed_slot(std::string_view s, const Features& f, std::size_t k) {
  const Word& w = f.word_list[k];
  if (w.has(Word::kHasDigit) && !w.has(Word::kHasLetter)) return PhraseIndex::pair_of("#");
  if (!w.has(kListedPlainAscii)) return kAnySlot;
  return PhraseIndex::slot(static_cast<unsigned char>(ascii_lower(s[w.begin])),
                           static_cast<unsigned char>(ascii_lower(s[w.end - 1])), w.size());
}

// Whether one of the phrase entries matches the span at listed word `pos` (see matches_phrase).
bool entries_match(std::string_view s, Span span, Features& f, std::size_t pos, const std::vector<std::uint32_t>& candidates,
                   bool number, bool by_bytes, std::size_t next_slot) {
  const PhraseIndex& index = phrase_index();
  const std::size_t keyed = f.word_list.size();
  for (std::uint32_t e : candidates) {
    const PhraseIndex::Entry& entry = index.entries[e];
    const std::size_t len = entry.words.size();
    if (pos + len > keyed) continue;
    // Most candidates fail on their second word: its slot is compared first.
    if (len > 1 && next_slot != kAnySlot && next_slot != entry.second_slot) continue;
    bool same = number ? entry.words[0] == "#" : !by_bytes || word_is(s, f, pos, entry.words[0]);
    for (std::size_t k = 1; k < len && same; ++k) same = word_is(s, f, pos + k, entry.words[k]);
    if (!same) continue;
    switch (entry.match) {
      case data::PhraseMatch::exact:
        if (pos == 0 && len == f.words) return true;
        break;
      case data::PhraseMatch::prefix:
        if (pos == 0 && f.words <= kContainsMaxWords) return true;
        break;
      case data::PhraseMatch::label:
        if (pos == 0 && f.words <= kContainsMaxWords && label_follows(s, f.word_list[len - 1].end, span.end))
          return true;
        break;
      case data::PhraseMatch::contains:
        if (f.words <= kContainsMaxWords) return true;
        break;
    }
  }
  return false;
}

}  // namespace

bool matches_phrase(std::string_view s, Span span, Features& f) {
  const PhraseIndex& index = phrase_index();
  const std::size_t keyed = f.word_list.size();
  if (keyed == 0 || too_long_for_phrases(f.words)) return false;
  // Past the first word only `contains` phrases can match, and only in spans of at most
  // kContainsMaxWords words.
  const std::size_t positions = f.words <= kContainsMaxWords ? keyed : 1;
  for (std::size_t pos = 0; pos < positions; ++pos) {
    // Most words cannot start a phrase: their keys are never built.
    const Word& first = f.word_list[pos];
    if (!may_start_phrase(index, s, first)) continue;
    // A plain ASCII word is compared byte by byte with the phrases of its slot, a number with
    // the phrases that start with one; others by key.
    const bool number = first.has(Word::kHasDigit) && !first.has(Word::kHasLetter);
    const bool by_bytes = first.has(kListedPlainAscii) && first.has(Word::kHasLetter);
    const std::size_t next_slot = pos + 1 < keyed ? listed_slot(s, f, pos + 1) : kAnySlot;
    std::array<const std::vector<std::uint32_t>*, 2> lists{nullptr, nullptr};
    if (number || by_bytes) {
      const std::size_t first_slot =
          number ? PhraseIndex::pair_of("#")
                 : PhraseIndex::slot(static_cast<unsigned char>(ascii_lower(s[first.begin])),
                                     static_cast<unsigned char>(ascii_lower(s[first.end - 1])), first.size());
      if (next_slot != kAnySlot) {
        auto single = index.single_by_slot.find(static_cast<std::uint32_t>(first_slot));
        if (single != index.single_by_slot.end()) lists[0] = &single->second;
        auto two = index.by_two_slots.find(PhraseIndex::two_slots(first_slot, next_slot));
        if (two != index.by_two_slots.end()) lists[1] = &two->second;
      } else {
        auto it = index.by_first_slot.find(static_cast<std::uint32_t>(first_slot));
        if (it != index.by_first_slot.end()) lists[0] = &it->second;
      }
    } else {
      auto it = index.by_first.find(key_word(s, f, pos));
      if (it != index.by_first.end()) lists[0] = &it->second;
    }
    for (const std::vector<std::uint32_t>* candidates : lists)
      if (candidates && entries_match(s, span, f, pos, *candidates, number, by_bytes, next_slot)) return true;
  }
  return false;
}

bool too_long_for_phrases(std::size_t words) {
  return words > kContainsMaxWords && words > phrase_index().max_words;
}

void append_key(std::string& out, std::string_view s, const Word& w) {
  if (w.has(kListedPlainAscii) || plain_ascii(s, w)) {
    clio::text::append_word_key(out, s, w);
    return;
  }
  out += key_cache().entry(s, w).key;
}

bool cached_key_is_stop(std::string_view s, const Word& w) { return key_cache().entry(s, w).stop; }

}  // namespace clio::passages::detail
