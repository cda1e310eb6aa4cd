// Chrome inside a line of prose (passages.hpp, inline_chrome_spans): credits after a caption,
// bracketed marginal notes of a transcribed book, link labels glued to the linked word.
#include <algorithm>
#include <array>
#include <cstdint>

#include "passages/generated/passages_data.hpp"
#include "passages/passages.hpp"

namespace clio::passages {
namespace {

bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool ascii_letter(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_space(unsigned char c) { return c == ' ' || c == '\t'; }

// An upper-case letter starts at t[i]: ASCII, Latin-1 capitals (U+00C0..U+00DE) or Cyrillic
// capitals (U+0400..U+042F).
bool upper_at(std::string_view t, std::size_t i) {
  const auto c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) return ascii_upper(c);
  if (i + 1 >= t.size()) return false;
  const auto d = static_cast<unsigned char>(t[i + 1]);
  return (c == 0xC3 && d >= 0x80 && d <= 0x9E) || (c == 0xD0 && d >= 0x80 && d <= 0xAF);
}
// A letter byte: ASCII letters and any byte of a multi-byte character (letters of other scripts).
bool letter_byte(unsigned char c) { return ascii_letter(c) || c >= 0x80; }

// Words (runs of non-space bytes) in t, stopping past `limit`.
std::size_t count_words(std::string_view t, std::size_t limit) {
  std::size_t n = 0;
  bool in = false;
  for (const char ch : t) {
    const bool sp = is_space(static_cast<unsigned char>(ch));
    if (!sp && !in && ++n > limit) return n;
    in = !sp;
  }
  return n;
}

bool has_letter(std::string_view t) {
  for (const char ch : t)
    if (letter_byte(static_cast<unsigned char>(ch))) return true;
  return false;
}

// A sentence ends inside t: ". " (or "! ", "? ") followed by a capital. An abbreviation of a
// credit ("\u00A9 Coll. privée", "Photo: Bibl. nat.") is followed by a lower-case word.
bool inner_sentence_end(std::string_view t) {
  for (std::size_t i = 0; i + 2 < t.size(); ++i)
    if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i + 1] == ' ' && upper_at(t, i + 2)) return true;
  return false;
}

// "Label: value" with a label of one or two capitalised words (an optional number after them)
// and a value of one to six words: a marginal note or a credit. Returns false otherwise.
bool label_value(std::string_view t, std::size_t max_value_words) {
  const std::size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 >= t.size() || !is_space(static_cast<unsigned char>(t[colon + 1])))
    return false;
  const std::string_view label = t.substr(0, colon), value = t.substr(colon + 2);
  if (!upper_at(label, 0)) return false;
  std::size_t words = 0;
  bool in = false, digits_only = true;
  for (std::size_t i = 0; i < label.size(); ++i) {
    const auto c = static_cast<unsigned char>(label[i]);
    if (is_space(c)) {
      in = false;
      continue;
    }
    if (!in) {
      ++words;
      digits_only = true;
    }
    in = true;
    if (!(c >= '0' && c <= '9')) digits_only = false;
    if (!letter_byte(c) && !(c >= '0' && c <= '9') && c != '-' && c != '.') return false;
  }
  (void)digits_only;
  const std::size_t vw = count_words(value, max_value_words);
  return words >= 1 && words <= 3 && vw >= 1 && vw <= max_value_words && has_letter(value);
}

Span trimmed(std::string_view text, std::size_t b, std::size_t e) { return trim(text, {b, e}); }

