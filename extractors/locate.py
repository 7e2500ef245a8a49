"""Where a figure was read: a sentence found again on a page of the kept original (`raw/<sha256>.pdf`).

The warehouse stores, for every row, the page number and the source text (`page`, `source_text`), not a box: the
box is found again here, from the same original the text was read from. On a PDF page, PDFium's text layer gives
every character and its box; the source text's lines are looked for in the page's characters (whitespace and
full-width forms ignored: the engines space CJK and Latin runs differently) and the boxes of the characters that
match are joined line by line. A line of the source text found whole is `exact`; otherwise the runs of at least
MIN_RUN characters that match are highlighted (`partial`), and the caller says so. Other formats (web pages, Word,
Excel) are given as the text lines the extractors read from that page, those holding the sentence marked.
"""

from __future__ import annotations

import difflib
import io
import unicodedata
from dataclasses import dataclass, field

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from jixiao.extractors.formats import PDF, extract_any, sniff
from jixiao.extractors.pdfium_engine import _LOCK as _PDFIUM_ENGINE_LOCK

# PDFium is not thread-safe: one render or text read at a time in this process, shared with the extractor's reads.
PDFIUM_LOCK = _PDFIUM_ENGINE_LOCK
MIN_RUN = 4  # characters: a shorter run that matches is chance, not the sentence
RENDER_SCALE = 2.0  # 144 dpi: the page stays sharp when a reader zooms on a phone
# The longest side of a rendered page, in pixels, whatever the page's size: a 14,400-pt page at 144 dpi would take
# GBs (TRAPS.md); an A4 page at RENDER_SCALE is 1,684 px high.
MAX_RENDER_PIXELS = 3000


@dataclass(frozen=True)
class Box:
    """A highlighted line on the page, as fractions of the page's width and height (top-left origin)."""

    left: float
    top: float
    width: float
    height: float


@dataclass
class Located:
    page: int
    page_count: int
    method: str  # exact | partial | none | no_text_layer
    boxes: list[Box] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)  # the page's text that was highlighted, line by line
    aspect: float = 1.414  # page height / width


def _norm(char: str) -> str:
    """One character as compared: NFKC (full-width digits and letters); '' for whitespace."""
    text = unicodedata.normalize("NFKC", char)
    return "" if not text.strip() else text


def source_lines(source_text: str | None) -> list[str]:
    """The source text's lines as compared (whitespace dropped): a row's text can span several lines."""
    lines = []
    for line in (source_text or "").splitlines():
        compared = "".join(_norm(char) for char in line)
        if compared:
            lines.append(compared)
    return lines


