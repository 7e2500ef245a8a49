"""A small page-layout engine for synthetic report PDFs, with three PDF producers behind one interface.

Elements (title, heading, paragraph, table) are laid out on A4 pages character by character, so line breaks,
justification, table rules and page breaks are under our control and the same for every producer:
- `reportlab-cid`: reportlab with the built-in STSong-Light CID font (not embedded; no font file needed);
- `reportlab-ttf`: reportlab embedding a TrueType subset (WenQuanYi Micro Hei, Debian fonts-wqy-microhei);
- `fpdf2-cff`: fpdf2 embedding an OpenType/CFF font (Noto Sans CJK, Debian fonts-noto-cjk), which pdfminer
  reads as no text at all, so the extractor must fall back to PDFium.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

PAGE_WIDTH, PAGE_HEIGHT = 595.28, 841.89
WQY_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
NOTO_CJK_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


@dataclass
class Style:
    producer: str = "reportlab-cid"
    size: float = 16.0
    leading: float = 28.0
    margin_left: float = 78.0
    margin_right: float = 78.0
    margin_top: float = 90.0
    margin_bottom: float = 90.0
    fake_bold_title: bool = False
    latin_gap: float = 0.0  # extra space around ASCII runs (Word's CJK/Latin spacing)
    page_number: str = "— {n} —"  # or "第{n}页 共{total}页", or "" for none
    running_header: str = ""
    running_footer: str = ""
    repeat_table_header: bool = True
    table_size: float = 11.0


@dataclass
class Title:
    text: str


@dataclass
class Heading:
    text: str


@dataclass
class Para:
    text: str
    indent: bool = True


@dataclass
class Table:
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]  # fractions of the text width


@dataclass
class _Op:
    kind: str  # text | line
    args: tuple[object, ...]


@dataclass
class _Page:
    ops: list[_Op] = field(default_factory=list)


def char_width(char: str, size: float) -> float:
    return size * (0.5 if char.isascii() else 1.0)


def wrap(text: str, width: float, size: float, first_indent: float = 0.0) -> list[str]:
    """Break text into lines of at most `width` points; CJK breaks anywhere, ASCII words stay whole."""
    lines: list[str] = []
    current, used = "", first_indent
    tokens: list[str] = []
    for char in text:
        if tokens and char.isascii() and char != " " and tokens[-1][-1].isascii() and tokens[-1][-1] != " ":
            tokens[-1] += char
        else:
            tokens.append(char)
    for token in tokens:
        token_width = sum(char_width(c, size) for c in token)
        if current and used + token_width > width:
            lines.append(current)
            current, used = "", 0.0
        current += token
        used += token_width
    if current:
        lines.append(current)
    return lines


class Layout:
    def __init__(self, style: Style) -> None:
        self.style = style
        self.pages: list[_Page] = [_Page()]
        self.y = style.margin_top
        self.text_width = PAGE_WIDTH - style.margin_left - style.margin_right

    # -- placement -----------------------------------------------------------------------------------------
    def _new_page(self) -> None:
        self.pages.append(_Page())
        self.y = self.style.margin_top

    def _room(self, height: float) -> None:
        if self.y + height > PAGE_HEIGHT - self.style.margin_bottom:
            self._new_page()

    def _text(self, x: float, text: str, size: float, justify_to: float | None = None, bold: bool = False) -> None:
        """Place a line character by character; stretch it to `justify_to` points when given."""
        gap = self.style.latin_gap
        widths = [char_width(c, size) for c in text]
        extra = 0.0
        if justify_to is not None and len(text) > 1:
            natural = sum(widths) + gap * _latin_boundaries(text)
            extra = max(0.0, (justify_to - natural) / (len(text) - 1))
        cursor = x
        for index, (char, width) in enumerate(zip(text, widths, strict=True)):
            if index and gap and char.isascii() != text[index - 1].isascii():
                cursor += gap
            if char != " ":
                self.pages[-1].ops.append(_Op("text", (cursor, self.y, char, size)))
                if bold:
                    self.pages[-1].ops.append(_Op("text", (cursor + 0.4, self.y, char, size)))
            cursor += width + extra

    def title(self, text: str) -> None:
        size = self.style.size + 6
        self._room(2 * self.style.leading)
        width = sum(char_width(c, size) for c in text)
        self._text((PAGE_WIDTH - width) / 2, text, size, bold=self.style.fake_bold_title)
        self.y += 2 * self.style.leading

    def paragraph(self, text: str, indent: bool = True) -> None:
        size = self.style.size
        lines = wrap(text, self.text_width, size, first_indent=2 * size if indent else 0.0)
        for index, line in enumerate(lines):
            self._room(self.style.leading)
            x = self.style.margin_left + (2 * size if indent and index == 0 else 0.0)
            last = index == len(lines) - 1
            self._text(x, line, size, None if last else self.style.margin_left + self.text_width - x)
            self.y += self.style.leading

    def table(self, table: Table) -> None:
        size = self.style.table_size
        lead = size * 1.5
        columns = [fraction * self.text_width for fraction in table.widths]
        lefts = [self.style.margin_left + sum(columns[:i]) for i in range(len(columns))]

        def cell_lines(row: Sequence[str]) -> list[list[str]]:
            return [wrap(cell, width - 6, size) or [""] for cell, width in zip(row, columns, strict=True)]

        def draw_row(row: Sequence[str]) -> None:
            wrapped = cell_lines(row)
            height = max(len(lines) for lines in wrapped) * lead + 6
            top = self.y
            for left, lines in zip(lefts, wrapped, strict=True):
                for number, line in enumerate(lines):
                    self.y = top + 3 + number * lead + size
                    self._text(left + 3, line, size)
            self.y = top + height
            right = self.style.margin_left + self.text_width
            page = self.pages[-1]
            page.ops.append(_Op("line", (self.style.margin_left, top, right, top)))
            page.ops.append(_Op("line", (self.style.margin_left, self.y, right, self.y)))
            for x in [*lefts, right]:
                page.ops.append(_Op("line", (x, top, x, self.y)))

        def row_height(row: Sequence[str]) -> float:
            return max(len(lines) for lines in cell_lines(row)) * lead + 6

        self._room(row_height(table.header) + row_height(table.rows[0]))
        self.y += 4
        draw_row(table.header)
        for row in table.rows:
            if self.y + row_height(row) > PAGE_HEIGHT - self.style.margin_bottom:
                self._new_page()
                if self.style.repeat_table_header:
                    draw_row(table.header)
            draw_row(row)
        self.y += self.style.leading * 0.6

    def add(self, element: Title | Heading | Para | Table) -> None:
        if isinstance(element, Title):
            self.title(element.text)
        elif isinstance(element, Heading):
            self.paragraph(element.text, indent=True)
        elif isinstance(element, Para):
            self.paragraph(element.text, indent=element.indent)
        else:
            self.table(element)

    # -- furniture and output ----------------------------------------------------------------------------------
    def finish(self) -> list[_Page]:
        total = len(self.pages)
        for number, page in enumerate(self.pages, start=1):
            saved = self.pages
            self.pages = [page]
            if self.style.page_number:
                text = self.style.page_number.format(n=number, total=total)
                width = sum(char_width(c, 12) for c in text)
                self.y = PAGE_HEIGHT - 45
                self._text((PAGE_WIDTH - width) / 2, text, 12)
            if self.style.running_header:
                self.y = 50
                self._text(self.style.margin_left, self.style.running_header, 10)
            if self.style.running_footer:
                self.y = PAGE_HEIGHT - 62
                self._text(self.style.margin_left, self.style.running_footer, 9)
            self.pages = saved
        return self.pages


def _latin_boundaries(text: str) -> int:
    return sum(1 for a, b in pairwise(text) if a.isascii() != b.isascii())


def render(elements: Sequence[Title | Heading | Para | Table], style: Style, title: str) -> bytes:
    layout = Layout(style)
    for element in elements:
        layout.add(element)
    pages = layout.finish()
    if style.producer == "fpdf2-cff":
        return _render_fpdf2(pages, title)
    return _render_reportlab(pages, style, title)


def _render_reportlab(pages: list[_Page], style: Style, title: str) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    if style.producer == "reportlab-ttf":
        font = "WenQuanYiMicroHei"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(font, str(WQY_FONT), subfontIndex=0))
    else:
        font = "STSong-Light"
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(UnicodeCIDFont(font))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1)
    canvas.setTitle(title)
    canvas.setAuthor("synthetic fixture")
    for page in pages:
        canvas.setLineWidth(0.6)
        for op in page.ops:
            if op.kind == "text":
                x, y, char, size = op.args
                canvas.setFont(font if not str(char).isascii() else "Times-Roman", float(size))  # type: ignore[arg-type]
                canvas.drawString(float(x), PAGE_HEIGHT - float(y), str(char))  # type: ignore[arg-type]
            else:
                x0, y0, x1, y1 = (float(v) for v in op.args)  # type: ignore[arg-type]
                canvas.line(x0, PAGE_HEIGHT - y0, x1, PAGE_HEIGHT - y1)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _render_fpdf2(pages: list[_Page], title: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(PAGE_WIDTH, PAGE_HEIGHT))
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1, tzinfo=__import__("datetime").UTC))
    pdf.set_title(title)
    pdf.add_font("NotoSansCJK", fname=str(NOTO_CJK_FONT), collection_font_number=2)  # the SC face
    pdf.set_line_width(0.6)
    for page in pages:
        pdf.add_page()
        for op in page.ops:
            if op.kind == "text":
                x, y, char, size = op.args
                pdf.set_font("NotoSansCJK", size=float(size))  # type: ignore[arg-type]
                pdf.text(float(x), float(y), str(char))  # type: ignore[arg-type]
            else:
                x0, y0, x1, y1 = (float(v) for v in op.args)  # type: ignore[arg-type]
                pdf.line(x0, y0, x1, y1)
    return bytes(pdf.output())
