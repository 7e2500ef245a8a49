"""PDF bytes → checked pages of text lines and tables → paragraphs and tables in reading order."""

from __future__ import annotations

from typing import Any

from extractors import ocr_engine, pdfium_engine, pdfplumber_engine
from extractors.errors import TooManyPagesError
from extractors.furniture import running_signatures, split_furniture
from extractors.lines import dedupe_chars, group_lines
from extractors.model import ExtractedDocument, PageText, TextLine
from extractors.paragraphs import join_blocks
from extractors.pdf_file import check_pdf_bytes
from extractors.quality import check_text_quality, page_is_readable
from extractors.tables import outside_tables, read_tables


def _lines(number: int, chars: list[dict[str, Any]]) -> list[TextLine]:
    return [
        TextLine(page=number, text=text, x0=float(x0), x1=float(x1), top=float(top), bottom=float(bottom))
        for text, x0, x1, top, bottom in group_lines(chars)
    ]


def extract_document(data: bytes, password: str | None = None, max_pages: int | None = None) -> ExtractedDocument:
    """Extract a report's text, page by page with pdfplumber, and with PDFium for pages pdfplumber cannot read.

    Raises an `ExtractionError` subclass with a specific `code` for input that is not a readable text PDF.
    """
    check_pdf_bytes(data)
    ocr_available = ocr_engine.available()
    reader = pdfplumber_engine.PdfplumberReader(data, password=password)
    if max_pages is not None and reader.page_count > max_pages:
        reader.close()
        raise TooManyPagesError(f"the PDF has {reader.page_count} pages, more than the limit of {max_pages}")
    fallback: pdfium_engine.PdfiumReader | None = None
    raw_pages = []
    try:
        metadata = reader.metadata
        for page in reader.pages():
            chars, engine, confidence = page.chars, pdfplumber_engine.ENGINE, None
            if not page_is_readable(chars):
                fallback = fallback or pdfium_engine.PdfiumReader(data, password=password)
                pdfium_chars = dedupe_chars(fallback.page_chars(page.number - 1))
                if page_is_readable(pdfium_chars):
                    chars, engine = pdfium_chars, pdfium_engine.ENGINE
            tables = read_tables(page.number, page.tables, chars)
            lines = outside_tables(_lines(page.number, chars), tables)
            if engine == pdfplumber_engine.ENGINE and not page_is_readable(chars) and page.has_images and ocr_available:
                # A scanned page: read the picture.
                assert fallback is not None
                image = fallback.render(page.number - 1, ocr_engine.RENDER_SCALE)
                lines, confidence = ocr_engine.ocr_lines(image, page.number)
                engine, tables, chars = ocr_engine.ENGINE, [], []
            raw_pages.append((page, engine, len(chars), lines, tables, confidence))
    finally:
        reader.close()
        if fallback is not None:
            fallback.close()

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