def _page_chars(page: pdfium.PdfPage) -> list[tuple[str, tuple[float, float, float, float]]]:
    """(compared character, box in PDF points with a bottom-left origin) of every non-blank character."""
    text_page = page.get_textpage()
    try:
        chars = []
        for index in range(text_page.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(text_page.raw, index)
            compared = _norm(chr(code)) if code else ""
            if not compared:
                continue
            box = text_page.get_charbox(index)
            for part in compared:  # (a ligature NFKC splits: each part keeps the glyph's box)
                chars.append((part, box))
        return chars
    finally:
        text_page.close()


def _spans(page_text: str, wanted: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The method and the (start, end) spans of `page_text` that the wanted lines match."""
    spans: list[tuple[int, int]] = []
    whole = True
    start_at = 0
    for line in wanted:
        found = page_text.find(line, start_at)
        if found < 0:
            found = page_text.find(line)
        if found >= 0:
            spans.append((found, found + len(line)))
            start_at = found + len(line)
            continue
        whole = False
        matcher = difflib.SequenceMatcher(None, page_text, line, autojunk=False)
        spans += [(a, a + size) for a, _, size in matcher.get_matching_blocks() if size >= MIN_RUN]
    if not spans:
        return "none", []
    return ("exact" if whole else "partial"), sorted(spans)


def _line_boxes(
    boxes: list[tuple[float, float, float, float]], width: float, height: float
) -> list[tuple[float, float, float, float]]:
    """Character boxes joined into one box per printed line (characters whose vertical extents overlap)."""
    lines: list[list[float]] = []
    for left, bottom, right, top in sorted(boxes, key=lambda b: (-b[3], b[0])):
        for line in lines:
            overlap = min(top, line[3]) - max(bottom, line[1])
            if overlap > 0.5 * min(top - bottom, line[3] - line[1]):
                line[0], line[1], line[2], line[3] = (
                    min(left, line[0]),
                    min(bottom, line[1]),
                    max(right, line[2]),
                    max(top, line[3]),
                )
                break
        else:
            lines.append([left, bottom, right, top])
    return [(max(0.0, x0), max(0.0, y0), min(width, x1), min(height, y1)) for x0, y0, x1, y1 in lines]


def locate_in_pdf(data: bytes, page_number: int, source_text: str | None) -> Located:
    """The lines of page `page_number` (1-based) that hold the source text, as boxes on the page."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            count = len(document)
            page = document[page_number - 1]
            try:
                width, height = page.get_size()
                chars = _page_chars(page)
            finally:
                page.close()
        finally:
            document.close()
    located = Located(page_number, count, "none", aspect=height / width if width else 1.414)
    if not chars:
        located.method = "no_text_layer"
        return located
    page_text = "".join(char for char, _ in chars)
    method, spans = _spans(page_text, source_lines(source_text))
    located.method = method
    for start, end in _merge(spans):
        for left, bottom, right, top in _line_boxes([box for _, box in chars[start:end]], width, height):
            located.boxes.append(
                Box(left / width, (height - top) / height, (right - left) / width, (top - bottom) / height)
            )
            located.matched.append(
                "".join(char for char, (_, b, _, t) in chars[start:end] if min(t, top) - max(b, bottom) > 0)
            )
    return located


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def render_page(data: bytes, page_number: int, scale: float = RENDER_SCALE) -> bytes:
    """Page `page_number` (1-based) of a PDF as PNG bytes."""
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            page = document[page_number - 1]
            try:
                longest = max(page.get_size()) or 1.0
                image = page.render(scale=min(scale, MAX_RENDER_PIXELS / longest)).to_pil()
            finally:
                page.close()
        finally:
            document.close()
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False)
    return out.getvalue()


def page_count(data: bytes) -> int:
    with PDFIUM_LOCK:
        document = pdfium.PdfDocument(data)
        try:
            return len(document)
        finally:
            document.close()


@dataclass
class TextSource:
    """A page of a document that is not a PDF, as the extractors read it: its paragraphs, those that hold the
    source text marked."""

    page: int
    page_count: int
    method: str
    paragraphs: list[tuple[str, bool]]  # (text, holds the source text)
    kind: str = ""  # the original's format (extractors.formats: html, docx, xlsx, …)


def locate_in_text(data: bytes, page_number: int, source_text: str | None) -> TextSource:
    document = extract_any(data)
    pages = {page.number: page for page in document.pages}
    page = pages.get(page_number) or (document.pages[0] if document.pages else None)
    lines = [line.text for line in page.lines] if page is not None else []
    wanted = source_lines(source_text)
    paragraphs: list[tuple[str, bool]] = []
    method = "none"
    for text in lines:
        compared = "".join(_norm(char) for char in text)
        exact = bool(compared) and any(line in compared or compared in line for line in wanted if len(compared) >= 2)
        paragraphs.append((text, exact))
        if exact:
            method = "exact"
    return TextSource(page_number, len(document.pages), method, paragraphs, sniff(data))


def locate(data: bytes, page_number: int, source_text: str | None) -> Located | TextSource:
    """The sentence on page `page_number` of an original of any format read here."""
    if sniff(data) == PDF:
        return locate_in_pdf(data, page_number, source_text)
    return locate_in_text(data, page_number, source_text)


def is_pdf(data: bytes) -> bool:
    return sniff(data) == PDF
