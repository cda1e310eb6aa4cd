// clio_version() and clio_debug(): what users quote when they report a problem.
//
//   SELECT clio_version();   -- '0.1.0'
//   SELECT clio_debug();     -- version, commit, compiler, SQLite compiled/running, ICU, build type
#include <fmt/format.h>
#include <unicode/uversion.h>

#include "clio/build_info.hpp"
#include "sqlite/glue.hpp"

namespace clio::sql {
namespace {

void version(const Call& call) { call.result_text(CLIO_VERSION_STRING); }

std::string compiler() {
#if defined(__clang__)
  return fmt::format("clang {}.{}.{}", __clang_major__, __clang_minor__, __clang_patchlevel__);
#elif defined(__GNUC__)
  return fmt::format("gcc {}.{}.{}", __GNUC__, __GNUC_MINOR__, __GNUC_PATCHLEVEL__);
#else
  return "unknown";
#endif
}

void debug(const Call& call) {
  UVersionInfo icu;
  u_getVersion(icu);
  char icu_text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(icu, icu_text);
#ifdef SQLITE_CORE
  const char* linkage = "static (SQLITE_CORE)";
#else
  const char* linkage = "loadable";
#endif
  call.result_text(fmt::format(
      "clio {}\ncommit: {}\ncompiler: {}\nbuild: {}, {}\nsqlite compiled: {}\nsqlite running: {}\nicu: {}",
      CLIO_VERSION_STRING, CLIO_GIT_COMMIT, compiler(), CLIO_BUILD_TYPE, linkage, SQLITE_VERSION,
      sqlite3_libversion(), icu_text));
}

// clio_version() is a constant of the build: safe in indexes and schema objects.
// clio_debug() reports the running SQLite library, which may change under the same database,
// so it is innocuous but not deterministic.
constexpr FunctionSpec kFunctions[] = {
    {"clio_version", 0, 0, SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, version},
    {"clio_debug", 0, 0, SQLITE_INNOCUOUS, debug},
};

}  // namespace

std::span<const FunctionSpec> info_functions() { return kFunctions; }

}  // namespace clio::sql
