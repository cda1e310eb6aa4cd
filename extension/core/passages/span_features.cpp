#include "passages/span_features.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>

#include <unicode/uchar.h>

#include "passages/phrase_matcher.hpp"
#include "passages/stopwords.hpp"
#include "text/utf8.hpp"

namespace clio::passages::detail {
namespace {

using clio::text::Char;
using clio::text::next_char;

// is_stop_key(key of w) without building the key of plain ASCII words that cannot be stopwords,
// and without append_word_key for short ones.
constexpr std::size_t kShortAsciiWord = 16;
bool is_stop_word(std::string_view s, const Word& w, std::string& scratch) {
  if (!w.has(kListedPlainAscii)) return cached_key_is_stop(s, w);
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

// Per byte of a little-endian word, the high bit: set where the byte is `c`.
std::uint64_t bytes_equal(std::uint64_t x, unsigned char c) {
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t t = x ^ (0x0101010101010101ull * c);
  return ~(((t & kLow7) + kLow7) | t) & ~kLow7;
}
// Per byte, the high bit: set where the byte is an ASCII letter / an ASCII digit.
std::uint64_t ascii_letter_bytes(std::uint64_t x) {
  const std::uint64_t y = (x | 0x2020202020202020ull) & 0x7F7F7F7F7F7F7F7Full;
  return (y + 0x1F1F1F1F1F1F1F1Full) & ~(y + 0x0505050505050505ull) & ~x & 0x8080808080808080ull;
}
std::uint64_t ascii_digit_bytes(std::uint64_t x) {
  const std::uint64_t z = x & 0x7F7F7F7F7F7F7F7Full;
  return (z + 0x5050505050505050ull) & ~(z + 0x4646464646464646ull) & ~x & 0x8080808080808080ull;
}
// The number of bytes whose high bit is set.
std::size_t high_bits(std::uint64_t m) { return static_cast<std::size_t>(((m >> 7) * 0x0101010101010101ull) >> 56); }

}  // namespace

bool more_words_than(std::string_view s, Span span, std::size_t limit) {
  // Counted: word characters right after a space (or at the start), each the first of a
  // stretch of its own: ASCII letters and digits, and the lead byte of a Cyrillic letter
  // (U+0400..U+047F) when its continuation byte is in the same eight bytes. Letters: any ASCII
  // or Cyrillic letter, which belongs to some word.
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t starts = 0;
  bool letter = false, after_blank = true;
  std::size_t i = span.begin;
  if constexpr (std::endian::native == std::endian::little) {
    for (; i + 8 <= span.end; i += 8) {
      std::uint64_t x;
      std::memcpy(&x, p + i, 8);
      const std::uint64_t blank = bytes_equal(x, ' ');
      const std::uint64_t continuation = x & ~(x << 1) & 0x8080808080808080ull;
      const std::uint64_t cyrillic = bytes_equal(x & 0xFEFEFEFEFEFEFEFEull, 0xD0) & (continuation >> 8);
      const std::uint64_t letters = ascii_letter_bytes(x) | cyrillic;
      const std::uint64_t word = letters | ascii_digit_bytes(x);
      starts += high_bits(word & ((blank << 8) | (after_blank ? 0x80u : 0u)));
      letter = letter || letters != 0;
      after_blank = (blank >> 63) != 0;
      if (starts > limit && letter) return true;
    }
  }
  for (; i < span.end; ++i) {
    const unsigned char c = p[i];
    const bool is_letter = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
                           ((c == 0xD0 || c == 0xD1) && i + 1 < span.end && (p[i + 1] & 0xC0) == 0x80);
    if ((is_letter || (c >= '0' && c <= '9')) && after_blank) ++starts;
    letter = letter || is_letter;
    after_blank = c == ' ';
  }
  return starts > limit && letter;
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
  std::size_t limit = kContainsMaxWords;
  if (for_line) {
    final_punctuation(t, f);
    if (!f.ends_terminal) limit = kMaxKeyWords;
  }
  features_words(s, span, f, for_line, limit);
  if (f.words > limit) long_span_character_features(t, f, for_line);
  else all_character_features(t, f);
  f.chars = f.markup >= 3 ? clio::text::char_count(t) : kCharsUncounted;
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
  // A line of prose (final punctuation, more words than any phrase) is told by its bytes: every
  // rule that reads such a line needs only to know that it has more than `limit` words and a
  // word with a letter (see Features), so its words are not listed.
  if (for_line && f.ends_terminal && too_long_for_phrases(limit + 1) && more_words_than(s, span, limit)) {
    f.words = limit + 1;
    f.letter_words = 1;
    return;
  }
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

std::size_t count_stop_words(std::string_view s, Features& f) {
  std::size_t stop = 0, seen = 0;
  for (const Word& w : f.word_list) {
    if (++seen > kStopCountWords) break;
    if (w.has(Word::kHasLetter) && is_stop_word(s, w, f.scratch)) ++stop;
  }
  return stop;
}

}  // namespace clio::passages::detail
