"""Characters and ruled-table geometry of a page read with PDFium (pypdfium2): the fast reading of every page
whose ruling lines PDFium's path objects give as pdfplumber would (see rulings.py), and the fallback for pages
pdfplumber cannot read.

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
from extractors.rulings import page_rulings, unsafe_reason
from extractors.tables import MIN_RULES, TableGeometry, geometry_from_rulings

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

    def page_with_tables(self, index: int) -> tuple[list[dict[str, Any]], float, float, list[TableGeometry]] | None:
        """(characters, width, height, ruled-table geometry) of a page, the page loaded once for all four; None
        for a page whose ruling lines PDFium cannot give as pdfplumber would (`unsafe_reason`) and which has
        enough vector paths to hold a table: pdfplumber reads that one."""
        with _reading(index):
            page = self._pdf[index]
            try:
                if unsafe_reason(page) is None:
                    tables = geometry_from_rulings(page_rulings(page))
                elif self._path_count(page) < MIN_RULES:
                    tables = []
                else:
                    return None
                width, height = page.get_size()
                return _chars(page), float(width), float(height), tables
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
