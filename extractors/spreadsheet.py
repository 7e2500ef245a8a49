"""Spreadsheets (.xlsx, .xls, WPS .et) → one page per visible sheet, one table per region of the sheet.

Read with calamine (python-calamine), which opens each of these by its bytes. A sheet's regions are its runs of
rows between empty rows; in each, the rows above the table that hold a single value (a title merged across the
columns, `单位：万元`) and the rows below it that do (a note, `填报人`) are paragraphs, the rest one table,
multi-row headers included as its first rows. Merged cells are laid out as a PDF's ruled table has them: the text
in the merge's first cell, None in the cells it covers. Numbers are written as their values (`1234.5`, `91`):
calamine gives no display formats, so a share formatted as a percentage reads as its fraction (0.85).
Provenance: the sheet's name and the cell range (`结果!A3:F20`).
"""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal, InvalidOperation
from typing import Any

from jixiao.extractors.errors import CorruptDocumentError, office_extra_missing
from jixiao.extractors.flowed import Flowed, build_document
from jixiao.extractors.model import ExtractedDocument

ENGINE = "calamine"
MAX_CELLS = 2_000_000  # a sheet larger than this is not a report's table (and would take the worker's memory)


def cell_text(value: Any) -> str:
    """A cell's value as text, numbers without float noise (3.0 → 3, 0.1 + 0.2 → 0.3)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        try:
            number = Decimal(repr(round(value, 10))).normalize()
        except InvalidOperation:
            return str(value)
        return f"{number:f}"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return str(value).strip()


def column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def _range(sheet: str, top: int, left: int, bottom: int, right: int) -> str:
    start, end = f"{column_name(left)}{top + 1}", f"{column_name(right)}{bottom + 1}"
    return f"{sheet}!{start}" if start == end else f"{sheet}!{start}:{end}"


def sheet_grid(sheet: Any) -> tuple[list[list[str | None]], int, int]:
    """(rows of cell texts with merges laid out, first row, first column) of a calamine sheet."""
    if sheet.height * sheet.width > MAX_CELLS:
        raise CorruptDocumentError(
            f"sheet {sheet.name!r} has {sheet.height} × {sheet.width} cells, more than the limit of {MAX_CELLS}"
        )
    values = sheet.to_python(skip_empty_area=False)
    origin_row, origin_column = sheet.start or (0, 0)
    grid: list[list[str | None]] = [[cell_text(value) for value in row] for row in values]
    for (top, left), (bottom, right) in getattr(sheet, "merged_cell_ranges", None) or []:
        for row in range(top, bottom + 1):
            for column in range(left, right + 1):
                r, c = row - origin_row, column - origin_column
                if (row, column) != (top, left) and 0 <= r < len(grid) and 0 <= c < len(grid[r]):
                    grid[r][c] = None
    return grid, origin_row, origin_column


def _filled(row: list[str | None]) -> int:
    return sum(1 for cell in row if cell)


def sheet_items(name: str, grid: list[list[str | None]], first_row: int, first_column: int, page: int) -> list[Flowed]:
    """A sheet's regions (runs of rows between empty rows): single-value rows above and below a table as
    paragraphs, the rest as the table."""

    def line(row_index: int) -> Flowed:
        row = grid[row_index]
        column = next(index for index, cell in enumerate(row) if cell)
        cell = _range(name, first_row + row_index, first_column + column, first_row + row_index, first_column + column)
        return Flowed(cell, " ".join(cell for cell in row if cell), page=page)

    items: list[Flowed] = []
    start = None
    regions: list[tuple[int, int]] = []
    for index, row in enumerate([*grid, []]):
        if _filled(row) and start is None:
            start = index
        elif not _filled(row) and start is not None:
            regions.append((start, index))
            start = None
    for top, bottom in regions:  # rows top .. bottom - 1
        head, tail = top, bottom
        while head < tail and _filled(grid[head]) <= 1:
            head += 1
        while tail > head and _filled(grid[tail - 1]) <= 1:
            tail -= 1
        items.extend(line(index) for index in range(top, head))
        if tail > head:
            body = grid[head:tail]
            width = max(len(row) for row in body)
            used = [column for column in range(width) if any(column < len(row) and row[column] for row in body)]
            left, right = used[0], used[-1]
            rows = tuple(tuple(row[left : right + 1]) for row in body)
            where = _range(name, first_row + head, first_column + left, first_row + tail - 1, first_column + right)
            items.append(Flowed(where, rows=rows, page=page))
        items.extend(line(index) for index in range(tail, bottom))
    return items


def extract_spreadsheet(data: bytes) -> ExtractedDocument:
    """Every visible sheet of a workbook as a page of blocks."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError as error:
        raise office_extra_missing("a spreadsheet", error) from error

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception as error:  # calamine's own errors: a damaged or password-protected workbook
        raise CorruptDocumentError(f"not a readable spreadsheet: {type(error).__name__}: {error}") from error
    items: list[Flowed] = []
    page = 0
    try:
        for metadata in workbook.sheets_metadata:
            if str(getattr(metadata, "visible", "Visible")).rsplit(".", 1)[-1] != "Visible":
                continue
            if str(getattr(metadata, "typ", "WorkSheet")).rsplit(".", 1)[-1] != "WorkSheet":
                continue
            page += 1
            sheet = workbook.get_sheet_by_name(metadata.name)
            grid, first_row, first_column = sheet_grid(sheet)
            items.extend(sheet_items(metadata.name, grid, first_row, first_column, page))
    except CorruptDocumentError:
        raise
    except Exception as error:
        raise CorruptDocumentError(f"a sheet could not be read: {type(error).__name__}: {error}") from error
    finally:
        workbook.close()
    return build_document(items, ENGINE, {"format": "spreadsheet", "sheets": str(page)}, "the spreadsheet")
