// clio tag DB [--all] [--batch N] [--limit N]: tags new and changed sources (all of them after the
// authority changed, or with --all) in committed batches, so that an interrupted run loses at most
// one batch and the next run goes on from there.
//
// The statements are those of sql/tag.sql, taken from that file at build time: its passage and
// mention fills restricted to the batch's sources, then its corrections block (which is idempotent,
// so applying it after every batch leaves the sources of other batches as they were). The result is
// the one sql/tag.sql gives; tests/cli compares the two.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <regex>

#include "commands.hpp"
#include "database.hpp"
#include "schema.hpp"
#include "sql_scripts.hpp"

namespace clio::cli {

namespace {

struct TagStatements {
  std::string fill_passage, fill_mention;
  std::vector<std::string> corrections;
};

// sql/tag.sql's statements in order, comments dropped (each ends with ';' at a line end).
std::vector<std::string> statements_of(const char* script) {
  std::string text;
  std::string_view s(script);
  std::size_t at = 0;
  while (at < s.size()) {
    auto nl = s.find('\n', at);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(at, nl - at);
    text.append(line.substr(0, line.find("--"))).push_back('\n');
    at = nl + 1;
  }
  std::vector<std::string> out;
  static const std::regex end_of_statement(";[ \t]*\n");
  std::sregex_token_iterator it(text.begin(), text.end(), end_of_statement, -1), end;
  for (; it != end; ++it) {
    std::string st = it->str();
    auto b = st.find_first_not_of(" \t\n");
    if (b == std::string::npos) continue;
    auto e = st.find_last_not_of(" \t\n;");
    out.push_back(st.substr(b, e - b + 1));
  }
  return out;
}

TagStatements tag_statements() {
  TagStatements t;
  auto all = statements_of(sql::kTag);
  bool after_indexes = false;
  const std::string batch = "\nWHERE s.id IN (SELECT id FROM temp.clio_batch)";
  for (const auto& st : all) {
    if (st.rfind("INSERT INTO passage", 0) == 0 && t.fill_passage.empty()) {
      t.fill_passage = st + batch;
    } else if (st.rfind("INSERT INTO mention", 0) == 0 && t.fill_mention.empty()) {
      t.fill_mention = st + batch;
    } else if (st.rfind("CREATE INDEX", 0) == 0) {
      after_indexes = true;
    } else if (after_indexes && st.rfind("RELEASE", 0) != 0) {
      t.corrections.push_back(st);
    }
  }
  if (t.fill_passage.empty() || t.fill_mention.empty())
    throw Error("sql/tag.sql as built into clio has no passage or mention fill (a build error)");
  return t;
}

std::string authority_stamp(Database& db) {
  if (!db.has_table("clio_authority_stamp")) return "";
  auto s = db.prepare("SELECT hex(stamp) FROM clio_authority_stamp");
  return s.step() ? s.text(0) : "";
}

}  // namespace

void tag(const TagOptions& o) {
  if (o.batch < 1) throw Error("--batch takes a number of sources of at least 1");
  Database db(o.db, false);
  require_schema(db);
  TagStatements st = tag_statements();
  std::string stamp = authority_stamp(db);
  // Tags of sources that are gone (deleted without foreign keys on) go too.
  db.exec("DELETE FROM mention WHERE source_id NOT IN (SELECT id FROM source);"
          "DELETE FROM passage WHERE source_id NOT IN (SELECT id FROM source);"
          "DELETE FROM tag_state WHERE source_id NOT IN (SELECT id FROM source);");
  // What needs tagging: every source whose text or the authority changed since it was tagged.
  struct Todo {
    std::int64_t id;
    std::string hash;
    std::size_t bytes;
  };
  std::vector<Todo> todo;
  std::size_t total_bytes = 0, sources = 0;
  {
    auto s = db.prepare(
        "SELECT s.id, s.text, t.text_hash, t.authority FROM source s LEFT JOIN tag_state t ON t.source_id = s.id "
        "ORDER BY s.id");
    while (s.step()) {
      ++sources;
      std::string text = s.text(1), hash = content_hash(text);
      bool fresh = !s.is_null(2) && s.text(2) == hash && s.text(3) == stamp;
      if (o.all || !fresh) {
        todo.push_back({s.integer(0), hash, text.size()});
        total_bytes += text.size();
      }
    }
  }
  if (o.limit > 0 && todo.size() > static_cast<std::size_t>(o.limit)) todo.resize(static_cast<std::size_t>(o.limit));
  if (todo.empty()) {
    std::printf("%s: %zu sources, all tagged and unchanged (clio tag %s --all tags them again)\n", o.db.c_str(),
                sources, o.db.c_str());
    return;
  }
  db.exec("CREATE TEMP TABLE IF NOT EXISTS clio_batch(id INTEGER PRIMARY KEY)");
  auto add = db.prepare("INSERT INTO temp.clio_batch(id) VALUES (?)");
  auto fill_passage = db.prepare(st.fill_passage);
  auto fill_mention = db.prepare(st.fill_mention);
  auto state = db.prepare(
      "INSERT INTO tag_state(source_id, text_hash, authority) VALUES (?, ?, ?) "
      "ON CONFLICT(source_id) DO UPDATE SET text_hash = excluded.text_hash, authority = excluded.authority");
  bool tty = isatty(STDERR_FILENO);
  auto started = std::chrono::steady_clock::now();
  std::size_t done = 0, done_bytes = 0;
  for (std::size_t b = 0; b < todo.size(); b += static_cast<std::size_t>(o.batch)) {
    std::size_t e = std::min(todo.size(), b + static_cast<std::size_t>(o.batch));
    Transaction tx(db);
    db.exec("DELETE FROM temp.clio_batch");
    for (std::size_t i = b; i < e; ++i) add.bind(1, todo[i].id).run();
    db.exec("DELETE FROM mention WHERE source_id IN (SELECT id FROM temp.clio_batch);"
            "DELETE FROM passage WHERE source_id IN (SELECT id FROM temp.clio_batch);");
    fill_passage.run();
    fill_mention.run();
    for (const auto& c : st.corrections) db.exec(c.c_str());
    for (std::size_t i = b; i < e; ++i)
      state.bind(1, todo[i].id).bind(2, std::string_view(todo[i].hash)).bind(3, std::string_view(stamp)).run();
    tx.commit();
    for (std::size_t i = b; i < e; ++i) done_bytes += todo[i].bytes;
    done = e;
    if (tty) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
      double rate = secs > 0 ? done_bytes / secs : 0;
      std::fprintf(stderr, "\r   tagged %zu/%zu sources, %.1f MB/s, about %.0f s left   ", done, todo.size(),
                   rate / 1e6, rate > 0 ? (total_bytes - done_bytes) / rate : 0.0);
    }
  }
  if (tty) std::fprintf(stderr, "\n");
  auto counts = db.prepare(
      "SELECT (SELECT count(*) FROM passage), (SELECT count(*) FROM mention), "
      "(SELECT count(*) FROM correction WHERE status IS NOT 'applied')");
  counts.step();
  std::printf("%s: tagged %zu of %zu sources; %lld passages, %lld mentions in all\n", o.db.c_str(), done, sources,
              static_cast<long long>(counts.integer(0)), static_cast<long long>(counts.integer(1)));
  if (counts.integer(2) > 0)
    std::printf("%lld corrections were not applied: SELECT * FROM review_correction\n",
                static_cast<long long>(counts.integer(2)));
}

}  // namespace clio::cli
