#include "passages/boilerplate.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <string>
#include <unordered_map>

#include <unicode/uchar.h>

#include "passages/abbreviations.hpp"
#include "passages/generated/passages_data.hpp"
#include "passages/phrase_filter.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace clio::passages {
namespace {

using clio::text::Char;
using clio::text::next_char;
using clio::text::Word;

constexpr std::size_t kMaxKeyWords = 40;      // words keyed for phrase matching
constexpr std::size_t kContainsMaxWords = 24;  // `contains` phrases only in spans this short
constexpr std::size_t kShortLineWords = 12;
constexpr std::size_t kRepetitionCap = 1'000'000;
constexpr std::size_t kStopCountWords = 30;    // function words are counted in the first 30 words

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

// Whether a span of `words` words (as counted by features) is too long for any phrase: past
// kContainsMaxWords words only an `exact` phrase of that many words could match it.
bool too_long_for_phrases(std::size_t words) {
  return words > kContainsMaxWords && words > phrase_index().max_words;
}

// Which (first byte, last byte) pairs of keys are stopwords: cheap rejection before hashing.
const std::vector<bool>& stop_pairs() {
  static const std::vector<bool> pairs = [] {
    std::vector<bool> v(65536, false);
    for (std::size_t k = 0; k < data::kStopwordCount; ++k) {
      const std::string_view w = data::kStopwords[k].key;
      v[(static_cast<unsigned char>(w.front()) << 8) | static_cast<unsigned char>(w.back())] = true;
    }
    return v;
  }();
  return pairs;
}

// The stopwords in an open-addressing table with a cheap hash: stopwords are short and looked
// up for most words of every line, where std::unordered_set's hashing showed in profiles.
class StopSet {
 public:
  StopSet() {
    std::size_t size = 64;
    while (size < data::kStopwordCount * 4) size *= 2;
    slots_.assign(size, std::string_view());
    for (std::size_t k = 0; k < data::kStopwordCount; ++k) {
      const std::string_view w = data::kStopwords[k].key;
      if (w.empty()) continue;
      std::size_t i = hash(w) & (slots_.size() - 1);
      while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = w;
    }
  }
  bool contains(std::string_view key) const {
    if (key.empty()) return false;
    for (std::size_t i = hash(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].empty()) return false;
      if (slots_[i] == key) return true;
    }
  }

