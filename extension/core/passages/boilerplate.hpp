// Boilerplate detection in plain text: site and page chrome that survived flattening to text.
//
// Kinds of passage: text (the source's own prose), boilerplate (copyright and rights lines,
// newsletter and e-mail prompts, comment forms, share and navigation lines, Q&A-site chrome
// such as vote counts, "Answer", "Favourite answer", "Lv 4", "2 years ago", "Relevance", image
// credits, markup residue, OCR running heads and page numbers) and heading.
//
// Lines are decided first, because chrome sits on short lines of its own:
//  1. a phrase of extension/data/passages/boilerplate.tsv (exact line, line prefix, "Label:",
//     or contained in a line), in English, Russian, German or French; numbers match `#`;
//     all but exact phrases only count in spans of at most 24 words, so that "Share this:"
//     glued to a long prose sentence does not turn the prose into chrome; a shorter line that
//     also holds a finished sentence of prose (six words or more, no chrome of its own) is left
//     to the sentence check below (a short page flattened to one line);
//  2. a copyright sign; markup residue (tags of common HTML elements, entities, a tenth or more
//     of <>{}|= characters), but not an editor's "<sic>" in prose;
//  3. no letters at all (page numbers "— 12 —", "* * *"); a counter of a gallery or pager ("Photo
//     3 of 24", "Bild 2 von 9", "Slide 4 / 9": one or two words, a number, a short connector, a
//     number no smaller); a user handle alone or with a time stamp ("r/history", "@anna 3 May");
//  4. repetition inside the source: a short line whose words (numbers ignored) recur, as OCR
//     running heads do ("24 THE RUSSIAN REVOLUTION" / "THE RUSSIAN REVOLUTION 25");
//  5. menus: three or more consecutive short lines without final punctuation or function
//     words, or a line of short items split by | » › · / >; keyword lists without any
//     function word; short unpunctuated lines right under a chrome line ("Read also" and its
//     links); a short line directly followed by prose is never a menu item but a heading;
//  6. headings: a short line set apart (after a blank line, a finished sentence or chrome),
//     without final punctuation, starting with a capital or digit, followed by a capitalized
//     line, and not a wrapped line of a paragraph.
//  7. the line model (line_model.hpp): a logistic regression over the shallow features of each
//     short line and its neighbours, with the verdicts above among them, smoothed over the
//     neighbouring lines' scores, fitted on labelled pages (extension/data/passages/
//     boilerplate_lines.txt) in six languages. It overrules the rules only when sure: a text
//     line becomes chrome at p >= 0.65, a heading at p >= 0.85, and a chrome line becomes text
//     below p 0.25. A row of a flattened table with words in its cells is not a menu line.
// Everything else is text. A sentence inside text lines is then checked on its own (phrases,
// copyright sign, no letters), because flattened pages put "Answer Save." or "All Rights
// Reserved." in the middle of a prose line.
//
// All features survive flattening: length, function-word density (stopwords.tsv), position
// among neighbouring lines, punctuation, repetition. Cost: linear in the text; the repetition
// table holds one entry per distinct short line, capped at one million entries. Word keys
// (ICU case folding) are built only where a phrase may start; keys of non-ASCII words of up
// to 64 bytes are kept per thread in a 4096-entry table, which lives as long as the thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "passages/line_model.hpp"
#include "passages/segmenter.hpp"

namespace clio::passages {

enum class Kind : std::uint8_t { text, boilerplate, heading };

// "text", "boilerplate", "heading".
std::string_view kind_name(Kind kind) noexcept;

struct LineLabel {
  Span line;  // trimmed content of the line (empty lines are not listed)
  Kind kind;
};

// Labels every non-blank line of the text. With `model`, also hands over the lines as the line
// model saw them (the generator's feature dump reads them).
std::vector<LineLabel> classify_lines(std::string_view text, std::vector<detail::ModelLine>* model = nullptr);

// Kind of a sentence-sized span judged on its own words: boilerplate when it matches a
// phrase, carries a copyright sign or has no letters; otherwise text.
Kind classify_span(std::string_view text, Span span);

}  // namespace clio::passages
