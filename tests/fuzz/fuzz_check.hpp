// Shared helpers for clio's fuzz targets (tests/fuzz/fuzz_*.cpp).
//
// Each target defines LLVMFuzzerTestOneInput and states the properties ("oracles") that must
// hold for EVERY input, not just for valid ones. A violated property is reported with
// FUZZ_CHECK: it prints the condition, the source line and the input (escaped, truncated) to
// stderr, then aborts, so libFuzzer saves the input as a crash and the replay driver fails.
//
// FuzzInput hands out pieces of the raw bytes so one input can choose options and carry text:
//   FuzzInput in(data, size);
//   int mode = in.byte() % 4;            // 0 when the input is exhausted
//   std::string_view text = in.rest();
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace clio::fuzz {

// Prints `s` as a C string literal (at most 400 bytes) so a failure can be reproduced by hand.
inline void print_escaped(std::FILE* f, std::string_view s) {
  std::fputc('"', f);
  const std::size_t n = s.size() < 400 ? s.size() : 400;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == '"' || c == '\\') std::fprintf(f, "\\%c", c);
    else if (c >= 0x20 && c < 0x7F) std::fputc(c, f);
    else std::fprintf(f, "\\x%02X", c);
  }
  std::fputc('"', f);
  if (n < s.size()) std::fprintf(f, " ... (%zu bytes in all)", s.size());
  std::fputc('\n', f);
}

[[noreturn]] inline void fail(const char* cond, const char* file, int line, std::string_view input) {
  std::fprintf(stderr, "FUZZ CHECK FAILED: %s\n  at %s:%d\n  input: ", cond, file, line);
  print_escaped(stderr, input);
  std::fflush(stderr);
  std::abort();
}

// Consumes the raw input from the front: option bytes first, the text last.
class FuzzInput {
 public:
  FuzzInput(const std::uint8_t* data, std::size_t size)
      : s_(reinterpret_cast<const char*>(data), size) {}
  std::uint8_t byte() {
    if (s_.empty()) return 0;
    const auto b = static_cast<std::uint8_t>(s_.front());
    s_.remove_prefix(1);
    return b;
  }
  // Up to `n` bytes.
  std::string_view take(std::size_t n) {
    const auto part = s_.substr(0, n);
    s_.remove_prefix(part.size());
    return part;
  }
  // Bytes up to the first `sep` (not included; the separator is consumed), or all that is left.
  std::string_view until(char sep) {
    const auto at = s_.find(sep);
    const auto part = s_.substr(0, at);
    s_.remove_prefix(at == std::string_view::npos ? s_.size() : at + 1);
    return part;
  }
  std::string_view rest() {
    const auto part = s_;
    s_ = {};
    return part;
  }
  bool empty() const { return s_.empty(); }

 private:
  std::string_view s_;
};

}  // namespace clio::fuzz

// The whole input of the current run, for failure messages; each target sets it first thing.
#define FUZZ_CHECK_INPUT(data, size) \
  const std::string_view fuzz_input_(reinterpret_cast<const char*>(data), size)
#define FUZZ_CHECK(cond) \
  do { \
    if (!(cond)) ::clio::fuzz::fail(#cond, __FILE__, __LINE__, fuzz_input_); \
  } while (0)
