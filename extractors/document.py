"""PDF bytes → checked pages of text lines and tables → paragraphs and tables in reading order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from jixiao.extractors import ocr_engine, pdfium_engine, pdfplumber_engine
from jixiao.extractors.columns import column_flows
from jixiao.extractors.errors import ExtractionError, PageTooLargeError, TooManyPagesError
from jixiao.extractors.furniture import running_signatures, split_furniture
from jixiao.extractors.image_tables import tables_from_picture
from jixiao.extractors.lines import dedupe_chars, group_lines
from jixiao.extractors.model import ExtractedDocument, PageText, TableBlock, TextLine
from jixiao.extractors.paragraphs import join_blocks
from jixiao.extractors.pdf_file import check_pdf_bytes
from jixiao.extractors.pdfplumber_engine import RawPage
from jixiao.extractors.quality import check_text_quality, page_is_readable
from jixiao.extractors.tables import outside_tables, read_tables

# Limits that keep one document's memory bounded whatever its bytes say.
MAX_INFLATED_STREAM = 256 << 20  # bytes one Flate stream may inflate to (a page's content is rarely > 5 MB)
MAX_OCR_PIXELS = 40_000_000  # an A4 page at 144 dpi is 2.0 million pixels, an A0 poster 32 million
# An image decoded to render a page for OCR, whatever its codec (a 600-dpi A3 scan is 70 million pixels; a
# 30,000 × 30,000 JPEG took 1.5 GB)
MAX_IMAGE_PIXELS = 100_000_000


TABLE_SPAN_STEP = 12.0  # points: one row of a table's stand-in per line height


def _table_spans(tables: Sequence[TableBlock]) -> list[dict[str, Any]]:
    """Each ruled table as rows of one glyph as wide as the table."""
    spans = []
    for table in tables:
        if table.x1 == float("inf"):
            continue
        top = table.top
        while top < table.bottom:
            spans.append({"text": "▇", "x0": table.x0, "x1": table.x1, "top": top, "bottom": top + 10.0})
            top += TABLE_SPAN_STEP
    return spans


def _lines(
    number: int, chars: list[dict[str, Any]], width: float = 0.0, tables: Sequence[TableBlock] = ()
) -> list[TextLine]:
    """A page's text lines; on a page set in two columns, column by column (extractors/columns.py). The cells of
    its ruled tables are left out of that (their columns are not the page's)."""
    prose = [
        char
        for char in chars
        if not any(table.holds((char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2) for table in tables)
    ]
    # A table in one column keeps to the gutter as the text beside it does: it stands in the search for the gutter as
    # a block of its width (its own cells' gaps are not the page's).
    flows = column_flows(prose, width, [*prose, *_table_spans(tables)]) if width else None
    if flows is None:
        return [
            TextLine(number, text, float(x0), float(x1), float(top), float(bottom), size)
            for text, x0, x1, top, bottom, size in group_lines(prose)
        ]
    return [
        TextLine(number, text, float(x0), float(x1), float(top), float(bottom), size, flow.column, flow.band_top)
        for flow in flows
        for text, x0, x1, top, bottom, size in group_lines(flow.chars)
    ]


def read_page(
    reader: pdfplumber_engine.PdfplumberReader, pdfium: pdfium_engine.PdfiumReader, index: int, fast: bool
) -> RawPage:
    """One page's characters and table geometry, from the engine that reads it best and fastest.

    Fast: PDFium's characters, and the ruled tables pdfplumber's table finder makes of PDFium's path objects,
    when the characters are readable and the page's paths convert safely (PDFium reads a page 15-40x faster than
    pdfminer, whose full parse of a page with a ruled table was 55% of a worker's time); pdfplumber otherwise,
    and PDFium's characters again when pdfplumber cannot read a page's text (fonts without a usable mapping for
    pdfminer). Not fast: pdfplumber for every page (the reading the fast one is tested against).
    """
    read = pdfium.page_with_tables(index) if fast else None
    if read is not None:
        raw_chars, width, height, tables = read
        chars = dedupe_chars(raw_chars)
        if page_is_readable(chars):
            return RawPage(index + 1, width, height, chars, tables, pdfium.has_images, pdfium_engine.ENGINE)
    page = reader.page(index)
    if not page_is_readable(page.chars):
        pdfium_chars = dedupe_chars(pdfium.page_chars(index))
        if page_is_readable(pdfium_chars):
            return replace(page, chars=pdfium_chars, engine=pdfium_engine.ENGINE)
    return page


MIN_PICTURE_SHARE = 0.08  # of the page's area: a picture this large may hold a table or a page of text
MAX_CHARS_ON_PICTURE = 5  # text drawn over it: a background, not a picture of text


def _pictures_read(
    pdfium: pdfium_engine.PdfiumReader, index: int, page: RawPage, chars: Sequence[dict[str, Any]]
) -> tuple[list[TableBlock], list[TextLine], float | None] | None:
    """The tables and lines of the pictures of text on a text page (a table pasted in as an image, a scanned
    page attached to a typed one), by OCR of each picture's part of the rendered page; None when it has none."""
    area = page.width * page.height
    pictures = [
        box
        for box in pdfium.image_boxes(index)
        if (box[2] - box[0]) * (box[3] - box[1]) >= MIN_PICTURE_SHARE * area
        and sum(1 for char in chars if box[0] <= char["x0"] <= box[2] and box[1] <= char["top"] <= box[3])
        <= MAX_CHARS_ON_PICTURE
    ]
    if not pictures:
        return None
    scale = ocr_engine.RENDER_SCALE
    if area * scale**2 > MAX_OCR_PIXELS:
        return None  # too large to render within the limit: its own text is what it has
    image = pdfium.render(index, scale)
    tables: list[TableBlock] = []
    lines: list[TextLine] = []
    confidences: list[float] = []
    for x0, top, x1, bottom in pictures:
        left, upper = max(0, int(x0 * scale)), max(0, int(top * scale))
        crop = image[upper : int(bottom * scale), left : int(x1 * scale)]
        if crop.size == 0:
            continue
        found, confidence = ocr_engine.ocr_lines(crop, page.number, scale, origin=(left / scale, upper / scale))
        picture_tables, outside = tables_from_picture(crop, found, page.number, scale, (left / scale, upper / scale))
        tables += picture_tables
        lines += outside
        if confidence is not None:
            confidences.append(confidence)
    return tables, lines, (sum(confidences) / len(confidences) if confidences else None)


def extract_document(
    data: bytes, password: str | None = None, max_pages: int | None = None, fast: bool = True
) -> ExtractedDocument:
    """Extract a report's text page by page (see read_page for which engine reads which page).

    Raises an `ExtractionError` subclass with a specific `code` for input that is not a readable text PDF.
    """
    check_pdf_bytes(data)
    ocr_available = ocr_engine.available()
    # (the page count is checked before any page is loaded)
    reader = pdfplumber_engine.PdfplumberReader(data, password=password, max_pages=max_pages)
    if max_pages is not None and reader.page_count > max_pages:
        reader.close()
        raise TooManyPagesError(f"the PDF has {reader.page_count} pages, more than the limit of {max_pages}")
    try:
        reader.check_streams(MAX_INFLATED_STREAM)
    except ExtractionError:
        reader.close()
        raise
    pdfium = pdfium_engine.PdfiumReader(data, password=password)
    raw_pages = []
    try:
        metadata = reader.metadata
        for index in range(reader.page_count):
            page = read_page(reader, pdfium, index, fast)
            chars, engine, confidence = page.chars, page.engine, None
            tables = read_tables(page.number, page.tables, chars)
            lines = outside_tables(_lines(page.number, chars, page.width, tables), tables)
            if page.has_images and ocr_available and not page_is_readable(chars):  # cheap tests first
                # A scanned page: read the picture, if it fits in the pixel limit (a 14,400-pt page would not).
                pixels = page.width * page.height * ocr_engine.RENDER_SCALE**2
                if pixels > MAX_OCR_PIXELS:
                    raise PageTooLargeError(
                        f"page {page.number} is {page.width:.0f} × {page.height:.0f} pt: rendered for OCR it would be "
                        f"{pixels / 1e6:.0f} million pixels, more than the limit of {MAX_OCR_PIXELS / 1e6:.0f} million"
                    )
                if page.image_pixels > MAX_IMAGE_PIXELS:
                    raise PageTooLargeError(
                        f"page {page.number} holds an image of {page.image_pixels / 1e6:.0f} million pixels: "
                        f"decoded for OCR it is more than the limit of {MAX_IMAGE_PIXELS / 1e6:.0f} million"
                    )
                image = pdfium.render(index, ocr_engine.RENDER_SCALE)
                lines, confidence = ocr_engine.ocr_lines(image, page.number)
                tables, lines = tables_from_picture(image, lines, page.number, ocr_engine.RENDER_SCALE)
                engine, chars = ocr_engine.ENGINE, []
            elif page.has_images and ocr_available:
                pictured = _pictures_read(pdfium, index, page, chars)
                if pictured is not None:
                    picture_tables, picture_lines, confidence = pictured
                    tables = sorted([*tables, *picture_tables], key=lambda table: table.top)
                    lines = sorted([*lines, *picture_lines], key=lambda line: line.top)
                    engine = f"{engine}+{ocr_engine.ENGINE}"
            raw_pages.append((page, engine, len(chars), lines, tables, confidence))
    finally:
        reader.close()
        pdfium.close()

    running = running_signatures([(page.height, lines) for page, _, _, lines, _, _ in raw_pages])
    pages = []
    for page, engine, char_count, lines, tables, confidence in raw_pages:
        body, furniture = split_furniture(lines, page.height, running)
        pages.append(
            PageText(
                number=page.number,
                width=page.width,
                height=page.height,
                engine=engine,
                lines=body,
                furniture=furniture,
                char_count=char_count,
                tables=tuple(tables),
                confidence=confidence,
            )
        )
    check_text_quality(pages)
    return ExtractedDocument(pages=tuple(pages), blocks=join_blocks(pages), metadata=metadata)
