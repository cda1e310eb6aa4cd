#include "passages/topics.hpp"

#include <algorithm>

#include "text/words.hpp"

namespace clio::passages {
namespace {

struct PatternWord {
  std::string key;
  bool prefix;
};

// Splits a pattern into word keys; false when a '*' is misplaced or there is no word.
bool parse_pattern(std::string_view pattern, std::vector<PatternWord>& out) {
  using clio::text::Word;
  clio::text::WordIterator it(pattern);
  Word w;
  std::size_t last_end = 0;
  while (it.next(w)) {
    // Anything between words may be white space or one '*' right after the previous word.
    for (std::size_t k = last_end; k < w.begin; ++k) {
      if (pattern[k] == '*' && k + 1 == w.begin) return false;  // "para*ly": '*' inside a word
      if (pattern[k] == '*' && !(k == last_end && !out.empty() && !out.back().prefix)) return false;
      if (pattern[k] == '*') out.back().prefix = true;
    }
    out.push_back({clio::text::word_key(pattern, w), false});
    last_end = w.end;
  }
  for (std::size_t k = last_end; k < pattern.size(); ++k) {
    if (pattern[k] == '*' && !(k == last_end && !out.empty() && !out.back().prefix)) return false;
    if (pattern[k] == '*') out.back().prefix = true;
  }
  return !out.empty();
}

unsigned char ascii_lower(char c) {
  return static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

bool only_spaces(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(s[i]);
    if (b == ' ' || b == '\t' || b == '\n' || b == '\r') continue;
    if (b == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;  // no-break space
      continue;
    }
    return false;
  }
  return true;
}

}  // namespace

void TopicMatcher::note_key(const std::string& key) {
  if (key.empty()) {
    no_filter_ = true;
  } else if (key.size() == 1) {
    const auto a = static_cast<unsigned char>(key[0]);
    short_[a >> 6] |= std::uint64_t{1} << (a & 63);
  } else {
    const auto a = static_cast<unsigned char>(key[0]), b = static_cast<unsigned char>(key[1]);
    pairs_[(a << 2) | (b >> 6)] |= std::uint64_t{1} << (b & 63);
  }
}

std::uint32_t TopicMatcher::word_symbol(const std::string& key) {
  note_key(key);
  auto [it, inserted] = words_.emplace(key, static_cast<std::uint32_t>(words_.size()));
  return it->second;
}

std::uint32_t TopicMatcher::prefix_symbol(const std::string& key) {
  note_key(key);
  if (prefix_terminal_.empty()) prefix_terminal_.push_back(kNone);
  std::uint32_t node = 0;
  for (unsigned char b : key) {
    const std::uint64_t edge = (std::uint64_t{node} << 8) | b;
    auto it = prefix_edges_.find(edge);
    if (it == prefix_edges_.end()) {
      const auto child = static_cast<std::uint32_t>(prefix_terminal_.size());
      prefix_terminal_.push_back(kNone);
      it = prefix_edges_.emplace(edge, child).first;
    }
    node = it->second;
  }
  if (prefix_terminal_[node] == kNone) prefix_terminal_[node] = kPrefixBit | node;
  return prefix_terminal_[node];
}

std::uint32_t TopicMatcher::phrase_child(std::uint32_t node, std::uint32_t symbol) {
  if (phrase_topics_.empty()) phrase_topics_.emplace_back();
  const std::uint64_t edge = (std::uint64_t{node} << 32) | symbol;
  auto it = phrase_edges_.find(edge);
  if (it != phrase_edges_.end()) return it->second;
  const auto child = static_cast<std::uint32_t>(phrase_topics_.size());
  phrase_topics_.emplace_back();
  phrase_edges_.emplace(edge, child);
  return child;
}

bool TopicMatcher::add(std::string_view topic, std::string_view pattern) {
  std::vector<PatternWord> words;
  if (!parse_pattern(pattern, words)) return false;
  std::uint32_t node = 0;
  for (const PatternWord& pw : words) {
    const std::uint32_t sym = pw.prefix ? prefix_symbol(pw.key) : word_symbol(pw.key);
    node = phrase_child(node, sym);
  }
  auto [tit, inserted] = topic_index_.emplace(std::string(topic), static_cast<std::uint32_t>(topics_.size()));
  if (inserted) topics_.emplace_back(topic);
  auto& ends = phrase_topics_[node];
  if (std::find(ends.begin(), ends.end(), tit->second) == ends.end()) ends.push_back(tit->second);
  ++rules_;
  return true;
}

void TopicMatcher::symbols_of(const std::string& key, std::vector<std::uint32_t>& out) const {
  out.clear();
  if (auto it = words_.find(key); it != words_.end()) out.push_back(it->second);
  if (prefix_terminal_.empty()) return;
  std::uint32_t node = 0;
  for (unsigned char b : key) {
    auto it = prefix_edges_.find((std::uint64_t{node} << 8) | b);
    if (it == prefix_edges_.end()) return;
    node = it->second;
    if (prefix_terminal_[node] != kNone) out.push_back(prefix_terminal_[node]);
  }
}

std::vector<TopicSpan> TopicMatcher::match_all(std::string_view text) const {
  std::vector<TopicSpan> out;
  if (rules_ == 0) return out;
  struct Active {
    std::uint32_t node;
    std::size_t begin;
  };
  std::vector<Active> active, next;
  std::vector<std::uint32_t> syms;
  std::string key;
  std::size_t prev_end = 0;
  clio::text::WordIterator it(text);
  clio::text::Word w;
  while (it.next(w)) {
    // A phrase continues only across white space.
    if (!active.empty() && !only_spaces(text.substr(prev_end, w.begin - prev_end))) active.clear();
    prev_end = w.end;
    // A word whose key cannot start like any pattern word carries no symbol. The key of a word
    // without OCR hyphenation starts with its first two bytes lower-cased when they are ASCII
    // (text/words.hpp), so such words are rejected without building their key.
    const std::string_view s = text.substr(w.begin, w.end - w.begin);
    syms.clear();
    if (s.size() >= 2 && !w.has(clio::text::Word::kLineHyphen) && static_cast<unsigned char>(s[0]) < 0x80 &&
        static_cast<unsigned char>(s[1]) < 0x80) {
      if (may_match(ascii_lower(s[0]), ascii_lower(s[1]))) {
        key.clear();
        clio::text::append_word_key(key, text, w);
        symbols_of(key, syms);
      }
    } else {
      key.clear();
      clio::text::append_word_key(key, text, w);
      if (key.size() < 2 || may_match(static_cast<unsigned char>(key[0]), static_cast<unsigned char>(key[1])))
        symbols_of(key, syms);
    }
    next.clear();
    if (!syms.empty()) {
      active.push_back({0, w.begin});
      for (const Active& a : active) {
        for (std::uint32_t sym : syms) {
          auto e = phrase_edges_.find((std::uint64_t{a.node} << 32) | sym);
          if (e == phrase_edges_.end()) continue;
          const std::uint32_t child = e->second;
          for (std::uint32_t t : phrase_topics_[child]) out.push_back({a.begin, w.end, t});
          next.push_back({child, a.begin});
        }
      }
    }
    active.swap(next);
  }
  std::sort(out.begin(), out.end(), [](const TopicSpan& a, const TopicSpan& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.topic < b.topic;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<TopicSpan> TopicMatcher::match(std::string_view text) const {
  std::vector<TopicSpan> all = match_all(text);
  std::vector<std::size_t> covered_to(topics_.size(), 0);
  std::vector<TopicSpan> out;
  for (const TopicSpan& s : all) {
    // Sorted by begin, longer first: the first span seen at a position is the longest.
    if (s.begin < covered_to[s.topic]) continue;
    covered_to[s.topic] = s.end;
    out.push_back(s);
  }
  return out;
}

}  // namespace clio::passages
