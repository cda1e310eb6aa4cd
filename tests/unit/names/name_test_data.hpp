// Test helpers for the names domain: the small real authority of tests/data/names/persons.tsv,
// the name forms of forms.tsv, and a generator of synthetic Slavic-looking persons (Latin and
// Cyrillic) used as distractors here and by tests/bench/names_bench.cpp.
#pragma once

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "../common/test_dates.hpp"
#include "dates/calendar.hpp"
#include "dates/date_value.hpp"
#include "names/authority.hpp"
#include "names/parse.hpp"
#include "names/skeleton.hpp"

namespace clio::names::testdata {

// "1821-11-11" -> that day; "1160" -> the whole year (tests/unit/common/test_dates.hpp).
inline std::optional<dates::DateValue> parse_date(const std::string& s) { return testutil::day_or_year(s); }

// A person of an invented authority: life dates as parse_date reads them (nullptr: unknown).
inline PersonRecord person(std::string id, std::string name, const char* born, const char* died,
                           std::vector<std::string> aliases, std::optional<double> prominence = std::nullopt) {
  PersonRecord r;
  r.id = std::move(id);
  r.name = std::move(name);
  if (born) r.born = parse_date(born);
  if (died) r.died = parse_date(died);
  r.aliases = std::move(aliases);
  r.prominence = prominence;
  return r;
}

// The id of the person `name` resolves to (at `year`, if given), or "-".
inline std::string who(const Authority& a, const char* name, const char* year = nullptr) {
  auto r = a.resolve(name, year ? parse_date(year) : std::nullopt);
  return r ? a.person(*r).id : "-";
}

inline std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p - start));
    if (p == std::string::npos) break;
    start = p + sep.size();
  }
  return out;
}

inline std::string data_path(const char* name) { return std::string(CLIO_SOURCE_DIR) + "/tests/data/names/" + name; }

inline std::vector<PersonRecord> load_persons() {
  std::vector<PersonRecord> out;
  std::ifstream in(data_path("persons.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = split(line, "\t");
    PersonRecord r;
    r.id = f.at(0);
    r.name = f.at(1);
    r.born = parse_date(f.at(2));
    r.died = parse_date(f.at(3));
    if (f.size() > 4 && !f[4].empty())
      for (auto& a : split(f[4], " | ")) r.aliases.push_back(a);
    out.push_back(std::move(r));
  }
  return out;
}

struct Form {
  std::string text, context, expected, kind;
};

inline std::vector<Form> load_forms() {
  std::vector<Form> out;
  std::ifstream in(data_path("forms.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = split(line, "\t");
    out.push_back({f.at(0), f.at(1), f.at(2), f.at(3)});
  }
  return out;
}

// The sample authority (samples/authority/persons.tsv + aliases.tsv, written by the samples
// engineer) and its gold forms (tests/data/names_gold.tsv): a second set of forms that the name
// engine was not tuned on, used to measure and fit score calibration.
inline std::vector<PersonRecord> load_sample_persons() {
  std::vector<PersonRecord> out;
  std::vector<std::pair<std::string, std::size_t>> index;
  std::ifstream in(std::string(CLIO_SOURCE_DIR) + "/samples/authority/persons.tsv");
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto f = split(line, "\t");
    PersonRecord r;
    r.id = f.at(0);
    r.name = f.at(1);
    if (f.size() > 3) {
      r.born = parse_date(f[2]);
      r.died = parse_date(f[3]);
    }
    out.push_back(std::move(r));
  }
  std::ifstream al(std::string(CLIO_SOURCE_DIR) + "/samples/authority/aliases.tsv");
  std::getline(al, line);
  while (std::getline(al, line)) {
    if (line.empty()) continue;
    auto f = split(line, "\t");
    for (auto& p : out)
      if (p.id == f.at(0)) p.aliases.push_back(f.at(1));
  }
  return out;
}

inline std::vector<Form> load_sample_forms() {
  std::vector<Form> out;
  std::ifstream in(std::string(CLIO_SOURCE_DIR) + "/tests/data/names_gold.tsv");
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto f = split(line, "\t");
    out.push_back({f.at(0), f.at(1), f.at(2), f.at(3)});
  }
  return out;
}

