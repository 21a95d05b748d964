#!/usr/bin/env python3
"""drift batch --stdin as a Spark map step, checked against a local drift batch.

Builds N comparisons from the seed story (each version a seed with one sentence left out and
a line of its own, so that no two texts are the same; the reference is one of the seeds, so
that many versions share it), runs them through PySpark in local mode with
rdd.pipe("drift batch --stdin …") over P partitions, runs the same comparisons as files
through one local `drift batch MANIFEST`, and checks that every id comes back exactly once with
the record the local batch gives (without the paths, which inline texts do not have).

Usage: spark_check.py --drift PATH --seeds DIR [--count 520] [--partitions 4]
Exit 0 when every record matches; 1 with the differences otherwise.
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile


def items(seeds_dir, count):
    names = sorted(n for n in os.listdir(seeds_dir) if n.endswith(".txt"))
    texts = [open(os.path.join(seeds_dir, n), encoding="utf-8").read() for n in names]
    sentences = [re.split(r"(?<=[.!?])\s+", t.strip()) for t in texts]
    result = []
    for i in range(count):
        reference = i % len(texts)
        version = (i // len(texts)) % len(texts)
        parts = sentences[version]
        drop = (i // (len(texts) ** 2)) % len(parts)
        kept = parts[:drop] + parts[drop + 1:]
        text = " ".join(kept) + f"\n\nItem {i} of the Spark check."
        result.append({"id": f"item-{i}", "reference": texts[reference], "version": text})
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--drift", required=True)
    parser.add_argument("--seeds", required=True)
    parser.add_argument("--count", type=int, default=520)
    parser.add_argument("--partitions", type=int, default=4)
    args = parser.parse_args()
    drift = os.path.abspath(args.drift)
    entries = items(args.seeds, args.count)

    with tempfile.TemporaryDirectory(prefix="drift-spark-") as folder:
        # The local batch: the same texts as files, one manifest.
        manifest = os.path.join(folder, "manifest.jsonl")
        with open(manifest, "w", encoding="utf-8") as out:
            for entry in entries:
                reference = os.path.join(folder, "ref-%d.txt" % (hash(entry["reference"]) & 0xFFFFFFFF))
                if not os.path.exists(reference):
                    with open(reference, "w", encoding="utf-8") as f:
                        f.write(entry["reference"])
                version = os.path.join(folder, entry["id"] + ".txt")
                with open(version, "w", encoding="utf-8") as f:
                    f.write(entry["version"])
                out.write(json.dumps({"id": entry["id"], "reference": os.path.basename(reference),
                                      "version": os.path.basename(version)}) + "\n")
        local = subprocess.run([drift, "batch", "--lexical", "--progress", "none", manifest],
                               capture_output=True, text=True)
        if local.returncode != 0:
            print("local drift batch failed:", local.stderr, file=sys.stderr)
            return 1
        expected = {}
        for line in local.stdout.splitlines():
            record = json.loads(line)
            record.pop("reference", None)
            record.pop("version", None)
            expected[record["id"]] = record

        from pyspark.sql import SparkSession
        spark = (SparkSession.builder.master("local[2]").appName("drift-spark-check")
                 .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                 .getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        lines = [json.dumps(entry) for entry in entries]
        rdd = spark.sparkContext.parallelize(lines, args.partitions)
        command = [drift, "batch", "--stdin", "--lexical", "--jobs", "1", "--progress", "none"]
        results = rdd.pipe(shlex.join(command)).collect()
        spark.stop()

    problems = []
    seen = {}
    for line in results:
        record = json.loads(line)
        seen[record["id"]] = seen.get(record["id"], 0) + 1
        if expected.get(record["id"]) != record:
            problems.append(f"{record['id']}: spark {record} != local {expected.get(record['id'])}")
    for entry in entries:
        if seen.get(entry["id"], 0) != 1:
            problems.append(f"{entry['id']}: came back {seen.get(entry['id'], 0)} times")
    if problems:
        print("\n".join(problems[:20]), file=sys.stderr)
        print(f"{len(problems)} problems in {len(results)} records", file=sys.stderr)
        return 1
    print(f"spark: {len(results)} records from {args.partitions} partitions, each id once, "
          f"all equal to the local drift batch's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
