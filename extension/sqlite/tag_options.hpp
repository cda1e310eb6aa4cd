// The options of the passage functions (clio_passages, clio_mentions, clio_tags, clio_tei): every
// date option (ref, calendar, lang, order) plus
//   "unit":  "sentence" (default) | "paragraph" | "line"       how clio_passages splits
//   "kinds": ["person", "date", "place", "topic", "boilerplate"] or "person,date"   what to tag
//   "boilerplate": "keep" (default) | "drop"                  clio_tei: <fw> elements or nothing
// All passage functions accept the same keys, so one json_object(...) can serve a whole pipeline.
#pragma once

#include <string_view>

#include "dates/date_parser.hpp"
#include "passages/segmenter.hpp"
#include "sqlite/sqlite_api.hpp"

namespace clio::sql {

inline constexpr unsigned kAllKinds = 0x1F;  // one bit per passages::MentionKind

struct TagOptions {
  dates::ParseOptions dates;
  passages::Unit unit = passages::Unit::sentence;
  unsigned kinds = kAllKinds;
  bool drop_boilerplate = false;
};

TagOptions read_tag_options(const char* function, sqlite3_value* v);

}  // namespace clio::sql
