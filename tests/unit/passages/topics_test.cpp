#include <doctest/doctest.h>

#include <cstdlib>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <string>
#include <vector>

#include "passages/topics.hpp"
#include "text/words.hpp"

using clio::passages::TopicMatcher;
using clio::passages::TopicSpan;

namespace {

// "topic:surface" for every match, in order.
std::vector<std::string> tags(const TopicMatcher& m, std::string_view text, bool all = false) {
  std::vector<std::string> out;
  for (const TopicSpan& s : all ? m.match_all(text) : m.match(text))
    out.push_back(m.topics()[s.topic] + ":" + std::string(text.substr(s.begin, s.end - s.begin)));
  return out;
}

}  // namespace

TEST_CASE("topics: pattern validation") {
  TopicMatcher m;
  CHECK_FALSE(m.add("x", ""));
  CHECK_FALSE(m.add("x", "*"));
  CHECK_FALSE(m.add("x", "  !! "));
  CHECK_FALSE(m.add("x", "para*ly"));
  CHECK_FALSE(m.add("x", "war **"));
  CHECK_FALSE(m.add("x", "*war"));
  CHECK(m.empty());
  CHECK(m.add("x", "war*"));
  CHECK(m.add("x", "  War   of  words* "));
  CHECK(m.rule_count() == 2);
  CHECK(m.topics().size() == 1);
}

TEST_CASE("topics: words, prefixes and phrases, case-insensitive, any script") {
  TopicMatcher m;
  REQUIRE(m.add("illness", "stroke"));
  REQUIRE(m.add("illness", "paraly*"));
  REQUIRE(m.add("illness", "инсульт*"));
  REQUIRE(m.add("war", "civil war"));
  const std::string text =
      "After his STROKE he was paralyzed; strokes and heatstroke do not count. "
      "Второй Инсульт случился в марте, после инсульта он молчал. "
      "The Civil\n War ended; civil, war does not match.";
  CHECK(tags(m, text) == std::vector<std::string>{"illness:STROKE", "illness:paralyzed", "illness:Инсульт",
                                                  "illness:инсульта", "war:Civil\n War"});
}

TEST_CASE("topics: offsets are bytes into the original text") {
  TopicMatcher m;
  REQUIRE(m.add("illness", "paraly*"));
  const std::string text = "Он — \xFF paraly-\nsis!";
  const auto spans = m.match(text);
  REQUIRE(spans.size() == 1);
  CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin) == "paraly-\nsis");
  CHECK(spans[0].begin == text.find("paraly"));
}

TEST_CASE("topics: overlapping rules, leftmost-longest within a topic") {
  TopicMatcher m;
  REQUIRE(m.add("war", "war"));
  REQUIRE(m.add("war", "civil war"));
  REQUIRE(m.add("war", "russian civil war"));
  REQUIRE(m.add("russia", "russia*"));
  const std::string text = "the Russian Civil War and the war";
  CHECK(tags(m, text) == std::vector<std::string>{"war:Russian Civil War", "russia:Russian", "war:war"});
  CHECK(tags(m, text, true) == std::vector<std::string>{"war:Russian Civil War", "russia:Russian", "war:Civil War",
                                                        "war:War", "war:war"});
}

TEST_CASE("topics: prefix and exact rules for the same word give one span") {
  TopicMatcher m;
  REQUIRE(m.add("t", "stroke"));
  REQUIRE(m.add("t", "stroke*"));
  REQUIRE(m.add("t", "str*"));
  CHECK(tags(m, "a stroke", true) == std::vector<std::string>{"t:stroke"});
}

TEST_CASE("topics: phrase restarts inside a repeated word sequence") {
  TopicMatcher m;
  REQUIRE(m.add("t", "a a b"));
  CHECK(tags(m, "a a a b") == std::vector<std::string>{"t:a a b"});
  // Many partial matches at once stay bounded by the pattern length.
  std::string many;
  for (int i = 0; i < 200000; ++i) many += "a ";
  CHECK(m.match(many).empty());
}

