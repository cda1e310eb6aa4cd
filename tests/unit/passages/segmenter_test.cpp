#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "passages/abbreviations.hpp"
#include "passages/segmenter.hpp"
#include "text/words.hpp"

using namespace clio::passages;

namespace {

std::vector<std::string> split(std::string_view text, Unit unit = Unit::sentence) {
  std::vector<std::string> out;
  for (const Span& s : segment(text, unit)) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("segment: plain sentences, trimming, no empty passages") {
  CHECK(split("  He left.  She stayed!   Why? ") == V{"He left.", "She stayed!", "Why?"});
  CHECK(split("").empty());
  CHECK(split(" \n\n \t ").empty());
  CHECK(split("no final punctuation") == V{"no final punctuation"});
  CHECK(split("\u00A0Text with NBSP.\u3000") == V{"Text with NBSP."});
}

TEST_CASE("segment: initials and titles") {
  CHECK(split("G. V. Plekhanov met Mr. Smith and Dr. Jones in St. Petersburg. Then they left.") ==
        V{"G. V. Plekhanov met Mr. Smith and Dr. Jones in St. Petersburg.", "Then they left."});
  CHECK(split("В. И. Ленин и А. С. Пушкин. Второе предложение.") ==
        V{"В. И. Ленин и А. С. Пушкин.", "Второе предложение."});
  CHECK(split("M. Dupont et Mme Curie. Fin.") == V{"M. Dupont et Mme Curie.", "Fin."});
}

TEST_CASE("segment: numbers after abbreviations") {
  CHECK(split("It happened in Dec. 1825 and c. 1850, see vol. 3, p. 15 and ch. IV. Next sentence.") ==
        V{"It happened in Dec. 1825 and c. 1850, see vol. 3, p. 15 and ch. IV.", "Next sentence."});
  CHECK(split("He wrote on 3 March [O.S. 20 February] to his wife. She replied.") ==
        V{"He wrote on 3 March [O.S. 20 February] to his wife.", "She replied."});
  CHECK(split("Siehe Nr. 5 und z. B. S. 12 oben. Am 14. Dezember 1825 kam es zum Aufstand. Dann fiel Schnee.") ==
        V{"Siehe Nr. 5 und z. B. S. 12 oben.", "Am 14. Dezember 1825 kam es zum Aufstand.", "Dann fiel Schnee."});
  // A one- or two-digit number before a period is read as an ordinal unless a line break follows.
  CHECK(split("Er kam im 19. Jahrhundert.\nPage 12.\nNext line.") ==
        V{"Er kam im 19. Jahrhundert.", "Page 12.", "Next line."});
  CHECK(split("Lv 4. Stalin was loyal. Die Seite 12. Oben steht es.") ==
        V{"Lv 4.", "Stalin was loyal.", "Die Seite 12.", "Oben steht es."});
}

TEST_CASE("segment: abbreviations that may end a sentence") {
  CHECK(split("They brought books, maps, etc. The rest was burnt. Lists, etc. and more.") ==
        V{"They brought books, maps, etc.", "The rest was burnt.", "Lists, etc. and more."});
  CHECK(split("Ibid. The same source. See ibid. p. 4.") == V{"Ibid.", "The same source.", "See ibid. p. 4."});
  CHECK(split("The U.S. government agreed. It was cold in the U.S. The end.") ==
        V{"The U.S. government agreed.", "It was cold in the U.S.", "The end."});
}

TEST_CASE("segment: Russian г., гг., т. е., им., и т. д.") {
  // A year at the start of a sentence opens it; later in the sentence it may end it.
  CHECK(split("В 1825 г. Декабристы вышли на площадь. Это было в г. Москве и т. д. Потом всё кончилось.") ==
        V{"В 1825 г. Декабристы вышли на площадь.", "Это было в г. Москве и т. д.", "Потом всё кончилось."});
  CHECK(split("Восстание случилось в декабре 1825 г. Николай победил.") ==
        V{"Восстание случилось в декабре 1825 г.", "Николай победил."});
  CHECK(split("В 1918\u00A0гг. шла война, т. е. бои. Улица им. Ленина. Так было и в XIX в. Россия росла.") ==
        V{"В 1918\u00A0гг. шла война, т. е. бои.", "Улица им. Ленина.", "Так было и в XIX в.", "Россия росла."});
}

TEST_CASE("segment: quotes, brackets, ellipses, question and exclamation marks") {
  CHECK(split("He said: \"Go home.\" Then he left. (It was late.) Everyone slept.") ==
        V{"He said: \"Go home.\"", "Then he left.", "(It was late.)", "Everyone slept."});
  CHECK(split("«Кто виноват?» — спросил он. — Никто! — ответили ему.") ==
        V{"«Кто виноват?» — спросил он.", "— Никто! — ответили ему."});
  CHECK(split("It was rather complicated… This changed. Wait... what? Yes!!! No.") ==
        V{"It was rather complicated…", "This changed.", "Wait... what?", "Yes!!!", "No."});
}

TEST_CASE("segment: missing space after a period in scraped text") {
  CHECK(split("He died in 1922.Stalin took over. See www.history.com for more.") ==
        V{"He died in 1922.", "Stalin took over.", "See www.history.com for more."});
  CHECK(split("The U.S.A.Next") == V{"The U.S.A.Next"});
}

TEST_CASE("segment: OCR line breaks, hyphenation, headings and lists") {
  const std::string text =
      "CHAPTER III\n"
      "The Revolution of 1905\n"
      "In the autumn of that year the strikes spread from\n"
      "Moscow to St.\n"
      "Petersburg, and the government, surprised by the extent of the move-\n"
      "ment, hesitated. Witte advised the Tsar to yield.\n"
      "\n"
      "The demands were:\n"
      "- a constitution;\n"
      "- an elected Duma.\n"
      "1. First item\n"
      "2) Second item\n";
  CHECK(split(text) == V{"CHAPTER III", "The Revolution of 1905",
                         "In the autumn of that year the strikes spread from\nMoscow to St.\nPetersburg, and the "
                         "government, surprised by the extent of the move-\nment, hesitated.",
                         "Witte advised the Tsar to yield.", "The demands were:", "- a constitution;",
                         "- an elected Duma.", "1. First item", "2) Second item"});
}

TEST_CASE("segment: short chrome lines become passages of their own") {
  const std::string text = "6 Answers\nAnswer Save\nFavourite answer\nLv 4\nHe was loyal to him.\n";
  CHECK(split(text) == V{"6 Answers", "Answer Save", "Favourite answer", "Lv 4", "He was loyal to him."});
}

TEST_CASE("segment: forced breaks at line starts") {
  const std::string text = "first line of text that goes on and on\ncontinues here in lower case.";
  CHECK(split(text).size() == 1);
  const std::vector<std::size_t> forced{text.find("continues")};
  CHECK(segment(text, Unit::sentence, &forced).size() == 2);
}

TEST_CASE("segment: paragraph and line units") {
  const std::string text = "One. Two.\nThree.\n\n\n  Four.\r\nFive.\r\n";
  CHECK(split(text, Unit::paragraph) == V{"One. Two.\nThree.", "Four.\r\nFive."});
  CHECK(split(text, Unit::line) == V{"One. Two.", "Three.", "Four.", "Five."});
  CHECK(split(text, Unit::sentence) == V{"One.", "Two.", "Three.", "Four.", "Five."});
  CHECK(parse_unit("paragraph") == Unit::paragraph);
  CHECK_FALSE(parse_unit("Sentence").has_value());
  CHECK(unit_name(Unit::line) == "line");
}

TEST_CASE("segment: malformed UTF-8 and offsets") {
  const std::string text = "\xFF\xFE Bad bytes. \xD0 Next.\x80";
  const auto spans = segment(text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].begin == 0);
  CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin) == "\xFF\xFE Bad bytes.");
  CHECK(text.substr(spans[1].begin, spans[1].end - spans[1].begin) == "\xD0 Next.\x80");
}

