#!/usr/bin/env python3
"""Keeps the README's excerpts of drift's output true to the tool.

  readme_excerpts.py [--check] [--drift PATH] [README]

An excerpt is a fenced block right after a comment that names the command producing it:

    <!-- output of: drift check seeds/002_afb0eaf99028a645.txt -->
    ```
    …what the command prints…
    ```

Each command runs with sh in the README's folder, with the drift given (default
.build/release/drift) first on the PATH and NO_COLOR set; its standard output, without trailing
blank lines, becomes the block. Without --check the README is rewritten in place (`make docs`);
with --check nothing is written, and every excerpt that differs is listed with its line and the
exit code is 1 (the test suite runs this).
"""
import os
import re
import subprocess
import sys

MARKER = re.compile(r"^<!-- output of: (.+) -->$")


def excerpts(lines):
    """(marker line index, command, block first line, block end line) for each excerpt."""
    found = []
    for index, line in enumerate(lines):
        match = MARKER.match(line.rstrip("\n"))
        if not match:
            continue
        opening = index + 1
        if opening >= len(lines) or not lines[opening].startswith("```"):
            raise SystemExit(f"README line {index + 1}: an output marker must be followed by a ``` block")
        closing = opening + 1
        while closing < len(lines) and lines[closing].rstrip("\n") != "```":
            closing += 1
        if closing == len(lines):
            raise SystemExit(f"README line {opening + 1}: the block is not closed")
        found.append((index, match.group(1), opening + 1, closing))
    return found


def output(command, folder, drift):
    environment = dict(os.environ, NO_COLOR="1", PATH=os.path.dirname(os.path.abspath(drift)) + os.pathsep + os.environ.get("PATH", ""))
    result = subprocess.run(["sh", "-c", command], cwd=folder, env=environment, capture_output=True, text=True)
    text = result.stdout.rstrip("\n")
    if not text:
        raise SystemExit(f"'{command}' printed nothing (exit {result.returncode}): {result.stderr.strip()}")
    return [line.rstrip() + "\n" for line in text.split("\n")]


def main():
    args = sys.argv[1:]
    check = "--check" in args
    args = [a for a in args if a != "--check"]
    drift = ".build/release/drift"
    if "--drift" in args:
        at = args.index("--drift")
        drift = args[at + 1]
        del args[at:at + 2]
    readme = args[0] if args else "README.md"
    folder = os.path.dirname(os.path.abspath(readme))
    with open(readme, encoding="utf-8") as f:
        lines = f.readlines()
    stale = []
    for marker, command, start, end in reversed(excerpts(lines)):
        fresh = output(command, folder, drift)
        if lines[start:end] != fresh:
            stale.append(f"README line {start}: '{command}' prints otherwise")
            lines[start:end] = fresh
    if check:
        for message in reversed(stale):
            print(message)
        sys.exit(1 if stale else 0)
    with open(readme, "w", encoding="utf-8") as f:
        f.writelines(lines)
    print(f"{len(stale)} excerpt(s) rewritten" if stale else "every excerpt is up to date")


if __name__ == "__main__":
    main()
