// A thin RAII layer over the SQLite C API for the clio command: a connection with clio registered,
// prepared statements with typed binds, and errors as exceptions carrying SQLite's message (the
// command's main() turns them into one line on stderr and exit status 1).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "error.hpp"

namespace clio::cli {

class Statement;

class Database {
 public:
  // Opens (creating when `create`) the database at `path` with clio's functions registered.
  Database(const std::string& path, bool create);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const char* sql);  // one or more statements, no results
  Statement prepare(std::string_view sql);
  bool has_table(const char* name);
  sqlite3* handle() { return db_; }
  const std::string& path() const { return path_; }

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int i, std::string_view text);
  Statement& bind(int i, std::int64_t value);
  Statement& bind(int i, std::nullopt_t);
  Statement& bind_optional(int i, const std::optional<std::string>& text);
  bool step();  // true while there is a row
  void run() { step(); reset(); }
  void reset();
  std::int64_t integer(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::string text(int col) const;
  int columns() const { return sqlite3_column_count(stmt_); }
  const char* name(int col) const { return sqlite3_column_name(stmt_, col); }
  int type(int col) const { return sqlite3_column_type(stmt_, col); }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// A transaction that rolls back unless committed.
class Transaction {
 public:
  explicit Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }
  ~Transaction() {
    if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
  }
  void commit() {
    db_.exec("COMMIT");
    done_ = true;
  }

 private:
  Database& db_;
  bool done_ = false;
};

}  // namespace clio::cli
