#!/usr/bin/env python3
"""How drift answers controlled single edits (the perturbation suite of eval/perturb.py).

  perturbation_eval.py DRIFT [--suite PATH] [--lexical] [--regenerate]

Builds the suite at PATH (default .build/perturbations.tsv) if it is missing, runs
`DRIFT pairs -` once on every distinct pair it needs, and prints one plain-text table:

  (a) reference vs edited: the share of rows labelled `changed`. Goals: >= 0.90 for every
      meaning-changing kind; <= 0.05 for case, punctuation and tokenisation (the other
      meaning-keeping kinds are reported without a goal).
  (b) on rows whose paraphrase partner took the same kind of edit: the share where
      drift(reference, edited_original) > drift(reference, original), strictly, and the share
      where sentence chrF(reference, edited_original) < chrF(reference, original), strictly (ties
      fail both), and drift's share minus chrF's. Goal, for meaning-changing kinds: drift ahead of
      chrF by >= 0.05. A meaning-keeping edit that a metric "notices" is a false alarm, so for
      those kinds (b) is reported only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import perturb  # noqa: E402

KEPT_GOAL = {"case", "punctuation", "tokenisation"}
CHANGED_GOAL = 0.90
KEPT_MAX = 0.05
MARGIN = 0.05


def run_drift(drift, pairs, lexical):
    """Scores the (reference, candidate) pairs with one `drift pairs -` run; a list of records."""
    lines = "".join(json.dumps({"id": i, "reference": r, "candidate": c}, ensure_ascii=False) + "\n"
                    for i, (r, c) in enumerate(pairs))
    cmd = [drift, "pairs", "-"] + (["--lexical"] if lexical else [])
    out = subprocess.run(cmd, input=lines, capture_output=True, text=True)
    records = [None] * len(pairs)
    for line in out.stdout.splitlines():
        if line.strip():
            rec = json.loads(line)
            if isinstance(rec.get("id"), int) and 0 <= rec["id"] < len(pairs):
                records[rec["id"]] = rec
    missing = sum(1 for r in records if r is None or "error" in r)
    if out.returncode not in (0, 1) or missing == len(pairs):
        sys.exit(f"{' '.join(cmd)} failed (exit {out.returncode}): {out.stderr.strip()[:2000]}")
    return records, missing, out.stderr.strip()


def share(hits, n):
    return hits / n if n else None


def fmt(x, width=6, signed=False):
    if x is None:
        return "-".rjust(width)
    return (f"{x:+.3f}" if signed else f"{x:.3f}").rjust(width)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("drift")
    ap.add_argument("--suite", default=perturb.DEFAULT_OUT)
    ap.add_argument("--lexical", action="store_true", help="pass --lexical to drift (no sentence encoder)")
    ap.add_argument("--regenerate", action="store_true", help="rebuild the suite even if it exists")
    args = ap.parse_args()

    if args.regenerate or not os.path.exists(args.suite):
        perturb.write(perturb.build(), args.suite)
    rows = perturb.read(args.suite)

    index, pairs = {}, []

    def pair(reference, candidate):
        key = (reference, candidate)
        if key not in index:
            index[key] = len(pairs)
            pairs.append(key)
        return index[key]

    for r in rows:
        r["_a"] = pair(r["reference"], r["edited"])
        if r["edited_original"]:
            r["_o"] = pair(r["reference"], r["original"])
            r["_e"] = pair(r["reference"], r["edited_original"])

    started = time.time()
    records, missing, stderr = run_drift(args.drift, pairs, args.lexical)
    elapsed = time.time() - started

    def rec(i):
        r = records[i]
        return r if r is not None and "error" not in r else None

    by_kind = collections.defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r)
    version = subprocess.run([args.drift, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"perturbation suite {args.suite}: {len(rows)} rows, "
          f"{len(set((r['source'], r['reference']) for r in rows))} base sentences, {len(pairs)} distinct pairs")
    print(f"{version or 'drift ?'} pairs{' --lexical' if args.lexical else ''}: {elapsed:.0f} s"
          + (f", {missing} pairs without a score" if missing else ""))
    print("(a) share labelled `changed`, reference vs edited; (b) partner edited the same way: share where"
          " drift rises / chrF falls, strictly")
    print()
    head = (f"{'kind':22} {'meaning':7} {'n':>4} {'(a)chg':>6} {'goal':>7} {'':4} | {'n(b)':>4} {'drift>':>6}"
            f" {'chrF<':>6} {'diff':>6} {'goal':>7} {'':4}")
    print(head.rstrip())
    print("-" * len(head))
    met = total = 0
    met_a = total_a = met_b = total_b = 0
    for kind, meaning, _ in perturb.KINDS:
        items = by_kind.get(kind, [])
        if not items:
            continue
        scored = [r for r in items if rec(r["_a"])]
        changed = share(sum(rec(r["_a"])["label"] == "changed" for r in scored), len(scored))
        goal_a, ok_a = "", None
        if meaning == "changed":
            goal_a, ok_a = f">={CHANGED_GOAL:.2f}", changed is not None and changed >= CHANGED_GOAL
        elif kind in KEPT_GOAL:
            goal_a, ok_a = f"<={KEPT_MAX:.2f}", changed is not None and changed <= KEPT_MAX
        b = [r for r in items if "_e" in r and rec(r["_e"]) and rec(r["_o"])]
        drift_up = share(sum(rec(r["_e"])["drift"] > rec(r["_o"])["drift"] for r in b), len(b))
        chrf_down = share(sum(rec(r["_e"])["chrf"] < rec(r["_o"])["chrf"] for r in b), len(b))
        diff = drift_up - chrf_down if b else None
        goal_b, ok_b = "", None
        if meaning == "changed":
            goal_b = f">=+{MARGIN:.2f}"
            ok_b = diff is not None and diff >= MARGIN
        for ok in (ok_a, ok_b):
            if ok is not None:
                total += 1
                met += ok
        if ok_a is not None:
            total_a += 1
            met_a += ok_a
        if ok_b is not None:
            total_b += 1
            met_b += ok_b

        def verdict(ok):
            return "" if ok is None else ("PASS" if ok else "FAIL")

        print(f"{kind:22} {meaning:7} {len(items):4} {fmt(changed)} {goal_a:>7} {verdict(ok_a):4} | {len(b):4}"
              f" {fmt(drift_up)} {fmt(chrf_down)} {fmt(diff, signed=True)} {goal_b:>7} {verdict(ok_b):4}".rstrip())
    print("-" * len(head))
    print(f"goals met: {met} of {total} ((a) {met_a} of {total_a}, (b) {met_b} of {total_b})")
    if stderr and missing:
        print(f"drift said: {stderr[:500]}")


if __name__ == "__main__":
    main()
