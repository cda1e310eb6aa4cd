// Fault injection: every clio function under failing allocations.
//
//   fault_harness [CASE-SUBSTRING...]
//
// The harness embeds SQLite and clio (clio_static, registered with sqlite3_auto_extension) and
// makes the N-th allocation fail, for N = 1, 2, 3, ... until a run completes without reaching
// the N-th allocation. One counter covers both allocators clio's code can reach:
//   - SQLite's, through sqlite3_config(SQLITE_CONFIG_MALLOC) (lookaside off, so every allocation
//     SQLite makes is seen): the N-th xMalloc/xRealloc returns NULL;
//   - C++'s, through a replaced global operator new / new[] (all variants): the N-th throws
//     std::bad_alloc (the nothrow variants return nullptr).
// Only the one N-th allocation fails (a transient fault); the ones after it succeed, so the
// code paths that recover from a failure run too.
//
// Each case is one SQL statement with a representative call of a clio function, run on a fresh
// connection to an on-disk database (so the authority indexes are built under the fault too).
// A run passes when the statement either fails with an error (SQLITE_NOMEM, or any error with a
// message) or succeeds with exactly the result of a fault-free run. Afterwards, with the fault
// disarmed: PRAGMA integrity_check says ok, sqlite3_close() succeeds (no statement left
// unfinalized), and case-specific checks hold (a failed INSERT ... SELECT left no row; a failed
// clio_authority_install() can be completed by calling it again). A crash or std::terminate is a
// failure by itself; built with ASan, LeakSanitizer checks at exit that nothing leaked.
//
// Prints "PASS fault/<case> (N runs, E errors)" or "FAIL fault/<case>: why" per case, for the
// suite runner (scripts/test-all, through tests/fault/run.sh).
#include <sqlite3.h>
#include <clio.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <new>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

// ---- the one allocation counter ------------------------------------------------------------

namespace {

long g_countdown = 0;        // > 0: armed; the allocation that brings it to 0 fails
bool g_injected = false;     // a failure was injected since arming
long g_allocations = 0;      // allocations seen while armed (for the report)
const char* g_case = "";     // for the terminate handler
long g_run = 0;

bool should_fail() noexcept {
  if (g_countdown <= 0) return false;
  ++g_allocations;
  if (--g_countdown == 0) {
    g_injected = true;
    return true;
  }
  return false;
}

void arm(long n) noexcept {
  g_injected = false;
  g_allocations = 0;
  g_countdown = n;
}
void disarm() noexcept { g_countdown = 0; }

// The harness's own bookkeeping (collecting rows, error texts) must not use up the countdown.
struct Pause {
  long saved = g_countdown;
  Pause() noexcept { g_countdown = 0; }
  ~Pause() { g_countdown = saved; }
};

void* checked_malloc(std::size_t n) {
  if (should_fail()) throw std::bad_alloc();
  void* p = std::malloc(n ? n : 1);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}
void* checked_aligned(std::size_t n, std::align_val_t a) {
  if (should_fail()) throw std::bad_alloc();
  const auto align = static_cast<std::size_t>(a);
  void* p = std::aligned_alloc(align, (n + align - 1) / align * align);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

}  // namespace

void* operator new(std::size_t n) { return checked_malloc(n); }
void* operator new[](std::size_t n) { return checked_malloc(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  if (should_fail()) return nullptr;
  return std::malloc(n ? n : 1);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  if (should_fail()) return nullptr;
  return std::malloc(n ? n : 1);
}
void* operator new(std::size_t n, std::align_val_t a) { return checked_aligned(n, a); }
void* operator new[](std::size_t n, std::align_val_t a) { return checked_aligned(n, a); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace {

sqlite3_mem_methods g_sqlite_default;

void* failing_sqlite_malloc(int n) { return should_fail() ? nullptr : g_sqlite_default.xMalloc(n); }
void* failing_sqlite_realloc(void* p, int n) { return should_fail() ? nullptr : g_sqlite_default.xRealloc(p, n); }

bool install_sqlite_allocator() {
  if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &g_sqlite_default) != SQLITE_OK) return false;
  sqlite3_mem_methods mine = g_sqlite_default;
  mine.xMalloc = failing_sqlite_malloc;
  mine.xRealloc = failing_sqlite_realloc;
  if (sqlite3_config(SQLITE_CONFIG_MALLOC, &mine) != SQLITE_OK) return false;
  // Lookaside slots are carved out of one block: without them every allocation reaches us.
  if (sqlite3_config(SQLITE_CONFIG_LOOKASIDE, 0, 0) != SQLITE_OK) return false;
  return sqlite3_initialize() == SQLITE_OK;
}

// ---- running SQL ---------------------------------------------------------------------------

struct Outcome {
  int rc = SQLITE_OK;
  std::string error;   // sqlite3_errmsg on failure
  std::string rows;    // every row, columns separated by '|', rows by '\n'
};

// Runs every statement of `sql`; stops at the first error.
Outcome run_sql(sqlite3* db, const char* sql) {
  Outcome out;
  const char* tail = sql;
  while (tail != nullptr && *tail != '\0') {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, tail, -1, &stmt, &tail);
    if (rc != SQLITE_OK) {
      Pause pause;
      out.rc = rc;
      out.error = sqlite3_errmsg(db);
      return out;
    }
    if (stmt == nullptr) break;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
        const auto* v = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
        Pause pause;
        if (i) out.rows += '|';
        // A NULL from a failed conversion (out of memory) must not pass for a NULL value.
        if (v == nullptr && sqlite3_column_type(stmt, i) != SQLITE_NULL) {
          rc = SQLITE_NOMEM;
          break;
        }
        out.rows += v ? v : "NULL";
      }
      if (rc != SQLITE_ROW) break;
      Pause pause;
      out.rows += '\n';
    }
    if (rc != SQLITE_DONE) {
      Pause pause;
      out.rc = rc == SQLITE_ROW ? SQLITE_ERROR : sqlite3_errcode(db);
      if (out.rc == SQLITE_OK) out.rc = rc;
      out.error = sqlite3_errmsg(db);
      sqlite3_finalize(stmt);
      return out;
    }
    rc = sqlite3_finalize(stmt);
    if (rc != SQLITE_OK) {
      Pause pause;
      out.rc = rc;
      out.error = sqlite3_errmsg(db);
      return out;
    }
  }
  return out;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

