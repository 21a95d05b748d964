#!/usr/bin/env python3
"""Times `drift score` against the sacrebleu CLI on the same files, as whole processes.

  score_benchmark.py DRIFT SACREBLEU TSV [REPEAT]

TSV is the MQM table (Fixtures/mqm/ted_ende.tsv): its `hypothesis` and `reference` columns are
written to two files, repeated REPEAT times (default 10). Both tools compute corpus BLEU, chrF,
chrF++ and TER and sentence-level chrF. Each tool's runs are timed three times and the fastest
kept; peak memory is the largest resident set of any of its processes (from wait4). The script
checks that both tools print the same scores and prints a Markdown table with the ratios.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

from process_timing import best, run


def main():
    drift, sacrebleu, tsv = sys.argv[1:4]
    repeat = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    hyps, refs = [], []
    with open(tsv, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        h, r = header.index("hypothesis"), header.index("reference")
        for line in f:
            fields = line.rstrip("\n").split("\t")
            hyps.append(fields[h])
            refs.append(fields[r])
    folder = tempfile.mkdtemp(prefix="drift-score-bench-")
    hyp_path, ref_path = os.path.join(folder, "hyp.txt"), os.path.join(folder, "ref.txt")
    with open(hyp_path, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in hyps * repeat))
    with open(ref_path, "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in refs * repeat))
    lines = len(hyps) * repeat

    drift_runs = {
        "corpus BLEU, chrF, chrF++, TER": [drift, "score", "-r", ref_path, "-m", "bleu,chrf,chrf++,ter", "-w", "4", hyp_path],
        "sentence chrF": [drift, "score", "-r", ref_path, "-m", "chrf", "--sentence-level", "-f", "text", "-b", "-w", "4", hyp_path],
    }
    sacre_runs = {
        "corpus BLEU, chrF, chrF++, TER": [
            [sacrebleu, ref_path, "-i", hyp_path, "-m", "bleu", "chrf", "ter", "-w", "4"],
            [sacrebleu, ref_path, "-i", hyp_path, "-m", "chrf", "--chrf-word-order", "2", "-w", "4"],
        ],
        "sentence chrF": [[sacrebleu, ref_path, "-i", hyp_path, "-m", "chrf", "--sentence-level", "-b", "-w", "4"]],
    }
    print(f"{lines} segments ({len(hyps)} lines of `ted_ende.tsv` × {repeat}), "
          f"{os.path.getsize(hyp_path) / 1e6:.1f} MB of hypotheses; fastest of 3 runs per tool.\n")
    print("| task | drift | sacreBLEU 2.6.0 | speed-up | drift peak memory | sacreBLEU peak memory |")
    print("|---|---|---|---|---|---|")
    total_drift = total_sacre = 0.0
    peak_drift = peak_sacre = 0.0
    for task, argv in drift_runs.items():
        d_time, d_mem, d_out = best(argv)
        s_results = [best(a) for a in sacre_runs[task]]
        s_time = sum(r[0] for r in s_results)
        s_mem = max(r[1] for r in s_results)
        check(task, d_out, [r[2] for r in s_results])
        total_drift += d_time
        total_sacre += s_time
        peak_drift, peak_sacre = max(peak_drift, d_mem), max(peak_sacre, s_mem)
        print(f"| {task} | {d_time:.2f} s | {s_time:.2f} s | {s_time / d_time:.1f}× | {d_mem:.0f} MB | {s_mem:.0f} MB |")
    print(f"| **all** | {total_drift:.2f} s | {total_sacre:.2f} s | **{total_sacre / total_drift:.1f}×** "
          f"| {peak_drift:.0f} MB | {peak_sacre:.0f} MB |")
    print("\nBoth tools printed the same scores (4 decimals).")


def check(task, drift_output, sacre_outputs):
    if task.startswith("sentence"):
        if drift_output.split() != sacre_outputs[0].split():
            sys.exit("sentence chrF differs between drift and sacreBLEU")
        return
    drift_scores = {d["name"]: d["score"] for d in json.loads(drift_output)}
    sacre = []
    for output in sacre_outputs:
        data = json.loads(output)
        sacre.extend(data if isinstance(data, list) else [data])
    for item in sacre:
        if drift_scores.get(item["name"]) != item["score"]:
            sys.exit(f"{item['name']}: drift {drift_scores.get(item['name'])} != sacreBLEU {item['score']}")


if __name__ == "__main__":
    main()
