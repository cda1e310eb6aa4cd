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
    {0.025, 0.046},  // 0.2 right of 25, scores 0.00-0.05
    {0.075, 0.153},  // 3.3 right of 26, scores 0.05-0.10
    {0.125, 0.327},  // 7.5 right of 24, scores 0.10-0.40
    {0.375, 0.327},
    {0.425, 0.500},  // 7.0 right of 14, scores 0.40-0.45
    {0.475, 0.600},  // 5.0 right of 8, scores 0.45-0.50
    {0.675, 0.714},  // 9.0 right of 12, scores 0.65-0.70
    {0.725, 0.997},  // 1092.0 right of 1094, scores 0.70-1.00
    {0.975, 0.997},
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
