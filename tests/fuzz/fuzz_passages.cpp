// Fuzz target: passages with their kind (passages/passages.hpp), i.e. line labels
// (passages/boilerplate.hpp), forced breaks and the segmenter together, as clio_passages uses them.
//
// Input layout: the first byte % 3 chooses the unit (sentence, paragraph, line); the rest is
// the text. Properties checked for every input:
//   * classify_lines: labels in line order, one per non-blank line at most, inside the text;
//   * analyze: passages non-empty, inside the text, in order, non-overlapping, trimmed, with a
//     valid kind; with the sentence unit, no passage crosses the start or end of a boilerplate
//     or heading line (chrome and prose are never mixed);
//   * boilerplate_spans: in order, non-overlapping, and every boilerplate passage lies inside one;
//   * passage_starts: the begins of analyze's passages, with and without the chrome handed over;
//     with the paragraph unit, no passage crosses the start or end of a boilerplate span of the
//     text (a flattened page's chrome and prose are never mixed).
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"
#include "passages/passages.hpp"

using namespace clio::passages;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  clio::fuzz::FuzzInput in(data, size);
  static constexpr Unit kUnits[3] = {Unit::sentence, Unit::paragraph, Unit::line};
  const Unit unit = kUnits[in.byte() % 3];
  const std::string_view s = in.rest();

  const std::vector<LineLabel> labels = classify_lines(s);
  for (std::size_t i = 0; i < labels.size(); ++i) {
    FUZZ_CHECK(labels[i].line.begin <= labels[i].line.end && labels[i].line.end <= s.size());
    FUZZ_CHECK(labels[i].kind <= Kind::heading);
    if (i) FUZZ_CHECK(labels[i - 1].line.end < labels[i].line.begin);
  }

  const std::vector<Passage> ps = analyze(s, unit);
  std::size_t prev_end = 0;
  for (const Passage& p : ps) {
    FUZZ_CHECK(p.begin < p.end && p.end <= s.size());
    FUZZ_CHECK(p.begin >= prev_end);
    FUZZ_CHECK(p.kind <= Kind::heading);
    FUZZ_CHECK(trim(s, Span{p.begin, p.end}) == (Span{p.begin, p.end}));
    prev_end = p.end;
  }
  if (unit == Unit::sentence) {
    // Chrome and heading lines are whole passages: no passage starts before such a line and
    // runs into it, or starts inside it and runs past it.
    // Both lists are sorted and non-overlapping, so one pointer walks the passages once.
    std::size_t j = 0;
    for (const LineLabel& l : labels) {
      if (l.kind == Kind::text) continue;
      while (j < ps.size() && ps[j].end <= l.line.begin) ++j;
      for (std::size_t q = j; q < ps.size() && ps[q].begin < l.line.end; ++q)
        FUZZ_CHECK(ps[q].begin >= l.line.begin && ps[q].end <= l.line.end);
    }
  }

  const std::vector<Span> chrome = boilerplate_spans(s, ps);
  for (std::size_t i = 0; i < chrome.size(); ++i) {
    FUZZ_CHECK(chrome[i].begin < chrome[i].end && chrome[i].end <= s.size());
    if (i) FUZZ_CHECK(chrome[i - 1].end < chrome[i].begin);
  }
  std::size_t k = 0;
  for (const Passage& p : ps) {
    if (p.kind != Kind::boilerplate) continue;
    while (k < chrome.size() && chrome[k].end < p.end) ++k;
    FUZZ_CHECK(k < chrome.size() && chrome[k].begin <= p.begin && p.end <= chrome[k].end);
  }

  std::vector<std::size_t> begins;
  for (const Passage& p : ps) begins.push_back(p.begin);
  const std::vector<Span> text_chrome = boilerplate_spans(s);
  FUZZ_CHECK(passage_starts(s, unit) == begins);
  FUZZ_CHECK(passage_starts(s, unit, &text_chrome) == begins);
  if (unit == Unit::paragraph) {
    // Chrome spans are one per line, and a paragraph may group a run of chrome lines: a paragraph
    // that touches chrome holds no word outside chrome (only the space and marks between lines).
    std::vector<bool> in_chrome(s.size(), false);
    for (const Span& c : text_chrome)
      for (std::size_t b = c.begin; b < c.end; ++b) in_chrome[b] = true;
    std::size_t j = 0;
    for (const Span& c : text_chrome) {
      while (j < ps.size() && ps[j].end <= c.begin) ++j;
      for (std::size_t q = j; q < ps.size() && ps[q].begin < c.end; ++q)
        for (std::size_t b = ps[q].begin; b < ps[q].end;) {
          const std::size_t at = b;
          const clio::text::Char ch = clio::text::next_char(s, b);
          FUZZ_CHECK(in_chrome[at] || !clio::text::is_word_char(ch.cp));
          b = at + std::max<std::size_t>(ch.len, 1);
        }
    }
  }
  return 0;
}
