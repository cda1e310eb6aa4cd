#include "passages/line_model.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <cmath>

namespace clio::passages::detail {
namespace {

constexpr const char* kStage1Names[kStage1Inputs] = {
    "bias",          "log_words",     "one_word",      "words_le3",     "words_le6",     "stop_density",
    "no_stop",       "caps_share",    "digit_share",   "symbol_share",  "no_letters",    "ends_terminal",
    "ends_colon",    "ends_open",     "label_colon",   "inner_terminal", "clock",        "copyright",
    "markup",        "separators",    "all_caps",      "starts_lower",  "handle",        "bracketed",
    "repeated",      "intrinsic",     "rule_chrome",   "rule_heading",  "blank_before",  "blank_after",
    "prev_long",     "next_long",     "prev_short",    "next_short",
    "prev_chrome",   "next_chrome",   "prev_terminal", "sentence_like", "table_row",     "heading_shape"};

// Symbol characters without ICU: ASCII punctuation and symbols, Latin-1 signs (U+00A0..U+00BF:
// ©, «, », ·) and the general punctuation, arrows, mathematical and box-drawing blocks
// (U+2000..U+2BFF: dashes, bullets, ›, →, ▶). Letters of every script fall outside them.
constexpr bool ascii_symbol(unsigned char c) {
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) || (c >= 0x7B && c <= 0x7E);
}

// The bytes line_shape looks at: ASCII symbols, and 0xC2 and 0xE2, the lead bytes of U+0080..U+00BF
// and U+2000..U+2FFF.
constexpr auto kShapeBytes = [] {
  std::array<bool, 256> a{};
  for (int c = 0; c < 0x80; ++c) a[c] = ascii_symbol(static_cast<unsigned char>(c));
  a[0xC2] = a[0xE2] = true;
  return a;
}();

float sigmoid(float z) { return 1.0f / (1.0f + std::exp(-z)); }

}  // namespace

const char* const* stage1_input_names() { return kStage1Names; }

void line_shape(std::string_view s, Span line, Features& f, LineShape& out) {
  out = LineShape{};
  // Chrome lines are short in bytes too: a line of a few enormous "words" (a run of letters
  // without spaces, binary residue) is left to the rules.
  if (f.words > kModelMaxWords || f.words == 0 || line.end - line.begin > kModelMaxBytes) return;
  out.model = true;
  auto u16 = [](std::size_t v) { return static_cast<std::uint16_t>(std::min<std::size_t>(v, 0xFFFF)); };
  out.words = u16(f.words);
  out.letter_words = u16(f.letter_words);
  std::size_t caps = 0, digits = 0;
  for (const Word& w : f.word_list) {
    if (w.has(Word::kHasDigit)) ++digits;
    if (w.has(Word::kHasLetter) && w.has(Word::kCapitalized)) ++caps;
  }
  out.caps = u16(caps);
  out.digit_words = u16(digits);
  // features() has counted them already on a line without final punctuation.
  out.stop = u16(f.ends_terminal ? count_stop_words(s, f) : f.stop);
  out.ends_terminal = f.ends_terminal;
  out.ends_open = f.ends_open;
  out.inner_terminal = f.inner_terminal;
  out.clock = f.clock;
  out.copyright = f.copyright;
  out.separators = f.separators > 0;
  out.all_caps = f.all_caps;
  out.starts_capital = f.starts_capital;
  // Over the bytes: characters (a loop the compiler vectorises), then the few bytes that matter
  // (ASCII symbols, the lead bytes of Latin-1 signs and of general punctuation) by a table.
  const std::string_view t = s.substr(line.begin, line.end - line.begin);
  std::size_t chars = 0, symbols = 0, markup = 0, first_colon = std::string_view::npos;
  for (const char ch : t) chars += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (!kShapeBytes[c]) continue;
    if (c < 0x80) {
      ++symbols;
      if (c == '<' || c == '>' || c == '{' || c == '}' || c == '|' || c == '=' || c == '\\') ++markup;
      if (c == ':' && first_colon == std::string_view::npos && !(i > 0 && i + 1 < t.size() && t[i - 1] >= '0' &&
                                                                    t[i - 1] <= '9' && t[i + 1] >= '0' && t[i + 1] <= '9'))
        first_colon = i;
      if (c == '@' && (i == 0 || t[i - 1] == ' ') && i + 1 < t.size() && std::isalnum(static_cast<unsigned char>(t[i + 1])))
        out.handle = true;
      if (c == '/' && i >= 1 && i + 1 < t.size() && std::isalpha(static_cast<unsigned char>(t[i - 1])) &&
          (i == 1 || t[i - 2] == ' ') && std::isalnum(static_cast<unsigned char>(t[i + 1])))
        out.handle = true;  // r/name, u/name
    } else if (i + 1 < t.size()) {
      const auto d = static_cast<unsigned char>(t[i + 1]);
      if (c == 0xC2 ? d >= 0xA0 && d <= 0xBF : d >= 0x80 && d <= 0xAF) ++symbols;  // U+00A0..BF, U+2000..2BFF
    }
  }
  out.chars = u16(chars);
  out.symbols = u16(symbols);
  out.markup = f.html || (markup >= 2 && markup * 5 >= chars);
  out.hash = std::hash<std::string_view>{}(t);
  out.ends_colon = !t.empty() && t.back() == ':';
  if (first_colon != std::string_view::npos && first_colon + 1 < t.size()) {
    // "Author: A. Writer", "Sort by: Votes": a label of one to three words, then a value.
    std::size_t before = 0;
    for (const Word& w : f.word_list)
      if (w.begin < line.begin + first_colon) ++before;
    out.label_colon = before >= 1 && before <= 3 && t[first_colon + 1] == ' ';
  }
  const char first = t.empty() ? ' ' : t.front();
  out.bracketed = first == '[' || first == '(' || first == '{';
  // A table row keeps its cells between bars and ends (or starts) with one; a menu line has bars
  // only between its items.
  out.table_row = out.letter_words > 0 && !t.empty() && (t.back() == '|' || first == '|') &&
                  t.find('|') != t.size() - 1;
}

