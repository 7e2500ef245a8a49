"""Extraction errors: each carries a stable, specific code that ends up in `ingest_errors.error_code`."""

from __future__ import annotations


class ExtractionError(Exception):
    """The bytes could not be turned into usable text; `code` says why in one stable word."""

    code: str = "extraction_failed"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self)


class EmptyFileError(ExtractionError):
    code = "empty_file"


class NotAPdfError(ExtractionError):
    code = "not_a_pdf"


class TruncatedPdfError(ExtractionError):
    code = "truncated_pdf"


class CorruptPdfError(ExtractionError):
    code = "corrupt_pdf"


class EncryptedPdfError(ExtractionError):
    code = "encrypted_pdf"


class NoPagesError(ExtractionError):
    code = "no_pages"


class NoTextLayerError(ExtractionError):
    """No page has any text: a scanned report or an image-only PDF."""

    code = "no_text_layer"


class GarbledTextError(ExtractionError):
    """There is text, but it is not readable: unmapped glyphs `(cid:NNN)` or too few CJK characters."""

    code = "garbled_text"


class NotChineseError(ExtractionError):
    """The text is readable but not Chinese (an English document): no report of ours, and not garbled either."""

    code = "not_chinese"


class TooManyPagesError(ExtractionError):
    """More pages than the configured limit: not read at all."""

    code = "too_many_pages"


class DecompressionLimitError(ExtractionError):
    """A stream that inflates past the limit (a decompression bomb): refused before any engine inflates it."""

    code = "decompression_limit"


class PageTooLargeError(ExtractionError):
    """A page too large to render for OCR within the pixel limit."""

    code = "page_too_large"


class MemoryLimitError(ExtractionError):
    """The document needed more memory than a worker may use."""

    code = "memory_limit"


class UnsupportedFormatError(ExtractionError):
    """Bytes of no format the extractors read (an archive, an executable, a presentation, plain binary)."""

    code = "unsupported_format"


class CorruptDocumentError(ExtractionError):
    """A Word, Excel or picture file whose container or contents cannot be read."""

    code = "corrupt_document"


class EmptyDocumentError(ExtractionError):
    """A web page, Word document or spreadsheet that holds no text at all."""

    code = "empty_document"


class NoArticleError(ExtractionError):
    """A web page with no article in it: an error page (404), a listing of links, a page of menus."""

    code = "no_article"


class OfficeUnavailableError(ExtractionError):
    """A .doc, .wps or .et that needs LibreOffice, which is not installed (`make office` installs it)."""

    code = "office_unavailable"


def office_extra_missing(what: str, error: ImportError) -> OfficeUnavailableError:
    """Word and spreadsheet files are read by the `office` extra's libraries (python-docx, python-calamine)."""
    return OfficeUnavailableError(f"{what} needs the office extra: pip install 'jixiao[office]' ({error.name} missing)")


class OfficeConversionError(ExtractionError):
    """LibreOffice could not convert the document (it failed, gave nothing, or ran past its time limit)."""

    code = "office_conversion_failed"


class OcrUnavailableError(ExtractionError):
    """A picture to read by OCR, without the OCR extra installed."""

    code = "ocr_unavailable"
