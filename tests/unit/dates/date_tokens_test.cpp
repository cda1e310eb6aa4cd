// The date tokenizer (dates/date_tokens.hpp): tokens read in batches and by look-ahead jumps are
// the tokens read one at a time, the inline lexicon lookup of short words agrees with
// lex::lookup, and fold_word_into agrees with folding character by character.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "dates/date_letters.hpp"
#include "dates/date_lexicon.hpp"
#include "dates/date_tokens.hpp"
#include "text/utf8.hpp"

using namespace clio::dates;

namespace {

// Short and long ASCII words, Cyrillic and accented words, Roman numerals with ordinal endings,
// numbers, punctuation, a no-break space and line breaks: every path of the tokenizer.
std::string mixed_text(int repeats) {
  std::string s;
  for (int r = 0; r < repeats; ++r) {
    s += "On 30 December 1922, the Soviet Union was formed; au XVIIIe si\xC3\xA8" "cle, ";
    s += "\xD0\xB2 1917 \xD0\xB3\xD0\xBE\xD0\xB4\xD1\x83 (O.S.)\xC2\xA0" "and extraordinarily-long-words\n";
    s += "MCMXX\tXIXth 12.4.1961 p. 44 \xE2\x80\x94 Sept. 3rd ";
  }
  return s;
}

void check_same(const Token& a, const Token& b) {
  CHECK(a.begin == b.begin);
  CHECK(a.end == b.end);
  CHECK(a.kind == b.kind);
  CHECK(a.value == b.value);
  CHECK(a.digits == b.digits);
  CHECK(a.lex == b.lex);
  CHECK(a.roles == b.roles);
  CHECK(a.ch == b.ch);
  CHECK(a.roman == b.roman);
  CHECK(a.letters == b.letters);
  CHECK(a.space == b.space);
  CHECK(a.newline == b.newline);
  CHECK(a.roman_ord == b.roman_ord);
  CHECK(a.upper == b.upper);
  CHECK(a.all_upper == b.all_upper);
}

std::vector<Token> one_at_a_time(std::string_view text) {
  std::vector<Token> out;
  TokenStream ts(text);
  for (std::size_t i = 0; ts.at(i).kind != TokKind::end; ++i) {
    out.push_back(ts.at(i));
    if (i > 4) ts.release_before(i - 4);
  }
  return out;
}

std::uint64_t le_bytes(std::string_view s) {
  std::uint64_t v = 0;
  for (std::size_t k = 0; k < s.size(); ++k)
    v |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[k])) << (8 * k);
  return v;
}

}  // namespace

TEST_CASE("date tokens: reading ahead across the window gives the tokens read one at a time") {
  const std::string text = mixed_text(40);  // well over the 256-token window
  const std::vector<Token> want = one_at_a_time(text);
  REQUIRE(want.size() > 1000);
  TokenStream ts(text);
  // Ask 100 tokens ahead first, then walk up to it: tokens come in batches and out of order.
  for (std::size_t i = 0; i < want.size(); i += 100) {
    const std::size_t ahead = i + 100 < want.size() ? i + 100 : want.size() - 1;
    const Token far = ts.at(ahead);
    CAPTURE(ahead);
    check_same(far, want[ahead]);
    for (std::size_t k = i; k <= ahead; ++k) {
      CAPTURE(k);
      check_same(ts.at(k), want[k]);
    }
    if (i > 4) ts.release_before(i - 4);
  }
  CHECK(ts.at(want.size()).kind == TokKind::end);
  CHECK(ts.at(want.size() + 1000).kind == TokKind::end);
}

TEST_CASE("date tokens: a text shorter than a batch, and one that ends inside a word") {
  for (const std::string text : {"", " ", "1922", "May", "in May 1922", "XIXe", "\xD0\xBC\xD0\xB0\xD1\x8F"}) {
    CAPTURE(text);
    const std::vector<Token> want = one_at_a_time(text);
    TokenStream ts(text);
    CHECK(ts.at(want.size()).kind == TokKind::end);
    for (std::size_t k = 0; k < want.size(); ++k) check_same(ts.at(k), want[k]);
  }
}

TEST_CASE("date lexicon: the inline lookup of a word of up to 8 bytes agrees with lookup") {
  for (std::string_view w : {"may", "a", "the", "january", "december", "septembr", "sept", "bc", "xyz", "in",
                             "zzzzzzzz", "\xD0\xBC\xD0\xB0\xD1\x8F", "\xD0\xB3\xD0\xBE\xD0\xB4\xD0\xB0"}) {
    CAPTURE(w);
    CHECK(lex::lookup_word(le_bytes(w), w.size(), lex::key_hash(w)) == lex::lookup(w));
  }
  CHECK(lex::lookup_word(le_bytes("may"), 3, lex::key_hash("may")) != nullptr);
}

namespace {

// fold_word_into as it was before ASCII bytes got their own loop: every character decoded, folded
// with letters::fold_letter and encoded again.
bool fold_reference(std::string_view text, std::string& out, std::size_t cap) {
  std::size_t i = 0;
  while (i < text.size()) {
    const clio::text::Char ch = clio::text::next_char(text, i);
    const char32_t c = clio::dates::letters::fold_letter(ch.cp);
    std::string enc;
    if (c < 0x80) {
      enc += static_cast<char>(c);
    } else if (c < 0x800) {
      enc += static_cast<char>(0xC0 | (c >> 6));
      enc += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      enc += static_cast<char>(0xE0 | (c >> 12));
      enc += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      enc += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      enc += static_cast<char>(0xF0 | (c >> 18));
      enc += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      enc += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      enc += static_cast<char>(0x80 | (c & 0x3F));
    }
    if (out.size() + enc.size() > cap) return false;
    out += enc;
    i += ch.len;
  }
  return true;
}

}  // namespace

TEST_CASE("fold_word_into: ASCII bytes folded in place give what decoding every character gives") {
  // Generated words over ASCII letters and punctuation, accented Latin, Cyrillic (ё folds to е),
  // an invalid byte, and every buffer size up to the folded length.
  const std::vector<std::string> pieces = {"a", "Z", "m", "Q", ".", "-", "'", "0", "\xC3\x89", "\xC3\xA9",
                                           "\xD0\x81", "\xD1\x91", "\xD0\x96", "\xE2\x80\x94", "\xFF"};
  std::uint32_t seed = 12345;
  for (int n = 0; n < 2000; ++n) {
    std::string word;
    const int len = 1 + n % 9;
    for (int k = 0; k < len; ++k) {
      seed = seed * 1103515245u + 12345u;
      word += pieces[(seed >> 16) % pieces.size()];
    }
    CAPTURE(word);
    for (std::size_t cap = 0; cap <= 2 * word.size() + 2; ++cap) {
      char buf[64];
      std::size_t len_got = 0;
      const bool ok = fold_word_into(word, 0, word.size(), buf, cap, len_got);
      std::string want;
      const bool want_ok = fold_reference(word, want, cap);
      CHECK(ok == want_ok);
      if (ok && want_ok) CHECK(std::string(buf, len_got) == want);
    }
  }
}
