#include "database.hpp"

#include <clio.h>

#include <string>

namespace clio::cli {

namespace {
std::string message(sqlite3* db, std::string_view what) {
  return std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
}

// clio is linked in (clio_static): every connection of this process gets its functions.
void register_clio_once() {
  static const int rc = sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(sqlite3_clio_init));
  if (rc != SQLITE_OK) throw Error("cannot register clio's functions with SQLite");
}
}  // namespace

Database::Database(const std::string& path, bool create) : path_(path) {
  register_clio_once();
  int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
    std::string why = message(db_, path);
    sqlite3_close(db_);
    db_ = nullptr;
    throw Error(create ? why : why + " (create it with: clio init " + path + ")");
  }
  sqlite3_busy_timeout(db_, 5000);
  exec("PRAGMA foreign_keys = ON");
}

Database::~Database() { sqlite3_close(db_); }

void Database::exec(const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string why = err ? err : sqlite3_errmsg(db_);
    sqlite3_free(err);
    throw Error(why);
  }
}

Statement Database::prepare(std::string_view sql) { return Statement(db_, sql); }

bool Database::has_table(const char* name) {
  Statement s(db_, "SELECT 1 FROM sqlite_schema WHERE type IN ('table', 'view') AND name = ?");
  s.bind(1, std::string_view(name));
  return s.step();
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK)
    throw Error(message(db, "preparing a statement"));
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int i, std::string_view text) {
  sqlite3_bind_text(stmt_, i, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bind(int i, std::int64_t value) {
  sqlite3_bind_int64(stmt_, i, value);
  return *this;
}
Statement& Statement::bind(int i, std::nullopt_t) {
  sqlite3_bind_null(stmt_, i);
  return *this;
}
Statement& Statement::bind_optional(int i, const std::optional<std::string>& text) {
  return text ? bind(i, std::string_view(*text)) : bind(i, std::nullopt);
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  std::string why = message(db_, "SQL");
  sqlite3_reset(stmt_);
  throw Error(why);
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int col) const {
  const unsigned char* v = sqlite3_column_text(stmt_, col);
  return v ? std::string(reinterpret_cast<const char*>(v), sqlite3_column_bytes(stmt_, col)) : std::string();
}

}  // namespace clio::cli
