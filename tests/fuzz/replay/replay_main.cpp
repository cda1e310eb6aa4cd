// Replay driver: runs saved inputs through a fuzz target without libFuzzer.
//
//   replay_<target> PATH...      each PATH is a file or a folder (every regular file in it,
//                                in name order; folders are not descended into)
//
// Linked with one tests/fuzz/fuzz_<target>.cpp, built by any compiler (gcc, with or without
// ASan/UBSan), so the normal test run replays the seed corpora and every saved crash. Calls
// LLVMFuzzerInitialize first when the target defines it. Prints "replayed N inputs" and
// exits 0, or exits non-zero when an input crashes or breaks a FUZZ_CHECK: the signal handler
// names the file being replayed before the process dies.
#include <algorithm>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);

namespace {

// The file being replayed, for the signal handler (which may only call async-signal-safe code).
const char* g_current = "(none)";

void write_str(const char* s) {
  const ssize_t ignored = ::write(2, s, std::strlen(s));
  (void)ignored;
}

extern "C" void on_fatal_signal(int sig) {
  write_str("replay: crashed while running input ");
  write_str(g_current);
  write_str("\n");
  std::signal(sig, SIG_DFL);
  std::raise(sig);
}

bool read_file(const std::filesystem::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s FILE_OR_FOLDER...\n", argv[0]);
    return 2;
  }
  for (int sig : {SIGABRT, SIGSEGV, SIGBUS, SIGFPE, SIGILL}) std::signal(sig, on_fatal_signal);
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);

  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path p(argv[i]);
    std::error_code ec;
    if (std::filesystem::is_directory(p, ec)) {
      std::vector<std::filesystem::path> in_dir;
      for (const auto& e : std::filesystem::directory_iterator(p, ec))
        if (e.is_regular_file()) in_dir.push_back(e.path());
      std::sort(in_dir.begin(), in_dir.end());
      files.insert(files.end(), in_dir.begin(), in_dir.end());
    } else if (std::filesystem::is_regular_file(p, ec)) {
      files.push_back(p);
    } else {
      std::fprintf(stderr, "replay: no such file or folder: %s\n", argv[i]);
      return 2;
    }
  }

  std::string data, name;
  for (const auto& f : files) {
    if (!read_file(f, data)) {
      std::fprintf(stderr, "replay: cannot read %s\n", f.c_str());
      return 2;
    }
    name = f.string();
    g_current = name.c_str();
    // A private copy of exactly `size` bytes, so ASan sees reads past the end of the input.
    std::vector<std::uint8_t> buf(data.begin(), data.end());
    LLVMFuzzerTestOneInput(buf.data(), buf.size());
  }
  std::printf("replayed %zu inputs\n", files.size());
  return 0;
}
