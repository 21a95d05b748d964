#!/usr/bin/env python3
"""Maps multilingual-e5-small's cosines onto MiniLM's scale, by quantiles.

  calibrate_e5.py DRIFT [--data DIR] [--points N]

e5's cosines crowd into [0.7, 1] (unrelated sentences score about 0.75), MiniLM's spread over
[0, 1]; the alignment's similarity model and the judge's weights were fitted on MiniLM's. This
embeds the sentence pairs of STS-B dev (English, development data, graded from unrelated to
the same meaning) and as many pairs of its sentences matched at random (unrelated, to anchor
the low end) with both encoders (`DRIFT embed --model …`), takes N + 1 quantiles of each encoder's pair cosines
(default 20 intervals), and prints them as the Swift table of
`MultilingualEncoder.cosineQuantiles`: e5's cosine at each quantile beside MiniLM's, so that a
cosine read by e5 is mapped, piecewise linearly, to the MiniLM cosine of the same rank.
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from tsv import read_tsv  # noqa: E402


def cosines(drift, model, pairs):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        for a, b in pairs:
            f.write(a.replace("\n", " ") + "\n" + b.replace("\n", " ") + "\n")
        path = f.name
    try:
        out = subprocess.run([drift, "embed", "--model", model, path], capture_output=True, text=True, check=True)
    finally:
        os.unlink(path)
    vectors = [json.loads(line)["vector"] for line in out.stdout.splitlines()]
    if len(vectors) != 2 * len(pairs):
        sys.exit(f"drift embed gave {len(vectors)} vectors for {2 * len(pairs)} lines")
    return [sum(x * y for x, y in zip(vectors[2 * i], vectors[2 * i + 1])) for i in range(len(pairs))]


def quantiles(values, n):
    ordered = sorted(values)
    return [ordered[min(len(ordered) - 1, round(k * (len(ordered) - 1) / n))] for k in range(n + 1)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("drift")
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "shared", "data", "dev"))
    ap.add_argument("--points", type=int, default=20)
    args = ap.parse_args()
    rows = read_tsv(os.path.join(args.data, "paraphrase", "stsb_dev.tsv"))
    pairs = [(r["sentence1"].strip(), r["sentence2"].strip()) for r in rows]
    pairs = [p for p in pairs if p[0] and p[1]]
    shuffled = [b for _, b in pairs]
    random.Random(20261207).shuffle(shuffled)
    pairs += [(a, b) for (a, _), b in zip(pairs, shuffled)]
    mini = quantiles(cosines(args.drift, "minilm", pairs), args.points)
    e5 = quantiles(cosines(args.drift, "e5", pairs), args.points)
    print(f"// {len(pairs):,} pairs of STS-B dev, half of them matched at random; eval/calibrate_e5.py, {args.points} intervals.")
    print("[")
    for x, y in zip(e5, mini):
        print(f"    ({x:.4f}, {y:.4f}),")
    print("]")


if __name__ == "__main__":
    main()
