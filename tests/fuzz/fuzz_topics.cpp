// Fuzz target: topic rules (passages/topics.hpp).
//
// Input layout: the first byte % 8 is the number of rules; each rule is one line
// "topic<TAB>pattern" (a line without a tab uses topic "t"); the rest is the text.
//
// Properties checked for every input:
//   * match_all: spans non-empty, inside the text, ordered by begin, then longer first, then
//     topic, without duplicates, topic indexes valid, and each span starts at the beginning of
//     a word and ends at the end of a word (clio::text::WordIterator);
//   * match: ordered the same way, a subset of match_all, non-overlapping within each topic;
//   * without rules, nothing matches; adding a rule that is refused changes nothing.
#include <cstdint>
#include <set>
#include <string_view>
#include <tuple>
#include <vector>

#include "fuzz_check.hpp"
#include "passages/topics.hpp"
#include "text/words.hpp"

using namespace clio::passages;

namespace {

bool ordered(const TopicSpan& a, const TopicSpan& b) {  // a strictly before b
  return std::tuple(a.begin, b.end, a.topic) < std::tuple(b.begin, a.end, b.topic);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  clio::fuzz::FuzzInput in(data, size);
  const int rule_count = in.byte() % 8;
  TopicMatcher m;
  for (int r = 0; r < rule_count && !in.empty(); ++r) {
    std::string_view line = in.until('\n');
    std::string_view topic = "t";
    if (const auto tab = line.find('\t'); tab != std::string_view::npos) {
      topic = line.substr(0, tab);
      line.remove_prefix(tab + 1);
    }
    const std::size_t rules_before = m.rule_count(), topics_before = m.topics().size();
    if (!m.add(topic, line)) FUZZ_CHECK(m.rule_count() == rules_before && m.topics().size() == topics_before);
    else FUZZ_CHECK(m.rule_count() == rules_before + 1);
  }
  const std::string_view s = in.rest();

  std::set<std::size_t> word_begins, word_ends;
  clio::text::for_each_word(s, [&](const clio::text::Word& w) {
    word_begins.insert(w.begin);
    word_ends.insert(w.end);
  });

  const auto all = m.match_all(s);
  if (m.empty()) FUZZ_CHECK(all.empty());
  for (std::size_t i = 0; i < all.size(); ++i) {
    const TopicSpan& t = all[i];
    FUZZ_CHECK(t.begin < t.end && t.end <= s.size());
    FUZZ_CHECK(t.topic < m.topics().size());
    FUZZ_CHECK(word_begins.count(t.begin) == 1 && word_ends.count(t.end) == 1);
    if (i) FUZZ_CHECK(ordered(all[i - 1], t));
  }

  const auto best = m.match(s);
  std::vector<std::size_t> topic_end(m.topics().size(), 0);
  std::vector<bool> seen(m.topics().size(), false);
  std::size_t j = 0;
  for (std::size_t i = 0; i < best.size(); ++i) {
    const TopicSpan& t = best[i];
    if (i) FUZZ_CHECK(ordered(best[i - 1], t));
    while (j < all.size() && ordered(all[j], t)) ++j;  // both lists share the order
    FUZZ_CHECK(j < all.size() && all[j] == t);
    FUZZ_CHECK(t.topic < m.topics().size());
    if (seen[t.topic]) FUZZ_CHECK(t.begin >= topic_end[t.topic]);
    seen[t.topic] = true;
    topic_end[t.topic] = t.end;
  }
  return 0;
}
