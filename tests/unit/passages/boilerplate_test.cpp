#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "passages/generated/passages_data.hpp"
#include "passages/passages.hpp"
#include "text/words.hpp"

using namespace clio::passages;

namespace {

Kind span_kind(std::string_view s) { return classify_span(s, {0, s.size()}); }

// "kind:text" of every passage.
std::vector<std::string> labelled(std::string_view text, Unit unit = Unit::sentence) {
  std::vector<std::string> out;
  for (const Passage& p : analyze(text, unit))
    out.push_back(std::string(kind_name(p.kind)) + ":" + std::string(text.substr(p.begin, p.end - p.begin)));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("boilerplate: sentences judged on their own") {
  CHECK(span_kind("All Rights Reserved.") == Kind::boilerplate);
  CHECK(span_kind("© 2021 Some Networks, LLC.") == Kind::boilerplate);
  CHECK(span_kind("(c) 2019 A Blog") == Kind::boilerplate);
  CHECK(span_kind("Answer Save.") == Kind::boilerplate);
  CHECK(span_kind("Lv 7") == Kind::boilerplate);
  CHECK(span_kind("14 years ago") == Kind::boilerplate);
  CHECK(span_kind("1 decade ago .") == Kind::boilerplate);
  CHECK(span_kind("Photo: TASS") == Kind::boilerplate);
  CHECK(span_kind("Фото: РИА Новости") == Kind::boilerplate);
  CHECK(span_kind("Все права защищены.") == Kind::boilerplate);
  CHECK(span_kind("Alle Rechte vorbehalten.") == Kind::boilerplate);
  CHECK(span_kind("Tous droits réservés.") == Kind::boilerplate);
  CHECK(span_kind("<div class=\"x\">") == Kind::boilerplate);
  CHECK(span_kind("&nbsp;&nbsp;") == Kind::boilerplate);
  CHECK(span_kind("— 12 —") == Kind::boilerplate);
  // Prose that shares words with chrome stays text.
  CHECK(span_kind("The photo shows Lenin in Gorki in 1923.") == Kind::text);
  CHECK(span_kind("Photography was rare in the villages.") == Kind::text);
  CHECK(span_kind("He gave his answer to the committee in 1922.") == Kind::text);
  CHECK(span_kind("The source of the conflict lay in Georgia.") == Kind::text);
  CHECK(span_kind("Lenin died 100 years ago.") == Kind::text);
  CHECK(span_kind("") == Kind::text);
}

TEST_CASE("boilerplate: lines of a web page") {
  const std::string page =
      "Home | History | Russia | Contact\n"
      "Lenin in Gorki\n"
      "In 1923 Lenin lived at Gorki, where Stalin visited him several times during the summer.\n"
      "Share on Facebook\n"
      "Subscribe to our newsletter\n";
  const auto lines = classify_lines(page);
  REQUIRE(lines.size() == 5);
  CHECK(lines[0].kind == Kind::boilerplate);
  CHECK(lines[1].kind == Kind::heading);
  CHECK(lines[2].kind == Kind::text);
  CHECK(lines[3].kind == Kind::boilerplate);
  CHECK(lines[4].kind == Kind::boilerplate);
}

TEST_CASE("boilerplate: OCR running heads repeat with page numbers") {
  const std::string page =
      "HISTORY OF THE PARTY 17\n"
      "the congress met in London in the spring of that year and\n"
      "elected a new central committee.\n"
      "18 HISTORY OF THE PARTY\n"
      "The split between the two factions became final.\n"
      "\n"
      "- 18 -\n";
  const auto lines = classify_lines(page);
  REQUIRE(lines.size() == 6);
  CHECK(lines[0].kind == Kind::boilerplate);
  CHECK(lines[1].kind == Kind::text);
  CHECK(lines[3].kind == Kind::boilerplate);
  CHECK(lines[4].kind == Kind::text);
  CHECK(lines[5].kind == Kind::boilerplate);
  // The running head inside a sentence is cut out of it by a forced break.
  CHECK(labelled(page) == V{"boilerplate:HISTORY OF THE PARTY 17",
                            "text:the congress met in London in the spring of that year and\nelected a new central committee.",
                            "boilerplate:18 HISTORY OF THE PARTY", "text:The split between the two factions became final.",
                            "boilerplate:- 18 -"});
}

TEST_CASE("boilerplate: a menu is three short lines, a heading is followed by prose") {
  const std::string page =
      "News\nTopics\nArchive\n\n"
      "Winter Palace\n"
      "The palace was stormed on the night of 25 October, according to the Julian calendar then in use.\n";
  CHECK(labelled(page) == V{"boilerplate:News", "boilerplate:Topics", "boilerplate:Archive", "heading:Winter Palace",
                            "text:The palace was stormed on the night of 25 October, according to the Julian "
                            "calendar then in use."});
}

TEST_CASE("boilerplate: chrome sentences inside a flattened prose line") {
  const std::string line =
      "Stalin visited Gorki in 1923. Answer Save. Lenin could no longer speak. All Rights Reserved. "
      "Favourite answer. He died in January 1924. Lv 4. Relevance.";
  CHECK(labelled(line) == V{"text:Stalin visited Gorki in 1923.", "boilerplate:Answer Save.",
                            "text:Lenin could no longer speak.", "boilerplate:All Rights Reserved.",
                            "boilerplate:Favourite answer.", "text:He died in January 1924.", "boilerplate:Lv 4.",
                            "boilerplate:Relevance."});
  // A copyright sign somewhere in a long line does not make the whole line chrome.
  const std::string long_line = line + " Copyright © 2021 Example Media.";
  const auto ps = analyze(long_line);
  CHECK(ps.front().kind == Kind::text);
  CHECK(ps.back().kind == Kind::boilerplate);
}

TEST_CASE("boilerplate: spans merge consecutive chrome of one line, one span per line, byte offsets") {
  const std::string text = "Prose here. Share. Tweet.\nAll rights reserved.\n\nMore prose follows.";
  const auto ps = analyze(text);
  const auto spans = boilerplate_spans(text, ps);
  REQUIRE(spans.size() == 2);
  CHECK(text.substr(spans[0].begin, spans[0].end - spans[0].begin) == "Share. Tweet.");
  CHECK(text.substr(spans[1].begin, spans[1].end - spans[1].begin) == "All rights reserved.");
  CHECK(boilerplate_spans(text) == spans);
}

TEST_CASE("boilerplate: paragraph and line units") {
  const std::string text = "Menu\nSearch\nLog in\n\nThe tsar abdicated in March. His brother declined the throne.";
  CHECK(labelled(text, Unit::paragraph) ==
        V{"boilerplate:Menu\nSearch\nLog in", "text:The tsar abdicated in March. His brother declined the throne."});
  CHECK(labelled(text, Unit::line) == V{"boilerplate:Menu", "boilerplate:Search", "boilerplate:Log in",
                                        "text:The tsar abdicated in March. His brother declined the throne."});
}

TEST_CASE("boilerplate: a page flattened to one line is cut at its chrome into paragraphs") {
  // A scraper that drops every line break leaves no blank line to find paragraphs by: the chrome
  // between the article's runs of prose still marks where they end.
  const std::string page =
      "The congress opened in March 1921. The delegates argued for a week. Share. Tweet. "
      "The sailors of the fortress had risen days before. 3 years ago. "
      "The new policy allowed private trade. All Rights Reserved.";
  CHECK(labelled(page, Unit::paragraph) ==
        V{"text:The congress opened in March 1921. The delegates argued for a week.", "boilerplate:Share. Tweet.",
          "text:The sailors of the fortress had risen days before.", "boilerplate:3 years ago.",
          "text:The new policy allowed private trade.", "boilerplate:All Rights Reserved."});
  // Short enough for a chrome phrase to mark the whole line, but its prose sentences keep it text.
  CHECK(labelled("The first Duma met in May 1906 and was dissolved in July. Share. Tweet. All Rights Reserved.") ==
        V{"text:The first Duma met in May 1906 and was dissolved in July.", "boilerplate:Share.",
          "boilerplate:Tweet.", "boilerplate:All Rights Reserved."});
  // A chrome line of several sentences with no prose among them stays chrome whole.
  CHECK(labelled("© 2021 History Digest. All rights reserved. Privacy policy | Terms of use", Unit::line) ==
        V{"boilerplate:© 2021 History Digest. All rights reserved. Privacy policy | Terms of use"});
  // A running head inside a blank-line paragraph (an OCR page break) cuts it too; the paragraph
  // after the blank line is whole.
  CHECK(labelled("The siege lasted until 1944.\nPage 12 of 40\nThe city was relieved by the army in the winter."
                 "\n\nA new paragraph.",
                 Unit::paragraph) == V{"text:The siege lasted until 1944.", "boilerplate:Page 12 of 40",
                                       "text:The city was relieved by the army in the winter.",
                                       "text:A new paragraph."});
}

TEST_CASE("boilerplate: generated phrase keys agree with the tokenizer") {
  for (std::size_t k = 0; k < data::kBoilerplatePhraseCount; ++k) {
    const std::string_view words = data::kBoilerplatePhrases[k].words;
    std::string rebuilt;
    clio::text::for_each_word(words, [&](const clio::text::Word& w) {
      if (!rebuilt.empty()) rebuilt.push_back(' ');
      clio::text::append_word_key(rebuilt, words, w);
    });
    // '#' is not a word character: compare with the number placeholders removed.
    std::string expected;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (words[i] == '#') {
        if (i + 1 < words.size() && words[i + 1] == ' ') ++i;
        continue;
      }
      expected.push_back(words[i]);
    }
    while (!expected.empty() && expected.back() == ' ') expected.pop_back();
    CHECK_MESSAGE(rebuilt == expected, words);
  }
  for (std::size_t k = 1; k < data::kStopwordCount; ++k) CHECK(data::kStopwords[k - 1].key < data::kStopwords[k].key);
}

TEST_CASE("boilerplate: pathological inputs stay linear") {
  const auto t0 = std::chrono::steady_clock::now();
  std::string same_lines;
  for (int i = 0; i < 200'000; ++i) same_lines += "Share\n";
  const auto ps = analyze(same_lines);
  CHECK(ps.size() == 200'000);
  CHECK(ps.front().kind == Kind::boilerplate);
  std::string one_line(10'000'000, 'a');
  CHECK(analyze(one_line).size() == 1);
  std::string markup;
  for (int i = 0; i < 100'000; ++i) markup += "<b>&amp;</b>|{}";
  CHECK(analyze(markup).front().kind == Kind::boilerplate);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("pathological inputs: " << secs << " s (linear time is guarded by CTest's timeout, not asserted)");
}

// The labels of a text joined into one string, so that a failed check prints them.
std::string joined(const V& v) {
  std::string out;
  for (const std::string& x : v) out += x + "\n";
  return out;
}

TEST_CASE("boilerplate: separators, timestamps and article titles (second held-out set)") {
  // Two short items split by a bar are a menu; a link line of titles under "Related:" is chrome
  // by its separators too, however long its items.
  CHECK(joined(labelled("Sign in | Subscribe\n\nThe Duma met in May 1906.", Unit::line)) ==
        "boilerplate:Sign in | Subscribe\ntext:The Duma met in May 1906.\n");
  CHECK(labelled("The Duma met in May 1906.\nThe fall of the First Duma | Stolypin's reforms | The coup of June 1907\n",
                 Unit::line)[1] == "boilerplate:The fall of the First Duma | Stolypin's reforms | The coup of June 1907");
  // A prose line with a bar and a full stop stays text.
  CHECK(labelled("The Duma met in May 1906.\nHe wrote to his wife | a habit of his | every evening after dinner.\n",
                 Unit::line)[1] == "text:He wrote to his wife | a habit of his | every evening after dinner.");
  // A timestamp line is chrome; a date heading without a time of day is not.
  CHECK(labelled("Reply from ivan » 12 Mar 2014, 21:40\nThe decree was signed on 10 November 1917.", Unit::line)[0] ==
        "boilerplate:Reply from ivan » 12 Mar 2014, 21:40");
  CHECK(labelled("12 March 1917\n\nThe crowds filled the Nevsky Prospect before noon that day.", Unit::line)[0] !=
        "boilerplate:12 March 1917");
  // A title between breadcrumbs and a byline, followed by the article, is not a link of the
  // breadcrumb menu.
  const V title = labelled(
      "Home > History > Russia\nThe peace of Brest-Litovsk\nReading time: 4 minutes\n"
      "On 3 March 1918 the delegates of Soviet Russia signed the treaty with the Central Powers at last.",
      Unit::line);
  CHECK(title[0] == "boilerplate:Home > History > Russia");
  CHECK(title[1] != "boilerplate:The peace of Brest-Litovsk");
}

TEST_CASE("boilerplate: markup residue needs a real HTML element, not an editor's angle brackets") {
  CHECK(labelled("The Duma met in May 1906.\n<div class=\"share\"><a href=\"/tw\">Tweet</a></div>\n", Unit::line)[1] ==
        "boilerplate:<div class=\"share\"><a href=\"/tw\">Tweet</a></div>");
  CHECK(labelled("The Duma met in May 1906.\nThe copyist wrote <sic> above the word <...> and went on.\n",
                 Unit::line)[1] == "text:The copyist wrote <sic> above the word <...> and went on.");
}

TEST_CASE("passage_starts: the begins of analyze()'s passages, for every unit") {
  // Pages with chrome, headings, OCR line breaks and lists, where sentence passages depend on
  // the line labels and paragraphs do not.
  std::vector<std::string> texts = {
      "Home | News | History\n\nCHAPTER ONE\n\nThe war began in 1914. Peace followed in\n1918, after four years.\n"
      "\n- first item\n- second item\n\nShare this: Facebook | Twitter\n(c) 2021 Example. All rights reserved.",
      "Page 12 of 40\nThe treaty was signed. It was not\nratified.\nPage 13 of 40\n", "", "\n\n\n", "One line only",
      "The strike spread in 1905. Share. Tweet. The tsar signed the manifesto. 2 years ago. Favourite answer."};
  for (const char* f : {"tests/data/passages/en_web_qa.txt", "tests/data/passages/ru_web_article.txt",
                        "tests/data/passages/de_ocr_chronik.txt"}) {
    std::FILE* in = std::fopen((std::string(CLIO_SOURCE_DIR) + "/" + f).c_str(), "rb");
    REQUIRE(in != nullptr);
    std::string t;
    char buf[4096];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, in)) > 0;) t.append(buf, n);
    std::fclose(in);
    texts.push_back(t);
  }
  for (const std::string& t : texts) {
    for (Unit u : {Unit::sentence, Unit::paragraph, Unit::line}) {
      std::vector<std::size_t> expected;
      for (const Passage& p : analyze(t, u)) expected.push_back(p.begin);
      CHECK(passage_starts(t, u) == expected);
      // The mention tagger hands its boilerplate spans over instead of finding them again.
      const std::vector<Span> chrome = boilerplate_spans(t);
      CHECK(passage_starts(t, u, &chrome) == expected);
    }
  }
}

namespace {
std::vector<std::string> chrome_of(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : boilerplate_spans(text)) {
    s = without_edge_bars(text, s);  // as the mentions report them
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}
}  // namespace

TEST_CASE("boilerplate: a caption with its credit is the caption's text; only the credit is chrome") {
  // A gallery: each caption ends in a credit. The caption (its places and dates) is text; the
  // credit is an inline chrome span of its own.
  const std::string gallery =
      "The parade ended at noon.\n"
      "Red Square, 7 November 1941 \u00A9 Archive Photo\n"
      "Le pont Alexandre-III en 1900 \u00A9 Coll. privée\n"
      "Kremlin \u00A9 AB\n";
  CHECK(chrome_of(gallery).empty());
  const auto inl = inline_chrome_spans(gallery, boilerplate_spans(gallery));
  REQUIRE(inl.size() == 3);
  CHECK(gallery.substr(inl[0].begin, inl[0].end - inl[0].begin) == "\u00A9 Archive Photo");
  CHECK(gallery.substr(inl[2].begin, inl[2].end - inl[2].begin) == "\u00A9 AB");
  // What stands before the sign is chrome itself, or there is no caption: the line is chrome.
  CHECK(chrome_of("The parade ended at noon.\nCopyright \u00A9 2019 Example Media\n") ==
        std::vector<std::string>{"Copyright \u00A9 2019 Example Media"});
  CHECK(chrome_of("The parade ended at noon.\n2019 \u00A9 Example Media\n") ==
        std::vector<std::string>{"2019 \u00A9 Example Media"});
  CHECK(chrome_of("The parade ended at noon.\nAlle Rechte vorbehalten \u00A9 Verlag 2020\n") ==
        std::vector<std::string>{"Alle Rechte vorbehalten \u00A9 Verlag 2020"});
}

TEST_CASE("boilerplate: a chrome sentence running over a line break is cut at the line; bars at the edge go") {
  // The credit after the bar has no final punctuation, so the sentence runs into the heading on
  // the next line: the credit is chrome, the heading is not.
  const std::string text =
      "Sledge dogs at the station in 1912. | Photo: K. Lindqvist\n"
      "The winter camp\n"
      "The expedition spent the winter of 1912 on the ice, waiting for the sea to open again in spring.\n"
      ". | Foto: Archiv Nord\n";
  CHECK(chrome_of(text) == std::vector<std::string>{"Photo: K. Lindqvist", "Foto: Archiv Nord"});
  CHECK(boilerplate_spans(text, analyze(text)) == boilerplate_spans(text));
  // The passages cut the same way: the credit is a passage of its own, the heading is not chrome.
  const V passages = labelled(text);
  CHECK(std::find(passages.begin(), passages.end(), "boilerplate:| Photo: K. Lindqvist") != passages.end());
  CHECK(std::find(passages.begin(), passages.end(), "boilerplate:The winter camp") == passages.end());
  // A lone bar (table residue) keeps its bar.
  CHECK(chrome_of("Name | |\n|\nThe poet was born in a village near the river in the spring.\n").size() >= 1);
  for (const std::string& s : chrome_of("Name | |\n|\nThe poet was born in a village near the river in the spring.\n"))
    CHECK(!s.empty());
}
