#include "passages/phrase_filter.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "passages/generated/passages_data.hpp"

namespace clio::passages {
namespace {

constexpr std::size_t kMaxRunBytes = 32;
constexpr std::uint32_t kNoRun = 0xFFFFFFFFu;

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;
constexpr std::uint64_t fnv_step(std::uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull; }
std::uint64_t fnv(std::string_view s) {
  std::uint64_t h = kFnvBasis;
  for (const char c : s) h = fnv_step(h, c);
  return h;
}
// Whether ASCII letters `run` lower-cased equal `lower` (which is lower case).
bool same_lower(std::string_view run, std::string_view lower) {
  if (run.size() != lower.size()) return false;
  for (std::size_t k = 0; k < run.size(); ++k)
    if (static_cast<char>(run[k] | 0x20) != lower[k]) return false;
  return true;
}
std::size_t slot_of(std::uint64_t h) { return static_cast<std::size_t>(h ^ (h >> 29)); }

// What the scan does with a byte: end a letter run, extend it, note a digit, or give up.
enum class ByteClass : std::uint8_t { separator, letter, digit, give_up };
constexpr auto kByteClass = [] {
  std::array<ByteClass, 256> a{};
  for (int c = 'a'; c <= 'z'; ++c) a[c] = a[c - 32] = ByteClass::letter;
  for (int c = '0'; c <= '9'; ++c) a[c] = ByteClass::digit;
  for (int c = 0x80; c < 256; ++c) a[c] = ByteClass::give_up;  // not plain ASCII
  a['\n'] = a['\r'] = ByteClass::give_up;                      // OCR hyphenation is possible
  return a;
}();

// The letter runs of the all-ASCII phrases, numbered, and for each phrase the numbers of all
// its runs: a phrase can match only where each of them is a letter run of the span. Two more
// necessary conditions come from where a phrase must sit: an `exact` phrase is the whole span,
// so the span has as many letter runs as the phrase; `prefix` and `label` phrases open it, so
// its first letter run is the phrase's first.
class PhraseRuns {
 public:
  PhraseRuns() {
    for (std::size_t k = 0; k < data::kBoilerplatePhraseCount; ++k) {
      const std::string_view words = data::kBoilerplatePhrases[k].words;
      bool ascii = true;
      for (const char c : words) ascii &= static_cast<unsigned char>(c) < 0x80;
      if (!ascii) continue;  // cannot match plain ASCII text
      std::vector<std::uint32_t> ids;
      std::string run;
      bool overlong = false;
      Phrase phrase;
      phrase.match = data::kBoilerplatePhrases[k].match;
      for (std::size_t i = 0; i <= words.size(); ++i) {
        if (i < words.size() && ascii_letter(words[i])) {
          run.push_back(lower(words[i]));
          continue;
        }
        if (!run.empty()) {
          if (run.size() > kMaxRunBytes) overlong = true;
          else ids.push_back(intern(run));
          if (!overlong && phrase.run_count == 0) phrase.first_run = ids.back();
          ++phrase.run_count;
        }
        run.clear();
      }
      if (overlong) {
        unfilterable_ = true;  // a run longer than the scan keeps: no proof possible
        continue;
      }
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      if (ids.empty()) {
        letterless_ = true;  // numbers only: may match wherever there is a digit
        continue;
      }
      if (by_first_run_.size() < names_.size()) by_first_run_.resize(names_.size());
      by_first_run_[ids.front()].push_back(static_cast<std::uint32_t>(phrases_.size()));
      phrase.runs = std::move(ids);
      phrases_.push_back(std::move(phrase));
    }
    by_first_run_.resize(names_.size());
    std::size_t size = 64;
    while (size < names_.size() * 4) size *= 2;
    slots_.assign(size, Slot{0, kNoRun});
    for (std::uint32_t id = 0; id < names_.size(); ++id) {
      const std::uint64_t h = fnv(names_[id]);
      std::size_t i = slot_of(h) & (slots_.size() - 1);
      while (slots_[i].id != kNoRun) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = Slot{h, id};
    }
  }

