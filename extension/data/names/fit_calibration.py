#!/usr/bin/env python3
"""Fits the score calibration table of extension/core/names/calibration.cpp.

Input: rows "set<TAB>score<TAB>right" written by the unit test
  CLIO_CALIBRATION_DUMP=/tmp/calib.tsv build/unit_names -tc='calibration*'
(the top candidate's score for every form of tests/data/names/forms.tsv and
tests/data/names_gold.tsv; right = 1, 0, or 1/k for a k-way tie at the top that includes
the expected person).

Method: the scores are grouped in bins of 0.05; adjacent bins are pooled while their observed
accuracy decreases (pool-adjacent-violators, i.e. isotonic regression over the bins); each pooled
group's accuracy is smoothed with one right and one wrong pseudo-observation (Laplace), so a
group of 8 perfect answers says 0.9, not 1.0. The table is (raw score, smoothed accuracy) at
the middles of the group's first and last bins; calibration.cpp interpolates linearly between
the points.

Usage: fit_calibration.py /tmp/calib.tsv   (prints the C++ table rows)
"""
import sys


def main(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            _, score, right = line.rstrip("\n").split("\t")
            rows.append((float(score), float(right)))
    bins = {}
    for score, right in rows:
        b = min(19, int(score * 20))
        s = bins.setdefault(b, [b, b, 0.0, 0])  # first bin, last bin, sum of right, count
        s[2] += right
        s[3] += 1
    blocks = [list(bins[b]) for b in sorted(bins)]
    merged = True
    while merged:  # pool adjacent violators
        merged = False
        for i in range(len(blocks) - 1):
            a, b = blocks[i], blocks[i + 1]
            if a[2] / a[3] > b[2] / b[3]:
                blocks[i:i + 2] = [[a[0], b[1], a[2] + b[2], a[3] + b[3]]]
                merged = True
                break
    for first, last, right, n in blocks:
        acc = (right + 1) / (n + 2)
        lo, hi = (first + 0.5) / 20, (last + 0.5) / 20  # middles of the group's first and last bins
        print(f"    {{{lo:.3f}, {acc:.3f}}},  // {right:.1f} right of {n}, scores {first / 20:.2f}-{(last + 1) / 20:.2f}")
        if hi > lo:
            print(f"    {{{hi:.3f}, {acc:.3f}}},")


if __name__ == "__main__":
    main(sys.argv[1])
