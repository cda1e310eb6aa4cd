#include "passages/segmenter.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "passages/abbreviations.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace clio::passages {
namespace {

using clio::text::Char;
using clio::text::next_char;

// Bytes at which the sentence scanner must look closer; everything else is skipped by table.
constexpr std::array<bool, 256> make_interesting() {
  std::array<bool, 256> t{};
  t['.'] = t['!'] = t['?'] = true;
  t[0xE2] = true;  // … ‼ (U+2026, U+203C)
  t[0xE3] = true;  // 。 (U+3002)
  t[0xEF] = true;  // ！ ？ (U+FF01, U+FF1F)
  return t;
}
constexpr std::array<bool, 256> kInteresting = make_interesting();

// The first byte at or after i (before end) that kInteresting marks, or end. Eight bytes at a
// time while they hold no '.', '!', '?' and no byte >= 0x80 (the lead bytes of the other
// marks): in prose a sentence mark comes every hundred bytes or so.
std::size_t next_interesting(std::string_view s, std::size_t i, std::size_t end) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  auto has_byte = [](std::uint64_t x, unsigned char c) {
    const std::uint64_t y = x ^ (kOnes * c);
    return ((y - kOnes) & ~y & kHigh) != 0;  // some byte of x equals c
  };
  while (i + 8 <= end) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    if ((x & kHigh) != 0 || has_byte(x, '.') || has_byte(x, '!') || has_byte(x, '?')) break;
    i += 8;
  }
  while (i < end && !kInteresting[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

bool is_space(char32_t cp) noexcept { return clio::text::is_space_char(cp); }
inline bool is_ascii_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Sentence-final marks other than the period.
bool is_strong_terminal(char32_t cp) noexcept {
  return cp == U'!' || cp == U'?' || cp == 0x203C || cp == 0xFF01 || cp == 0xFF1F || cp == 0x3002;
}
bool is_terminal(char32_t cp) noexcept { return cp == U'.' || cp == 0x2026 || is_strong_terminal(cp); }

// Closing quotes and brackets that belong to the sentence they follow.
bool is_closer(char32_t cp) noexcept {
  switch (cp) {
    case U')': case U']': case U'}': case U'"': case U'\'':
    case 0x201D: case 0x2019: case 0x00BB: case 0x203A: case 0xFF09: case 0x300D: case 0x300F:
      return true;
    default:
      return false;
  }
}

// Opening quotes, brackets and dashes that may precede the first word of a sentence.
bool is_opener(char32_t cp) noexcept {
  switch (cp) {
    case U'(': case U'[': case U'{': case U'"': case U'\'': case U'-': case U'*':
    case 0x201C: case 0x201E: case 0x00AB: case 0x2039: case 0x2018: case 0x201A:
    case 0x00BF: case 0x00A1: case 0x2013: case 0x2014: case 0x2022: case 0x300C: case 0x300E:
      return true;
    default:
      return false;
  }
}

// Decodes the character that ends at `end` (best effort for malformed text: a lead byte and
// up to three continuation bytes). Returns {0, 0} at the start of the text.
Char char_before(std::string_view s, std::size_t end) noexcept {
  if (end == 0) return {0, 0};
  std::size_t b = end - 1;
  for (int k = 0; k < 3 && b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80; ++k) --b;
  Char c = next_char(s, b);
  if (b + c.len != end) return {clio::text::kReplacement, static_cast<std::uint32_t>(end - b)};
  return c;
}

enum class Start : std::uint8_t { none, upper, lower, digit, other };

// What kind of character starts the text at `p` (after openers were skipped).
Start start_class(std::string_view s, std::size_t p) noexcept {
  if (p >= s.size()) return Start::none;
  const Char c = next_char(s, p);
  if (c.cp == clio::text::kReplacement || is_space(c.cp)) return Start::none;
  if (clio::text::is_upper_char(c.cp)) return Start::upper;
  if (clio::text::is_lower_char(c.cp)) return Start::lower;
  if (c.cp < 0x80 ? (c.cp >= '0' && c.cp <= '9') : false) return Start::digit;
  return Start::other;
}

bool is_roman_numeral_word(std::string_view s, std::size_t p) noexcept {
  std::size_t k = p;
  while (k < s.size() && k - p < 8 && std::string_view("IVXLCDM").find(s[k]) != std::string_view::npos) ++k;
  if (k == p) return false;
  return k >= s.size() || !clio::text::is_word_char(next_char(s, k).cp);
}

// ---- the word before a period ---------------------------------------------------------------

enum class Before : std::uint8_t { plain, initial, never, number, year, maybe, small_number };

bool all_digits(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if (c < '0' || c > '9') return false;
  return true;
}

bool numeric_or_roman(std::string_view s, const clio::text::Word& w) {
  if (w.has(clio::text::Word::kHasDigit)) return true;
  const std::string_view t = s.substr(w.begin, w.size());
  return t.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

bool only_blanks(std::string_view t) {
  for (std::size_t i = 0; i < t.size();) {
    const Char c = next_char(t, i);
    if (!is_space(c.cp)) return false;
    i += c.len;
  }
  return true;
}

// False when the word cannot be an abbreviation of the list, told without building its key:
// the key of a plain ASCII word without OCR hyphenation is the word in lower case. Most words
// before a period are ordinary words.
bool may_be_abbreviation(std::string_view raw, const clio::text::Word& w) {
  if (w.has(clio::text::Word::kLineHyphen) || raw.empty()) return true;
  for (const char c : raw)
    if (static_cast<unsigned char>(c) >= 0x80) return true;
  auto lower = [](char c) { return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  return abbreviation_may_have(lower(raw.front()), lower(raw.back()), raw.size());
}

struct BeforeInfo {
  Before kind = Before::plain;
  std::size_t word_chars = 0;   // characters of the last word
  bool ends_lower_or_digit = false;
};

// Classifies the token that ends right before the period at `dot`. Looks back 64 bytes at most.
// `sentence_start` is where the current sentence began (for "В 1898 г. Чехов ...": a year
// abbreviation among the first four words of a sentence opens it rather than ends it).
BeforeInfo analyze_before(std::string_view s, std::size_t dot, std::size_t sentence_start) {
  using clio::text::Word;
  BeforeInfo info;
  // Look at the last two blank-separated tokens only ("1825 г", "Lv 4", "Глава VI"), within
  // 64 bytes: enough for every abbreviation and cheap enough to run at every period.
  const std::size_t floor = dot > 64 ? dot - 64 : 0;
  std::size_t from = dot;
  for (int tokens = 0; tokens < 2 && from > floor; ++tokens) {
    while (from > floor && !is_ascii_blank(s[from - 1])) --from;
    while (from > floor && is_ascii_blank(s[from - 1])) --from;
  }
  const std::string_view head = s.substr(0, dot);
  clio::text::WordIterator it(head, from);
  std::array<Word, 5> last{};
  std::size_t count = 0;
  Word w;
  while (it.next(w)) last[count++ % last.size()] = w;
  // Whether the sentence so far has at most four words (only asked for `year` abbreviations).
  auto sentence_opening = [&] {
    if (sentence_start + 64 < dot) return false;
    clio::text::WordIterator words(head, sentence_start);
    std::size_t in_sentence = 0;
    while (words.next(w) && in_sentence <= 4) ++in_sentence;
    return in_sentence <= 4;
  };
  if (count == 0) return info;
  auto word = [&](std::size_t back) -> const Word& { return last[(count - 1 - back) % last.size()]; };
  const Word& lw = word(0);
  if (lw.end != dot) return info;  // ")." or "!.": no word right before the period
  const std::string_view lw_text = s.substr(lw.begin, lw.size());
  info.word_chars = clio::text::char_count(lw_text);
  const Char lastc = char_before(s, lw.end);
  info.ends_lower_or_digit = clio::text::is_lower_char(lastc.cp) || (lastc.cp >= '0' && lastc.cp <= '9');

  // A chain of short pieces joined by periods: "O.S", "т.е", "J.-C".
  std::size_t chain = 1;
  bool short_pieces = clio::text::char_count(lw_text) <= 3;
  while (chain < std::min(count, last.size())) {
    const Word& a = word(chain);
    const Word& b = word(chain - 1);
    const std::string_view sep = s.substr(a.end, b.begin - a.end);
    if (sep != "." && sep != ".-") break;
    if (clio::text::char_count(s.substr(a.begin, a.size())) > 3) short_pieces = false;
    ++chain;
  }
  // The word before the chain, when only blanks separate them (for `year`: "1825 г.").
  bool after_number = false;
  if (chain < std::min(count, last.size())) {
    const Word& a = word(chain);
    const Word& b = word(chain - 1);
    after_number = only_blanks(s.substr(a.end, b.begin - a.end)) && numeric_or_roman(s, a);
  }
  auto resolve = [&](data::AbbrevKind k) {
    switch (k) {
      case data::AbbrevKind::never: return Before::never;
      case data::AbbrevKind::number: return Before::number;
      case data::AbbrevKind::maybe: return Before::maybe;
      case data::AbbrevKind::year: return after_number && !sentence_opening() ? Before::maybe : Before::never;
    }
    return Before::plain;
  };

  if (chain >= 2) {
    std::string key;
    for (std::size_t k = chain; k-- > 0;) {
      if (!key.empty()) key.push_back('.');
      clio::text::append_word_key(key, s, word(k));
    }
    if (auto kind = find_abbreviation(key)) info.kind = resolve(*kind);
    else info.kind = short_pieces ? Before::maybe : Before::plain;
    return info;
  }
  if (info.word_chars == 1 && lw.has(Word::kHasLetter)) {
    if (lw.has(Word::kCapitalized)) {
      info.kind = Before::initial;
    } else {
      auto kind = find_abbreviation(clio::text::word_key(s, lw));
      info.kind = kind ? resolve(*kind) : Before::never;
    }
    return info;
  }
  auto line_start_before = [&](std::size_t k) {
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t')) --k;
    return k == 0 || s[k - 1] == '\n' || s[k - 1] == '\r';
  };
  if (lw_text.size() <= 2 && all_digits(lw_text)) {
    // "am 14. Dezember", "im 19. Jahrhundert": an ordinal after a lower-case word. After a
    // capitalized word ("Lv 4. Next", "Page 12. The") the number ends the sentence, unless it
    // opens its line: then it numbers a list item ("Palace\n2. The secret police").
    const bool after_capitalized = count >= 2 && !line_start_before(lw.begin) && word(1).has(Word::kCapitalized) &&
                                   only_blanks(s.substr(word(1).end, lw.begin - word(1).end)) &&
                                   !is_stopword(clio::text::word_key(s, word(1)));  // "Am 14. Mai"
    info.kind = after_capitalized ? Before::plain : Before::small_number;
    return info;
  }
  if (lw_text.size() <= 6 && lw_text.find_first_not_of("IVXLCDM") == std::string_view::npos) {
    // A Roman numeral as the first or second word of a line numbers a heading or list item:
    // "II. THE GOVERNMENT", "Глава VI. В Москве", "Chapter IV. The Duma".
    bool heading_number = line_start_before(lw.begin);
    if (!heading_number && count >= 2) {
      const Word& pw = word(1);
      heading_number = only_blanks(s.substr(pw.end, lw.begin - pw.end)) && pw.has(Word::kCapitalized) &&
                       line_start_before(pw.begin);
    }
    if (heading_number) {
      info.kind = Before::never;
      return info;
    }
  }
  if (lw_text.size() <= 24 && may_be_abbreviation(lw_text, lw)) {
    if (auto kind = find_abbreviation(clio::text::word_key(s, lw))) info.kind = resolve(*kind);
  }
  return info;
}

// ---- sentence-final marks ------------------------------------------------------------------

struct Decision {
  bool boundary = false;
  std::size_t end = 0;     // where the sentence ends (after closers) when boundary
  std::size_t resume = 0;  // where the scan continues
};

Decision decide_terminal(std::string_view s, std::size_t i, std::size_t sentence_start) {
  const std::size_t n = s.size();
  std::size_t j = i;
  int dots = 0;
  bool strong = false, ellipsis = false;
  while (j < n) {
    const Char c = next_char(s, j);
    if (c.cp == U'.') ++dots;
    else if (c.cp == 0x2026) ellipsis = true;
    else if (is_strong_terminal(c.cp)) strong = true;
    else break;
    j += c.len;
  }
  if (j == i) return {false, 0, i + 1};  // a lead byte of something else
  std::size_t k = j;
  while (k < n) {
    const Char c = next_char(s, k);
    if (!is_closer(c.cp)) break;
    k += c.len;
  }
  if (k >= n) return {true, k, k};
  const Char after = next_char(s, k);
  const bool single_dot = dots == 1 && !strong && !ellipsis;
  if (!is_space(after.cp)) {
    // "1922.Stalin": a space lost in scraping. Only after a real word, before Upper+lower.
    if (single_dot && k == j && clio::text::is_upper_char(after.cp) && k + after.len < n &&
        clio::text::is_lower_char(next_char(s, k + after.len).cp)) {
      const BeforeInfo b = analyze_before(s, i, sentence_start);
      if (b.kind == Before::plain && b.word_chars >= 3 && b.ends_lower_or_digit) return {true, k, k};
    }
    return {false, 0, k};
  }
  std::size_t m = k;
  bool newline = false;
  while (m < n) {
    const Char c = next_char(s, m);
    if (!is_space(c.cp)) break;
    if (c.cp == U'\n' || c.cp == U'\r') newline = true;
    m += c.len;
  }
  if (m >= n) return {true, k, k};
  std::size_t p = m;
  for (int t = 0; t < 4 && p < n; ++t) {
    const Char c = next_char(s, p);
    if (!is_opener(c.cp)) break;
    p += c.len;
    while (p < n && s[p] == ' ') ++p;  // "— Да" : dash, space, word
  }
  const Start cls = start_class(s, p);
  if (!single_dot) return {cls != Start::lower, k, k};
  bool boundary = false;
  switch (analyze_before(s, i, sentence_start).kind) {
    case Before::plain:
      boundary = cls != Start::lower;
      break;
    case Before::initial:
    case Before::never:
      boundary = false;
      break;
    case Before::number:
      boundary = (cls == Start::upper && !is_roman_numeral_word(s, p)) || cls == Start::other;
      break;
    case Before::year:  // resolved to maybe or never by analyze_before
    case Before::maybe:
      boundary = cls == Start::upper || cls == Start::other;
      break;
    case Before::small_number:
      boundary = newline && cls != Start::lower;
      break;
  }
  return {boundary, k, k};
}

// ---- lines ------------------------------------------------------------------------------

// The end of the line that starts at `begin`: the first '\n' or '\r' at or after it, or the
// end of the text. memchr finds the newline (vectorized: lines are hundreds of bytes); a '\r'
// is looked for only before it.
std::size_t line_end(std::string_view s, std::size_t begin) {
  const std::size_t n = s.size();
  if (begin >= n) return n;
  const void* nl = std::memchr(s.data() + begin, '\n', n - begin);
  const std::size_t e = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - s.data()) : n;
  const void* cr = std::memchr(s.data() + begin, '\r', e - begin);
  return cr ? static_cast<std::size_t>(static_cast<const char*>(cr) - s.data()) : e;
}

struct LineInfo {
  std::size_t begin = 0;    // first byte of the line
  std::size_t end = 0;      // end of the line's content (before \n or \r)
  std::size_t next = 0;     // first byte of the following line
  std::size_t first = 0;    // first non-space byte (== end when blank)
  std::size_t last = 0;     // one past the last non-space byte
  std::size_t chars = 0;    // characters between first and last
  bool blank = true;
  bool all_caps = false;    // letters, none lower case (short lines only)
  bool ends_open = false;   // ends in a hyphen, comma, semicolon, colon or opening mark
  bool ends_terminal = false;  // ends in . ! ? … possibly followed by closers
};

// `full`: also the facts that sentence breaks at line ends need (characters, final
// punctuation, capitals); paragraphs only need the bounds and blankness.
LineInfo scan_line(std::string_view s, std::size_t begin, bool full = true) {
  const std::size_t n = s.size();
  LineInfo L;
  L.begin = begin;
  const std::size_t e = line_end(s, begin);
  L.end = e;
  L.next = e;
  if (e < n) L.next = (s[e] == '\r' && e + 1 < n && s[e + 1] == '\n') ? e + 2 : e + 1;
  const Span t = trim(s, {begin, e});
  L.first = t.begin;
  L.last = t.end;
  L.blank = t.begin >= t.end;
  if (L.blank || !full) return L;
  L.chars = clio::text::non_continuation_bytes(s.substr(t.begin, t.end - t.begin));
  // Final punctuation, looking back over closers (at most a few characters).
  std::size_t q = t.end;
  Char c = char_before(s, q);
  for (int guard = 0; guard < 4 && is_closer(c.cp) && q > t.begin; ++guard) {
    q -= c.len;
    c = char_before(s, q);
  }
  L.ends_terminal = is_terminal(c.cp);
  const Char lastc = char_before(s, t.end);
  switch (lastc.cp) {
    case U'-': case 0x2010: case 0x00AD: case U',': case U';': case U':': case U'(': case U'[':
    case 0x00AB: case 0x201C: case 0x201E: case U'/': case U'&': case 0x2013: case 0x2014:
      L.ends_open = true;
      break;
    default:
      break;
  }
  if (t.end - t.begin <= 300) {
    bool letter = false, lower = false;
    for (std::size_t k = t.begin; k < t.end && !lower;) {
      const Char ch = next_char(s, k);
      k += ch.len;
      if (clio::text::is_lower_char(ch.cp)) lower = true;
      else if (clio::text::is_upper_char(ch.cp)) letter = true;
    }
    L.all_caps = letter && !lower;
  }
  return L;
}

// "- item", "• item", "1. item", "2) item", "a) item", "(3) item", "— реплика".
// `numbered_ok`: whether "14. " may start an item here; OCR wraps lines before ordinals, so
// only after a finished line.
bool starts_list_item(std::string_view s, const LineInfo& L, bool numbered_ok) {
  std::size_t p = L.first;
  const std::size_t e = L.last;
  if (p >= e) return false;
  const Char c = next_char(s, p);
  auto space_at = [&](std::size_t k) { return k < e && (s[k] == ' ' || s[k] == '\t'); };
  switch (c.cp) {
    case U'-': case U'*': case 0x2022: case 0x00B7: case 0x25AA: case 0x2013: case 0x2014:
    case 0x25BA: case 0x2023: case 0x25E6:
      return space_at(p + c.len);
    default:
      break;
  }
  std::size_t k = p;
  if (s[k] == '(') ++k;
  const std::size_t digits_from = k;
  while (k < e && k - digits_from < 4 && s[k] >= '0' && s[k] <= '9') ++k;
  if (k > digits_from && k - digits_from <= 3 && k < e) {
    if (s[p] == '(') return s[k] == ')' && space_at(k + 1);
    if (s[k] == ')') return space_at(k + 1);
    return s[k] == '.' && space_at(k + 1) && numbered_ok;  // "1. Item" (but "am\n14. Juni")
  }
  if (s[p] != '(' && clio::text::is_lower_char(c.cp) && p + c.len < e && s[p + c.len] == ')')
    return space_at(p + c.len + 1);
  return false;
}

// The number that opens a line as "12. " (up to three digits), or -1.
int leading_list_number(std::string_view s, const LineInfo& L) {
  std::size_t k = L.first;
  int n = 0;
  while (k < L.last && k - L.first < 3 && s[k] >= '0' && s[k] <= '9') n = n * 10 + (s[k++] - '0');
  if (k == L.first || k + 1 >= L.last || s[k] != '.' || (s[k + 1] != ' ' && s[k + 1] != '\t')) return -1;
  return n;
}

// Whether a single line break between `cur` and `nxt` ends the passage (see the header).
bool line_break_is_boundary(std::string_view s, const LineInfo& prev, const LineInfo& cur, const LineInfo& nxt) {
  // "14. " after an unfinished line is usually a wrapped ordinal ("am\n14. Juni"), unless the
  // line before is itself item 13 of a numbered list.
  const bool numbered_ok = cur.ends_terminal || cur.ends_open || cur.chars <= 25 ||
                           (leading_list_number(s, cur) >= 0 &&
                            leading_list_number(s, nxt) == leading_list_number(s, cur) + 1);
  if (starts_list_item(s, nxt, numbered_ok)) return true;
  if (cur.ends_open || cur.ends_terminal) return false;
  std::size_t p = nxt.first;
  for (int t = 0; t < 4 && p < nxt.last; ++t) {
    const Char c = next_char(s, p);
    if (!is_opener(c.cp)) break;
    p += c.len;
  }
  const Start cls = start_class(s, p);
  if (cls == Start::lower || cls == Start::none) return false;
  if (cur.chars <= 25) return true;
  const std::size_t neighbour = std::max(prev.blank ? 0 : prev.chars, nxt.chars);
  if (cur.chars * 10 < neighbour * 6) return true;
  if (std::max(cur.chars, nxt.chars) > 150) return true;
  return cur.all_caps;
}

std::size_t space_len_before(std::string_view s, std::size_t end, std::size_t floor) noexcept {
  if (end <= floor) return 0;
  const auto b = static_cast<unsigned char>(s[end - 1]);
  if (b == ' ' || (b >= 0x09 && b <= 0x0D)) return 1;
  if (b < 0x80) return 0;
  const Char c = char_before(s, end);
  if (c.len == 0 || end - c.len < floor) return 0;
  return is_space(c.cp) && c.cp != clio::text::kReplacement ? c.len : 0;
}

}  // namespace

std::optional<Unit> parse_unit(std::string_view name) noexcept {
  if (name == "sentence") return Unit::sentence;
  if (name == "paragraph") return Unit::paragraph;
  if (name == "line") return Unit::line;
  return std::nullopt;
}

std::string_view unit_name(Unit unit) noexcept {
  switch (unit) {
    case Unit::sentence: return "sentence";
    case Unit::paragraph: return "paragraph";
    case Unit::line: return "line";
  }
  return "sentence";
}

Span trim(std::string_view s, Span span) noexcept {
  std::size_t b = span.begin, e = span.end;
  while (b < e) {
    const auto byte = static_cast<unsigned char>(s[b]);
    if (byte < 0x80) {
      if (byte == ' ' || (byte >= 0x09 && byte <= 0x0D)) { ++b; continue; }
      break;
    }
    const Char c = next_char(s, b);
    if (c.cp == clio::text::kReplacement || !is_space(c.cp) || b + c.len > e) break;
    b += c.len;
  }
  while (e > b) {
    const std::size_t len = space_len_before(s, e, b);
    if (len == 0) break;
    e -= len;
  }
  return {b, e};
}

std::vector<Span> split_lines(std::string_view text) {
  std::vector<Span> out;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const std::size_t e = line_end(text, i);
    out.push_back({i, e});
    if (e >= n) break;
    i = (text[e] == '\r' && e + 1 < n && text[e + 1] == '\n') ? e + 2 : e + 1;
  }
  return out;
}

namespace {

// The passages of the lines from the one starting at `from` to the one ending at or after `to`,
// appended to `out`. A passage break precedes `from` (the text's start, a blank line or a
// forced break); `prev` is the line before it when that line is not blank (line breaks are
// judged against their neighbours).
void scan_passages(std::string_view s, Unit unit, const std::vector<std::size_t>* forced_breaks, std::size_t from,
                   std::size_t to, LineInfo prev, std::vector<Span>& out) {
  auto emit = [&](std::size_t a, std::size_t b) {
    const Span t = trim(s, {a, b});
    if (t.begin < t.end) out.push_back(t);
  };
  std::size_t forced_at = 0;
  auto forced = [&](std::size_t pos) {
    if (!forced_breaks) return false;
    while (forced_at < forced_breaks->size() && (*forced_breaks)[forced_at] < pos) ++forced_at;
    return forced_at < forced_breaks->size() && (*forced_breaks)[forced_at] == pos;
  };
  std::size_t start = from;
  const bool sentences = unit == Unit::sentence;
  LineInfo cur = scan_line(s, from, sentences);
  for (;;) {
    if (cur.blank) {
      emit(start, cur.begin);
      start = cur.next;
      prev = LineInfo{};
    } else if (sentences) {
      std::size_t i = cur.first;
      while ((i = next_interesting(s, i, cur.last)) < cur.last) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0x80 && !is_terminal(next_char(s, i).cp)) {
          ++i;
          continue;
        }
        const Decision d = decide_terminal(s, i, start);
        if (d.boundary) {
          emit(start, d.end);
          start = d.end;
        }
        i = std::max(d.resume, i + 1);
      }
    }
    if (cur.next >= to) break;
    const LineInfo nxt = scan_line(s, cur.next, sentences);
    if (!cur.blank && !nxt.blank && sentences) {
      if (forced(nxt.first) || line_break_is_boundary(s, prev, cur, nxt)) {
        emit(start, cur.end);
        start = nxt.begin;
      }
      prev = cur;
    }
    cur = nxt;
  }
  emit(start, to);
}

// The start of the line holding byte `pos`.
std::size_t line_start(std::string_view s, std::size_t pos) {
  while (pos > 0 && s[pos - 1] != '\n' && s[pos - 1] != '\r') --pos;
  return pos;
}

}  // namespace

std::vector<Span> segment(std::string_view s, Unit unit, const std::vector<std::size_t>* forced_breaks) {
  std::vector<Span> out;
  if (unit == Unit::line) {
    for (const Span& l : split_lines(s)) {
      const Span t = trim(s, l);
      if (t.begin < t.end) out.push_back(t);
    }
    return out;
  }
  scan_passages(s, unit, forced_breaks, 0, s.size(), LineInfo{}, out);
  return out;
}

std::vector<Span> segment_region(std::string_view s, Span region) {
  std::vector<Span> out;
  const std::size_t from = line_start(s, region.begin);
  LineInfo prev;
  if (from > 0) {
    // The line before: after "\r\n", "\n" or "\r".
    std::size_t e = from - 1;
    if (s[e] == '\n' && e > 0 && s[e - 1] == '\r') --e;
    prev = scan_line(s, line_start(s, e));
  }
  scan_passages(s, Unit::sentence, nullptr, from, region.end, prev, out);
  return out;
}

}  // namespace clio::passages