 private:
  static std::size_t hash(std::string_view w) {
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
  std::vector<std::string_view> slots_;
};

bool is_stop_key(std::string_view key) {
  static const StopSet stops;
  const std::vector<bool>& pairs = stop_pairs();
  if (key.empty()) return false;
  if (pairs[(static_cast<unsigned char>(key.front()) << 8) | static_cast<unsigned char>(key.back())] &&
      stops.contains(key))
    return true;
  // French elision: l'histoire, d'une, qu'il.
  const std::size_t apo = key.find('\'');
  return apo != std::string_view::npos && apo >= 1 && apo <= 2 && apo + 1 < key.size();
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

// The key of a word, appended to `out` (append_word_key, through the cache for non-ASCII).
void append_key(std::string& out, std::string_view s, const Word& w);

// A mark that features_words sets on the words it lists (Word::flags has room above the
// iterator's own flags): the word is plain ASCII without OCR hyphenation (plain_ascii), decided
// once per word instead of once per question about it.
constexpr std::uint32_t kListedPlainAscii = 1u << 31;

// Whether the word is plain ASCII without OCR hyphenation: its key is then the word lower-cased
// (append_word_key's fast path), and can be judged from the raw bytes.
bool plain_ascii(std::string_view s, const Word& w) {
  if (w.has(Word::kLineHyphen)) return false;
  for (std::size_t i = w.begin; i < w.end; ++i)
    if (static_cast<unsigned char>(s[i]) >= 0x80) return false;
  return true;
}

void append_key(std::string& out, std::string_view s, const Word& w) {
  if (w.has(kListedPlainAscii) || plain_ascii(s, w)) {
    clio::text::append_word_key(out, s, w);
    return;
  }
  out += key_cache().entry(s, w).key;
}

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Whether the key of a word may start a phrase (PhraseIndex::may_start), without building the
// key of plain ASCII words.
bool may_start_phrase(const PhraseIndex& index, std::string_view s, const Word& w) {
  if (w.has(Word::kHasDigit) && !w.has(Word::kHasLetter)) return !index.number_first.empty();
  if (w.has(kListedPlainAscii))
    return index.first_pairs[PhraseIndex::slot(static_cast<unsigned char>(ascii_lower(s[w.begin])),
                                                static_cast<unsigned char>(ascii_lower(s[w.end - 1])), w.size())];
  return key_cache().entry(s, w).start;
}

// is_stop_key(key of w) without building the key of plain ASCII words that cannot be stopwords,
// and without append_word_key for short ones.
constexpr std::size_t kShortAsciiWord = 16;
bool is_stop_word(std::string_view s, const Word& w, std::string& scratch) {
  if (!w.has(kListedPlainAscii)) return key_cache().entry(s, w).stop;
  const std::string_view raw = s.substr(w.begin, w.size());
  const std::size_t pair = (static_cast<unsigned char>(ascii_lower(raw.front())) << 8) |
                           static_cast<unsigned char>(ascii_lower(raw.back()));
  if (!stop_pairs()[pair]) {
    // Only the elision rule can apply; lower-casing moves no apostrophe.
    const std::size_t apo = raw.find('\'');
    return apo != std::string_view::npos && apo >= 1 && apo <= 2 && apo + 1 < raw.size();
  }
  if (raw.size() > kShortAsciiWord) {
    scratch.clear();
    clio::text::append_word_key(scratch, s, w);
    return is_stop_key(scratch);
  }
  // The key of a plain ASCII word is the word in lower case (append_word_key's fast path).
  char key[kShortAsciiWord];
  for (std::size_t i = 0; i < raw.size(); ++i) key[i] = ascii_lower(raw[i]);
  return is_stop_key(std::string_view(key, raw.size()));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool ascii_lower_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Whether an HTML tag of a common element starts at byte i, right after a '<': "<div class=",
// "</p>", "<br/>". Only known element names count, so that an editor's "<sic>" or "<...>" in
// prose is not taken for markup residue.
bool html_tag_at(std::string_view t, std::size_t i) {
  if (i < t.size() && t[i] == '/') ++i;
  std::size_t j = i;
  char name[12];
  while (j < t.size() && j - i < sizeof name - 1 && ascii_lower_alnum(t[j])) {
    name[j - i] = t[j];
    ++j;
  }
  if (j == i || j >= t.size() || (t[j] != '>' && t[j] != ' ' && t[j] != '/')) return false;
  static constexpr std::string_view kElements[] = {
      "a", "abbr", "article", "aside", "b", "body", "br", "button", "div", "em", "footer", "form", "h1", "h2",
      "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input", "label", "li",
      "link", "meta", "nav", "noscript", "ol", "option", "p", "script", "section", "select", "small", "span",
      "strong", "style", "sup", "svg", "table", "tbody", "td", "th", "thead", "title", "tr", "u", "ul"};
  const std::string_view n(name, j - i);
  for (std::string_view e : kElements)
    if (e == n) return true;
  return false;
}

bool is_markup_char(char c) {
  return c == '<' || c == '>' || c == '{' || c == '}' || c == '|' || c == '=' || c == '\\';
}

// Features of one line or sentence.
struct Features {
  std::size_t words = 0;        // counted up to one past the span's limit (see features())
  std::size_t letter_words = 0;
  std::size_t stop = 0;       // function words among the first kStopCountWords, counted only in lines
                              // without final punctuation: every rule that reads it is for those
  std::size_t chars = 0;     // characters (SQLite's count) of the span
  std::size_t markup = 0;    // <>{}|=\ characters
  std::size_t separators = 0;  // menu separators between items: | » › · / >
  bool copyright = false;
  bool html = false;         // a tag or an entity
  bool inner_terminal = false;  // ". " or "! " or "? " before the end: more than one sentence
  bool ends_terminal = false;
  bool ends_open = false;
  bool starts_capital = false;  // first letter or digit is upper case or a digit
  bool all_caps = false;
  bool clock = false;  // a time of day "21:40": comment and post timestamps
  // The first kMaxKeyWords + 1 words (kContainsMaxWords + 1 for sentences). Their keys are
  // built lazily (key_word), only for words where a phrase may start and the words after
  // them: keying every word (ICU case folding) was most of the cost of analyze().
  std::vector<Word> word_list;
  std::string keys;                     // the keys built so far, in any order
  std::vector<std::uint32_t> key_begin, key_end;  // per listed word; kNoKey until built
  std::string rep_key;       // for repetition: keys of words with letters, when short and the
                             // line could be a running head (see classify_lines); else empty
  std::string scratch;       // one word's key
};

bool terminal_cp(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0xFF01 || cp == 0xFF1F || cp == 0x3002;
}
bool closer_cp(char32_t cp) {
  return cp == ')' || cp == ']' || cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == 0x00BB;
}

// ASCII letters and digits.
constexpr auto kAsciiAlnum = [] {
  std::array<bool, 256> a{};
  for (int c = 0; c < 256; ++c) a[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return a;
}();

void features_words(std::string_view s, Span span, Features& f, bool for_line, std::size_t limit);
void repetition_key(std::string_view s, Features& f);

bool is_blank_cp(char32_t cp, std::uint32_t gc) {
  return (gc & (U_GC_ZS_MASK | U_GC_ZL_MASK | U_GC_ZP_MASK)) || cp == 0xFEFF || cp == 0x85;
}
bool is_blank_ascii(char c) { return c == ' ' || (c >= 0x09 && c <= 0x0D); }

// The character features of a span of at most its limit of words: every flag.
void all_character_features(std::string_view t, Features& f) {
  // Characters: markup, copyright, last non-closer character.
  char32_t last = 0, last_noncloser = 0;
  bool seen_word = false, any_lower = false, any_upper = false;
  for (std::size_t i = 0; i < t.size();) {
    const auto b = static_cast<unsigned char>(t[i]);
    if (b < 0x80) {
      // ASCII: no ICU calls.
      const char c = static_cast<char>(b);
      if (kAsciiAlnum[b]) {
        // A run of ASCII letters and digits (most of the bytes of Latin-script prose): none is
        // a space, closer, terminal or markup; only the case flags and the first word change.
        if (!seen_word) {
          seen_word = true;
          f.starts_capital = !(c >= 'a' && c <= 'z');
        }
        std::size_t j = i;
        bool lo = false, up = false;
        for (; j < t.size() && kAsciiAlnum[static_cast<unsigned char>(t[j])]; ++j) {
          const char d = t[j];
          lo |= d >= 'a' && d <= 'z';
          up |= d >= 'A' && d <= 'Z';
        }
        any_lower |= lo;
        any_upper |= up;
        last = last_noncloser = static_cast<unsigned char>(t[j - 1]);
        i = j;
        continue;
      }
      ++i;
      if (is_blank_ascii(c)) continue;
      last = b;
      if (!closer_cp(b)) last_noncloser = b;
      const bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
      any_lower |= lower;
      any_upper |= upper;
      if (!seen_word && (lower || upper || digit)) {
        seen_word = true;
        f.starts_capital = upper || digit;
      }
      if (lower || upper || digit) continue;
      if ((c == '.' || c == '!' || c == '?') && i + 1 < t.size() && t[i] == ' ') f.inner_terminal = true;
      if (c == ':' && i >= 2 && i + 1 < t.size() && is_digit(t[i - 2]) && is_digit(t[i]) && is_digit(t[i + 1]) &&
          (i + 2 == t.size() || !is_digit(t[i + 2])))
        f.clock = true;
      if (is_markup_char(c)) ++f.markup;
      if (c == '|' || c == '>') ++f.separators;
      if (c == '<' && html_tag_at(t, i)) f.html = true;
      if (c == '&' && i + 1 < t.size()) {
        std::size_t k = i;
        if (t[k] == '#') ++k;
        const std::size_t from = k;
        while (k < t.size() && k - from < 8 && std::isalnum(static_cast<unsigned char>(t[k]))) ++k;
        if (k > from && k < t.size() && t[k] == ';') f.html = true;
      }
      continue;
    }
    const Char ch = next_char(t, i);
    i += ch.len;
    const char32_t cp = ch.cp;
    const std::uint32_t gc = U_GET_GC_MASK(static_cast<UChar32>(cp));
    if (is_blank_cp(cp, gc)) continue;
    last = cp;
    if (!closer_cp(cp)) last_noncloser = cp;
    const bool lower = (gc & U_GC_LL_MASK) != 0, upper = (gc & (U_GC_LU_MASK | U_GC_LT_MASK)) != 0;
    any_lower |= lower;
    any_upper |= upper;
    if (!seen_word && cp != clio::text::kReplacement && (gc & (U_GC_L_MASK | U_GC_ND_MASK))) {
      seen_word = true;
      f.starts_capital = upper || (gc & U_GC_ND_MASK);
    }
    if (cp == 0x00A9) f.copyright = true;
    if (cp == 0x00BB || cp == 0x203A || cp == 0x00B7) ++f.separators;
  }
  f.all_caps = any_upper && !any_lower;
  f.ends_terminal = terminal_cp(last_noncloser) && (terminal_cp(last) || closer_cp(last));
  f.ends_open = last == ',' || last == ';' || last == ':' || last == '-' || last == 0x2014 || last == 0x2013;
  if (t.find("(c)") != std::string_view::npos || t.find("(C)") != std::string_view::npos) {
    // "(c) 2021": the ASCII spelling of the copyright sign, followed by a year.
    const std::size_t at = std::min(t.find("(c)"), t.find("(C)"));
    std::size_t k = at + 3;
    while (k < t.size() && t[k] == ' ') ++k;
    if (k < t.size() && t[k] >= '0' && t[k] <= '9') f.copyright = true;
  }
}

// Whether the first letter or digit of t is a capital or a digit (all_character_features'
// starts_capital, reading only up to that character).
bool first_word_char_is_capital(std::string_view t) {
  for (std::size_t i = 0; i < t.size();) {
    const auto b = static_cast<unsigned char>(t[i]);
    if (b < 0x80) {
      if (kAsciiAlnum[b]) return !(b >= 'a' && b <= 'z');
      ++i;
      continue;
    }
    const Char ch = next_char(t, i);
    i += ch.len;
    const std::uint32_t gc = U_GET_GC_MASK(static_cast<UChar32>(ch.cp));
    if (ch.cp != clio::text::kReplacement && (gc & (U_GC_L_MASK | U_GC_ND_MASK)))
      return (gc & (U_GC_LU_MASK | U_GC_LT_MASK | U_GC_ND_MASK)) != 0;
  }
  return false;
}

// The start of the character that ends at byte `end` (> 0) of t, in SQLite's counting: a lead
// byte with every continuation byte after it, or any other single byte (so continuation bytes
// after an ASCII byte, or at the start, are one character each).
std::size_t char_start_before(std::string_view t, std::size_t end) {
  std::size_t j = end - 1;
  if ((static_cast<unsigned char>(t[j]) & 0xC0) != 0x80) return j;
  std::size_t k = j;
  while (k > 0 && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) --k;
  return static_cast<unsigned char>(t[k]) >= 0xC0 ? k : j;  // after ASCII or at the start: strays
}

// ends_terminal and ends_open of all_character_features, read from the end of the span
// backwards: the last non-blank character, and the last one that is not a closer.
void final_punctuation(std::string_view t, Features& f) {
  char32_t last = 0, last_noncloser = 0;
  bool have_last = false;
  for (std::size_t end = t.size(); end > 0;) {
    const std::size_t at = char_start_before(t, end);
    const char32_t cp = next_char(t, at).cp;
    end = at;
    const bool blank = cp < 0x80 ? is_blank_ascii(static_cast<char>(cp))
                                 : is_blank_cp(cp, U_GET_GC_MASK(static_cast<UChar32>(cp)));
    if (blank) continue;
    if (!have_last) {
      last = cp;
      have_last = true;
    }
    if (!closer_cp(cp)) {
      last_noncloser = cp;
      break;
    }
  }
  f.ends_terminal = terminal_cp(last_noncloser) && (terminal_cp(last) || closer_cp(last));
  f.ends_open = last == ',' || last == ';' || last == ':' || last == '-' || last == 0x2014 || last == 0x2013;
}

// The character features of a span longer than its limit of words: the rules read only the
// length, the markup density, the first letter and the final punctuation of such a span (a
// copyright sign, a tag, separators, a clock or capitals decide only spans of a few words), so
// the walk over every character is skipped: most prose lines and sentences are long.
// `have_final`: final_punctuation has already run on this span.
void long_span_character_features(std::string_view t, Features& f, bool have_final) {
  // All ASCII, so a byte count is exact. memchr per character: prose has almost none of them,
  // and memchr skips a long line many bytes at a time.
  std::size_t markup = 0;
  for (const char c : std::string_view("<>{}|=\\")) {
    for (const char* p = t.data(); (p = static_cast<const char*>(std::memchr(p, c, t.data() + t.size() - p))); ++p)
      ++markup;
  }
  f.markup = markup;
  f.starts_capital = first_word_char_is_capital(t);
  if (!have_final) final_punctuation(t, f);
}

// Fills `f` (reusing its buffers) with the features of the span. Words are counted up to one
// past the span's limit: every rule on a longer span only needs to know that it is longer.
// The limit is kContainsMaxWords for sentences and for lines that end in terminal punctuation
// (prose: the rules that read lines of 25 to 40 words, separators and keyword lists, are for
// lines without it), and kMaxKeyWords for other lines.
void features(std::string_view s, Span span, Features& f, bool for_line) {
  f.words = f.letter_words = f.stop = f.chars = f.markup = f.separators = 0;
  f.copyright = f.html = f.ends_terminal = f.ends_open = f.starts_capital = f.all_caps = false;
  f.inner_terminal = f.clock = false;
  const std::string_view t = s.substr(span.begin, span.end - span.begin);
  f.chars = clio::text::char_count(t);
  std::size_t limit = kContainsMaxWords;
  if (for_line) {
    final_punctuation(t, f);
    if (!f.ends_terminal) limit = kMaxKeyWords;
  }
  features_words(s, span, f, for_line, limit);
  if (f.words > limit) long_span_character_features(t, f, for_line);
  else all_character_features(t, f);
  if (for_line) repetition_key(s, f);
}

// The word part of features(): counts, the word list and stopwords. Counting stops one word
// past the limit, once a word with letters has been seen (letter_words == 0 is a rule).
void features_words(std::string_view s, Span span, Features& f, bool for_line, std::size_t limit) {
  f.words = f.letter_words = f.stop = 0;
  f.word_list.clear();
  f.keys.clear();
  f.key_begin.clear();
  f.key_end.clear();
  f.rep_key.clear();
  const bool count_stops = for_line && !f.ends_terminal;
  clio::text::WordIterator it(s.substr(0, span.end), span.begin);
  Word w;
  while (it.next(w)) {
    ++f.words;
    if (count_stops && plain_ascii(s, w)) w.flags |= kListedPlainAscii;
    if (w.has(Word::kHasLetter)) {
      ++f.letter_words;
      if (count_stops && f.words <= kStopCountWords && is_stop_word(s, w, f.scratch)) ++f.stop;
    }
    f.word_list.push_back(w);
    // Phrases match only within the first words of a span (one more word tells that the span is
    // longer than the limit). Past that only counts matter.
    if (f.words > limit) {
      while (f.letter_words == 0 && it.next(w)) {
        ++f.words;
        if (w.has(Word::kHasLetter)) ++f.letter_words;
      }
      break;
    }
  }
  // The plain-ASCII mark only speeds up reading a word's key; the phrase matcher is the other
  // reader, and a span too long for any phrase (see matches_phrase) is not matched.
  if (!count_stops && !too_long_for_phrases(f.words)) {
    for (Word& x : f.word_list)
      if (plain_ascii(s, x)) x.flags |= kListedPlainAscii;
  }
}

// The repetition key of a line (reads starts_capital, ends_open and ends_terminal, so it comes
// after the character features): only a short capitalized line without final punctuation can
// be a running head.
void repetition_key(std::string_view s, Features& f) {
  if (f.words <= kShortLineWords && f.starts_capital && !f.ends_open && !f.ends_terminal) {
    for (const Word& x : f.word_list) {
      if (x.has(Word::kHasDigit) && !x.has(Word::kHasLetter)) continue;
      if (!f.rep_key.empty()) f.rep_key.push_back(' ');
      append_key(f.rep_key, s, x);
    }
  }
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

// Boilerplate judged from the span's own content (shared by lines and sentences).
bool intrinsic_boilerplate(std::string_view s, Span span, Features& f) {
  // A copyright sign or a tag marks a short span; in a long one (a whole flattened page on one
  // line) it only marks the sentence that carries it, which is judged on its own later.
  if ((f.copyright || f.html) && f.words <= kContainsMaxWords) return true;
  if (f.letter_words == 0) return true;  // page numbers, dividers, stray digits
  if (f.markup >= 3 && f.markup * 10 >= f.chars) return true;
  return matches_phrase(s, span, f);
}

// A quick byte test for sentences: true only when intrinsic_boilerplate would reduce to
// matches_phrase: no copyright sign ("\u00A9" or "(c)"), no '<' or '&' (tags, entities), fewer
// than three markup characters, and an ASCII or basic Cyrillic letter (so a word with letters). Anything else
// takes the full path.
// What plain_bytes must look at in a byte: nothing, a letter, or a byte to judge.
enum class PlainByte : std::uint8_t { other, letter, judge };
constexpr auto kPlainBytes = [] {
  std::array<PlainByte, 256> a{};
  for (int c = 'a'; c <= 'z'; ++c) a[c] = a[c - 32] = PlainByte::letter;
  a[0xD0] = a[0xD1] = PlainByte::letter;  // U+0400..U+047F: Cyrillic letters, all of them
  for (const char c : std::string_view("<&(\xC2>{}|=\\")) a[static_cast<unsigned char>(c)] = PlainByte::judge;
  return a;
}();

bool plain_bytes(std::string_view s, Span span) {
  std::size_t markup = 0;
  bool letter = false;
  for (std::size_t i = span.begin; i < span.end; ++i) {
    const PlainByte k = kPlainBytes[static_cast<unsigned char>(s[i])];
    if (k == PlainByte::other) continue;
    if (k == PlainByte::letter) {
      letter = true;
      continue;
    }
    switch (s[i]) {
      case '<': case '&': return false;
      case '(':
        if (i + 2 < span.end && (s[i + 1] == 'c' || s[i + 1] == 'C') && s[i + 2] == ')') return false;
        break;
      case '\xC2':
        if (i + 1 < span.end && s[i + 1] == '\xA9') return false;
        break;
      default:
        if (++markup >= 3) return false;  // the markup characters
        break;
    }
  }
  return letter;
}

std::uint64_t hash_key(std::string_view k) { return std::hash<std::string_view>{}(k); }

}  // namespace

std::string_view kind_name(Kind kind) noexcept {
  switch (kind) {
    case Kind::text: return "text";
    case Kind::boilerplate: return "boilerplate";
    case Kind::heading: return "heading";
  }
  return "text";
}

Kind classify_span(std::string_view text, Span span) {
  span = trim(text, span);
  if (span.begin >= span.end) return Kind::text;
  thread_local Features f;
  if (plain_bytes(text, span)) {
    // Only a phrase can make it boilerplate: the characters need not be looked at, and in plain
    // ASCII prose most sentences are shown phrase-free without keying their words.
    if (no_phrase_can_match(text, span)) return Kind::text;
    features_words(text, span, f, false, kContainsMaxWords);
    return matches_phrase(text, span, f) ? Kind::boilerplate : Kind::text;
  }
  features(text, span, f, false);
  return intrinsic_boilerplate(text, span, f) ? Kind::boilerplate : Kind::text;
}

std::vector<LineLabel> classify_lines(std::string_view text) {
  // What the decisions below need of a line, kept compact: a text may have millions of lines.
  struct Facts {
    std::uint32_t words, letter_words, stop, chars, separators;
    bool ends_terminal, ends_open, starts_capital, all_caps, inner_terminal, clock, has_rep;
    std::uint64_t rep_hash;
  };
  struct Line {
    Span span;
    Facts f;
    bool blank_before;  // a blank line (or the start of the text) precedes it
    bool intrinsic;     // boilerplate by its own content (phrases, copyright, markup, no letters)
  };
  std::vector<Line> lines;
  bool blank = true;
  Features scratch;
  // Repetition of short lines inside the source.
  std::unordered_map<std::uint64_t, std::uint32_t> repeats;
  for (const Span& raw : split_lines(text)) {
    const Span t = trim(text, raw);
    if (t.begin >= t.end) {
      blank = true;
      continue;
    }
    features(text, t, scratch, true);
    Features& g = scratch;
    auto u32 = [](std::size_t v) { return static_cast<std::uint32_t>(std::min<std::size_t>(v, 0xFFFFFFFFu)); };
    Facts facts{u32(g.words), u32(g.letter_words), u32(g.stop), u32(g.chars), u32(g.separators),
                g.ends_terminal, g.ends_open, g.starts_capital, g.all_caps, g.inner_terminal, g.clock, false, 0};
    // Only lines that the repetition rule could label are counted (see below).
    if (!g.rep_key.empty() && g.starts_capital && !g.ends_open && !g.ends_terminal) {
      facts.has_rep = true;
      facts.rep_hash = hash_key(g.rep_key);
    }
    if (facts.has_rep) {
      auto it = repeats.find(facts.rep_hash);
      if (it != repeats.end()) ++it->second;
      else if (repeats.size() < kRepetitionCap) repeats.emplace(facts.rep_hash, 1);
    }
    lines.push_back({t, facts, blank, intrinsic_boilerplate(text, t, g)});
    blank = false;
  }
  auto repeat_count = [&](const Line& l) -> std::uint32_t {
    if (!l.f.has_rep) return 0;
    auto it = repeats.find(l.f.rep_hash);
    return it == repeats.end() ? 0 : it->second;
  };

  const std::size_t n = lines.size();
  std::vector<LineLabel> out(n);
  // Short lines without final punctuation or function words: menu and chrome candidates.
  // A line of prose right after line k, in the same block: what headings are followed by.
  // (A long line that is chrome by its own content, a cookie notice, is not prose.)
  auto prose_follows = [&](std::size_t k) {
    return k + 1 < n && !lines[k + 1].blank_before && lines[k + 1].f.words >= 12 && !lines[k + 1].intrinsic;
  };
  auto chrome_like = [&](std::size_t k) {
    const Line& l = lines[k];
    return l.f.words <= 4 && !l.f.ends_terminal && l.f.stop == 0 && !prose_follows(k);
  };
  // Link lists: capitalized short lines without punctuation, running to the end of the block
  // (a blank line, the end, or chrome). OCR lines of a paragraph fail this: the paragraph
  // ends in punctuation.
  std::vector<bool> intrinsic(n), list_run(n);
  for (std::size_t k = 0; k < n; ++k) intrinsic[k] = lines[k].intrinsic;
  for (std::size_t k = n; k-- > 0;) {
    const Facts& f = lines[k].f;
    const bool item = f.words <= 10 && !f.ends_terminal && !f.ends_open && f.starts_capital;
    list_run[k] = item && (k + 1 == n || lines[k + 1].blank_before || intrinsic[k + 1] || list_run[k + 1]);
  }
  // A lone line between chrome lines that a byline-like run of chrome separates from prose:
  // the title of the article ("Home > History" / title / "5 min read" / prose), not a link.
  auto title_of_article = [&](std::size_t k) {
    std::size_t j = k + 1;
    if (j >= n || !intrinsic[j]) return false;
    while (j < n && j <= k + 3 && intrinsic[j] && !lines[j].blank_before) ++j;
    return j < n && !intrinsic[j] && lines[j].f.words >= 12 && !list_run[j];
  };
  // Set apart from running text: after a blank line or a finished sentence, before a blank
  // line or a capital.
  auto standalone = [&](std::size_t k) {
    const bool before = lines[k].blank_before || lines[k - 1].f.ends_terminal;
    const bool after = k + 1 == n || lines[k + 1].blank_before || lines[k + 1].f.starts_capital;
    return before && after;
  };
  for (std::size_t k = 0; k < n; ++k) {
    const Line& l = lines[k];
    const Facts& f = l.f;
    Kind kind = Kind::text;
    const std::uint32_t reps = repeat_count(l);
    const bool has_number = f.words > f.letter_words;
    if (intrinsic[k] && !(f.letter_words == 0 && !l.blank_before && f.ends_terminal && f.words > 0)) {
      // (A line of digits ending in a period right under another line, "p.\n114.", is the end
      // of a wrapped sentence, not a page number.)
      kind = Kind::boilerplate;
    } else if (f.words <= kShortLineWords && reps >= 2 && f.starts_capital && !f.ends_open && !f.ends_terminal &&
               (f.all_caps || (!f.inner_terminal && f.words <= 8 &&
                               ((has_number && f.stop * 3 <= f.letter_words) || (reps >= 3 && f.words <= 4 && standalone(k)))))) {
      // Running heads (with a page number, or in capitals) and repeated short chrome. Other
      // repeated lines can be prose (a wrapped line of a sentence quoted twice).
      kind = Kind::boilerplate;
    } else if (!f.ends_terminal && f.separators >= 1 &&
               ((f.words <= 10 && f.separators >= 2 && f.separators + 1 >= f.words / 2) ||
                f.words <= 4 ||
                (f.words <= 40 && f.separators >= 2 && (f.separators + 1) * 6 >= f.words))) {
      // "Home | News | History", "Sign in | Subscribe", and lines of link titles or byline
      // items ("By A. Writer · Updated 3 March 2017 · 6 min read"): prose has no such separators.
      kind = Kind::boilerplate;
    } else if (f.clock && f.words <= 10 && !f.ends_terminal && !f.inner_terminal) {
      kind = Kind::boilerplate;  // a timestamp line: "12 Mar 2014, 21:40"
    } else if (f.words >= 5 && f.stop == 0 && !f.ends_terminal && f.letter_words == f.words &&
               f.words <= 30 && !f.all_caps && f.starts_capital && standalone(k)) {
      kind = Kind::boilerplate;  // keyword and tag lists
    } else if (chrome_like(k)) {
      // A run of three or more such lines is a menu.
      std::size_t a = k, b = k;
      while (a > 0 && chrome_like(a - 1) && !lines[a].blank_before) --a;
      while (b + 1 < n && chrome_like(b + 1) && !lines[b + 1].blank_before) ++b;
      if (b - a + 1 >= 3) kind = Kind::boilerplate;
    }
    if (kind == Kind::text && k > 0 && !l.blank_before && out[k - 1].kind == Kind::boilerplate && list_run[k] &&
        !prose_follows(k) && !title_of_article(k)) {
      kind = Kind::boilerplate;  // items under a chrome label ("Read also", "Related posts")
    }
    if (kind == Kind::text && f.words <= kShortLineWords && !f.ends_terminal && !f.ends_open && f.starts_capital) {
      // A heading is set apart from what precedes it and is not a wrapped line of prose.
      const Line* prev = k > 0 ? &lines[k - 1] : nullptr;
      const Line* next = k + 1 < n ? &lines[k + 1] : nullptr;
      // After a finished sentence, a heading must be much shorter than both neighbours (a
      // title between two one-line paragraphs of a flattened page); in a column of wrapped
      // OCR lines a short line after a full stop is just the next line.
      const bool much_shorter = prev && next && !next->blank_before && f.chars * 2 < next->f.chars &&
                                f.chars * 2 < prev->f.chars;
      const bool apart_before = l.blank_before || !prev || out[k - 1].kind != Kind::text ||
                                (prev->f.ends_terminal && (much_shorter || f.all_caps));
      const bool next_ok = !next || next->blank_before || next->f.starts_capital;
      const bool not_wrapped = !next || next->blank_before || f.all_caps || f.chars * 10 < next->f.chars * 7;
      if (apart_before && next_ok && not_wrapped && f.letter_words > 0) kind = Kind::heading;
    }
    out[k] = {l.span, kind};
  }
  return out;
}

}  // namespace clio::passages
