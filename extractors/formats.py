"""Which format a document's bytes are, and the extractor that reads it. Decided from the bytes (a server's
Content-Type and a file's extension are often wrong: HTML sent as application/pdf, a .doc that is RTF, a .xls
that is an HTML table, a .wps that is a .docx), never from the name.

Formats: PDF; web pages; Word .docx (and WPS .wps saved as one); Excel .xlsx (and .et saved as one); the old
binary Office formats in an OLE2 container (.doc and .wps → LibreOffice → .docx; .xls and .et → calamine, or
LibreOffice → .xlsx when calamine cannot); RTF (LibreOffice → .docx); pictures (JPEG, PNG, TIFF, BMP, GIF, WebP)
by OCR. Anything else is `unsupported_format`.
"""

from __future__ import annotations

import io
import re
import zipfile

from jixiao.extractors.errors import CorruptDocumentError, EmptyFileError, UnsupportedFormatError
from jixiao.extractors.model import ExtractedDocument

PDF, HTML, DOCX, XLSX, OLE_WORD, OLE_EXCEL, RTF, IMAGE = "pdf", "html", "docx", "xlsx", "doc", "xls", "rtf", "image"
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|table|p)\b", re.I | re.S
)
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"GIF87a", b"GIF89a", b"BM")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def sniff(data: bytes) -> str:
    """The format of `data`; raises UnsupportedFormatError for bytes of no format read here."""
    if not data:
        raise EmptyFileError("the file is empty (0 bytes)")
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data.startswith(_OLE_MAGIC):
        # The directory names the streams: Word's `WordDocument` (Word, and WPS Writer's .wps), Excel's
        # `Workbook`/`Book` (and WPS Spreadsheets' .et).
        if _utf16("WordDocument") in data:
            return OLE_WORD
        if _utf16("Workbook") in data or _utf16("Book") in data:
            return OLE_EXCEL
        if _utf16("EncryptedPackage") in data:
            raise UnsupportedFormatError("an encrypted (password-protected) Office document")
        raise UnsupportedFormatError("an OLE2 compound file that is neither a Word nor an Excel document")
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except (zipfile.BadZipFile, ValueError) as error:
            raise CorruptDocumentError(f"a damaged ZIP container: {error}") from error
        if "word/document.xml" in names:
            return DOCX
        if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
            return XLSX
        if "content.xml" in names:
            raise UnsupportedFormatError("an OpenDocument file (.odt/.ods): save it as .docx or .xlsx")
        raise UnsupportedFormatError("a ZIP archive, not a Word or Excel document")
    if data.lstrip()[:5] == b"{\\rtf":
        return RTF
    if data.startswith(_IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return IMAGE
    text_head = data[:4096].lstrip(b"\xef\xbb\xbf\xff\xfe\x00")
    if _HTML_START.match(text_head) or b"<html" in text_head.lower():
        return HTML
    raise UnsupportedFormatError("bytes of no format jixiao reads (PDF, web page, Word, Excel or a picture)")


def describe(kind: str) -> str:
    return {
        PDF: "a PDF",
        HTML: "a web page",
        DOCX: "a Word document (.docx)",
        XLSX: "an Excel workbook (.xlsx)",
        OLE_WORD: "an old Word or WPS document (.doc/.wps)",
        OLE_EXCEL: "an old Excel or WPS workbook (.xls/.et)",
        RTF: "an RTF document",
        IMAGE: "a picture",
    }[kind]


def extract_any(data: bytes, password: str | None = None, max_pages: int | None = None) -> ExtractedDocument:
    """Any document's bytes → pages of lines and blocks, by the extractor of the format its bytes are."""
    kind = sniff(data)
    if kind == PDF:
        from jixiao.extractors.document import extract_document

        return extract_document(data, password=password, max_pages=max_pages)
    if kind == HTML:
        from jixiao.extractors.html import extract_html

        return extract_html(data)
    if kind in (DOCX, OLE_WORD, RTF):
        from jixiao.extractors.docx import extract_docx

        if kind == DOCX:
            return extract_docx(data)
        from jixiao.extractors.office import convert

        document = extract_docx(convert(data, "doc" if kind == OLE_WORD else "rtf", "docx"), converted=True)
        document.metadata["format"] = kind
        document.metadata["converted_by"] = "libreoffice"
        return document
    if kind in (XLSX, OLE_EXCEL):
        from jixiao.extractors.spreadsheet import extract_spreadsheet

        try:
            return extract_spreadsheet(data)
        except CorruptDocumentError:
            if kind == XLSX:
                raise
            from jixiao.extractors.office import convert  # a WPS .et or an old BIFF calamine does not read

            document = extract_spreadsheet(convert(data, "xls", "xlsx"))
            document.metadata["converted_by"] = "libreoffice"
            return document
    from jixiao.extractors.image import extract_image

    return extract_image(data, max_pages=max_pages)
