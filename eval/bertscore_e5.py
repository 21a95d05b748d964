#!/usr/bin/env python3
"""An experiment: BERTScore F1 over multilingual-e5-small's token states against expert MQM.

  bertscore_e5.py E5_FILE MQM.tsv [LAYER ...]

Runs e5 in numpy (scripts/e5_reference.py, dequantised 4-bit weights), keeps the token states of
the given layers (default 6 and 7), drops <s> and </s>, and scores each hypothesis against its
reference by greedy cosine matching (precision, recall, F1, no idf). Prints each layer's
segment-level Kendall tau-b with mqm_score. Slow (pure numpy, one sentence at a time: about two
minutes for the 3,174 TED rows on 2 cores); it measures whether token-level matching would
lift drift's correlation (docs/languages.md), it is not part of make eval.
"""
import csv
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))
from e5_reference import E5File, bert_forward, numpy_e5  # noqa: E402


def kendall_tau_b(x, y):
    """Kendall's tau-b, O(n^2) in numpy row by row (ties in either variable handled)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    concordant = discordant = ties_x = ties_y = 0
    for i in range(len(x) - 1):
        dx = np.sign(x[i + 1:] - x[i])
        dy = np.sign(y[i + 1:] - y[i])
        product = dx * dy
        concordant += int((product > 0).sum())
        discordant += int((product < 0).sum())
        ties_x += int(((dx == 0) & (dy != 0)).sum())
        ties_y += int(((dy == 0) & (dx != 0)).sum())
    denominator = np.sqrt((concordant + discordant + ties_x) * (concordant + discordant + ties_y))
    return (concordant - discordant) / denominator if denominator else 0.0


def token_states(weights, ids, layers):
    """The unit-length states of one sequence after each layer in `layers`, <s> and </s> dropped."""
    kept = bert_forward(weights, [ids], keep=set(layers))
    return {layer: states[0][1:-1] / np.linalg.norm(states[0][1:-1], axis=1, keepdims=True)
            for layer, states in kept.items()}


def main():
    model = E5File(sys.argv[1])
    layers = [int(a) for a in sys.argv[3:]] or [6, 7]
    weights = numpy_e5(model)
    with open(sys.argv[2], encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["hypothesis"].strip() and r["reference"].strip()]
    cache = {}

    def states(text):
        if text not in cache:
            cache[text] = token_states(weights, model.ids(text), layers)
        return cache[text]

    scores = {layer: [] for layer in layers}
    for row in rows:
        reference, hypothesis = states(row["reference"]), states(row["hypothesis"])
        for layer in layers:
            similarity = reference[layer] @ hypothesis[layer].T
            recall, precision = similarity.max(axis=1).mean(), similarity.max(axis=0).mean()
            scores[layer].append(2 * precision * recall / (precision + recall))
    mqm = [float(r["mqm_score"]) for r in rows]
    for layer in layers:
        print(f"layer {layer}: segments={len(rows)} kendall_tau_b={kendall_tau_b(scores[layer], mqm):.4f}")


if __name__ == "__main__":
    main()
