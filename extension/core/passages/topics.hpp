// Topic rules: the core of clio_topic(topic, pattern) and of `topic` mentions.
//
// A pattern is one word or a phrase of words, in any script, matched case-insensitively on
// whole words (clio::text word keys: case-folded, stress marks and soft hyphens ignored,
// ё = е, ’ = '). A word ending in `*` matches every word that starts with it:
//
//   stroke        "stroke", "Stroke", "STROKE"            (not "strokes", not "heatstroke")
//   paraly*       "paralysis", "paralyzed", "Paraly-\nsis" (OCR hyphenation is joined)
//   инсульт*      "инсульта", "Инсультом"
//   civil war     "Civil War", "civil\n war"              (words separated by white space only)
//
// Words of a phrase must be separated by white space alone in the text: "civil. War" and
// "civil, war" do not match "civil war". Hyphenated compounds are one word, so "civil-war"
// matches the pattern "civil-war" but not "civil war".
//
// The matcher is built once from (topic, pattern) pairs: exact words go into a hash table,
// prefixes into a byte trie, phrases into a trie over word symbols. Matching walks the text's
// words once and keeps the set of partially matched phrases, so its cost is linear in the text
// (times a factor bounded by the rule set, not by the text). Two bit sets (8 KB each), of the
// first two bytes as a text word may spell them and of the first four bytes (text::KeyHead) of
// every pattern word's key, reject
// most text words before their key is looked up, and words in ASCII or Cyrillic before their key
// is even built (most ASCII words on two bytes alone): most words of prose match no rule.
#pragma once

#include <bit>
#include <cstddef>
#include <cstring>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/words.hpp"

namespace clio::passages {

struct TopicSpan {
  std::size_t begin = 0;   // byte offset of the first matched word
  std::size_t end = 0;     // byte offset one past the last matched word
  std::uint32_t topic = 0; // index into TopicMatcher::topics()
  bool operator==(const TopicSpan&) const = default;
};

class TopicMatcher {
 public:
  // Adds one rule. Returns false (and adds nothing) when the pattern has no word, or a `*`
  // stands anywhere but at the end of a word, or follows no letter.
  bool add(std::string_view topic, std::string_view pattern);

  // Topic names in order of first appearance; TopicSpan::topic indexes this.
  const std::vector<std::string>& topics() const noexcept { return topics_; }
  std::size_t rule_count() const noexcept { return rules_; }
  bool empty() const noexcept { return rules_ == 0; }

  // Every match of every rule, each (begin, end, topic) once, ordered by begin, then longer
  // first, then topic.
  std::vector<TopicSpan> match_all(std::string_view text) const;

  // Leftmost-longest matches, non-overlapping within each topic (two topics may tag the same
  // words), ordered like match_all. This is what `topic` mentions use.
  std::vector<TopicSpan> match(std::string_view text) const;

  // The same matching fed one word at a time, for a caller that already walks the text's words
  // (the name scanner): no second pass over the text. Feed every word of `text` in order
  // (text::WordIterator), then take all() (= match_all) or leftmost_longest() (= match).
  class Stream {
   public:
    Stream(const TopicMatcher& matcher, std::string_view text) : m_(matcher), text_(text) {}
    void word(const text::Word& w) {
      // Most words: no phrase is under way and the first two bytes of the key, or else its
      // head, reject the word.
      if (active_.empty()) {
        text::KeyHead head;
        if (m_.pair_rejects(text_, w) ||
            ((text::ascii_key_head(text_, w, head) || text::word_key_head(text_, w, head)) && !m_.may_match(head))) {
          prev_end_ = w.end;
          return;
        }
      }
      any_word(w);
    }
    // word() of a plain word at [begin, end) (text::WordIterator::next_passing_over: no OCR
    // hyphenation) when it would only note the word's end: no phrase is under way and the
    // filters reject it, as in word(). Notes it and returns true then; false: call word().
    bool passes_over(std::size_t begin, std::size_t end) noexcept {
      if (!active_.empty()) return false;
      if (!m_.pair_rejects_at(text_, begin)) {
        text::KeyHead head;
        const text::Word w{begin, end, 0};
        if (!(text::ascii_key_head(text_, w, head) || text::word_key_head(text_, w, head)) || m_.may_match(head))
          return false;
      }
      prev_end_ = end;
      return true;
    }
    std::vector<TopicSpan> all();
    std::vector<TopicSpan> leftmost_longest();

   private:
    void any_word(const text::Word& w);

    struct Active {
      std::uint32_t node;
      std::size_t begin;
    };
    const TopicMatcher& m_;
    std::string_view text_;
    std::vector<Active> active_, next_;
    std::vector<std::uint32_t> syms_;
    std::string key_;
    std::size_t prev_end_ = 0;
    std::vector<TopicSpan> out_;
  };