sqlite3* open_db(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "cannot open %s: %s\n", path.c_str(), db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return nullptr;
  }
  sqlite3_busy_timeout(db, 2000);
  // Crash safety is tests/crash's subject; without fsync the thousands of runs take seconds.
  sqlite3_exec(db, "PRAGMA synchronous=OFF", nullptr, nullptr, nullptr);
  return db;
}

// ---- the cases -----------------------------------------------------------------------------

// A text with dates, names of the small authority below, a place, a topic and a boilerplate line.
constexpr const char* kText =
    "On 25 May 1922 Lenin suffered a stroke in Gorki; Stalin came on 30 May (O.S. 17 May).\n\n"
    "\xD0\x92 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB5 1923 \xD0\xB3. \xD0\x9B\xD0\xB5\xD0\xBD\xD0\xB8\xD0\xBD "
    "\xD0\xB1\xD1\x8B\xD0\xBB \xD0\xB2 \xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB5.\n\n"
    "Copyright 2020 Example Archive. All rights reserved.";

constexpr const char* kAuthorityRows = R"SQL(
INSERT INTO clio_person(id, name, born, died) VALUES
  ('lenin', 'Vladimir Lenin', '1870-04-22', '1924-01-21'),
  ('stalin', 'Joseph Stalin', '1878-12-18', '1953-03-05'),
  ('dumas_pere', 'Alexandre Dumas', '1802', '1870'),
  ('dumas_fils', 'Alexandre Dumas', '1824', '1895');
INSERT INTO clio_alias(person_id, alias) VALUES
  ('lenin', 'Lenin'), ('lenin', 'Ленин'), ('lenin', 'Vladimir Ilyich Ulyanov'),
  ('stalin', 'Stalin'), ('stalin', 'Сталин'), ('dumas_pere', 'Dumas'), ('dumas_fils', 'Dumas');
INSERT INTO clio_place(id, name) VALUES ('moscow', 'Moscow'), ('gorki', 'Gorki');
INSERT INTO clio_place_alias(place_id, alias) VALUES ('moscow', 'Москва'), ('moscow', 'Москве');
INSERT INTO clio_topic(topic, pattern) VALUES ('illness', 'stroke*'), ('illness', 'paralysis');
INSERT INTO source(id, title, date, calendar, lang, text) VALUES (1, 'test', '1922-06-01', 'gregorian', 'en', ?);
)SQL";

enum class Db { authority, fresh };

struct Case {
  const char* name;
  Db db;
  const char* sql;
  // Extra check after a run with the fault disarmed; returns an empty string when it holds.
  std::string (*check)(sqlite3* db, const Outcome& armed, const Outcome& expected) = nullptr;
  // For the error paths: the fault-free run must fail with a message containing this text.
  const char* expected_error = nullptr;
};

