"""Join wrapped lines, across page breaks, into paragraphs, using the geometry of the lines.

A line begins a new paragraph when it is indented past the left margin (official documents indent two
characters; centred titles are indented too), when the line before it stopped short of the right margin, or
when a larger vertical gap than the usual leading separates them on one page.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from itertools import pairwise

from jixiao.extractors.model import PageText, Paragraph, TableBlock, TextLine
from jixiao.extractors.spacing import join_wrapped, normalize_spacing

INDENT_EM = 0.8  # indented by more than this many line heights: a paragraph start
SHORT_EM = 1.0  # stopping more than this short of the right margin: a paragraph end
GAP_FACTOR = 1.6  # a vertical gap this many times the usual leading: a paragraph break
# A sentence that ends a line, followed by a line opening with an enumeration marker (`一、`, `（二）`, `3.`,
# `项目4：`): a new heading or list item even where a justified layout hides the paragraph end.
_SENTENCE_END = re.compile(r"[。：；！？:;]\s*$")
_ENUMERATION = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)|[一二三四五六七八九十]是|项目\s*\d+\s*[：:])"
)


TITLE_SIZE = 1.15  # a line set this many times larger than the body's type is a title (or its letterhead)


def _margins(lines: Sequence[TextLine]) -> tuple[float, float, float, float, float]:
    """(left margin, right margin, typical line height, typical leading, body type size) of a document's lines."""
    # The leftmost line start that two lines share: body text touches the margin; with only one-line (indented)
    # paragraphs the margin is the indent, and the short-line and size rules separate them. A single line further
    # left (a title whose glyph boxes a fake bold widened to the page's edge) is not the margin.
    starts = sorted(line.x0 for line in lines)
    left = next((x0 for x0, following in pairwise(starts) if following - x0 <= 2.0), starts[0])
    right = sorted(line.x1 for line in lines)[int(0.9 * (len(lines) - 1))]
    em = statistics.median(line.height for line in lines) or 10.0
    steps = [
        second.top - first.top
        for first, second in pairwise(lines)
        if first.page == second.page and second.top > first.top
    ]
    leading = statistics.median(steps) if steps else 2 * em
    sizes = [line.size for line in lines if line.size]
    return float(left), right, em, leading, statistics.median(sizes) if sizes else 0.0


def _centred(line: TextLine, left: float, right: float, em: float) -> bool:
    return abs((line.x0 + line.x1) / 2 - (left + right) / 2) <= em


Geometry = tuple[float, float, float, float, float]


def _breaks_paragraph(previous: TextLine, line: TextLine, geometry: Geometry, previous_geometry: Geometry) -> bool:
    """Whether `line` starts a new paragraph; each line is measured against its own page's margins (a landscape
    page in a portrait document has other ones)."""
    left, right, em, leading, body_size = geometry
    previous_right = previous_geometry[1]
    if line.size and previous.size:
        if abs(line.size - previous.size) > 0.15 * previous.size:
            return True  # a change of type size: a title or a heading in its own size
        if (
            line.size >= TITLE_SIZE * body_size
            and _centred(line, left, right, em)
            and _centred(previous, left, right, em)
            and line.page == previous.page
            and line.top - previous.top <= 2.2 * line.size
        ):
            return False  # a title wrapped onto a second centred line
    elif abs(line.height - previous.height) > 0.2 * max(previous.height, 1.0):
        return True
    if line.x0 > left + INDENT_EM * em:
        return True
    if previous.x1 < previous_right - SHORT_EM * em:
        return True
    if _SENTENCE_END.search(previous.text) and _ENUMERATION.match(line.text):
        return True
    return line.page == previous.page and line.top - previous.top > GAP_FACTOR * leading


def _paragraph(lines: Sequence[TextLine]) -> Paragraph:
    text = ""
    spans: list[tuple[int, int]] = []
    for line in lines:
        piece = normalize_spacing(line.text)
        if not spans or spans[-1][1] != line.page:
            spans.append((len(text), line.page))
        text = join_wrapped(text, piece) if text else piece
    return Paragraph(
        text=text,
        raw_text="\n".join(line.text for line in lines),
        page_spans=tuple(spans),
        top=lines[0].top,
        x0=lines[0].x0,
    )


def join_blocks(pages: Sequence[PageText]) -> tuple[Paragraph | TableBlock, ...]:
    """Paragraphs and tables in reading order; a table always ends the paragraph before it."""
    lines = [line for page in pages for line in page.lines if line.text.strip()]
    # Margins per page width (portrait and landscape pages of one document each have their own) and per column
    # of a page set in two columns.
    width_of = {page.number: round(page.width) for page in pages}
    by_width: dict[tuple[int, int | None], list[TextLine]] = {}
    for line in lines:
        by_width.setdefault((width_of.get(line.page, 0), line.column), []).append(line)
    geometries = {key: _margins(group) for key, group in by_width.items()}

    def geometry(line: TextLine) -> Geometry:
        return geometries[(width_of.get(line.page, 0), line.column)]

    def reading_order(item: TextLine | TableBlock) -> tuple[int, float, int, float]:
        if isinstance(item, TableBlock):
            return (item.page, item.top, 0, item.top)
        return (item.page, *item.reading_key)

    items: list[TextLine | TableBlock] = sorted(
        [*lines, *(table for page in pages for table in page.tables)], key=reading_order
    )
    blocks: list[Paragraph | TableBlock] = []
    current: list[TextLine] = []
    for item in items:
        if isinstance(item, TableBlock):
            if current:
                blocks.append(_paragraph(current))
                current = []
            blocks.append(item)
            continue
        if current and _breaks_paragraph(current[-1], item, geometry(item), geometry(current[-1])):
            blocks.append(_paragraph(current))
            current = []
        current.append(item)
    if current:
        blocks.append(_paragraph(current))
    return tuple(blocks)
