#!/usr/bin/env python3
"""Learns the judge's weights (Sources/DriftKit/JudgeWeights+Generated.swift) from the development data.

  train_judge.py [--drift .build/release/drift] [--data ../shared/data/dev] [--write]

Runs `drift pairs --features` (with the sentence encoder installed) on three sets and fits two
logistic regressions, one on the lexical features alone and one that adds `semantic_gap`
(1 - cosine of the MiniLM embeddings), with soft targets
(ridge-penalised, by iteratively reweighted least squares, pure Python; weights kept
>= 0 because every feature grows with meaning change):

* PAWS dev (paraphrase/paws_dev.tsv): target 1 for a changed meaning (label 0), 0 for a paraphrase;
* STS-B dev (paraphrase/stsb_dev.tsv): target 1 - score / 5, rows weighted 40 (so that graded
  similarity is not drowned by the 8,000 PAWS pairs, which only teach word order);
* the Bible verse pairs (bible/, KJV against WEB, every verse keeps its meaning): target 0,
  rows weighted 5.

It prints the held-out figures of a fit on even rows tested on odd rows (PAWS ROC AUC, STS-B
Spearman, share of Bible verses under the threshold), then fits all rows and, with --write,
rewrites JudgeWeights+Generated.swift. The `changed` threshold is the drift that maximises PAWS accuracy
while leaving at least 90 % of the Bible verses under it.
"""
import argparse
import json
import math
import os
import re
import subprocess
import sys

from tsv import read_tsv

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)



def feature_names():
    """PairFeatures.names, read from its source."""
    with open(os.path.join(ROOT, "Sources/DriftKit/PairFeatures.swift"), encoding="utf-8") as f:
        source = f.read()
    block = source[source.index("public static let names = ["):]
    return re.findall(r'"([a-z_]+)"', block[:block.index("]")])


def features(drift, pairs):
    """Feature vectors of (reference, candidate) pairs from `drift pairs --features`."""
    lines = "".join(json.dumps({"id": i, "reference": r, "candidate": c}) + "\n" for i, (r, c) in enumerate(pairs))
    out = subprocess.run([drift, "pairs", "--features", "-"], input=lines, capture_output=True, text=True)
    records = [json.loads(line) for line in out.stdout.splitlines()]
    if len(records) != len(pairs) or any("error" in r for r in records):
        sys.exit(f"drift pairs failed ({out.returncode}): {out.stderr[:300]}")
    # In the order of PairFeatures.names, which the weights follow (the JSON sorts its keys).
    names = feature_names()
    if any(r["features"][n] is None for r in records for n in names):
        sys.exit("drift pairs gave no semantic_gap: install the sentence encoder (make setup) to train both models")
    return names, [[r["features"][n] for n in names] for r in records]


def load(drift, data):
    rows = []  # (features, target, weight, set, label)
    paws = list(read_tsv(os.path.join(data, "paraphrase/paws_dev.tsv")))
    names, xs = features(drift, [(r["sentence1"], r["sentence2"]) for r in paws])
    rows += [(x, 1.0 if r["label"] == "0" else 0.0, 1.0, "paws", r["label"]) for x, r in zip(xs, paws)]
    sts = list(read_tsv(os.path.join(data, "paraphrase/stsb_dev.tsv")))
    _, xs = features(drift, [(r["sentence1"], r["sentence2"]) for r in sts])
    rows += [(x, 1 - float(r["label"]) / 5, 40.0, "sts", float(r["label"])) for x, r in zip(xs, sts)]
    gold = list(read_tsv(os.path.join(data, "bible/gold.tsv")))
    kjv = open(os.path.join(data, "bible/kjv/Ruth.txt"), encoding="utf-8").read()
    web = open(os.path.join(data, "bible/web/Ruth.txt"), encoding="utf-8").read()
    pairs = [(kjv[int(g["kjv_start"]):int(g["kjv_end"])], web[int(g["web_start"]):int(g["web_end"])]) for g in gold]
    _, xs = features(drift, pairs)
    rows += [(x, 0.0, 5.0, "bible", None) for x in xs]
    return names, rows


