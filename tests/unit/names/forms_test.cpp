// Name forms the resolver reads beyond its lexicon (issue #16, resolver side), on an invented
// authority: given names in other cases (Russian, Ukrainian, Polish endings, a fleeting vowel),
// a given name alone with and without the passage's date, a given name the lexicon does not
// know but the authority lists.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "name_test_data.hpp"
#include "names/authority.hpp"

using namespace clio::names;
using clio::names::testdata::parse_date;

namespace {

PersonRecord person(std::string id, std::string name, const char* born, const char* died,
                    std::vector<std::string> aliases) {
  PersonRecord r;
  r.id = std::move(id);
  r.name = std::move(name);
  if (born) r.born = parse_date(born);
  if (died) r.died = parse_date(died);
  r.aliases = std::move(aliases);
  return r;
}

std::vector<PersonRecord> people() {
  return {
      person("pavel", "Pavel Zarubin", "1810", "1870", {"Павел Андреевич Зарубин"}),
      person("pyotr", "Pyotr Zarubin", "1815", "1880", {"Пётр Андреевич Зарубин"}),
      person("olga", "Olga Vetrova", "1820", "1890", {"Ольга Сергеевна Ветрова"}),
      person("taras", "Taras Hnatenko", "1830", "1890", {"Тарас Гнатенко"}),
      person("wojciech", "Wojciech Brzoza", "1840", "1900", {}),
      person("zdzislaw", "Zdzisław Kornel", "1841", "1905", {}),
      person("milena", "Milena Orlik", "1700", "1760", {}),
      person("milena2", "Milena Stach", "1850", "1910", {}),
  };
}

std::string who(const Authority& a, const char* name, const char* year = nullptr) {
  auto r = a.resolve(name, year ? parse_date(year) : std::nullopt);
  return r ? a.person(*r).id : "-";
}

}  // namespace

TEST_CASE("forms: a given name in another case agrees with the listed one") {
  Authority a = Authority::build(people());
  CHECK(who(a, "Павла Андреевича Зарубина") == "pavel");   // genitive, fleeting e (Павел)
  CHECK(who(a, "Павлу Зарубину") == "pavel");              // dative
  CHECK(who(a, "Петром Андреевичем Зарубиным") == "pyotr");  // instrumental
  CHECK(who(a, "Ольги Сергеевны Ветровой") == "olga");     // feminine genitive
  CHECK(who(a, "Тарасові Гнатенку") == "taras");           // Ukrainian dative -ові
  CHECK(who(a, "Wojciechowi Brzozie") == "wojciech");      // Polish dative -owi
  // A different given name is still a different person, whatever its case.
  CHECK(who(a, "Ивана Зарубина") == "-");
  CHECK(who(a, "Ольги Зарубиной") == "-");
}

TEST_CASE("forms: a given name alone names its bearer at the passage's date, not without one") {
  Authority a = Authority::build(people());
  CHECK(who(a, "Olga", "1850") == "olga");
  CHECK(who(a, "Olga") == "-");            // no date: a given name alone names nobody in particular
  CHECK(who(a, "Milena", "1740") == "milena");
  CHECK(who(a, "Milena", "1880") == "milena2");
  CHECK(who(a, "Taras", "1700") == "-");   // before his birth
  // Two living bearers of the same given name of the same weight: nobody.
  Authority b = Authority::build({person("k1", "Kasimir Holm", "1800", "1860", {}),
                                  person("k2", "Kasimir Lind", "1805", "1865", {})});
  CHECK(who(b, "Kasimir", "1830") == "-");
}

TEST_CASE("forms: a word the authority lists only as a given name is read as one") {
  Authority a = Authority::build(people());
  // Zdzisław is in no given-name table; the authority lists it as a given name.
  CHECK(who(a, "Zdzisław", "1880") == "zdzislaw");
  auto c = a.candidates("Zdzisław", parse_date("1880"), 3);
  REQUIRE(!c.empty());
  CHECK(c[0].reason.find("partial") != std::string::npos);
  // Used as a surname by nobody, it still is no surname: a word the authority does not know stays one.
  CHECK(who(a, "Zdzisławski", "1880") == "-");
}
