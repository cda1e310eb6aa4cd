// Speed of the mention tagger with a 100,000-person authority (synthetic Slavic-looking persons,
// the generator of the names tests, plus the sample authority) on generated prose in English and
// Russian with names, dates, places, topics and chrome. Prints MB/s (CPU time, one core) per
// stage and for the whole tagger; never asserts on time (the machine is shared).
#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include "../names/name_test_data.hpp"
#include "mention_test_support.hpp"
#include "passages/mentions.hpp"
#include "passages/name_scanner.hpp"
#include "passages/passages.hpp"

using namespace clio::passages;
using namespace clio::passages::mentiontest;

namespace {

double cpu_now() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

// About `bytes` of prose: sentences from templates that mention persons of the authority (by
// full name, surname, initials, Cyrillic case form), dates, places and topic words, with a
// chrome block every few paragraphs.
// `named` of every 12 sentences name someone (6: dense, as in the main figure; 2: closer to
// ordinary narrative prose).
std::string generate_prose(const std::vector<clio::names::PersonRecord>& persons, std::size_t bytes, std::uint32_t seed,
                           std::size_t named = 6) {
  std::mt19937 rng(seed);
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  static const char* const kMonths[] = {"January", "March", "May", "July", "October", "December"};
  static const char* const kPlaces[] = {"Moscow", "Petrograd", "Tsaritsyn", "Kiev", "Odessa", "Berlin", "Paris"};
  static const char* const kFill[] = {
      "The committee met again after a long and difficult winter, and nobody wanted to speak first.",
      "Letters from the provinces described the harvest, the roads and the prices of bread in detail.",
      "Many of these documents were lost during the war and were only found decades later in an archive.",
      "Он долго молчал, а потом сказал, что всё это уже было написано в старых газетах.",
      "The memoirs disagree about the order of events, but all of them mention the cold."};
  std::string out;
  out.reserve(bytes + 1024);
  std::size_t sentences = 0;
  while (out.size() < bytes) {
    const auto& p = persons[pick(persons.size())];
    const std::string& form = pick(3) == 0 && !p.aliases.empty() ? p.aliases[pick(p.aliases.size())] : p.name;
    std::size_t roll = pick(12);
    switch (roll < named ? roll : 3) {
      case 0:
        out += "On " + std::to_string(1 + pick(28)) + " " + kMonths[pick(6)] + " " + std::to_string(1850 + pick(100)) +
               " " + form + " arrived in " + kPlaces[pick(7)] + " with a letter. ";
        break;
      case 1: out += "Two days later " + form + " wrote that the famine had reached the south. "; break;
      case 2: out += "According to " + form + ", the meeting in " + kPlaces[pick(7)] + " was a failure. "; break;
      case 3: out += std::string(kFill[pick(5)]) + " "; break;
      case 4: out += "В " + std::to_string(1850 + pick(100)) + " году " + form + " уехал в Москву. "; break;
      case 5: out += form + "'s friends said little about the stroke. "; break;
      default: out += std::string(kFill[pick(5)]) + " "; break;  // about half the sentences name nobody
    }
    if (++sentences % 7 == 0) out += "\n\n";
    if (sentences % 60 == 0) out += "Share this: Facebook | Twitter | Email\n© 2019 History Site. All rights reserved.\n\n";
  }
  return out;
}

}  // namespace

TEST_CASE("mention tagger speed with a 100,000-person authority (prints MB/s)" *
          doctest::skip(std::getenv("CLIO_BENCH") == nullptr)) {
  std::vector<clio::names::PersonRecord> recs;
  {  // the sample persons first, then synthetic ones up to 100,000
    for (auto& f : read_tsv("samples/authority/persons.tsv")) {
      clio::names::PersonRecord r;
      r.id = f.at(0);
      r.name = f.at(1);
      r.born = life_date(f.at(2));
      r.died = life_date(f.at(3));
      recs.push_back(std::move(r));
    }
    clio::names::testdata::SyntheticNames gen(20261127);
    for (std::size_t i = recs.size(); i < 100000; ++i) recs.push_back(gen.person(i));
  }
  std::vector<clio::names::PersonRecord> sample(recs.begin(), recs.begin() + 2000);
  double t0 = cpu_now();
  auto persons = clio::names::Authority::build(std::move(recs));
  double t_build = cpu_now() - t0;
  const auto& src = sample_sources();
  // CLIO_MENTIONS_BENCH_MB overrides the size (default 8 MB).
  const char* env = std::getenv("CLIO_MENTIONS_BENCH_MB");
  const std::size_t size_mb = env && std::atoi(env) > 0 ? static_cast<std::size_t>(std::atoi(env)) : 8;
  std::string text = generate_prose(sample, size_mb << 20, 7);
  const double mb = static_cast<double>(text.size()) / (1 << 20);

  TagSources sources{&persons, &src.places, &src.topics, {}};
  MentionTagger tagger(sources);
  tagger.tag(text.substr(0, text.size() / 8), {});  // warm the caches as a long-running statement would
  t0 = cpu_now();
  auto ms = tagger.tag(text, {});
  double t_all = cpu_now() - t0;

  // Stages on their own.
  t0 = cpu_now();
  auto chrome = boilerplate_spans(text, analyze(text));
  double t_passages = cpu_now() - t0;
  std::vector<clio::dates::DateMention> dm;
  t0 = cpu_now();
  clio::dates::extract_dates(text, {}, dm);
  double t_dates = cpu_now() - t0;
  NameScanner scanner(&persons, &src.places);
  std::vector<NameMatch> names;
  scanner.scan(text.substr(0, text.size() / 8), dm, std::nullopt, names);  // warm
  names.clear();
  t0 = cpu_now();
  scanner.scan(text, dm, std::nullopt, names);
  double t_names = cpu_now() - t0;
  t0 = cpu_now();
  auto topics = src.topics.match(text);
  double t_topics = cpu_now() - t0;

  // The same on sparser prose (a name in one sentence of six).
  std::string sparse = generate_prose(sample, size_mb << 20, 8, 2);
  t0 = cpu_now();
  auto ms_sparse = tagger.tag(sparse, {});
  double t_sparse = cpu_now() - t0;
  MESSAGE("tag_mentions on sparser prose: " << sparse.size() / double(1 << 20) / t_sparse << " MB/s; "
                                             << ms_sparse.size() << " mentions");

  std::size_t n_person = 0;
  for (const auto& m : ms) n_person += m.kind == MentionKind::person;
  MESSAGE("authority: " << persons.size() << " persons, built in " << t_build << " s, "
                        << persons.memory_bytes() / (1 << 20) << " MB");
  MESSAGE("tag_mentions: " << mb << " MB in " << t_all << " s CPU = " << mb / t_all << " MB/s; " << ms.size()
                           << " mentions (" << n_person << " persons)");
  MESSAGE("stages: passages+boilerplate " << mb / t_passages << " MB/s, dates " << mb / t_dates << " MB/s, names "
                                          << mb / t_names << " MB/s, topics " << mb / t_topics << " MB/s");
  CHECK(n_person > 1000);  // the generated text is full of authority names
  CHECK(!chrome.empty());
}
