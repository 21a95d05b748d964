#!/usr/bin/env python3
"""How drift's findings meet the expert MQM error spans of WMT21 TED en-de.

  mqm_spans.py DRIFT TED_ENDE_TSV TED_ENDE_ERRORS_TSV

For every talk, the reference translations of its segments (one paragraph each) form the
reference document and each system's translations a version; one `drift compare --lexical
--language german` per talk compares all systems with the reference, so every other system is
a witness for the quote check. Each finding is mapped back to its segment, then:

* recall: the share of the annotated Major error spans in the hypotheses that overlap a finding
  in the same segment and system;
* precision: the share of findings that overlap an annotated error (any severity) there.

The annotations were made against the English source, so many errors (mistranslations that a
reference-based check cannot see) are out of drift's reach: expect modest figures; they tell
whether a change helps.
"""
import json
import os
import subprocess
import sys

from tsv import read_tsv
import tempfile
from collections import defaultdict



def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    drift, segments_path, errors_path = sys.argv[1:4]
    segments = list(read_tsv(segments_path))
    talks = defaultdict(dict)  # doc -> seg -> reference
    hyps = defaultdict(lambda: defaultdict(dict))  # doc -> system -> seg -> hypothesis
    for row in segments:
        seg = int(row["seg"])
        talks[row["doc"]][seg] = row["reference"].strip()
        hyps[row["doc"]][row["system"]][seg] = row["hypothesis"]
    errors = defaultdict(list)  # (doc, seg, system) -> [(start, end, severity)]
    for row in read_tsv(errors_path):
        if row["side"] == "hyp":
            errors[(row["doc"], int(row["seg"]), row["system"])].append((int(row["start"]), int(row["end"]), row["severity"]))

    findings = []  # (doc, seg, system, start, end, check)
    folder = tempfile.mkdtemp(prefix="drift-mqm-spans-")
    for doc, references in sorted(talks.items()):
        order = sorted(references)
        reference_path = os.path.join(folder, f"{doc}.ref.txt")
        with open(reference_path, "w", encoding="utf-8") as f:
            f.write("\n\n".join(references[seg] for seg in order) + "\n")
        systems = sorted(hyps[doc])
        paths, starts = [], {}
        for system in systems:
            path = os.path.join(folder, f"{doc}.{system}.txt")
            offset, table = 0, []
            pieces = []
            for seg in order:
                # A hypothesis keeps its own offsets: leading white space is part of it.
                text = hyps[doc][system].get(seg, "")
                table.append((offset, seg, len(text)))
                pieces.append(text)
                offset += len(text) + 2
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n\n".join(pieces) + "\n")
            paths.append(path)
            starts[path] = table
        out = subprocess.run([drift, "compare", "--lexical", "--language", "german", "--format", "json", reference_path, *paths],
                             capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"drift compare failed on {doc}: {out.stderr[:300]}")
        for version, system in zip(json.loads(out.stdout)["versions"], systems):
            table = starts[version["path"]]
            for finding in version["findings"]:
                start, end = finding["version"]["start"], finding["version"]["end"]
                for base, seg, length in table:
                    if base <= start < base + length + 1:
                        findings.append((doc, seg, system, start - base, end - base, finding["check"]))
                        break

    major = [(key, span) for key, spans in errors.items() for span in spans if span[2] == "Major"]
    found = defaultdict(list)
    for doc, seg, system, start, end, _ in findings:
        found[(doc, seg, system)].append((start, end))
    recalled = sum(any(overlaps(span, f) for f in found[key]) for key, span in major)
    precise = sum(any(overlaps((start, end), e) for e in errors[(doc, seg, system)])
                  for doc, seg, system, start, end, _ in findings)
    by_check = defaultdict(int)
    for *_, check in findings:
        by_check[check] += 1
    print(f"MQM spans (ted_ende_errors.tsv): findings={len(findings)} "
          f"recall of Major spans={recalled / max(len(major), 1):.3f} ({recalled}/{len(major)}) "
          f"precision={precise / max(len(findings), 1):.3f} ({precise}/{len(findings)}); "
          + ", ".join(f"{k} {v}" for k, v in sorted(by_check.items())))


if __name__ == "__main__":
    main()
