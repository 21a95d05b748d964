#!/usr/bin/env python3
"""Single meaning edits of German sentences, and how `drift pairs` labels them.

  perturb_german.py DRIFT [--data DIR] [--per-kind N] [--lexical]

Base sentences: the distinct German references of the development MQM set
(mqm/ted_ende.tsv; TED talks translated into German). Each edit is applied where the sentence
allows it, to at most N sentences per kind (default 200), and every pair (sentence, edited) is
judged by `DRIFT pairs` with the language left to detection. Prints, per kind, the share
labelled `changed`: meaning edits should be (goal >= 0.90), meaning-keeping ones not (<= 0.05).

Meaning edits: negation_removed ("nicht" or "kein-" dropped), number_changed (a number of
digits to another), weekday_changed, month_changed, direction_reversed ("gestiegen" ->
"gesunken" and the like, both ways). Meaning kept: lowercase_initial (the first word's
capital), punctuation (the final stop dropped), doubled_article ("die" -> "die die" is no
edit a German reader makes, but the grammar allows the double).
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from tsv import read_tsv  # noqa: E402

WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
DIRECTIONS = [("gestiegen", "gesunken"), ("steigt", "sinkt"), ("stieg", "sank"), ("gewonnen", "verloren"),
              ("gewinnt", "verliert"), ("geöffnet", "geschlossen"), ("erlaubt", "verboten"), ("mehr", "weniger"),
              ("erhöht", "gesenkt"), ("zugenommen", "abgenommen")]


def edits(sentence, rng):
    """(kind, meaning, edited) for every edit that applies to `sentence`."""
    out = []
    words = sentence.split(" ")
    if " nicht " in f" {sentence} ":
        out.append(("negation_removed", "changed", re.sub(r"\s?\bnicht\b", "", sentence, count=1)))
    elif re.search(r"\bkein(e|en|em|er|es)?\b", sentence):
        out.append(("negation_removed", "changed", re.sub(r"\bk(ein(?:e|en|em|er|es)?)\b", r"\1", sentence, count=1)))
    numbers = re.findall(r"\b\d+\b", sentence)
    if numbers:
        old = rng.choice(numbers)
        new = str(int(old) + rng.choice([1, 2, 3, 10]))
        out.append(("number_changed", "changed", re.sub(rf"\b{old}\b", new, sentence, count=1)))
    for kind, names in (("weekday_changed", WEEKDAYS), ("month_changed", MONTHS)):
        present = [n for n in names if re.search(rf"\b{n}\b", sentence)]
        if present:
            old = present[0]
            new = rng.choice([n for n in names if n != old])
            out.append((kind, "changed", re.sub(rf"\b{old}\b", new, sentence, count=1)))
    for a, b in DIRECTIONS:
        for old, new in ((a, b), (b, a)):
            if re.search(rf"\b{old}\b", sentence):
                out.append(("direction_reversed", "changed", re.sub(rf"\b{old}\b", new, sentence, count=1)))
                break
    if words and words[0][:1].isupper() and len(words[0]) > 1 and words[0].lower() not in ("ich",):
        out.append(("lowercase_initial", "kept", words[0][0].lower() + sentence[1:]))
    if sentence.endswith("."):
        out.append(("punctuation", "kept", sentence[:-1]))
    if re.search(r"\bdie\b", sentence):
        out.append(("doubled_article", "kept", re.sub(r"\bdie\b", "die die", sentence, count=1)))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("drift")
    ap.add_argument("--data", default=os.environ.get("DRIFT_DEV_DATA", os.path.join(HERE, "..", "..", "shared", "data", "dev")))
    ap.add_argument("--per-kind", type=int, default=200)
    ap.add_argument("--lexical", action="store_true")
    args = ap.parse_args()
    rng = random.Random(20261207)
    sentences = sorted({r["reference"].strip() for r in read_tsv(os.path.join(args.data, "mqm", "ted_ende.tsv"))
                        if r["reference"].strip()})
    rng.shuffle(sentences)
    rows = []
    taken = collections.Counter()
    for sentence in sentences:
        for kind, meaning, edited in edits(sentence, rng):
            if taken[kind] < args.per_kind and edited != sentence:
                taken[kind] += 1
                rows.append((kind, meaning, sentence, edited))
    lines = "".join(json.dumps({"id": i, "reference": r, "candidate": e}) + "\n" for i, (_, _, r, e) in enumerate(rows))
    command = [args.drift, "pairs", "-"] + (["--lexical"] if args.lexical else [])
    out = subprocess.run(command, input=lines, capture_output=True, text=True)
    records = {json.loads(line)["id"]: json.loads(line) for line in out.stdout.splitlines()}
    if len(records) != len(rows):
        sys.exit(f"drift pairs gave {len(records)} records for {len(rows)} pairs: {out.stderr[:300]}")
    changed = collections.Counter()
    for i, (kind, _, _, _) in enumerate(rows):
        changed[kind] += records[i]["label"] == "changed"
    print(f"German single edits of TED references ({len(sentences):,} sentences), `drift pairs`"
          f"{' --lexical' if args.lexical else ''}, language detected:")
    print()
    print("| kind | meaning | rows | labelled changed | goal |")
    print("|---|---|---|---|---|")
    for kind in sorted(taken, key=lambda k: (next(m for kk, m, _, _ in rows if kk == k), k)):
        meaning = next(m for kk, m, _, _ in rows if kk == kind)
        goal = ">= 0.90" if meaning == "changed" else "<= 0.05"
        print(f"| {kind} | {meaning} | {taken[kind]} | {changed[kind] / taken[kind]:.2f} | {goal} |")


if __name__ == "__main__":
    main()
