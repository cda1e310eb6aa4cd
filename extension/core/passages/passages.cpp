#include "passages/passages.hpp"

namespace clio::passages {

std::vector<Passage> analyze(std::string_view text, Unit unit) {
  const std::vector<LineLabel> lines = classify_lines(text);
  std::vector<std::size_t> forced;
  for (std::size_t k = 1; k < lines.size(); ++k)
    if (lines[k].kind != Kind::text || lines[k - 1].kind != Kind::text) forced.push_back(lines[k].line.begin);
  const std::vector<Span> spans = segment(text, unit, &forced);

  std::vector<Passage> out;
  out.reserve(spans.size());
  std::size_t li = 0;
  for (const Span& sp : spans) {
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
    out.push_back({sp.begin, sp.end, kind});
  }
  return out;
}

std::vector<std::size_t> passage_starts(std::string_view text, Unit unit) {
  std::vector<std::size_t> starts;
  if (unit == Unit::sentence) {
    for (const Passage& p : analyze(text, unit)) starts.push_back(p.begin);
  } else {
    // segment() reads forced breaks only for sentences: these are analyze()'s spans.
    for (const Span& s : segment(text, unit, nullptr)) starts.push_back(s.begin);
  }
  return starts;
}

std::vector<Span> boilerplate_spans(const std::vector<Passage>& passages) {
  std::vector<Span> out;
  bool extend = false;
  for (const Passage& p : passages) {
    if (p.kind != Kind::boilerplate) {
      extend = false;
      continue;
    }
    if (extend) out.back().end = p.end;
    else out.push_back({p.begin, p.end});
    extend = true;
  }
  return out;
}

}  // namespace clio::passages