void stage1_inputs(const std::vector<ModelLine>& lines, std::size_t k, float* x) {
  const ModelLine& m = lines[k];
  const LineShape& s = m.shape;
  const std::size_t n = lines.size();
  const float letters = std::max<float>(1.0f, s.letter_words);
  const ModelLine* prev = k > 0 ? &lines[k - 1] : nullptr;
  const ModelLine* next = k + 1 < n ? &lines[k + 1] : nullptr;
  std::size_t i = 0;
  auto put = [&](float v) { x[i++] = v; };
  auto b = [](bool v) { return v ? 1.0f : 0.0f; };
  put(1.0f);
  put(std::log1p(static_cast<float>(s.words)));
  put(b(s.words == 1));
  put(b(s.words <= 3));
  put(b(s.words <= 6));
  put(s.stop / letters);
  put(b(s.letter_words > 0 && s.stop == 0));
  put(s.caps / letters);
  put(static_cast<float>(s.digit_words) / std::max<float>(1.0f, s.words));
  put(static_cast<float>(s.symbols) / std::max<float>(1.0f, s.chars));
  put(b(s.letter_words == 0));
  put(b(s.ends_terminal));
  put(b(s.ends_colon));
  put(b(s.ends_open && !s.ends_colon));
  put(b(s.label_colon));
  put(b(s.inner_terminal));
  put(b(s.clock));
  put(b(s.copyright));
  put(b(s.markup));
  put(b(s.separators));
  put(b(s.all_caps));
  put(b(s.letter_words > 0 && !s.starts_capital));
  put(b(s.handle));
  put(b(s.bracketed));
  put(b(m.repeats >= 2));
  put(b(m.intrinsic));
  put(b(m.rule_chrome));
  put(b(m.rule_heading));
  put(b(m.blank_before));
  put(b(!next || next->blank_before));
  put(b(prev && prev->words >= 12));
  put(b(next && next->words >= 12));
  put(b(prev && prev->words <= 4));
  put(b(next && next->words <= 4));
  put(b(prev && prev->rule_chrome));
  put(b(next && next->rule_chrome));
  put(b(prev && prev->ends_terminal));
  put(b(s.ends_terminal && s.stop > 0 && s.words >= 4));
  put(b(s.table_row));
  // A heading: a few capitalised words without final punctuation, with prose right after it.
  put(b(s.words >= 2 && s.words <= 10 && s.starts_capital && !s.ends_terminal && !s.ends_open && next &&
        !next->blank_before && next->words >= 8));
}

std::vector<float> stage1_scores(const std::vector<ModelLine>& lines) {
  std::vector<float> z(lines.size(), kNotModelScore);
  float x[kStage1Inputs];
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!lines[k].shape.model) continue;
    stage1_inputs(lines, k, x);
    float sum = 0;
    for (std::size_t i = 0; i < kStage1Inputs; ++i) sum += data::kStage1Weights[i] * x[i];
    z[k] = sum;
  }
  return z;
}

void stage2_inputs(const std::vector<float>& z1, std::size_t k, float* x) {
  x[0] = 1.0f;
  x[1] = z1[k];
  x[2] = k > 0 ? z1[k - 1] : kNotModelScore;
  x[3] = k + 1 < z1.size() ? z1[k + 1] : kNotModelScore;
}

std::vector<float> chrome_probabilities(const std::vector<ModelLine>& lines) {
  const std::vector<float> z1 = stage1_scores(lines);
  std::vector<float> p(lines.size(), 0.0f);
  float x[kStage2Inputs];
  for (std::size_t k = 0; k < lines.size(); ++k) {
    if (!lines[k].shape.model) continue;
    stage2_inputs(z1, k, x);
    float sum = 0;
    for (std::size_t i = 0; i < kStage2Inputs; ++i) sum += data::kStage2Weights[i] * x[i];
    p[k] = sigmoid(sum);
  }
  return p;
}

}  // namespace clio::passages::detail
