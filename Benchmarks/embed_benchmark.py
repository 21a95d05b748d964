#!/usr/bin/env python3
"""Times the native sentence encoder (`drift embed`) on the sentences of PAWS dev.

  embed_benchmark.py DRIFT PAWS_TSV

* `drift embed` of the 16,000 sentences of PAWS dev (sentence1 and sentence2 of every pair,
  one per line): sentences per second and peak memory;
* the same lines given twice in one file: the embedding cache encodes each sentence once, so
  the second copy costs next to nothing.

Each run is timed three times and the fastest kept; peak memory is the process's largest
resident set (from wait4). Prints a Markdown table. The reference implementation,
sentence-transformers, needs PyTorch (gigabytes from PyPI) and is not run here.
"""
import os
import sys
import tempfile

from process_timing import best


def main():
    drift, paws = sys.argv[1:3]
    sentences = []
    with open(paws, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            sentences += [row["sentence1"].strip(), row["sentence2"].strip()]
    sentences = [s for s in sentences if s]
    folder = tempfile.mkdtemp(prefix="drift-embed-bench-")
    once = os.path.join(folder, "once.txt")
    twice = os.path.join(folder, "twice.txt")
    with open(once, "w", encoding="utf-8") as f:
        f.write("\n".join(sentences) + "\n")
    with open(twice, "w", encoding="utf-8") as f:
        f.write("\n".join(sentences + sentences) + "\n")
    once_time, once_memory, out = best([drift, "embed", once])
    if out.count("\n") != len(sentences):
        sys.exit(f"drift embed gave {out.count(chr(10))} vectors for {len(sentences)} lines")
    twice_time, twice_memory, _ = best([drift, "embed", twice])
    distinct = len(set(sentences))
    print("| task | time | throughput | distinct sentences encoded | peak memory |")
    print("|---|---|---|---|---|")
    print(f"| `drift embed`, {len(sentences):,} PAWS dev sentences ({distinct:,} distinct) | "
          f"{once_time:.1f} s | {len(sentences) / once_time:,.0f} sentences/s | {distinct / once_time:,.0f}/s | {once_memory:.0f} MB |")
    print(f"| the same lines twice in one file (cache) | {twice_time:.1f} s | "
          f"{2 * len(sentences) / twice_time:,.0f} lines/s | {distinct / twice_time:,.0f}/s | {twice_memory:.0f} MB |")
    print()
    print(f"Goal: at least 150 sentences/s on this machine ({os.cpu_count()} cores).")


if __name__ == "__main__":
    main()