  // The number of a letter run (any case) whose lower-cased FNV hash is `h`, or kNoRun when no
  // phrase has it.
  std::uint32_t find(std::string_view run, std::uint64_t h) const {
    for (std::size_t i = slot_of(h) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      if (slot.id == kNoRun) return kNoRun;
      if (slot.hash == h && same_lower(run, names_[slot.id])) return slot.id;
    }
  }
  // Whether some phrase could match a span whose distinct phrase runs are `present` (sorted),
  // which has `run_count` letter runs in all and opens with the phrase run `first_run` (or
  // kNoRun).
  bool some_phrase_within(const std::vector<std::uint32_t>& present, std::size_t run_count,
                          std::uint32_t first_run) const {
    for (const std::uint32_t first : present)
      for (const std::uint32_t i : by_first_run_[first]) {
        const Phrase& p = phrases_[i];
        if (p.match == data::PhraseMatch::exact && run_count != p.run_count) continue;
        if ((p.match == data::PhraseMatch::prefix || p.match == data::PhraseMatch::label) && first_run != p.first_run)
          continue;
        if (std::includes(present.begin(), present.end(), p.runs.begin(), p.runs.end())) return true;
      }
    return false;
  }
  bool letterless() const { return letterless_; }
  bool unfilterable() const { return unfilterable_; }

 private:
  std::uint32_t intern(const std::string& run) {
    for (std::uint32_t id = 0; id < names_.size(); ++id)
      if (names_[id] == run) return id;  // once, at start-up, over a few hundred runs
    names_.push_back(run);
    return static_cast<std::uint32_t>(names_.size() - 1);
  }

  std::vector<std::string> names_;                          // run text by number
  struct Slot {
    std::uint64_t hash;
    std::uint32_t id;
  };
  std::vector<Slot> slots_;                                 // open addressing over names_
  struct Phrase {
    std::vector<std::uint32_t> runs;  // sorted, distinct run numbers
    data::PhraseMatch match = data::PhraseMatch::contains;
    std::size_t run_count = 0;        // letter runs with repeats
    std::uint32_t first_run = kNoRun;
  };
  std::vector<Phrase> phrases_;
  std::vector<std::vector<std::uint32_t>> by_first_run_;    // phrases by their smallest run number
  bool letterless_ = false;
  bool unfilterable_ = false;
};

const PhraseRuns& phrase_runs() {
  static const PhraseRuns runs;
  return runs;
}

}  // namespace

bool no_phrase_can_match(std::string_view text, Span span) noexcept {
  const PhraseRuns& runs = phrase_runs();
  if (runs.unfilterable()) return false;
  thread_local std::vector<std::uint32_t> present;
  present.clear();
  bool digit = false;
  std::size_t run_count = 0;
  std::uint32_t first_run = kNoRun;
  const std::size_t end = span.end < text.size() ? span.end : text.size();
  for (std::size_t i = span.begin; i < end;) {
    const ByteClass cls = kByteClass[static_cast<unsigned char>(text[i])];
    if (cls == ByteClass::letter) {
      // A letter run: hashed lower-cased as it is read, then looked up in place.
      std::uint64_t h = kFnvBasis;
      const std::size_t from = i;
      do {
        h = fnv_step(h, static_cast<char>(text[i] | 0x20));
        ++i;
      } while (i < end && kByteClass[static_cast<unsigned char>(text[i])] == ByteClass::letter);
      const std::uint32_t id = i - from <= kMaxRunBytes ? runs.find(text.substr(from, i - from), h) : kNoRun;
      if (id != kNoRun) present.push_back(id);
      if (run_count++ == 0) first_run = id;
      continue;
    }
    if (cls == ByteClass::give_up) return false;
    digit |= cls == ByteClass::digit;
    ++i;
  }
  if (digit && runs.letterless()) return false;
  if (present.empty()) return true;
  std::sort(present.begin(), present.end());
  present.erase(std::unique(present.begin(), present.end()), present.end());
  return !runs.some_phrase_within(present, run_count, first_run);
}

}  // namespace clio::passages
