"""Ruled tables in a picture (a scanned page, or a table pasted into a document as an image): the ruling lines
found in the image, the grid of cells they draw, and the OCR'd lines put into those cells, as the same
TableBlock a text PDF's ruled table gives (a cell spanned by its neighbour is None).

The image is straightened first (a scan is tilted by a degree or so): the angle of its long horizontal rulings.
OpenCV comes with the OCR extra (RapidOCR needs it); it is imported only when a picture is read.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jixiao.extractors.model import TableBlock, TextLine
from jixiao.extractors.spacing import join_wrapped, normalize_spacing

MIN_CELLS = 4  # a grid of fewer cells (a box around a paragraph, a seal's frame) is not a table
LINE_MERGE = 6  # pixels: rulings closer than this are one (a thick or doubled line)
MAX_SKEW = math.radians(5)


@dataclass(frozen=True, slots=True)
class Grid:
    """A table's cells in the straightened image: row boundaries (ys) and column boundaries (xs), pixels, and
    which cell borders are drawn (a missing one joins two cells: a merged cell)."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    # (row, column) of each cell spanned by the one above it (no ruling between) or left of it
    spanned_down: frozenset[tuple[int, int]]
    spanned_right: frozenset[tuple[int, int]]


def _cv2() -> Any:
    import cv2

    return cv2


def _skew(horizontal: Any) -> float:
    """The angle (radians) of the long horizontal rulings of a mask, 0 when there are none."""
    cv2 = _cv2()
    count, _, stats, _ = cv2.connectedComponentsWithStats(horizontal)
    width = horizontal.shape[1]
    angles = []
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        if w < width / 4:
            continue
        ys, xs = (horizontal[y : y + h, x : x + w] > 0).nonzero()
        if len(xs) < 2:
            continue
        if not (xs < w * 0.1).any() or not (xs > w * 0.9).any():
            continue
        left, right = ys[xs < w * 0.1].mean(), ys[xs > w * 0.9].mean()
        angles.append(math.atan2(right - left, w * 0.8))
    angle = statistics.median(angles) if angles else 0.0
    return angle if abs(angle) <= MAX_SKEW else 0.0


