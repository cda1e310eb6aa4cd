/* A C program that uses an installed, statically linked clio through pkg-config
 * (tests/install/run.sh):
 *     cc main.c $(pkg-config --cflags --libs clio sqlite3)
 * Registers clio with sqlite3_auto_extension, runs a few queries and checks the answers.
 * Prints one line per failed check; exits 0 when every check held. */
#include <clio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

static int failures = 0;

/* Runs sql and compares the first column of its first row with want ("<NULL>" for NULL). */
static void expect(sqlite3* db, const char* sql, const char* want) {
  sqlite3_stmt* stmt = NULL;
  const char* got = "<no row>";
  char buf[512];
  if (sqlite3_prepare_v2(db, sql, -1, &stmt, NULL) != SQLITE_OK) {
    snprintf(buf, sizeof buf, "<error: %s>", sqlite3_errmsg(db));
    got = buf;
  } else if (sqlite3_step(stmt) == SQLITE_ROW) {
    const unsigned char* v = sqlite3_column_text(stmt, 0);
    snprintf(buf, sizeof buf, "%s", v ? (const char*)v : "<NULL>");
    got = buf;
  }
  sqlite3_finalize(stmt);
  if (want != NULL && strcmp(got, want) != 0) {
    printf("%s: got '%s', want '%s'\n", sql, got, want);
    ++failures;
  }
}

int main(int argc, char** argv) {
  sqlite3* db = NULL;
  if (argc < 2) {
    printf("usage: consumer EXPECTED_VERSION\n");
    return 2;
  }
  if (sqlite3_auto_extension((void (*)(void))sqlite3_clio_init) != SQLITE_OK) {
    printf("sqlite3_auto_extension failed\n");
    return 1;
  }
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
    printf("cannot open: %s\n", sqlite3_errmsg(db));
    return 1;
  }
  expect(db, "SELECT clio_version()", argv[1]);
  expect(db, "SELECT clio_date('7 November [O.S. 25 October] 1917')", "1917-11-07");
  expect(db, "SELECT count(*) FROM clio_dates('Born 9 April 1870; died 21 January 1924.')", "2");
  expect(db, "SELECT clio_authority_install() IS NOT NULL OR 1", "1");
  expect(db, "SELECT count(*) FROM (SELECT 1 FROM clio_person UNION ALL SELECT 1 FROM clio_alias)", "0");
  sqlite3_exec(db,
               "INSERT INTO clio_person VALUES ('lenin', 'Vladimir Lenin', '1870-04-22', '1924-01-21');"
               "INSERT INTO clio_alias VALUES ('lenin', 'Ленин'), ('lenin', 'Vladimir Ilyich Ulyanov');",
               NULL, NULL, NULL);
  expect(db, "SELECT clio_resolve('Ленин')", "lenin");
  expect(db, "SELECT clio_resolve('V. I. Ulyanov')", "lenin");
  expect(db, "SELECT clio_resolve('Somebody Else Entirely')", "<NULL>");
  sqlite3_close(db);
  return failures == 0 ? 0 : 1;
}
