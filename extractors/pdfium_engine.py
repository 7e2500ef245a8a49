"""Characters and ruled-table geometry of a page read with PDFium (pypdfium2): the fast reading of every page
whose ruling lines PDFium's path objects give as pdfplumber would (see rulings.py), and the fallback for pages
pdfplumber cannot read.

pdfminer returns no characters at all for some embedded fonts (an OpenType/CFF CJK font written by fpdf2, for
one); PDFium reads them exactly. PDFium is not thread-safe, so every call holds one process-wide lock.
"""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from jixiao.extractors.errors import CorruptPdfError, EncryptedPdfError
from jixiao.extractors.rulings import page_objects, page_rulings, unsafe_reason
from jixiao.extractors.stamps import STAMP_SIZE, light, slanted
from jixiao.extractors.tables import MIN_RULES, TableGeometry, geometry_from_rulings

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
    has_images = False  # whether the page `page_with_tables` read last places an image (top-level objects)

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

    def image_boxes(self, index: int) -> list[tuple[float, float, float, float]]:
        """(x0, top, x1, bottom) of each image placed on the page, in points from the top-left corner."""
        with _reading(index):
            page = self._pdf[index]
            try:
                height = page.get_height()
                boxes = []
                for obj in page.get_objects(filter=[pdfium_raw.FPDF_PAGEOBJ_IMAGE]):
                    left, bottom, right, top = obj.get_bounds()
                    boxes.append((float(left), float(height - top), float(right), float(height - bottom)))
                return boxes
            finally:
                page.close()

    def page_with_tables(self, index: int) -> tuple[list[dict[str, Any]], float, float, list[TableGeometry]] | None:
        """(characters, width, height, ruled-table geometry) of a page, the page loaded once for all four; None
        for a page whose ruling lines PDFium cannot give as pdfplumber would (`unsafe_reason`) and which has
        enough vector paths to hold a table: pdfplumber reads that one."""
        with _reading(index):
            page = self._pdf[index]
            try:
                objects = page_objects(page)
                if unsafe_reason(page, objects) is None:
                    tables = geometry_from_rulings(page_rulings(page, objects))
                elif _path_count(page, objects) < MIN_RULES:
                    tables = []
                else:
                    return None
                width, height = page.get_size()
                self.has_images = any(kind == pdfium_raw.FPDF_PAGEOBJ_IMAGE for _, kind in objects)
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
                return _path_count(page, page_objects(page))
            finally:
                page.close()

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


def _path_count(page: Any, objects: list[tuple[Any, int]]) -> int:
    """Path objects on the page, those inside form XObjects included (pypdfium2's `get_objects` descends into
    them; the top-level walk already made answers for a page without any)."""
    if any(kind == pdfium_raw.FPDF_PAGEOBJ_FORM for _, kind in objects):
        return sum(1 for obj in page.get_objects() if obj.type == pdfium_raw.FPDF_PAGEOBJ_PATH)
    return sum(kind == pdfium_raw.FPDF_PAGEOBJ_PATH for _, kind in objects)


def _chars(page: Any) -> list[dict[str, Any]]:
    """A loaded page's characters as pdfplumber-style dicts (top-left origin), generated ones left out.

    PDFium's raw calls with one reused rect, and a character's text and rounded size looked up once per distinct
    code and size: this loop runs for every glyph of every page (pypdfium2's `get_charbox` builds a rect per call).
    """
    height = page.get_height()
    textpage = page.get_textpage()
    raw = textpage.raw
    rect = pdfium_raw.FS_RECTF()
    rect_ref = ctypes.byref(rect)
    is_generated, get_unicode = pdfium_raw.FPDFText_IsGenerated, pdfium_raw.FPDFText_GetUnicode
    loose_box, font_size = pdfium_raw.FPDFText_GetLooseCharBox, pdfium_raw.FPDFText_GetFontSize
    char_angle, fill_color = pdfium_raw.FPDFText_GetCharAngle, pdfium_raw.FPDFText_GetFillColor
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    colour_refs = (ctypes.byref(red), ctypes.byref(green), ctypes.byref(blue), ctypes.byref(alpha))
    texts: dict[int, str] = {}  # code → its text, "" for one left out
    sizes: dict[float, float] = {}
    chars = []
    try:
        for i in range(pdfium_raw.FPDFText_CountChars(raw)):
            code = get_unicode(raw, i)
            # PDFium generates only spaces and line breaks (CPDF_TextPage::GenerateCharInfo and its spacing):
            # line breaks are left out below anyway, so only a space needs asking.
            if code == 0x20 and is_generated(raw, i):
                continue
            text = texts.get(code)
            if text is None:
                text = chr(code)
                text = texts[code] = "" if text in "\r\n\x00" or not text.isprintable() else text
            if not text:
                continue
            if not loose_box(raw, i, rect_ref):
                raise pdfium.PdfiumError("Failed to get charbox.")  # as pypdfium2's get_charbox
            raw_size = font_size(raw, i)
            size = sizes.get(raw_size)
            if size is None:
                size = sizes[raw_size] = round(raw_size, 1)
            angle = char_angle(raw, i)
            if angle and slanted(angle):
                continue  # a stamp or watermark drawn across the page
            if (
                size >= STAMP_SIZE
                and fill_color(raw, i, *colour_refs)
                and light((red.value / 255, green.value / 255, blue.value / 255))
            ):
                continue  # a watermark in a light colour, far larger than the text
            chars.append(
                {
                    "text": text,
                    "x0": rect.left,
                    "x1": rect.right,
                    "top": height - rect.top,
                    "bottom": height - rect.bottom,
                    "size": size,
                    "fontname": "",
                    "upright": True,
                }
            )
        return chars
    finally:
        textpage.close()
