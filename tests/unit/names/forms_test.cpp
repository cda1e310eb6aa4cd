// Name forms the resolver reads beyond its lexicon (issue #16, resolver side), on an invented
// authority: given names in other cases (Russian, Ukrainian, Polish endings, a fleeting vowel),
// a given name alone with and without the passage's date, a given name the lexicon does not
// know but the authority lists.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "name_test_data.hpp"
#include "names/authority.hpp"
#include "names/lexicon.hpp"
#include "names/skeleton.hpp"
#include "names/parse.hpp"
#include "names/translit.hpp"

using namespace clio::names;
using clio::names::testdata::parse_date;
using clio::names::testdata::person;
using clio::names::testdata::who;

namespace {


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

TEST_CASE("scripts without clio's tables are read through ICU, on names only") {
  CHECK(has_foreign_script("Արամ Խաչիկյան"));
  CHECK(has_foreign_script("ハナコ"));
  CHECK_FALSE(has_foreign_script("Пушкин’s Τολστόι ჯუღაშვილი Łódź"));  // own tables, typographic quote
  CHECK_FALSE(has_foreign_script(""));
  CHECK(foreign_to_latin("Արամ") == "Aram");
  CHECK(foreign_to_latin("Vasya") == "Vasya");
  CHECK(foreign_to_latin(std::string("\xd5\x80\xff", 3)).find('\xff') == std::string::npos);  // malformed: no crash
  // Kana: the small vowel replaces the syllable's vowel; the word separator is a space.
  CHECK(foreign_to_latin("ヴォ") == "vo");
  CHECK(foreign_to_latin("ハナ・コ") == "hana ko");
  Authority a = Authority::build({person("aram", "Aram Khachikyan", "1900", "1970", {}),
                                  person("vilen", "Vilen Sobakin", "1900", "1970", {})});
  CHECK(who(a, "Արամ Խաչիկյան") == "aram");          // Armenian
  CHECK(who(a, "ヴィレン・ソバキン") == "vilen");       // katakana: r for l in the given name
  CHECK(who(a, "ヴィレン・ソロキン") == "-");           // another surname
  CHECK(parse_name("Արամ").foreign);
  CHECK_FALSE(parse_name("Aram").foreign);
}

TEST_CASE("Serbian and Macedonian Cyrillic letters") {
  CHECK(translit("Јован Љубић", Scheme::key) == "Yovan Lyubich");
  CHECK(translit("Јован Љубић", Scheme::bgn) == "Jovan Ljubić");
  Authority a = Authority::build(people());
  CHECK(who(a, "Олга Ветрова") == "olga");
  CHECK(who(a, "Тарас Гнатенко") == "taras");
  Authority b = Authority::build({person("jovan", "Yovan Lyubich", "1850", "1910", {})});
  CHECK(who(b, "Јован Љубић") == "jovan");
}

TEST_CASE("slips of typing and OCR: glued initials, glued or digit regnal numerals, dashes, numeral case suffixes") {
  auto roles = [](const char* name) {
    std::string out;
    for (const auto& t : parse_name(name).tokens) out += std::string(role_name(t.role)).substr(0, 3) + ":" + t.key + " ";
    return out;
  };
  CHECK(roles("PA Zarubin") == "ini:p ini:a sur:zarubin ");
  CHECK(roles("ПА. Зарубин") == "ini:p ini:a sur:zarubin ");
  CHECK(roles("PAVEL ZARUBIN") == "giv:pavel sur:zarubin ");   // all capitals: no initials
  CHECK(roles("XV Zarubin").find("ini:x") == std::string::npos);  // a Roman numeral is no pair of initials
  CHECK(roles("HenryIV's") == "giv:henry ord:iv ");
  CHECK(roles("Генрих 1") == "giv:genrikh ord:i ");
  CHECK(roles("Karl 11:n") == "giv:karl ord:ii ");
  CHECK(roles("Karl XII:lle") == "giv:karl ord:xii ");
  CHECK(roles("Zarubin 1").find("ord:") == std::string::npos);  // a digit after a surname is no numeral
  CHECK(roles("Орлова—Давыдова").find("orlovadavydova") != std::string::npos);
  CHECK(roles("Zarubin — Vetrova") != roles("Zarubin—Vetrova"));  // a spaced dash separates
  Authority a = Authority::build(people());
  CHECK(who(a, "OS Vetrova") == "olga");
  CHECK(who(a, "ОС. Ветрова") == "olga");
  CHECK(who(a, "PA Zarubin") == "-");  // Pavel and Pyotr Andreevich: both P. A.
  Authority r = Authority::build({person("h4", "Henry IV of Norland", "1400", "1450", {}),
                                  person("h5", "Henry V of Norland", "1430", "1480", {})});
  CHECK(who(r, "HenryIV's") == "h4");
  CHECK(who(r, "Henry 1V") == "-");  // (only 1, 11, 111 are read as numerals)
}

TEST_CASE("double surnames inflected in both parts") {
  Authority a = Authority::build({person("od", "Pyotr Orlov-Davydov", "1800", "1860", {"Пётр Орлов-Давыдов"}),
                                  person("o", "Pyotr Orlov", "1800", "1860", {"Пётр Орлов"})});
  CHECK(who(a, "Орлова-Давыдова", "1830") == "od");
  CHECK(who(a, "Орловым-Давыдовым", "1830") == "od");
  CHECK(who(a, "Орлова—Давыдова", "1830") == "od");
  CHECK(who(a, "Орлова", "1830") != "od");
}

TEST_CASE("letters spaced apart by OCR are joined; an initial without its period stays one") {
  auto keys = [](const char* name) { return name_key(name); };
  CHECK(keys("Z arub in") == "zarubin");
  CHECK(keys("O LGA VETROVA") == "olga vetrova");
  CHECK(keys("O VETROVA") == "o vetrova");         // no given name made: an initial
  CHECK(keys("J de Zarubin") == "j zarubin");      // a particle is no fragment
  Authority a = Authority::build(people());
  CHECK(who(a, "V etrov oj") == "-");               // (a feminine form of nobody's given name)
  CHECK(who(a, "P avel Z arubin") == "pavel");
}

TEST_CASE("surname first without a comma, the given name unknown to the lexicon") {
  Authority a = Authority::build({person("ye", "Yermolai Zarubin", "1800", "1860", {}),
                                  person("sv", "Svyatoslav Ivanov", "1800", "1860", {})});
  CHECK(who(a, "Zarubin Yermolai") == "ye");
  CHECK(who(a, "Zarubin Yermolai Petrovich") == "ye");
  CHECK(who(a, "Yermolai Zarubin") == "ye");
}

TEST_CASE("Russian endearing forms of given names") {
  CHECK(!given_groups(clio::names::skeleton(latin_folded("Сашенька"))).empty());
  CHECK(!given_groups(clio::names::skeleton(latin_folded("Ванечке"))).empty());
  CHECK(given_groups(clio::names::skeleton(latin_folded("Иваненко"))).empty());  // a surname in -енко
  CHECK(given_groups(clio::names::skeleton(latin_folded("Иваненка"))).empty());
  Authority a = Authority::build(people());
  CHECK(who(a, "Олечке", "1850") == "olga");
}

TEST_CASE("Dutch/Swedish sj and tsj, the Czech genitive -ého, Lithuanian -as/-is/-us") {
  CHECK(skeleton("tsjernov") == skeleton("chernov"));
  CHECK(skeleton("sjirokov") == skeleton("shirokov"));
  CHECK(stem(skeleton("vetrového")) == stem(skeleton("vetrov")));
  CHECK(stem(skeleton("zarubinas")) == stem(skeleton("zarubin")));
  Authority a = Authority::build(people());
  CHECK(who(a, "Pavel Andrejevitsj Zarubin") == "pavel");
  CHECK(who(a, "Pavelas Zarubinas") == "pavel");
  CHECK(who(a, "Tarasas Hnatenkas") == "taras");
  Authority b = Authority::build({person("s", "Ivan Shirokov", "1800", "1860", {}),
                                  person("c", "Ivan Chernov", "1800", "1860", {})});
  CHECK(who(b, "Ivan Sjirokov") == "s");
  CHECK(who(b, "Ivan Tsjernov") == "c");
  CHECK(who(b, "Ivana Černového") == "c");
}

TEST_CASE("a given name with one consonant voiced or devoiced; Polish family plurals in -owie") {
  Authority a = Authority::build({person("z", "Raisa Zarubina", "1800", "1860", {}),
                                  person("k", "Gleb Kornev", "1800", "1860", {}),
                                  person("f", "Nestor Fedin", "1800", "1860", {}),
                                  person("m", "Anna Morozova", "1800", "1860", {})});
  CHECK(who(a, "Raiza Zarubina") == "z");
  CHECK(who(a, "Glep Kornev") == "k");
  CHECK(who(a, "Nesdor Fedin") == "f");
  CHECK(who(a, "Inna Morozova") == "-");   // a vowel is another name
  CHECK(who(a, "Kornevowie") == "-");      // the Kornevs
  CHECK(who(a, "Fedinowie") == "-");
}

TEST_CASE("Romanian regnal ordinals; a given name in any case before a regnal numeral") {
  Authority a = Authority::build({person("b1", "Boris I of Norland", "1401", "1450", {"Борис I"}),
                                  person("b2", "Boris II of Norland", "1430", "1490", {"Борис II"}),
                                  person("m2", "Mikhail II of Norland", "1500", "1550", {"Михаил II"})});
  CHECK(who(a, "Boris al II-lea") == "b2");
  CHECK(who(a, "Boris a II-a") == "b2");
  CHECK(who(a, "Boris a II -a") == "b2");
  CHECK(who(a, "Борисом II") == "b2");      // instrumental
  CHECK(who(a, "Михайлові II") == "m2");    // Ukrainian dative
  CHECK(who(a, "Михаилом I") == "-");       // no Mikhail I
  CHECK(name_key("Ana a Zarubina") == "ana a zarubina");  // "a" before no numeral stays
}

TEST_CASE("a person's gender from a patronymic when the given name is not in the lexicon") {
  Authority a = Authority::build({person("u", "Ustinya Gorelova", "1800", "1860", {"Устинья Петровна Горелова"}),
                                  person("g", "Ustin Gorelov", "1800", "1860", {"Устин Петрович Горелов"})});
  CHECK(who(a, "Gurelof", "1830") == "g");   // a masculine form (with a slip) is not the woman's
  CHECK(who(a, "Gorelova", "1830") == "u");
}

TEST_CASE("forms: given names written apart find the compound the authority lists") {
  const Authority a = Authority::build({
      person("karl_h", "Karl-Heinrich Ostrig", "1790", "1851", {}),
      person("maria_o", "Maria Ostrig", "1795", "1860", {}),
      person("jean_p", "Jean Pierre Varenne", "1801", "1870", {}),
  });
  CHECK(who(a, "Karl Heinrich Ostrig") == "karl_h");
  CHECK(who(a, "Karl-Heinrich Ostrig") == "karl_h");
  // The compound is one name: its second half alone names nobody listed.
  CHECK(who(a, "Heinrich Ostrig") == "-");
  // Given names listed apart stay apart.
  CHECK(who(a, "Jean Pierre Varenne") == "jean_p");
}