std::string count_of(sqlite3* db, const char* sql) { return run_sql(db, sql).rows; }

// The INSERT is one statement: it adds all its rows or none.
std::string check_insert(sqlite3* db, const Outcome& armed, const Outcome&) {
  const std::string n = count_of(db, "SELECT count(*) FROM mention");
  if (armed.rc != SQLITE_OK && n != "0\n") return "a failed INSERT left " + n + " rows";
  if (armed.rc == SQLITE_OK && n == "0\n") return "a successful INSERT added no rows";
  Outcome del = run_sql(db, "DELETE FROM mention");
  return del.rc == SQLITE_OK ? "" : "cannot clean up: " + del.error;
}

// A failed install may leave part of the schema (sqlite3_exec commits statement by statement);
// calling it again must complete it.
std::string check_install(sqlite3* db, const Outcome&, const Outcome& expected) {
  Outcome again = run_sql(db, "SELECT clio_authority_install()");
  if (again.rc != SQLITE_OK) return "installing again failed: " + again.error;
  const std::string schema = count_of(db, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema ORDER BY name)");
  static std::string first;
  if (first.empty()) first = schema;
  if (schema != first) return "schema after a completed install differs: " + schema;
  return "";
}

const std::vector<Case>& cases() {
  static const std::vector<Case> all = {
      {"clio_version", Db::authority, "SELECT clio_version(), length(clio_debug()) > 0"},
      {"clio_date", Db::authority,
       "SELECT clio_date('25 May 1922'), clio_date('17 May 1922 O.S.', '{\"calendar\":\"julian\"}')"},
      {"clio_date_bounds", Db::authority,
       "SELECT clio_date_earliest('summer 1880'), clio_date_latest('1880s'), "
       "clio_date_earliest_jd('c. 1500'), clio_date_latest_jd('March 1917', '{\"calendar\":\"julian\"}')"},
      {"clio_edtf", Db::authority,
       "SELECT clio_edtf_valid('1922-05-25/1924-01'), clio_edtf_earliest('192X'), clio_edtf_latest('1922-21')"},
      {"clio_dates", Db::authority, "SELECT * FROM clio_dates((SELECT text FROM source), '{\"ref\":\"1922-06-01\"}')"},
      {"clio_resolve", Db::authority, "SELECT clio_resolve('Lenin'), clio_resolve('Dumas', '1880'), clio_resolve('Сталин')"},
      {"clio_candidates", Db::authority, "SELECT * FROM clio_candidates('Alexandre Dumas', '1850')"},
      {"clio_name_key", Db::authority, "SELECT clio_name_key('Владимир Ильич Ленин'), clio_name_key('Dumas, Alexandre')"},
      {"clio_translit", Db::authority,
       "SELECT clio_translit('Владимир Ильич'), clio_translit('Достоевский', 'german'), clio_translit('Ἀθῆναι', 'scholarly')"},
      {"clio_phonetic", Db::authority, "SELECT clio_phonetic('Tchaikovsky'), clio_phonetic('Чайковский')"},
      {"clio_passages", Db::authority, "SELECT * FROM clio_passages((SELECT text FROM source), '{\"unit\":\"sentence\"}')"},
      {"clio_mentions", Db::authority,
       "SELECT * FROM clio_mentions((SELECT text FROM source), '{\"ref\":\"1922-06-01\",\"lang\":\"en\"}')"},
      {"clio_tags", Db::authority, "SELECT clio_tags((SELECT text FROM source))"},
      {"clio_tei", Db::authority, "SELECT clio_tei((SELECT text FROM source))"},
      {"insert_into_mention", Db::authority,
       "INSERT INTO mention(source_id, start, length, surface, kind, value, earliest, latest, earliest_jd, latest_jd, "
       "calendar, score) "
       "SELECT s.id, m.start, m.length, m.surface, m.kind, m.value, m.earliest, m.latest, m.earliest_jd, m.latest_jd, "
       "m.calendar, m.score FROM source s, "
       "clio_mentions(s.text, json_object('ref', clio_date_earliest(s.date), 'calendar', s.calendar, 'lang', s.lang)) m",
       check_insert},
      {"clio_authority_install", Db::fresh, "SELECT clio_authority_install()", check_install},
      // Error paths build their messages under the fault too.
      {"error_missing_argument", Db::authority, "SELECT * FROM clio_mentions()", nullptr, "argument 1 is missing"},
      {"error_blob_argument", Db::authority, "SELECT clio_translit(x'D0BB')", nullptr, "not a blob"},
      {"error_bad_options", Db::authority, "SELECT * FROM clio_dates('1922', '{\"calendar\":\"mayan\"}')", nullptr,
       "clio_dates"},
      {"error_bad_context", Db::authority, "SELECT clio_resolve('Dumas', 'not a date at all')", nullptr, "context"},
      {"error_no_authority", Db::fresh, "SELECT clio_resolve('Lenin')", nullptr, "clio_authority_install"},
  };
  return all;
}

