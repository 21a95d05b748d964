#!/usr/bin/env python3
"""Times `drift batch` on a corpus of seed-sized articles it makes, against one `drift compare`
process per story.

  batch_benchmark.py DRIFT SEEDS_DIR DEV_DIR [COMPARISONS] [MEMORY_COMPARISONS] [--corpus-only DIR]

The corpus (made here, deterministically): articles of 16 to 24 sentences (about the seeds'
400 words) from the development data's sentence pairs (PAWS and STS-B, the first sentence of
each pair) and from the seeds themselves. Each story has five versions: the pairs' second
sentences (a paraphrase, meaning changed where PAWS says so), a copy-edit, a summary, a
meaning edit (numbers, negation, a replaced sentence) and a garbled version with web residue.
Every story's reference is perturbed by its own random word edits, so that no two texts are the
same and the caches see a batch of distinct texts, not one text repeated.

Measured, each as a whole process (wall time, peak resident memory from wait4):
* `drift batch --lexical` at --jobs 1 and 2, and with the sentence encoder at --jobs 1 and 2, on
  COMPARISONS (default 2,000) comparisons; the outputs at 1 and 2 jobs must be identical.
* `drift batch --lexical --jobs 2` on MEMORY_COMPARISONS (default 20,000): peak memory against
  batch size.
* one `drift compare --format json` per story (all its versions in one call), lexical and with
  the encoder, on the first 40 stories: comparisons per second, and the ratio to the batch.
* `drift embed` of the batch's distinct sentences: the encoder's own time, against which the
  encoder batch is measured.
* `drift report` of 10,000 of the large batch's records into an index page, and headless
  Chromium opening it sorted.

Prints Markdown.
"""
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

from process_timing import run

VERSIONS = ["paraphrase", "copyedit", "summary", "meaning", "garbled"]
RESIDUE = ["Share This Article", "Advertisement", "Read more: related stories", "Sign up for our newsletter"]
NEGATABLE = re.compile(r"\b(is|was|are|were|has|had|will|can|did|does)\b")
NUMBER = re.compile(r"\b\d+(?:[.,]\d+)?\b")


def pairs(dev):
    """(first, second, same meaning) sentence pairs of PAWS and STS-B dev, in file order."""
    out = []
    for name, same in [("paws_dev.tsv", lambda r: r["label"] == "1"), ("stsb_dev.tsv", lambda r: float(r["label"]) >= 4)]:
        with open(os.path.join(dev, "paraphrase", name), encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                if row["sentence1"].strip() and row["sentence2"].strip():
                    out.append((row["sentence1"].strip(), row["sentence2"].strip(), same(row)))
    return out


def seed_sentences(seeds):
    """The seeds' paragraphs split into rough sentences (the corpus needs text, not ICU's cut)."""
    stories = []
    for path in sorted(os.listdir(seeds)):
        with open(os.path.join(seeds, path), encoding="utf-8") as f:
            text = f.read()
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 3]
        stories.append(sentences)
    return stories


def edit_words(rng, sentence, rate):
    """`sentence` with about `rate` of its words dropped, doubled or swapped with the next."""
    words = sentence.split()
    out = []
    i = 0
    while i < len(words):
        roll = rng.random()
        if roll < rate / 3 and len(words) > 4:
            i += 1
            continue
        if roll < 2 * rate / 3 and i + 1 < len(words):
            out += [words[i + 1], words[i]]
            i += 2
            continue
        out.append(words[i])
        i += 1
    return " ".join(out)


def meaning_edit(rng, sentence):
    """A single meaning edit: a number changed, a negation added, or a sentence replaced."""
    if NUMBER.search(sentence):
        return NUMBER.sub(lambda m: str(int(float(m.group().replace(",", ""))) * 3 + 1), sentence, count=1)
    if NEGATABLE.search(sentence):
        return NEGATABLE.sub(lambda m: m.group() + " not", sentence, count=1)
    return None


