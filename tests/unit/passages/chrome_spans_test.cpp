// boilerplate_spans(text), the tagger's shortcut, must find exactly what
// boilerplate_spans(text, analyze(text)) finds; the region proof it rests on must never claim a
// paragraph that holds a boilerplate sentence.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "passages/passages.hpp"
#include "passages/phrase_filter.hpp"

using namespace clio::passages;

namespace {

std::string read_page(const std::string& rel) {
  std::ifstream in(std::string(CLIO_SOURCE_DIR) + "/" + rel, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), rel);
  std::stringstream buf;
  buf << in.rdbuf();
  std::string t = buf.str();
  // The annotation markers (see tests/data/passages/README.md) would stop the proof early.
  for (const std::string marker : {"\u00A6", "\u27E6", "\u27E7"})
    for (std::size_t at; (at = t.find(marker)) != std::string::npos;) t.erase(at, marker.size());
  return t;
}

bool proof_is_sound(std::string_view text, Span paragraph) {
  if (!no_sentence_can_be_boilerplate(text, paragraph)) return true;
  for (const Span& s : segment_region(text, paragraph))
    if (classify_span(text, s) != Kind::text) return false;
  return true;
}

// Prose with the things that move sentence boundaries or make a sentence chrome: abbreviations,
// initials, numbers after periods, quotes closing after the mark, OCR line breaks and
// hyphenation, chrome phrases inside prose lines, markup, Cyrillic, Latin letters beyond ASCII
// (French phrases among them), letters the proofs do not read.
std::string random_text(std::mt19937& rng, bool with_chrome) {
  static const std::vector<std::string> prose = {
      "The", "treaty", "was", "signed", "in", "1918", "and", "the", "share", "price", "fell", "Lenin", "left",
      "Zurich", "on", "9", "April", "1917", "Mr.", "Dr.", "St.", "Petersburg", "c.", "1850", "Dec.", "1825", "G.",
      "V.", "Plekhanov", "vol.", "3", "p.", "12", "etc.", "ibid.", "31.10.1917", "3.5", "reply", "answer", "page",
      "Ленин", "уехал", "в", "1917", "г.", "и", "т.", "е.", "Ё", "«надолго»", "—", "(1917)", "\"Go.\"", "he", "said",
      "’", "…", "rights", "reserved", "newsletter", "our", "to", "Subscribe", "Copyright", "Share", "this",
      "Łódź", "Chișinău", "café", "droits", "réservés", "RÉSERVÉS", "Tous", "réponse", "Meilleure", "Æsir"};
  static const std::vector<std::string> chrome = {
      "All rights reserved.", "Share this article.", "Reply", "12 comments", "Subscribe to our newsletter.",
      "(c) 2020", "<b>", "&amp;", "a | b | c", "x = y = z", "Page 3 of 9", "Все права защищены.", "1917.",
      "Café", "Ле́нин", "re\u00ADserved", "news-\nletter", "Photo: TASS", "* * *", "Tous droits réservés.",
      "Meilleure réponse", "Ωmega", "reſerved"};
  static const std::vector<std::string> marks = {". ", ". ", ". ", "! ", "? ", "… ", ".\" ", ".) ", ", ", " ",
                                                  " ", " ", " ", "\n", "\n\n", "-\n", ".\n", "\r\n", ":\n"};
  std::string t;
  const int words = std::uniform_int_distribution<int>(1, 120)(rng);
  for (int k = 0; k < words; ++k) {
    if (with_chrome && rng() % 12 == 0) t += chrome[rng() % chrome.size()];
    else t += prose[rng() % prose.size()];
    t += marks[rng() % marks.size()];
  }
  return t;
}

}  // namespace

TEST_CASE("boilerplate_spans(text) equals boilerplate_spans(text, analyze(text)) on the test pages") {
  for (const char* page : {"tests/data/passages/en_web_qa.txt", "tests/data/passages/ru_web_article.txt",
                           "tests/data/passages/de_ocr_chronik.txt", "tests/data/passages/en_ocr_book.txt",
                           "tests/data/passages/fr_web_article.txt"}) {
    INFO(page);
    const std::string t = read_page(page);
    const std::vector<Span> expected = boilerplate_spans(t, analyze(t));
    CHECK_FALSE(expected.empty());  // every page has chrome
    CHECK(boilerplate_spans(t) == expected);
  }
}

TEST_CASE("the region proof: which paragraphs it claims") {
  auto claims = [](std::string_view t) { return no_sentence_can_be_boilerplate(t, {0, t.size()}); };
  CHECK(claims("The share price fell in 1918. Lenin left Zurich on 9 April 1917.\nHe said \"go.\"\nThe end."));
  CHECK(claims("Ленин уехал в 1917 г. и т. е. не вернулся. On 31.10.1917 it was cold."));
  // A sentence with no letter is chrome, and "c. 1850." may be one: no claim.
  CHECK_FALSE(claims("He was born c. 1850. He died young."));
  CHECK_FALSE(claims("The year was 1917. 1918. Then peace."));
  // A phrase that may match, a sentence opened by an exact phrase, markup, hyphenation.
  CHECK_FALSE(claims("He wrote it. All rights reserved. Then he left."));
  CHECK_FALSE(claims("He wrote it. Reply. Then he left."));
  CHECK(claims("He did not reply to the letter."));
  CHECK_FALSE(claims("He wrote <b>it</b>."));
  CHECK_FALSE(claims("a = b = c = d in the proof."));
  CHECK_FALSE(claims("The news-\nletter came."));
  CHECK(claims("He drank in a café in Łódź."));
  CHECK_FALSE(claims("Il a écrit. Tous droits réservés. Puis il est parti."));
  CHECK_FALSE(claims("He drank in a Ωmega café."));
  for (std::string_view t : {"The share price fell in 1918. Lenin left Zurich on 9 April 1917.",
                             "He did not reply to the letter.", "He wrote it. Reply. Then he left."}) {
    INFO(t);
    CHECK(proof_is_sound(t, {0, t.size()}));
  }
}

TEST_CASE("boilerplate_spans(text) equals boilerplate_spans(text, analyze(text)) on random prose with chrome") {
  std::mt19937 rng(20261128);
  int claimed = 0, paragraphs = 0;
  for (int n = 0; n < 4000; ++n) {
    const std::string t = random_text(rng, n % 2 == 0);
    INFO(t);
    REQUIRE(boilerplate_spans(t) == boilerplate_spans(t, analyze(t)));
    // Every paragraph of text lines, as boilerplate_spans(text) forms them, taken whole: the
    // proof must hold wherever it claims one.
    for (const LineLabel& l : classify_lines(t)) {
      if (l.kind != Kind::text) continue;
      ++paragraphs;
      if (no_sentence_can_be_boilerplate(t, l.line)) ++claimed;
      REQUIRE(proof_is_sound(t, l.line));
    }
  }
  // The shortcut is taken often enough for this test to exercise it, and not always.
  CHECK(claimed > paragraphs / 10);
  CHECK(claimed < paragraphs);
}