 private:
  static constexpr std::uint32_t kPrefixBit = 0x80000000u;
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  std::uint32_t word_symbol(const std::string& key);
  std::uint32_t prefix_symbol(const std::string& key);
  std::uint32_t phrase_child(std::uint32_t node, std::uint32_t symbol);
  // Symbols that one text word (given as its key) carries: its exact id, then prefix ids.
  void symbols_of(const std::string& key, std::vector<std::uint32_t>& out) const;
  // The lead filter: records the head (text::KeyHead) of a pattern word's key; may_match() is
  // false when no word or prefix pattern can match a key with that head.
  void note_key(const std::string& key, bool prefix);
  bool may_match(const text::KeyHead& head) const noexcept {
    return no_filter_ || has_head_bit(head_bit(head.bytes, head.size)) || (short_prefixes_ && short_prefix_of(head));
  }
  // The cheaper first filter: true when the word's key cannot start with the first two bytes of
  // any pattern word's key, read off a word whose first two bytes are ASCII: for letters,
  // digits, ' and - (all an ASCII word holds), setting the 0x20 bit is what the key does to them.
  // A one-byte word reads the byte after it as its second: one-byte patterns mark every second
  // byte. False for any other word.
  bool pair_rejects(std::string_view text, const text::Word& w) const noexcept {
    return !w.has(text::Word::kLineHyphen) && pair_rejects_at(text, w.begin);
  }
  // pair_rejects() of a word starting at `begin` without OCR hyphenation: one bit of pairs_,
  // indexed by the two bytes as they stand (note_key() did the lower-casing).
  bool pair_rejects_at(std::string_view text, std::size_t begin) const noexcept {
    if (begin + 1 >= text.size()) return false;
    unsigned pair;
    if constexpr (std::endian::native == std::endian::little) {
      std::uint16_t v;  // one load for both bytes
      std::memcpy(&v, text.data() + begin, sizeof v);
      pair = v;
    } else {
      pair = unsigned{static_cast<unsigned char>(text[begin])} | (unsigned{static_cast<unsigned char>(text[begin + 1])} << 8);
    }
    return !((pairs_[pair >> 6] >> (pair & 63)) & 1);
  }
  // True when the key starts with a prefix pattern of fewer than 4 bytes.
  bool short_prefix_of(const text::KeyHead& head) const noexcept;
  // The filter bit of a head; `tag` = head size for heads of words and of prefixes of 4 bytes or
  // more, 4 + size for shorter prefixes (any key starting with them may match).
  static std::size_t head_bit(std::uint32_t bytes, std::uint32_t tag) noexcept {
    return static_cast<std::size_t>((((std::uint64_t{bytes} << 3) | tag) * 0x9E3779B97F4A7C15ull) >> 48);
  }
  bool has_head_bit(std::size_t bit) const noexcept { return (heads_[bit >> 6] >> (bit & 63)) & 1; }

  std::vector<std::string> topics_;
  std::unordered_map<std::string, std::uint32_t> topic_index_;
  std::unordered_map<std::string, std::uint32_t> words_;  // word key -> symbol
  // Prefix byte trie: node 0 is the root; edge key = node << 8 | byte.
  std::unordered_map<std::uint64_t, std::uint32_t> prefix_edges_;
  std::vector<std::uint32_t> prefix_terminal_;  // node -> prefix symbol or kNone
  // Phrase trie over symbols: node 0 is the root; edge key = node << 32 | symbol.
  std::unordered_map<std::uint64_t, std::uint32_t> phrase_edges_;
  std::vector<std::vector<std::uint32_t>> phrase_topics_;  // node -> topics ending here
  std::size_t rules_ = 0;
  std::vector<std::uint64_t> heads_ = std::vector<std::uint64_t>(1024);  // 65,536 bits: head_bit() of pattern words
  // 65,536 bits, one per pair of bytes b0 | b1 << 8 as a word starts in the text; pair_rejects()
  // reads it. Set for every pair with a byte >= 0x80 (never rejected), and for the ASCII pairs
  // whose lower-casing (the 0x20 bit) starts a pattern word's key (a one-byte key: followed by
  // any byte; an empty key: every pair).
  std::vector<std::uint64_t> pairs_ = non_ascii_pairs();
  static std::vector<std::uint64_t> non_ascii_pairs();
  bool short_prefixes_ = false;  // a prefix pattern of fewer than 4 bytes: shorter heads are tested too
  bool no_filter_ = false;       // an empty key: the filter cannot reject anything
};

}  // namespace clio::passages
