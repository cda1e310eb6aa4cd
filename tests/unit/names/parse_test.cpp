#include <doctest/doctest.h>

#include "names/parse.hpp"

using namespace clio::names;

namespace {
std::string roles(const ParsedName& p) {
  std::string out;
  for (auto& t : p.tokens) out += std::string(role_name(t.role)).substr(0, 1);
  return out;
}
}  // namespace

TEST_CASE("structure of common forms") {
  auto p = parse_name("Comrade F. M. Dostoevsky's");
  CHECK(roles(p) == "iis");
  CHECK(p.possessive);
  CHECK(p.titles == std::vector<std::string>{"comrade"});
  p = parse_name("Dostoevsky, Fyodor Mikhailovich");
  CHECK(p.reversed);
  CHECK(roles(p) == "sgp");
  p = parse_name("Пушкин Александр Сергеевич");
  CHECK(roles(p) == "sgp");
  p = parse_name("Alexander Sergeyevich");
  CHECK(roles(p) == "gp");
  p = parse_name("Adam Mickiewicz");  // -wicz is a surname, not a patronymic
  CHECK(roles(p) == "gs");
  p = parse_name("Dmitri Dmitrievich Shostakovich");
  CHECK(roles(p) == "gps");
  p = parse_name("A.S. Pushkin");
  CHECK(roles(p) == "iis");
  p = parse_name("Nicholas II");
  CHECK(roles(p) == "go");
  p = parse_name("Nikolai");
  CHECK(roles(p) == "g");
  p = parse_name("Lenin");
  CHECK(roles(p) == "s");
}

TEST_CASE("titles, markers and place words in several languages") {
  CHECK(parse_name("граф Толстой").titles == std::vector<std::string>{"graf"});
  CHECK(parse_name("товарищ Сталин").titles == std::vector<std::string>{"tovarishch"});
  CHECK(parse_name("Countess Tolstaya").title_gender == 'f');
  CHECK(parse_name("Pitt the Younger").generation == 1);
  CHECK(parse_name("Dumas père").generation == -1);
  CHECK(parse_name("Pushkin Square").place_word);
  CHECK(parse_name("улица Пушкина").place_word);
  CHECK(parse_name("Pushkin St.").place_word);
  CHECK(!parse_name("St. Petersburg").place_word);
}

TEST_CASE("possessives, apostrophes and hyphens") {
  CHECK(name_key("Pushkin’s") == "pushkin");
  CHECK(name_key("Pushkin's") == "pushkin");
  CHECK(name_key("Gogol'") == "gogol");
  CHECK(name_key("Dickens’") == "dickens");
  CHECK(parse_name("Dickens'").possessive);
  CHECK(name_key("PUSHKIN’S") == "pushkin");
  CHECK(name_key("Tur-genev") == "turgenev");
  CHECK(name_key("Tur- genev") == "turgenev");
  CHECK(name_key("Rimsky-Korsakov") == "rimskykorsakov");
  CHECK(parse_name("Rimsky-Korsakov").tokens.at(0).parts == std::vector<std::string>{"rimsky", "korsakov"});
  CHECK(parse_name("Korsakov").tokens.at(0).parts.empty());
}

TEST_CASE("name_key examples from the header") {
  CHECK(name_key("Dostoevsky, Fyodor Mikhailovich") == "fyodor mikhailovich dostoevsky");
  CHECK(name_key("Mr. DOSTOEVSKY’s") == "dostoevsky");
  CHECK(name_key("Достоевский") == "dostoyevskiy");
  CHECK(name_key("Ф. М. Достоевский") == "f m dostoyevskiy");
  CHECK(name_key("") == "");
  CHECK(name_key("  ,.;  ") == "");
}

TEST_CASE("phonetic of a whole name") {
  CHECK(phonetic("Dostoevsky") == phonetic("Достоевский"));
  CHECK(phonetic("Fyodor Dostoevsky").find(' ') != std::string::npos);
  CHECK(phonetic("").empty());
}

TEST_CASE("hostile input is cut and never crashes") {
  std::string huge(1 << 20, 'x');
  auto p = parse_name(huge);
  CHECK(p.truncated);
  CHECK(p.tokens.size() == 1);
  CHECK(p.tokens[0].surface.size() <= kMaxNameBytes);
  std::string dots(1000000, '.');
  CHECK(parse_name(dots).tokens.empty());
  std::string bad = "\xff\xfe\xd0\x9f\xd1 \xe2\x80";
  CHECK_NOTHROW(parse_name(bad));
  std::string cut = std::string(kMaxNameBytes - 1, 'a') + "Ж";  // cut inside a 2-byte character
  auto c = parse_name(cut + "zzzz");
  CHECK(c.truncated);
}

TEST_CASE("regnal numbers: Roman numerals and French ordinals") {
  CHECK(regnal_roman("II") == "II");
  CHECK(regnal_roman("Ier") == "I");
  CHECK(regnal_roman("Ire") == "I");
  CHECK(regnal_roman("XIVe") == "XIV");
  CHECK(regnal_roman("IIer").empty());  // only the first is "premier"
  CHECK(regnal_roman("Ivan").empty());
  CHECK(regnal_roman("").empty());
  CHECK(regnal_roman("XXXVIII").empty());  // longer than five letters
  // In a name, a French ordinal is the numeral: "Guillaume Ier" has the ordinal I.
  const ParsedName p = parse_name("Guillaume Ier");
  REQUIRE(p.tokens.size() == 2);
  CHECK(p.tokens[1].role == Role::ordinal);
  CHECK(p.tokens[1].key == parse_name("Wilhelm I").tokens[1].key);
}
