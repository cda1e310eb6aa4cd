// Historical dates in SQL.
//
//   clio_date(text [, options])            EDTF of the first date expression, or NULL
//   clio_date_earliest(text [, options])   its first possible day, ISO 'YYYY-MM-DD' (proleptic
//   clio_date_latest(text [, options])     Gregorian, astronomical years: 44 BC = '-0043'); last day
//   clio_date_earliest_jd / _latest_jd     the same days as Julian Day Numbers (integers sort
//                                          correctly across eras; ISO text with '-' does not)
//   clio_edtf_valid(edtf)                  1 / 0
//   clio_edtf_earliest(edtf), clio_edtf_latest(edtf)   ISO days; NULL for open or unknown ends
//   SELECT * FROM clio_dates(text [, options])        every date expression in running text; a day
//                                          or month that nothing anchors (no ref, no date before it)
//                                          is a row with an unspecified year ("XXXX-11-09") and NULL days
//
// options: a JSON object {"ref", "calendar", "lang", "order"} (see dates/date_parser.hpp and the
// README); "lang" may also name one of the ICU languages of dates/date_icu_names.hpp ("es", "pl"). Flags: all of these depend on their arguments alone, so they are DETERMINISTIC and
// INNOCUOUS and may be used in indexes and generated columns. Results are pinned to clio's
// version: a newer clio may read an expression better, so rebuild such indexes after upgrading.
//
// NULL text gives NULL (no rows); a blob is an error; bad options are an error naming the key.
#include <fmt/format.h>

#include <vector>

#include "dates/date_parser.hpp"
#include "dates/edtf.hpp"
#include "sqlite/date_options.hpp"
#include "sqlite/glue.hpp"
#include "sqlite/table_function.hpp"
#include "sqlite/text_rows.hpp"
#include "text/char_positions.hpp"

namespace clio::sql {
namespace {

constexpr int kPure = SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;

std::optional<dates::DateValue> parse_call(const Call& call) {
  const auto text = call.text(0, "text");
  if (!text) return std::nullopt;
  return dates::parse_date(*text, cached_date_options(call, 1));
}

void date_edtf(const Call& call) {
  if (auto v = parse_call(call)) call.result_text(v->edtf);
}

void result_iso(const Call& call, dates::Jdn day) { set_day(call.context(), day, true); }
void result_jd(const Call& call, dates::Jdn day) { set_day(call.context(), day, false); }

void date_earliest(const Call& call) {
  if (auto v = parse_call(call)) result_iso(call, v->earliest);
}
void date_latest(const Call& call) {
  if (auto v = parse_call(call)) result_iso(call, v->latest);
}
void date_earliest_jd(const Call& call) {
  if (auto v = parse_call(call)) result_jd(call, v->earliest);
}
void date_latest_jd(const Call& call) {
  if (auto v = parse_call(call)) result_jd(call, v->latest);
}

std::optional<dates::DateValue> parse_edtf_call(const Call& call) {
  const auto text = call.text(0, "edtf");
  if (!text) return std::nullopt;
  return dates::parse_edtf(*text);
}

void edtf_valid(const Call& call) {
  if (const auto text = call.text(0, "edtf")) call.result_int(dates::is_valid_edtf(*text) ? 1 : 0);
}
void edtf_earliest(const Call& call) {
  if (auto v = parse_edtf_call(call)) result_iso(call, v->earliest);
}
void edtf_latest(const Call& call) {
  if (auto v = parse_edtf_call(call)) result_iso(call, v->latest);
}

constexpr FunctionSpec kFunctions[] = {
    {"clio_date", 1, 2, kPure, date_edtf},
    {"clio_date_earliest", 1, 2, kPure, date_earliest},
    {"clio_date_latest", 1, 2, kPure, date_latest},
    {"clio_date_earliest_jd", 1, 2, kPure, date_earliest_jd},
    {"clio_date_latest_jd", 1, 2, kPure, date_latest_jd},
    {"clio_edtf_valid", 1, 1, kPure, edtf_valid},
    {"clio_edtf_earliest", 1, 1, kPure, edtf_earliest},
    {"clio_edtf_latest", 1, 1, kPure, edtf_latest},
};

// clio_dates(text [, options]): one row per date expression, in document order.
struct DatesTable {
  static constexpr const char* kName = "clio_dates";
  static constexpr const char* kSchema =
      "CREATE TABLE x(start INTEGER, length INTEGER, surface TEXT, edtf TEXT, earliest TEXT, latest TEXT,"
      " earliest_jd INTEGER, latest_jd INTEGER, precision TEXT, approximate INTEGER, uncertain INTEGER,"
      " calendar TEXT, text HIDDEN, options HIDDEN)";
  enum Column { kStart, kLength, kSurface, kEdtf, kEarliest, kLatest, kEarliestJd, kLatestJd, kPrecision,
                kApproximate, kUncertain, kCalendar };
  static constexpr int kFirstArgColumn = 12;
  static constexpr int kArgCount = 2;
  static constexpr int kRequiredArgs = 1;
  static constexpr const char* kUsage = "SELECT * FROM clio_dates(text [, options])";
  static constexpr bool kInnocuous = true;

