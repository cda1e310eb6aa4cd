// Score calibration (issue 4): the top candidate's score should be right about as often as it
// says. Measured on both gold sets: tests/data/names/forms.tsv against tests/data/names/persons.tsv
// (the set the engine was tuned on) and tests/data/names_gold.tsv against samples/authority (a set
// it was not tuned on). A top candidate is "right" when it is the expected person; for forms that
// mean nobody ("-") every candidate is wrong.
#include <doctest/doctest.h>

#include <cstdio>

#include "name_test_data.hpp"
#include "names/authority.hpp"

using namespace clio::names;
using namespace clio::names::testdata;

namespace {

struct Outcome {
  double score;
  bool right;
};

void collect(const Authority& a, const std::vector<Form>& forms, std::vector<Outcome>& out) {
  for (const Form& f : forms) {
    auto c = a.candidates(f.text, parse_date(f.context), 1);
    if (c.empty()) continue;
    out.push_back({c[0].score, a.person(c[0].person).id == f.expected});
  }
}

}  // namespace

TEST_CASE("calibration: observed accuracy per score bucket") {
  std::vector<Outcome> tuned, held;
  collect(Authority::build(load_persons()), load_forms(), tuned);
  collect(Authority::build(load_sample_persons()), load_sample_forms(), held);
  for (auto* set : {&tuned, &held}) {
    std::pair<int, int> bins[20] = {};
    for (auto& o : *set) {
      int b = std::min(19, static_cast<int>(o.score * 20));
      bins[b].first += o.right;
      ++bins[b].second;
    }
    std::printf("%s:", set == &tuned ? "forms.tsv" : "names_gold.tsv");
    for (int i = 0; i < 20; ++i)
      if (bins[i].second) std::printf(" %.2f:%d/%d", i / 20.0, bins[i].first, bins[i].second);
    std::printf("\n");
  }
  CHECK(!tuned.empty());
}
