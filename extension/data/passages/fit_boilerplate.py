#!/usr/bin/env python3
"""Fits the boilerplate line model (extension/core/passages/line_model.hpp) and writes
extension/core/passages/generated/boilerplate_model.cpp.

    cmake --build build --target boilerplate_features
    python3 extension/data/passages/fit_boilerplate.py build/boilerplate_features

Training data: boilerplate_lines.txt beside this script (pages of labelled lines; see its head).
The features are computed by the C++ code itself (the boilerplate_features tool prints the
stage-1 inputs of every line exactly as classify_lines computes them), so the fitted weights and
the run-time features cannot drift apart. Stage 1 is an L2-regularised logistic regression on a
line's own and its neighbours' facts; stage 2 is a logistic regression on the stage-1 scores of
the line and of the lines before and after it (the smoothing), fitted on out-of-fold stage-1
scores (pages split into five folds) so that it learns how far to trust them. Pages marked
"heldout" are never fitted on: the script reports precision and recall on them, for the rules
alone and for the model. Standard library only; deterministic.
"""
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "extension", "core", "passages", "generated", "boilerplate_model.cpp")
DATA = os.path.join(HERE, "boilerplate_lines.txt")
NOT_MODEL = -6.0  # line_model.hpp kNotModelScore
# The decision policy (line_model.hpp): thresholds by the rules' verdict, set by the costs of the
# two errors (an article's heading or sentence lost against a chrome line left), not tuned.
TEXT_TO_CHROME, HEADING_TO_CHROME, CHROME_TO_TEXT = 0.65, 0.85, 0.25
L2 = 0.02
FOLDS = 5
# Row weights: the pages are written chrome-heavy, real pages are mostly prose; and a heading or
# a short sentence taken for chrome loses the article's own words, a missed chrome line only
# leaves some noise.
WEIGHTS = {"B": 1.0, "T": 1.5, "H": 2.0}


def load_pages():
    pages, cur = [], None
    with open(DATA, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("#"):
                continue
            if line.startswith("=== "):
                part, name = line[4:].split(" ", 1)
                if part not in ("train", "heldout"):
                    sys.exit(f"boilerplate_lines.txt:{number}: expected '=== train|heldout NAME'")
                cur = {"name": name, "heldout": part == "heldout", "lines": []}
                pages.append(cur)
                continue
            if cur is None:
                if line.strip():
                    sys.exit(f"boilerplate_lines.txt:{number}: line before the first page")
                continue
            if not line.strip():
                cur["lines"].append(None)  # a blank line of the page
                continue
            if len(line) < 3 or line[0] not in "BTH" or line[1] != " ":
                sys.exit(f"boilerplate_lines.txt:{number}: expected 'B|T|H text'")
            cur["lines"].append((line[0], line[2:]))
    for p in pages:
        while p["lines"] and p["lines"][-1] is None:
            p["lines"].pop()
    return pages


def featurize(tool, page):
    text = "\n".join("" if l is None else l[1] for l in page["lines"])
    out = subprocess.run([tool], input=text.encode("utf-8"), capture_output=True, check=True).stdout
    rows = out.decode("utf-8").rstrip("\n").split("\n")
    names = rows[0].split("\t")
    labelled = [l for l in page["lines"] if l is not None]
    if len(rows) - 1 != len(labelled):
        sys.exit(f"page {page['name']}: {len(labelled)} lines but {len(rows) - 1} feature rows")
    items = []
    for (label, text_line), row in zip(labelled, rows[1:]):
        x = None if row == "-" else [float(v) for v in row.split("\t")]
        items.append({"y": 1 if label == "B" else 0, "x": x, "text": text_line, "label": label})
    return names, items


def dot(w, x):
    return sum(a * b for a, b in zip(w, x))


def sigmoid(z):
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit(xs, ys, cw, iters=3000, lr=0.5):
    """Logistic regression by full-batch gradient descent with Adam steps; no penalty on the bias.
    cw: the weight of each row."""
    n, d = sum(cw), len(xs[0])
    w = [0.0] * d
    m, v = [0.0] * d, [0.0] * d
    for t in range(1, iters + 1):
        g = [0.0] * d
        for x, y, c in zip(xs, ys, cw):
            e = (sigmoid(dot(w, x)) - y) * c
            for i, xi in enumerate(x):
                if xi:
                    g[i] += e * xi
        for i in range(d):
            g[i] = g[i] / n + (L2 * w[i] if i else 0.0)
            m[i] = 0.9 * m[i] + 0.1 * g[i]
            v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i]
            mh, vh = m[i] / (1 - 0.9 ** t), v[i] / (1 - 0.999 ** t)
            w[i] -= lr * 0.05 * mh / (math.sqrt(vh) + 1e-8)
    return w


