// Unit tests of the order of reported mentions (passages/mention_order.hpp): the merge of sorted
// groups and the fallback for a group out of order give what a stable sort of all would.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

#include "passages/mention_order.hpp"

using namespace clio::passages;
using clio::passages::detail::document_order;
using clio::passages::detail::in_document_order;

namespace {

// Four groups (the tagger's kinds) of random mentions over a short text, so that starts, ends and
// kinds tie often; each mention's value is its index, to tell equal mentions apart.
struct Groups {
  std::vector<Mention> all;
  std::array<std::size_t, 4> ends{};
};

Groups random_groups(std::mt19937& rng, bool sort_each) {
  Groups g;
  for (std::size_t k = 0; k < 4; ++k) {
    const std::size_t from = g.all.size();
    const int count = std::uniform_int_distribution<int>(0, 12)(rng);
    for (int i = 0; i < count; ++i) {
      Mention m;
      m.begin = rng() % 20;
      m.end = m.begin + 1 + rng() % 6;
      m.kind = static_cast<MentionKind>(rng() % 2 == 0 ? k : rng() % 5);
      m.value = std::to_string(g.all.size());
      g.all.push_back(m);
    }
    if (sort_each) std::stable_sort(g.all.begin() + from, g.all.end(), document_order);
    g.ends[k] = g.all.size();
  }
  return g;
}

std::vector<std::string> values(const std::vector<Mention>& ms) {
  std::vector<std::string> v;
  for (const Mention& m : ms) v.push_back(m.value);
  return v;
}

std::vector<std::string> stable_sorted(std::vector<Mention> ms) {
  std::stable_sort(ms.begin(), ms.end(), document_order);
  return values(ms);
}

}  // namespace

TEST_CASE("in_document_order is a stable sort of all the groups") {
  std::mt19937 rng(20261128);
  int merged = 0, fallback = 0, in_order = 0;
  for (int n = 0; n < 3000; ++n) {
    Groups g = random_groups(rng, n % 3 != 0);
    if (n % 10 == 0) std::stable_sort(g.all.begin(), g.all.end(), document_order);  // the usual case
    const bool sorted_all = std::is_sorted(g.all.begin(), g.all.end(), document_order);
    bool groups_sorted = true;
    for (std::size_t k = 0, from = 0; k < 4; from = g.ends[k++])
      groups_sorted = groups_sorted && std::is_sorted(g.all.begin() + from, g.all.begin() + g.ends[k], document_order);
    (sorted_all ? in_order : groups_sorted ? merged : fallback)++;
    const std::vector<std::string> expected = stable_sorted(g.all);
    std::vector<Mention> copy = g.all;
    CHECK(values(in_document_order(std::move(copy), g.ends)) == expected);
  }
  // Every path is taken: already in order, sorted groups merged, a group out of order.
  CHECK(in_order > 100);
  CHECK(merged > 100);
  CHECK(fallback > 100);
}

TEST_CASE("document order: by start, the longer first, then by kind") {
  Mention a, b;
  a.begin = 3, a.end = 9, a.kind = MentionKind::place;
  b.begin = 3, b.end = 5, b.kind = MentionKind::person;
  CHECK(document_order(a, b));
  CHECK_FALSE(document_order(b, a));
  b.end = 9;
  CHECK(document_order(b, a));  // person before place at the same span
  b.begin = 2;
  CHECK(document_order(b, a));
}
