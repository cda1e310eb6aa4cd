// A template that turns a small C++ class into an eponymous table-valued function, the way
// SQLite's ext/misc/series.c does generate_series:
//
//   SELECT * FROM clio_dates('On 25 May 1922 ...', '{"ref":"1922-01-01"}');
//
// The function's arguments are HIDDEN columns of the table. xBestIndex hands every usable
// equality constraint on them to xFilter; a missing required argument is an error naming the
// function; an argument constraint that exists but is unusable (it depends on a table that has
// not been scanned yet) returns SQLITE_CONSTRAINT so SQLite tries another join order. A NULL
// required argument produces no rows.
//
// Impl provides:
//   static constexpr const char* kName;         // the SQL name, e.g. "clio_dates"
//   static constexpr const char* kSchema;       // CREATE TABLE x(col, ..., arg1 HIDDEN, arg2 HIDDEN)
//   static constexpr int kFirstArgColumn;       // index of the first HIDDEN column
//   static constexpr int kArgCount;             // number of HIDDEN columns
//   static constexpr int kRequiredArgs;         // how many leading arguments must be given
//   static constexpr const char* kUsage;        // shown when a required argument is missing
//   static constexpr bool kInnocuous;           // pure function of its arguments?
//   struct Cursor {
//     // args[i] is the i-th argument or nullptr when absent, valid until the next filter();
//     // throw SqlError for bad arguments.
//     void filter(ConnectionState& conn, sqlite3_value* const* args);
//     //   or filter(conn, args, StampReader&) for one that reads the authority on every call
//     bool eof() const; void next();
//     void column(sqlite3_context* ctx, int col) const;   // col < kFirstArgColumn
//   };
// Every callback is a noexcept trampoline: std::bad_alloc -> SQLITE_NOMEM, any other exception
// -> SQLITE_ERROR with its message in zErrMsg.
#pragma once

#include <fmt/format.h>

#include <array>
#include <memory>
#include <new>
#include <string>

#include "sqlite/connection_state.hpp"
#include "sqlite/glue.hpp"

namespace clio::sql {

template <class Impl>
class TableFunction {
  static_assert(Impl::kArgCount >= 1 && Impl::kArgCount <= 8, "arguments travel in idxNum bits");

  struct Table : sqlite3_vtab {
    std::shared_ptr<ConnectionState> connection;
  };
  struct Cursor : sqlite3_vtab_cursor {
    typename Impl::Cursor impl;
    sqlite3_int64 rowid = 0;
    bool has_rows = false;  // false after a NULL required argument
    // Copies of the arguments, so the HIDDEN columns read back what was passed.
    std::array<sqlite3_value*, Impl::kArgCount> args{};
    // For impls that read the authority stamp on every filter: kept across filters (impl is
    // replaced on each), finalized when the cursor closes.
    StampReader stamp;
    void release_args() noexcept {
      for (auto*& v : args) {
        sqlite3_value_free(v);
        v = nullptr;
      }
    }
    ~Cursor() { release_args(); }
  };

  static int fail(sqlite3_vtab* vtab, const char* msg) noexcept {
    sqlite3_free(vtab->zErrMsg);
    vtab->zErrMsg = sqlite3_mprintf("%s", msg);
    return SQLITE_ERROR;
  }

  template <class Body>
  static int guard(sqlite3_vtab* vtab, Body&& body) noexcept {
    try {
      return body();
    } catch (const std::bad_alloc&) {
      return SQLITE_NOMEM;
    } catch (const SqlError& e) {
      return fail(vtab, e.what());
    } catch (const std::exception& e) {
      return fail(vtab, fmt::format("{}: internal error: {}", Impl::kName, e.what()).c_str());
    } catch (...) {
      return fail(vtab, Impl::kName);
    }
  }

  static int connect(sqlite3* db, void* client, int, const char* const*, sqlite3_vtab** out, char**) noexcept {
    *out = nullptr;
    int rc = sqlite3_declare_vtab(db, Impl::kSchema);
    if (rc != SQLITE_OK) return rc;
    if constexpr (Impl::kInnocuous) sqlite3_vtab_config(db, SQLITE_VTAB_INNOCUOUS);
    auto* table = new (std::nothrow) Table();
    if (table == nullptr) return SQLITE_NOMEM;
    table->connection = *static_cast<std::shared_ptr<ConnectionState>*>(client);
    *out = table;
    return SQLITE_OK;
  }

  static int disconnect(sqlite3_vtab* vtab) noexcept {
    sqlite3_free(vtab->zErrMsg);
    delete static_cast<Table*>(vtab);
    return SQLITE_OK;
  }

  // Guarded like every callback: the "missing argument" message is formatted, and formatting may
  // throw std::bad_alloc (found by tests/fault: it reached std::terminate).
  static int best_index(sqlite3_vtab* vtab, sqlite3_index_info* info) noexcept {
    return guard(vtab, [&] { return plan(vtab, info); });
  }

