// Internal: small pieces every file of the date grammar uses (date_grammar*.cpp): the bounds that
// keep each rule's lookahead constant, the nesting guard, and token shape tests.
#pragma once

#include "dates/date_grammar.hpp"

namespace clio::dates::detail {

inline constexpr int kMaxFillers = 4;   // "in the first half of the", "au début du"
inline constexpr int kMaxMarks = 4;     // "1917 г. по ст. ст.", "(O.S.)"
inline constexpr int kMaxPhraseWords = 6;  // "according to the Old Style calendar"
inline constexpr int kMaxDepth = 6;     // nesting of rules (fillers, parts, dual dates): keeps lookahead bounded

// Counts rule nesting for the lifetime of one rule call.
class DepthGuard {
 public:
  explicit DepthGuard(int& depth) : depth_(depth) { ++depth_; }
  ~DepthGuard() { --depth_; }
  DepthGuard(const DepthGuard&) = delete;
  DepthGuard& operator=(const DepthGuard&) = delete;
  bool too_deep() const { return depth_ > kMaxDepth; }

 private:
  int& depth_;
};

inline bool adjacent(const Token& t) { return !t.space; }

inline bool is_apostrophe(const Token& t) {
  return t.kind == TokKind::punct && (t.ch == '\'' || t.ch == 0x2019 || t.ch == 0x2032);
}

inline bool is_open(const Token& t) { return t.is_punct('(') || t.is_punct('['); }
inline char32_t closer(char32_t open) { return open == '(' ? ')' : ']'; }

}  // namespace clio::dates::detail