// Synthetic persons: random syllable names with Russian-like endings, each with a Cyrillic alias,
// a reversed alias, an initials alias, a German-style variant and an inflected Cyrillic form:
// 1 person = 1 name + 5 aliases.
//
// Distractors are noise, not namesakes: given the real persons whose forms are being tested
// (`avoid`), the generator skips a surname whose skeleton stem equals one of theirs under any
// reading (a random "Korolov" or "Bukhaarin" is a second Korolev or Bukharin, and "Korolyov"
// alone is then rightly undecidable), and a given name + patronymic pair that one of them bears
// (a synthetic Fyodor Mikhailovich makes the form "Fyodor Mikhailovich" truly ambiguous). The
// accuracy bar with 1M distractors is about robustness to many unrelated names; true namesakes
// are a different question, answered by dates and given names (tested on the small authority).
class SyntheticNames {
 public:
  explicit SyntheticNames(std::uint32_t seed, const std::vector<PersonRecord>& avoid = {}) : rng_(seed) {
    for (const PersonRecord& p : avoid)
      for (std::size_t k = 0; k <= p.aliases.size(); ++k) {
        ParsedName pn = parse_name(k == 0 ? p.name : p.aliases[k - 1]);
        std::string given, patr;
        for (const NameToken& t : pn.tokens) {
          if (t.role == Role::given && given.empty()) given = t.skel;
          if (t.role == Role::patronymic && patr.empty()) patr = t.skel;
          if (t.role != Role::surname) continue;
          for (Reading r : {kStandard, kFrench, kGerman, kPolish, kGermanZh})
            avoid_stems_.push_back(std::string(stem(skeleton(t.folded, r))));
        }
        if (!given.empty() && !patr.empty()) avoid_pairs_.push_back(given + "|" + patr);
      }
    std::sort(avoid_stems_.begin(), avoid_stems_.end());
    std::sort(avoid_pairs_.begin(), avoid_pairs_.end());
  }

