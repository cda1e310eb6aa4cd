// Passages in SQL.
//
//   SELECT * FROM clio_passages(text [, options])   n, start, length, text, kind
//
// Splits a source into sentences (default), paragraphs (blank-line separated) or lines
// (options {"unit": ...}) and labels each passage `text`, `boilerplate` (site and page chrome:
// copyright lines, share buttons, Q&A-site chrome, running heads...) or `heading`. `start` and
// `length` count characters as substr() does, so substr(text, start, length) is the passage.
// A pure function of its arguments: innocuous.
#include <vector>

#include "passages/passages.hpp"
#include "sqlite/glue.hpp"
#include "sqlite/table_function.hpp"
#include "sqlite/tag_options.hpp"
#include "text/utf8.hpp"

namespace clio::sql {
namespace {

struct PassagesTable {
  static constexpr const char* kName = "clio_passages";
  static constexpr const char* kSchema =
      "CREATE TABLE x(n INTEGER, start INTEGER, length INTEGER, text TEXT, kind TEXT, source HIDDEN, options HIDDEN)";
  static constexpr int kFirstArgColumn = 5;
  static constexpr int kArgCount = 2;
  static constexpr int kRequiredArgs = 1;
  static constexpr const char* kUsage = "SELECT * FROM clio_passages(text [, options])";
  static constexpr bool kInnocuous = true;

  struct Row {
    std::size_t start, length, begin, end;
    passages::Kind kind;
  };

  struct Cursor {
    std::string_view text;
    std::vector<Row> rows;
    std::size_t at = 0;

    void filter(ConnectionState&, sqlite3_value* const* args) {
      text = *value_text(args[0], kName, "text");
      const TagOptions opts = read_tag_options(kName, args[1]);
      const auto found = passages::analyze(text, opts.unit);
      text::CharOffsets offsets(text);
      rows.reserve(found.size());
      for (const auto& p : found) {
        const std::size_t start = offsets.position(p.begin);
        rows.push_back(Row{start, offsets.position(p.end) - start, p.begin, p.end, p.kind});
      }
    }
    bool eof() const { return at >= rows.size(); }
    void next() { ++at; }
    void column(sqlite3_context* ctx, int col) const {
      const Row& r = rows[at];
      switch (col) {
        case 0: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(at + 1)); break;
        case 1: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(r.start)); break;
        case 2: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(r.length)); break;
        case 3: sqlite3_result_text64(ctx, text.data() + r.begin, r.end - r.begin, SQLITE_TRANSIENT, SQLITE_UTF8); break;
        case 4: {
          const std::string_view k = passages::kind_name(r.kind);
          sqlite3_result_text64(ctx, k.data(), k.size(), SQLITE_STATIC, SQLITE_UTF8);
          break;
        }
        default: break;
      }
    }
  };
};

const ModuleSpec kModules[] = {
    {PassagesTable::kName, TableFunction<PassagesTable>::module()},
};

}  // namespace

std::span<const FunctionSpec> passage_functions() { return {}; }
std::span<const ModuleSpec> passage_modules() { return kModules; }

}  // namespace clio::sql
