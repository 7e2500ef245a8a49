"""Read positioned text lines page by page with pdfplumber."""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pdfplumber
from jixiao.extractors.errors import (
    CorruptPdfError,
    DecompressionLimitError,
    EncryptedPdfError,
    NoPagesError,
    TooManyPagesError,
)
from jixiao.extractors.lines import dedupe_chars
from jixiao.extractors.stamps import plumber_char_is_stamp
from jixiao.extractors.tables import TableGeometry, find_table_geometry
from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import (
    LITERALS_ASCII85_DECODE,
    LITERALS_ASCIIHEX_DECODE,
    LITERALS_CCITTFAX_DECODE,
    LITERALS_DCT_DECODE,
    LITERALS_FLATE_DECODE,
    LITERALS_JBIG2_DECODE,
    LITERALS_JPX_DECODE,
    LITERALS_LZW_DECODE,
    LITERALS_RUNLENGTH_DECODE,
    PDFStream,
)
from pdfplumber.utils.exceptions import PdfminerException

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
    image_pixels: int = 0  # the largest image's pixels (its /Width × /Height, whatever its codec)


# pdfminer logs every recoverable oddity of a published PDF as a warning; our errors say what matters.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


def _translate(error: BaseException, password: str | None) -> Exception:
    cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
    if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError) or "password" in str(cause).lower():
        hint = "the password given is wrong" if password else "pass --password to open it"
        return EncryptedPdfError(f"the PDF is encrypted and cannot be opened: {hint}")
    name = type(cause).__name__
    return CorruptPdfError(f"the PDF structure cannot be read ({name}: {cause})")


def _inflate(chunks: Iterator[bytes], piece: int) -> Iterator[bytes]:
    """Flate-decode `chunks` in pieces of at most `piece` bytes (a broken stream simply ends)."""
    inflater = zlib.decompressobj()
    try:
        for chunk in chunks:
            pending = chunk
            while pending:
                out = inflater.decompress(pending, piece)
                if out:
                    yield out
                pending = inflater.unconsumed_tail
    except zlib.error:
        return  # a broken stream is the engines' to report


