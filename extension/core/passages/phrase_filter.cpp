#include "passages/phrase_filter.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include <unicode/uchar.h>

#include "passages/abbreviations.hpp"
#include "passages/generated/passages_data.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace clio::passages {
namespace {

constexpr std::size_t kMaxRunBytes = 64;  // 32 Cyrillic letters
constexpr std::uint32_t kNoRun = 0xFFFFFFFFu;

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// The key of a basic Cyrillic letter as text::append_word_key writes it: folded, and ё -> е.
char32_t cyrillic_key(char32_t cp) {
  char32_t f = cp < 0x410 ? cp + 0x50 : cp < 0x430 ? cp + 0x20 : cp;
  return f == 0x451 ? 0x435 : f;
}

// The Latin letters beyond ASCII that the scan reads (U+00C0..U+024F: é, ł, ș, ă), by their
// key: the letter case-folded as text::append_word_key folds it, when that is again a letter of
// the block (two bytes in UTF-8, neither ASCII nor Cyrillic). Others (×, ÷, ſ which folds to
// "s") make the scan give up.
constexpr char32_t kLatinFirst = 0xC0, kLatinEnd = 0x250;
struct LatinKeys {
  std::array<char16_t, kLatinEnd - kLatinFirst> key{};  // 0: not read
  LatinKeys() {
    for (char32_t cp = kLatinFirst; cp < kLatinEnd; ++cp) {
      if ((U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_L_MASK) == 0) continue;
      const char32_t f = text::fold_char(cp);
      if (f >= kLatinFirst && f < kLatinEnd) key[cp - kLatinFirst] = static_cast<char16_t>(f);
    }
  }
};
// The key of the two-byte letter that the scan reads at p (n bytes left; the next byte, if any,
// is not a continuation byte): a basic Cyrillic letter (U+0400..U+045F) or a Latin letter of
// `latin`; 0 for anything else.
[[gnu::always_inline]] inline char32_t letter_key_at(const LatinKeys& latin, const unsigned char* p, std::size_t n) {
  if (n < 2 || p[0] < 0xC3 || p[0] > 0xD1 || (p[1] & 0xC0) != 0x80 || (n > 2 && (p[2] & 0xC0) == 0x80)) return 0;
  const char32_t cp = (static_cast<char32_t>(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  if (cp >= 0x400) return cp < 0x460 ? cyrillic_key(cp) : 0;
  return cp >= kLatinFirst && cp < kLatinEnd ? latin.key[cp - kLatinFirst] : 0;
}

// Appends the two UTF-8 bytes of a key character below U+0800.
void put_key_char(char* key, std::size_t& size, char32_t k) {
  key[size++] = static_cast<char>(0xC0 | (k >> 6));
  key[size++] = static_cast<char>(0x80 | (k & 0x3F));
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

// The separators that close a quotation (segmenter.cpp's closers among them).
bool is_closing_quote(char32_t cp) { return cp == 0x201D || cp == 0x2019 || cp == 0x00BB; }

// Runs are hashed eight key bytes at a time, so that the scan hashes a run of ASCII letters
// straight from the text (its key is its bytes with 0x20 set) without building the key.
constexpr std::uint64_t kHigh = 0x8080808080808080ull;
constexpr std::uint64_t kCaseBits = 0x2020202020202020ull;

std::uint64_t load8(const unsigned char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}
// The first n (< 8) bytes, in memory order, of a word as load8 reads it; the others zero.
std::uint64_t first_bytes(std::uint64_t x, std::size_t n) {
  if constexpr (std::endian::native == std::endian::little) return x & ((std::uint64_t{1} << (8 * n)) - 1);
  else return n == 0 ? 0 : x & ~(~std::uint64_t{0} >> (8 * n));
}
// The first min(avail, 8) bytes at p (the others zero), without reading past p + avail.
std::uint64_t load_up_to(const unsigned char* p, std::size_t avail) {
  if (avail >= 8) return load8(p);
  std::uint64_t x = 0;
  std::memcpy(&x, p, avail);
  return x;
}
std::uint64_t mix_word(std::uint64_t h, std::uint64_t word) {
  h = (h ^ word) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}
constexpr std::uint64_t kHashSeed = 0x6A09E667F3BCC909ull;
// The hash of a key: its bytes eight at a time, the last word zero-padded (keys have no zero
// byte, so the words tell the length).
std::uint64_t key_hash(std::string_view key) {
  const auto* p = reinterpret_cast<const unsigned char*>(key.data());
  std::uint64_t h = kHashSeed;
  for (std::size_t i = 0; i < key.size(); i += 8) h = mix_word(h, load_up_to(p + i, key.size() - i));
  return h;
}
// How many of the eight bytes of x, from the first in memory order, are ASCII letters.
std::size_t leading_letters(std::uint64_t x) {
  // Per byte (high bit cleared so that the additions carry into no other byte): at least 'a'
  // and at most 'z' once 0x20 is set, and not a byte >= 0x80.
  const std::uint64_t y = (x | kCaseBits) & ~kHigh;
  const std::uint64_t letters = (y + 0x1F1F1F1F1F1F1F1Full) & ~(y + 0x0505050505050505ull) & ~x & kHigh;
  const std::uint64_t others = ~letters & kHigh;
  if (others == 0) return 8;
  if constexpr (std::endian::native == std::endian::little) return static_cast<std::size_t>(std::countr_zero(others)) / 8;
  else return static_cast<std::size_t>(std::countl_zero(others)) / 8;
}
std::size_t slot_of(std::uint64_t h) { return static_cast<std::size_t>(h ^ (h >> 29)); }

// What the scan does with a byte. Cyrillic and the listed punctuation are decoded (non_ascii).
enum class ByteClass : std::uint8_t {
  other,     // punctuation and symbols: end a run, count as content
  letter,    // ASCII letter
  digit,
  blank,     // space, tab, vertical tab, form feed
  newline,   // \n or \r: a possible passage break (and OCR hyphenation after a hyphen)
  terminal,  // . ! ?
  closer,    // ) ] } " ' after a sentence mark belong to its sentence
  markup,    // > { } | = \ (three of them make a span markup residue)
  paren,     // ( may open "(c)", a copyright sign
  unreadable,  // < & start tags and entities: a span with them is judged in full
  non_ascii,
};
constexpr auto kByteClass = [] {
  std::array<ByteClass, 256> a{};
  for (int c = 'a'; c <= 'z'; ++c) a[c] = a[c - 32] = ByteClass::letter;
  for (int c = '0'; c <= '9'; ++c) a[c] = ByteClass::digit;
  for (int c = 0x80; c < 256; ++c) a[c] = ByteClass::non_ascii;
  a[' '] = a['\t'] = a['\v'] = a['\f'] = ByteClass::blank;
  a['\n'] = a['\r'] = ByteClass::newline;
  a['.'] = a['!'] = a['?'] = ByteClass::terminal;
  a[')'] = a[']'] = a['"'] = a['\''] = ByteClass::closer;
  a['>'] = a['{'] = a['}'] = a['|'] = a['='] = a['\\'] = ByteClass::markup;
  a['('] = ByteClass::paren;
  a['<'] = a['&'] = ByteClass::unreadable;
  return a;
}();

bool is_hyphen_before(const unsigned char* p, std::size_t begin, std::size_t i) {
  while (i > begin && (p[i - 1] == ' ' || p[i - 1] == '\t' || p[i - 1] == '\r')) --i;
  if (i > begin && p[i - 1] == '-') return true;
  // U+2010, U+2011 (E2 80 90, E2 80 91); the soft hyphen makes the scan give up anyway.
  return i >= begin + 3 && p[i - 3] == 0xE2 && p[i - 2] == 0x80 && (p[i - 1] == 0x90 || p[i - 1] == 0x91);
}

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
      // Only phrases of letters the scan reads can match the text it accepts.
      bool readable = true;
      for (std::size_t i = 0; i < words.size() && readable;) {
        if (w[i] < 0x80) ++i;
        else if (letter_key_at(latin_, w + i, words.size() - i) != 0) i += 2;
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
        if (i < words.size() && w[i] >= 0x80) {  // a letter the scan reads (checked above)
          char key[2];
          std::size_t size = 0;
          put_key_char(key, size, letter_key_at(latin_, w + i, words.size() - i));
          run.append(key, size);
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
      phrase.runs = std::move(ids);
      phrases_.push_back(std::move(phrase));
    }
    // Function words ("the", "of", "в") are in most sentences and say little: a phrase needs
    // only its other runs present (all of them if it has no other), and only those runs are
    // looked up in the text.
    looked_up_.assign(names_.size(), false);
    for (Phrase& phrase : phrases_) {
      std::vector<std::uint32_t> needed;
      for (const std::uint32_t id : phrase.runs)
        if (!is_stopword(names_[id])) needed.push_back(id);
      if (!needed.empty()) phrase.runs = std::move(needed);
      for (const std::uint32_t id : phrase.runs) looked_up_[id] = true;
    }
    for (Phrase& phrase : phrases_)
      if (!looked_up_[phrase.first_run]) phrase.first_run = kNoRun;  // its opening is not checked
    by_first_run_.assign(names_.size(), {});
    for (std::uint32_t i = 0; i < phrases_.size(); ++i) by_first_run_[phrases_[i].runs.front()].push_back(i);
    for (std::uint32_t id = 0; id < names_.size(); ++id) {
      if (!looked_up_[id]) continue;
      const std::size_t bit = slot_of(key_hash(names_[id])) & 0xFFFF;
      hash_bits_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
    std::size_t size = 64;
    while (size < names_.size() * 4) size *= 2;
    slots_.assign(size, Slot{0, kNoRun});
    for (std::uint32_t id = 0; id < names_.size(); ++id) {
      const std::uint64_t h = key_hash(names_[id]);
      std::size_t i = slot_of(h) & (slots_.size() - 1);
      while (slots_[i].id != kNoRun) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = Slot{h, id};
    }
  }

  // The number of the letter run p[0, n) of ASCII letters, whose key_hash the scan computed,
  // or kNoRun when no phrase has it: a bit of the hash rejects almost every run that is no
  // phrase run before its key is built.
  std::uint32_t find_ascii_run(const unsigned char* p, std::size_t n, std::uint64_t h) const {
    if (n > kMaxRunBytes || !may_be_phrase_run(h)) return kNoRun;
    char key[kMaxRunBytes];
    for (std::size_t i = 0; i < n; ++i) key[i] = static_cast<char>(p[i] | 0x20);
    return looked_up(find(std::string_view(key, n), h));
  }
  // The same for a run with letters beyond ASCII (see letter_key_at), whose key is built first.
  std::uint32_t find_run(const unsigned char* p, std::size_t n) const {
    if (n > kMaxRunBytes) return kNoRun;
    // Zero-padded to whole words, so that the hash reads them without a partial copy. The scan
    // checked the letters: each non-ASCII one is two bytes that letter_key_at accepts.
    alignas(8) char key[kMaxRunBytes + 8] = {};
    std::size_t size = 0;
    for (std::size_t i = 0; i < n;) {
      if (p[i] < 0x80) {
        key[size++] = static_cast<char>(p[i++] | 0x20);
        continue;
      }
      const char32_t cp = (static_cast<char32_t>(p[i] & 0x1F) << 6) | (p[i + 1] & 0x3F);
      put_key_char(key, size, cp >= 0x400 ? cyrillic_key(cp) : latin_.key[cp - kLatinFirst]);
      i += 2;
    }
    std::uint64_t h = kHashSeed;
    for (std::size_t i = 0; i < size; i += 8) h = mix_word(h, load8(reinterpret_cast<const unsigned char*>(key) + i));
    return may_be_phrase_run(h) ? looked_up(find(std::string_view(key, size), h)) : kNoRun;
  }
  // The number of a letter run's key whose key_hash is `h`, or kNoRun when no phrase has it.
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
        if ((p.match == data::PhraseMatch::prefix || p.match == data::PhraseMatch::label) && p.first_run != kNoRun &&
            first_run != p.first_run)
          continue;
        if (std::includes(present.begin(), present.end(), p.runs.begin(), p.runs.end())) return true;
      }
    return false;
  }
  // Whether some phrase could match a sentence of a region whose distinct phrase runs are
  // `present` and whose runs that may open a sentence are `opening` (both sorted): a
  // `contains` phrase needs only its runs, the others also their first run opening one.
  bool some_phrase_in_region(const std::vector<std::uint32_t>& present,
                             const std::vector<std::uint32_t>& opening) const {
    for (const std::uint32_t first : present)
      for (const std::uint32_t i : by_first_run_[first]) {
        const Phrase& p = phrases_[i];
        if (p.match != data::PhraseMatch::contains && p.first_run != kNoRun &&
            !std::binary_search(opening.begin(), opening.end(), p.first_run))
          continue;
        if (std::includes(present.begin(), present.end(), p.runs.begin(), p.runs.end())) return true;
      }
    return false;
  }
  // The key of the two-byte letter the scan reads at p (see letter_key_at), or 0.
  char32_t letter_key(const unsigned char* p, std::size_t n) const { return letter_key_at(latin_, p, n); }
  bool letterless() const { return letterless_; }
  bool unfilterable() const { return unfilterable_; }

 private:
  bool may_be_phrase_run(std::uint64_t h) const {
    const std::size_t bit = slot_of(h) & 0xFFFF;
    return (hash_bits_[bit / 64] >> (bit % 64) & 1) != 0;
  }
  std::uint32_t looked_up(std::uint32_t id) const { return id != kNoRun && looked_up_[id] ? id : kNoRun; }
  std::uint32_t intern(const std::string& run) {
    for (std::uint32_t id = 0; id < names_.size(); ++id)
      if (names_[id] == run) return id;  // once, at start-up, over a few hundred runs
    names_.push_back(run);
    return static_cast<std::uint32_t>(names_.size() - 1);
  }

  LatinKeys latin_;                                         // first: the constructor reads it
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
  std::vector<bool> looked_up_;                             // by run number: needed by a phrase
  std::array<std::uint64_t, 1024> hash_bits_{};             // a bit of every looked-up run's hash
  bool letterless_ = false;
  bool unfilterable_ = false;
};

const PhraseRuns& phrase_runs() {
  static const PhraseRuns runs;
  return runs;
}

// What one pass over a span tells about its letter runs. For a region (several sentences
// whatever their boundaries) the pass also cuts the text into stretches at every place where
// a sentence may begin: after sentence marks (and the closers that follow them) unless a digit
// follows ("31.10.1917", "3.5"), and at every line break. A sentence begins at the start of a
// stretch and runs at least to the stretch's end, so it holds the stretch's letters and opens
// with the stretch's first run.
struct RunScan {
  bool readable = true;           // false: a character the proofs cannot read was met
  bool digit = false;
  bool letterless_stretch = false;  // a stretch with something other than blanks but no letter
  std::size_t markup = 0;         // markup characters
  std::size_t run_count = 0;
  std::uint32_t first_run = kNoRun;
  std::vector<std::uint32_t> present;  // phrase runs met (repeats included)
  std::vector<std::uint32_t> opening;  // phrase runs that open a stretch

  void clear() {  // keeps the vectors' storage: one RunScan per thread serves every call
    readable = true;
    digit = letterless_stretch = false;
    markup = run_count = 0;
    first_run = kNoRun;
    present.clear();
    opening.clear();
  }
};

// The end (at most `end`) of the stretch of ASCII letters that starts at i, read eight bytes at
// a time from a text of `size` bytes; `h` is set to the key_hash of the stretch's key.
std::size_t ascii_stretch(const unsigned char* p, std::size_t i, std::size_t end, std::size_t size, std::uint64_t& h) {
  h = kHashSeed;
  for (;;) {
    const std::uint64_t x = load_up_to(p + i, size - i) | kCaseBits;
    const std::size_t k = std::min(leading_letters(x), end - i);
    if (k < 8) {
      if (k > 0) h = mix_word(h, first_bytes(x, k));
      i += k;
      break;
    }
    h = mix_word(h, x);
    i += 8;
    if (i >= end) break;
  }
  return i;
}

void scan_runs(const PhraseRuns& runs, std::string_view text, Span span, RunScan& out) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t end = span.end < text.size() ? span.end : text.size();
  // A run of ASCII letters alone is looked up where it is read; a run with Cyrillic letters is
  // kept open until its end.
  std::size_t run_begin = 0;
  bool in_run = false, opens = true, stretch_letter = false, stretch_content = false;
  std::size_t run_count = 0;
  std::uint32_t first_run = kNoRun;
  auto add_run = [&](std::uint32_t id) {
    if (run_count++ == 0) first_run = id;
    if (id != kNoRun) {
      out.present.push_back(id);
      if (opens) out.opening.push_back(id);
    }
    opens = false;
  };
  auto close_run = [&](std::size_t run_end) {
    in_run = false;
    add_run(runs.find_run(p + run_begin, run_end - run_begin));
  };
  auto cut = [&] {
    if (stretch_content && !stretch_letter) out.letterless_stretch = true;
    stretch_content = stretch_letter = false;
    opens = true;
  };
  for (std::size_t i = span.begin; i < end;) {
    ByteClass cls = kByteClass[p[i]];
    std::size_t len = 1;
    if (cls == ByteClass::letter) {
      std::uint64_t h;
      const std::size_t stretch_end = ascii_stretch(p, i, end, text.size(), h);
      if (!in_run && (stretch_end == end || p[stretch_end] < 0x80 || runs.letter_key(p + stretch_end, end - stretch_end) == 0)) {
        add_run(runs.find_ascii_run(p + i, stretch_end - i, h));
      } else if (!in_run) {
        in_run = true;
        run_begin = i;
      }
      i = stretch_end;
      stretch_letter = stretch_content = true;
      // The usual way to the next word, one space, needs none of the cases below.
      if (!in_run && i + 1 < end && p[i] == ' ' && kByteClass[p[i + 1]] == ByteClass::letter) ++i;
      continue;
    }
    if (cls == ByteClass::non_ascii) {
      if (runs.letter_key(p + i, end - i) != 0) {
        if (!in_run) {
          in_run = true;
          run_begin = i;
        }
        do i += 2;
        while (i < end && runs.letter_key(p + i, end - i) != 0);
        stretch_letter = stretch_content = true;
        continue;
      }
      const text::Char c = text::next_char(text.substr(0, end), i);
      if (c.cp == text::kReplacement || !separator_cp(c.cp)) {
        out.readable = false;
        return;
      }
      len = c.len;
      cls = c.cp == 0x2026 ? ByteClass::terminal : is_closing_quote(c.cp) ? ByteClass::closer : ByteClass::other;
    }
    if (in_run) close_run(i);
    switch (cls) {
      case ByteClass::blank: break;
      case ByteClass::newline:
        if (is_hyphen_before(p, span.begin, i)) {  // OCR hyphenation joins the words around it
          out.readable = false;
          return;
        }
        cut();
        break;
      case ByteClass::terminal: {
        // The marks and the closers after them end the sentence; what follows may begin one.
        i += len;
        while (i < end) {
          const ByteClass k = kByteClass[p[i]];
          if (k == ByteClass::terminal || k == ByteClass::closer) {
            ++i;
            continue;
          }
          if (k != ByteClass::non_ascii) break;
          const text::Char c = text::next_char(text.substr(0, end), i);
          if (c.cp != 0x2026 && !is_closing_quote(c.cp)) break;
          i += c.len;
        }
        stretch_content = true;
        if (i >= end || kByteClass[p[i]] != ByteClass::digit) cut();
        continue;
      }
      case ByteClass::digit:
        out.digit = stretch_content = true;
        while (i + 1 < end && kByteClass[p[i + 1]] == ByteClass::digit) ++i;
        break;
      case ByteClass::markup: ++out.markup; stretch_content = true; break;
      case ByteClass::paren:
        if (i + 2 < end && (p[i + 1] | 0x20) == 'c' && p[i + 2] == ')') {  // "(c)": a copyright sign
          out.readable = false;
          return;
        }
        stretch_content = true;
        break;
      case ByteClass::unreadable: out.readable = false; return;
      default: stretch_content = true; break;
    }
    i += len;
  }
  if (in_run) close_run(end);
  cut();
  out.run_count = run_count;
  out.first_run = first_run;
}

}  // namespace

