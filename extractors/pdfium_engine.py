"""Characters of a page read with PDFium (pypdfium2): the fallback for pages pdfplumber cannot read.

pdfminer returns no characters at all for some embedded fonts (an OpenType/CFF CJK font written by fpdf2, for
one); PDFium reads them exactly. PDFium is not thread-safe, so every call holds one process-wide lock.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw

from extractors.errors import CorruptPdfError, EncryptedPdfError

ENGINE = "pypdfium2"
_LOCK = threading.Lock()


@contextmanager
def _reading(index: int) -> Iterator[None]:
    """Hold PDFium's lock; anything PDFium cannot read on the page is a corrupt PDF, said in our terms."""
    with _LOCK:
        try:
            yield
        except pdfium.PdfiumError as error:
            raise CorruptPdfError(f"PDFium cannot read page {index + 1} ({error})") from error


class PdfiumReader:
    def __init__(self, data: bytes, password: str | None = None) -> None:
        with _LOCK:
            try:
                self._pdf = pdfium.PdfDocument(data, password=password)
            except pdfium.PdfiumError as error:
                if "password" in str(error).lower():
                    raise EncryptedPdfError("the PDF is encrypted and the password does not open it") from error
                raise CorruptPdfError(f"PDFium cannot read the PDF ({error})") from error

    def page_chars(self, index: int) -> list[dict[str, Any]]:
        """The page's characters as pdfplumber-style dicts (top-left origin), generated ones left out."""
        with _reading(index):
            page = self._pdf[index]
            try:
                return _chars(page)
            finally:
                page.close()

    def page_without_table(self, index: int, max_paths: int) -> tuple[list[dict[str, Any]], float, float] | None:
        """(characters, width, height) of a page with fewer than `max_paths` vector paths (so no ruled table to
        find); None for a page with more. The page is loaded once for all three."""
        with _reading(index):
            page = self._pdf[index]
            try:
                if self._path_count(page) >= max_paths:
                    return None
                width, height = page.get_size()
                return _chars(page), float(width), float(height)
            finally:
                page.close()

    @property
    def page_count(self) -> int:
        with _LOCK:
            return len(self._pdf)

    def path_count(self, index: int) -> int:
        """Vector path objects on the page: ruling lines and cell borders of tables among them."""
        with _reading(index):
            page = self._pdf[index]
            try:
                return self._path_count(page)
            finally:
                page.close()

    @staticmethod
    def _path_count(page: Any) -> int:
        return sum(1 for obj in page.get_objects() if obj.type == pdfium_raw.FPDF_PAGEOBJ_PATH)

    def render(self, index: int, scale: float) -> Any:
        """The page as an RGB array (for OCR)."""
        with _reading(index):
            page = self._pdf[index]
            try:
                return page.render(scale=scale).to_numpy()
            finally:
                page.close()

    def close(self) -> None:
        with _LOCK:
            self._pdf.close()


def _chars(page: Any) -> list[dict[str, Any]]:
    """A loaded page's characters as pdfplumber-style dicts (top-left origin), generated ones left out."""
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        chars = []
        for i in range(textpage.count_chars()):
            if pdfium_raw.FPDFText_IsGenerated(textpage.raw, i):
                continue
            text = chr(pdfium_raw.FPDFText_GetUnicode(textpage.raw, i))
            if text in "\r\n\x00" or not text.isprintable():
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            chars.append(
                {
                    "text": text,
                    "x0": left,
                    "x1": right,
                    "top": height - top,
                    "bottom": height - bottom,
                    "size": round(pdfium_raw.FPDFText_GetFontSize(textpage.raw, i), 1),
                    "fontname": "",
                    "upright": True,
                }
            )
        return chars
    finally:
        textpage.close()
