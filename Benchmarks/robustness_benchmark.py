"""Time and peak memory of drift on degenerate inputs at 1x, 2x, 4x and 8x their base size.

Usage: robustness_benchmark.py DRIFT [--big] [--only=TEXT ...]

Prints a Markdown table per kind of input and the growth exponent between 1x and 8x
(log2 of the time ratio over log2 of 8: 1 is linear, 2 quadratic). With --big it also aligns
two unrelated 10 MB texts; --only=TEXT runs the kinds whose name contains TEXT. Inputs are generated from a seeded random source into a temporary
folder, so every run measures the same bytes.
"""
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time

SCALES = [1, 2, 4, 8]


def run(argv):
    """Runs argv; returns (seconds, peak resident MB, exit status)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def vocabulary(rng, size=5000):
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(2, 9))) for _ in range(size)]


def words(rng, vocab, count):
    return " ".join(rng.choice(vocab) for _ in range(count))


def sentences(rng, vocab, count):
    return " ".join(words(rng, vocab, rng.randint(6, 25)).capitalize() + "." for _ in range(count))


def write(folder, name, text):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as file:
        file.write(text)
    return path


def kinds(drift, folder):
    """(kind, unit, base size, command builder) per kind of degenerate input."""
    rng = random.Random(17)
    vocab = vocabulary(rng)

    def pair(name, make):
        def build(n):
            a = write(folder, f"{name}-{n}-a.txt", make(random.Random(n), n, 0))
            b = write(folder, f"{name}-{n}-b.txt", make(random.Random(n + 1000), n, 1))
            return [drift, "compare", "--lexical", "--format", "json", a, b]
        return build

    def no_break(r, n, side):
        return words(r, vocab, n)

    def repeated(r, n, side):
        return " ".join(["the"] * n) + (" end" if side else "")

    def long_token(r, n, side):
        return "a" * n + ("b" if side else "c")

    def tiny_lines(r, n, side):
        return "".join(r.choice("abcdefgh") + "\n" for _ in range(n))

    def combining(r, n, side):
        storm = "".join(chr(0x300 + r.randrange(0x70)) for _ in range(200))
        return " ".join("e" + storm for _ in range(n // 201)) + "."

    def unrelated(n):
        a = write(folder, f"unrelated-{n}-a.txt", sentences(random.Random(n), vocab, n))
        b = write(folder, f"unrelated-{n}-b.txt", sentences(random.Random(n + 1), vocab, n))
        return [drift, "align", "--lexical", "--format", "json", a, b]

    def segment(n):
        return [drift, "segment", "--format", "jsonl", write(folder, f"segment-{n}.txt", sentences(random.Random(n), vocab, n))]

    def long_pair(n):
        r = random.Random(n)
        line = json.dumps({"id": 1, "reference": words(r, vocab, n), "candidate": words(r, vocab, n)})
        return [drift, "pairs", "--lexical", write(folder, f"long-pair-{n}.jsonl", line + "\n")]

    def many_pairs(n):
        r = random.Random(n)
        lines = []
        for k in range(n):
            reference = sentences(r, vocab, 1)
            lines.append(json.dumps({"id": k, "reference": reference, "candidate": reference if k % 3 else sentences(r, vocab, 1)}))
        return [drift, "pairs", "--lexical", write(folder, f"many-pairs-{n}.jsonl", "\n".join(lines) + "\n")]

    def score(n):
        r = random.Random(n)
        hypotheses = write(folder, f"score-{n}.hyp", "\n".join(sentences(r, vocab, 1) for _ in range(n)) + "\n")
        references = write(folder, f"score-{n}.ref", "\n".join(sentences(r, vocab, 1) for _ in range(n)) + "\n")
        return [drift, "score", "--ref", references, hypotheses]

    def check(n):
        # Short lines from a dozen words: nearly every line repeats an earlier one, so every
        # line is a finding with a line number.
        r = random.Random(n)
        text = "".join(" ".join(r.choice(vocab[:12]) for _ in range(3)) + "\n" for _ in range(n))
        return [drift, "check", "--format", "json", write(folder, f"check-{n}.txt", text)]

    return [
        ("text without a sentence end (compare)", "words", 5_000, pair("no-break", no_break)),
        ("one word repeated (compare)", "words", 20_000, pair("repeated", repeated)),
        ("one token without spaces (compare)", "characters", 50_000, pair("long-token", long_token)),
        ("one-character lines (compare)", "lines", 12_500, pair("tiny-lines", tiny_lines)),
        ("combining-mark storms (compare)", "characters", 50_000, pair("combining", combining)),
        ("two unrelated texts (align)", "sentences", 1_250, unrelated),
        ("many sentences (segment)", "sentences", 25_000, segment),
        ("one long pair without sentence ends (pairs)", "words a side", 2_500, long_pair),
        ("many pairs (pairs)", "lines", 1_000, many_pairs),
        ("many segments (score)", "lines", 25_000, score),
        ("short lines with findings (check)", "lines", 5_000, check),
    ]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    drift = sys.argv[1]
    big = "--big" in sys.argv[2:]
    only = [a.split("=", 1)[1] for a in sys.argv[2:] if a.startswith("--only=")]
    with tempfile.TemporaryDirectory(prefix="drift-robustness-") as folder:
        for kind, unit, base, build in kinds(drift, folder):
            if only and not any(o in kind for o in only):
                continue
            print(f"### {kind}\n")
            print(f"| size ({unit}) | input bytes | seconds | peak MB | exit |")
            print("|---:|---:|---:|---:|---:|")
            times = []
            for scale in SCALES:
                argv = build(base * scale)
                size = sum(os.path.getsize(a) for a in argv[1:] if os.path.isfile(a))
                seconds, megabytes, status = run(argv)
                times.append((seconds, megabytes))
                print(f"| {base * scale:,} | {size:,} | {seconds:.2f} | {megabytes:.0f} | {status} |")
            growth = math.log2(times[-1][0] / max(times[0][0], 1e-3)) / 3
            memory = math.log2(times[-1][1] / max(times[0][1], 1)) / 3
            print(f"\nGrowth from 1x to 8x: time exponent {growth:.2f}, memory exponent {memory:.2f} (1 = linear).\n")
        if big:
            rng = random.Random(5)
            vocab = vocabulary(rng)
            a = write(folder, "big-a.txt", sentences(random.Random(1), vocab, 110_000))
            b = write(folder, "big-b.txt", sentences(random.Random(2), vocab, 110_000))
            size = (os.path.getsize(a) + os.path.getsize(b)) / 2
            seconds, megabytes, status = run([drift, "align", "--lexical", "--format", "json", a, b])
            print("### Two unrelated texts of about 10 MB (align --lexical)\n")
            print(f"{size / 1e6:.1f} MB each: {seconds:.1f} s, peak {megabytes:.0f} MB, exit {status}.\n")


if __name__ == "__main__":
    main()
