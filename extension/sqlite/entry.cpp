// clio's entry points: sqlite3_clio_init registers every function and module from the domain
// registration tables, stopping at the first failure and reporting it through pzErrMsg.
//
//   .load ./build/clio                      -- sqlite3 shell
//   conn.load_extension("./build/clio")      -- Python, after enable_load_extension(True)
//   sqlite3_auto_extension((void(*)(void))sqlite3_clio_init);   -- static embedding (clio.h)
#define CLIO_ENTRY_TRANSLATION_UNIT
#include "sqlite/sqlite_api.hpp"
SQLITE_EXTENSION_INIT1

#include <fmt/format.h>

#include <string>

#include "sqlite/connection_state.hpp"
#include "sqlite/glue.hpp"

namespace clio::sql {
namespace {

void set_error(char** pzErrMsg, const std::string& msg) noexcept {
  if (pzErrMsg != nullptr) *pzErrMsg = sqlite3_mprintf("%s", msg.c_str());
}

int register_functions(sqlite3* db, std::span<const FunctionSpec> specs,
                       const std::shared_ptr<ConnectionState>& conn, char** pzErrMsg) {
  for (const FunctionSpec& spec : specs) {
    for (int n = spec.min_args; n <= spec.max_args; ++n) {
      // SQLite owns the binding from here on, and deletes it even when registration fails.
      auto* binding = new FunctionBinding{&spec, conn};
      const int rc = sqlite3_create_function_v2(db, spec.name, n, SQLITE_UTF8 | spec.flags, binding,
                                                dispatch_scalar, nullptr, nullptr,
                                                [](void* p) { delete static_cast<FunctionBinding*>(p); });
      if (rc != SQLITE_OK) {
        set_error(pzErrMsg, fmt::format("clio: cannot register {}() with {} arguments: {}", spec.name, n,
                                        sqlite3_errstr(rc)));
        return rc;
      }
    }
  }
  return SQLITE_OK;
}

int register_modules(sqlite3* db, std::span<const ModuleSpec> specs,
                     const std::shared_ptr<ConnectionState>& conn, char** pzErrMsg) {
  for (const ModuleSpec& spec : specs) {
    // The module's client data is a reference to the connection state, released by SQLite.
    auto* client = new std::shared_ptr<ConnectionState>(conn);
    const int rc = sqlite3_create_module_v2(db, spec.name, spec.module, client,
                                            [](void* p) { delete static_cast<std::shared_ptr<ConnectionState>*>(p); });
    if (rc != SQLITE_OK) {
      set_error(pzErrMsg, fmt::format("clio: cannot register module {}: {}", spec.name, sqlite3_errstr(rc)));
      return rc;
    }
  }
  return SQLITE_OK;
}

int init(sqlite3* db, char** pzErrMsg) {
  if (sqlite3_libversion_number() < kMinimumSqliteVersion) {
    set_error(pzErrMsg, fmt::format("clio needs SQLite {} or newer; this process runs SQLite {}",
                                    kMinimumSqliteVersionText, sqlite3_libversion()));
    return SQLITE_ERROR;
  }
  auto conn = std::make_shared<ConnectionState>(db);
  const std::span<const FunctionSpec> function_tables[] = {info_functions(), date_functions(), name_functions(),
                                                            passage_functions(), mention_functions()};
  const std::span<const ModuleSpec> module_tables[] = {date_modules(), name_modules(), passage_modules(), mention_modules()};
  for (auto table : function_tables) {
    if (int rc = register_functions(db, table, conn, pzErrMsg); rc != SQLITE_OK) return rc;
  }
  for (auto table : module_tables) {
    if (int rc = register_modules(db, table, conn, pzErrMsg); rc != SQLITE_OK) return rc;
  }
  return SQLITE_OK;
}

}  // namespace
}  // namespace clio::sql

extern "C" __attribute__((visibility("default"))) int sqlite3_clio_init(sqlite3* db, char** pzErrMsg,
                                                                         const sqlite3_api_routines* pApi) {
  SQLITE_EXTENSION_INIT2(pApi);
  try {
    return clio::sql::init(db, pzErrMsg);
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (...) {
    clio::sql::set_error(pzErrMsg, "clio: initialization failed");
    return SQLITE_ERROR;
  }
}
