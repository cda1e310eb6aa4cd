// clio sql DB: the sqlite3 shell on DB with clio's loadable module loaded. The module is looked for
// beside this program as installed (PREFIX/bin/clio -> PREFIX/LIBDIR/clio.so) and as built
// (build/bin/clio -> build/clio.so); when it or the shell is missing, the command prints the line to
// run instead.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "commands.hpp"

namespace clio::cli {

int sql_shell(const std::string& db, const char* argv0) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (ec) self = fs::absolute(argv0);
  fs::path dir = self.parent_path();
  std::string module;
  for (const fs::path& candidate : {dir / ".." / CLIO_INSTALL_LIBDIR / "clio.so", dir / ".." / "clio.so"})
    if (fs::exists(candidate, ec)) {
      module = fs::weakly_canonical(candidate).replace_extension().string();
      break;
    }
  std::string load = ".load " + (module.empty() ? std::string("PATH/TO/clio") : module);
  if (module.empty() || !std::getenv("PATH")) {
    std::printf("sqlite3 -cmd '%s' %s\n", load.c_str(), db.c_str());
    return module.empty() ? 1 : 0;
  }
  execlp("sqlite3", "sqlite3", "-cmd", load.c_str(), db.c_str(), static_cast<char*>(nullptr));
  // Only reached when the shell is not installed.
  std::fprintf(stderr, "clio sql: no sqlite3 shell (Debian: apt-get install sqlite3); with one, run:\n");
  std::printf("sqlite3 -cmd '%s' %s\n", load.c_str(), db.c_str());
  return 1;
}

}  // namespace clio::cli
