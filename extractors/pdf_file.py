"""Cheap checks on the raw bytes before any PDF library sees them."""

from __future__ import annotations

from jixiao.extractors.errors import EmptyFileError, NotAPdfError, TruncatedPdfError

HEADER_WINDOW = 1024  # the PDF header may follow some junk; readers accept it within the first KiB
TRAILER_WINDOW = 2048


def describe_content(data: bytes) -> str:
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "an HTML page"
    if head.startswith(b"\x89png"):
        return "a PNG image"
    if head.startswith(b"\xff\xd8\xff"):
        return "a JPEG image"
    if head.startswith(b"pk\x03\x04"):
        return "a ZIP archive (perhaps a .docx or .xlsx)"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "an old Office document"
    return "not a PDF"


def check_pdf_bytes(data: bytes) -> None:
    """Raise a specific error for an empty file, a non-PDF, or a PDF cut off before its end."""
    if not data:
        raise EmptyFileError("the file is empty (0 bytes)")
    if b"%PDF-" not in data[:HEADER_WINDOW]:
        raise NotAPdfError(f"no %PDF- header in the first {HEADER_WINDOW} bytes: the file is {describe_content(data)}")
    if b"%%EOF" not in data[-TRAILER_WINDOW:]:
        raise TruncatedPdfError(
            f"no %%EOF marker at the end of the file ({len(data)} bytes): the download or copy was cut off"
        )
