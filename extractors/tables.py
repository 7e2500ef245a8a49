"""Ruled tables: pdfplumber's table finder (lines strategy) gives the cell geometry, and each cell's text is read
from the page's de-duplicated characters, whichever engine read them (page text would interleave wrapped cell
lines with their rows; pdfplumber's own cell text would miss pages only PDFium can read)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from jixiao.extractors.lines import group_lines
from jixiao.extractors.model import TableBlock, TextLine
from jixiao.extractors.rulings import Rulings
from jixiao.extractors.spacing import join_wrapped, normalize_spacing
from pdfplumber import table as plumber_table
from pdfplumber import utils as plumber_utils

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
MIN_RULES = 4  # fewer ruling lines and rectangles than this: no table worth looking for

Box = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class TableGeometry:
    bbox: Box
    rows: tuple[tuple[Box | None, ...], ...]


def find_table_geometry(page: Any) -> list[TableGeometry]:
    """Cell boxes of the ruled tables on a pdfplumber page (no text needed)."""
    if len(page.lines) + len(page.rects) < MIN_RULES:
        return []
    return [
        TableGeometry(
            bbox=tuple(float(v) for v in table.bbox),  # type: ignore[arg-type]
            rows=tuple(tuple(cell for cell in row.cells) for row in table.rows),
        )
        for table in page.find_tables(TABLE_SETTINGS)
    ]


def geometry_from_rulings(rulings: Rulings) -> list[TableGeometry]:
    """The same cell boxes as `find_table_geometry`, from ruling lines read without pdfminer: the steps of
    pdfplumber's `TableFinder` for the lines strategy, with pdfplumber's own functions and settings."""
    if len(rulings.lines) + len(rulings.rects) < MIN_RULES:
        return []
    settings = plumber_table.TableSettings.resolve(TABLE_SETTINGS)
    edges = [
        *map(plumber_utils.line_to_edge, rulings.lines),
        *(edge for rect in rulings.rects for edge in plumber_utils.rect_to_edges(rect)),
        *(edge for curve in rulings.curves for edge in plumber_utils.curve_to_edges(curve)),
    ]
    vertical = plumber_utils.filter_edges(edges, "v", min_length=settings.edge_min_length_prefilter)
    horizontal = plumber_utils.filter_edges(edges, "h", min_length=settings.edge_min_length_prefilter)
    merged = plumber_table.merge_edges(
        vertical + horizontal,
        snap_x_tolerance=settings.snap_x_tolerance,
        snap_y_tolerance=settings.snap_y_tolerance,
        join_x_tolerance=settings.join_x_tolerance,
        join_y_tolerance=settings.join_y_tolerance,
    )
    merged = plumber_utils.filter_edges(merged, min_length=settings.edge_min_length)
    intersections = plumber_table.edges_to_intersections(
        merged, settings.intersection_x_tolerance, settings.intersection_y_tolerance
    )
    geometry = []
    for cells in plumber_table.cells_to_tables(plumber_table.intersections_to_cells(intersections)):
        table = plumber_table.Table(None, cells)  # type: ignore[arg-type]  # rows and bbox never read the page
        geometry.append(
            TableGeometry(
                bbox=tuple(float(v) for v in table.bbox),  # type: ignore[arg-type]
                rows=tuple(tuple(cell for cell in row.cells) for row in table.rows),
            )
        )
    return geometry


class _Centres:
    """A page's characters by the vertical centre of their boxes, so that each cell looks only at the characters of
    its own band (a page with a table is read cell by cell: scanning every character per cell was quadratic)."""

    def __init__(self, chars: Sequence[dict[str, Any]]) -> None:
        centres = [
            ((char["top"] + char["bottom"]) / 2, index, (char["x0"] + char["x1"]) / 2, char)
            for index, char in enumerate(chars)
        ]
        # NaN centres are inside no cell; left out, they cannot disorder the sort.
        self._by_y = sorted(centre for centre in centres if centre[0] == centre[0])
        self._ys = [centre[0] for centre in self._by_y]

    def inside(self, box: Box) -> list[dict[str, Any]]:
        """The characters centred in the box, in the page's order."""
        x0, top, x1, bottom = box
        band = self._by_y[bisect_left(self._ys, top) : bisect_right(self._ys, bottom)]
        return [char for _, _, x, char in sorted(band, key=_BY_INDEX) if x0 <= x <= x1]


_BY_INDEX = itemgetter(1)


def _cell_text(box: Box, centres: _Centres) -> str:
    text = ""
    for line, *_ in group_lines(centres.inside(box)):
        piece = normalize_spacing(line)
        text = join_wrapped(text, piece) if text else piece
    return text


def read_tables(
    page_number: int, geometry: Sequence[TableGeometry], chars: Sequence[dict[str, Any]]
) -> list[TableBlock]:
    if not geometry:
        return []
    blocks = []
    centres = _Centres(chars)
    for table in geometry:
        rows = tuple(tuple(None if box is None else _cell_text(box, centres) for box in row) for row in table.rows)
        rows = tuple(row for row in rows if any(cell for cell in row))
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
            x0, top, x1, bottom = table.bbox
            blocks.append(TableBlock(page=page_number, top=top, bottom=bottom, rows=rows, x0=x0, x1=x1))
    return blocks


def outside_tables(lines: list[TextLine], tables: Sequence[TableBlock]) -> list[TextLine]:
    """Lines that are not inside a table (their text is in the table's cells)."""
    return [
        line
        for line in lines
        if not any(table.holds((line.x0 + line.x1) / 2, (line.top + line.bottom) / 2) for table in tables)
    ]
