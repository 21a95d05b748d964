"""Speed and memory of the reports: `drift report` turning a saved comparison into HTML and CSV.

Usage: report_benchmark.py DRIFT KJV WEB COPIES

The input is the Book of Ruth, KJV as reference and WEB as version, each repeated COPIES times,
compared once with `drift compare --lexical --format json`; the report is then written from that
JSON, best of three runs.
"""
import os
import sys
import tempfile

from process_timing import best, run


def main():
    drift, kjv, web, copies = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    with tempfile.TemporaryDirectory() as directory:
        paths = []
        for name, source in (("reference.txt", kjv), ("version.txt", web)):
            with open(source, encoding="utf-8") as file:
                text = file.read()
            path = os.path.join(directory, name)
            with open(path, "w", encoding="utf-8") as file:
                file.write("\n\n".join([text] * copies))
            paths.append(path)
        saved = os.path.join(directory, "comparison.json")
        seconds, memory, _ = run([drift, "compare", "--lexical", "--format", "json", "-o", saved] + paths)
        print(f"Ruth ×{copies}, KJV against WEB: `drift compare --lexical --format json` {seconds:.2f} s, "
              f"{memory:.0f} MB; the saved JSON is {os.path.getsize(saved) / 1e6:.1f} MB.")
        print()
        print("| report | seconds | peak MB | output MB |")
        print("|---|---:|---:|---:|")
        for format in ("html", "csv"):
            output = os.path.join(directory, "report." + format)
            seconds, memory, _ = best([drift, "report", "--format", format, "-o", output, saved])
            print(f"| `drift report --format {format}` | {seconds:.2f} | {memory:.0f} | {os.path.getsize(output) / 1e6:.2f} |")


if __name__ == "__main__":
    main()
