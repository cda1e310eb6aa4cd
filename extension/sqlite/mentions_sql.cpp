// Mentions in SQL: what a passage names, and when.
//
//   SELECT * FROM clio_mentions(text [, options])
//       start, length, surface, kind, value, earliest, latest, earliest_jd, latest_jd, score, calendar,
//       passage (the n of clio_passages(text, options) that the mention starts in; options.unit)
//   clio_tei(text [, options])    the text as a TEI fragment: <p>/<s>, <persName ref="#id">,
//       <placeName ref="#id">, <date when=..> or notBefore/notAfter (Gregorian values, the source's
//       wording kept), <term type="topic">, boilerplate in <fw> or dropped ({"boilerplate":"drop"})
//   clio_tags(text [, options])   the distinct tags as a JSON array (SQLite's JSON subtype):
//       [{"kind":"person","value":"lenin"},{"kind":"date","value":"1922-05-25",
//         "earliest":"1922-05-25","latest":"1922-05-25"}, ...]
//
// kinds: person (value = clio_person.id), place (clio_place.id), date (EDTF, with ISO and Julian
// Day bounds, and the calendar the source wrote it in), topic (clio_topic.topic), boilerplate
// (site chrome; value NULL). Persons, places and topics come from the authority tables of
// sql/authority.sql; without them only dates and boilerplate are found. Options: the date options
// (ref, calendar, lang, order) plus "kinds" (see tag_options.hpp).
//
// Flags: both read the authority tables, so they are neither deterministic nor innocuous.
#include <fmt/format.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "dates/edtf.hpp"
#include "passages/mentions.hpp"
#include "passages/passages.hpp"
#include "passages/tei.hpp"
#include "sqlite/connection_state.hpp"
#include "sqlite/glue.hpp"
#include "sqlite/table_function.hpp"
#include "sqlite/text_rows.hpp"
#include "sqlite/tag_options.hpp"
#include "text/json.hpp"
#include "text/utf8.hpp"

namespace clio::sql {
namespace {

std::vector<passages::Mention> find_mentions(ConnectionState& conn, const char* function, std::string_view text,
                                             const TagOptions& opts, StampReader* reader = nullptr,
                                             std::vector<passages::Span>* chrome = nullptr) {
  passages::TagOptions tag;
  tag.dates = opts.dates;
  tag.kinds = opts.kinds;
  passages::MentionTagger& tagger = conn.tagger(function, opts.kinds, reader);
  std::vector<passages::Mention> found = tagger.tag(text, tag);
  if (chrome) *chrome = tagger.last_chrome();
  const bool want_boilerplate = (opts.kinds & passages::kind_bit(passages::MentionKind::boilerplate)) != 0;
  passages::add_known_chrome(text, known_chrome(text, opts), want_boilerplate, found);
  return found;
}

// The mentions with their character offsets. Mentions are sorted by begin but may nest or
// overlap (a date inside a topic phrase, a person inside boilerplate-free text next to a place),
// so their ends go back and forth; text::CharOffsets only walks forward (a step back restarts at the
// beginning of the text: quadratic, 54 s for 80,000 overlapping mentions in 1 MB). The ends are
// therefore sorted (they usually are already) and merged with the begins into one forward pass.
// 1-based character start and length, as substr() counts them.
struct CharSpan {
  std::size_t start, length;
};

// The character spans of the mentions, in their order (the mentions stay where they are: moving
// ~190,000 of them, two strings each, per 10 MB showed in profiles).
std::vector<CharSpan> char_spans(std::string_view text, const std::vector<passages::Mention>& found) {
  std::vector<std::pair<std::size_t, std::size_t>> ends(found.size());  // (byte, mention)
  for (std::size_t i = 0; i < found.size(); ++i) ends[i] = {found[i].end, i};
  if (!std::is_sorted(ends.begin(), ends.end())) std::sort(ends.begin(), ends.end());
  std::vector<CharSpan> spans(found.size());
  text::CharOffsets offsets(text);
  std::size_t e = 0;
  auto ends_upto = [&](std::size_t byte) {
    for (; e < ends.size() && ends[e].first <= byte; ++e) spans[ends[e].second].length = offsets.position(ends[e].first);
  };
  for (std::size_t i = 0; i < found.size(); ++i) {
    ends_upto(found[i].begin);
    spans[i].start = offsets.position(found[i].begin);
  }
  ends_upto(SIZE_MAX);
  for (CharSpan& c : spans) c.length -= c.start;  // held the end's position until here
  return spans;
}

struct MentionsTable {
  static constexpr const char* kName = "clio_mentions";
  static constexpr const char* kSchema =
      "CREATE TABLE x(start INTEGER, length INTEGER, surface TEXT, kind TEXT, value TEXT, earliest TEXT, latest TEXT,"
      " earliest_jd INTEGER, latest_jd INTEGER, score REAL, calendar TEXT, passage INTEGER, source HIDDEN,"
      " options HIDDEN)";
  enum Column { kStart, kLength, kSurface, kKind, kValue, kEarliest, kLatest, kEarliestJd, kLatestJd, kScore,
                kCalendar, kPassage };
  static constexpr int kFirstArgColumn = 12;
  static constexpr int kArgCount = 2;
  static constexpr int kRequiredArgs = 1;
  static constexpr const char* kUsage = "SELECT * FROM clio_mentions(text [, options])";
  static constexpr bool kInnocuous = false;  // reads the authority tables

