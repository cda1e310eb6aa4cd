#include <doctest/doctest.h>

#include <cstdlib>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <string>
#include <vector>

#include "text/utf8.hpp"
#include "text/words.hpp"

using namespace clio::text;

namespace {

std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  for_each_word(s, [&](const Word& w) { out.emplace_back(s.substr(w.begin, w.end - w.begin)); });
  return out;
}

std::vector<std::string> keys_of(std::string_view s) {
  std::vector<std::string> out;
  for_each_word(s, [&](const Word& w) { out.push_back(word_key(s, w)); });
  return out;
}

}  // namespace

TEST_CASE("words: letters, digits, inner apostrophes and hyphens") {
  CHECK(words_of("G. V. Plekhanov, 1856-1918!") ==
        std::vector<std::string>{"G", "V", "Plekhanov", "1856-1918"});
  CHECK(words_of("d'Anthès and O\u2019Brien's 'quote'") ==
        std::vector<std::string>{"d'Anthès", "and", "O\u2019Brien's", "quote"});
  CHECK(words_of("Санкт-Петербург, 1825 г.") == std::vector<std::string>{"Санкт-Петербург", "1825", "г"});
  CHECK(words_of("-- a - b --") == std::vector<std::string>{"a", "b"});
  CHECK(words_of("end-") == std::vector<std::string>{"end"});
  CHECK(words_of("").empty());
  CHECK(words_of("... ,;: !!").empty());
}

TEST_CASE("words: any script, combining marks stay inside the word") {
  // Stress accent U+0301 on the Russian word, Greek, Georgian, Chinese characters.
  CHECK(words_of("Толсто\u0301й и Ἀθῆναι ჯუღაშვილი 北京") ==
        std::vector<std::string>{"Толсто\u0301й", "и", "Ἀθῆναι", "ჯუღაშვილი", "北京"});
}

TEST_CASE("words: byte offsets and flags") {
  const std::string s = "  Lenin\u2019s USSR, 1924 стал";
  std::vector<Word> ws;
  for_each_word(s, [&](const Word& w) { ws.push_back(w); });
  REQUIRE(ws.size() == 4);
  CHECK(ws[0].begin == 2);
  CHECK(s.substr(ws[0].begin, ws[0].size()) == "Lenin\u2019s");
  CHECK(ws[0].has(Word::kCapitalized));
  CHECK_FALSE(ws[0].has(Word::kAllUpper));
  CHECK(ws[0].has(Word::kInnerJoiner));
  CHECK(ws[1].has(Word::kAllUpper));
  CHECK(ws[2].has(Word::kHasDigit));
  CHECK_FALSE(ws[2].has(Word::kHasLetter));
  CHECK_FALSE(ws[3].has(Word::kCapitalized));
  CHECK(ws[3].end == s.size());
}

TEST_CASE("words: Cyrillic case flags (fast path) agree with ICU") {
  std::vector<Word> ws;
  const std::string s = "Ёлка ЁЛКА ёлка Ѣ ѣ";
  for_each_word(s, [&](const Word& w) { ws.push_back(w); });
  REQUIRE(ws.size() == 5);
  CHECK(ws[0].has(Word::kCapitalized));
  CHECK_FALSE(ws[0].has(Word::kAllUpper));
  CHECK(ws[1].has(Word::kAllUpper));
  CHECK_FALSE(ws[2].has(Word::kCapitalized));
  CHECK(ws[3].has(Word::kCapitalized));  // U+0462, outside the fast path
  CHECK_FALSE(ws[4].has(Word::kCapitalized));
}

