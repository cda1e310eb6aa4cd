// A sorted array of (key32 << 32 | value32) entries with a direct table over the keys' top bits,
// so finding the entries of one key costs one or two cache misses instead of a binary search
// over millions of entries (the authority's deletion, phonetic and signature indexes).
#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace clio::names {

class BucketIndex {
 public:
  // Takes the entries (any order; duplicates removed) and builds the table with 2^bits buckets.
  void build(std::vector<std::uint64_t> entries, int bits) {
    std::sort(entries.begin(), entries.end());
    entries.erase(std::unique(entries.begin(), entries.end()), entries.end());
    entries.shrink_to_fit();
    entries_ = std::move(entries);
    shift_ = 32 - bits;
    start_.assign((std::size_t{1} << bits) + 1, 0);
    for (std::uint64_t e : entries_) ++start_[(static_cast<std::uint32_t>(e >> 32) >> shift_) + 1];
    for (std::size_t i = 1; i < start_.size(); ++i) start_[i] += start_[i - 1];
  }
  // The entries whose key is `key`.
  std::pair<const std::uint64_t*, const std::uint64_t*> range(std::uint32_t key) const noexcept {
    if (entries_.empty()) return {nullptr, nullptr};
    const std::uint32_t b = key >> shift_;
    const std::uint64_t* lo = entries_.data() + start_[b];
    const std::uint64_t* hi = entries_.data() + start_[b + 1];
    const std::uint64_t k = static_cast<std::uint64_t>(key) << 32;
    lo = std::lower_bound(lo, hi, k);
    const std::uint64_t* e = lo;
    while (e != hi && (*e >> 32) == key) ++e;
    return {lo, e};
  }
  const std::vector<std::uint64_t>& entries() const noexcept { return entries_; }
  std::size_t memory_bytes() const noexcept { return entries_.capacity() * 8 + start_.capacity() * 4; }

 private:
  std::vector<std::uint64_t> entries_;
  std::vector<std::uint32_t> start_;
  int shift_ = 32;
};

}  // namespace clio::names
