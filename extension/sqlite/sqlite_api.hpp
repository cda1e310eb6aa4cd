// The one way clio's glue includes SQLite.
//
// Built as a loadable module, clio calls SQLite only through the host's API table
// (sqlite3ext.h; SQLITE_EXTENSION_INIT1 lives in entry.cpp, every other file sees INIT3), so the
// module never links a second copy of libsqlite3. Built with SQLITE_CORE (the static library for
// embedding), the same macros resolve to direct calls.
#pragma once

#include <sqlite3ext.h>

#ifndef CLIO_ENTRY_TRANSLATION_UNIT
SQLITE_EXTENSION_INIT3
#endif

namespace clio::sql {
// SQLite 3.31.0 introduced SQLITE_INNOCUOUS, SQLITE_DIRECTONLY and sqlite3_vtab_config(INNOCUOUS),
// on which clio's function-flag policy rests; 3.34.0 sqlite3_txn_state(), which the authority
// freshness check needs (connection_state.cpp).
inline constexpr int kMinimumSqliteVersion = 3034000;
inline constexpr const char* kMinimumSqliteVersionText = "3.34.0";
}  // namespace clio::sql
