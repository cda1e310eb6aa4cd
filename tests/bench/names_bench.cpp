// Benchmark of the person-name engine (standalone; not a unit test).
//
//   names_bench [N=1000000] [source dir, default CLIO_SOURCE_DIR or "."] [diag]
//
// Builds an authority of N synthetic persons (1 name + 5 aliases each, Latin and Cyrillic, see
// tests/unit/names/name_test_data.hpp; no namesakes of the real persons) plus the 106 real
// persons of tests/data/names/persons.tsv, then prints: build time, memory per alias, exact /
// folded / fuzzy lookups per second on one core (thread CPU time) with what the answers were
// (right person, wrong person, tied with the generator's own namesakes, other), the passage
// tagger's near-stem probe per second (and how often it fires on random words), and top-1
// accuracy of tests/data/names/forms.tsv against the large authority (to compare with the
// small-authority figure printed by unit_names). "diag" also prints the first unresolved queries
// and every missed gold form with their top candidates. If python3 with jellyfish is available,
// it also times a Jaro-Winkler linear scan (jellyfish.jaro_winkler_similarity) over the same names
// for a sample of queries and prints the ratio.
#include <ctime>
#include <sys/resource.h>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#ifndef CLIO_SOURCE_DIR
#define CLIO_SOURCE_DIR "."
#endif
#include "../unit/names/name_test_data.hpp"
#include "names/skeleton.hpp"

using namespace clio::names;
// Thread CPU time: the machine may be shared, and wall time would count other processes.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};

static double seconds_since(double t) { return Clock::now() - t; }

