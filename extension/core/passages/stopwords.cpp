#include "passages/stopwords.hpp"

#include <cstdint>
#include <string_view>
#include <vector>

#include "passages/generated/passages_data.hpp"

namespace clio::passages::detail {

const std::vector<bool>& stop_pairs() {
  static const std::vector<bool> pairs = [] {
    std::vector<bool> v(65536, false);
    for (std::size_t k = 0; k < data::kStopwordCount; ++k) {
      const std::string_view w = data::kStopwords[k].key;
      v[(static_cast<unsigned char>(w.front()) << 8) | static_cast<unsigned char>(w.back())] = true;
    }
    return v;
  }();
  return pairs;
}

namespace {

// The stopwords in an open-addressing table with a cheap hash: stopwords are short and looked
// up for most words of every line, where std::unordered_set's hashing showed in profiles.
class StopSet {
 public:
  StopSet() {
    std::size_t size = 64;
    while (size < data::kStopwordCount * 4) size *= 2;
    slots_.assign(size, std::string_view());
    for (std::size_t k = 0; k < data::kStopwordCount; ++k) {
      const std::string_view w = data::kStopwords[k].key;
      if (w.empty()) continue;
      std::size_t i = hash(w) & (slots_.size() - 1);
      while (!slots_[i].empty() && slots_[i] != w) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = w;
    }
  }
  bool contains(std::string_view key) const {
    if (key.empty()) return false;
    for (std::size_t i = hash(key) & (slots_.size() - 1);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i].empty()) return false;
      if (slots_[i] == key) return true;
    }
  }

 private:
  static std::size_t hash(std::string_view w) {
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : w) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
  std::vector<std::string_view> slots_;
};

}  // namespace

bool is_stop_key(std::string_view key) {
  static const StopSet stops;
  const std::vector<bool>& pairs = stop_pairs();
  if (key.empty()) return false;
  if (pairs[(static_cast<unsigned char>(key.front()) << 8) | static_cast<unsigned char>(key.back())] &&
      stops.contains(key))
    return true;
  // French elision: l'histoire, d'une, qu'il.
  const std::size_t apo = key.find('\'');
  return apo != std::string_view::npos && apo >= 1 && apo <= 2 && apo + 1 < key.size();
}

}  // namespace clio::passages::detail
