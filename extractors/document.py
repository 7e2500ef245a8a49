"""PDF bytes → checked pages of text lines → paragraphs."""

from __future__ import annotations

from extractors.furniture import running_signatures, split_furniture
from extractors.model import ExtractedDocument, PageText, TextLine
from extractors.paragraphs import join_paragraphs
from extractors.pdf_file import check_pdf_bytes
from extractors.pdfplumber_engine import ENGINE, PdfplumberReader
from extractors.quality import check_text_quality


def extract_document(data: bytes, password: str | None = None) -> ExtractedDocument:
    """Extract a report's text.

    Raises an `ExtractionError` subclass with a specific `code` for input that is not a readable text PDF.
    """
    check_pdf_bytes(data)
    reader = PdfplumberReader(data, password=password)
    try:
        metadata = reader.metadata
        raw_pages: list[tuple[int, float, float, int, list[TextLine]]] = list(reader.pages())
    finally:
        reader.close()

    running = running_signatures([(height, lines) for _, _, height, _, lines in raw_pages])
    pages = []
    for number, width, height, char_count, lines in raw_pages:
        body, furniture = split_furniture(lines, height, running)
        pages.append(
            PageText(
                number=number,
                width=width,
                height=height,
                engine=ENGINE,
                lines=body,
                furniture=furniture,
                char_count=char_count,
            )
        )
    check_text_quality(pages)
    return ExtractedDocument(pages=tuple(pages), paragraphs=join_paragraphs(pages), metadata=metadata)