  struct Cursor {
    std::string_view text;
    std::vector<passages::Mention> mentions;
    std::vector<CharSpan> spans;
    std::size_t at = 0;
    passages::Unit unit = passages::Unit::sentence;
    // The passage starts of `unit`, found on the first request of the passage column (a query
    // that does not read it does not pay for the segmentation).
    mutable std::optional<std::vector<std::size_t>> starts;
    std::vector<passages::Span> chrome;  // the text's boilerplate spans: where paragraphs are cut

    // `stamp` keeps the statement that reads the authority stamp, which every filter (every
    // source of a fill) reads: prepared once per SQL statement.
    void filter(ConnectionState& conn, sqlite3_value* const* args, StampReader& stamp) {
      text = *value_text(args[0], kName, "text");
      const TagOptions opts = read_tag_options(kName, args[1]);
      unit = opts.unit;
      starts.reset();
      mentions = find_mentions(conn, kName, text, opts, &stamp, &chrome);
      spans = char_spans(text, mentions);
    }
    // The n of the passage (clio_passages with the same unit) that the mention starts in: the
    // last passage starting at or before it.
    void passage(sqlite3_context* ctx, std::size_t begin) const {
      if (!starts) starts = passages::passage_starts(text, unit, &chrome);
      const auto n = static_cast<std::size_t>(std::upper_bound(starts->begin(), starts->end(), begin) - starts->begin());
      if (n > 0) sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(n));
    }
    bool eof() const { return at >= mentions.size(); }
    void next() { ++at; }
    void column(sqlite3_context* ctx, int col) const {
      const CharSpan& r = spans[at];
      const passages::Mention& m = mentions[at];
      auto day = [&](bool earliest, bool iso) {
        if (m.date) set_day(ctx, earliest ? m.date->earliest : m.date->latest, iso);
      };
      switch (col) {
        case kStart: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(r.start)); break;
        case kLength: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(r.length)); break;
        case kSurface: set_text(ctx, text.substr(m.begin, m.end - m.begin)); break;
        case kKind: set_static_text(ctx, passages::mention_kind_name(m.kind)); break;
        case kValue:  // NULL for boilerplate and for an unlinked person
          if (m.kind != passages::MentionKind::boilerplate && !(m.kind == passages::MentionKind::person && m.value.empty()))
            set_text(ctx, m.value);
          break;
        case kEarliest: day(true, true); break;
        case kLatest: day(false, true); break;
        case kEarliestJd: day(true, false); break;
        case kLatestJd: day(false, false); break;
        case kScore: sqlite3_result_double(ctx, m.score); break;
        case kCalendar:
          if (m.date) set_static_text(ctx, m.date->calendar == dates::Calendar::julian ? "julian" : "gregorian");
          break;
        case kPassage: passage(ctx, m.begin); break;
        default: break;
      }
    }
  };
};

void tags(const Call& call) {
  const auto text = call.text(0, "text");
  if (!text) return;
  const TagOptions opts = read_tag_options(call.name(), call.value(1));
  const auto found = find_mentions(call.connection(), call.name(), text::sanitize_utf8(*text), opts);
  std::set<std::pair<passages::MentionKind, std::string>> seen;
  std::string json = "[";
  for (const auto& m : found) {
    if (!seen.emplace(m.kind, m.value).second) continue;
    if (json.size() > 1) json.push_back(',');
    json += "{\"kind\":";
    text::append_json_string(json, passages::mention_kind_name(m.kind));
    if (m.kind != passages::MentionKind::boilerplate) {
      json += ",\"value\":";
      if (m.kind == passages::MentionKind::person && m.value.empty()) json += "null";
      else text::append_json_string(json, m.value);
    }
    if (m.date && !dates::is_open_or_unknown(m.date->earliest) && !dates::is_open_or_unknown(m.date->latest)) {
      json += fmt::format(",\"earliest\":\"{}\",\"latest\":\"{}\"", dates::iso_day(m.date->earliest),
                          dates::iso_day(m.date->latest));
    }
    json.push_back('}');
  }
  json.push_back(']');
  call.result_json(json);
}

void tei(const Call& call) {
  const auto text = call.text(0, "text");
  if (!text) return;
  const TagOptions opts = read_tag_options(call.name(), call.value(1));
  const auto found = find_mentions(call.connection(), call.name(), *text, opts);
  passages::TeiOptions tei_opts;
  tei_opts.unit = opts.unit;
  tei_opts.drop_boilerplate = opts.drop_boilerplate;
  call.result_text(passages::to_tei(*text, passages::analyze(*text, opts.unit), found, tei_opts));
}

constexpr FunctionSpec kFunctions[] = {
    {"clio_tags", 1, 2, 0, tags},
    {"clio_tei", 1, 2, 0, tei},
};

const ModuleSpec kModules[] = {
    {MentionsTable::kName, TableFunction<MentionsTable>::module()},
};

}  // namespace

std::span<const FunctionSpec> mention_functions() { return kFunctions; }
std::span<const ModuleSpec> mention_modules() { return kModules; }

}  // namespace clio::sql
