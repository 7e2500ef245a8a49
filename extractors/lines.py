"""Characters → de-duplicated characters → text lines, in one linear pass per page.

pdfplumber's own `dedupe_chars` and text-line layout are general and slow (about a third of the time spent on
a page of CJK prose); reports need only horizontal lines of upright text, which this does directly.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

DEDUPE_TOLERANCE = 1.0  # fake bold paints each glyph 2-3 times within a fraction of a point
SPACE_GAP = 3.0  # a horizontal gap wider than this (points) between two glyphs reads as a space


def dedupe_chars(chars: Sequence[dict[str, Any]], tolerance: float = DEDUPE_TOLERANCE) -> list[dict[str, Any]]:
    """Drop a glyph painted again at (almost) the same place with the same text, font and size."""
    kept: list[dict[str, Any]] = []
    last_seen: dict[tuple[str, str, float], list[dict[str, Any]]] = {}
    for char in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        key = (char["text"], char.get("fontname", ""), round(float(char.get("size", 0)), 1))
        nearby = last_seen.setdefault(key, [])
        if any(
            abs(other["x0"] - char["x0"]) <= tolerance and abs(other["top"] - char["top"]) <= tolerance
            for other in nearby[-4:]
        ):
            continue
        nearby.append(char)
        kept.append(char)
    return kept


def group_lines(chars: Sequence[dict[str, Any]]) -> list[tuple[str, float, float, float, float, float]]:
    """(text, x0, x1, top, bottom, type size) for each line of upright characters, top to bottom."""
    lines: list[list[dict[str, Any]]] = []
    for char in sorted((c for c in chars if c.get("upright", True)), key=lambda c: (c["top"], c["x0"])):
        if lines:
            current = lines[-1]
            height = max(current[0]["bottom"] - current[0]["top"], 1.0)
            if abs(char["top"] - current[0]["top"]) <= height / 2:
                current.append(char)
                continue
        lines.append([char])
    result = []
    for line in lines:
        line.sort(key=lambda c: c["x0"])
        text = ""
        previous: dict[str, Any] | None = None
        for char in line:
            if previous is not None and char["x0"] - previous["x1"] > SPACE_GAP and not text.endswith(" "):
                text += " "
            text += char["text"]
            previous = char
        stripped = text.strip()
        if stripped:
            result.append(
                (
                    stripped,
                    min(c["x0"] for c in line if not c["text"].isspace()),
                    max(c["x1"] for c in line if not c["text"].isspace()),
                    min(c["top"] for c in line),
                    max(c["bottom"] for c in line),
                    float(statistics.median_low(round(float(c.get("size") or 0), 1) for c in line)),
                )
            )
    return result