def article(sentences):
    """Sentences as paragraphs of four."""
    return "\n\n".join(" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4)) + "\n"


def story(index, pool, seed_stories):
    """Story `index`: its reference and five versions, all distinct from every other story's."""
    rng = random.Random(index)
    if index % 20 == 19:
        # One story in twenty comes from the seeds: a window of the agency story, the versions
        # from the other seeds' sentences.
        base = seed_stories[index % len(seed_stories)]
        start = rng.randrange(max(1, len(base) - 16))
        first = base[start:start + rng.randint(14, 20)]
        second = [edit_words(rng, s, 0.15) for s in first]
        same = [True] * len(first)
    else:
        length = rng.randint(16, 24)
        start = (index * 37) % (len(pool) - length)
        window = pool[start:start + length]
        first, second, same = [p[0] for p in window], [p[1] for p in window], [p[2] for p in window]
    reference = [edit_words(rng, s, 0.08) for s in first]
    versions = {
        "paraphrase": second,
        "copyedit": [edit_words(rng, s, 0.05) if rng.random() < 0.3 else s for s in reference],
        "summary": [edit_words(rng, s, 0.2) for s in reference[::3]],
    }
    meaning = list(reference)
    edited = False
    for i in rng.sample(range(len(meaning)), len(meaning)):
        changed = meaning_edit(rng, meaning[i])
        if changed:
            meaning[i] = changed
            edited = True
            break
    if not edited or rng.random() < 0.3:
        meaning[rng.randrange(len(meaning))] = pool[(index * 101 + 7) % len(pool)][0]
    versions["meaning"] = meaning
    garbled = []
    for s in reference:
        if rng.random() < 0.3:
            words = s.split()
            rng.shuffle(words)
            s = " ".join(words)
        garbled.append(s)
    garbled.insert(rng.randrange(len(garbled) + 1), rng.choice(RESIDUE))
    versions["garbled"] = garbled
    return article(reference), {name: article(versions[name]) for name in VERSIONS}, sum(same)


def make_corpus(folder, comparisons, pool, seed_stories):
    """Writes the stories and a manifest of `comparisons` rows; returns the manifest's path."""
    manifest = os.path.join(folder, "manifest.csv")
    stories = (comparisons + len(VERSIONS) - 1) // len(VERSIONS)
    rows = 0
    with open(manifest, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "reference", "version"])
        for index in range(stories):
            reference, versions, _ = story(index, pool, seed_stories)
            name = f"s{index:05d}"
            os.makedirs(os.path.join(folder, name), exist_ok=True)
            with open(os.path.join(folder, name, "reference.txt"), "w", encoding="utf-8") as f:
                f.write(reference)
            for version in VERSIONS:
                if rows == comparisons:
                    break
                with open(os.path.join(folder, name, version + ".txt"), "w", encoding="utf-8") as f:
                    f.write(versions[version])
                writer.writerow([f"{name}/{version}", f"{name}/reference.txt", f"{name}/{version}.txt"])
                rows += 1
    return manifest


def batch(drift, manifest, jobs, lexical, output):
    argv = [drift, "batch", manifest, "--jobs", str(jobs), "--progress", "none", "-o", output]
    if lexical:
        argv.append("--lexical")
    seconds, memory, _ = run(argv)
    with open(output, "rb") as f:
        return seconds, memory, f.read()


def per_story(drift, folder, stories, lexical):
    """One `drift compare` process per story; (seconds, comparisons, peak MB)."""
    total, comparisons, peak = 0.0, 0, 0.0
    for index in range(stories):
        name = os.path.join(folder, f"s{index:05d}")
        versions = [os.path.join(name, v + ".txt") for v in VERSIONS if os.path.exists(os.path.join(name, v + ".txt"))]
        argv = [drift, "compare", "--format", "json", os.path.join(name, "reference.txt")] + versions
        if lexical:
            argv.insert(2, "--lexical")
        seconds, memory, _ = run(argv)
        total += seconds
        comparisons += len(versions)
        peak = max(peak, memory)
    return total, comparisons, peak


def distinct_sentences(drift, folder, path):
    """Writes the corpus's distinct sentences, as drift segments them, one per line."""
    seen = set()
    files = sorted(os.path.join(root, name) for root, _, names in os.walk(folder) for name in names
                   if name.endswith(".txt"))
    with open(path, "w", encoding="utf-8") as out:
        for start in range(0, len(files), 500):
            lines = subprocess.run([drift, "segment", "--format", "jsonl"] + files[start:start + 500],
                                   capture_output=True, text=True, check=True).stdout
            for line in lines.splitlines():
                text = " ".join(json.loads(line)["text"].split())
                if text and text not in seen:
                    seen.add(text)
                    out.write(text + "\n")
    return len(seen)


def index_page(drift, results, work, rows):
    """Times `drift report` of `rows` batch records and headless Chromium opening the index."""
    head = os.path.join(work, "index-results.jsonl")
    with open(results, encoding="utf-8") as f, open(head, "w", encoding="utf-8") as out:
        for _, line in zip(range(rows), f):
            out.write(line)
    folder = os.path.join(work, "index-report")
    seconds, memory, _ = run([drift, "report", head, "-o", folder])
    size = os.path.getsize(os.path.join(folder, "index.html"))
    print()
    print(f"The index page of {rows:,} comparisons (`drift report results.jsonl -o report/`): written in "
          f"{seconds:.1f} s ({memory:.0f} MB peak), {size / 1e6:.1f} MB.", end="")
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if not browser:
        print(" Chromium is not installed: not opened.")
        return
    argv = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={os.path.join(work, 'profile')}", "--dump-dom",
            "file://" + os.path.join(folder, "index.html") + "#sort=drift&dir=asc"]
    start = time.perf_counter()
    dom = subprocess.run(argv, capture_output=True, text=True, timeout=300).stdout
    elapsed = time.perf_counter() - start
    ready = 'data-script="ready"' in dom
    print(f" Headless Chromium opened it, sorted by drift, and gave back its DOM in {elapsed:.1f} s "
          f"(script {'ran' if ready else 'DID NOT RUN'}; the browser's own start included).")


