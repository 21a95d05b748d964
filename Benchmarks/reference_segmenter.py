#!/usr/bin/env python3
"""Times pysbd, a widely used rule-based sentence segmenter, on the benchmark corpus.

  reference_segmenter.py CORPUS [MEGABYTES]

pysbd is far slower than ICU, so it runs on the first MEGABYTES (default 1) of the corpus, cut
at a paragraph break; the throughput is comparable because both segmenters are linear.
"""
import sys
import time

import pysbd

path = sys.argv[1]
limit = int(float(sys.argv[2] if len(sys.argv) > 2 else 1) * 1_000_000)
text = open(path, encoding="utf-8").read()
cut = text.find("\n\n", limit)
text = text[: cut if cut > 0 else len(text)]
size = len(text.encode("utf-8"))
segmenter = pysbd.Segmenter(language="en", clean=False, char_span=False)
start = time.perf_counter()
count = sum(len(segmenter.segment(paragraph)) for paragraph in text.split("\n") if paragraph.strip())
elapsed = time.perf_counter() - start
print(f"| pysbd 0.3.4 (Python), line by line | {elapsed:.3f} s | {size / 1e6 / elapsed:.2f} MB/s | {count} sentences in {size / 1e6:.1f} MB |")
