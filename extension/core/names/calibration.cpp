// The calibration table. Fitted by extension/data/names/fit_calibration.py (isotonic regression
// over 0.05-wide score bins, Laplace-smoothed) on the top candidates of 1,203 gold forms: 704 of
// tests/data/names/forms.tsv against tests/data/names/persons.tsv (the set the scores were tuned
// on) and 499 of tests/data/names_gold.tsv against samples/authority (written separately, not
// tuned on). A form that means nobody counts every candidate as wrong; a k-way tie at the top
// counts 1/k. Refit when the scoring changes:
//   CLIO_CALIBRATION_DUMP=/tmp/calib.tsv build/unit_names -tc='calibration*'
//   python3 extension/data/names/fit_calibration.py /tmp/calib.tsv
// and check with the calibration unit test (observed accuracy per bucket within tolerance).
#include "names/calibration.hpp"

#include <cstddef>
#include <iterator>

namespace clio::names {
namespace {

struct Point {
  double score, accuracy;
};

constexpr Point kTable[] = {
    {0.025, 0.053},  // 0.0 right of 17, scores 0.00-0.05
    {0.075, 0.161},  // 4.0 right of 29, scores 0.05-0.10
    {0.125, 0.250},  // 5.5 right of 24, scores 0.10-0.35
    {0.325, 0.250},
    {0.375, 0.467},  // 6.0 right of 13, scores 0.35-0.55
    {0.525, 0.467},
    {0.575, 0.625},  // 4.0 right of 6, scores 0.55-0.60
    {0.625, 0.826},  // 18.0 right of 21, scores 0.60-0.70
    {0.675, 0.826},
    {0.725, 0.950},  // 37.0 right of 38, scores 0.70-0.80
    {0.775, 0.950},
    {0.825, 0.991},  // 218.0 right of 219, scores 0.80-0.90
    {0.875, 0.991},
    {0.925, 0.995},  // 838.0 right of 841, scores 0.90-1.00
    {0.975, 0.995},
};

// A little of the raw score is mixed in so the mapping is strictly increasing (flat stretches of
// the table would otherwise turn a ranked list into ties).
constexpr double kRawWeight = 0.01;

double table(double s) noexcept {
  if (s <= kTable[0].score) return kTable[0].accuracy * (s / kTable[0].score);
  for (std::size_t i = 1; i < std::size(kTable); ++i) {
    if (s <= kTable[i].score) {
      const Point& a = kTable[i - 1];
      const Point& b = kTable[i];
      return a.accuracy + (b.accuracy - a.accuracy) * (s - a.score) / (b.score - a.score);
    }
  }
  return kTable[std::size(kTable) - 1].accuracy;
}

}  // namespace

double calibrated_score(double score) noexcept {
  if (!(score > 0)) return 0;  // also NaN
  if (score > 1) score = 1;
  return (1 - kRawWeight) * table(score) + kRawWeight * score;
}

}  // namespace clio::names