void scan_line(std::string_view text, Span line, std::vector<Span>& out) {
  const std::string_view t = text.substr(line.begin, line.end - line.begin);
  if (!has_letter(t)) return;
  // A credit after the caption: "The palace in 1905 © State Archive", "... | Photo: A. Lens".
  // The head must hold letters; the tail is a few words without a sentence end.
  const std::size_t copy = t.find("\xC2\xA9");
  if (copy != std::string_view::npos && copy > 0 && has_letter(t.substr(0, copy))) {
    const std::string_view tail = t.substr(copy);
    if (count_words(tail, 6) <= 6 && !inner_sentence_end(tail)) out.push_back(trimmed(text, line.begin + copy, line.end));
  }
  const std::size_t bar = t.find('|') == std::string_view::npos ? std::string_view::npos : t.rfind(" | ");
  if (bar != std::string_view::npos && has_letter(t.substr(0, bar))) {
    std::size_t from = bar + 3;
    while (from < t.size() && is_space(static_cast<unsigned char>(t[from]))) ++from;
    const std::string_view tail = t.substr(from);
    if (!inner_sentence_end(tail) && label_value(tail, 6)) out.push_back(trimmed(text, line.begin + from, line.end));
  }
  // A bracketed marginal note or picture marker: "[Sidenote: The siege]", "[Illustration: ...]".
  for (std::size_t i = t.find('['); i != std::string_view::npos; i = t.find('[', i + 1)) {
    const std::size_t close = t.find(']', i + 1);
    if (close == std::string_view::npos) break;
    if (close - i <= 200 && label_value(t.substr(i + 1, close - i - 1), 12))
      out.push_back({line.begin + i, line.begin + close + 1});
    i = close;
  }
  // A link label before the linked word: "See also:Poltava", "Main article: Decembrists".
  for (std::size_t i = t.find(':'); i != std::string_view::npos; i = t.find(':', i + 1)) {
    for (std::size_t k = 0; k < data::kInlineLabelCount; ++k) {
      const std::string_view label = data::kInlineLabels[k];
      if (label.size() > i || t.compare(i - label.size(), label.size(), label) != 0) continue;
      const std::size_t at = i - label.size();
      if (at > 0 && !is_space(static_cast<unsigned char>(t[at - 1])) && t[at - 1] != '(' && t[at - 1] != '.') continue;
      out.push_back({line.begin + at, line.begin + i});
      break;
    }
  }
}

}  // namespace

std::size_t chrome_value_begin(std::string_view text, Span span) {
  std::size_t b = span.begin;
  if (b < span.end && text[b] == '[') ++b;
  std::size_t e = span.end;
  if (e > b && text[e - 1] == ']') --e;
  const std::string_view t = text.substr(b, e - b);
  if (t.size() > 400 || !label_value(t, 12)) return span.end;
  return b + t.find(':') + 1;
}

namespace {

// A separator between menu items: a space, one of | · • » › / >, a space.
std::size_t separator_at(std::string_view t, std::size_t i) {
  if (i == 0 || !is_space(static_cast<unsigned char>(t[i - 1]))) return 0;
  std::size_t len = 0;
  const auto c = static_cast<unsigned char>(t[i]);
  if (c == '|' || c == '/' || c == '>') len = 1;
  else if (c == 0xC2 && i + 1 < t.size() && (t[i + 1] == '\xB7' || t[i + 1] == '\xBB')) len = 2;  // · »
  else if (c == 0xE2 && i + 2 < t.size() && t[i + 1] == '\x80' && (t[i + 2] == '\xA2' || t[i + 2] == '\xBA'))
    len = 3;  // • ›
  if (len == 0 || i + len >= t.size() || !is_space(static_cast<unsigned char>(t[i + len]))) return 0;
  return len;
}

// A menu line: two or more items, each of one to three words, between separators.
bool menu_line(std::string_view t) {
  std::size_t items = 0, from = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    const std::size_t len = i < t.size() ? separator_at(t, i) : 1;
    if (len == 0) continue;
    const std::size_t w = count_words(t.substr(from, i - from), 3);
    if (w == 0 || w > 3) return false;
    ++items;
    from = i + len;
    i = from - 1;
  }
  return items >= 2;
}

bool line_break_between(std::string_view text, std::size_t from, std::size_t to) {
  std::size_t breaks = 0;
  for (std::size_t i = from; i < to; ++i)
    if (text[i] == '\n') ++breaks;
    else if (!is_space(static_cast<unsigned char>(text[i])) && text[i] != '\r') return false;
  return breaks == 1;
}

}  // namespace

