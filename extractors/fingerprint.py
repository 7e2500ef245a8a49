"""A compact fingerprint of what a document says, whatever its format: to tell that a web page and its attached
PDF or Word file carry the same report. A bottom-k sketch of the document's 4-character shingles (CJK characters,
letters and digits only: punctuation, spacing and layout differ between formats), with the shingle count, from
which overlap and containment are estimated."""

from __future__ import annotations

import hashlib
import re

from jixiao.extractors.model import ExtractedDocument

SKETCH = 128
SHINGLE = 4
_KEPT = re.compile(r"[^\w]|_", re.UNICODE)


def _text(document: ExtractedDocument) -> str:
    pieces = []
    for block in document.blocks:
        rows = getattr(block, "rows", None)
        pieces.append(block.text if rows is None else "".join(cell or "" for row in rows for cell in row))
    return _KEPT.sub("", "".join(pieces))


def fingerprint(document: ExtractedDocument) -> tuple[int, tuple[int, ...]]:
    """(number of distinct shingles, the smallest SKETCH of their 64-bit hashes)."""
    text = _text(document)
    hashes = {
        int.from_bytes(hashlib.blake2b(text[i : i + SHINGLE].encode(), digest_size=8).digest(), "big")
        for i in range(max(0, len(text) - SHINGLE + 1))
    }
    return len(hashes), tuple(sorted(hashes)[:SKETCH])


def containment(first: tuple[int, tuple[int, ...]], second: tuple[int, tuple[int, ...]]) -> float:
    """How much of the smaller document's text is in the larger one (0-1), estimated from the two sketches."""
    (size_a, sketch_a), (size_b, sketch_b) = first, second
    if not size_a or not size_b:
        return 0.0
    union = sorted(set(sketch_a) | set(sketch_b))[:SKETCH]
    both = set(sketch_a) & set(sketch_b)
    jaccard = sum(1 for value in union if value in both) / len(union)
    shared = jaccard * (size_a + size_b) / (1 + jaccard)
    return min(1.0, shared / min(size_a, size_b))
