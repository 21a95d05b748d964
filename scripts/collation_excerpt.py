#!/usr/bin/env python3
"""Cuts a collation page down to the group whose text contains a phrase and its neighbours.

  collation_excerpt.py PAGE PHRASE [--around N]

Reads a page of `drift collate --format html` and prints it with only the group (`<tbody>`)
holding PHRASE and the N groups before and after it (default 1), for the README's picture:
headless Chromium takes screenshots from the top of a page and cannot scroll to a group.
"""
import argparse
import re
import sys


def text(markup):
    """The documents' words of a group: deleted consensus words and tags removed."""
    return re.sub(r"<[^>]+>", "", re.sub(r"<del[^>]*>.*?</del>", "", markup, flags=re.S))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("page")
    parser.add_argument("phrase")
    parser.add_argument("--around", type=int, default=1)
    args = parser.parse_args()
    with open(args.page, encoding="utf-8") as f:
        page = f.read()
    bodies = list(re.finditer(r"<tbody id=.*?</tbody>\n", page, flags=re.S))
    found = [i for i, body in enumerate(bodies) if args.phrase in text(body.group(0))]
    if not found:
        sys.exit(f"collation_excerpt: no group of {args.page} contains “{args.phrase}”")
    keep = range(found[0] - args.around, found[0] + args.around + 1)
    out, position = [], 0
    for i, body in enumerate(bodies):
        out.append(page[position:body.start()])
        if i in keep:
            out.append(body.group(0))
        position = body.end()
    out.append(page[position:])
    sys.stdout.write("".join(out))


if __name__ == "__main__":
    main()
