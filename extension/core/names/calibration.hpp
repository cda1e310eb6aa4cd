// Calibrated confidence of a name candidate: the evidence score of Authority::candidates()
// (the share of the raw evidence among competing persons, see authority.hpp) mapped to how often
// a top candidate with that score was the person meant, measured on the gold name forms.
//
//   calibrated_score(0.95) = 0.997  (right about 997 times in 1000)
//   calibrated_score(0.55) = 0.642  (Authority::kThreshold: what clio_resolve accepts at least)
//   calibrated_score(0.45) = 0.549  (two namesakes tied: about one time in two)
//   calibrated_score(0.05) = 0.099
//
// The mapping is monotone and strictly increasing, so the ranking of candidates and every
// decision taken on the evidence score (Authority::kThreshold) stay the same; only the number
// shown to users (clio_candidates.score) changes. How the table was fitted: calibration.cpp.
#pragma once

namespace clio::names {

// `score` in 0..1; the result in 0..1.
double calibrated_score(double score) noexcept;

}  // namespace clio::names
