"""Pages set in two columns (bulletins, gazettes): read column by column, not line by line across the gutter.

A page is in two columns where many of its rows of glyphs break at one and the same gap near the middle (the
gutter) and the text left of it fills its column up to the gutter (justified text); a label-and-value form has a
gap in the same place too, but its labels stop short. Rows that cross the gutter (a title, a masthead) stand
across both columns; between two of them, the left column is read before the right one.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

MIN_GUTTER = 8.0  # points: the narrowest gap between two columns
MIN_ROWS = 6  # rows that break at the gutter, at least
MIN_SHARE = 0.3  # and at least this share of the page's rows
FILLED_SHARE = 0.5  # of the rows that break there, this share reach the gutter on the left (justified columns)
_BY_POSITION = itemgetter("top", "x0")


@dataclass(frozen=True, slots=True)
class Flow:
    """Characters read together: a column of a band (0 left, 1 right) or a row across the page (None)."""

    chars: list[dict[str, Any]]
    band_top: float  # where its band begins: flows sort by (band_top, column)
    column: int | None


def _rows(chars: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    rows: list[list[dict[str, Any]]] = []
    first_top = half_height = 0.0
    for char in sorted(chars, key=_BY_POSITION):
        if rows and abs(char["top"] - first_top) <= half_height:
            rows[-1].append(char)
            continue
        rows.append([char])
        first_top, half_height = char["top"], max(char["bottom"] - char["top"], 1.0) / 2
    for row in rows:
        row.sort(key=itemgetter("x0"))
    return rows


def _gaps(row: Sequence[dict[str, Any]]) -> list[tuple[float, float]]:
    visible = [char for char in row if not char["text"].isspace()]
    return [
        (left["x1"], right["x0"])
        for left, right in itertools.pairwise(visible)
        if right["x0"] - left["x1"] >= MIN_GUTTER
    ]


def find_gutter(chars: Sequence[dict[str, Any]], width: float) -> tuple[float, float] | None:
    """The gutter (its left and right edge) of a page in two columns, or None."""
    rows = [row for row in _rows(chars) if any(not char["text"].isspace() for char in row)]
    if len(rows) < MIN_ROWS:
        return None
    candidates: dict[int, list[tuple[float, float]]] = {}
    for row in rows:
        for left, right in _gaps(row):
            for x in range(int(left) + 1, int(right)):
                if 0.3 * width <= x <= 0.7 * width:
                    candidates.setdefault(x, []).append((left, right))
    if not candidates:
        return None
    x, gaps = max(candidates.items(), key=lambda item: len(item[1]))
    if len(gaps) < max(MIN_ROWS, MIN_SHARE * len(rows)):
        return None
    edge_left = max(left for left, _ in gaps)  # the left column's right margin
    filled = sum(1 for left, _ in gaps if left >= edge_left - 24)
    if filled < FILLED_SHARE * len(gaps):
        return None  # labels and values of a form, not two columns of text
    return edge_left, min(right for _, right in gaps)


def column_flows(
    chars: Sequence[dict[str, Any]], width: float, page_chars: Sequence[dict[str, Any]] | None = None
) -> list[Flow] | None:
    """The characters as flows in reading order, or None for a page in one column; `page_chars` (all of the page's,
    a table's cells among them) tell where the gutter is, when `chars` are only those to be read as text."""
    gutter = find_gutter(chars if page_chars is None else page_chars, width)
    if gutter is None:
        return None
    left_edge, right_edge = gutter
    middle = (left_edge + right_edge) / 2
    flows: list[Flow] = []
    band: tuple[list[dict[str, Any]], list[dict[str, Any]]] | None = None
    band_top = 0.0
    for row in _rows(chars):
        crossing = any(char["x0"] < middle < char["x1"] for char in row) or (
            any(char["x1"] <= middle for char in row)
            and any(char["x0"] >= middle for char in row)
            and not any(left <= middle <= right for left, right in _gaps(row))
        )
        if crossing:
            if band is not None:
                flows += [Flow(band[0], band_top, 0), Flow(band[1], band_top, 1)]
                band = None
            flows.append(Flow(list(row), row[0]["top"], None))
            continue
        if band is None:
            band, band_top = ([], []), row[0]["top"]
        for char in row:
            band[0 if char["x1"] <= middle else 1].append(char)
    if band is not None:
        flows += [Flow(band[0], band_top, 0), Flow(band[1], band_top, 1)]
    return [flow for flow in flows if flow.chars]
