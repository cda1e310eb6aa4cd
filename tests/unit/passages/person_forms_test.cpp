// Persons in running text (person_forms.cpp, issue #16): one referent per text, person mentions
// by their form when nobody is linked (value empty = NULL in SQL), the famous member of a family,
// the masculine genitive after a man's full name, -vich surnames after initials. An invented
// authority: the Varenkov family and a -vich surname.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../names/name_test_data.hpp"
#include "names/authority.hpp"
#include "passages/mentions.hpp"

using namespace clio::passages;
using clio::names::Authority;
using clio::names::PersonRecord;
using clio::names::testdata::parse_date;
using clio::names::testdata::person;

namespace {


const Authority& authority() {
  static const Authority a = Authority::build({
      person("ivan", "Ivan Varenkov", "1801-03-02", "1844-10-11",
             {"Иван Петрович Варенков", "Iwan Warenkow", "Jean Varenkoff"}),
      person("pavel", "Pavel Petrovich Varenkov", "1806", "1871", {"Павел Петрович Варенков"}),
      person("elena", "Elena Varenkova", "1809", "1880", {"Елена Андреевна Варенкова", "Elena Slutskaya"}),
      person("miloshevich", "Stepan Miloshevich", "1790", "1850", {"Степан Милошевич"}),
  });
  return a;
}

// "value:surface" of every person mention of `text` against `persons` (the family above by default).
std::vector<std::string> tags(std::string_view text, const Authority& persons = authority()) {
  TagOptions opts;
  opts.kinds = kind_bit(MentionKind::person);
  std::vector<std::string> out;
  for (const Mention& m : tag_mentions(text, TagSources{&persons, nullptr, nullptr, {}}, opts))
    out.push_back(m.value + ":" + std::string(text.substr(m.begin, m.end - m.begin)));
  return out;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (auto& x : v) s += x + " | ";
  return s;
}

}  // namespace

TEST_CASE("persons in text: the famous member of a family without any full form") {
  auto t = tags("Varenkov painted the harbour; Варенков писал маслом.");
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{"ivan:Varenkov", "ivan:Варенков"});
}

TEST_CASE("persons in text: one referent per text") {
  // After the brother's full name, the short form is the brother ...
  auto t = tags("Pavel Varenkov sold the house in 1850. Varenkov left for Kazan.");
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{"pavel:Pavel Varenkov", "pavel:Varenkov"});
  // ... until a nearer full form names another.
  auto u = tags("Pavel Varenkov wrote. Then Ivan Varenkov answered. Varenkov was ill.");
  INFO(joined(u));
  CHECK(u == std::vector<std::string>{"pavel:Pavel Varenkov", "ivan:Ivan Varenkov", "ivan:Varenkov"});
  // The masculine genitive after a man's full name is his, not his wife's.
  auto v = tags("Иван Петрович Варенков умер в 1844 году. Картины Варенкова продали.");
  INFO(joined(v));
  CHECK(v == std::vector<std::string>{"ivan:Иван Петрович Варенков", "ivan:Варенкова"});
  // A form of the other gender does not corefer: Elena named, then a man's surname form.
  auto w = tags("Elena Varenkova lived in Tver. Varenkov visited her in 1838.");
  INFO(joined(w));
  CHECK(w == std::vector<std::string>{"elena:Elena Varenkova", "ivan:Varenkov"});
}

TEST_CASE("persons in text: a name by its form is a mention even when nobody is linked") {
  // A relative missing from the authority; initials that fit nobody.
  auto t = tags("In 1860 Nikolai Varenkov and D. L. Varenkov inherited the estate.");
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{":Nikolai Varenkov", ":D. L. Varenkov"});
  // Its score is under the resolution threshold.
  TagOptions opts;
  opts.kinds = kind_bit(MentionKind::person);
  const std::string text = "Nikolai Varenkov was a clerk.";
  auto m = tag_mentions(text, TagSources{&authority(), nullptr, nullptr, {}}, opts);
  REQUIRE(m.size() == 1);
  CHECK(m[0].value.empty());
  CHECK(m[0].score < Authority::kThreshold);
}

TEST_CASE("persons in text: a -vich surname after initials or alone") {
  auto t = tags("General S. P. Miloshevich arrived. Miloshevich was tired; Милошевич спал.");
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{"miloshevich:S. P. Miloshevich", "miloshevich:Miloshevich", "miloshevich:Милошевич"});
}