int main(int argc, char** argv) {
  std::size_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000000;
  auto persons = testdata::load_persons();
  const std::size_t real = persons.size();
  testdata::SyntheticNames gen(4242, persons);  // noise, not namesakes of the real persons
  persons.reserve(real + n);
  std::size_t aliases = 0;
  for (std::size_t i = 0; i < n; ++i) persons.push_back(gen.person(i));
  for (auto& p : persons) aliases += p.aliases.size();
  std::vector<std::string> exact, folded, fuzzy;
  std::vector<std::size_t> truth;  // the person each query was made from
  std::mt19937 rng(7);
  for (int i = 0; i < 20000; ++i) {
    truth.push_back(real + rng() % n);
    const PersonRecord& p = persons[truth.back()];
    exact.push_back(p.name);
    std::string up;  // upper-cased Latin name: a folded match
    for (char c : p.name) up.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    folded.push_back(i % 2 ? up : p.aliases[0]);  // or the Cyrillic alias
    // One substitution in the surname, by a letter that is one letter in the comparison key too
    // (not x = ks, which makes a one-letter typo two edits away).
    std::string typo = p.name;
    std::size_t sp = typo.find(' ');
    std::size_t pos = sp + 2 + rng() % (typo.size() - sp - 3);
    static const char kLetters[] = "abdeiklmnoprtu";
    char c;
    do c = kLetters[rng() % (sizeof kLetters - 1)];
    while (c == typo[pos]);
    typo[pos] = c;
    fuzzy.push_back(typo);
  }
  std::vector<std::string> names_for_baseline;
  for (auto& p : persons) {
    names_for_baseline.push_back(p.name);
    for (auto& a : p.aliases) names_for_baseline.push_back(a);
  }

  auto t0 = Clock::now();
  Authority a = Authority::build(std::move(persons));
  double build_s = seconds_since(t0);
  std::printf("authority: %zu persons, %zu aliases\n", a.size(), aliases);
  std::printf("build: %.2f s; memory %.1f MB = %.1f bytes/alias\n", build_s, a.memory_bytes() / 1e6,
              static_cast<double>(a.memory_bytes()) / static_cast<double>(aliases));

  // Diagnostics (names_bench N DIR diag): the first misses of each query set with their top candidates.
  const bool diag = argc > 3 && std::string(argv[3]) == "diag";
  auto show = [&](const std::string& q, const std::string& expected, const std::optional<clio::dates::DateValue>& ctx) {
    std::printf("  %s expected %s:", q.c_str(), expected.c_str());
    for (auto& c : a.candidates(q, ctx, 4))
      std::printf(" | %s '%s' %.3f %s", a.person(c.person).id.c_str(), a.person(c.person).name.c_str(), c.score,
                  c.reason.c_str());
    std::printf("\n");
  };
  if (diag) {
    for (const char* label : {"exact", "fuzzy"}) {
      const auto& qs = std::string(label) == "exact" ? exact : fuzzy;
      int shown = 0;
      for (std::size_t i = 0; i < qs.size() && shown < 15; ++i) {
        if (a.resolve(qs[i], std::nullopt)) continue;
        std::printf("%s miss:", label);
        show(qs[i], a.person(truth[i]).id, std::nullopt);
        ++shown;
      }
    }
  }
  // Speed, then (untimed) what the answers were: resolved to the person the query was made from,
  // to another person, or to nobody because the person ties at the top with namesakes (the
  // generator makes true namesakes among its own persons: same given name and surname).
  auto rate = [&](const char* label, const std::vector<std::string>& qs) {
    std::size_t hits = 0;
    auto t = Clock::now();
    for (const auto& q : qs) hits += a.resolve(q, std::nullopt).has_value();
    double s = seconds_since(t);
    std::size_t right = 0, wrong = 0, wrong_exact = 0, tied = 0, missed = 0;
    for (std::size_t i = 0; i < qs.size(); ++i) {
      auto r = a.resolve(qs[i], std::nullopt);
      if (r) {
        if (*r == truth[i]) {
          ++right;
        } else {
          ++wrong;
          // The typo turned the name into another person's very name or alias: undetectable.
          auto c = a.candidates(qs[i], std::nullopt, 1);
          wrong_exact += !c.empty() && (c[0].reason.find("name") == 0 || c[0].reason.find("alias") == 0);
        }
        continue;
      }
      auto c = a.candidates(qs[i], std::nullopt, 50);
      bool top = false;
      for (auto& x : c) top |= x.person == truth[i] && x.score >= c[0].score * 0.999;
      (top ? tied : missed) += 1;
    }
    // (tests/bench/bench.py reads "N lookups/s (X us each, H/Q resolved)": keep that part as is)
    std::printf("%-8s %9.0f lookups/s (%.2f us each, %zu/%zu resolved); resolved: %zu right, %zu wrong (%zu of them "
                "the exact name of another person); unresolved: %zu tied at the top with namesakes, %zu other\n",
                label, qs.size() / s, s * 1e6 / qs.size(), hits, qs.size(), right, wrong, wrong_exact, tied, missed);
    return qs.size() / s;
  };
  rate("exact", exact);
  rate("folded", folded);
  double fuzzy_rate = rate("fuzzy", fuzzy);

  // The passage tagger's probe for a capitalised word the authority does not know
  // (Authority::near_stem: one edit or one OCR/transliteration slip from a stem), run once per such
  // spelling: random lower-case words of 7-12 letters (what it mostly sees: near almost never) and
  // the fuzzy queries' surnames (one letter replaced: near when the stem keeps the slip).
  {
    std::vector<std::string> stems;
    std::mt19937 wr(11);
    static const char kCommon[] = "etaoinshrdlucmfwypvbgk";
    for (int i = 0; i < 20000; ++i) {
      std::string w(7 + wr() % 6, ' ');
      for (char& c : w) c = kCommon[wr() % (sizeof kCommon - 1)];
      stems.emplace_back(stem(skeleton(latin_folded(w), kStandard)));
    }
    for (const std::string& q : fuzzy) stems.emplace_back(stem(skeleton(latin_folded(q.substr(q.rfind(' ') + 1)), kStandard)));
    std::size_t near_random = 0, near_typos = 0;
    auto t = Clock::now();
    for (std::size_t i = 0; i < stems.size(); ++i) (i < 20000 ? near_random : near_typos) += a.near_stem(stems[i]);
    double s = seconds_since(t);
    std::printf("near-stem probe: %.0f probes/s (%.2f us each); near: %zu/20000 random words, %zu/%zu typo surnames\n",
                stems.size() / s, s * 1e6 / stems.size(), near_random, near_typos, fuzzy.size());
  }

  auto forms = testdata::load_forms();
  std::size_t right = 0;
  for (auto& f : forms) {
    auto r = a.resolve(f.text, testdata::parse_date(f.context));
    std::string got = r ? a.person(*r).id : std::string("-");
    if (got == f.expected) ++right;
    else if (diag) show(f.text + " [" + f.context + "]", f.expected, testdata::parse_date(f.context));
    else std::printf("  miss: %s [%s] expected %s, got %s\n", f.text.c_str(), f.context.c_str(), f.expected.c_str(), got.c_str());
  }
  std::printf("accuracy on forms.tsv with %zu distractors: %zu/%zu = %.1f%%\n", n, right, forms.size(),
              100.0 * right / forms.size());

  // This process's peak memory so far (persons, query lists, the index), before the Python baseline
  // runs as a child (GNU time would report the larger of the two); scripts/bench reads this line.
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("peak RSS: %.1f MB\n", static_cast<double>(usage.ru_maxrss) / 1024.0);

  // Jaro-Winkler baseline: a linear scan with jellyfish over all names (what a user without an
  // index would do), for a few fuzzy queries; Debian's python3-jellyfish lives in /usr/bin/python3.
  const char* tmp = "/tmp/clio_names_bench_names.txt";
  {
    std::ofstream out(tmp);
    for (auto& s : names_for_baseline) out << s << '\n';
    out << "#QUERIES\n";
    for (int i = 0; i < 3; ++i) out << fuzzy[i] << '\n';
  }
  std::string py = std::ifstream("/usr/bin/python3").good() ? "/usr/bin/python3" : "python3";
  std::string cmd = py + std::string(" -W ignore -c \"\n"
                                "import sys,time\n"
                                "import jellyfish\n"
                                "lines=open('") + tmp + "',encoding='utf-8').read().split('\\n')\n"
                    "k=lines.index('#QUERIES'); names=lines[:k]; qs=[q for q in lines[k+1:] if q]\n"
                    "t=time.process_time()\n"
                    "for q in qs: max(names,key=lambda s: jellyfish.jaro_winkler_similarity(q,s))\n"
                    "print(len(qs)/(time.process_time()-t))\n\" 2>/dev/null";
  if (FILE* p = popen(cmd.c_str(), "r")) {
    double jw = 0;
    if (std::fscanf(p, "%lf", &jw) == 1 && jw > 0)
      std::printf("jellyfish Jaro-Winkler linear scan: %.3f lookups/s; clio fuzzy resolve is %.0fx faster\n", jw,
                  fuzzy_rate / jw);
    else
      std::printf("jellyfish baseline: python3-jellyfish not available\n");
    pclose(p);
  }
  std::remove(tmp);
  return 0;
}
