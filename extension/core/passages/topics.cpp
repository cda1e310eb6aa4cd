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

// The ASCII bytes that a word's key turns into the key byte `k`: those whose 0x20 bit set is
// `k` (pair_rejects() reads only ASCII pairs; other pairs are never rejected).
std::vector<unsigned> ascii_spellings(unsigned char k) {
  if (k >= 0x80 || !(k & 0x20)) return {};
  return {k, k & ~0x20u};
}

}  // namespace

void TopicMatcher::note_key(const std::string& key, bool prefix) {
  if (key.empty()) {
    no_filter_ = true;
    std::fill(pairs_.begin(), pairs_.end(), ~std::uint64_t{0});
    return;
  }
  const text::KeyHead h = text::key_head(key);
  const bool short_prefix = prefix && h.size < 4;
  const std::size_t bit = head_bit(h.bytes, short_prefix ? 4 + h.size : h.size);
  heads_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  short_prefixes_ |= short_prefix;
  auto set_pair = [&](unsigned pair) { pairs_[pair >> 6] |= std::uint64_t{1} << (pair & 63); };
  const auto k0 = static_cast<unsigned char>(key[0]);
  if (key.size() >= 2) {
    const auto k1 = static_cast<unsigned char>(key[1]);
    for (unsigned b0 : ascii_spellings(k0))
      for (unsigned b1 : ascii_spellings(k1)) set_pair(b0 | (b1 << 8));
  } else {  // a one-byte word or prefix: pair_rejects() reads any byte after it
    for (unsigned b0 : ascii_spellings(k0))
      for (unsigned second = 0; second < 256; ++second) set_pair(b0 | (second << 8));
  }
}

std::vector<std::uint64_t> TopicMatcher::non_ascii_pairs() {
  std::vector<std::uint64_t> bits(1024);
  for (unsigned pair = 0; pair < 65536; ++pair)
    if (pair & 0x8080u) bits[pair >> 6] |= std::uint64_t{1} << (pair & 63);
  return bits;
}

bool TopicMatcher::short_prefix_of(const text::KeyHead& head) const noexcept {
  for (std::uint32_t n = 1; n <= head.size && n < 4; ++n)
    if (has_head_bit(head_bit(head.bytes & ((std::uint32_t{1} << (8 * n)) - 1), 4 + n))) return true;
  return false;
}

std::uint32_t TopicMatcher::word_symbol(const std::string& key) {
  note_key(key, false);
  auto [it, inserted] = words_.emplace(key, static_cast<std::uint32_t>(words_.size()));
  return it->second;
}

std::uint32_t TopicMatcher::prefix_symbol(const std::string& key) {
  note_key(key, true);
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

void TopicMatcher::Stream::any_word(const text::Word& w) {
  if (m_.rules_ == 0) return;
  // A phrase continues only across white space.
  if (!active_.empty() && !only_spaces(text_.substr(prev_end_, w.begin - prev_end_))) active_.clear();
  prev_end_ = w.end;
  // A word whose key cannot start like any pattern word carries no symbol; most words are
  // rejected on the head of their key, read off the surface without building the key.
  syms_.clear();
  text::KeyHead head;
  const bool key_built = !text::word_key_head(text_, w, head);
  if (key_built) {
    key_.clear();
    text::append_word_key(key_, text_, w);
    head = text::key_head(key_);
  }
  if (m_.may_match(head)) {
    if (!key_built) {
      key_.clear();
      text::append_word_key(key_, text_, w);
    }
    m_.symbols_of(key_, syms_);
  }
  if (syms_.empty()) {  // most words: no phrase goes on through them
    active_.clear();
    return;
  }
  next_.clear();
  active_.push_back({0, w.begin});
  for (const Active& a : active_) {
    for (std::uint32_t sym : syms_) {
      auto e = m_.phrase_edges_.find((std::uint64_t{a.node} << 32) | sym);
      if (e == m_.phrase_edges_.end()) continue;
      const std::uint32_t child = e->second;
      for (std::uint32_t t : m_.phrase_topics_[child]) out_.push_back({a.begin, w.end, t});
      next_.push_back({child, a.begin});
    }
  }
  active_.swap(next_);
}

std::vector<TopicSpan> TopicMatcher::Stream::all() {
  std::vector<TopicSpan> out = std::move(out_);
  out_.clear();
  std::sort(out.begin(), out.end(), [](const TopicSpan& a, const TopicSpan& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return a.topic < b.topic;
  });
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<TopicSpan> TopicMatcher::Stream::leftmost_longest() {
  std::vector<TopicSpan> all_spans = all();
  std::vector<std::size_t> covered_to(m_.topics_.size(), 0);
  std::vector<TopicSpan> out;
  for (const TopicSpan& s : all_spans) {
    // Sorted by begin, longer first: the first span seen at a position is the longest.
    if (s.begin < covered_to[s.topic]) continue;
    covered_to[s.topic] = s.end;
    out.push_back(s);
  }
  return out;
}

std::vector<TopicSpan> TopicMatcher::match_all(std::string_view text) const {
  Stream st(*this, text);
  if (rules_ != 0) text::for_each_word(text, [&](const text::Word& w) { st.word(w); });
  return st.all();
}

std::vector<TopicSpan> TopicMatcher::match(std::string_view text) const {
  Stream st(*this, text);
  if (rules_ != 0) text::for_each_word(text, [&](const text::Word& w) { st.word(w); });
  return st.leftmost_longest();
}

}  // namespace clio::passages
