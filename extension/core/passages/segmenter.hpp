// Passage segmentation: the core of clio_passages(text, '{"unit": ...}').
//
// Units:
//   sentence   (default) sentences, headings, list items and short chrome lines
//   paragraph  blocks separated by blank lines (a line of white space only)
//   line       every line (\n, \r\n or \r)
// Passages are byte ranges [begin, end) into the input, trimmed of surrounding white space
// (Unicode spaces included); empty passages are never produced. Paragraph breaks end a
// sentence in every unit. The input need not be valid UTF-8.
//
// Sentence rules, in brief (the tests spell out each case):
// - A sentence ends at . ! ? … (and fullwidth ！？。), after any closing quotes and brackets,
//   when white space and a plausible sentence start follow: an upper-case letter, a digit,
//   an opening quote or bracket or dash, or a letter of a script without case. A lower-case
//   continuation never starts a sentence ("etc. and", "«Кто?» — спросил он").
// - Before a period, the word is looked up in the abbreviation table generated from
//   extension/data/passages/abbreviations.tsv: `never` (Mr., St., им., z.), `number` (vol. 3,
//   Dec. 1825, Nr. 5), `year` (after a number like `maybe`, except among the first four words
//   of a sentence: "В 1898 г. Чехов переехал"; elsewhere like `never`: "г. Москва"),
//   `maybe` (etc., ibid., и т. д.). A single
//   upper-case letter is an initial (G. V. Plekhanov); a single lower-case letter is an
//   abbreviation (c. 1850, p. 5, т. е., z. B.); tokens with inner periods (O.S., U.S.)
//   end a sentence only before a capitalized word; a one- or two-digit number before a
//   period on the same line, unless it follows a capitalized word that is not a function word
//   ("Lv 4. Next", but "Am 14. Mai"), is an
//   ordinal or list number (am 14. Dezember, 1. Item), and so is a
//   Roman numeral as the first or second word of a line ("II. THE PROVISIONAL GOVERNMENT",
//   "Глава VI. В Москве").
// - "1922.Stalin" (a space lost in scraping) is split when the period follows a word of three
//   or more characters ending in a lower-case letter or digit and precedes Upper+lower.
// - A single line break inside a paragraph is normally OCR wrapping and joins lines; it ends
//   the passage when the next line starts a list item (-, *, •, 1), a), (1), and 1. after a
//   finished or short line: OCR often wraps before "14. Juni"), or when the line
//   has no final punctuation (nor a trailing hyphen, comma, semicolon or colon), the next
//   line starts with an upper-case letter, digit or quote, and the line is a heading or
//   chrome line: at most 25 characters, or under 60% of the longer neighbouring line, or
//   either line longer than 150 characters (not wrapped text), or written in capitals.
// - Callers can force breaks at given line starts (the boilerplate classifier uses this so
//   that chrome lines and prose lines never share a passage).
//
// Cost: one pass with a byte table over uninteresting bytes, a look-back of at most 64 bytes
// per period and one look-ahead per line, so linear time on any input (a million dots, one
// 10 MB line) and memory proportional to the number of passages returned.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace clio::passages {

enum class Unit : std::uint8_t { sentence, paragraph, line };

// "sentence", "paragraph", "line" (exact, lower case); nullopt for anything else.
std::optional<Unit> parse_unit(std::string_view name) noexcept;
std::string_view unit_name(Unit unit) noexcept;

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool operator==(const Span&) const = default;
};

// Every line of the text, untrimmed and without its terminator, empty lines included.
// A text ending in a line break has no empty last line; the empty text has no lines.
std::vector<Span> split_lines(std::string_view text);

// Splits the text into passages of the given unit. `forced_breaks`, when given, is a sorted
// list of byte offsets of lines' first non-space bytes where a new passage must begin
// (sentence unit only; line breaks inside a paragraph).
std::vector<Span> segment(std::string_view text, Unit unit = Unit::sentence,
                          const std::vector<std::size_t>* forced_breaks = nullptr);

// The sentences that segment(text, sentence, forced_breaks) finds inside `region`, a run of
// whole lines (from the first non-space byte of its first line to the last of its last) with
// a passage break before and after it: a blank line, a forced break or the text's edge. Costs
// the region, not the text.
std::vector<Span> segment_region(std::string_view text, Span region);

// The same span with white space (ASCII and Unicode) removed from both ends; may be empty.
Span trim(std::string_view text, Span span) noexcept;

}  // namespace clio::passages
