"""PDF bytes → pages of positioned text lines and the paragraphs joined from them.

Knows PDFs; knows nothing of grades, projects or departments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from jixiao.extractors.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    ExtractionError,
    GarbledTextError,
    NoPagesError,
    NotAPdfError,
    NotChineseError,
    NoTextLayerError,
    TooManyPagesError,
    TruncatedPdfError,
)
from jixiao.extractors.model import ExtractedDocument, PageText, Paragraph, TableBlock, TextLine
from jixiao.extractors.spacing import normalize_spacing

if TYPE_CHECKING:
    from jixiao.extractors.document import extract_document


def __getattr__(name: str) -> Any:
    # The PDF engines (pdfplumber, pdfminer, PDFium: ≈ 15 MB) load with the first `extract_document`: the ingest
    # flow's own process only handles this package's errors and records, its workers read the PDFs.
    if name == "extract_document":
        from jixiao.extractors.document import extract_document

        return extract_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "CorruptPdfError",
    "EmptyFileError",
    "EncryptedPdfError",
    "ExtractedDocument",
    "ExtractionError",
    "GarbledTextError",
    "NoPagesError",
    "NoTextLayerError",
    "NotAPdfError",
    "NotChineseError",
    "PageText",
    "Paragraph",
    "TableBlock",
    "TextLine",
    "TooManyPagesError",
    "TruncatedPdfError",
    "extract_document",
    "normalize_spacing",
]
