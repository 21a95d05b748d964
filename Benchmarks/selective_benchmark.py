#!/usr/bin/env python3
"""Alignment and comparison with the encoder against their lexical time, and alignment F1.

  selective_benchmark.py DRIFT EVAL_ALIGN GENESIS_DIR BIBLE_DIR SEEDS_DIR

GENESIS_DIR is written by genesis_texts.py; BIBLE_DIR is the development data's bible folder
(Ruth and its gold); EVAL_ALIGN is the evaluation's eval_align.py. Prints a Markdown table:
wall time of `drift align` and `drift compare` with the encoder and with --lexical (fastest of
3 runs, one run for a command over 10 s), their ratio, and verse-boundary F1 where there is gold.
"""
import glob
import os
import subprocess
import sys
import tempfile

import process_timing


def fastest(argv):
    first = process_timing.run(argv)
    return first if first[0] > 10 else min([first] + [process_timing.run(argv) for _ in range(2)])


def f1(eval_align, output, reference, version, gold, book):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write(output)
    line = subprocess.run(
        [sys.executable, eval_align, "--links", f.name, "--ref", reference, "--ver", version, "--gold", gold,
         "--book", book], capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
    os.unlink(f.name)
    return line.split("F1=")[1]


def main():
    drift, eval_align, genesis, bible, seeds = sys.argv[1:6]
    seed_files = sorted(glob.glob(os.path.join(seeds, "*.txt")))
    reference_seed = next(f for f in seed_files if os.path.basename(f).startswith("002"))
    others = [f for f in seed_files if f != reference_seed]
    cases = [
        ("Genesis, KJV/WEB", [os.path.join(genesis, "Genesis.kjv.txt"), os.path.join(genesis, "Genesis.web.txt")],
         (os.path.join(genesis, "gold.tsv"), "Genesis")),
        ("Ruth, KJV/WEB", [os.path.join(bible, "kjv", "Ruth.txt"), os.path.join(bible, "web", "Ruth.txt")],
         (os.path.join(bible, "gold.tsv"), "Ruth")),
        ("seeds, 002/001", [reference_seed, others[1]], None),
    ]
    print("| command | texts | encoder | lexical | ratio | F1 encoder | F1 lexical |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for name, files, gold in cases:
        timed = {}
        for mode, flags in (("encoder", []), ("lexical", ["--lexical"])):
            timed[mode] = fastest([drift, "align", "--format", "json"] + flags + files)
        scores = ["–", "–"]
        if gold:
            scores = [f1(eval_align, timed[mode][2], files[0], files[1], *gold) for mode in ("encoder", "lexical")]
        encoder, lexical = timed["encoder"][0], timed["lexical"][0]
        print(f"| `drift align` | {name} | {encoder:.2f} s | {lexical:.2f} s | {encoder / lexical:.1f}× "
              f"| {scores[0]} | {scores[1]} |")
    for name, files in (("Genesis, KJV/WEB", cases[0][1]), ("seeds, 002 against the other 4", [reference_seed] + others)):
        encoder = fastest([drift, "compare", "--format", "json"] + files)[0]
        lexical = fastest([drift, "compare", "--lexical", "--format", "json"] + files)[0]
        print(f"| `drift compare` | {name} | {encoder:.2f} s | {lexical:.2f} s | {encoder / lexical:.1f}× | – | – |")


if __name__ == "__main__":
    main()
