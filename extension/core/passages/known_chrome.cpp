// Chrome known from a page's markup: boilerplate mentions per line and boilerplate passages.
#include "passages/known_chrome.hpp"

#include <algorithm>

#include "passages/mention_order.hpp"
#include "passages/segmenter.hpp"

namespace clio::passages {
namespace {

// The known span clipped to the text.
KnownChrome clipped(const KnownChrome& k, std::size_t size) {
  KnownChrome c = k;
  c.end = std::min(c.end, size);
  c.begin = std::min(c.begin, c.end);
  return c;
}

// Calls f(begin, end) for every line of text[begin, end) that holds more than white space,
// trimmed as the line passages are (segmenter.hpp's trim).
template <class F>
void for_each_line(std::string_view text, std::size_t begin, std::size_t end, F&& f) {
  for (std::size_t at = begin; at < end;) {
    std::size_t nl = text.find('\n', at);
    if (nl == std::string_view::npos || nl > end) nl = end;
    const Span line = trim(text, Span{at, nl});
    if (line.begin < line.end) f(line.begin, line.end);
    at = nl + 1;
  }
}

}  // namespace

void add_known_chrome(std::string_view text, const std::vector<KnownChrome>& known, bool want_boilerplate,
                      std::vector<Mention>& mentions) {
  if (known.empty()) return;
  std::vector<KnownChrome> spans;
  spans.reserve(known.size());
  for (const KnownChrome& k : known) spans.push_back(clipped(k, text.size()));
  // Menus: no mention but boilerplate inside.
  std::erase_if(mentions, [&](const Mention& m) {
    if (m.kind == MentionKind::boilerplate) return false;
    return std::any_of(spans.begin(), spans.end(),
                       [&](const KnownChrome& k) { return k.menu && k.begin <= m.begin && m.end <= k.end; });
  });
  if (!want_boilerplate) return;
  // The classifier's boilerplate spans (a page has a few), to leave the lines it found alone.
  std::vector<std::pair<std::size_t, std::size_t>> found;
  for (const Mention& m : mentions)
    if (m.kind == MentionKind::boilerplate) found.emplace_back(m.begin, m.end);
  const std::size_t before = mentions.size();
  for (const KnownChrome& k : spans) {
    for_each_line(text, k.begin, k.end, [&](std::size_t b, std::size_t e) {
      if (std::any_of(found.begin(), found.end(), [&](const auto& f) { return f.first < e && b < f.second; })) return;
      Mention m;
      m.begin = b;
      m.end = e;
      m.kind = MentionKind::boilerplate;
      mentions.push_back(std::move(m));
      found.emplace_back(b, e);  // two known spans over one line give one mention
    });
  }
  if (mentions.size() != before) std::stable_sort(mentions.begin(), mentions.end(), detail::document_order);
}

void mark_known_chrome(std::string_view text, const std::vector<KnownChrome>& known, std::vector<Passage>& passages) {
  if (known.empty()) return;
  for (Passage& p : passages) {
    for (const KnownChrome& raw : known) {
      const KnownChrome k = clipped(raw, text.size());
      if (k.begin <= p.begin && p.end <= k.end) {
        p.kind = Kind::boilerplate;
        break;
      }
    }
  }
}

}  // namespace clio::passages
