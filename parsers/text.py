"""The parsers' view of a document: blocks of text with pages, section headings and sentences.

Parsers accept any object with `text` and `page_at(offset)` (the extractors' Paragraph has both), so they can
be fed plain strings in tests without importing the extractors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from jixiao.parsers.lexicon.numbers import CN_NUMERALS as CN_NUMERAL
from jixiao.parsers.records import Source

LEVEL1 = re.compile(rf"^[{CN_NUMERAL}]+、")
LEVEL2 = re.compile(rf"^[（(][{CN_NUMERAL}]+[）)]")
ITEM = re.compile(rf"^[{CN_NUMERAL}]+是")  # 一是…二是…: numbered points inside a section
_TOPIC = re.compile(r"^[^。！？]*[。！？]?")
MAX_HEADING_CHARS = 40


class TextBlock(Protocol):
    @property
    def text(self) -> str: ...

    def page_at(self, offset: int) -> int: ...


def is_table(block: object) -> bool:
    return getattr(block, "rows", None) is not None


@dataclass(frozen=True, slots=True)
class PlainTable:
    """A table given as rows of strings, for tests and non-PDF sources."""

    rows: tuple[tuple[str | None, ...], ...]
    page: int = 1

    @property
    def text(self) -> str:
        return "\n".join("\t".join(cell or "" for cell in row) for row in self.rows)

    def page_at(self, offset: int) -> int:
        return self.page


@dataclass(frozen=True, slots=True)
class PlainBlock:
    """A block of text on a single page: handy for tests and for text that did not come from a PDF."""

    text: str
    page: int = 1

    def page_at(self, offset: int) -> int:
        return self.page


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    block_index: int
    start: int  # offset in the block's text
    page: int

    def source(self) -> Source:
        return Source(page=self.page, text=self.text)


@dataclass(frozen=True, slots=True)
class Section:
    """A block with the headings it stands under; `item` is the topic sentence of a `一是…` point."""

    index: int
    block: TextBlock
    heading1: str | None
    heading2: str | None
    is_heading: bool
    item: str | None = None


def heading_level(text: str) -> int | None:
    """1 for `一、…`, 2 for `（一）…`; None for body text (a long block or one with a sentence in it)."""
    stripped = text.strip()
    if len(stripped) > MAX_HEADING_CHARS or "。" in stripped.rstrip("。"):
        return None
    if re.search(r"[,，;；:：]\s*[^\s。]{2,}.*。$", stripped):
        # a numbered sentence of clauses is body text, not a heading (`一、本次共对8个部门的15个项目开展重点绩效评价，
        # 涉及财政资金7.77亿元。`, `（一）“优秀”等次（三个）：濯缨区、…。`)
        return None
    if LEVEL1.match(stripped):
        return 1
    if LEVEL2.match(stripped):
        return 2
    return None


def sections(blocks: Sequence[TextBlock]) -> list[Section]:
    result: list[Section] = []
    heading1: str | None = None
    heading2: str | None = None
    for index, block in enumerate(blocks):
        level = None if is_table(block) else heading_level(block.text)
        if level == 1:
            heading1, heading2 = block.text.strip(), None
        elif level == 2:
            heading2 = block.text.strip()
        text = "" if is_table(block) else block.text.strip()
        item = _TOPIC.match(text)[0] if level is None and ITEM.match(text) else None
        result.append(Section(index, block, heading1, heading2, level is not None, item))
    return result


_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*")


def sentences(block: TextBlock, block_index: int) -> Iterator[Sentence]:
    """The sentences of a prose block (a table has none)."""
    if is_table(block):
        return
    for match in _SENTENCE.finditer(block.text):
        text = match.group().strip()
        if text:
            yield Sentence(text=text, block_index=block_index, start=match.start(), page=block.page_at(match.start()))


# A comma between a digit and three more is a thousands separator (`1,826个`), not the end of a clause.
_CLAUSE = re.compile(r"(?:[^，,；;：:]|(?<=\d),(?=\d{3}(?!\d)))+[，,；;：:]?")


def clauses(sentence: str) -> list[tuple[int, str]]:
    """Split a sentence at commas, semicolons and colons, with each clause's offset."""
    return [(match.start(), match.group()) for match in _CLAUSE.finditer(sentence)]
