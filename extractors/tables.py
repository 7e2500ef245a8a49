"""Ruled tables with pdfplumber's table finder (lines strategy): exact cells, unlike page text, which interleaves
wrapped cell lines with their rows."""

from __future__ import annotations

from typing import Any

from extractors.model import TableBlock, TextLine
from extractors.spacing import join_wrapped, normalize_spacing

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
MIN_RULES = 4  # fewer ruling lines and rectangles than this: no table worth looking for


def _cell(text: str | None) -> str | None:
    if text is None:
        return None
    joined = ""
    for piece in text.split("\n"):
        joined = join_wrapped(joined, normalize_spacing(piece)) if joined else normalize_spacing(piece)
    return joined


def find_tables(page: Any, kept_chars: list[dict[str, Any]]) -> list[TableBlock]:
    """Tables of a pdfplumber page, read from the de-duplicated characters only."""
    if len(page.lines) + len(page.rects) < MIN_RULES:
        return []
    keep = {id(char) for char in kept_chars}
    deduped = page.filter(lambda obj: obj.get("object_type") != "char" or id(obj) in keep)
    blocks = []
    for table in deduped.find_tables(TABLE_SETTINGS):
        rows = tuple(tuple(_cell(cell) for cell in row) for row in table.extract())
        rows = tuple(row for row in rows if any(cell for cell in row))
        if len(rows) >= 2 and max(len(row) for row in rows) >= 2:
            _, top, _, bottom = table.bbox
            blocks.append(TableBlock(page=page.page_number, top=float(top), bottom=float(bottom), rows=rows))
    return blocks


def outside_tables(lines: list[TextLine], tables: list[TableBlock]) -> list[TextLine]:
    """Lines that are not inside a table (their text is in the table's cells)."""
    return [
        line
        for line in lines
        if not any(table.top - 1 <= (line.top + line.bottom) / 2 <= table.bottom + 1 for table in tables)
    ]
