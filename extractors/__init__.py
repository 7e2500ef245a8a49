"""PDF bytes → pages of positioned text lines and the paragraphs joined from them.

Knows PDFs; knows nothing of grades, projects or departments.
"""

from extractors.document import extract_document
from extractors.errors import (
    CorruptPdfError,
    EmptyFileError,
    EncryptedPdfError,
    ExtractionError,
    GarbledTextError,
    NoPagesError,
    NotAPdfError,
    NoTextLayerError,
    TooManyPagesError,
    TruncatedPdfError,
)
from extractors.model import ExtractedDocument, PageText, Paragraph, TableBlock, TextLine
from extractors.spacing import normalize_spacing

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
    "PageText",
    "Paragraph",
    "TableBlock",
    "TextLine",
    "TooManyPagesError",
    "TruncatedPdfError",
    "extract_document",
    "normalize_spacing",
]
