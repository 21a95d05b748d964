#!/usr/bin/env python3
"""Times `drift pairs` on PAWS dev and `drift compare` on the seeds, as whole processes.

  judge_benchmark.py DRIFT PYTHON PAWS_TSV SEEDS_DIR [REPEAT]

* `drift pairs` on every PAWS dev pair (drift, label, chrF, BLEU and TER per pair), with and
  without (`--lexical`) the sentence encoder, against
  sacreBLEU's sentence chrF, BLEU and TER of the same pairs computed by PYTHON (a Python with
  sacrebleu installed) in one process: pairs per second and peak memory of each.
* `drift compare` of seed 002 against the other four seeds, the four given REPEAT times
  (default 100) in one call, with and without the encoder: documents per second and peak memory.

Each run is timed three times and the fastest kept; peak memory is the process's largest
resident set (from wait4). Prints a Markdown table.
"""
import glob
import json
import os
import subprocess
import sys
import tempfile
import time

from process_timing import best, run

SACREBLEU_PAIRS = r"""
import json, sys
from sacrebleu.metrics import BLEU, CHRF, TER
bleu, chrf, ter = BLEU(effective_order=True), CHRF(), TER()
out = []
for line in open(sys.argv[1], encoding="utf-8"):
    p = json.loads(line)
    r, c = [p["reference"]], p["candidate"]
    out.append(json.dumps({"id": p["id"], "chrf": chrf.sentence_score(c, r).score,
                           "bleu": bleu.sentence_score(c, r).score, "ter": ter.sentence_score(c, r).score}))
sys.stdout.write("\n".join(out) + "\n")
"""


def main():
    drift, python, paws, seeds = sys.argv[1:5]
    repeat = int(sys.argv[5]) if len(sys.argv) > 5 else 100
    folder = tempfile.mkdtemp(prefix="drift-judge-bench-")
    pairs_path = os.path.join(folder, "paws.jsonl")
    with open(paws, encoding="utf-8") as f, open(pairs_path, "w", encoding="utf-8") as out:
        head = f.readline().rstrip("\n").split("\t")
        count = 0
        for line in f:
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            out.write(json.dumps({"id": row.get("id", count), "reference": row["sentence1"], "candidate": row["sentence2"]}) + "\n")
            count += 1
    script = os.path.join(folder, "sacrebleu_pairs.py")
    with open(script, "w", encoding="utf-8") as f:
        f.write(SACREBLEU_PAIRS)

    drift_time, drift_memory, drift_out = best([drift, "pairs", pairs_path])
    lexical_time, lexical_memory, _ = best([drift, "pairs", "--lexical", pairs_path])
    ref_time, ref_memory, ref_out = best([python, script, pairs_path])
    ours = [json.loads(line) for line in drift_out.splitlines()]
    theirs = [json.loads(line) for line in ref_out.splitlines()]
    worst = max(abs(a[k] - b[k]) for a, b in zip(ours, theirs) for k in ("chrf", "bleu", "ter"))

    reference = os.path.join(seeds, "002_afb0eaf99028a645.txt")
    versions = sorted(p for p in glob.glob(os.path.join(seeds, "*.txt")) if p != reference)
    compare_time, compare_memory, _ = best([drift, "compare", "--format", "json", reference] + versions * repeat)
    compare_lexical_time, compare_lexical_memory, _ = best([drift, "compare", "--lexical", "--format", "json", reference] + versions * repeat)
    documents = len(versions) * repeat

    print(f"| task | drift | reference tool | ratio |")
    print(f"|---|---|---|---|")
    reference_cell = f"sacreBLEU sentence chrF+BLEU+TER: {ref_time:.2f} s, {count / ref_time:,.0f} pairs/s, {ref_memory:.0f} MB"
    print(f"| `drift pairs`, {count:,} PAWS dev pairs (judge with embeddings + chrF, BLEU, TER) | {drift_time:.2f} s, "
          f"{count / drift_time:,.0f} pairs/s, {drift_memory:.0f} MB | {reference_cell} | {ref_time / drift_time:.1f}× |")
    print(f"| `drift pairs --lexical`, the same pairs without the encoder | {lexical_time:.2f} s, "
          f"{count / lexical_time:,.0f} pairs/s, {lexical_memory:.0f} MB | {reference_cell} | {ref_time / lexical_time:.1f}× |")
    print(f"| `drift compare`, 002 against {len(versions)} seeds × {repeat} ({documents} documents, one call) | "
          f"{compare_time:.2f} s, {documents / compare_time:,.1f} documents/s, {compare_memory:.0f} MB | – | – |")
    print(f"| `drift compare --lexical`, the same | "
          f"{compare_lexical_time:.2f} s, {documents / compare_lexical_time:,.1f} documents/s, {compare_lexical_memory:.0f} MB | – | – |")
    print()
    print(f"Largest difference between drift's and sacreBLEU's chrF, BLEU and TER over the pairs: {worst:.2e}.")


if __name__ == "__main__":
    main()