TEST_CASE("segment: generated abbreviation keys agree with the tokenizer") {
  // Every key must be what word_key() produces, or the table could never match.
  for (std::size_t k = 0; k < data::kAbbreviationCount; ++k) {
    const std::string_view key = data::kAbbreviations[k].key;
    std::string rebuilt;
    clio::text::for_each_word(key, [&](const clio::text::Word& w) {
      if (!rebuilt.empty()) rebuilt.push_back('.');
      clio::text::append_word_key(rebuilt, key, w);
    });
    CHECK_MESSAGE(rebuilt == key, key);
    if (k > 0) CHECK(data::kAbbreviations[k - 1].key < key);
  }
  CHECK(find_abbreviation("st") == data::AbbrevKind::never);
  CHECK(find_abbreviation("гг") == data::AbbrevKind::year);
  CHECK_FALSE(find_abbreviation("stalin").has_value());
  CHECK(is_stopword("the"));
  CHECK(is_stopword("и"));
  CHECK_FALSE(is_stopword("lenin"));
}

TEST_CASE("segment: pathological inputs stay linear") {
  const auto t0 = std::chrono::steady_clock::now();
  CHECK(segment(std::string(1'000'000, '.')).size() == 1);
  CHECK(segment(std::string(1'000'000, '\n')).empty());
  std::string dots;
  for (int i = 0; i < 300'000; ++i) dots += "a.";
  CHECK(segment(dots).size() == 1);
  std::string initials;
  for (int i = 0; i < 200'000; ++i) initials += "A. ";
  CHECK(segment(initials).size() == 1);
  CHECK(segment(std::string(10'000'000, 'x')).size() == 1);
  std::string digits(100'000, '7');
  digits += ". Next.";
  CHECK(segment(digits).size() == 2);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("pathological inputs: " << secs << " s (linear time is guarded by CTest's timeout, not asserted)");
}

TEST_CASE("segmenter: a numbered list of long unpunctuated items keeps each number with its item") {
  const std::string t = "Most read\n1. Ten myths about the storming of the Winter Palace\n"
                        "2. The secret police under Stalin and after him\n3. What the diary of the tsar tells us\n";
  std::vector<std::string> got;
  for (const auto& p : clio::passages::segment(t)) got.push_back(t.substr(p.begin, p.end - p.begin));
  REQUIRE(got.size() == 4);
  CHECK(got[1] == "1. Ten myths about the storming of the Winter Palace");
  CHECK(got[2] == "2. The secret police under Stalin and after him");
  CHECK(got[3] == "3. What the diary of the tsar tells us");
}
