// clio timeline DB OUT.svg [options]: runs the timeline tool (samples/timeline_svg.py, installed as
// PREFIX/share/clio/timeline_svg.py) with Python on DB, handing it clio's module for sentence
// bounds. The drawing is Python's job (standard library SVG, PNG through rsvg-convert); this
// command finds the script, the module and the interpreter so that the user does not have to.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "commands.hpp"

namespace clio::cli {

int timeline(const std::string& db, const std::string& out, const std::vector<std::string>& extra) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path dir = fs::read_symlink("/proc/self/exe", ec).parent_path();
  std::string script, module;
  for (const fs::path& c : {dir / ".." / "share" / "clio" / "timeline_svg.py", fs::path(CLIO_SOURCE_DIR) / "samples" / "timeline_svg.py"})
    if (fs::exists(c, ec)) {
      script = fs::weakly_canonical(c).string();
      break;
    }
  for (const fs::path& c : {dir / ".." / CLIO_INSTALL_LIBDIR / "clio.so", dir / ".." / "clio.so"})
    if (fs::exists(c, ec)) {
      module = fs::weakly_canonical(c).replace_extension().string();
      break;
    }
  if (script.empty()) {
    std::fprintf(stderr, "clio timeline: timeline_svg.py not found beside this program (install clio with cmake --install)\n");
    return 1;
  }
  // Debian's python3 can load extensions (the sentence bounds); another one draws by passages.
  const char* python = fs::exists("/usr/bin/python3", ec) ? "/usr/bin/python3" : "python3";
  std::vector<std::string> args{python, script, db, out};
  if (!module.empty()) args.insert(args.end(), {"--clio", module});
  for (const auto& e : extra)
    if (e != "--") args.push_back(e);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  execvp(python, argv.data());
  std::fprintf(stderr, "clio timeline: cannot run %s (Debian: apt-get install python3)\n", python);
  return 1;
}

}  // namespace clio::cli