  static int plan(sqlite3_vtab* vtab, sqlite3_index_info* info) {
    // For each argument, the constraint that supplies it (usable) or -1; unusable ones noted.
    std::array<int, Impl::kArgCount> usable;
    usable.fill(-1);
    unsigned unusable = 0;
    for (int i = 0; i < info->nConstraint; ++i) {
      const auto& c = info->aConstraint[i];
      const int arg = c.iColumn - Impl::kFirstArgColumn;
      if (arg < 0 || arg >= Impl::kArgCount || c.op != SQLITE_INDEX_CONSTRAINT_EQ) continue;
      if (!c.usable) unusable |= 1u << arg;
      else if (usable[arg] < 0) usable[arg] = i;
    }
    int idx_num = 0;
    int next_argv = 1;
    for (int arg = 0; arg < Impl::kArgCount; ++arg) {
      if (usable[arg] < 0) continue;
      idx_num |= 1 << arg;
      info->aConstraintUsage[usable[arg]].argvIndex = next_argv++;
      info->aConstraintUsage[usable[arg]].omit = 1;
    }
    for (int arg = 0; arg < Impl::kRequiredArgs; ++arg) {
      if (usable[arg] >= 0) continue;
      if (unusable & (1u << arg)) return SQLITE_CONSTRAINT;  // try another join order
      return fail(vtab, fmt::format("{}: argument {} is missing; use {}", Impl::kName, arg + 1, Impl::kUsage).c_str());
    }
    info->idxNum = idx_num;
    info->estimatedCost = 1000.0;
    info->estimatedRows = 100;
    return SQLITE_OK;
  }

  static int open(sqlite3_vtab*, sqlite3_vtab_cursor** out) noexcept {
    try {
      auto* cur = new Cursor();
      *out = cur;
      return SQLITE_OK;
    } catch (...) {
      return SQLITE_NOMEM;
    }
  }

  static int close(sqlite3_vtab_cursor* cur) noexcept {
    delete static_cast<Cursor*>(cur);
    return SQLITE_OK;
  }

  static int filter(sqlite3_vtab_cursor* base, int idx_num, const char*, int argc, sqlite3_value** argv) noexcept {
    auto* cur = static_cast<Cursor*>(base);
    auto* table = static_cast<Table*>(base->pVtab);
    return guard(base->pVtab, [&] {
      std::array<sqlite3_value*, Impl::kArgCount> args{};
      int next = 0;
      for (int arg = 0; arg < Impl::kArgCount && next < argc; ++arg) {
        if (idx_num & (1 << arg)) args[arg] = argv[next++];
      }
      cur->release_args();
      for (int arg = 0; arg < Impl::kArgCount; ++arg) {
        if (args[arg] != nullptr && (cur->args[arg] = sqlite3_value_dup(args[arg])) == nullptr) throw std::bad_alloc();
      }
      cur->rowid = 1;
      cur->has_rows = true;
      for (int arg = 0; arg < Impl::kRequiredArgs; ++arg) {
        if (args[arg] == nullptr || sqlite3_value_type(args[arg]) == SQLITE_NULL) cur->has_rows = false;
      }
      cur->impl = typename Impl::Cursor();
      // The copies live as long as the cursor, so the impl may keep views into their text.
      if (cur->has_rows) {
        if constexpr (requires { cur->impl.filter(*table->connection, cur->args.data(), cur->stamp); })
          cur->impl.filter(*table->connection, cur->args.data(), cur->stamp);
        else
          cur->impl.filter(*table->connection, cur->args.data());
      }
      return SQLITE_OK;
    });
  }

  static int next(sqlite3_vtab_cursor* base) noexcept {
    auto* cur = static_cast<Cursor*>(base);
    return guard(base->pVtab, [&] {
      cur->impl.next();
      ++cur->rowid;
      return SQLITE_OK;
    });
  }

  static int eof(sqlite3_vtab_cursor* base) noexcept {
    auto* cur = static_cast<Cursor*>(base);
    return !cur->has_rows || cur->impl.eof();
  }

  static int column(sqlite3_vtab_cursor* base, sqlite3_context* ctx, int col) noexcept {
    auto* cur = static_cast<Cursor*>(base);
    if (col >= Impl::kFirstArgColumn) {
      if (sqlite3_value* v = cur->args[col - Impl::kFirstArgColumn]) sqlite3_result_value(ctx, v);
      return SQLITE_OK;
    }
    return guard(base->pVtab, [&] {
      cur->impl.column(ctx, col);
      return SQLITE_OK;
    });
  }

  static int rowid(sqlite3_vtab_cursor* base, sqlite3_int64* out) noexcept {
    *out = static_cast<Cursor*>(base)->rowid;
    return SQLITE_OK;
  }

 public:
  static const sqlite3_module* module() noexcept {
    static const sqlite3_module m = [] {
      sqlite3_module mod{};
      mod.iVersion = 0;
      mod.xCreate = nullptr;  // eponymous only: no CREATE VIRTUAL TABLE
      mod.xConnect = connect;
      mod.xBestIndex = best_index;
      mod.xDisconnect = disconnect;
      mod.xDestroy = nullptr;
      mod.xOpen = open;
      mod.xClose = close;
      mod.xFilter = filter;
      mod.xNext = next;
      mod.xEof = eof;
      mod.xColumn = column;
      mod.xRowid = rowid;
      return mod;
    }();
    return &m;
  }
};

}  // namespace clio::sql
