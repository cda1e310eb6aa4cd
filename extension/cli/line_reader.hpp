// Reads a large file line by line, plain or compressed (.gz through zlib, .bz2 through libbz2), in
// chunks: memory stays bounded whatever the file's size (the Wikidata dump is over 100 GB).
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace clio::cli {

class LineReader {
 public:
  explicit LineReader(const std::string& path);  // throws Error when it cannot be opened
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line without its line break; false at the end. Throws on a read error.
  bool next(std::string& line);
  // Compressed bytes read so far, and the file's size: for a progress line.
  std::uint64_t bytes_read() const;
  std::uint64_t file_size() const { return size_; }

 private:
  struct Source;
  std::unique_ptr<Source> src_;
  std::string buf_;
  std::size_t pos_ = 0;
  bool eof_ = false;
  std::uint64_t size_ = 0;
  bool fill();
};

}  // namespace clio::cli