namespace {

// The runs of the span, in the scan this thread reuses; nullptr when no proof is possible.
// The RunScan this thread reuses. Not inlined: in a shared library every use of a thread_local
// may cost a call to find it, and the scan refers to it once per run.
[[gnu::noinline]] RunScan& thread_scan() {
  thread_local RunScan scan;
  return scan;
}

RunScan* scan_for_proof(const PhraseRuns& runs, std::string_view text, Span span) {
  if (runs.unfilterable()) return nullptr;
  RunScan& scan = thread_scan();
  scan.clear();
  scan_runs(runs, text, span, scan);
  return &scan;
}

void sort_unique(std::vector<std::uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

bool no_phrase_can_match(std::string_view text, Span span) noexcept {
  const PhraseRuns& runs = phrase_runs();
  RunScan* r = scan_for_proof(runs, text, span);
  if (!r || !r->readable || (r->digit && runs.letterless())) return false;
  if (r->present.empty()) return true;
  sort_unique(r->present);
  return !runs.some_phrase_within(r->present, r->run_count, r->first_run);
}

bool no_sentence_can_be_boilerplate(std::string_view text, Span region) noexcept {
  const PhraseRuns& runs = phrase_runs();
  RunScan* r = scan_for_proof(runs, text, region);
  // What would send a sentence down classify_span's full path (plain_bytes false): a tag, an
  // entity, a copyright sign, three markup characters, no letter.
  if (!r || !r->readable || r->letterless_stretch || r->markup >= 3 || (r->digit && runs.letterless())) return false;
  if (r->present.empty()) return true;
  sort_unique(r->present);
  sort_unique(r->opening);
  return !runs.some_phrase_in_region(r->present, r->opening);
}

}  // namespace clio::passages
