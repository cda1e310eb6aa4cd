// Fuzz target: mention tagging and TEI output (passages/mentions.hpp, passages/tei.hpp), as
// clio_mentions and clio_tei use them, over a small fixed authority (persons with namesakes and
// Cyrillic aliases, places, topics).
//
// Input layout: the first byte chooses the unit (% 3) and, in bit 2, whether boilerplate is
// dropped; the rest is the text. Properties checked for every input:
//   * mentions: inside the text, begin <= end, in document order (by begin); person and place
//     values are ids of the authority; a date mention carries a date value;
//   * TEI: valid UTF-8; well-formed (every '<' starts a known tag, tags nest and all close,
//     attribute values quoted, '&' only in &amp; &lt; &gt; &quot; &#13;);
//   * TEI round trip: without dropped boilerplate, removing the tags and unescaping gives back
//     the text with malformed UTF-8 replaced (text::sanitize_utf8) and the characters XML 1.0
//     forbids removed, as tei.hpp promises.
#include <set>
#include <string>
#include <vector>

#include "fuzz_check.hpp"
#include "names/authority.hpp"
#include "passages/mentions.hpp"
#include "passages/passages.hpp"
#include "passages/tei.hpp"
#include "passages/topics.hpp"
#include "text/utf8.hpp"

namespace {

using namespace clio;
using passages::MentionKind;

struct World {
  names::Authority persons, places;
  passages::TopicMatcher topics;
  std::set<std::string> person_ids, place_ids;
};

names::PersonRecord person(const char* id, const char* name, std::vector<std::string> aliases) {
  names::PersonRecord r;
  r.id = id;
  r.name = name;
  r.aliases = std::move(aliases);
  return r;
}

const World& world() {
  static const World* w = [] {
    std::vector<names::PersonRecord> ps = {
        person("lenin", "Vladimir Lenin", {"Lenin", "Ленин", "Ulyanov"}),
        person("tolstoy_leo", "Leo Tolstoy", {"Tolstoy", "Лев Толстой"}),
        person("tolstoy_aleksey", "Aleksey Tolstoy", {"Tolstoy"}),
        person("gorky", "Maxim Gorky", {"Gorky", "Горький"}),
        person("dumas", "Alexandre Dumas", {"Dumas"}),
    };
    std::vector<names::PersonRecord> pl = {
        person("moscow", "Moscow", {"Москва", "Moskau"}),
        person("gorky_city", "Gorky", {"Nizhny Novgorod"}),
        person("spb", "Saint Petersburg", {"Petrograd", "Петроград", "St. Petersburg"}),
    };
    auto* out = new World{names::Authority::build(ps), names::Authority::build(pl), {}, {}, {}};
    out->topics.add("illness", "stroke*");
    out->topics.add("illness", "инсульт*");
    out->topics.add("war", "civil war");
    for (const auto& p : ps) out->person_ids.insert(p.id);
    for (const auto& p : pl) out->place_ids.insert(p.id);
    return out;
  }();
  return *w;
}

// True when `xml` is a well-formed fragment; on success `plain` holds its unescaped text.
bool well_formed(std::string_view xml, std::string& plain) {
  std::vector<std::string> open;
  std::size_t i = 0;
  while (i < xml.size()) {
    const char c = xml[i];
    if (c == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&#13;", '\r'}};
      bool ok = false;
      for (const auto& [name, ch] : kEntities) {
        if (xml.substr(i, name.size()) == name) {
          plain += ch;
          i += name.size();
          ok = true;
          break;
        }
      }
      if (!ok) return false;
      continue;
    }
    if (c != '<') {
      if (c == '>') return false;  // tei.hpp escapes > in text
      plain += c;
      ++i;
      continue;
    }
    const std::size_t close = xml.find('>', i);
    if (close == std::string_view::npos) return false;
    std::string_view tag = xml.substr(i + 1, close - i - 1);
    i = close + 1;
    const bool closing = !tag.empty() && tag[0] == '/';
    const bool empty_element = !tag.empty() && tag.back() == '/';
    if (closing) tag.remove_prefix(1);
    if (empty_element) tag.remove_suffix(1);
    const std::size_t name_end = tag.find(' ');
    const std::string name(tag.substr(0, name_end));
    if (name.empty()) return false;
    for (char n : name) {
      if (!((n >= 'a' && n <= 'z') || (n >= 'A' && n <= 'Z'))) return false;
    }
    if (closing) {
      if (name_end != std::string_view::npos || open.empty() || open.back() != name) return false;
      open.pop_back();
      continue;
    }
    // Attributes: name="value" pairs, values without '<' or a raw '"'.
    std::string_view attrs = name_end == std::string_view::npos ? std::string_view() : tag.substr(name_end);
    while (!attrs.empty()) {
      if (attrs[0] != ' ') return false;
      const std::size_t eq = attrs.find("=\"");
      if (eq == std::string_view::npos || eq < 2) return false;
      const std::size_t end = attrs.find('"', eq + 2);
      if (end == std::string_view::npos) return false;
      if (attrs.substr(eq + 2, end - eq - 2).find('<') != std::string_view::npos) return false;
      attrs.remove_prefix(end + 1);
    }
    if (!empty_element) open.push_back(name);
  }
  return open.empty();
}

// The text as the TEI writer keeps it: malformed UTF-8 replaced, forbidden characters removed.
std::string kept_text(std::string_view s) {
  const std::string clean = text::sanitize_utf8(s);
  std::string out;
  for (std::size_t i = 0; i < clean.size();) {
    const auto ch = text::next_char(clean, i);
    const char32_t cp = ch.cp;
    const bool forbidden = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0xFFFE || cp == 0xFFFF;
    if (!forbidden) out.append(clean.substr(i, ch.len));
    i += ch.len;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  clio::fuzz::FuzzInput in(data, size);
  const std::uint8_t mode = in.byte();
  static constexpr passages::Unit kUnits[3] = {passages::Unit::sentence, passages::Unit::paragraph,
                                               passages::Unit::line};
  const passages::Unit unit = kUnits[mode % 3];
  const bool drop = (mode & 4) != 0;
  const std::string_view s = in.rest();

  const World& w = world();
  passages::TagSources sources{&w.persons, &w.places, &w.topics, {}};
  const std::vector<passages::Mention> ms = passages::tag_mentions(s, sources, {});
  std::size_t prev_begin = 0;
  for (const auto& m : ms) {
    FUZZ_CHECK(m.begin <= m.end && m.end <= s.size());
    FUZZ_CHECK(m.begin >= prev_begin);
    prev_begin = m.begin;
    // A person mention is linked to a person of the authority, or unlinked (a name by its form
    // that nobody resolved: empty value, NULL in SQL), never to anything else.
    if (m.kind == MentionKind::person) FUZZ_CHECK(m.value.empty() || w.person_ids.count(m.value) == 1);
    if (m.kind == MentionKind::place) FUZZ_CHECK(w.place_ids.count(m.value) == 1);
    if (m.kind == MentionKind::date) FUZZ_CHECK(m.date.has_value());
  }

  const std::vector<passages::Passage> ps = passages::analyze(s, unit);
  passages::TeiOptions tei_options;
  tei_options.unit = unit;
  tei_options.drop_boilerplate = drop;
  const std::string xml = passages::to_tei(s, ps, ms, tei_options);
  FUZZ_CHECK(text::sanitize_utf8(xml) == xml);
  std::string plain;
  FUZZ_CHECK(well_formed(xml, plain));
  if (!drop) FUZZ_CHECK(plain == kept_text(s));
  return 0;
}
