// Chrome known from outside the text: the blocks of a web page that its markup calls navigation,
// banner, footer or aside, or that are mostly links, as `clio import` records them in the
// `source_chrome` table. The text classifier (boilerplate.hpp) sees only the words; the markup
// says more, and a site title or a menu of country names looks like prose to the words alone.
//
//   add_known_chrome(text, known, mentions)  one `boilerplate` mention per non-blank line of a
//       known span (trimmed, as clio_passages {"unit":"line"} cuts it) that no boilerplate
//       mention of the classifier overlaps already; inside a navigation block (a menu) no other
//       mention is kept: its words are the site's links, not the source's ("Russia", "Europe").
//       In other known chrome (a footer, an aside, a link list) the words are read as in any
//       chrome line: a credit names a person, a caption a place (mentions.hpp).
//   mark_known_chrome(known, passages)  a passage that lies wholly inside a known span is
//       `boilerplate`.
#pragma once

#include <string_view>
#include <vector>

#include "passages/mentions.hpp"
#include "passages/passages.hpp"

namespace clio::passages {

struct KnownChrome {
  std::size_t begin = 0, end = 0;  // byte offsets into the text
  bool menu = false;               // a navigation block: no mention but boilerplate inside
};

// Both keep `mentions` / `passages` in document order. Spans outside the text are clipped.
void add_known_chrome(std::string_view text, const std::vector<KnownChrome>& known, bool want_boilerplate,
                      std::vector<Mention>& mentions);
void mark_known_chrome(std::string_view text, const std::vector<KnownChrome>& known, std::vector<Passage>& passages);

}  // namespace clio::passages
