#include "passages/mention_order.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>

namespace clio::passages::detail {

bool document_order(const Mention& a, const Mention& b) {
  if (a.begin != b.begin) return a.begin < b.begin;
  if (a.end != b.end) return a.end > b.end;
  return a.kind < b.kind;
}

std::vector<Mention> in_document_order(std::vector<Mention>&& out, const std::array<std::size_t, 4>& ends) {
  if (std::is_sorted(out.begin(), out.end(), document_order)) return std::move(out);
  auto by_index = [&out](std::uint32_t x, std::uint32_t y) { return document_order(out[x], out[y]); };
  std::vector<std::uint32_t> order(out.size()), merged;
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  bool groups_sorted = true;
  for (std::size_t k = 0, from = 0; k < ends.size(); from = ends[k++])
    groups_sorted = groups_sorted && std::is_sorted(out.begin() + from, out.begin() + ends[k], document_order);
  if (groups_sorted) {
    merged.reserve(order.size());
    for (std::size_t k = 1; k < ends.size(); ++k) {
      merged.clear();
      std::merge(order.begin(), order.begin() + ends[k - 1], order.begin() + ends[k - 1], order.begin() + ends[k],
                 std::back_inserter(merged), by_index);
      std::copy(merged.begin(), merged.end(), order.begin());
    }
  } else {
    std::stable_sort(order.begin(), order.end(), by_index);
  }
  std::vector<Mention> sorted;
  sorted.reserve(out.size());
  for (std::uint32_t i : order) sorted.push_back(std::move(out[i]));
  return sorted;
}

}  // namespace clio::passages::detail