def stage1_scores(items, w1):
    return [dot(w1, it["x"]) if it["x"] is not None else NOT_MODEL for it in items]


def stage2_inputs(z, k):
    return [1.0, z[k], z[k - 1] if k > 0 else NOT_MODEL, z[k + 1] if k + 1 < len(z) else NOT_MODEL]


def prf(pairs):
    tp = sum(1 for p, y in pairs if p and y)
    fp = sum(1 for p, y in pairs if p and not y)
    fn = sum(1 for p, y in pairs if not p and y)
    pr = tp / (tp + fp) if tp + fp else 1.0
    rc = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
    return pr, rc, f1, tp, fp, fn


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    tool = sys.argv[1]
    pages = load_pages()
    names = None
    for p in pages:
        names, p["items"] = featurize(tool, p)
    rule_i = names.index("rule_chrome")
    head_i = names.index("rule_heading")

    def decide(p, x):
        if x[rule_i] > 0.5:
            return p >= CHROME_TO_TEXT
        return p >= (HEADING_TO_CHROME if x[head_i] > 0.5 else TEXT_TO_CHROME)

    train = [p for p in pages if not p["heldout"]]
    held = [p for p in pages if p["heldout"]]

    def stage1_data(ps):
        xs, ys, cw = [], [], []
        for p in ps:
            for it in p["items"]:
                if it["x"] is not None:
                    xs.append(it["x"])
                    ys.append(it["y"])
                    cw.append(WEIGHTS[it["label"]])
        return xs, ys, cw

    w1 = fit(*stage1_data(train))
    # Out-of-fold stage-1 scores for stage 2.
    xs2, ys2, cw2 = [], [], []
    for f in range(FOLDS):
        inside = [p for i, p in enumerate(train) if i % FOLDS != f]
        outside = [p for i, p in enumerate(train) if i % FOLDS == f]
        wf = fit(*stage1_data(inside), iters=1500)
        for p in outside:
            z = stage1_scores(p["items"], wf)
            for k, it in enumerate(p["items"]):
                if it["x"] is not None:
                    xs2.append(stage2_inputs(z, k))
                    ys2.append(it["y"])
                    cw2.append(WEIGHTS[it["label"]])
    w2 = fit(xs2, ys2, cw2, iters=1500)

    def evaluate(ps):
        model, rules, wrong = [], [], []
        for p in ps:
            z = stage1_scores(p["items"], w1)
            for k, it in enumerate(p["items"]):
                if it["x"] is None:
                    pred = False
                    rule = False
                else:
                    pred = decide(sigmoid(dot(w2, stage2_inputs(z, k))), it["x"])
                    rule = it["x"][rule_i] > 0.5
                model.append((pred, it["y"]))
                rules.append((rule, it["y"]))
                if pred != bool(it["y"]):
                    wrong.append(("missed" if it["y"] else "false") + f" [{p['name']}] {it['text']}")
        return prf(rules), prf(model), wrong

    report = []
    for title, ps in (("training pages", train), ("held-out pages", held)):
        r, m, wrong = evaluate(ps)
        n = sum(len(p["items"]) for p in ps)
        report.append(f"{title} ({len(ps)} pages, {n} lines): rules alone P {r[0]:.3f} R {r[1]:.3f} "
                      f"F1 {r[2]:.3f}; model P {m[0]:.3f} R {m[1]:.3f} F1 {m[2]:.3f}")
        if "-v" in os.environ.get("FIT_VERBOSE", "-v"):
            for w in wrong:
                print("  " + w, file=sys.stderr)
    for line in report:
        print(line)

    def arr(w):
        return ",\n    ".join(", ".join(f"{v:.6f}f" for v in w[i:i + 6]) for i in range(0, len(w), 6))

    body = f"""// GENERATED by extension/data/passages/fit_boilerplate.py from boilerplate_lines.txt. Do not
// edit: change the data and re-run (see the script's head).
//
{chr(10).join("// " + line for line in report)}
#include "passages/line_model.hpp"

namespace clio::passages::data {{

// Stage 1, in the order of stage1_input_names():
//   {", ".join(names)}
const float kStage1Weights[detail::kStage1Inputs] = {{
    {arr(w1)}}};

// Stage 2: bias, the line's stage-1 score, the previous line's, the next line's.
const float kStage2Weights[detail::kStage2Inputs] = {{{", ".join(f"{v:.6f}f" for v in w2)}}};

const float kTextToChrome = {TEXT_TO_CHROME}f, kHeadingToChrome = {HEADING_TO_CHROME}f, kChromeToText = {CHROME_TO_TEXT}f;

}}  // namespace clio::passages::data
"""
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(body)
    print(f"-> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
