#!/usr/bin/env python3
"""Labels of the Bible verse pairs (KJV against WEB, Ruth), which all keep their meaning.

  bible_labels.py DRIFT BIBLE_DIR

Runs `drift pairs` on every verse pair of gold.tsv and prints how many pairs get each label
and the share not labelled `changed` (the goal is at least 90 %).
"""
import collections
import json
import os
import subprocess
import sys


def main():
    drift, bible = sys.argv[1], sys.argv[2]
    with open(os.path.join(bible, "gold.tsv"), encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        gold = [dict(zip(head, line.rstrip("\n").split("\t"))) for line in f]
    kjv = open(os.path.join(bible, "kjv/Ruth.txt"), encoding="utf-8").read()
    web = open(os.path.join(bible, "web/Ruth.txt"), encoding="utf-8").read()
    lines = "".join(
        json.dumps({"id": i, "reference": kjv[int(g["kjv_start"]):int(g["kjv_end"])],
                    "candidate": web[int(g["web_start"]):int(g["web_end"])]}) + "\n"
        for i, g in enumerate(gold))
    out = subprocess.run([drift, "pairs", "-"], input=lines, capture_output=True, text=True, check=True)
    labels = collections.Counter(json.loads(line)["label"] for line in out.stdout.splitlines())
    total = sum(labels.values())
    print(f"Bible verse pairs: {total}; " + ", ".join(f"{k} {v}" for k, v in labels.most_common())
          + f"; not changed {1 - labels['changed'] / total:.3f}")


if __name__ == "__main__":
    main()
