"""Documents without positioned glyphs (web pages, Word, spreadsheets) → the same pages of lines and blocks a PDF
gives: each paragraph a block, each table a TableBlock, in reading order, with a location that fits the format
instead of page coordinates. `top` is the block's index in its page, so that blocks sort in reading order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jixiao.extractors.errors import EmptyDocumentError, NoTextLayerError
from jixiao.extractors.model import ExtractedDocument, PageText, Paragraph, TableBlock, TextLine
from jixiao.extractors.quality import check_text_quality
from jixiao.extractors.spacing import normalize_spacing

Rows = tuple[tuple[str | None, ...], ...]


@dataclass(frozen=True, slots=True)
class Flowed:
    """One paragraph (`text`) or table (`rows`) of a flowed document, on its page (1 where a format has none)."""

    location: str
    text: str = ""
    rows: Rows | None = None
    page: int = 1


def clean_rows(rows: Sequence[Sequence[str | None]]) -> Rows:
    """Cell texts with their spacing normalised; rows with no text dropped (as the PDF table reader does)."""
    cleaned = (tuple(None if cell is None else normalize_spacing(cell) for cell in row) for row in rows)
    return tuple(row for row in cleaned if any(row))


def build_document(items: Sequence[Flowed], engine: str, metadata: dict[str, str], what: str) -> ExtractedDocument:
    """Pages and blocks of a flowed document; EmptyDocumentError when nothing in it has text, GarbledTextError
    when its text is not readable (a page decoded with the wrong charset)."""
    blocks: list[Paragraph | TableBlock] = []
    lines: dict[int, list[TextLine]] = {}
    tables: dict[int, list[TableBlock]] = {}
    for index, item in enumerate(items):
        if item.rows is not None:
            rows = clean_rows(item.rows)
            if not rows:
                continue
            if len(rows) < 2 or max(len(row) for row in rows) < 2:
                # One row or one column is a line of text, not a table (a layout cell, a title row).
                for row in rows:
                    text = " ".join(cell for cell in row if cell)
                    blocks.append(_paragraph(text, item.page, index, item.location))
                    lines.setdefault(item.page, []).append(_line(text, item.page, index))
                continue
            table = TableBlock(page=item.page, top=index, bottom=index, rows=rows, location=item.location)
            blocks.append(table)
            tables.setdefault(item.page, []).append(table)
            continue
        text = normalize_spacing(item.text)
        if not text:
            continue
        blocks.append(_paragraph(text, item.page, index, item.location))
        lines.setdefault(item.page, []).append(_line(text, item.page, index))
    numbers = sorted(set(lines) | set(tables)) or [1]
    pages = tuple(
        PageText(
            number=number,
            width=0.0,
            height=0.0,
            engine=engine,
            lines=tuple(lines.get(number, ())),
            char_count=sum(len(line.text) for line in lines.get(number, ())),
            tables=tuple(tables.get(number, ())),
        )
        for number in range(1, max(numbers) + 1)
    )
    try:
        check_text_quality(pages)
    except NoTextLayerError as error:
        raise EmptyDocumentError(f"{what} holds no text") from error
    return ExtractedDocument(pages=pages, blocks=tuple(blocks), metadata=metadata)


def _paragraph(text: str, page: int, index: int, location: str) -> Paragraph:
    return Paragraph(text=text, raw_text=text, page_spans=((0, page),), top=float(index), location=location)


def _line(text: str, page: int, index: int) -> TextLine:
    return TextLine(page, text, 0.0, 0.0, float(index), float(index) + 1.0)
