#include "passages/passages.hpp"

#include "passages/phrase_filter.hpp"

namespace clio::passages {

namespace {

// Whether a blank line lies between two lines' contents (the gap holds two line breaks; "\r\n"
// is one).
bool blank_line_between(std::string_view text, std::size_t from, std::size_t to) {
  int breaks = 0;
  for (std::size_t i = from; i < to; ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= to || text[i + 1] != '\n'))) {
      if (++breaks == 2) return true;
    }
  }
  return false;
}

bool has_line_break(std::string_view text, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to && i < text.size(); ++i)
    if (text[i] == '\n' || text[i] == '\r') return true;
  return false;
}

// The lines of a chrome span that runs over a line break, each judged on its own words
// (classify_span): calls emit(piece, kind) for each non-empty trimmed line in order.
template <class Emit>
void line_pieces(std::string_view text, Span span, Emit emit) {
  for (std::size_t b = span.begin; b < span.end;) {
    std::size_t e = b;
    while (e < span.end && text[e] != '\n' && text[e] != '\r') ++e;
    const Span piece = trim(text, {b, e});
    if (piece.end > piece.begin) emit(piece, classify_span(text, piece));
    b = e + 1;
  }
}

// Adds passages in text order and merges consecutive boilerplate ones of the same line, as
// boilerplate_spans does with analyze()'s list: one span per chrome line (its sentences
// together, "© 2016. The Times. All rights reserved."), never one across lines, so that a run of
// chrome lines (a menu, a comment's buttons) gives one mention per line. A chrome sentence that
// runs over a line break (a credit without final punctuation, then the next line) is cut into its
// lines, and each line is judged on its own words: "| Photo: A. Lens" stays chrome, the heading
// under it does not (a phrase broken over two lines is lost: prose is the safer side).
class ChromeSpans {
 public:
  // judge_lines: cut a chrome span over a line break into its lines and judge each (the
  // sentences of text lines); otherwise a span is taken as it is (analyze()'s passages, already
  // cut so; a paragraph passage that groups a run of chrome lines).
  explicit ChromeSpans(std::string_view text, bool judge_lines) : text_(text), judge_lines_(judge_lines) {}
  void add(Kind kind, Span span) {
    if (kind != Kind::boilerplate) {
      extend_ = false;
      return;
    }
    if (!judge_lines_ || !has_line_break(text_, span.begin, span.end)) {
      add_line_piece(span);
      return;
    }
    line_pieces(text_, span, [&](Span piece, Kind kind) {
      if (kind == Kind::boilerplate) add_line_piece(piece);
      else extend_ = false;
    });
  }
  std::vector<Span> take() { return std::move(spans_); }

 private:
  void add_line_piece(Span span) {
    if (extend_ && !has_line_break(text_, spans_.back().end, span.begin)) spans_.back().end = span.end;
    else spans_.push_back(span);
    extend_ = true;
  }
  std::string_view text_;
  bool judge_lines_;
  std::vector<Span> spans_;
  bool extend_ = false;
};

// boilerplate_spans(text) from the text's line labels.
std::vector<Span> chrome_spans(std::string_view text, const std::vector<LineLabel>& lines) {
  ChromeSpans chrome(text, true);
  for (std::size_t k = 0; k < lines.size();) {
    if (lines[k].kind != Kind::text) {
      // analyze() breaks passages before and after such a line, and every sentence in it takes
      // the line's kind: together they cover the line.
      chrome.add(lines[k].kind, lines[k].line);
      ++k;
      continue;
    }
    // A paragraph of text lines: passage breaks on both sides, none forced inside.
    std::size_t e = k + 1;
    while (e < lines.size() && lines[e].kind == Kind::text &&
           !blank_line_between(text, lines[e - 1].line.end, lines[e].line.begin))
      ++e;
    const Span paragraph{lines[k].line.begin, lines[e - 1].line.end};
    if (no_sentence_can_be_boilerplate(text, paragraph)) {
      chrome.add(Kind::text, paragraph);
    } else {
      for (const Span& sentence : segment_region(text, paragraph)) chrome.add(classify_span(text, sentence), sentence);
    }
    k = e;
  }
  return chrome.take();
}

// Cuts paragraphs where boilerplate spans begin and end, so that chrome inside a paragraph (a web
// page flattened to one line, a running head between two lines of a paragraph) is a passage of its
// own and does not make the whole paragraph one passage with the article around it. Calls
// emit(piece, is_chrome) for every non-empty, trimmed piece in text order. Chrome spans with
// nothing but white space between them (a run of chrome lines) make one piece.
template <class Emit>
void cut_at_chrome(std::string_view text, const std::vector<Span>& paragraphs, const std::vector<Span>& lines_chrome,
                   Emit emit) {
  std::vector<Span> chrome;
  chrome.reserve(lines_chrome.size());
  for (const Span& c : lines_chrome) {
    const Span gap = chrome.empty() ? Span{} : trim(text, {chrome.back().end, c.begin});
    if (!chrome.empty() && gap.begin >= gap.end) chrome.back().end = c.end;
    else chrome.push_back(c);
  }
  std::size_t ci = 0;
  auto piece = [&](std::size_t b, std::size_t e, bool is_chrome) {
    const Span t = trim(text, {b, e});
    if (t.end > t.begin) emit(t, is_chrome);
  };
  for (const Span& p : paragraphs) {
    while (ci < chrome.size() && chrome[ci].end <= p.begin) ++ci;
    std::size_t pos = p.begin;
    for (std::size_t c = ci; c < chrome.size() && chrome[c].begin < p.end; ++c) {
      const std::size_t b = std::max(chrome[c].begin, p.begin), e = std::min(chrome[c].end, p.end);
      piece(pos, b, false);
      piece(b, e, true);
      pos = e;
    }
    piece(pos, p.end, false);
  }
}

}  // namespace