// ---- the loop ------------------------------------------------------------------------------

struct Harness {
  std::filesystem::path dir;
  std::string authority_db, fresh_db;
  long max_runs = 200000;  // a safety net; no case comes close

  bool setup(const std::filesystem::path& source_dir) {
    char tmpl[] = "/tmp/clio-fault-XXXXXX";
    if (mkdtemp(tmpl) == nullptr) return false;
    dir = tmpl;
    authority_db = (dir / "authority.db").string();
    fresh_db = (dir / "fresh.db").string();
    sqlite3* db = open_db(authority_db);
    if (db == nullptr) return false;
    const std::string sources = read_file(source_dir / "sql" / "sources.sql");
    Outcome a = run_sql(db, "SELECT clio_authority_install()");
    Outcome s = run_sql(db, sources.c_str());
    bool ok = a.rc == SQLITE_OK && s.rc == SQLITE_OK && !sources.empty();
    if (ok) {
      // The rows, with the source text bound as a parameter of the last statement.
      const char* tail = kAuthorityRows;
      while (ok && *tail) {
        sqlite3_stmt* stmt = nullptr;
        ok = sqlite3_prepare_v2(db, tail, -1, &stmt, &tail) == SQLITE_OK;
        if (!ok || stmt == nullptr) break;
        if (sqlite3_bind_parameter_count(stmt) == 1) sqlite3_bind_text(stmt, 1, kText, -1, SQLITE_STATIC);
        ok = sqlite3_step(stmt) == SQLITE_DONE;
        sqlite3_finalize(stmt);
      }
    }
    if (!ok) std::fprintf(stderr, "setup failed: %s %s %s\n", a.error.c_str(), s.error.c_str(), sqlite3_errmsg(db));
    sqlite3_close(db);
    return ok;
  }

