// Passages with their kind: segmentation and boilerplate detection together. This is what
// clio_passages(text [, options]) returns, and where `boilerplate` mentions come from.
//
//   auto ps = clio::passages::analyze(text);              // sentences
//   for (const auto& p : ps) ... p.begin, p.end, kind_name(p.kind)
//   auto chrome = clio::passages::boilerplate_spans(text, ps);  // one byte range per chrome line
//
// Lines are labelled first (boilerplate.hpp); the segmenter is then forced to break wherever a
// boilerplate or heading line starts or ends, so that no passage mixes chrome and prose. A
// passage lying within boilerplate lines is boilerplate, within heading lines a heading; a
// passage of text lines is checked on its own words (classify_span). With the paragraph unit a
// paragraph is cut where boilerplate spans (boilerplate_spans below) begin and end: the chrome
// pieces are boilerplate passages, and each other piece takes the kind (text or heading) that
// covers most of its bytes. A web page flattened to one line is so still cut into the article's
// runs of prose between its chrome.
#pragma once

#include <string_view>
#include <vector>

#include "passages/boilerplate.hpp"
#include "passages/segmenter.hpp"

namespace clio::passages {

struct Passage {
  std::size_t begin = 0;  // byte offsets into the text, trimmed, never empty
  std::size_t end = 0;
  Kind kind = Kind::text;
};

std::vector<Passage> analyze(std::string_view text, Unit unit = Unit::sentence);

// The begin of every passage of analyze(text, unit), in order, without labelling them: the
// passages' numbers (1-based) for mentions. Lines do not depend on the labels; paragraphs only on
// the boilerplate spans (pass boilerplate_spans(text) when it is at hand, as the mention tagger
// has it); only sentences pay for the full analysis.
std::vector<std::size_t> passage_starts(std::string_view text, Unit unit,
                                        const std::vector<Span>* chrome = nullptr);

// Byte ranges of boilerplate: consecutive boilerplate passages of one line merged into one range,
// never across a line break, so each chrome line (or each run of chrome sentences inside a line
// of prose) is a range of its own, without surrounding white space. These are the `boilerplate`
// mentions. (Paragraph passages still group a run of chrome lines into one passage.)
std::vector<Span> boilerplate_spans(std::string_view text, const std::vector<Passage>& passages);

// Chrome inside lines of prose, outside the given boilerplate spans (boilerplate_spans(text)),
// sorted: a credit after a caption ("The palace in 1905 © State Archive", "Caption. | Photo: A.
// Lens": from the sign or the label to the end of the line, at most six words), a bracketed
// marginal note or picture marker of a transcribed book ("[Sidenote: The siege]",
// "[Illustration: ...]": a label of one to three capitalised words, a colon, at most twelve
// words), and a link label of inline_labels.tsv before a colon ("See also:Poltava": the label
// only; the linked words stay prose). They are `boilerplate` mentions, and blanked for the other
// taggers, but too small to cut a passage: clio_passages keeps them inside their sentence.
std::vector<Span> inline_chrome_spans(std::string_view text, const std::vector<Span>& chrome);

// Where the value of a "Label: value" chrome span begins ("Author: A. Writer", "Photo: A. Lens",
// "[Sidenote: Todleben]": after the colon), else span.end. The mention tagger blanks the label
// but lets the other taggers read the value: a byline or a credit names a person.
std::size_t chrome_value_begin(std::string_view text, Span span);

// A chrome span as the `boilerplate` mention reports it: without a menu bar and stray marks at
// its edges (". | Photo: A. Lens" gives "Photo: A. Lens"); a bar standing alone (table residue
// "|", "|---|") stays. The passages keep the bar (they cover their lines).
Span without_edge_bars(std::string_view text, Span span);

// What of the chrome spans (sorted, as the mention tagger has them: boilerplate_spans and
// inline_chrome_spans merged) is chrome by nature and must not be read for persons, places,
// dates or topics: the byte ranges to blank, sorted. The rest of a chrome line is the source's
// words (a byline's name and date, a caption's place, a tag line, a copyright year) and is read.
// By nature chrome are: the label of "Label: value" (chrome_value_begin), a user handle
// (@name, u/name, r/name), a span without letters (counters, page numbers, pagers), a menu line
// (two or more items of at most three words between separators: | · • » › / >), and a run of
// three or more short chrome lines (at most three words each, one under the other: buttons and
// menus such as "Reply", "Share", "level 2").
std::vector<Span> chrome_by_nature(std::string_view text, const std::vector<Span>& chrome);

// The same as boilerplate_spans(text, analyze(text)), found without segmenting the paragraphs of
// text lines where no sentence can be boilerplate (no_sentence_can_be_boilerplate): in prose
// that is most of the text, and the sentences themselves are not needed.
std::vector<Span> boilerplate_spans(std::string_view text);

}  // namespace clio::passages
