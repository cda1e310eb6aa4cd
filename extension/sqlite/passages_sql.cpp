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
#include "sqlite/text_rows.hpp"
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

  struct Cursor {
    std::string_view text;
    std::vector<TextRow<passages::Passage>> rows;
    std::size_t at = 0;

    void filter(ConnectionState&, sqlite3_value* const* args) {
      text = *value_text(args[0], kName, "text");
      const TagOptions opts = read_tag_options(kName, args[1]);
      std::vector<passages::Passage> found = passages::analyze(text, opts.unit);
      passages::mark_known_chrome(text, known_chrome(text, opts), found);
      rows = with_char_offsets(text, std::move(found));
    }
    bool eof() const { return at >= rows.size(); }
    void next() { ++at; }
    void column(sqlite3_context* ctx, int col) const {
      const auto& r = rows[at];
      switch (col) {
        case 0: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(at + 1)); break;
        case 1: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(r.start)); break;
        case 2: sqlite3_result_int64(ctx, static_cast<sqlite3_int64>(r.length)); break;
        case 3: set_text(ctx, text.substr(r.item.begin, r.item.end - r.item.begin)); break;
        case 4: set_static_text(ctx, passages::kind_name(r.item.kind)); break;
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
