// Fuzz target: what `clio import` and `clio authority` read from files nobody checked
// (extension/cli: document.hpp, table_file.hpp, wikidata.hpp). Properties for every input:
//   * read_plain and read_html return; the text they return is valid UTF-8 when the input is, and
//     every chrome span of an HTML page lies inside the text (1-based characters);
//   * not_text accepts only input without NUL bytes that is valid UTF-8 and not blank;
//   * parse_table returns rows exactly as wide as the header, or throws the command's Error;
//   * parse_wikidata_line returns or throws the command's Error, nothing else.
#include <string>
#include <string_view>

#include "document.hpp"
#include "error.hpp"
#include "fuzz_check.hpp"
#include "table_file.hpp"
#include "text/utf8.hpp"
#include "wikidata.hpp"

using namespace clio::cli;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  std::string_view in(reinterpret_cast<const char*>(data), size);
  bool valid = clio::text::is_valid_utf8(in);
  bool text = !not_text(in).has_value();
  FUZZ_CHECK(!text || (valid && in.find('\0') == std::string_view::npos));

  Document plain = read_plain(in);
  FUZZ_CHECK(!valid || clio::text::is_valid_utf8(plain.text));
  Document html = read_html(in);
  std::size_t chars = clio::text::char_count(html.text);
  for (const auto& c : html.chrome) FUZZ_CHECK(c.start >= 1 && c.start + c.length <= chars + 1);
  FUZZ_CHECK(!valid || clio::text::is_valid_utf8(html.text));

  try {
    Table t = parse_table(std::string(in), "fuzz");
    for (const auto& row : t.rows) FUZZ_CHECK(row.size() == t.header.size());
  } catch (const Error&) {
  }
  try {
    WikidataEntity e;
    parse_wikidata_line(in, {"en", "ru"}, e);
  } catch (const Error&) {
  }
  return 0;
}