def main():
    argv = sys.argv[1:]
    corpus_only = None
    if "--corpus-only" in argv:
        cut = argv.index("--corpus-only")
        corpus_only = argv[cut + 1]
        del argv[cut:cut + 2]
    args = argv
    drift, seeds, dev = args[:3]
    comparisons = int(args[3]) if len(args) > 3 else 2000
    memory_comparisons = int(args[4]) if len(args) > 4 else 20000
    pool = pairs(dev)
    seed_stories = seed_sentences(seeds)
    if corpus_only:
        os.makedirs(corpus_only, exist_ok=True)
        print(make_corpus(corpus_only, comparisons, pool, seed_stories))
        return
    work = tempfile.mkdtemp(prefix="drift-batch-bench-")
    try:
        folder = os.path.join(work, "corpus")
        os.makedirs(folder)
        manifest = make_corpus(folder, comparisons, pool, seed_stories)
        stories = (comparisons + len(VERSIONS) - 1) // len(VERSIONS)
        words = sum(len(open(os.path.join(folder, f"s{i:05d}", "reference.txt"), encoding="utf-8").read().split())
                    for i in range(stories))
        print(f"corpus: {comparisons:,} comparisons of {stories:,} stories (five versions each: paraphrase, "
              f"copy-edit, summary, meaning edit, garbled), references of {words / stories:.0f} words on average; "
              f"from {len(pool):,} PAWS and STS-B dev pairs and the seeds, every text distinct. "
              f"{os.cpu_count()} cores.")
        print()
        print("| run | jobs | time | comparisons/s | per core | peak memory |")
        print("|---|---|---|---|---|---|")
        results = {}
        modes = [("lexical", True)]
        model = os.environ.get("DRIFT_MODEL_DIR", os.path.expanduser("~/.cache/drift/all-MiniLM-L6-v2"))
        encoder = os.path.exists(os.path.join(model, "model.safetensors"))
        if encoder:
            modes.append(("encoder", False))
        for mode, lexical in modes:
            for jobs in (1, 2):
                seconds, memory, output = batch(drift, manifest, jobs, lexical, os.path.join(work, f"{mode}-{jobs}.jsonl"))
                results[(mode, jobs)] = (seconds, memory, output)
                rate = comparisons / seconds
                print(f"| drift batch, {mode} | {jobs} | {seconds:.1f} s | {rate:.0f} | {rate / jobs:.0f} | {memory:.0f} MB |")
        print()
        for mode, _ in modes:
            same = results[(mode, 1)][2] == results[(mode, 2)][2]
            one, two = results[(mode, 1)][0], results[(mode, 2)][0]
            print(f"- {mode}: output at 1 and 2 jobs {'identical' if same else 'DIFFERENT'} "
                  f"({len(results[(mode, 1)][2]):,} bytes); speed-up on 2 jobs {one / two:.2f}×.")
        print()
        sample = min(40, stories)
        print(f"One `drift compare` process per story (all five versions in one call), first {sample} stories:")
        print()
        print("| run | comparisons | time | comparisons/s | peak memory | drift batch, 1 job, is faster by |")
        print("|---|---|---|---|---|---|")
        for mode, lexical in modes:
            seconds, count, memory = per_story(drift, folder, sample, lexical)
            rate = count / seconds
            batch_rate = comparisons / results[(mode, 1)][0]
            print(f"| drift compare, {mode} | {count} | {seconds:.1f} s | {rate:.1f} | {memory:.0f} MB | {batch_rate / rate:.1f}× |")
        print()
        if encoder:
            sentences = os.path.join(work, "sentences.txt")
            distinct = distinct_sentences(drift, folder, sentences)
            seconds, memory, _ = run([drift, "embed", sentences])
            extra = results[("encoder", 1)][0] - results[("lexical", 1)][0]
            two = results[("encoder", 2)][0]
            print(f"The encoder's own time for the batch's {distinct:,} distinct sentences (`drift embed`, one "
                  f"process on every core, JSON output included): {seconds:.1f} s. The encoder batch at 2 jobs "
                  f"(the default, every core) takes {two:.1f} s, {two / seconds:.2f}× that (goal: at most 1.25×); "
                  f"at 1 job, with the encoder on one core, {results[('encoder', 1)][0]:.1f} s, "
                  f"{results[('encoder', 1)][0] / seconds:.2f}×, which adds {extra:.1f} s to the lexical batch.")
            print()
        print("Peak memory against batch size (`drift batch --lexical --jobs 2`):")
        print()
        print("| comparisons | time | comparisons/s | peak memory |")
        print("|---|---|---|---|")
        lexical_two = results[("lexical", 2)]
        print(f"| {comparisons:,} | {lexical_two[0]:.1f} s | {comparisons / lexical_two[0]:.0f} | {lexical_two[1]:.0f} MB |")
        if memory_comparisons > comparisons:
            big = os.path.join(work, "big")
            os.makedirs(big)
            big_manifest = make_corpus(big, memory_comparisons, pool, seed_stories)
            seconds, memory, _ = batch(drift, big_manifest, 2, True, os.path.join(work, "big.jsonl"))
            print(f"| {memory_comparisons:,} | {seconds:.1f} s | {memory_comparisons / seconds:.0f} | {memory:.0f} MB |")
            index_page(drift, os.path.join(work, "big.jsonl"), work, 10000)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
