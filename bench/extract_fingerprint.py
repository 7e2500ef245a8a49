"""A stable fingerprint of what `extract_document` makes of every PDF, to prove a speed-up changes no output.

For each PDF under tests/fixtures (recursively), samples/ and a bench corpus: the SHA-256 of the repr of the whole
ExtractedDocument (every page's lines, furniture, tables, positions as exact float reprs, engine, char count;
the blocks; the metadata), or of the error's class and message. Fixtures and samples are read both ways
(fast=True, and fast=False: pdfplumber for every page, which shares the de-duplication and line code).

Usage:
  python bench/extract_fingerprint.py OUT.json [--corpus DIR]          write the fingerprints
  python bench/extract_fingerprint.py NEW.json --compare BASE.json     ... and compare with a baseline
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extractors import ExtractionError, extract_document  # noqa: E402 (the checkout on the path first)


def fingerprint(data: bytes, fast: bool) -> str:
    try:
        result = repr(extract_document(data, fast=fast))
    except ExtractionError as error:
        result = f"{type(error).__name__}: {error}"
    return hashlib.sha256(result.encode("utf-8", "surrogatepass")).hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--corpus", default="/tmp/jixiao-scale-corpus")
    parser.add_argument("--compare")
    args = parser.parse_args()
    local = sorted((ROOT / "tests" / "fixtures").rglob("*.pdf")) + sorted((ROOT / "samples").glob("*.pdf"))
    corpus = sorted(Path(args.corpus).glob("*.pdf"))
    prints: dict[str, str] = {}
    for path in local:
        name = str(path.relative_to(ROOT))
        data = path.read_bytes()
        prints[f"{name} fast"] = fingerprint(data, True)
        prints[f"{name} slow"] = fingerprint(data, False)
    for path in corpus:
        prints[f"corpus/{path.name} fast"] = fingerprint(path.read_bytes(), True)
    Path(args.out).write_text(json.dumps(prints, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(local)} fixture/sample PDFs (fast and slow), {len(corpus)} corpus PDFs: {len(prints)} fingerprints")
    if args.compare:
        base = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        differ = sorted(key for key in base.keys() | prints.keys() if base.get(key) != prints.get(key))
        print(f"{len(prints) - len(differ)} of {len(prints)} identical to {args.compare}")
        for key in differ:
            print("DIFFERS:", key)
        return 1 if differ else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