  PersonRecord person(std::size_t i) {
    static const char* const kGiven[][2] = {
        {"Ivan", "Иван"},       {"Pyotr", "Пётр"},     {"Nikolai", "Николай"}, {"Sergei", "Сергей"},
        {"Mikhail", "Михаил"},  {"Andrei", "Андрей"},  {"Boris", "Борис"},     {"Yuri", "Юрий"},
        {"Oleg", "Олег"},       {"Vadim", "Вадим"},    {"Anna", "Анна"},       {"Olga", "Ольга"},
        {"Irina", "Ирина"},     {"Yelena", "Елена"},   {"Maria", "Мария"},     {"Denis", "Денис"},
        {"Gleb", "Глеб"},       {"Roman", "Роман"},    {"Stepan", "Степан"},   {"Fyodor", "Фёдор"},
        {"Arkady", "Аркадий"},  {"Yakov", "Яков"},     {"Vera", "Вера"},       {"Zinaida", "Зинаида"},
        {"Taras", "Тарас"},     {"Kirill", "Кирилл"},  {"Larisa", "Лариса"},   {"Matvei", "Матвей"},
        {"Semyon", "Семён"},    {"Timofei", "Тимофей"}, {"Yegor", "Егор"},     {"Nadezhda", "Надежда"}};
    static const char* const kPatr[][2] = {{"Ivanovich", "Иванович"},     {"Petrovich", "Петрович"},
                                           {"Sergeyevich", "Сергеевич"},   {"Nikolayevich", "Николаевич"},
                                           {"Mikhailovich", "Михайлович"}, {"Andreyevich", "Андреевич"},
                                           {"Borisovich", "Борисович"},    {"Olegovich", "Олегович"},
                                           {"Glebovich", "Глебович"},      {"Romanovich", "Романович"}};
    static const char* const kSyl[][2] = {
        {"ka", "ка"}, {"ro", "ро"}, {"zhe", "же"}, {"vo", "во"}, {"lin", "лин"}, {"shu", "шу"}, {"mi", "ми"},
        {"dre", "дре"}, {"cho", "чо"}, {"bu", "бу"}, {"gra", "гра"}, {"te", "те"}, {"sko", "ско"}, {"pa", "па"},
        {"ny", "ны"}, {"lo", "ло"}, {"fi", "фи"}, {"zu", "зу"}, {"kha", "ха"}, {"ser", "сер"}, {"vla", "вла"},
        {"du", "ду"}, {"ti", "ти"}, {"mo", "мо"}, {"re", "ре"}, {"sa", "са"}, {"tso", "цо"}, {"gu", "гу"},
        {"ber", "бер"}, {"sty", "сты"}, {"ya", "я"}, {"kor", "кор"}, {"plo", "пло"}, {"net", "нет"}, {"zhi", "жи"},
        {"ar", "ар"}, {"un", "ун"}, {"ol", "ол"}, {"ski", "ски"}, {"vor", "вор"}, {"dan", "дан"}, {"rya", "ря"}};
    static const char* const kEnd[][2] = {{"ov", "ов"}, {"in", "ин"}, {"sky", "ский"}, {"enko", "енко"},
                                          {"ich", "ич"}, {"ev", "ев"}, {"nikov", "ников"}, {"yuk", "юк"}};
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); };
    std::string sur_lat, sur_cyr;
    do {
      sur_lat.clear();
      sur_cyr.clear();
      std::size_t syl = 2 + pick(3);
      for (std::size_t k = 0; k < syl; ++k) {
        auto& s = kSyl[pick(std::size(kSyl))];
        sur_lat += s[0];
        sur_cyr += s[1];
      }
      auto& e = kEnd[pick(std::size(kEnd))];
      sur_lat += e[0];
      sur_cyr += e[1];
    } while (avoided_surname(sur_lat));
    sur_lat[0] = static_cast<char>(sur_lat[0] - 32);
    std::size_t gi, pi;
    do {
      gi = pick(std::size(kGiven));
      pi = pick(std::size(kPatr));
    } while (avoided_pair(kGiven[gi][0], kPatr[pi][0]));
    auto& g = kGiven[gi];
    auto& p = kPatr[pi];
    PersonRecord r;
    r.id = "syn" + std::to_string(i);
    r.name = std::string(g[0]) + " " + sur_lat;
    r.aliases.push_back(std::string(g[1]) + " " + std::string(p[1]) + " " + upper_first_cyr(sur_cyr));
    r.aliases.push_back(sur_lat + ", " + g[0] + " " + p[0]);
    r.aliases.push_back(std::string(1, g[0][0]) + ". " + sur_lat);
    r.aliases.push_back(std::string(g[0]) + " " + p[0] + " " + variant(sur_lat));
    r.aliases.push_back(std::string(g[1]) + " " + upper_first_cyr(sur_cyr) + "а");  // genitive-like form
    int by = 1700 + static_cast<int>(pick(280));
    dates::DateValue b, d;
    b.earliest = b.latest = dates::gregorian_to_jdn(by, 1 + static_cast<int>(pick(12)), 1 + static_cast<int>(pick(28)));
    d.earliest = d.latest = b.earliest + static_cast<dates::Jdn>((30 + pick(60)) * 365);
    r.born = b;
    r.died = d;
    return r;
  }

 private:
  // The Latin surname (lower case, ASCII) and its German-style variant, as the authority will
  // read them; the Cyrillic forms transliterate to the same skeletons.
  bool avoided_surname(const std::string& lower) const {
    if (avoid_stems_.empty()) return false;
    for (const std::string& sk : {skeleton(lower, kStandard), skeleton(variant(lower), kGerman)})
      if (std::binary_search(avoid_stems_.begin(), avoid_stems_.end(), std::string(stem(sk)))) return true;
    return false;
  }
  bool avoided_pair(const char* given, const char* patr) const {
    if (avoid_pairs_.empty()) return false;
    auto lower = [](std::string x) {
      for (char& c : x) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
      return x;
    };
    return std::binary_search(avoid_pairs_.begin(), avoid_pairs_.end(),
                              skeleton(lower(given)) + "|" + skeleton(lower(patr)));
  }
  std::vector<std::string> avoid_stems_, avoid_pairs_;
  static std::string upper_first_cyr(std::string s) {
    // а..п = D0 B0..D0 BF -> А..П = D0 90..D0 9F; р..я = D1 80..D1 8F -> Р..Я = D0 A0..D0 AF
    if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xD0) s[1] = static_cast<char>(static_cast<unsigned char>(s[1]) - 0x20);
    else if (s.size() >= 2 && static_cast<unsigned char>(s[0]) == 0xD1) {
      s[0] = static_cast<char>(0xD0);
      s[1] = static_cast<char>(static_cast<unsigned char>(s[1]) + 0x20);
    }
    return s;
  }
  // A German-style variant of a Latin surname: sh -> sch, ch -> tsch, v -> w, kh -> ch.
  static std::string variant(const std::string& s) {
    std::string o;
    for (std::size_t i = 0; i < s.size(); ++i) {
      if (s.compare(i, 2, "sh") == 0) { o += "sch"; ++i; }
      else if (s.compare(i, 2, "ch") == 0) { o += "tsch"; ++i; }
      else if (s.compare(i, 2, "kh") == 0) { o += "ch"; ++i; }
      else if (s[i] == 'v') o += 'w';
      else o += s[i];
    }
    return o;
  }
  std::mt19937 rng_;
};

}  // namespace clio::names::testdata