TEST_CASE("persons in text: an alias of given names alone is tagged when the user listed it") {
  // Given names alone name nobody in particular, unless the authority lists that very form.
  const Authority a = Authority::build({
      person("olga_v", "Olga Varenkova", "1812", "1870", {"Catherine", "Ольга Павловна Варенкова"}),
      person("ivan", "Ivan Varenkov", "1801-03-02", "1844-10-11", {}),
  });
  const std::string text = "Catherine wrote to Ivan. Later Olga and Maria stayed; Catherine left.";
  const std::vector<std::string> t = tags(text, a);
  INFO(joined(t));
  // the listed "Catherine" (a given name), twice; "Ivan" and a bare "Olga" are not listed forms
  CHECK(t == std::vector<std::string>{"olga_v:Catherine", "olga_v:Catherine"});
}

TEST_CASE("persons in text: a given name alone is the person the text last named in full with it") {
  auto t = tags("Pavel Varenkov sold the mill. Pavel then left; Maria stayed.");
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{"pavel:Pavel Varenkov", "pavel:Pavel"});
  // The nearer full form with that given name wins; a spelling of the same given name counts.
  auto u = tags("Ivan Varenkov met Pavel Varenkov. Later Iwan wrote to Pavel.");
  INFO(joined(u));
  CHECK(u == std::vector<std::string>{"ivan:Ivan Varenkov", "pavel:Pavel Varenkov", "ivan:Iwan", "pavel:Pavel"});
  auto v = tags("Павел Петрович Варенков продал дом. Павел уехал.");
  INFO(joined(v));
  CHECK(v == std::vector<std::string>{"pavel:Павел Петрович Варенков", "pavel:Павел"});
  // Before any full form, a given name alone names nobody in particular.
  auto w = tags("Pavel sold the mill. Then Pavel Varenkov left.");
  INFO(joined(w));
  CHECK(w == std::vector<std::string>{"pavel:Pavel Varenkov"});
}

TEST_CASE("persons in text: a title + given name the user listed is tagged, without the title") {
  const Authority a = Authority::build({
      person("duchess", "Anna Varenkova", "1790", "1850", {"Duchess Anna"}),
      person("ivan", "Ivan Varenkov", "1801-03-02", "1844-10-11", {}),
  });
  const std::string text = "In 1820 Duchess Anna came to Tver. Anna and Duchess Sofia stayed.";
  const std::vector<std::string> t = tags(text, a);
  INFO(joined(t));
  // the bare given name is not the listed form, nor is another title's given name
  CHECK(t == std::vector<std::string>{"duchess:Anna"});
}

TEST_CASE("persons in text: a name does not run across a change of script") {
  auto t = tags("Ivan Varenkov Иван Варенков (1801-1844) painted.");
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{"ivan:Ivan Varenkov", "ivan:Иван Варенков"});
}

TEST_CASE("persons in text: a byline in the page chrome names a person") {
  const std::string text =
      "Ivan Varenkov painted the harbour of Tver in 1830 and sold the picture the next spring.\n"
      "\n"
      "Posted by Pavel Varenkov | 12 comments | Share\n";
  TagOptions opts;
  std::vector<std::string> t;
  bool chrome = false;
  for (const Mention& m : tag_mentions(text, TagSources{&authority(), nullptr, nullptr, {}}, opts)) {
    chrome = chrome || (m.kind == MentionKind::boilerplate && m.begin <= text.find("Posted"));
    if (m.kind == MentionKind::person) t.push_back(m.value + ":" + text.substr(m.begin, m.end - m.begin));
  }
  INFO(joined(t));
  REQUIRE(chrome);  // the line is chrome ...
  CHECK(t == std::vector<std::string>{"ivan:Ivan Varenkov", "pavel:Pavel Varenkov"});  // ... and names Pavel
}

TEST_CASE("persons in text: regnal names with ordinal words, in case forms and possessives") {
  const Authority a = Authority::build({
      person("vsevolod2", "Vsevolod II of Varenia", "1702", "1761", {"Всеволод II", "Vsevolod II"}),
      person("ivan", "Ivan Varenkov", "1801-03-02", "1844-10-11", {}),
  });
  const std::string text =
      "Vsevolod the Second signed. Всеволоду II писали; Всеволода Второго боялись. Vsevolod II's fleet sailed; "
      "Vsevolod der Zweite starb.";
  const std::vector<std::string> t = tags(text, a);
  INFO(joined(t));
  CHECK(t[0] == "vsevolod2:Vsevolod the Second");
  CHECK(t[1] == "vsevolod2:Всеволоду II");
  CHECK(t[2] == "vsevolod2:Всеволода Второго");
  CHECK(t[3] == "vsevolod2:Vsevolod II");
  CHECK(t[4] == "vsevolod2:Vsevolod der Zweite");
  CHECK(t.size() == 5);
}

