"""Read positioned text lines page by page with pdfplumber."""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from extractors.errors import CorruptPdfError, EncryptedPdfError, NoPagesError
from extractors.lines import dedupe_chars
from extractors.tables import TableGeometry, find_table_geometry

ENGINE = "pdfplumber"


@dataclass(frozen=True, slots=True)
class RawPage:
    number: int
    width: float
    height: float
    chars: list[dict[str, Any]]
    tables: list[TableGeometry]
    has_images: bool
    engine: str = ENGINE  # which engine's characters these are


# pdfminer logs every recoverable oddity of a published PDF as a warning; our errors say what matters.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _translate(error: BaseException, password: str | None) -> Exception:
    cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError) or "password" in str(cause).lower():
        hint = "the password given is wrong" if password else "pass --password to open it"
        return EncryptedPdfError(f"the PDF is encrypted and cannot be opened: {hint}")
    name = type(cause).__name__
    return CorruptPdfError(f"the PDF structure cannot be read ({name}: {cause})")


class PdfplumberReader:
    """Open PDF bytes once; yield each page's lines and close the page right after (memory stays flat)."""

    def __init__(self, data: bytes, password: str | None = None) -> None:
        self._password = password
        try:
            self._pdf = pdfplumber.open(io.BytesIO(data), password=password)
            self._pages = self._pdf.pages
        except Exception as error:  # pdfminer raises many unrelated types on malformed input
            raise _translate(error, password) from error
        if not self._pages:
            self.close()
            raise NoPagesError("the PDF has no pages")

    @property
    def metadata(self) -> dict[str, str]:
        return {
            str(key): str(value) for key, value in self._pdf.metadata.items() if isinstance(value, str | int | float)
        }

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def page(self, index: int) -> RawPage:
        """One page's de-duplicated characters and ruled-table geometry; the page is closed right after."""
        page = self._pages[index]
        try:
            chars = dedupe_chars(page.chars)
            tables = find_table_geometry(page)
            has_images = bool(page.images)
        except Exception as error:
            raise _translate(error, self._password) from error
        finally:
            page.close()
        return RawPage(page.page_number, float(page.width), float(page.height), chars, tables, has_images)

    def close(self) -> None:
        self._pdf.close()
