"""PDF bytes → checked pages of text lines and tables → paragraphs and tables in reading order."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from extractors import ocr_engine, pdfium_engine, pdfplumber_engine
from extractors.errors import ExtractionError, PageTooLargeError, TooManyPagesError
from extractors.furniture import running_signatures, split_furniture
from extractors.lines import dedupe_chars, group_lines
from extractors.model import ExtractedDocument, PageText, TextLine
from extractors.paragraphs import join_blocks
from extractors.pdf_file import check_pdf_bytes
from extractors.pdfplumber_engine import RawPage
from extractors.quality import check_text_quality, page_is_readable
from extractors.tables import outside_tables, read_tables

# Limits that keep one document's memory bounded whatever its bytes say.
MAX_INFLATED_STREAM = 256 << 20  # bytes one Flate stream may inflate to (a page's content is rarely > 5 MB)
MAX_OCR_PIXELS = 40_000_000  # an A4 page at 144 dpi is 2.0 million pixels, an A0 poster 32 million
# An image decoded to render a page for OCR, whatever its codec (a 600-dpi A3 scan is 70 million pixels; a
# 30,000 × 30,000 JPEG took 1.5 GB)
MAX_IMAGE_PIXELS = 100_000_000


def _lines(number: int, chars: list[dict[str, Any]]) -> list[TextLine]:
    return [
        TextLine(number, text, float(x0), float(x1), float(top), float(bottom), size)
        for text, x0, x1, top, bottom, size in group_lines(chars)
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
            return RawPage(index + 1, width, height, chars, tables, False, pdfium_engine.ENGINE)
    page = reader.page(index)
    if not page_is_readable(page.chars):
        pdfium_chars = dedupe_chars(pdfium.page_chars(index))
        if page_is_readable(pdfium_chars):
            return replace(page, chars=pdfium_chars, engine=pdfium_engine.ENGINE)
    return page


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
            lines = outside_tables(_lines(page.number, chars), tables)
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
                engine, tables, chars = ocr_engine.ENGINE, [], []
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
