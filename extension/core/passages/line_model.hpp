// The boilerplate line model: a logistic regression over shallow features of a short line and of
// its neighbours, in the manner of boilerpipe (Kohlschuetter et al. 2010: words, density, the
// same features of the previous and next block) and jusText (stop-word density, then smoothing by
// the neighbours' classes), for plain text where links and tags are gone. Internal to passages/.
//
// Stage 1 reads one line (at most kModelMaxWords words; longer lines are prose or are left to the
// rules of boilerplate.hpp): its length, stop-word density (stopwords.tsv: en, ru, de, fr, pl,
// uk), share of capitalised words, of words with digits and of symbol characters, final and
// inner punctuation, a "Label:" colon, a clock, a copyright sign, markup, menu separators,
// capitals, a handle (@name, u/name), brackets, repetition of the same line in the source, the
// rules' own verdicts (phrases of boilerplate.tsv among them), and the same few facts of the
// lines before and after it. Stage 2 smooths: it reads the line's stage-1 score and those of its
// neighbours. The weights are fitted by extension/data/passages/fit_boilerplate.py on the
// labelled pages of extension/data/passages/boilerplate_lines.txt and stored in
// generated/boilerplate_model.cpp.
//
// Cost: one pass over the bytes of each short line (no ICU), a dot product of kStage1Inputs
// floats, and a hash of the line for repetition.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "passages/segmenter.hpp"
#include "passages/span_features.hpp"

namespace clio::passages::detail {

constexpr std::size_t kModelMaxWords = kContainsMaxWords;
constexpr std::size_t kModelMaxBytes = 400;

// What the model reads of one line, computed once (see line_shape).
struct LineShape {
  bool model = false;  // short enough for the model (the other fields are set only then)
  std::uint16_t words = 0, letter_words = 0, stop = 0, caps = 0, digit_words = 0, chars = 0, symbols = 0;
  bool ends_terminal = false, ends_colon = false, ends_open = false, label_colon = false, inner_terminal = false;
  bool clock = false, copyright = false, markup = false, separators = false, all_caps = false;
  bool starts_capital = false, handle = false, bracketed = false;
  bool table_row = false;  // a row of a flattened table with words in it: "Born | 1814, Kyiv |"
  std::uint64_t hash = 0;  // of the line's bytes, for repetition
};

// The shape of a line from its features (features(s, line, f, true) already run).
void line_shape(std::string_view s, Span line, Features& f, LineShape& out);

// A line among its neighbours, as the model sees it.
struct ModelLine {
  LineShape shape;
  std::uint32_t words = 0;  // for every line (capped as features() caps it)
  bool blank_before = false;
  bool ends_terminal = false;
  bool intrinsic = false;      // chrome by its own content (rules)
  bool rule_chrome = false;    // the rules' verdict: boilerplate
  bool rule_heading = false;   // the rules' verdict: heading
  std::uint32_t repeats = 0;   // lines of the source with the same bytes (model lines only)
};

constexpr std::size_t kStage1Inputs = 40;
constexpr std::size_t kStage2Inputs = 4;

// Stage-1 inputs of line k (lines[k].shape.model must be true).
void stage1_inputs(const std::vector<ModelLine>& lines, std::size_t k, float* x);

// Stage-1 score (log-odds of chrome) of every line; lines the model does not read get
// kNotModelScore.
constexpr float kNotModelScore = -6.0f;
std::vector<float> stage1_scores(const std::vector<ModelLine>& lines);

// Stage-2 inputs of line k from the stage-1 scores: 1, its own score, the previous and the next
// line's (kNotModelScore at the edges).
void stage2_inputs(const std::vector<float>& z1, std::size_t k, float* x);

// Final probability that each line is chrome (0 for lines the model does not read).
std::vector<float> chrome_probabilities(const std::vector<ModelLine>& lines);

// Names of the stage-1 inputs, for the generator and the tests.
const char* const* stage1_input_names();

}  // namespace clio::passages::detail

namespace clio::passages::data {
// generated/boilerplate_model.cpp
extern const float kStage1Weights[detail::kStage1Inputs];
extern const float kStage2Weights[detail::kStage2Inputs];
// The decision, by the rules' verdict: a text line becomes chrome at kTextToChrome or above, a
// heading at kHeadingToChrome or above; a line the rules call chrome stays chrome unless the
// probability is below kChromeToText. Losing a heading or a sentence of the article costs more
// than leaving a line of chrome, so the model overrules the rules only when it is sure.
extern const float kTextToChrome, kHeadingToChrome, kChromeToText;
}  // namespace clio::passages::data
