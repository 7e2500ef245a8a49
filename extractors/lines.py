"""Characters → de-duplicated characters → text lines, in one linear pass per page.

pdfplumber's own `dedupe_chars` and text-line layout are general and slow (about a third of the time spent on
a page of CJK prose); reports need only horizontal lines of upright text, which this does directly.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from operator import itemgetter
from typing import Any

DEDUPE_TOLERANCE = 1.0  # fake bold paints each glyph 2-3 times within a fraction of a point
SPACE_GAP = 3.0  # a horizontal gap wider than this (points) between two glyphs reads as a space
_BY_POSITION = itemgetter("top", "x0")
_BY_X0 = itemgetter("x0")


def dedupe_chars(chars: Sequence[dict[str, Any]], tolerance: float = DEDUPE_TOLERANCE) -> list[dict[str, Any]]:
    """Drop a glyph painted again at (almost) the same place with the same text, font and size."""
    kept: list[dict[str, Any]] = []
    last_seen: dict[tuple[str, str, float], list[dict[str, Any]]] = {}
    sizes: dict[Any, float] = {}  # round(float(size), 1) by size: a page has a handful of sizes
    for char in sorted(chars, key=_BY_POSITION):
        size = char.get("size", 0)
        rounded = sizes.get(size)
        if rounded is None:
            rounded = sizes[size] = round(float(size), 1)
        key = (char["text"], char.get("fontname", ""), rounded)
        nearby = last_seen.get(key)
        if nearby is None:
            last_seen[key] = [char]
            kept.append(char)
            continue
        x0, top = char["x0"], char["top"]
        for other in nearby[-4:]:
            if abs(other["x0"] - x0) <= tolerance and abs(other["top"] - top) <= tolerance:
                break
        else:
            nearby.append(char)
            kept.append(char)
    return kept


def group_lines(chars: Sequence[dict[str, Any]]) -> list[tuple[str, float, float, float, float, float]]:
    """(text, x0, x1, top, bottom, type size) for each line of upright characters, top to bottom."""
    lines: list[list[dict[str, Any]]] = []
    first_top = half_height = 0.0
    for char in sorted((c for c in chars if c.get("upright", True)), key=_BY_POSITION):
        top = char["top"]
        if lines and abs(top - first_top) <= half_height:
            lines[-1].append(char)
            continue
        lines.append([char])
        first_top, half_height = top, max(char["bottom"] - top, 1.0) / 2
    result = []
    sizes: dict[Any, float] = {}  # round(float(size), 1) by size: a page has a handful of sizes
    for line in lines:
        line.sort(key=_BY_X0)
        text = ""
        previous_x1 = None
        x0: float | None = None
        x1: float | None = None
        top, bottom = line[0]["top"], line[0]["bottom"]
        line_sizes = []
        for char in line:
            size = char.get("size") or 0
            rounded = sizes.get(size)
            if rounded is None:
                rounded = sizes[size] = round(float(size), 1)
            line_sizes.append(rounded)
            glyph = char["text"]
            if previous_x1 is not None and char["x0"] - previous_x1 > SPACE_GAP and not text.endswith(" "):
                text += " "
            text += glyph
            previous_x1 = char["x1"]
            # min() and max() as the builtins take them: the first of equals, NaN compared as they compare it.
            if not glyph.isspace():
                if x0 is None or char["x0"] < x0:
                    x0 = char["x0"]
                if x1 is None or char["x1"] > x1:
                    x1 = char["x1"]
            if char["top"] < top:
                top = char["top"]
            if char["bottom"] > bottom:
                bottom = char["bottom"]
        stripped = text.strip()
        if stripped:
            if x0 is None or x1 is None:  # cannot be: a glyph that is not whitespace made `stripped`
                continue
            result.append((stripped, x0, x1, top, bottom, float(statistics.median_low(line_sizes))))
    return result