TEST_CASE("persons in text: initials or a given name before a surname nobody listed") {
  auto t = tags("In 1830 P. L. Smirnitsky and Pavel Smirnitsky signed the deed.");
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{":P. L. Smirnitsky", ":Pavel Smirnitsky"});
  // Country abbreviations are no initials; a word of a date is no surname; a given name that is
  // also a common word at a sentence's start is no given name there.
  auto u = tags("The U. S. Army and the U.K. Parliament met on 3 March 1850. Will Smirnitsky come?");
  INFO(joined(u));
  CHECK(u.empty());
}

TEST_CASE("persons in text: an unknown given name between a title and a surname") {
  // "Ostrig" is in no lexicon: the surname decides, and the span takes the given name in.
  auto t = tags("Count Ostrig Varenkov painted the harbour.");
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{"ivan:Ostrig Varenkov"});
  // A known given name that contradicts every bearer leaves the span unlinked, still tagged.
  auto u = tags("In 1835 Count Fyodor Varenkov painted the harbour.");
  INFO(joined(u));
  CHECK(u == std::vector<std::string>{":Fyodor Varenkov"});
}

TEST_CASE("persons in text: a caption before its credit names a person; a running head does not") {
  const std::string text =
      "THE LAST YEARS OF VARENKOV 117\n"
      "He painted the harbour of Tver in 1830 and sold the picture to a merchant the next spring.\n"
      "The merchant hung it in his shop, where it stayed for twenty years before the fire.\n"
      "118 THE LAST YEARS OF VARENKOV\n"
      "The fire of 1851 took the shop and most of the street with it, and the picture was lost.\n"
      "Portrait of Pavel Varenkov \xC2\xA9 City Museum\n";
  TagOptions opts;
  std::vector<std::string> t;
  std::size_t chrome = 0;
  for (const Mention& m : tag_mentions(text, TagSources{&authority(), nullptr, nullptr, {}}, opts)) {
    chrome += m.kind == MentionKind::boilerplate;
    if (m.kind == MentionKind::person) t.push_back(m.value + ":" + text.substr(m.begin, m.end - m.begin));
  }
  INFO(joined(t));
  REQUIRE(chrome == 3);  // both running heads and the caption line are chrome ...
  CHECK(t == std::vector<std::string>{"pavel:Pavel Varenkov"});  // ... the caption names Pavel
}

TEST_CASE("persons in text: a person by form alone loses to a place of the same words") {
  PersonRecord hill;
  hill.id = "pavel_hill";
  hill.name = "Pavel Hill";  // a hill named after someone, in the places authority
  const Authority places = Authority::build({hill});
  const std::string text = "The chapel on Pavel Hill burned; later Pavel Smirnitsky rebuilt it.";
  std::vector<std::string> t;
  for (const Mention& m : tag_mentions(text, TagSources{&authority(), &places, nullptr, {}}, {}))
    t.push_back(std::string(mention_kind_name(m.kind)) + ":" + m.value + ":" + text.substr(m.begin, m.end - m.begin));
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{"place:pavel_hill:Pavel Hill", "person::Pavel Smirnitsky"});
}

TEST_CASE("persons in text: a first name the lexicon lacks, alone after the full name") {
  const Authority a = Authority::build({
      person("ostrig", "Ostrig Varenkov", "1790", "1850", {}),
      person("ivan", "Ivan Varenkov", "1801-03-02", "1844-10-11", {}),
  });
  const std::string text = "Ostrig sailed first. Then Ostrig Varenkov sailed; Ostrig was ill.";
  const std::vector<std::string> t = tags(text, a);
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{"ostrig:Ostrig Varenkov", "ostrig:Ostrig"});
}

TEST_CASE("persons in text: a ruler's title + given name is the ruler of that name at the date") {
  const Authority a = Authority::build({
      person("pyotr1", "Pyotr I of Varenia", "1610", "1665", {"Pyotr I"}),
      person("pyotr2", "Pyotr II of Varenia", "1702", "1761", {"Pyotr II"}),
      person("ivan", "Ivan Varenkov", "1801-03-02", "1844-10-11", {}),
  });
  // A count of that given name is nobody in particular.
  const std::string text = "In 1650 Tsar Pyotr built the wall. In 1740 Tsar Pyotr rebuilt it; Count Pyotr paid.";
  const std::vector<std::string> t = tags(text, a);
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{"pyotr1:Pyotr", "pyotr2:Pyotr"});
}

TEST_CASE("persons in text: a name before an event word is no person") {
  auto t = tags("The Varenkov Uprising of 1830 failed, and the Varenkov Line fell; Varenkov fled.");
  INFO(joined(t));
  CHECK(t == std::vector<std::string>{"ivan:Varenkov"});
}