def _lzw(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """LZW-decode, a code at a time (pdfminer's decoder is a generator)."""
    from pdfminer.lzw import LZWDecoder

    try:
        yield from LZWDecoder(io.BytesIO(b"".join(chunks))).run()
    except Exception:  # a broken stream: the engines' to report
        return


def _run_length(chunks: Iterator[bytes], piece: int) -> Iterator[bytes]:
    """RunLength-decode (a run is at most 128 bytes: memory stays at one piece)."""
    data, index, out = b"".join(chunks), 0, bytearray()
    while index < len(data):
        length = data[index]
        if length == 128:
            break
        if length < 128:
            out += data[index + 1 : index + 2 + length]
            index += length + 2
        else:
            out += data[index + 1 : index + 2] * (257 - length)
            index += 2
        if len(out) >= piece:
            yield bytes(out)
            out.clear()
    if out:
        yield bytes(out)


def _whole(decode: Any, chunks: Iterator[bytes]) -> Iterator[bytes]:
    """A filter that only shrinks its input (ASCIIHex, ASCII85): decoded whole."""
    try:
        yield decode(b"".join(chunks))
    except Exception:  # a broken stream: the engines' to report
        return


# The filters that turn a stream into more bytes than it holds; image codecs end the chain (their decoded size is
# bounded by the image's pixel count: see `image_pixels`).
_IMAGE_CODECS = frozenset(
    name
    for names in (LITERALS_DCT_DECODE, LITERALS_JPX_DECODE, LITERALS_CCITTFAX_DECODE, LITERALS_JBIG2_DECODE)
    for name in names
)


def decoded_size(data: bytes, filters: list[Any], limit: int, piece: int = 1 << 20) -> int:
    """How many bytes `data` decodes to through its whole filter chain (Flate, LZW, RunLength, ASCIIHex, ASCII85,
    in any order and nesting), counting at most `limit` + 1: memory one piece per layer at a time."""
    pieces: Iterator[bytes] = iter([data])
    for entry in filters:
        name = entry[0] if isinstance(entry, tuple) else entry
        if name in LITERALS_FLATE_DECODE:
            pieces = _inflate(pieces, piece)
        elif name in LITERALS_LZW_DECODE:
            pieces = _lzw(pieces)
        elif name in LITERALS_RUNLENGTH_DECODE:
            pieces = _run_length(pieces, piece)
        elif name in LITERALS_ASCIIHEX_DECODE:
            pieces = _whole(asciihexdecode, pieces)
        elif name in LITERALS_ASCII85_DECODE:
            pieces = _whole(ascii85decode, pieces)
        else:
            break  # an image codec, or one pdfminer does not know: not decoded further
    total = 0
    for out in pieces:
        total += len(out)
        if total > limit:
            break
    return total


def _stream_bytes(stream: PDFStream) -> bytes:
    """The stream's bytes as its filters receive them: decrypted first when the document is encrypted (an RC4 or
    AES file opened with its password, or with the empty one, hides nothing from this check)."""
    data = stream.rawdata or b""
    if stream.decipher is not None and stream.objid is not None and stream.genno is not None:
        try:
            data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
        except Exception:  # a broken object: the engines will say what is wrong with it
            return b""
    return data


def _pixels(size: Any) -> int:
    try:
        width, height = size
        return int(width) * int(height)
    except (TypeError, ValueError):
        return 0


class PdfplumberReader:
    """Open PDF bytes once; yield each page's lines and close the page right after (memory stays flat)."""

    def __init__(self, data: bytes, password: str | None = None, max_pages: int | None = None) -> None:
        self._password = password
        try:
            self._pdf = pdfplumber.open(io.BytesIO(data), password=password)
            if max_pages is not None:
                self._refuse_past(max_pages)
            self._pages = self._pdf.pages
        except TooManyPagesError:
            self._pdf.stream.close()  # (not PDF.close(): it loads every page to close it)
            raise
        except Exception as error:  # pdfminer raises many unrelated types on malformed input
            raise _translate(error, password) from error
        if not self._pages:
            self.close()
            raise NoPagesError("the PDF has no pages")

    def _refuse_past(self, max_pages: int) -> None:
        """Count the page tree's leaves, one at a time and no further than `max_pages` + 1, before any page is
        loaded (100,000 tiny pages loaded as pages took 1.3 GB before their count was refused)."""
        from pdfminer.pdfpage import PDFPage

        count = 0
        for count, _ in enumerate(PDFPage.create_pages(self._pdf.doc), start=1):
            if count > max_pages:
                raise TooManyPagesError(f"the PDF has more than {max_pages} pages, the limit")

    def check_streams(self, max_inflated: int) -> None:
        """Refuse a document with a Flate stream that inflates past `max_inflated` bytes through all its Flate
        layers, or a page whose content streams do together, measured by inflating in bounded pieces (a 1 MB
        bomb of spaces makes every engine hold ≈ 1 GB at once)."""
        document = self._pdf.doc
        inflated: dict[int, int] = {}
        for xref in document.xrefs:
            for objid in xref.get_objids():
                try:
                    stream = document.getobj(objid)
                except Exception:  # a broken object: the engines will say what is wrong with it
                    continue
                if not isinstance(stream, PDFStream):
                    continue
                filters = stream.get_filters()
                if not filters or (filters[0][0] if isinstance(filters[0], tuple) else filters[0]) in _IMAGE_CODECS:
                    continue
                data = _stream_bytes(stream)
                inflated[objid] = decoded_size(data, filters, max_inflated)
                if inflated[objid] > max_inflated:
                    raise DecompressionLimitError(
                        f"object {objid}: a {len(data)}-byte stream decodes to more than "
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
            images = page.images
            pixels = max((_pixels(image.get("srcsize")) for image in images), default=0)
        except Exception as error:
            raise _translate(error, self._password) from error
        finally:
            page.close()
        return RawPage(
            page.page_number, float(page.width), float(page.height), chars, tables, bool(images), image_pixels=pixels
        )

    def close(self) -> None:
        self._pdf.close()