  std::string db_for(const Case& c) {
    if (c.db == Db::authority) return authority_db;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) std::remove((fresh_db + suffix).c_str());
    return fresh_db;
  }

  // One case: the fault-free answer first, then N = 1, 2, ... until a run sees no fault.
  bool run(const Case& c) {
    g_case = c.name;
    g_run = 0;
    sqlite3* db = open_db(db_for(c));
    if (db == nullptr) return report_fail(c, "cannot open the database");
    const Outcome expected = run_sql(db, c.sql);
    std::string why;
    if (c.expected_error != nullptr) {
      if (expected.rc == SQLITE_OK || expected.error.find(c.expected_error) == std::string::npos) {
        why = "without faults, expected an error with '" + std::string(c.expected_error) + "', got: " +
              (expected.rc == SQLITE_OK ? expected.rows : expected.error);
      }
    } else if (expected.rc != SQLITE_OK) {
      why = "fails without faults: " + expected.error;
    }
    if (why.empty() && c.check) why = c.check(db, expected, expected);
    if (sqlite3_close(db) != SQLITE_OK) why = "sqlite3_close failed after the fault-free run";
    if (!why.empty()) return report_fail(c, why);

    long errors = 0, nomem = 0;
    for (long n = 1; n <= max_runs; ++n) {
      g_run = n;
      db = open_db(db_for(c));
      if (db == nullptr) return report_fail(c, "cannot open the database");
      arm(n);
      const Outcome got = run_sql(db, c.sql);
      disarm();
      const bool injected = g_injected;
      if (c.expected_error != nullptr && got.rc == SQLITE_OK) {
        why = "run " + std::to_string(n) + " succeeded where an error was expected: " + got.rows;
      } else if (c.expected_error != nullptr && !injected && got.error != expected.error) {
        why = "run " + std::to_string(n) + " (no fault reached) gave another error: " + got.error;
      } else if (c.expected_error != nullptr) {
        // Failing is right; SQLITE_NOMEM or the expected message both do.
      } else if (got.rc == SQLITE_OK && got.rows != expected.rows) {
        why = "run " + std::to_string(n) + " succeeded with a wrong result:\n" + got.rows + "expected:\n" + expected.rows;
      } else if (got.rc != SQLITE_OK && !injected) {  // (not an error case: see above)
        why = "run " + std::to_string(n) + " failed without an injected fault: " + got.error;
      } else if (got.rc != SQLITE_OK && got.rc != SQLITE_NOMEM && got.error.empty()) {
        why = "run " + std::to_string(n) + " failed without a message (rc " + std::to_string(got.rc) + ")";
      }
      if (got.rc != SQLITE_OK && injected) {
        ++errors;
        if (got.rc == SQLITE_NOMEM) ++nomem;
      }
      if (why.empty()) {
        const Outcome integrity = run_sql(db, "PRAGMA integrity_check");
        if (integrity.rc != SQLITE_OK || integrity.rows != "ok\n") {
          why = "run " + std::to_string(n) + ": integrity_check: " + integrity.rows + integrity.error;
        }
      }
      if (why.empty() && c.check) {
        why = c.check(db, got, expected);
        if (!why.empty()) why = "run " + std::to_string(n) + ": " + why;
      }
      if (sqlite3_close(db) != SQLITE_OK) {
        why = "run " + std::to_string(n) + ": sqlite3_close failed (a statement left unfinalized?)";
        sqlite3_close_v2(db);
      }
      if (!why.empty()) return report_fail(c, why);
      if (!injected) {
        std::printf("PASS fault/%s (%ld runs, %ld errors of which %ld SQLITE_NOMEM)\n", c.name, n, errors, nomem);
        std::fflush(stdout);
        return true;
      }
    }
    return report_fail(c, "did not finish within the run limit");
  }

  // Opening a connection runs sqlite3_clio_init (auto extension) under the fault: the open
  // fails cleanly, or succeeds with every clio function registered.
  bool run_open() {
    const Case c{"open_connection_registers_clio", Db::authority, ""};
    g_case = c.name;
    long errors = 0;
    for (long n = 1; n <= max_runs; ++n) {
      g_run = n;
      sqlite3* db = nullptr;
      arm(n);
      const int rc = sqlite3_open_v2(authority_db.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr);
      disarm();
      const bool injected = g_injected;
      std::string why;
      if (rc != SQLITE_OK) {
        ++errors;
        if (!injected) why = "open failed without an injected fault";
      } else {
        const Outcome v = run_sql(db, "SELECT clio_version() IS NOT NULL, clio_resolve('Lenin'), clio_name_key('Ленин')");
        if (v.rc != SQLITE_OK || v.rows.rfind("1|lenin|", 0) != 0) {
          why = "run " + std::to_string(n) + ": opened, but clio is not fully there: " + v.rows + v.error;
        }
      }
      if (sqlite3_close(db) != SQLITE_OK) why = "run " + std::to_string(n) + ": sqlite3_close failed";
      if (!why.empty()) return report_fail(c, why);
      if (!injected) {
        std::printf("PASS fault/%s (%ld runs, %ld failed opens)\n", c.name, n, errors);
        std::fflush(stdout);
        return true;
      }
    }
    return report_fail(c, "did not finish within the run limit");
  }

  bool report_fail(const Case& c, const std::string& why) {
    std::printf("FAIL fault/%s: %s\n", c.name, why.c_str());
    std::fflush(stdout);
    return false;
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::set_terminate([] {
    std::fprintf(stderr, "FAIL fault/%s: std::terminate at run %ld\n", g_case, g_run);
    std::abort();
  });
  if (!install_sqlite_allocator()) {
    std::printf("FAIL fault/setup: cannot install the failing SQLite allocator\n");
    return 1;
  }
  if (sqlite3_auto_extension(reinterpret_cast<void (*)(void)>(sqlite3_clio_init)) != SQLITE_OK) {
    std::printf("FAIL fault/setup: cannot register clio\n");
    return 1;
  }
  Harness h;
  if (!h.setup(CLIO_SOURCE_DIR)) {
    std::printf("FAIL fault/setup: cannot create the test databases\n");
    return 1;
  }
  bool ok = true;
  for (const Case& c : cases()) {
    bool wanted = argc < 2;
    for (int i = 1; i < argc; ++i) wanted = wanted || std::strstr(c.name, argv[i]) != nullptr;
    if (wanted) ok = h.run(c) && ok;
  }
  bool wanted = argc < 2;
  for (int i = 1; i < argc; ++i) wanted = wanted || std::strstr("open_connection_registers_clio", argv[i]) != nullptr;
  if (wanted) ok = h.run_open() && ok;
  sqlite3_shutdown();
  std::filesystem::remove_all(h.dir);
  return ok ? 0 : 1;
}
