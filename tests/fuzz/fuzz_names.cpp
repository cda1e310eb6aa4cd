// Fuzz target: the person-name engine (names/translit.hpp, skeleton.hpp, parse.hpp, authority.hpp).
// Register with `clio_fuzz_target(names clio_names)` in targets.cmake; seeds in seeds/names/.
//
// The first byte picks the transliteration scheme; the rest is the text. Properties checked for
// every input:
//   * translit() in every scheme returns valid UTF-8, is the identity on ASCII input, and never
//     grows a text more than 7 bytes per input byte (the longest rule, "schtsch", for one letter);
//   * latin_folded / strip_marks / skeleton / stem / phonetic_code return valid UTF-8; strip_marks
//     and skeleton output holds no ASCII punctuation or space; stem is a prefix of the skeleton;
//     phonetic codes are six digits;
//   * parse_name() never reads past kMaxNameBytes, its tokens have non-empty keys without spaces,
//     name_key() is the tokens' keys joined by single spaces (so it has no leading, trailing or
//     double spaces) and is idempotent: name_key(name_key(x)) == name_key(x) when x is ASCII;
//   * an Authority built from the input (as one person with aliases split at '|') resolves its
//     own main name to itself or to nobody, and every candidate score lies in [0, 1].
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "names/authority.hpp"
#include "names/parse.hpp"
#include "names/skeleton.hpp"
#include "names/translit.hpp"
#include "text/utf8.hpp"

using namespace clio::names;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  clio::fuzz::FuzzInput in(data, size);
  const auto scheme = static_cast<Scheme>(in.byte() % 8);
  const std::string_view text = in.rest();

  bool ascii = true;
  for (char c : text) ascii &= static_cast<unsigned char>(c) < 0x80;
  const std::string t = translit(text, scheme);
  FUZZ_CHECK(clio::text::is_valid_utf8(t));
  if (ascii) FUZZ_CHECK(t == text);
  FUZZ_CHECK(t.size() <= text.size() * 7 + 8);

  const std::string folded = latin_folded(text.substr(0, 4096));
  FUZZ_CHECK(clio::text::is_valid_utf8(folded));
  const std::string stripped = strip_marks(folded);
  FUZZ_CHECK(clio::text::is_valid_utf8(stripped));
  for (char c : stripped) FUZZ_CHECK(!(c == ' ' || c == '.' || c == ',' || c == '\'' || c == '-'));
  for (Reading r : {kStandard, kFrench, kGerman, kPolish, kGermanZh}) {
    const std::string sk = skeleton(folded, r);
    FUZZ_CHECK(clio::text::is_valid_utf8(sk));
    for (char c : sk) FUZZ_CHECK(!(c == ' ' || c == '.' || c == ',' || c == '\'' || c == '-'));
    const std::string_view st = stem(sk);
    FUZZ_CHECK(sk.compare(0, st.size(), st) == 0);
    const std::string code = phonetic_code(sk);
    FUZZ_CHECK(code.size() == 6);
    for (char c : code) FUZZ_CHECK(c >= '0' && c <= '9');
  }

  const ParsedName p = parse_name(text);
  FUZZ_CHECK(p.truncated == (text.size() > kMaxNameBytes));
  std::size_t surface = 0;
  for (const NameToken& tok : p.tokens) {
    FUZZ_CHECK(!tok.key.empty());
    FUZZ_CHECK(tok.key.find(' ') == std::string::npos);
    surface += tok.surface.size();
  }
  FUZZ_CHECK(surface <= kMaxNameBytes);
  const std::string key = name_key(p);
  FUZZ_CHECK(key.empty() || (key.front() != ' ' && key.back() != ' ' && key.find("  ") == std::string::npos));
  FUZZ_CHECK(clio::text::is_valid_utf8(key));
  if (ascii && text.size() <= kMaxNameBytes) FUZZ_CHECK(name_key(key) == name_key(name_key(key)));

  if (text.size() <= 2048) {
    PersonRecord rec;
    rec.id = "x";
    std::string_view rest = text;
    std::size_t bar = rest.find('|');
    rec.name = std::string(rest.substr(0, bar));
    while (bar != std::string_view::npos) {
      rest.remove_prefix(bar + 1);
      bar = rest.find('|');
      rec.aliases.emplace_back(rest.substr(0, bar));
    }
    std::vector<PersonRecord> persons;
    persons.push_back(rec);
    persons.push_back(PersonRecord{"y", "Ivan Petrov", std::nullopt, std::nullopt, {"Иван Петров"}, std::nullopt});
    const Authority a = Authority::build(std::move(persons));
    auto r = a.resolve(rec.name, std::nullopt);
    FUZZ_CHECK(!r || *r == 0 || a.person(*r).name == "Ivan Petrov");
    for (const auto& c : a.candidates(text, std::nullopt, 5)) FUZZ_CHECK(c.score >= 0.0 && c.score <= 1.0);
  }
  return 0;
}
