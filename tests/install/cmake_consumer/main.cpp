// Registers an installed, statically linked clio with sqlite3_auto_extension, runs a few queries
// and checks the answers; also calls the C++ core directly through an installed header.
// Prints one line per failed check; exits 0 when every check held.
#include <clio.h>
#include <sqlite3.h>

#include <cstdio>
#include <string>

#include "dates/calendar.hpp"

namespace {

int failures = 0;

// The first column of the first row, or "<NULL>" / "<error: ...>".
std::string query(sqlite3* db, const char* sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) return std::string("<error: ") + sqlite3_errmsg(db) + ">";
  std::string out = "<no row>";
  int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) {
    const unsigned char* v = sqlite3_column_text(stmt, 0);
    out = v ? reinterpret_cast<const char*>(v) : "<NULL>";
  } else if (rc != SQLITE_DONE) {
    out = std::string("<error: ") + sqlite3_errmsg(db) + ">";
  }
  sqlite3_finalize(stmt);
  return out;
}

void expect(const std::string& what, const std::string& got, const std::string& want) {
  if (got != want) {
    std::printf("%s: got '%s', want '%s'\n", what.c_str(), got.c_str(), want.c_str());
    ++failures;
  }
}

}  // namespace

int main() {
  if (sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(sqlite3_clio_init)) != SQLITE_OK) {
    std::printf("sqlite3_auto_extension failed\n");
    return 1;
  }
  sqlite3* db = nullptr;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    std::printf("cannot open: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  expect("clio_version() vs the package version", query(db, "SELECT clio_version()"), CLIO_PACKAGE_VERSION);
  // The same Old Style day through SQL and through the installed C++ core.
  const std::string core = clio::dates::iso_day(clio::dates::julian_to_jdn(1917, 10, 25));
  expect("core julian_to_jdn + iso_day", core, "1917-11-07");
  expect("clio_date O.S.", query(db, "SELECT clio_date('25 October 1917 O.S.')"), core);
  expect("clio_dates count",
         query(db, "SELECT count(*) FROM clio_dates('Born 9 April 1870; died 21 January 1924.')"), "2");
  query(db, "SELECT clio_authority_install()");
  query(db, "INSERT INTO clio_person VALUES ('trotsky', 'Leon Trotsky', '1879-11-07', '1940-08-21')");
  query(db, "INSERT INTO clio_alias VALUES ('trotsky', 'Лев Троцкий')");
  expect("clio_resolve Cyrillic alias", query(db, "SELECT clio_resolve('Лев Троцкий')"), "trotsky");
  sqlite3_close(db);
  return failures == 0 ? 0 : 1;
}
