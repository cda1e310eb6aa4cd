// The options of the passage functions (clio_passages, clio_mentions, clio_tags, clio_tei): every
// date option (ref, calendar, lang, order) plus
//   "unit":  "sentence" (default) | "paragraph" | "line"       how clio_passages splits
//   "kinds": ["person", "date", "place", "topic", "boilerplate"] or "person,date"   what to tag
//   "boilerplate": "keep" (default) | "drop"                  clio_tei: <fw> elements or nothing
//   "chrome": [[start, length, why], ...]                     chrome known from the page's markup
//            (start and length in characters as substr() counts them; why as `clio import`
//            writes it: nav, header, footer, aside, link-dense, role=...; the rows of
//            source_chrome): its lines are boilerplate (passages/known_chrome.hpp)
// All passage functions accept the same keys, so one json_object(...) can serve a whole pipeline.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dates/date_parser.hpp"
#include "passages/known_chrome.hpp"
#include "passages/segmenter.hpp"
#include "sqlite/sqlite_api.hpp"

namespace clio::sql {

inline constexpr unsigned kAllKinds = 0x1F;  // one bit per passages::MentionKind

struct TagOptions {
  dates::ParseOptions dates;
  passages::Unit unit = passages::Unit::sentence;
  unsigned kinds = kAllKinds;
  bool drop_boilerplate = false;
  struct Chrome {
    std::size_t start = 0, length = 0;  // characters, 1-based start
    bool menu = false;                  // why = nav or role=navigation
  };
  std::vector<Chrome> chrome;
};

TagOptions read_tag_options(const char* function, sqlite3_value* v);

// The "chrome" option's spans as byte offsets into `text`.
std::vector<passages::KnownChrome> known_chrome(std::string_view text, const TagOptions& opts);

}  // namespace clio::sql
