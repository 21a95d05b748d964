"""Reading the development data's TSV files (a header line, tab-separated fields, no quoting)."""


def read_tsv(path):
    """Yields one dict per row, keyed by the header's names."""
    with open(path, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            yield dict(zip(head, line.rstrip("\n").split("\t")))
