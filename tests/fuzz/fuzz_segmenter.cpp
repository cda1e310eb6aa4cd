// Fuzz target: passage segmentation (passages/segmenter.hpp).
//
// Input layout: the first byte chooses the unit (bits 0-1: sentence, paragraph, line, sentence)
// and, with bit 2 set, forced breaks at every k-th non-blank line (k = 1 + the second byte % 4).
// The rest is the text. Seeds start with these option bytes.
//
// Properties checked for every input:
//   * split_lines: lines in order, no CR or LF inside, each followed by a line break or by the
//     end of the text, and nothing but line breaks between them;
//   * segment: passages non-empty, inside the text, in order, non-overlapping, trimmed
//     (trim() leaves them unchanged) and on character boundaries; every character that is
//     not white space lies in some passage (nothing is dropped);
//   * line unit: no passage spans a line break; a forced break is never inside a passage.
#include <cstdint>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "passages/segmenter.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

using namespace clio::passages;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  clio::fuzz::FuzzInput in(data, size);
  const std::uint8_t mode = in.byte();
  const std::uint8_t every = 1 + in.byte() % 4;
  const std::string_view s = in.rest();
  static constexpr Unit kUnits[4] = {Unit::sentence, Unit::paragraph, Unit::line, Unit::sentence};
  const Unit unit = kUnits[mode & 3];

  const std::vector<Span> lines = split_lines(s);
  std::size_t pos = 0;
  for (const Span& l : lines) {
    FUZZ_CHECK(l.begin == pos && l.begin <= l.end && l.end <= s.size());
    for (std::size_t i = l.begin; i < l.end; ++i) FUZZ_CHECK(s[i] != '\n' && s[i] != '\r');
    pos = l.end;
    if (pos < s.size() && s[pos] == '\r') ++pos;
    if (pos < s.size() && s[pos] == '\n' && (pos == l.end || s[pos - 1] == '\r')) ++pos;
    FUZZ_CHECK(pos > l.end || pos == s.size());
  }
  FUZZ_CHECK(pos == s.size());

  // Forced breaks where the content of every k-th non-blank line starts (after its leading
  // white space), as analyze() passes them. (segmenter.hpp says "line starts"; a break given at
  // the raw start of an indented line is not honoured: reported to the lead.)
  std::vector<std::size_t> forced;
  if (mode & 4) {
    std::size_t nonblank = 0;
    for (const Span& l : lines) {
      const Span content = trim(s, l);
      if (content.begin == content.end) continue;
      if (nonblank++ % every == 0) forced.push_back(content.begin);
    }
  }

  std::vector<bool> is_start(s.size() + 1, false);
  is_start[s.size()] = true;
  for (std::size_t i = 0; i < s.size(); i += clio::text::next_char(s, i).len) is_start[i] = true;

  const std::vector<Span> passages = segment(s, unit, forced.empty() ? nullptr : &forced);
  std::size_t prev_end = 0;
  for (const Span& p : passages) {
    FUZZ_CHECK(p.begin < p.end && p.end <= s.size());
    FUZZ_CHECK(p.begin >= prev_end);
    FUZZ_CHECK(is_start[p.begin] && is_start[p.end]);
    FUZZ_CHECK(trim(s, p) == p);
    if (unit == Unit::line)
      for (std::size_t i = p.begin; i < p.end; ++i) FUZZ_CHECK(s[i] != '\n' && s[i] != '\r');
    prev_end = p.end;
  }
  if (unit == Unit::sentence) {
    std::size_t k = 0;
    for (const std::size_t f : forced) {
      while (k < passages.size() && passages[k].end <= f) ++k;
      if (k < passages.size()) FUZZ_CHECK(!(passages[k].begin < f && f < passages[k].end));
    }
  }
  // Coverage: every character outside the passages is white space.
  std::size_t k = 0;
  for (std::size_t i = 0; i < s.size(); i += clio::text::next_char(s, i).len) {
    while (k < passages.size() && passages[k].end <= i) ++k;
    if (k < passages.size() && passages[k].begin <= i) continue;
    FUZZ_CHECK(clio::text::is_space_char(clio::text::next_char(s, i).cp));
  }
  return 0;
}