  // The cursor is reused for every row of a join (`FROM docs, clio_dates(docs.text)`), so its
  // vectors keep their capacity between texts, and character offsets are counted without decoding
  // (text::CharPositions): per text the work is extract_dates plus one cheap pass to the last span.
  struct Cursor {
    struct Span {
      std::size_t start, length;  // 1-based characters, as substr() counts them
    };
    std::string_view text;
    std::vector<dates::DateMention> mentions;
    std::vector<Span> spans;
    std::size_t at = 0;

    void filter(ConnectionState&, sqlite3_value* const* args) {
      mentions.clear();
      spans.clear();
      at = 0;
      const auto t = value_text(args[0], kName, "text");
      dates::ParseOptions opts = read_date_options(kName, args[1]);
      opts.report_unresolved = true;  // "9 November" with nothing to anchor it: a row, days NULL
      text = *t;
      dates::extract_dates(text, opts, mentions);
      spans.reserve(mentions.size());
      text::CharPositions positions(text);
      for (const auto& m : mentions) {
        const std::size_t start = positions.position(m.begin);
        spans.push_back(Span{start, positions.position(m.end) - start});
      }
    }
    bool eof() const { return at >= mentions.size(); }
    void next() { ++at; }
    void column(sqlite3_context* ctx, int col) const {
      const dates::DateMention& m = mentions[at];
      const dates::DateValue& v = m.value;
      switch (col) {
        case kStart: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(spans[at].start)); break;
        case kLength: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(spans[at].length)); break;
        case kSurface: set_text(ctx, text.substr(m.begin, m.end - m.begin)); break;
        case kEdtf: set_text(ctx, v.edtf); break;
        case kEarliest: set_day(ctx, v.earliest, true); break;
        case kLatest: set_day(ctx, v.latest, true); break;
        case kEarliestJd: set_day(ctx, v.earliest, false); break;
        case kLatestJd: set_day(ctx, v.latest, false); break;
        case kPrecision: set_text(ctx, dates::precision_name(v.precision)); break;
        case kApproximate: sqlite3_result_int(ctx, v.approximate); break;
        case kUncertain: sqlite3_result_int(ctx, v.uncertain); break;
        case kCalendar: set_text(ctx, v.calendar == dates::Calendar::julian ? "julian" : "gregorian"); break;
        default: break;
      }
    }
  };
};

const ModuleSpec kModules[] = {
    {DatesTable::kName, TableFunction<DatesTable>::module()},
};

}  // namespace

std::span<const FunctionSpec> date_functions() { return kFunctions; }
std::span<const ModuleSpec> date_modules() { return kModules; }

}  // namespace clio::sql
