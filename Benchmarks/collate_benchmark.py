#!/usr/bin/env python3
"""Times `drift collate` on versions of a 2,000-sentence text, against the number of versions.

  collate_benchmark.py DRIFT KJV_TEXT WEB_TEXT [SENTENCES] [VERSIONS]

The text (made here, deterministically): the Book of Ruth in the King James Version, copied until
it has SENTENCES (default 2,000) sentences as drift segments it, each copy with its own random
word edits so that no two stretches are the same. Each version: word edits in 3 % of the words,
2 % of the sentences left out, 1 % replaced by a sentence of the World English Bible, and a few
neighbouring sentences swapped. `drift collate --lexical --format json` of the first 2, 4, …,
VERSIONS (default 10) versions: wall time and peak resident memory, and the growth per version.

Prints Markdown.
"""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

from batch_benchmark import edit_words
from process_timing import run

SENTENCE = re.compile(r"(?<=[.;:?!])\s+(?=[A-Z])")


def sentences_of(path):
    with open(path, encoding="utf-8") as f:
        return [s for s in SENTENCE.split(" ".join(f.read().split())) if s]


def paragraphs(sentences):
    return "\n\n".join(" ".join(sentences[i:i + 5]) for i in range(0, len(sentences), 5)) + "\n"


def count(drift, path):
    output = subprocess.run([drift, "segment", "--format", "jsonl", path], capture_output=True, text=True, check=True)
    return len(output.stdout.splitlines())


def main():
    args = sys.argv[1:]
    drift, kjv, web = args[:3]
    target = int(args[3]) if len(args) > 3 else 2000
    versions = int(args[4]) if len(args) > 4 else 10
    rng = random.Random(20261207)
    ruth, other = sentences_of(kjv), sentences_of(web)
    work = tempfile.mkdtemp(prefix="drift-collate-bench-")
    try:
        base = []
        while True:
            base += [edit_words(rng, s, 0.05) for s in ruth]
            path = os.path.join(work, "base.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(paragraphs(base))
            if count(drift, path) >= target:
                break
        files = []
        for index in range(versions):
            version = []
            for sentence in base:
                roll = rng.random()
                if index > 0 and roll < 0.02:
                    continue
                if index > 0 and roll < 0.03:
                    version.append(rng.choice(other))
                    continue
                version.append(edit_words(rng, sentence, 0.03) if index > 0 else sentence)
            for _ in range(len(version) // 200 if index > 0 else 0):
                at = rng.randrange(len(version) - 1)
                version[at], version[at + 1] = version[at + 1], version[at]
            path = os.path.join(work, f"v{index:02d}.txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(paragraphs(version))
            files.append(path)
        sentences = count(drift, files[0])
        print(f"Versions of a text of {sentences:,} sentences (the Book of Ruth, KJV, copied with word edits; "
              f"each version with 3 % of its words edited, 2 % of the sentences left out, 1 % replaced by the WEB's, "
              f"neighbours swapped). `drift collate --lexical --format json`, {os.cpu_count()} cores:")
        print()
        print("| versions | time | per version | peak memory | groups |")
        print("|---|---|---|---|---|")
        rows = []
        for n in range(2, versions + 1, 2):
            seconds, memory, output = run([drift, "collate", "--lexical", "--format", "json"] + files[:n])
            groups = output.count('"consensus"')
            rows.append((n, seconds))
            print(f"| {n} | {seconds:.2f} s | {seconds / n:.2f} s | {memory:.0f} MB | {groups:,} |")
        print()
        (n0, t0), (n1, t1) = rows[0], rows[-1]
        print(f"From {n0} to {n1} versions the time grows {t1 / t0:.2f}× for {n1 / n0:.1f}× the versions "
              f"(goal: under 5 s at {versions} versions, near-linear growth).")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
