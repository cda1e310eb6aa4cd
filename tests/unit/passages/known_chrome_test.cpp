// Unit tests of chrome known from a page's markup (passages/known_chrome.hpp): one boilerplate
// mention per non-blank line, none over a line the classifier already marked, no other mention
// inside a menu, boilerplate passages, and spans outside the text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "passages/known_chrome.hpp"

using namespace clio::passages;

namespace {

Mention mention(std::string_view text, std::string_view surface, MentionKind kind, std::string value = {}) {
  Mention m;
  m.begin = text.find(surface);
  m.end = m.begin + surface.size();
  m.kind = kind;
  m.value = std::move(value);
  return m;
}

KnownChrome known(std::string_view text, std::string_view block, bool menu) {
  const std::size_t b = text.find(block);
  return {b, b + block.size(), menu};
}

std::vector<std::string> listed(std::string_view text, const std::vector<Mention>& ms) {
  std::vector<std::string> out;
  for (const Mention& m : ms)
    out.push_back(std::string(mention_kind_name(m.kind)) + ":" + std::string(text.substr(m.begin, m.end - m.begin)));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("known chrome: a mention per line, trimmed; menus keep no other mention") {
  const std::string text = "  Harbour Museum \xC2\xA0\n\nLisbon\n  Porto  \n\nThe ship left Lisbon in 1755.\nPhoto: Ana Reis\n";
  std::vector<Mention> ms = {mention(text, "Lisbon", MentionKind::place, "lisbon"),
                             mention(text, "Porto", MentionKind::place, "porto"),
                             mention(text, "Lisbon in", MentionKind::place, "lisbon"),
                             mention(text, "1755", MentionKind::date, "1755"),
                             mention(text, "Ana Reis", MentionKind::person, "reis")};
  ms[2].end = ms[2].begin + 6;
  const std::vector<KnownChrome> spans = {known(text, "  Harbour Museum \xC2\xA0\n", false),
                                          known(text, "Lisbon\n  Porto  \n", true), known(text, "Photo: Ana Reis", false)};
  add_known_chrome(text, spans, true, ms);
  CHECK(listed(text, ms) == V{"boilerplate:Harbour Museum", "boilerplate:Lisbon", "boilerplate:Porto", "place:Lisbon",
                              "date:1755", "boilerplate:Photo: Ana Reis", "person:Ana Reis"});
}

TEST_CASE("known chrome: lines the classifier found stay as they are; boilerplate not wanted") {
  const std::string text = "Share this page\nHome\n";
  std::vector<Mention> ms = {mention(text, "Share this page", MentionKind::boilerplate)};
  add_known_chrome(text, {{0, text.size(), false}, {0, 5, false}}, true, ms);
  CHECK(listed(text, ms) == V{"boilerplate:Share this page", "boilerplate:Home"});
  std::vector<Mention> none;
  add_known_chrome(text, {{0, text.size(), true}}, false, none);
  CHECK(none.empty());
}

TEST_CASE("known chrome: passages inside become boilerplate; spans past the end are clipped") {
  const std::string text = "Site Title\n\nA real paragraph of the letter.\n\nNext page";
  std::vector<Passage> ps = analyze(text, Unit::paragraph);
  REQUIRE(ps.size() == 3);
  std::vector<KnownChrome> spans = {{0, 10, false}, {text.find("Next"), text.size() + 100, false}, {900, 950, true}};
  mark_known_chrome(text, spans, ps);
  CHECK(ps[0].kind == Kind::boilerplate);
  CHECK(ps[1].kind == Kind::text);
  CHECK(ps[2].kind == Kind::boilerplate);
  std::vector<Mention> ms;
  add_known_chrome(text, spans, true, ms);
  CHECK(listed(text, ms) == V{"boilerplate:Site Title", "boilerplate:Next page"});
}
