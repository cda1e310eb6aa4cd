#include "passages/phrase_filter.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "passages/generated/passages_data.hpp"
#include "text/utf8.hpp"

namespace clio::passages {
namespace {

constexpr std::size_t kMaxRunBytes = 64;  // 32 Cyrillic letters
constexpr std::uint32_t kNoRun = 0xFFFFFFFFu;

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// A basic Cyrillic letter (U+0400..U+045F) written as two bytes at p[0], p[1] of a run of n
// bytes, whose next byte (if any) is not a continuation byte: its code point, or 0.
char32_t basic_cyrillic(const unsigned char* p, std::size_t n) {
  if (n < 2 || (p[0] != 0xD0 && p[0] != 0xD1) || (p[1] & 0xC0) != 0x80 || (n > 2 && (p[2] & 0xC0) == 0x80)) return 0;
  const char32_t cp = (static_cast<char32_t>(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  return cp >= 0x400 && cp < 0x460 ? cp : 0;
}

// The key of a basic Cyrillic letter as text::append_word_key writes it: folded, and ё -> е.
char32_t cyrillic_key(char32_t cp) {
  char32_t f = cp < 0x410 ? cp + 0x50 : cp < 0x430 ? cp + 0x20 : cp;
  return f == 0x451 ? 0x435 : f;
}

// Characters other than ASCII that end a letter run and that word keys keep as they are (or
// turn into other non-letters): punctuation common in prose. Any other character makes the
// filter give up: a letter it cannot fold, or a mark the key deletes (soft hyphen, stress
// accent, zero-width joiners), which would join two runs into one.
bool separator_cp(char32_t cp) {
  switch (cp) {
    case 0x00A0: case 0x00AB: case 0x00BB: case 0x2010: case 0x2011: case 0x2013: case 0x2014:
    case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0x201E: case 0x2026: case 0x2116:
      return true;
    default:
      return false;
  }
}

constexpr std::uint64_t kFnvBasis = 1469598103934665603ull;
constexpr std::uint64_t fnv_step(std::uint64_t h, char c) { return (h ^ static_cast<unsigned char>(c)) * 1099511628211ull; }
std::uint64_t fnv(std::string_view s) {
  std::uint64_t h = kFnvBasis;
  for (const char c : s) h = fnv_step(h, c);
  return h;
}
std::size_t slot_of(std::uint64_t h) { return static_cast<std::size_t>(h ^ (h >> 29)); }

// What the scan does with a byte: end a letter run, extend it, note a digit, or give up.
enum class ByteClass : std::uint8_t { separator, letter, digit, give_up, non_ascii };
constexpr auto kByteClass = [] {
  std::array<ByteClass, 256> a{};
  for (int c = 'a'; c <= 'z'; ++c) a[c] = a[c - 32] = ByteClass::letter;
  for (int c = '0'; c <= '9'; ++c) a[c] = ByteClass::digit;
  for (int c = 0x80; c < 256; ++c) a[c] = ByteClass::non_ascii;  // decoded: see no_phrase_can_match
  a['\n'] = a['\r'] = ByteClass::give_up;                         // OCR hyphenation is possible
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
      const auto* w = reinterpret_cast<const unsigned char*>(words.data());
      // Only phrases of ASCII and basic Cyrillic can match the text the scan accepts.
      bool readable = true;
      for (std::size_t i = 0; i < words.size() && readable;) {
        if (w[i] < 0x80) ++i;
        else if (basic_cyrillic(w + i, words.size() - i) != 0) i += 2;
        else readable = false;
      }
      if (!readable) continue;
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
        if (i < words.size() && w[i] >= 0x80) {  // a basic Cyrillic letter (checked above)
          run.push_back(words[i]);
          run.push_back(words[i + 1]);
          ++i;
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

  // The number of a letter run's key whose FNV hash is `h`, or kNoRun when no phrase has it.
  std::uint32_t find(std::string_view key, std::uint64_t h) const {
    for (std::size_t i = slot_of(h) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[i];
      if (slot.id == kNoRun) return kNoRun;
      if (slot.hash == h && names_[slot.id] == key) return slot.id;
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
  char key[kMaxRunBytes];  // the key of the current letter run (while it fits)
  std::size_t key_size = 0;
  bool overflow = false;
  std::uint64_t h = kFnvBasis;
  auto put = [&](char c) {
    h = fnv_step(h, c);
    if (key_size < kMaxRunBytes) key[key_size++] = c;
    else overflow = true;  // longer than any phrase's run
  };
  auto end_run = [&] {
    if (key_size == 0) return;
    const std::uint32_t id = overflow ? kNoRun : runs.find(std::string_view(key, key_size), h);
    if (id != kNoRun) present.push_back(id);
    if (run_count++ == 0) first_run = id;
    key_size = 0;
    overflow = false;
    h = kFnvBasis;
  };
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t end = span.end < text.size() ? span.end : text.size();
  for (std::size_t i = span.begin; i < end;) {
    switch (kByteClass[p[i]]) {
      case ByteClass::letter:
        // A stretch of ASCII letters, lower-cased (the run may go on in Cyrillic).
        do {
          const char c = static_cast<char>(p[i] | 0x20);
          h = fnv_step(h, c);
          if (key_size < kMaxRunBytes) key[key_size++] = c;
          else overflow = true;  // longer than any phrase's run
          ++i;
        } while (i < end && kByteClass[p[i]] == ByteClass::letter);
        continue;
      case ByteClass::non_ascii: {
        if (const char32_t cp = basic_cyrillic(p + i, end - i)) {
          const char32_t k = cyrillic_key(cp);
          put(static_cast<char>(0xC0 | (k >> 6)));
          put(static_cast<char>(0x80 | (k & 0x3F)));
          i += 2;
          continue;
        }
        const text::Char c = text::next_char(text.substr(0, end), i);
        if (c.cp == text::kReplacement || !separator_cp(c.cp)) return false;
        i += c.len;
        break;
      }
      case ByteClass::give_up: return false;
      case ByteClass::digit: digit = true; ++i; break;
      case ByteClass::separator: ++i; break;
    }
    end_run();
  }
  end_run();
  if (digit && runs.letterless()) return false;
  if (present.empty()) return true;
  std::sort(present.begin(), present.end());
  present.erase(std::unique(present.begin(), present.end()), present.end());
  return !runs.some_phrase_within(present, run_count, first_run);
}

}  // namespace clio::passages
