// The phrase filter may only say "no phrase can match" when the full phrase matcher finds none.
#include <doctest/doctest.h>

#include <string>

#include "passages/boilerplate.hpp"
#include "passages/generated/passages_data.hpp"
#include "passages/phrase_filter.hpp"

using namespace clio::passages;

namespace {

bool filter_says_clean(std::string_view s) { return no_phrase_can_match(s, {0, s.size()}); }

// A sentence of short span with the phrase's words, numbers for '#', capitalised as in a page.
std::string sentence_with(std::string_view phrase_words) {
  std::string out;
  bool start = true;
  for (char c : phrase_words) {
    if (c == '#') {
      out += "12";
    } else {
      out.push_back(start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    }
    start = c == ' ';
  }
  return out;
}

}  // namespace

TEST_CASE("phrase filter: every ASCII or Cyrillic phrase of the list keeps its sentence for the full matcher") {
  int ascii_phrases = 0;
  for (std::size_t k = 0; k < clio::passages::data::kBoilerplatePhraseCount; ++k) {
    const std::string_view words = clio::passages::data::kBoilerplatePhrases[k].words;
    // ASCII and basic Cyrillic phrases (two-byte characters starting 0xD0 or 0xD1).
    bool readable = true;
    for (char c : words) {
      const auto b = static_cast<unsigned char>(c);
      readable &= b < 0x80 || b == 0xD0 || b == 0xD1 || (b & 0xC0) == 0x80;
    }
    if (!readable) continue;
    ++ascii_phrases;
    const std::string s = sentence_with(words);
    INFO(s);
    CHECK_FALSE(filter_says_clean(s));
    // Around other words, wherever the full matcher still finds the phrase, the filter does
    // not claim the sentence (a `contains` phrase inside it, a `prefix` or `label` one opening it).
    for (const std::string& around : {"Then " + s + " and so on.", s + ": the archive, 1917.", s + " of the year"}) {
      INFO(around);
      if (filter_says_clean(around)) CHECK(classify_span(around, {0, around.size()}) == Kind::text);
    }
    if (clio::passages::data::kBoilerplatePhrases[k].match == clio::passages::data::PhraseMatch::contains)
      CHECK_FALSE(filter_says_clean("Then " + s + " and so on."));
  }
  CHECK(ascii_phrases > 150);  // English and Russian
}

TEST_CASE("phrase filter: clean prose passes, and it never claims what it cannot see") {
  CHECK(filter_says_clean("Pavel Axelrod left Zurich about 1847 and never returned."));
  CHECK(filter_says_clean("The treaty signed on 5 February 1794 was never ratified."));
  // Words that contain a phrase word are not that word: "Newsletters" is not "newsletter".
  CHECK(filter_says_clean("Newsletters reservedly copied rights-holders."));
  // An exact phrase ("page #") is a whole sentence; a prefix one ("copyright") opens it.
  CHECK(filter_says_clean("The clerk noted it on page 73."));
  CHECK_FALSE(filter_says_clean("Page 73"));
  CHECK(filter_says_clean("The copyright was sold in 1920."));
  CHECK_FALSE(filter_says_clean("Copyright 2020 Example Ltd."));
  // Basic Cyrillic is folded as word keys fold it (Ё -> е), common punctuation ends a run.
  CHECK(filter_says_clean("Ленин уехал в Цюрих — «надолго»."));
  CHECK(filter_says_clean("He didn’t say “when”…"));
  CHECK_FALSE(filter_says_clean("Все права защищены."));
  CHECK_FALSE(filter_says_clean("ВСЕ ПРАВА ЗАЩИЩЕНЫ"));
  // Words are read eight bytes at a time: phrase words shorter than, as long as and longer than
  // eight letters, at the very end of the text, and a text shorter than eight bytes.
  CHECK_FALSE(filter_says_clean("Reply"));
  CHECK_FALSE(filter_says_clean("REGISTER"));
  CHECK_FALSE(filter_says_clean("Subscribe"));
  CHECK_FALSE(filter_says_clean("He said: all rights reserved"));
  CHECK_FALSE(filter_says_clean("Read the privacy policy"));
  CHECK(filter_says_clean("Replying"));
  CHECK(filter_says_clean("Registers"));
  // Latin letters beyond ASCII are folded as word keys fold them, so French phrases are seen
  // whatever the case of their accented letters.
  CHECK(filter_says_clean("Café society met in Łódź and Chișinău."));
  CHECK_FALSE(filter_says_clean("Tous droits réservés."));
  CHECK_FALSE(filter_says_clean("TOUS DROITS RÉSERVÉS"));
  CHECK_FALSE(filter_says_clean("Meilleure RÉPONSE"));
  // What it cannot read: a stress accent or soft hyphen (keys drop them, joining two runs),
  // letters it does not fold (Greek; ſ, whose key is "s"), a line break (OCR hyphenation
  // changes word keys): no claim.
  CHECK_FALSE(filter_says_clean("Ле́нин уехал."));
  CHECK_FALSE(filter_says_clean("Re­served by nobody."));
  CHECK_FALSE(filter_says_clean("The Ωmega society."));
  CHECK_FALSE(filter_says_clean("Reſerved by nobody."));
  CHECK_FALSE(filter_says_clean("He left Zu-\nrich in 1917."));
  // When the filter says clean, the full classifier agrees (and for phrases it does not).
  for (std::string_view s : {"All rights reserved.", "Share this article on Facebook.", "Sign up for our newsletter.",
                             "The archive holds 12 boxes of letters.", "Read more about the war in 1918."}) {
    INFO(s);
    if (filter_says_clean(s)) CHECK(classify_span(s, {0, s.size()}) == Kind::text);
  }
  CHECK_FALSE(filter_says_clean("All rights reserved."));
}