// word_key_head() reads the head of the key off the surface (ASCII and basic Cyrillic, with its
// own folding table): it must agree with the key that append_word_key() builds, for every basic
// Cyrillic letter in first and second place, short and long words, and joiners.
TEST_CASE("words: the key head read off the surface agrees with the key") {
  std::string text;
  for (char32_t cp = 0x400; cp < 0x460; ++cp) {
    append_utf8(text, cp);
    append_utf8(text, cp ^ 0x20);
    text += "x ";
    append_utf8(text, 0x0416);
    append_utf8(text, cp);
    text += "ab ";
  }
  text += "War WAR war's O'Brien Bonch-Bruevich ab a Ab AB 1825 XIX x1 d'Anthès ёлка ЁЖИК Mc@Q [Z]";
  std::size_t read = 0;
  for_each_word(text, [&](const Word& w) {
    KeyHead head;
    if (!word_key_head(text, w, head)) return;
    ++read;
    const KeyHead built = key_head(word_key(text, w));
    CHECK(head.bytes == built.bytes);
    CHECK(head.size == built.size);
  });
  CHECK(read > 0x60);  // most of them: all but the second letters beyond U+045F
  // Anything else is left to the key: accented Latin first, OCR hyphenation.
  KeyHead head;
  const std::string other = "\xc3\x89" "cole revolu-\ntion";
  std::vector<Word> ws;
  for_each_word(other, [&](const Word& w) { ws.push_back(w); });
  REQUIRE(ws.size() == 2);
  CHECK_FALSE(word_key_head(other, ws[0], head));
  CHECK_FALSE(word_key_head(other, ws[1], head));
  CHECK(key_head("war").size == 3);
  CHECK(key_head("revolution").size == 4);
}

TEST_CASE("words: OCR hyphenation at a line end joins lower-case continuations") {
  const std::string s = "the revolu-\n  tion and the Franco-\nPrussian war";
  CHECK(words_of(s) == std::vector<std::string>{"the", "revolu-\n  tion", "and", "the", "Franco", "Prussian", "war"});
  CHECK(keys_of(s)[1] == "revolution");
  // Soft hyphen inside a word and at a line end.
  CHECK(keys_of("Revo\u00ADlu\u00AD\ntion") == std::vector<std::string>{"revolution"});
}

TEST_CASE("words: keys fold case, stress marks, apostrophes and yo") {
  CHECK(keys_of("ТОЛСТО\u0301Й Ёлка O\u2019Brien MÄRZ") ==
        std::vector<std::string>{"толстой", "елка", "o'brien", "märz"});
  CHECK(phrase_key("  Civil   WAR ") == "civil war");
  CHECK(phrase_key("!!") == "");
}

TEST_CASE("words: malformed UTF-8 never joins a word") {
  const std::string s = "ab\xFF" "cd \xD0 ef\x80";
  CHECK(words_of(s) == std::vector<std::string>{"ab", "cd", "ef"});
  // A lone lead byte at the very end.
  CHECK(words_of("x\xE2") == std::vector<std::string>{"x"});
}

TEST_CASE("words: pathological inputs are linear") {
  const std::string hyphens(1'000'000, '-');
  CHECK(words_of(hyphens).empty());
  std::string alt;
  for (int i = 0; i < 300'000; ++i) alt += "a-\n";
  // Every 'a-\n' is followed by 'a': one long hyphenated word.
  CHECK(words_of(alt).size() == 1);
}

TEST_CASE("words: speed on prose" * doctest::skip(std::getenv("CLIO_BENCH") == nullptr)) {
  std::string prose;
  const char* parts[] = {"In the spring of 1902 the young revolutionary left Kutais for Batum, where ",
                         "он организовал забастовку рабочих на заводе Ротшильда; ",
                         "die Polizei verhaftete ihn im April, und er wurde nach Sibirien verbannt. ",
                         "Les historiens discutent encore de l'importance de cet épisode. "};
  for (int i = 0; prose.size() < 8'000'000; ++i) prose += parts[i % 4];
  // Best of three runs in process CPU time: the test machine is shared.
  std::size_t count = 0;
  double mbps = 0;
  for (int run = 0; run < 3; ++run) {
    count = 0;
    const std::clock_t c0 = std::clock();
    for_each_word(prose, [&](const Word&) { ++count; });
    const double secs = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    mbps = std::max(mbps, prose.size() / 1e6 / std::max(secs, 1e-6));
  }
  std::printf("word tokenizer: %.1f MB/s (%zu words)\n", mbps, count);
  CHECK(count > 1'000'000);
}
