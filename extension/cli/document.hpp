// What the clio command reads from one file: its text and its metadata.
//
// Plain text and Markdown may start with a header of `key: value` lines, either between two `---`
// lines (Markdown front matter) or ending at the first blank line (the format of samples/sources:
// every line before the blank one must be `key: value`, and one key must be one clio knows, so
// that a letter starting "Dear sir: ..." stays text). HTML is parsed by Gumbo, an HTML5 parser:
// block elements become paragraphs (blank lines between), <br> a line break, <title> the title,
// <html lang> the language; script, style and template are dropped. Page chrome
// (nav/header/footer/aside, ARIA navigation/banner/contentinfo roles, and blocks whose text is
// mostly link text) is kept in the text, as a scraper would have flattened it, and its spans are
// reported so the database can record them.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clio::cli {

struct ChromeSpan {
  std::size_t start = 0;   // 1-based, in characters (code points), as mention.start
  std::size_t length = 0;  // in characters
  std::string why;         // nav, header, footer, aside, role=..., link-dense
};

struct Document {
  std::string text;
  std::map<std::string, std::string> meta;  // title, author, date, calendar, lang, url, others
  std::vector<ChromeSpan> chrome;
};

// Splits a header off `content` (see above); the rest is the text, without leading blank lines.
Document read_plain(std::string_view content);
// Reads an HTML page.
Document read_html(std::string_view content);
// The metadata keys that are columns of `source`; others go to `source_meta`.
bool is_source_column(const std::string& key);
// Why a file is not a text document (NUL bytes, invalid UTF-8, empty), or nullopt.
std::optional<std::string> not_text(std::string_view content);

}  // namespace clio::cli
