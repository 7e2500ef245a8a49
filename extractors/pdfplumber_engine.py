"""Read positioned text lines page by page with pdfplumber."""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import PDFStream
from pdfplumber.utils.exceptions import PdfminerException

from extractors.errors import CorruptPdfError, DecompressionLimitError, EncryptedPdfError, NoPagesError
from extractors.lines import dedupe_chars
from extractors.stamps import plumber_char_is_stamp
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


def _inflated_size(raw: bytes, limit: int, layers: int = 1, piece: int = 1 << 20) -> int:
    """How many bytes a stream inflates to through its `layers` Flate filters, counting at most `limit` + 1
    (memory: one piece per layer at a time, however deep the layers nest)."""

    def inflate(chunks: Iterator[bytes]) -> Iterator[bytes]:
        inflater = zlib.decompressobj()
        for chunk in chunks:
            pending = chunk
            while pending:
                out = inflater.decompress(pending, piece)
                if out:
                    yield out
                pending = inflater.unconsumed_tail

    pieces: Iterator[bytes] = iter([raw])
    for _ in range(layers):
        pieces = inflate(pieces)
    total = 0
    try:
        for out in pieces:
            total += len(out)
            if total > limit:
                break
    except zlib.error:
        pass  # a broken stream is the engines' to report
    return total


def _flate_layers(stream: PDFStream) -> int:
    """How many Flate filters the stream's filter chain starts with (a bomb may deflate its content twice)."""
    layers = 0
    for entry in stream.get_filters():
        name = getattr(entry[0] if isinstance(entry, tuple) else entry, "name", entry)
        if name not in {"FlateDecode", "Fl"}:
            break
        layers += 1
    return layers


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

    def check_streams(self, max_inflated: int) -> None:
        """Refuse a document with a Flate stream that inflates past `max_inflated` bytes through all its Flate
        layers, or a page whose content streams do together, measured by inflating in bounded pieces (a 1 MB
        bomb of spaces makes every engine hold ≈ 1 GB at once)."""
        document = self._pdf.doc
        if document.decipher is not None:
            return  # encrypted: its streams are opaque until decrypted object by object
        inflated: dict[int, int] = {}
        for xref in document.xrefs:
            for objid in xref.get_objids():
                try:
                    stream = document.getobj(objid)
                except Exception:  # a broken object: the engines will say what is wrong with it
                    continue
                if not isinstance(stream, PDFStream) or not (layers := _flate_layers(stream)):
                    continue
                inflated[objid] = _inflated_size(stream.rawdata or b"", max_inflated, layers)
                if inflated[objid] > max_inflated:
                    raise DecompressionLimitError(
                        f"object {objid}: a {len(stream.rawdata or b'')}-byte stream inflates to more than "
                        f"{max_inflated // (1 << 20)} MB (a decompression bomb)"
                    )
        for number, page in enumerate(self._pages, start=1):
            contents = getattr(page.page_obj, "contents", None) or []
            together = sum(inflated.get(getattr(part, "objid", -1), 0) for part in contents)
            if together > max_inflated:
                raise DecompressionLimitError(
                    f"page {number}: its {len(contents)} content streams inflate to more than "
                    f"{max_inflated // (1 << 20)} MB together (a decompression bomb)"
                )

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
            chars = dedupe_chars([char for char in page.chars if not plumber_char_is_stamp(char)])
            tables = find_table_geometry(page)
            has_images = bool(page.images)
        except Exception as error:
            raise _translate(error, self._password) from error
        finally:
            page.close()
        return RawPage(page.page_number, float(page.width), float(page.height), chars, tables, has_images)

    def close(self) -> None:
        self._pdf.close()