TEST_CASE("topics: speed on prose" * doctest::skip(std::getenv("CLIO_BENCH") == nullptr)) {
  TopicMatcher m;
  const char* rules[][2] = {{"illness", "stroke"}, {"illness", "paraly*"}, {"illness", "инсульт*"},
                            {"war", "civil war"}, {"exile", "exile*"},    {"exile", "сибир*"},
                            {"strike", "strike*"}, {"strike", "забастов*"}, {"prison", "prison*"},
                            {"revolution", "revolution*"}, {"revolution", "революц*"}};
  for (auto& r : rules) REQUIRE(m.add(r[0], r[1]));
  std::string prose;
  const char* parts[] = {"In the spring of 1902 the young revolutionary left Kutais for Batum, where ",
                         "он организовал забастовку рабочих на заводе Ротшильда; ",
                         "the police arrested him in April and he was sent into exile in Siberia. ",
                         "Historians still argue about the importance of this civil war episode. "};
  for (int i = 0; prose.size() < 4'000'000; ++i) prose += parts[i % 4];
  // Best of three runs in process CPU time: the test machine is shared.
  std::vector<TopicSpan> spans;
  double mbps = 0;
  for (int run = 0; run < 3; ++run) {
    const std::clock_t c0 = std::clock();
    spans = m.match(prose);
    const double secs = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    mbps = std::max(mbps, prose.size() / 1e6 / std::max(secs, 1e-6));
  }
  std::printf("topic matching: %.1f MB/s (%zu spans)\n", mbps, spans.size());
  CHECK(spans.size() >= 50'000);
}

// match_all() skips words whose first key bytes start no pattern word (the lead filter). Checked
// against a plain reference on random texts: every single word of the text whose key equals a
// word pattern or starts with a prefix pattern must be reported, and nothing else. The alphabet
// mixes upper/lower ASCII, Cyrillic, ё, stress marks, apostrophes and OCR hyphenation, and the
// patterns include one-letter prefixes, so every branch of the filter is exercised.
TEST_CASE("topics: the lead filter agrees with a plain reference on random text") {
  static const char* const kPieces[] = {"a", "B", "st", "Str", "oke", "K", "ж", "Ж", "ё", "е", "\xcc\x81",
                                        "'", "\xe2\x80\x99", "x", "Q", "1"};
  std::uint32_t seed = 12345;
  auto rnd = [&](std::uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  auto random_word = [&](std::size_t max_pieces) {
    std::string w;
    const std::size_t pieces = 1 + rnd(static_cast<std::uint32_t>(max_pieces));
    for (std::size_t k = 0; k < pieces; ++k) w += kPieces[rnd(std::size(kPieces))];
    return w;
  };
  for (int round = 0; round < 200; ++round) {
    TopicMatcher m;
    struct Rule {
      std::string key;
      bool prefix;
    };
    std::vector<Rule> rules;
    for (int r = 0; r < 6; ++r) {
      const std::string w = random_word(3);
      const bool prefix = rnd(2) == 0;
      clio::text::WordIterator it(w);
      clio::text::Word word, second;
      if (!it.next(word) || it.next(second) || word.end != w.size()) continue;  // one whole word only
      if (clio::text::word_key(w, word).empty()) continue;  // a lone stress mark: a key that matches nothing
      if (!m.add("t", prefix ? w + "*" : w)) continue;
      rules.push_back({clio::text::word_key(w, word), prefix});
    }
    std::string text;
    for (int k = 0; k < 60; ++k) {
      if (k) text += rnd(5) == 0 ? "-\n" : (rnd(4) == 0 ? ", " : " ");
      text += random_word(4);
    }
    std::vector<std::pair<std::size_t, std::size_t>> expected, got;
    clio::text::for_each_word(text, [&](const clio::text::Word& w) {
      const std::string key = clio::text::word_key(text, w);
      for (const Rule& r : rules)
        if (r.prefix ? key.compare(0, r.key.size(), r.key) == 0 && key.size() >= r.key.size() : key == r.key) {
          expected.emplace_back(w.begin, w.end);
          break;
        }
    });
    for (const TopicSpan& s : m.match_all(text)) got.emplace_back(s.begin, s.end);
    if (got != expected) {
      std::string why = text + "\nrules:";
      for (const Rule& r : rules) why += " [" + r.key + (r.prefix ? "*]" : "]");
      why += "\ngot:";
      for (auto& g : got) why += " " + text.substr(g.first, g.second - g.first);
      why += "\nexpected:";
      for (auto& e : expected) why += " " + text.substr(e.first, e.second - e.first);
      FAIL_CHECK(why);
    }
  }
}
