#include "line_reader.hpp"

#include <bzlib.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>

#include "error.hpp"

namespace clio::cli {

namespace {
bool ends_with(const std::string& s, const char* suffix) {
  std::string t(suffix);
  return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}
}  // namespace

struct LineReader::Source {
  std::FILE* file = nullptr;
  gzFile gz = nullptr;
  BZFILE* bz = nullptr;
  std::string path;
  ~Source() {
    if (gz) gzclose(gz);
    if (bz) {
      int err = 0;
      BZ2_bzReadClose(&err, bz);
    }
    if (file) std::fclose(file);
  }
  // Up to n bytes into p; 0 at the end.
  std::size_t read(char* p, std::size_t n) {
    if (gz) {
      int got = gzread(gz, p, static_cast<unsigned>(n));
      if (got < 0) throw Error(path + ": not a readable gzip file");
      return static_cast<std::size_t>(got);
    }
    if (bz) {
      int err = BZ_OK;
      int got = BZ2_bzRead(&err, bz, p, static_cast<int>(n));
      if (err != BZ_OK && err != BZ_STREAM_END) throw Error(path + ": not a readable bzip2 file");
      return got > 0 ? static_cast<std::size_t>(got) : 0;
    }
    return std::fread(p, 1, n, file);
  }
};

LineReader::LineReader(const std::string& path) : src_(std::make_unique<Source>()) {
  src_->path = path;
  std::error_code ec;
  size_ = std::filesystem::file_size(path, ec);
  if (ends_with(path, ".gz")) {
    src_->gz = gzopen(path.c_str(), "rb");
    if (!src_->gz) throw Error("cannot read " + path);
    gzbuffer(src_->gz, 1 << 18);
    return;
  }
  src_->file = std::fopen(path.c_str(), "rb");
  if (!src_->file) throw Error("cannot read " + path);
  if (ends_with(path, ".bz2")) {
    int err = BZ_OK;
    src_->bz = BZ2_bzReadOpen(&err, src_->file, 0, 0, nullptr, 0);
    if (err != BZ_OK) throw Error(path + ": not a readable bzip2 file");
  }
}

LineReader::~LineReader() = default;

std::uint64_t LineReader::bytes_read() const {
  if (src_->gz) return static_cast<std::uint64_t>(gzoffset(src_->gz));
  long at = std::ftell(src_->file);
  return at < 0 ? 0 : static_cast<std::uint64_t>(at);
}

bool LineReader::fill() {
  if (eof_) return false;
  buf_.erase(0, pos_);
  pos_ = 0;
  std::size_t old = buf_.size();
  constexpr std::size_t kChunk = 1 << 20;
  buf_.resize(old + kChunk);
  std::size_t got = src_->read(buf_.data() + old, kChunk);
  buf_.resize(old + got);
  if (got == 0) eof_ = true;
  return got > 0;
}

bool LineReader::next(std::string& line) {
  for (;;) {
    auto nl = buf_.find('\n', pos_);
    if (nl != std::string::npos) {
      line.assign(buf_, pos_, nl - pos_);
      pos_ = nl + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
    if (!fill()) {
      if (pos_ >= buf_.size()) return false;
      line.assign(buf_, pos_, std::string::npos);
      pos_ = buf_.size();
      return true;
    }
  }
}

}  // namespace clio::cli
