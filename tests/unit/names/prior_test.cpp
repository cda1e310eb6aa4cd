// The prominence prior and the date as evidence (prior.hpp, issue #16), on an invented authority:
// the Varenkov family (a famous painter, his brother, father, son and wife) and two namesakes of
// comparable weight (the Okuneff brothers, both engravers, one dead before the other's career).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "name_test_data.hpp"
#include "names/authority.hpp"
#include "names/prior.hpp"

using namespace clio::names;
using clio::names::testdata::parse_date;
using clio::names::testdata::person;
using clio::names::testdata::who;

namespace {


std::vector<PersonRecord> family(bool with_prominence = false) {
  auto p = [&](double v) { return with_prominence ? std::optional<double>(v) : std::nullopt; };
  return {
      person("ivan", "Ivan Varenkov", "1801-03-02", "1844-10-11",
             {"Иван Петрович Варенков", "Iwan Warenkow", "Jean Varenkoff"}, p(120)),
      person("pavel", "Pavel Petrovich Varenkov", "1806", "1871", {"Павел Петрович Варенков"}, p(6)),
      person("pyotr", "Pyotr Ilyich Varenkov", "1770", "1839", {"Пётр Ильич Варенков"}, p(3)),
      person("ivan_jr", "Ivan Ivanovich Varenkov", "1830", "1902", {"Иван Иванович Варенков"}, p(4)),
      person("elena", "Elena Varenkova", "1809", "1880", {"Елена Андреевна Варенкова", "Elena Slutskaya"}, p(9)),
      person("okuneff_a", "Matvei Okuneff", "1700", "1751", {"Матвей Окунев"}, p(10)),
      person("okuneff_b", "Matvei Okuneff", "1740", "1799", {"Матвей Окунев"}, p(10)),
      person("miloshevich", "Stepan Miloshevich", "1790", "1850", {}),
  };
}


}  // namespace

TEST_CASE("prior: the famous member of a family is meant by the bare surname, in any script and case") {
  for (bool column : {false, true}) {
    Authority a = Authority::build(family(column));
    INFO("prominence column: " << column);
    CHECK(who(a, "Varenkov") == "ivan");
    CHECK(who(a, "Варенков") == "ivan");
    CHECK(who(a, "Warenkows") == "ivan");
    CHECK(who(a, "Varenkov's") == "ivan");
    // The given name, initials or patronymic still name the relatives.
    CHECK(who(a, "Pavel Varenkov") == "pavel");
    CHECK(who(a, "P. I. Varenkov") == "pyotr");
    CHECK(who(a, "Ivan Ivanovich Varenkov") == "ivan_jr");
    CHECK(who(a, "Elena Varenkova") == "elena");
  }
}

TEST_CASE("prior: reason shows it, and better name evidence is not outweighed by fame") {
  Authority a = Authority::build(family());
  auto c = a.candidates("Varenkov", std::nullopt, 5);
  REQUIRE(c.size() >= 2);
  CHECK(a.person(c[0].person).id == "ivan");
  CHECK(c[0].reason.find("prior") == std::string::npos);
  CHECK(c[1].reason.find("prior") != std::string::npos);
  // An exact full name of a less known relative is not weighed against the famous one.
  auto d = a.candidates("Pavel Petrovich Varenkov", std::nullopt, 2);
  REQUIRE(!d.empty());
  CHECK(a.person(d[0].person).id == "pavel");
  CHECK(d[0].reason.find("prior") == std::string::npos);
}

TEST_CASE("dates: evidence, not a veto") {
  Authority a = Authority::build(family());
  CHECK(who(a, "Varenkov", "1801") == "ivan");  // his birth year is inside his life
  CHECK(who(a, "Varenkov", "1840") == "ivan");  // alive, relatives too: the prior decides
  CHECK(who(a, "Varenkov", "1846") == "ivan");  // two years dead: still him, not his brother
  CHECK(who(a, "Varenkov", "1950") == "ivan");  // everybody long dead: the prior decides
  CHECK(who(a, "Varenkov", "1750") == "-");     // before anyone's birth
  // An exact full name is never turned down by the date alone (1790: before his birth) ...
  CHECK(who(a, "Ivan Varenkov", "1790") == "ivan");
  CHECK(who(a, "Ivan Varenkov", "1840") == "ivan");
  // ... but his son is an Ivan Varenkov too, and the only one alive in 1900: namesakes by the date.
  CHECK(who(a, "Ivan Varenkov", "1900") == "ivan_jr");
}

