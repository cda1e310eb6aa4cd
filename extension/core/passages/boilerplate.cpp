#include "passages/boilerplate.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>

#include "passages/phrase_filter.hpp"
#include "passages/phrase_matcher.hpp"
#include "passages/span_features.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace clio::passages {
namespace {

using namespace detail;

constexpr std::size_t kRepetitionCap = 1'000'000;

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

// Whether a sentence reads as the source's prose: six words or more, finished, and no chrome of
// its own.
constexpr std::size_t kProseSentenceWords = 6;
bool prose_sentence(std::string_view s, Span sentence) {
  thread_local Features f;
  features(s, sentence, f, false);
  return f.words >= kProseSentenceWords && f.ends_terminal && !intrinsic_boilerplate(s, sentence, f);
}

// A line judged on its own content. A short line with a phrase, a copyright sign or markup is
// chrome, unless it also holds a sentence of prose: a short page flattened to one line ("The Duma
// met in May 1906 and was dissolved in July by the tsar. Share. Tweet.") stays text, and its
// sentences are judged one by one, as those of longer lines are.
bool intrinsic_line(std::string_view s, Span line, Features& f) {
  if (!intrinsic_boilerplate(s, line, f)) return false;
  if (!f.inner_terminal) return true;  // one sentence: the line is judged whole
  for (const Span& sentence : segment_region(s, line))
    if (prose_sentence(s, sentence)) return false;
  return true;
}

// The counter of a gallery, a pager or a book reader: one or two words, a number, a short
// lower-case connector (of, von, sur, из, z) or a slash, a number no smaller: "Photo 3 of 24",
// "Bild 2 von 9", "Снимок 4 из 12", "Slide 4 / 9". The shape, not the words, so in any language.
// A date or a fact has no such shape ("Died 1837 at 38": the second number is the smaller).
bool counter_line(std::string_view s, Span line, const Features& f) {
  if (f.words < 3 || f.words > 5 || f.word_list.size() != f.words || f.ends_terminal) return false;
  const auto& w = f.word_list;
  auto number = [&](const Word& x, unsigned& v) {
    if (x.has(Word::kHasLetter) || x.size() > 4) return false;
    v = 0;
    for (std::size_t i = x.begin; i < x.end; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + static_cast<unsigned>(s[i] - '0');
    }
    return true;
  };
  const std::size_t n = w.size();
  unsigned a = 0, b = 0;
  if (!number(w[n - 1], b)) return false;
  std::size_t lead;
  if (number(w[n - 2], a)) {  // "Slide 4 / 9": a slash between the numbers
    const std::string_view gap = s.substr(w[n - 2].end, w[n - 1].begin - w[n - 2].end);
    if (gap.find('/') == std::string_view::npos) return false;
    lead = n - 2;
  } else {
    const Word& c = w[n - 2];
    if (!c.has(Word::kHasLetter) || c.has(Word::kCapitalized) || c.has(Word::kHasDigit) || c.size() > 4 || n < 4 ||
        !number(w[n - 3], a))
      return false;
    lead = n - 3;
  }
  if (lead < 1 || lead > 2 || a < 1 || a > b) return false;
  for (std::size_t i = 0; i < lead; ++i)
    if (!w[i].has(Word::kHasLetter) || w[i].has(Word::kHasDigit)) return false;
  return line.end > line.begin;
}

// A line that starts with a user handle ("@name", "u/name", "r/forum") and holds nothing else
// but a number or a time stamp: the header of a post or of a forum. A reply that says something
// ("@anna thanks, I found the letter") has more words without digits, and stays.
bool handle_line(std::string_view s, Span line, const Features& f) {
  if (f.words == 0 || f.words > 6 || f.word_list.size() != f.words || f.inner_terminal) return false;
  const std::string_view t = s.substr(line.begin, line.end - line.begin);
  std::size_t body;
  if (t.size() >= 2 && t[0] == '@') body = 1;
  else if (t.size() >= 3 && (t[0] == 'u' || t[0] == 'r') && t[1] == '/') body = 2;
  else return false;
  const auto c = static_cast<unsigned char>(t[body]);
  if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9') && c < 0x80) return false;
  // The words after the handle (a handle may count as two words: "r", "history").
  std::size_t end = t.find_first_of(" \t");
  if (end == std::string_view::npos) return true;
  end += line.begin;
  bool after = false;
  for (const Word& w : f.word_list) {
    if (w.begin < end) continue;
    after = true;
    if (w.has(Word::kHasDigit)) return true;
  }
  return !after;
}

// A caption with its credit: "The Winter Palace in 1905 \u00A9 State Archive". The line is the
// caption (text: its places and dates are the source's), and only the credit from the sign on is
// chrome (inline_chrome_spans finds it). Not so when the words before the sign are chrome
// themselves ("Copyright \u00A9 2019", "All rights reserved \u00A9 ...") or have no letters
// ("2019 \u00A9 The Times"), or when the credit is long or holds a sentence.
constexpr std::size_t kCreditMaxWords = 6;
bool caption_with_credit(std::string_view s, Span line) {
  const std::string_view t = s.substr(line.begin, line.end - line.begin);
  const std::size_t sign = t.find("\xC2\xA9");
  if (sign == std::string_view::npos || sign == 0 || t.find("\xC2\xA9", sign + 2) != std::string_view::npos) return false;
  const Span head = trim(s, {line.begin, line.begin + sign});
  if (head.begin >= head.end) return false;
  thread_local Features f;
  features(s, head, f, false);
  if (f.letter_words == 0 || intrinsic_boilerplate(s, head, f)) return false;
  features(s, {line.begin + sign, line.end}, f, false);
  if (f.words > kCreditMaxWords) return false;
  // No sentence ends inside the credit ("\u00A9 The Times. All rights reserved"); an abbreviation
  // does ("\u00A9 Coll. privée"): a lower-case word follows it.
  for (std::size_t i = line.begin + sign; i + 2 < line.end; ++i)
    if ((s[i] == '.' || s[i] == '!' || s[i] == '?') && s[i + 1] == ' ') {
      const auto c = static_cast<unsigned char>(s[i + 2]);
      if (!(c >= 'a' && c <= 'z') && !(c >= 0x80 && clio::text::is_lower_char(clio::text::next_char(s, i + 2).cp))) return false;
    }
  return true;
}

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
  if (!intrinsic_boilerplate(text, span, f)) return Kind::text;
  const bool copyright = f.copyright;  // (caption_with_credit reuses the thread's scratch)
  return copyright && caption_with_credit(text, span) ? Kind::text : Kind::boilerplate;
}