std::vector<Passage> analyze(std::string_view text, Unit unit) {
  const std::vector<LineLabel> lines = classify_lines(text);
  std::vector<std::size_t> forced;
  for (std::size_t k = 1; k < lines.size(); ++k)
    if (lines[k].kind != Kind::text || lines[k - 1].kind != Kind::text) forced.push_back(lines[k].line.begin);
  std::vector<Span> spans = segment(text, unit, &forced);
  std::vector<Span> chrome_pieces;  // paragraph unit: the pieces that are boilerplate spans
  if (unit == Unit::paragraph) {
    const std::vector<Span> chrome = chrome_spans(text, lines);
    std::vector<Span> pieces;
    cut_at_chrome(text, spans, chrome, [&](Span piece, bool is_chrome) {
      pieces.push_back(piece);
      if (is_chrome) chrome_pieces.push_back(piece);
    });
    spans = std::move(pieces);
  }

  std::vector<Passage> out;
  out.reserve(spans.size());
  std::size_t li = 0, ci = 0;
  for (const Span& sp : spans) {
    if (ci < chrome_pieces.size() && chrome_pieces[ci] == sp) {
      out.push_back({sp.begin, sp.end, Kind::boilerplate});
      ++ci;
      continue;
    }
    while (li < lines.size() && lines[li].line.end <= sp.begin) ++li;
    std::size_t bytes[3] = {0, 0, 0};
    for (std::size_t k = li; k < lines.size() && lines[k].line.begin < sp.end; ++k) {
      const std::size_t b = std::max(sp.begin, lines[k].line.begin);
      const std::size_t e = std::min(sp.end, lines[k].line.end);
      if (e > b) bytes[static_cast<int>(lines[k].kind)] += e - b;
    }
    const std::size_t text_bytes = bytes[static_cast<int>(Kind::text)];
    const std::size_t chrome = bytes[static_cast<int>(Kind::boilerplate)];
    const std::size_t heading = bytes[static_cast<int>(Kind::heading)];
    Kind kind;
    if (unit == Unit::paragraph) {
      if (text_bytes >= chrome && text_bytes >= heading) kind = Kind::text;
      else kind = chrome >= heading ? Kind::boilerplate : Kind::heading;
    } else if (text_bytes > 0) {
      kind = Kind::text;
    } else {
      kind = chrome > 0 ? Kind::boilerplate : Kind::heading;
    }
    if (kind == Kind::text) kind = classify_span(text, sp);
    if (kind == Kind::boilerplate && unit != Unit::paragraph) {
      // As boilerplate_spans cuts it: a chrome sentence over a line break is cut into its lines,
      // each of its own kind.
      if (has_line_break(text, sp.begin, sp.end)) {
        line_pieces(text, sp, [&](Span piece, Kind k) { out.push_back({piece.begin, piece.end, k}); });
        continue;
      }
    }
    out.push_back({sp.begin, sp.end, kind});
  }
  return out;
}

std::vector<std::size_t> passage_starts(std::string_view text, Unit unit, const std::vector<Span>* chrome) {
  std::vector<std::size_t> starts;
  if (unit == Unit::sentence) {
    for (const Passage& p : analyze(text, unit)) starts.push_back(p.begin);
  } else if (unit == Unit::paragraph) {
    // segment() reads forced breaks only for sentences; analyze() then cuts at the chrome.
    std::vector<Span> own;
    if (!chrome) own = boilerplate_spans(text);
    cut_at_chrome(text, segment(text, unit, nullptr), chrome ? *chrome : own,
                  [&](Span piece, bool) { starts.push_back(piece.begin); });
  } else {
    for (const Span& s : segment(text, unit, nullptr)) starts.push_back(s.begin);
  }
  return starts;
}


std::vector<Span> boilerplate_spans(std::string_view text, const std::vector<Passage>& passages) {
  ChromeSpans chrome(text, false);
  for (const Passage& p : passages) chrome.add(p.kind, {p.begin, p.end});
  return chrome.take();
}

Span without_edge_bars(std::string_view text, Span span) {
  auto letter_or_digit_after = [&](std::size_t from) {
    for (std::size_t i = from; i < span.end; ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
    }
    return false;
  };
  // A leading run of bars and stray punctuation (". | Photo: ..." under an empty caption).
  std::size_t i = span.begin;
  bool bar = false;
  for (; i < span.end; ++i) {
    const char c = text[i];
    if (c == '|') bar = true;
    else if (c != ' ' && c != '\t' && c != '.' && c != ',' && c != ';') break;
  }
  if (bar && i > span.begin + 1 && (text[i - 1] == ' ' || text[i - 1] == '\t') && letter_or_digit_after(i))
    span = trim(text, {i, span.end});
  if (span.end - span.begin >= 3 && text[span.end - 1] == '|' && (text[span.end - 2] == ' ' || text[span.end - 2] == '\t')) {
    const Span inner = trim(text, {span.begin, span.end - 1});
    if (inner.end > inner.begin && letter_or_digit_after(inner.begin) && text.substr(inner.begin, inner.end - inner.begin).find('|') == std::string_view::npos)
      span = inner;
  }
  return span;
}

std::vector<Span> boilerplate_spans(std::string_view text) { return chrome_spans(text, classify_lines(text)); }

}  // namespace clio::passages
