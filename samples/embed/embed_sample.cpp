// An application that embeds SQLite and links clio statically: clio registers itself for every
// connection through sqlite3_auto_extension, then the program runs the SQL given on its command
// line (or a default query) and prints each row, columns separated by '|'.
//
//   build/embed_sample "SELECT clio_version()"
#include <clio.h>
#include <sqlite3.h>

#include <cstdio>

int main(int argc, char** argv) {
  if (sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(sqlite3_clio_init)) != SQLITE_OK) {
    std::fprintf(stderr, "cannot register clio\n");
    return 1;
  }
  sqlite3* db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    std::fprintf(stderr, "cannot open database: %s\n", sqlite3_errmsg(db));
    sqlite3_close(db);
    return 1;
  }
  const char* sql = argc > 1 ? argv[1] : "SELECT 'clio ' || clio_version()";
  sqlite3_stmt* stmt = nullptr;
  const char* tail = sql;
  int status = 0;
  while (status == 0 && tail != nullptr && *tail != '\0') {
    if (sqlite3_prepare_v2(db, tail, -1, &stmt, &tail) != SQLITE_OK) {
      std::fprintf(stderr, "error: %s\n", sqlite3_errmsg(db));
      status = 1;
      break;
    }
    if (stmt == nullptr) break;  // only whitespace or comments were left
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
        const unsigned char* v = sqlite3_column_text(stmt, i);
        std::printf("%s%s", i ? "|" : "", v ? reinterpret_cast<const char*>(v) : "");
      }
      std::printf("\n");
    }
    if (rc != SQLITE_DONE) {
      std::fprintf(stderr, "error: %s\n", sqlite3_errmsg(db));
      status = 1;
    }
    sqlite3_finalize(stmt);
  }
  sqlite3_close(db);
  return status;
}
