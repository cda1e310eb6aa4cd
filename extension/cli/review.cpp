// clio review DB [--under SCORE] [--limit N]: what needs a person's look after tagging, from the
// review views of sql/sources.sql, each row with the statement that corrects it:
//   spellings of persons and places nobody was linked to (review_unlinked), links under a score
//   (review_link), spellings linked to several referents (review_spelling), corrections the last
//   tagging could not apply (review_correction).
#include <cstdio>
#include <string>

#include "commands.hpp"
#include "database.hpp"
#include "schema.hpp"

namespace clio::cli {

namespace {

void section(Database& db, const std::string& title, const std::string& sql) {
  auto s = db.prepare(sql);
  std::printf("\n== %s\n", title.c_str());
  int rows = 0;
  while (s.step()) {
    ++rows;
    std::string line;
    for (int i = 0; i < s.columns(); ++i) {
      if (i) line += " | ";
      line += s.is_null(i) ? "" : s.text(i);
    }
    std::printf("%s\n", line.c_str());
  }
  if (rows == 0) std::printf("(none)\n");
}

}  // namespace

void review(const ReviewOptions& o) {
  Database db(o.db, false);
  require_schema(db);
  for (const char* view : {"review_unlinked", "review_link", "review_spelling", "review_correction"})
    if (!db.has_table(view))
      throw Error("the database " + o.db + " has no view `" + view + "`: add it with `clio init " + o.db + "`");
  std::string limit = " LIMIT " + std::to_string(o.limit);
  section(db, "person and place spellings linked to nobody (kind | surface | mentions | sources | to correct)",
          "SELECT kind, surface, mentions, sources, to_correct FROM review_unlinked ORDER BY mentions DESC, surface" +
              limit);
  char score[32];
  std::snprintf(score, sizeof score, "%.6g", o.under);
  section(db, std::string("links scored under ") + score + " (kind | surface | value | name | score | context | to correct)",
          "SELECT kind, surface, value, name, round(score, 2), context, to_correct FROM review_link WHERE score < " +
              std::string(score) + " ORDER BY score, source_id, start" + limit);
  section(db, "spellings linked to several referents (kind | surface | referents | values | mentions)",
          "SELECT kind, surface, referents, \"values\", mentions FROM review_spelling ORDER BY referents DESC, mentions DESC" +
              limit);
  section(db, "corrections not applied at the last tagging (id | source | start | surface | action | status | to correct)",
          "SELECT id, source_id, start, surface, action, status, to_correct FROM review_correction ORDER BY id" + limit);
}

}  // namespace clio::cli
