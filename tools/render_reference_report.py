"""Render the reference report text as a PDF that looks like the published one.

The published Huzhou 2023 PDF is not available here, only the text a PDF-to-text tool extracted from it
(`samples/source/huzhou_2023_report.txt`). This script lays that text out the way the original was laid out
(official-document format): A4, a Song-style CJK font (reportlab's built-in CID font STSong-Light, so no font
file is needed), 16 pt body with Latin runs in Times like a Word export, the original's line and page breaks,
justified full lines, two-character paragraph indents, a centred fake-bold title (painted twice, as many
producers do) and `— N —` page numbers at the bottom.

Conventions of the source text: a line that starts with one space is the first line of a new page; the spaces
around numbers are kept as real space glyphs (extraction of the original produced them, and our extractor must
cope with them).

Usage: python tools/render_reference_report.py [SOURCE_TXT] [OUT_PDF]
The output is byte-for-byte reproducible (reportlab's invariant mode).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen.canvas import Canvas

CJK_FONT = "STSong-Light"
LATIN_FONT = "Times-Roman"
BODY_SIZE = 16.0
TITLE_SIZE = 22.0
FOOTER_SIZE = 14.0
TEXT_WIDTH = 28 * BODY_SIZE  # 28 characters a line, the official-document norm
TOP_MARGIN = 100.0
BOTTOM_MARGIN = 95.0
PARAGRAPH_END_EM = 23.0  # a line narrower than this (in em) ends its paragraph
# Lines that open a paragraph whatever the width of the line before: headings and list items.
PARAGRAPH_OPENER = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[一二三四五六七八九十]是|项目\s*\d+：|主管部门：|评价结果：)"
)
FAKE_BOLD_OFFSET = 0.35  # points between the two paintings of a bold line

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = ROOT / "samples" / "source" / "huzhou_2023_report.txt"
DEFAULT_OUTPUT = ROOT / "samples" / "huzhou_2023_report.pdf"


def read_pages(source: Path) -> list[list[str]]:
    """Split the extracted text into pages of non-blank lines (a leading space starts a page)."""
    pages: list[list[str]] = []
    for raw in source.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        if raw.startswith(" ") or not pages:
            pages.append([])
        pages[-1].append(raw.strip())
    return pages


def runs(text: str) -> list[tuple[str, str]]:
    """Split a line into (font, text) runs: ASCII in the Latin font, everything else in the CJK font."""
    return [
        (LATIN_FONT if part[0].isascii() else CJK_FONT, part)
        for part in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text)
    ]


def natural_width(text: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(part, font, size) for font, part in runs(text))


def draw_line(canvas: Canvas, text: str, x: float, y: float, size: float, target_width: float | None) -> None:
    """Draw one line; stretch it to target_width with character spacing when given (justification)."""
    char_space = 0.0
    if target_width is not None and len(text) > 1:
        char_space = (target_width - natural_width(text, size)) / (len(text) - 1)
    line = canvas.beginText(x, y)
    line.setCharSpace(char_space)
    for font, part in runs(text):
        line.setFont(font, size)
        line.textOut(part)
    canvas.drawText(line)


def em_width(text: str) -> float:
    return natural_width(text, BODY_SIZE) / BODY_SIZE


def render(source: Path, output: Path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont(CJK_FONT))
    pages = read_pages(source)
    page_width, page_height = A4
    left = (page_width - TEXT_WIDTH) / 2
    most_lines = max(len(lines) for lines in pages) + 1  # the title takes about two body lines
    leading = min(29.0, (page_height - TOP_MARGIN - BOTTOM_MARGIN) / most_lines)

    canvas = Canvas(str(output), pagesize=A4, invariant=1)
    canvas.setTitle(pages[0][0])
    canvas.setAuthor("synthetic rendering of published text")
    canvas.setCreator("jixiao tools/render_reference_report.py")

    body = [line for lines in pages for line in lines][1:]
    paragraph_start = {0}  # indices into body of lines that begin a paragraph
    for index, line in enumerate(body[:-1]):
        if em_width(line) < PARAGRAPH_END_EM or PARAGRAPH_OPENER.match(body[index + 1]):
            paragraph_start.add(index + 1)
    paragraph_end = {index - 1 for index in paragraph_start if index > 0} | {len(body) - 1}

    body_index = 0
    for page_number, lines in enumerate(pages, start=1):
        y = page_height - TOP_MARGIN
        for line in lines:
            if page_number == 1 and line is pages[0][0]:
                title_width = natural_width(line, TITLE_SIZE)
                x = (page_width - title_width) / 2
                for offset in (0.0, FAKE_BOLD_OFFSET):
                    draw_line(canvas, line, x + offset, y, TITLE_SIZE, None)
                y -= 2 * leading
                continue
            indent = 2 * BODY_SIZE if body_index in paragraph_start else 0.0
            target = None if body_index in paragraph_end else TEXT_WIDTH - indent
            draw_line(canvas, line, left + indent, y, BODY_SIZE, target)
            y -= leading
            body_index += 1
        footer = f"— {page_number} —"
        canvas.setFont(CJK_FONT, FOOTER_SIZE)
        canvas.drawCentredString(page_width / 2, BOTTOM_MARGIN / 2, footer)
        canvas.showPage()
    canvas.save()


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    output = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUTPUT
    render(source, output)
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
