#!/usr/bin/env python3
"""Length-only sentence alignment (Gale & Church 1993), the baseline that `make eval` prints
next to drift's figure.

  length_baseline.py DRIFT REFERENCE VERSION > links.json

Segments both texts with `drift segment --format jsonl` (so that only the aligner differs),
aligns them by character lengths alone with Gale and Church's link priors and length model
(c = 1, s² = 6.8), and writes the links in the JSON of `drift align`.
"""
import json
import math
import subprocess
import sys

PRIORS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2, (2, 2): 0.011}
MEAN, VARIANCE = 1.0, 6.8


def sentences(drift, path):
    out = subprocess.run([drift, "segment", "--format", "jsonl", path], check=True, capture_output=True, text=True)
    return [json.loads(line) for line in out.stdout.splitlines()]


def cost(ref_len, ver_len, shape):
    if ref_len == 0 and ver_len == 0:
        return 0.0
    mean = (ref_len + ver_len / MEAN) / 2
    z = (MEAN * ref_len - ver_len) / math.sqrt(VARIANCE * mean)
    p = 2 * (1 - 0.5 * (1 + math.erf(abs(z) / math.sqrt(2))))
    return -math.log(max(p, 1e-300)) - math.log(PRIORS[shape])


def align(ref, ver):
    n, m = len(ref), len(ver)
    lengths = lambda side, i, k: sum(s["end"] - s["start"] for s in side[i:i + k])
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) == (0, 0):
                continue
            options = []
            for a, b in PRIORS:
                if i >= a and j >= b and (i - a, j - b) in best:
                    c = best[(i - a, j - b)][0] + cost(lengths(ref, i - a, a), lengths(ver, j - b, b), (a, b))
                    options.append((c, (a, b)))
            best[(i, j)] = min(options)
    links, i, j = [], n, m
    while (i, j) != (0, 0):
        a, b = best[(i, j)][1]
        i, j = i - a, j - b
        links.append({
            "type": f"{a}-{b}",
            "ref": [ref[i]["start"], ref[i + a - 1]["end"]] if a else None,
            "version": [ver[j]["start"], ver[j + b - 1]["end"]] if b else None,
            "score": 0.0,
        })
    return links[::-1]


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    drift, reference, version = sys.argv[1:]
    json.dump({"links": align(sentences(drift, reference), sentences(drift, version))}, sys.stdout)


if __name__ == "__main__":
    main()
