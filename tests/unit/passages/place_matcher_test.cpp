// Unit tests of the place gazetteer matcher (passages/place_matcher.hpp) and of place mentions
// (mentions.hpp): whole phrases, longest match, no fragments, folding, inflection, the
// continuation rule and the person/place decision. Every place and sentence here is invented
// for the test or taken from general knowledge.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "names/authority.hpp"
#include "passages/mentions.hpp"
#include "passages/place_matcher.hpp"

using namespace clio::passages;
using clio::names::Authority;
using clio::names::PersonRecord;

namespace {

PersonRecord rec(std::string id, std::string name, std::vector<std::string> aliases = {}) {
  PersonRecord r;
  r.id = std::move(id);
  r.name = std::move(name);
  r.aliases = std::move(aliases);
  return r;
}

const Authority& gazetteer() {
  static const Authority a = Authority::build({
      rec("spb", "Saint Petersburg", {"Санкт-Петербург", "Petrograd", "Петроград"}),
      rec("palace_sq", "Palace Square", {"Дворцовая площадь"}),
      rec("pp_fortress", "Peter and Paul Fortress", {"Петропавловская крепость"}),
      rec("st_helena", "Saint Helena"),
      rec("rio", "Rio de Janeiro"),
      rec("nn", "Nizhny Novgorod", {"Нижний Новгород"}),
      rec("kazan", "Kazan", {"Казань"}),
      rec("moscow", "Moscow", {"Москва", "Moskau", "Moscou"}),
      rec("warsaw", "Warsaw", {"Warszawa"}),
      rec("krakow", "Kraków"),
      rec("mikh", "Mikhaylovskoye", {"Михайловское"}),
      rec("germany", "Germany", {"Deutschland"}),
      rec("baku", "Baku"),
      rec("austerlitz", "Austerlitz", {"Slavkov u Brna"}),
      rec("onega", "Lake Onega", {"Onega", "Онежское озеро"}),
      rec("ah", "Austro-Hungarian Monarchy"),
      rec("orel", "Oryol", {"Орёл"}),
      rec("belorussia", "Belorussia"),
      rec("yp", "Yasnaya Polyana"),
      rec("ladoga_canal", "Staraya Ladoga Canal"),
      rec("pushkino", "Pushkino", {"Пушкино"}),
      rec("hague", "The Hague"),
      rec("st_andrews", "St Andrews"),
      rec("gorky_city", "Nizhny Novgorod", {"Gorky"}),
      rec("gorki", "Gorki Leninskiye", {"Gorki", "Горки"}),
      rec("kharkiv", "Kharkiv", {"Харків"}),
      rec("poland", "Poland", {"Polska"}),
  });
  return a;
}

// "id:surface" of every match.
std::vector<std::string> places(std::string_view text) {
  static PlaceMatcher m(gazetteer());
  std::vector<PlaceMatch> out;
  m.scan(text, out);
  std::vector<std::string> r;
  for (const auto& p : out)
    r.push_back(gazetteer().person(p.index).id + ":" + std::string(text.substr(p.begin, p.end - p.begin)));
  return r;
}

// Place mentions through the tagger (the continuation rule and persons apply).
std::vector<std::string> mentions(std::string_view text, const Authority* persons = nullptr) {
  TagSources src{persons, &gazetteer(), nullptr, {}};
  TagOptions o;
  o.kinds = kind_bit(MentionKind::place) | kind_bit(MentionKind::person);
  std::vector<std::string> r;
  for (const Mention& m : tag_mentions(text, src, o))
    r.push_back(std::string(mention_kind_name(m.kind)) + ":" + m.value + ":" +
                std::string(text.substr(m.begin, m.end - m.begin)));
  return r;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("places: folded token keys") {
  CHECK(PlaceMatcher::exact_key("Bérézina") == "berezina");
  CHECK(PlaceMatcher::exact_key("МОСКВА") == "moskva");
  CHECK(PlaceMatcher::exact_key("Орёл") == PlaceMatcher::exact_key("Орел"));
  for (const char* s : {"St", "Saint", "Sainte", "Sankt", "San", "Santa", "Св", "Ste"})
    CHECK(PlaceMatcher::exact_key(s) == "saint");
}

TEST_CASE("places: the whole phrase, longest first") {
  CHECK(places("He went to Saint Petersburg in 1905.") == V{"spb:Saint Petersburg"});
  CHECK(places("He went to St Petersburg, then to St. Petersburg again.") ==
        V{"spb:St Petersburg", "spb:St. Petersburg"});
  CHECK(places("Он уехал в Санкт-Петербург.") == V{"spb:Санкт-Петербург"});
  CHECK(places("They marched across Palace Square at dawn.") == V{"palace_sq:Palace Square"});
  CHECK(places("Prisoners were held in the Peter and Paul FORTRESS.") ==
        V{"pp_fortress:Peter and Paul FORTRESS"});
  CHECK(places("Napoleon died on Saint Helena.") == V{"st_helena:Saint Helena"});
  CHECK(places("The ship reached Rio de Janeiro.") == V{"rio:Rio de Janeiro"});
  // The longer name wins over the shorter one inside it.
  CHECK(places("Boats crossed Lake Onega; Onega froze early.") == V{"onega:Lake Onega", "onega:Onega"});
  // Hyphen and dash are one separator.
  CHECK(places("the Austro–Hungarian Monarchy and the Austro Hungarian Monarchy") ==
        V{"ah:Austro–Hungarian Monarchy", "ah:Austro Hungarian Monarchy"});
}

TEST_CASE("places: no fragments of a name") {
  CHECK(places("The Palace Guard stood by.").empty());
  CHECK(places("The Square was empty; the Palace was dark.").empty());
  CHECK(places("Rio is a river word; Janeiro is a month.").empty());
  CHECK(places("Novgorod and Nizhny are not Nizhny Novgorod's fragments.") == V{"nn:Nizhny Novgorod"});
  CHECK(places("Peter and Paul came.").empty());
  CHECK(places("Helena smiled.").empty());  // Saint Helena without Saint: Helena is a given name
  // Names are cut at punctuation and blank lines.
  CHECK(places("Palace. Square").empty());
  CHECK(places("Palace\n\nSquare").empty());
  // A hyphenated word is never half a place.
  CHECK(places("the Staraya-Ladoga-Canal-Company").empty());
}

TEST_CASE("places: Saint X is also X when X is not a given name; The X is also X") {
  CHECK(places("The Hague and the Hague.") == V{"hague:The Hague", "hague:Hague"});
  CHECK(places("News from Petersburg arrived.") == V{"spb:Petersburg"});
  CHECK(places("Новости из Петербурга.") == V{"spb:Петербурга"});
  CHECK(places("Professor Andrews of St Andrews") == V{"st_andrews:St Andrews"});
}

TEST_CASE("places: case, diacritics, transliteration and elision") {
  CHECK(places("in KRAKOW and in Krakow") == V{"krakow:KRAKOW", "krakow:Krakow"});
  CHECK(places("near Орел") == V{"orel:Орел"});
  CHECK(places("la bataille d'Austerlitz") == V{"austerlitz:Austerlitz"});
  CHECK(places("Moscow's streets") == V{"moscow:Moscow"});
  // A transliteration variant of a long token (same skeleton), but never a short word.
  CHECK(places("la Biélorussie") == V{"belorussia:Biélorussie"});
  CHECK(places("Press Back to return.").empty());
  // Shorter words agree as variants only when every word of a longer name does.
  CHECK(places("à Iasnaïa Poliana") == V{"yp:Iasnaïa Poliana"});
  CHECK(places("Iasnaïa").empty());
}

TEST_CASE("places: inflection on every token") {
  CHECK(places("толпа на Дворцовой площади") == V{"palace_sq:Дворцовой площади"});
  CHECK(places("вышли на Дворцовую площадь") == V{"palace_sq:Дворцовую площадь"});
  CHECK(places("лето в Михайловском") == V{"mikh:Михайловском"});
  CHECK(places("в Петропавловской крепости") == V{"pp_fortress:Петропавловской крепости"});
  CHECK(places("w Warszawie i w Krakowie") == V{"warsaw:Warszawie", "krakow:Krakowie"});
  CHECK(places("Moskaus Straßen") == V{"moscow:Moskaus"});
  // Ukrainian і ~ о / е of the last syllable; Polish -ka ~ -ce.
  CHECK(places("у Харкові, до Харкова, Харків") == V{"kharkiv:Харкові", "kharkiv:Харкова", "kharkiv:Харків"});
  CHECK(places("w Polsce") == V{"poland:Polsce"});
  // Two places whose names share a stem: the one written in the script of the text.
  CHECK(places("жил в Горках; lived in Gorky") == V{"gorki:Горках", "gorky_city:Gorky"});
  // OCR hyphenation at a line end joins.
  CHECK(places("left for Peters-\nburg") == V{"spb:Peters-\nburg"});
  // A town in -ino is not the genitive of a surname (Пушкина is Pushkin's, not Pushkino).
  CHECK(places("стихи Пушкина; в Пушкино") == V{"pushkino:Пушкино"});
  // Adjectives and shortened words are not inflections.
  CHECK(places("The German army and the Moscovite merchants.").empty());
  CHECK(places("Kazanian, Warsawian").empty());
}

TEST_CASE("places: a name that continues into a longer capitalised name") {
  CHECK(mentions("He read the Moscow Times every day.").empty());
  CHECK(mentions("They prayed in the Kazan Cathedral.").empty());
  // A place preposition before, or a lower-case word after, keeps the place.
  CHECK(mentions("He lived in Moscow Many years.") == V{"place:moscow:Moscow"});
  CHECK(mentions("the Moscow winter") == V{"place:moscow:Moscow"});
  // Another place, or a line break, after it.
  CHECK(mentions("Kazan Moscow") == V{"place:kazan:Kazan", "place:moscow:Moscow"});
  // A settlement word before it: "на станции Казань Северная" keeps Kazan; a street word does not.
  CHECK(mentions("на станции Казань Северная") == V{"place:kazan:Казань"});
  CHECK(mentions("на улице Казань Северная").empty());
  // A German genitive before its noun is the place.
  CHECK(mentions("Moskaus Straßen") == V{"place:moscow:Moskaus"});
}

TEST_CASE("places: person or place by context") {
  static const Authority persons = Authority::build({rec("kazan_elia", "Elia Kazan"), rec("ivan_kazan", "Kazan")});
  // Equal spans: a place after a place preposition or before a class word, a person otherwise.
  CHECK(mentions("Kazan wrote a letter.", &persons) == V{"person:ivan_kazan:Kazan"});
  CHECK(mentions("He moved to Kazan.", &persons) == V{"place:kazan:Kazan"});
  CHECK(mentions("В Казани было тепло.", &persons) == V{"place:kazan:Казани"});
  CHECK(mentions("Kazan station was crowded.", &persons) == V{"place:kazan:Kazan"});
  CHECK(mentions("the town Kazan", &persons) == V{"place:kazan:Kazan"});
  // The longer span wins: a full person name stays a person.
  CHECK(mentions("He met Elia Kazan.", &persons) == V{"person:kazan_elia:Elia Kazan"});
}

TEST_CASE("places: bad input and linear time") {
  CHECK(places("").empty());
  CHECK(places("\xff\xfe Moscow \xc3").size() == 1);
  std::string many;
  for (int i = 0; i < 200000; ++i) many += "Palace Peter and Paul ";
  auto t0 = std::chrono::steady_clock::now();
  CHECK(places(many).empty());
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("4.4 MB of name fragments: " << s << " s");
}

TEST_CASE("places: matching does not depend on the number of places") {
  // 100,000 generated places of one to three invented words; the text mentions a few of them.
  std::vector<PersonRecord> recs;
  auto word = [](unsigned n) {
    static const char* syl[] = {"ka", "lo", "mi", "ren", "tas", "vo", "zer", "dun", "pel", "gri"};
    std::string w;
    for (int k = 0; k < 4; ++k, n /= 10) w += syl[n % 10];
    w[0] = static_cast<char>(w[0] - 32);
    return w;
  };
  for (unsigned i = 0; i < 100000; ++i) {
    std::string name = word(i);
    if (i % 3 == 1) name += " " + word(i * 7 + 1);
    if (i % 3 == 2) name += " " + word(i * 7 + 1) + " " + word(i * 13 + 2);
    recs.push_back(rec("g" + std::to_string(i), name));
  }
  const std::string first = recs[12].name;  // a plain one-word name
  auto t0 = std::chrono::steady_clock::now();
  const Authority big = Authority::build(std::move(recs));
  PlaceMatcher m(big);
  const double build_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "The road from " + first + " led north past a Mill and a Church. ";
  std::vector<PlaceMatch> out;
  t0 = std::chrono::steady_clock::now();
  m.scan(text, out);
  const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(out.size() == 20000);
  MESSAGE("100,000 places: authority + matcher built in " << build_s << " s; " << text.size() / 1e6 / s
                                                         << " MB/s on " << text.size() << " bytes");
}

TEST_CASE("places: the scan jumps over lower-case text to the next capital") {
  // The matcher skips runs without a capital eight bytes at a time and restarts at the white space
  // before the next capital: the matches must be those of a word-by-word reading wherever the
  // capital stands (first byte, after long lower-case runs, after lower-case Cyrillic, at the end).
  std::string lower(203, 'x');
  for (std::size_t i = 7; i < lower.size(); i += 11) lower[i] = ' ';
  CHECK(places("Kazan") == V{"kazan:Kazan"});
  CHECK(places(lower + " Kazan") == V{"kazan:Kazan"});
  CHECK(places(lower + " in Kazan, " + lower + " and Moscow") == V{"kazan:Kazan", "moscow:Moscow"});
  CHECK(places("из города в город шли обозы, и в Казань прибыли к ночи") == V{"kazan:Казань"});
  CHECK(places("шли обозы в Москву") == V{"moscow:Москву"});
  CHECK(places("\t\n  Moscow") == V{"moscow:Moscow"});
  // A capital after a hyphen and a line break starts a word of its own (an OCR hyphenation
  // joins only a lower-case second half): found whether or not white space follows the break.
  CHECK(places("the road kazan-\n  Moscow") == V{"moscow:Moscow"});
  CHECK(places("the road kazan-\nMoscow") == V{"moscow:Moscow"});
  // A text that ends in the lead byte of a two-byte letter (cut mid-character): nothing is read
  // past its end (the sanitizer builds check).
  CHECK(places("to Kazan \xD0") == V{"kazan:Kazan"});
  CHECK(places(lower + " Kazan \xD1") == V{"kazan:Kazan"});
  // A capital inside a lower-case word ("l'Europe"-style elision) is found from the word's start.
  CHECK(places(lower + " d'Austerlitz") == V{"austerlitz:Austerlitz"});
}