std::vector<LineLabel> classify_lines(std::string_view text, std::vector<ModelLine>* model_out) {
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
  std::vector<ModelLine> model;  // the same lines as the line model reads them
  std::unordered_map<std::uint64_t, std::uint32_t> same_line;  // exact repetition of short lines
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
    lines.push_back({t, facts, blank, intrinsic_line(text, t, g) || counter_line(text, t, g) || handle_line(text, t, g)});
    ModelLine ml;
    line_shape(text, t, g, ml.shape);
    ml.words = facts.words;
    ml.blank_before = blank;
    ml.ends_terminal = g.ends_terminal;
    ml.intrinsic = lines.back().intrinsic;
    if (ml.shape.model && same_line.size() < kRepetitionCap) ++same_line[ml.shape.hash];
    model.push_back(ml);
    blank = false;
  }
  auto repeat_count = [&](const Line& l) -> std::uint32_t {
    if (!l.f.has_rep) return 0;
    auto it = repeats.find(l.f.rep_hash);
    return it == repeats.end() ? 0 : it->second;
  };

  const std::size_t n = lines.size();
  std::vector<LineLabel> out(n);
  // A line's characters, counted when a rule first compares them (features() leaves them
  // uncounted): most lines are never compared.
  constexpr std::uint32_t kUncounted = 0xFFFFFFFFu;
  auto chars = [&](std::size_t k) {
    Line& l = lines[k];
    if (l.f.chars == kUncounted)
      l.f.chars = static_cast<std::uint32_t>(
          std::min<std::size_t>(clio::text::char_count(text.substr(l.span.begin, l.span.end - l.span.begin)), kUncounted));
    return l.f.chars;
  };
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
    } else if (!f.ends_terminal && f.separators >= 1 && !model[k].shape.table_row &&
               ((f.words <= 10 && f.separators >= 2 && f.separators + 1 >= f.words / 2) ||
                f.words <= 4 ||
                (f.words <= 40 && f.separators >= 2 && (f.separators + 1) * 6 >= f.words))) {
      // "Home | News | History", "Sign in | Subscribe", and lines of link titles or byline
      // items ("By A. Writer · Updated 3 March 2017 · 6 min read"): prose has no such separators.
      // A row of a flattened table with words in its cells ("Born | 1814, Moryntsi |", an
      // infobox's facts) is content, not a menu.
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
      const bool much_shorter = prev && next && !next->blank_before && std::uint64_t{chars(k)} * 2 < chars(k + 1) &&
                                std::uint64_t{chars(k)} * 2 < chars(k - 1);
      const bool apart_before = l.blank_before || !prev || out[k - 1].kind != Kind::text ||
                                (prev->f.ends_terminal && (much_shorter || f.all_caps));
      const bool next_ok = !next || next->blank_before || next->f.starts_capital;
      const bool not_wrapped =
          !next || next->blank_before || f.all_caps || std::uint64_t{chars(k)} * 10 < std::uint64_t{chars(k + 1)} * 7;
      if (apart_before && next_ok && not_wrapped && f.letter_words > 0) kind = Kind::heading;
    }
    out[k] = {l.span, kind};
  }
  // The line model reads the rules' verdicts with the shapes of each short line and its
  // neighbours, and decides short lines (see the thresholds in line_model.hpp).
  for (std::size_t k = 0; k < n; ++k) {
    ModelLine& m = model[k];
    m.rule_chrome = out[k].kind == Kind::boilerplate;
    m.rule_heading = out[k].kind == Kind::heading;
    if (m.shape.model) {
      auto it = same_line.find(m.shape.hash);
      m.repeats = it == same_line.end() ? 0 : it->second;
    }
  }
  const std::vector<float> p = chrome_probabilities(model);
  for (std::size_t k = 0; k < n; ++k) {
    if (!model[k].shape.model) continue;
    Kind& kind = out[k].kind;
    if (kind == Kind::boilerplate) {
      if (p[k] < data::kChromeToText) kind = Kind::text;
    } else if (p[k] >= (kind == Kind::heading ? data::kHeadingToChrome : data::kTextToChrome)) {
      kind = Kind::boilerplate;
    }
  }
  for (std::size_t k = 0; k < n; ++k)
    if (out[k].kind == Kind::boilerplate && model[k].shape.copyright && caption_with_credit(text, out[k].line))
      out[k].kind = Kind::text;
  if (model_out) *model_out = std::move(model);
  return out;
}

}  // namespace clio::passages
