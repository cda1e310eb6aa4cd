// The tokenizer under the date grammar: numbers, words (case-folded and looked up in the date
// lexicon once, while they are read) and punctuation, with byte offsets into the original text.
//
// Text is walked with clio::text::next_char, so invalid UTF-8 is harmless (it becomes U+FFFD
// punctuation). Tokens are produced lazily into a sliding window: the grammar looks a bounded
// number of tokens ahead, and the window drops tokens behind the parse position, so memory stays
// bounded on a 100 MB text and every token is produced once (linear time).
#pragma once

#include <cstddef>
#include <cstdint>
#include <new>
#include <string_view>
#include <type_traits>

#include "dates/date_lexicon.hpp"

namespace clio::dates {

enum class TokKind : std::uint8_t { end, number, word, punct };

struct Token {
  // Fields ordered by size: 64 bytes, one cache line.
  std::size_t begin = 0, end = 0;   // byte offsets [begin, end)
  std::int64_t value = 0;           // number: its value, saturated at kNumberCap
  // word: lexicon entry (nullptr when unknown) and a copy of its roles (0 when unknown), which the
  // grammar tests on every token it looks at without a second memory access
  const lex::Entry* lex = nullptr;
  std::uint64_t roles = 0;
  std::uint32_t digits = 0;          // number: digits written
  char32_t ch = 0;                   // punct: the code point
  std::uint16_t roman = 0;           // word: Roman numeral value (0 when not one)
  std::uint16_t letters = 0;         // word: number of letters (saturated), for abbreviations
  TokKind kind = TokKind::end;
  bool space = false;                // whitespace precedes the token
  bool newline = false;              // a line break precedes the token
  bool roman_ord = false;            // "XVIIIe", "Ier": a Roman numeral with a French ordinal ending
  bool upper = false;                // first letter is upper case
  bool all_upper = false;            // every letter is upper case (Roman "XIX" vs the word "mix")

  bool is(std::uint64_t role) const noexcept { return (roles & role) != 0; }
  bool is_punct(char32_t c) const noexcept { return kind == TokKind::punct && ch == c; }
  // '-', en dash, em dash, figure dash, minus sign, hyphen
  // A word short enough to be an abbreviation that takes a dot ("Dec.", "Sept.", "Jh.", "г.").
  bool abbreviation() const noexcept { return kind == TokKind::word && letters <= 4; }
  bool is_dash() const noexcept {
    return kind == TokKind::punct && (ch == '-' || ch == 0x2010 || ch == 0x2011 || ch == 0x2012 ||
                                      ch == 0x2013 || ch == 0x2014 || ch == 0x2015 || ch == 0x2212);
  }
};

static_assert(std::is_trivially_copyable_v<Token> && std::is_trivially_destructible_v<Token>);
static_assert(sizeof(Token) <= 64);

inline constexpr std::int64_t kNumberCap = 1'000'000'000'000LL;

namespace icu_names {
class WordTable;
}

class TokenStream {
 public:
  // `extra`: month and weekday names of a further language (date_icu_names.hpp), looked up for
  // words the lexicon does not know; nullptr for none.
  explicit TokenStream(std::string_view text, const icu_names::WordTable* extra = nullptr)
      : text_(text), extra_(extra) {
    end_.begin = end_.end = text.size();
    stale_.kind = TokKind::punct;
    stale_.ch = 0xFFFD;
  }
  // Token number i (0-based over the whole text); an end token past the last one. The reference
  // stays valid until release_before() passes i or the caller asks for a token kWindow or more
  // ahead of it (tokens are read in batches of up to kBatch, but those read beyond the one asked
  // for never push out older ones).
  const Token& at(std::size_t i) {
    if (i - base_ < count_) return slot(i);  // also false for i < base_ (wraps)
    return at_slow(i);
  }
  // Tells the stream that tokens before i will not be asked for again.
  void release_before(std::size_t i) {
    if (i <= base_) return;
    const std::size_t drop = i - base_ < count_ ? i - base_ : count_;
    base_ += drop;
    count_ -= drop;
  }
  std::string_view text() const noexcept { return text_; }

 private:
  // Tokens kept at once: far more than any rule looks ahead, so references stay valid in a rule.
  // Raw storage: constructing a whole window per parse_date call would cost more than parsing.
  static constexpr std::size_t kWindow = 256;
  static constexpr std::size_t kBatch = 16;
  Token& slot(std::size_t i) { return *std::launder(reinterpret_cast<Token*>(ring_ + (i & (kWindow - 1)) * sizeof(Token))); }
  const Token& at_slow(std::size_t i);
  void fill_through(std::size_t i);
  std::string_view text_;
  const icu_names::WordTable* extra_ = nullptr;
  alignas(Token) unsigned char ring_[kWindow * sizeof(Token)];
  std::size_t count_ = 0;  // tokens held: [base_, base_ + count_)
  Token end_;
  Token stale_;
  std::size_t base_ = 0;  // absolute index of the oldest token held
  std::size_t pos_ = 0;   // next byte to tokenize
  bool done_ = false;
};

// Appends the case-folded form of the word text [begin, end) to a fixed buffer; false if it does not
// fit. Used for phrase keys; folding is the same as the tokenizer's (ICU simple folding, ё -> е).
bool fold_word_into(std::string_view text, std::size_t begin, std::size_t end, char* buf,
                    std::size_t cap, std::size_t& len) noexcept;

// Value of a Roman numeral in canonical form ("xviii" = 18, "MCMXX" = 1920), 0 if not one.
int roman_value(std::string_view ascii_letters) noexcept;

}  // namespace clio::dates
