// The text as a well-formed TEI fragment: what clio_tei(text [, options]) returns.
//
//   auto ps = clio::passages::analyze(text, Unit::sentence);
//   auto ms = tagger.tag(text, tag_options);
//   std::string xml = clio::passages::to_tei(text, ps, ms, {});
//
// Structure (no root element: the caller wraps the fragment, e.g. in <body>/<div>; a <head>
// that is not first in the text may need its own <div> for schema validity, which is beyond
// this writer):
//   unit sentence   <p><s>..</s> <s>..</s></p>  one <p> per paragraph (a blank line, or a heading
//                   or boilerplate passage, ends it), one <s> per text passage
//   unit paragraph  <p>..</p> per text passage
//   unit line       <lg><l>..</l> <l>..</l></lg>, grouped like <p> above
//   heading         <head>..</head>, always at the top level
//   boilerplate     <fw type="boilerplate">..</fw>, or nothing with drop_boilerplate (the
//                   whitespace before it goes too; the whitespace after it is kept)
// The bytes between passages (whitespace) are copied, so stripping every tag and unescaping
// gives back the text (see "What is lost" below).
//
// Mentions inside a passage:
//   person  <persName ref="#id">     place  <placeName ref="#id">
//   topic   <term type="topic" key="illness">
//   date    <date when="1917-11-07">          one Gregorian day
//           <date when="1917-11"> / when="1917" the value is exactly one Gregorian month / year
//           <date notBefore="…" notAfter="…">  any other span; an open or unknown end (EDTF
//                                              "1917/..") simply omits that attribute
//           + calendar="#julian" when the source wrote a Julian (Old Style) date: the
//             attributes are always Gregorian, the element keeps the source words. The pointer
//             expects a <calendar xml:id="julian"> in the header (the caller's business).
//           + cert="low" when uncertain, precision="low" (att.dimensions) when approximate.
//           A date mention without a DateValue is a bare <date>.
//   An empty value (unresolved name) leaves out ref/key: a bare <persName>.
//   boilerplate mentions are ignored (the passages already carry that).
// A mention is emitted as plain text when it is empty, ends beyond the text, is not inside a
// single passage (crosses a sentence boundary, lies between passages, or sits in a dropped
// boilerplate passage), or overlaps an earlier kept mention (mentions are taken by begin,
// the longer first on ties). So the nesting is always well-formed.
//
// Years: attributes use ISO 8601 / XSD 1.1 astronomical numbering as TEI's
// teidata.temporal.w3c does: 1 BC is "0000", 44 BC is "-0043" (e.g. when="-0043-03-15"),
// years beyond 9999 have more digits and no '+' (XSD has no plus sign). Caveat: XSD 1.0
// (which some RELAX NG validators such as Jing implement) has no year 0000 and reads "-0043"
// as 43 BC; XSD 1.1 and ISO 8601 changed that, and clio follows them.
//
// Escaping: & < > are escaped in text, & < > " in attributes; CR is written as &#13; (a parser
// would otherwise turn CR LF into LF). Malformed UTF-8 becomes U+FFFD, one per character in
// SQLite's sense (same as text::sanitize_utf8, so mention offsets still refer to the ORIGINAL
// bytes: the writer walks the original text with next_char). Characters XML 1.0 forbids
// (controls other than tab/LF/CR, U+FFFE, U+FFFF) are removed.
//
// What is lost: removed control characters, and dropped boilerplate with the blank gap before
// it; nothing else.
// Cost: one pass over the text plus sorting the mentions; output about the size of the input.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "passages/mentions.hpp"
#include "passages/passages.hpp"

namespace clio::passages {

struct TeiOptions {
  bool drop_boilerplate = false;
  Unit unit = Unit::sentence;  // the unit the passages were made with
};

// `passages` as analyze() returns them (sorted, non-overlapping; anything else is tolerated:
// a passage starting before the end of the previous one is merged into the flow as plain
// text), `mentions` with byte offsets into the same `text`, in any order.
std::string to_tei(std::string_view text, const std::vector<Passage>& passages,
                   const std::vector<Mention>& mentions, const TeiOptions& options);

// The attributes of a <date> for a value (leading space included, already escaped), e.g.
// ` when="1917-11-07" calendar="#julian"`. Exposed for tests.
std::string tei_date_attributes(const dates::DateValue& value);

}  // namespace clio::passages