def solve(a, b):
    """Solves a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[col][col]:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(rows, exclude=()):
    """A fit whose feature weights are all >= 0: every feature is defined to grow with meaning
    change, so a negative weight only reflects collinearity or a feature the data rarely
    shows (negation, modality); such features are held at 0 and the rest refitted. Features
    whose indices are in `exclude` are held at 0 from the start."""
    active = [i not in exclude for i in range(len(rows[0][0]))]
    while True:
        w = fit_active(rows, active)
        negative = [i for i, v in enumerate(w[1:]) if active[i] and v < 0]
        if not negative:
            return w
        active[min(negative, key=lambda i: w[i + 1])] = False


def fit_active(rows, active, ridge=1.0, iterations=25):
    d = len(rows[0][0]) + 1
    rows = [([v if a else 0.0 for v, a in zip(x, active)], y, weight, s, label) for x, y, weight, s, label in rows]
    w = [0.0] * d
    for _ in range(iterations):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y, weight, _, _ in rows:
            v = [1.0] + x
            p = 1 / (1 + math.exp(-max(-30, min(30, sum(a * b for a, b in zip(w, v))))))
            for i in range(d):
                grad[i] += weight * (y - p) * v[i]
                s = weight * p * (1 - p) * v[i]
                for j in range(d):
                    hess[i][j] += s * v[j]
        for i in range(1, d):
            grad[i] -= ridge * w[i]
            hess[i][i] += ridge
            if not active[i - 1]:
                grad[i] = 0.0
                hess[i] = [0.0] * d
                hess[i][i] = 1.0
        step = solve(hess, grad)
        w = [a + b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def predict(w, x):
    return 1 / (1 + math.exp(-max(-30, min(30, w[0] + sum(a * b for a, b in zip(w[1:], x))))))


def auc(scores, positives):
    ranked = sorted(zip(scores, positives))
    pos = sum(positives)
    neg = len(positives) - pos
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank_sum += sum(1 for k in range(i, j) if ranked[k][1]) * (i + j + 1) / 2
        i = j
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def spearman(a, b):
    def ranks(v):
        order = sorted(range(len(v)), key=lambda i: v[i])
        r = [0.0] * len(v)
        i = 0
        while i < len(order):
            j = i
            while j < len(order) and v[order[j]] == v[order[i]]:
                j += 1
            for k in range(i, j):
                r[order[k]] = (i + j - 1) / 2
            i = j
        return r
    ra, rb = ranks(a), ranks(b)
    ma, mb = sum(ra) / len(ra), sum(rb) / len(rb)
    cov = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    return cov / math.sqrt(sum((x - ma) ** 2 for x in ra) * sum((y - mb) ** 2 for y in rb))


def best_threshold(w, rows, keep=0.9):
    """The threshold with the best PAWS accuracy among those that leave at least `keep` of
    the Bible verses (which all keep their meaning) under it."""
    paws = [(predict(w, x), label == "0") for x, _, _, s, label in rows if s == "paws"]
    bible = sorted(predict(w, x) for x, _, _, s, _ in rows if s == "bible")
    floor = bible[min(len(bible) - 1, math.ceil(keep * len(bible)) - 1)]
    candidates = sorted({p for p, _ in paws if p > floor}) or [floor + 1e-6]
    return max(candidates, key=lambda t: sum((p >= t) == changed for p, changed in paws))


def report(title, w, rows, threshold):
    paws = [(predict(w, x), label == "0") for x, _, _, s, label in rows if s == "paws"]
    sts = [(predict(w, x), label) for x, _, _, s, label in rows if s == "sts"]
    bible = [predict(w, x) for x, _, _, s, _ in rows if s == "bible"]
    print(f"{title}: PAWS AUC={auc([p for p, _ in paws], [c for _, c in paws]):.4f} "
          f"STS-B spearman={spearman([-p for p, _ in sts], [s for _, s in sts]):.4f} "
          f"Bible not changed={sum(p < threshold for p in bible) / len(bible):.3f} (threshold {threshold:.4f})")


def model_source(name, doc, names, w, threshold):
    weights = ", ".join(f"{v:.6f}" for v in w[1:])
    comments = "\n".join(f"    //   {n}: {v:+.4f}" for n, v in zip(names, w[1:]))
    return f"""    // In the order of PairFeatures.names:
{comments}
    /// {doc}
    static let {name} = JudgeWeights(
        bias: {w[0]:.6f},
        weights: [{weights}],
        changedThreshold: {threshold:.6f})
"""


def write(names, models, path):
    """Writes the weights of the lexical and the semantic model."""
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"""#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Generated by eval/train_judge.py from the development data (PAWS dev, STS-B dev, Ruth KJV/WEB
// verse pairs); do not edit. Rerun `make train-judge` to regenerate.
/// The judge's logistic-regression weights over `PairFeatures.vector`: one model for the words
/// alone and one that also weighs the sentence embeddings.
struct JudgeWeights: Sendable {{
    let bias: Double
    let weights: [Double]
    /// The drift at and above which a pair is labelled `changed` (best PAWS accuracy with 90 %
    /// of the Bible verse pairs under it).
    let changedThreshold: Double

{model_source("lexical", "The model without embeddings (`semantic_gap` unused).", names, models["lexical"][0], models["lexical"][1])}
{model_source("semantic", "The model with the embeddings' cosine.", names, models["semantic"][0], models["semantic"][1])}
    /// The model for features with or without `semanticGap`.
    static func model(for features: PairFeatures) -> JudgeWeights {{
        features.semanticGap == nil ? lexical : semantic
    }}

    /// σ(bias + weights · features).
    func drift(_ features: [Double]) -> Double {{
        let z = zip(weights, features).reduce(bias) {{ $0 + $1.0 * $1.1 }}
        return 1 / (1 + exp(-z))
    }}
}}
""")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--drift", default=os.path.join(ROOT, ".build/release/drift"))
    ap.add_argument("--data", default=os.path.join(ROOT, "../shared/data/dev"))
    ap.add_argument("--write", action="store_true", help="rewrite Sources/DriftKit/JudgeWeights+Generated.swift")
    args = ap.parse_args()
    names, rows = load(args.drift, args.data)
    train = rows[0::2]
    test = rows[1::2]
    models = {}
    for model, exclude in [("lexical", {names.index("semantic_gap")}), ("semantic", set())]:
        print(f"{model} model:")
        w = fit(train, exclude)
        report("  held out (fit on even rows, tested on odd rows)", w, test, best_threshold(w, train))
        w = fit(rows, exclude)
        threshold = best_threshold(w, rows)
        report("  all rows (fit and tested on all)", w, rows, threshold)
        for n, v in zip(["bias"] + names, w):
            print(f"    {n:18s} {v:+.4f}")
        models[model] = (w, threshold)
    if args.write:
        write(names, models, os.path.join(ROOT, "Sources/DriftKit/JudgeWeights+Generated.swift"))
        print("wrote Sources/DriftKit/JudgeWeights+Generated.swift")


if __name__ == "__main__":
    main()