def _masks(gray: Any) -> tuple[Any, Any]:
    cv2 = _cv2()
    binary = cv2.adaptiveThreshold(255 - gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, 15, -2)
    height, width = binary.shape
    horizontal = cv2.morphologyEx(
        binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(20, width // 25), 1))
    )
    vertical = cv2.morphologyEx(
        binary, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(20, height // 40)))
    )
    return horizontal, vertical


def _segments(mask: Any, axis: int) -> list[tuple[float, float, float]]:
    """(position across, start, end) of each ruling in a mask: y, x0, x1 for horizontal ones (axis 0)."""
    cv2 = _cv2()
    count, _, stats, _ = cv2.connectedComponentsWithStats(mask)
    found = []
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        if axis == 0:
            found.append((y + h / 2, float(x), float(x + w)))
        else:
            found.append((x + w / 2, float(y), float(y + h)))
    return found


def _merge(positions: Sequence[float]) -> list[float]:
    merged: list[list[float]] = []
    for position in sorted(positions):
        if merged and position - merged[-1][-1] <= LINE_MERGE:
            merged[-1].append(position)
        else:
            merged.append([position])
    return [sum(group) / len(group) for group in merged]


def _covered(segments: Sequence[tuple[float, float, float]], at: float, start: float, end: float) -> bool:
    """Whether a ruling at `at` runs over most of [start, end]."""
    span = end - start
    reach = sum(
        max(0.0, min(end, stop) - max(start, begin))
        for position, begin, stop in segments
        if abs(position - at) <= LINE_MERGE
    )
    return reach >= 0.6 * span


def find_grids(image: Any) -> tuple[list[Grid], float, tuple[float, float]]:
    """The ruled tables of an RGB image, in straightened pixel coordinates; with the angle it was straightened by
    and the centre it turned about (to bring OCR boxes into the same coordinates)."""
    cv2 = _cv2()
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY) if image.ndim == 3 else image
    height, width = gray.shape
    centre = (width / 2, height / 2)
    horizontal, _ = _masks(gray)
    angle = _skew(horizontal)
    if angle:
        matrix = cv2.getRotationMatrix2D(centre, math.degrees(angle), 1.0)
        gray = cv2.warpAffine(gray, matrix, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)
    horizontal, vertical = _masks(gray)
    regions = cv2.connectedComponentsWithStats(cv2.bitwise_or(horizontal, vertical))
    count, _, stats, _ = regions
    across, down = _segments(horizontal, 0), _segments(vertical, 1)
    grids = []
    for label in range(1, count):
        x, y, w, h, _ = stats[label]
        if w < width / 5 or h < 40:
            continue
        inside_h = [s for s in across if x - 2 <= s[1] and s[2] <= x + w + 2 and y - 2 <= s[0] <= y + h + 2]
        inside_v = [s for s in down if y - 2 <= s[1] and s[2] <= y + h + 2 and x - 2 <= s[0] <= x + w + 2]
        ys = _merge([s[0] for s in inside_h])
        xs = _merge([s[0] for s in inside_v])
        if len(ys) < 2 or len(xs) < 2 or (len(ys) - 1) * (len(xs) - 1) < MIN_CELLS:
            continue
        spanned_down = frozenset(
            (row, column)
            for row in range(1, len(ys) - 1)
            for column in range(len(xs) - 1)
            if not _covered(inside_h, ys[row], xs[column], xs[column + 1])
        )
        spanned_right = frozenset(
            (row, column)
            for row in range(len(ys) - 1)
            for column in range(1, len(xs) - 1)
            if not _covered(inside_v, xs[column], ys[row], ys[row + 1])
        )
        grids.append(Grid(tuple(xs), tuple(ys), spanned_down, spanned_right))
    return grids, angle, centre


def _straightened(x: float, y: float, angle: float, centre: tuple[float, float]) -> tuple[float, float]:
    """A point of the image as it lies in the image turned by `angle` about `centre` (cv2's rotation)."""
    if not angle:
        return x, y
    cos, sin = math.cos(angle), math.sin(angle)
    dx, dy = x - centre[0], y - centre[1]
    return centre[0] + cos * dx + sin * dy, centre[1] - sin * dx + cos * dy


def _owner(grid: Grid, row: int, column: int) -> tuple[int, int]:
    while (row, column) in grid.spanned_down and row > 0:
        row -= 1
    while (row, column) in grid.spanned_right and column > 0:
        column -= 1
    return row, column


def tables_from_picture(
    image: Any, lines: Sequence[TextLine], page: int, scale: float, origin: tuple[float, float] = (0.0, 0.0)
) -> tuple[list[TableBlock], list[TextLine]]:
    """The ruled tables of a picture with the OCR'd lines of the picture put into their cells, and the lines that
    stand outside every table. `lines` are in page points; the picture's pixel (0, 0) is at `origin` (points)."""
    grids, angle, centre = find_grids(image)
    if not grids:
        return [], list(lines)
    tables: list[TableBlock] = []
    used: set[int] = set()
    for grid in grids:
        cells: dict[tuple[int, int], list[TextLine]] = {}
        for number, line in enumerate(lines):
            x = ((line.x0 + line.x1) / 2 - origin[0]) * scale
            y = ((line.top + line.bottom) / 2 - origin[1]) * scale
            x, y = _straightened(x, y, angle, centre)
            if not (grid.xs[0] <= x <= grid.xs[-1] and grid.ys[0] <= y <= grid.ys[-1]):
                continue
            row = max(index for index, top in enumerate(grid.ys[:-1]) if top <= y)
            column = max(index for index, left in enumerate(grid.xs[:-1]) if left <= x)
            cells.setdefault(_owner(grid, row, column), []).append(line)
            used.add(number)
        if not cells:
            continue
        rows = []
        for row in range(len(grid.ys) - 1):
            texts: list[str | None] = []
            for column in range(len(grid.xs) - 1):
                if _owner(grid, row, column) != (row, column):
                    texts.append(None)
                    continue
                text = ""
                for line in sorted(cells.get((row, column), []), key=lambda item: (round(item.top), item.x0)):
                    text = join_wrapped(text, normalize_spacing(line.text)) if text else normalize_spacing(line.text)
                texts.append(text.replace(" ", ""))
            rows.append(tuple(texts))
        top = origin[1] + grid.ys[0] / scale
        bottom = origin[1] + grid.ys[-1] / scale
        tables.append(TableBlock(page=page, top=top, bottom=bottom, rows=tuple(rows)))
    outside = [line for number, line in enumerate(lines) if number not in used]
    return tables, outside