std::vector<Span> chrome_by_nature(std::string_view text, const std::vector<Span>& chrome) {
  std::vector<Span> out;
  const std::size_t n = chrome.size();
  // Short chrome lines, and which of them stand in a run of three or more.
  std::vector<bool> short_line(n), in_run(n);
  std::vector<std::size_t> values(n);
  for (std::size_t k = 0; k < n; ++k) {
    const Span s = chrome[k];
    const std::string_view t = text.substr(s.begin, s.end - s.begin);
    values[k] = chrome_value_begin(text, s);
    short_line[k] = count_words(t, 3) <= 3 && values[k] == s.end;
  }
  for (std::size_t k = 0; k < n;) {
    std::size_t e = k;
    if (short_line[k])
      while (e + 1 < n && short_line[e + 1] && line_break_between(text, chrome[e].end, chrome[e + 1].begin)) ++e;
    if (e >= k + 2)
      for (std::size_t j = k; j <= e; ++j) in_run[j] = true;
    k = e + 1;
  }
  for (std::size_t k = 0; k < n; ++k) {
    const Span s = chrome[k];
    const std::string_view t = text.substr(s.begin, s.end - s.begin);
    if (in_run[k] || !has_letter(t) || menu_line(t)) {
      out.push_back(s);
      continue;
    }
    const std::size_t value = values[k];
    if (value < s.end) out.push_back({s.begin, value});
    // Handles: "@name", "u/name", "r/name" at a word start, to the end of the word.
    std::size_t at = t.find_first_of("@/", value < s.end ? value - s.begin : 0);
    while (at != std::string_view::npos) {
      // The handle starts at '@', or at the letter before "/" of "u/" and "r/", after a space.
      const std::size_t i = t[at] == '@' ? at : at > 0 && (t[at - 1] == 'u' || t[at - 1] == 'r') ? at - 1 : std::string_view::npos;
      const std::size_t body = at + 1;
      std::size_t next = at + 1;
      if (i != std::string_view::npos && (i == 0 || is_space(static_cast<unsigned char>(t[i - 1])) || t[i - 1] == '(') &&
          body < t.size() && (letter_byte(static_cast<unsigned char>(t[body])) || (t[body] >= '0' && t[body] <= '9'))) {
        std::size_t e = body;
        while (e < t.size() && !is_space(static_cast<unsigned char>(t[e]))) ++e;
        out.push_back({s.begin + i, s.begin + e});
        next = e;
      }
      at = next < t.size() ? t.find_first_of("@/", next) : std::string_view::npos;
    }
  }
  return out;
}

std::vector<Span> inline_chrome_spans(std::string_view text, const std::vector<Span>& chrome) {
  // Only lines holding a trigger byte (the copyright sign's lead byte, '|', '[' or ':') are read.
  // Each trigger is searched with memchr, and a hit skips to the end of its line: prose without
  // them costs four vectorised scans.
  std::vector<std::size_t> starts;  // starts of lines holding a trigger
  auto line_end = [&](std::size_t at) {
    std::size_t e = text.find('\n', at);
    if (e == std::string_view::npos) e = text.size();
    const std::size_t r = text.substr(0, e).find('\r', at);
    return r == std::string_view::npos ? e : r;
  };
  auto line_start = [&](std::size_t at) {
    const std::size_t n = text.substr(0, at).find_last_of("\n\r");
    return n == std::string_view::npos ? 0 : n + 1;
  };
  for (const char trigger : {'\xC2', '|', '[', ':'}) {
    for (std::size_t at = text.find(trigger); at != std::string_view::npos;) {
      starts.push_back(line_start(at));
      const std::size_t e = line_end(at);
      if (e >= text.size()) break;
      at = text.find(trigger, e);
    }
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  std::vector<Span> found;
  std::size_t ci = 0;
  for (const std::size_t b : starts) {
    const Span line = trim(text, {b, line_end(b)});
    if (line.begin >= line.end) continue;
    while (ci < chrome.size() && chrome[ci].end <= line.begin) ++ci;
    // A line that is chrome as a whole has nothing to add.
    if (ci < chrome.size() && chrome[ci].begin <= line.begin && chrome[ci].end >= line.end) continue;
    const std::size_t before = found.size();
    scan_line(text, line, found);
    std::sort(found.begin() + static_cast<std::ptrdiff_t>(before), found.end(),
              [](const Span& a, const Span& c) { return a.begin < c.begin; });
  }
  // Drop what overlaps chrome already found, or an earlier inline span.
  std::vector<Span> out;
  std::size_t j = 0;
  for (const Span& s : found) {
    if (s.begin >= s.end) continue;
    while (j < chrome.size() && chrome[j].end <= s.begin) ++j;
    if (j < chrome.size() && chrome[j].begin < s.end) continue;
    if (!out.empty() && out.back().end > s.begin) continue;
    out.push_back(s);
  }
  return out;
}

}  // namespace clio::passages
