"""Recognise page furniture: page numbers and running headers/footers that are not part of the text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from jixiao.extractors.model import TextLine

# `— 3 —`, `- 3 -`, `3`, `第3页`, `第 3 页 共 9 页`, `3 / 9`, `Page 3`
_PAGE_NUMBER = re.compile(
    r"^[\s—–\-－―‒]*(?:第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*(?:/|／)\s*\d+|(?:page\s*)?\d+)[\s—–\-－―‒]*$",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
MARGIN_SHARE = 0.12  # furniture lives in the top or bottom 12% of the page


def in_margin(line: TextLine, page_height: float) -> bool:
    return line.top < page_height * MARGIN_SHARE or line.bottom > page_height * (1 - MARGIN_SHARE)


def is_page_number(line: TextLine, page_height: float) -> bool:
    return in_margin(line, page_height) and bool(_PAGE_NUMBER.match(line.text))


def _signature(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def running_signatures(pages: Sequence[tuple[float, Sequence[TextLine]]]) -> set[str]:
    """Texts (digits folded) that stand in the margin of at least half the pages, and of two or more."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for height, lines in pages:
        counts.update({_signature(line.text) for line in lines if in_margin(line, height)})
    needed = max(2, (len(pages) + 1) // 2)
    # (a figure alone, `76.5` at the foot of one page and `68.2` at another's, is a table's cell, not a running
    # line: only a text with words in it runs; page numbers are recognised apart)
    return {signature for signature, count in counts.items() if count >= needed and _WORDS.search(signature)}


def split_furniture(
    lines: Sequence[TextLine], page_height: float, running: set[str]
) -> tuple[tuple[TextLine, ...], tuple[TextLine, ...]]:
    """Return (body lines, furniture lines) of one page."""
    body: list[TextLine] = []
    furniture: list[TextLine] = []
    for line in lines:
        is_running = in_margin(line, page_height) and _signature(line.text) in running
        (furniture if is_running or is_page_number(line, page_height) else body).append(line)
    return tuple(body), tuple(furniture)