TEST_CASE("dates: namesakes of comparable weight are told apart by the date") {
  Authority a = Authority::build(family());
  CHECK(who(a, "Okuneff") == "-");  // same weight, no date: nobody
  CHECK(who(a, "Okuneff", "1730") == "okuneff_a");
  CHECK(who(a, "Okuneff", "1790") == "okuneff_b");
  CHECK(who(a, "Matvei Okuneff", "1790") == "okuneff_b");
  CHECK(who(a, "Окунева", "1725") == "okuneff_a");
}

TEST_CASE("forms: masculine genitive in -a, plural families, -vich surnames alone, lower-case descriptors") {
  Authority a = Authority::build(family());
  CHECK(who(a, "Варенкова") == "ivan");              // of Varenkov: the masculine genitive, no evidence of a woman
  CHECK(who(a, "Елены Варенковой") == "elena");      // a female given name decides
  CHECK(who(a, "Варенковы") == "-");                 // the Varenkovs: the family
  CHECK(who(a, "Warenkowowie") == "-");
  CHECK(who(a, "Miloshevich") == "miloshevich");     // a -vich surname alone
  CHECK(who(a, "S. Miloshevich") == "miloshevich");
  CHECK(who(a, "художника Варенкова") == "ivan");    // "of the painter Varenkov"
  CHECK(who(a, "le peintre Varenkoff") == "ivan");
  CHECK(who(a, "Varenkov-Museum") == "-");           // a German compound: an institution
  CHECK(who(a, "Павла Петровича Варенкова") == "pavel");  // given name and patronymic in the genitive
  CHECK(who(a, "Еленой Варенковой") == "elena");          // instrumental
}

TEST_CASE("forms: regnal names with ordinal words, dotted numerals and possessives") {
  std::vector<PersonRecord> rulers = {
      person("boris1", "Boris I of Norland", "1401", "1450", {"Борис I"}),
      person("boris2", "Boris II of Norland", "1430", "1490", {"Борис II"}),
      person("ryleev", "Kondraty Ryleev", "1795", "1826", {}),
  };
  Authority a = Authority::build(std::move(rulers));
  CHECK(who(a, "Boris I.") == "boris1");
  CHECK(who(a, "BORIS I.") == "boris1");
  CHECK(who(a, "Boris I's") == "boris1");
  CHECK(who(a, "Boris the First") == "boris1");
  CHECK(who(a, "Boris the Second") == "boris2");
  CHECK(who(a, "Борис Первый") == "boris1");
  CHECK(who(a, "Boris der Erste") == "boris1");
}

TEST_CASE("prior.hpp: the functions") {
  CHECK(derived_prominence(3, 2, 2, true) > derived_prominence(2, 2, 1, false));
  CHECK(prior_weight(-5) == prior_weight(0));
  CHECK(prior_factor(1.0f, 2.0f) == doctest::Approx(kPriorFloor));
  CHECK(prior_factor(2.0f, 2.0f) == 1.0);
  CHECK(script_code("Ivan") == script_code("Éric"));
  CHECK(script_code("Иван") != script_code("Ivan"));
  CHECK(script_code("Ιωάννης") != script_code("Иван"));
  constexpr std::int64_t born = 2400000, died = born + 365 * 50;
  CHECK(life_factor(born, died, born - 400, born - 10, false) < 0.2);                    // before birth
  CHECK(life_factor(born, died, born - 10, born + 300, false) == 1.0);                   // the birth year
  CHECK(life_factor(born, died, born + 365 * 30, born + 365 * 30, false) == 1.0);        // alive
  const double just_dead = life_factor(born, died, died + 365, died + 365, false);
  const double long_dead = life_factor(born, died, died + 365 * 300, died + 365 * 300, false);
  CHECK(just_dead > long_dead);
  CHECK(long_dead >= 0.65);
  CHECK(life_factor(born, died, born - 400, born - 10, true) >= 0.6);                    // exact full name: floor
  CHECK(life_factor(kUnknownDay, kUnknownDay, born, born, false) == doctest::Approx(0.9));
}
