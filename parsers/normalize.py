"""Text as it really comes, made readable for the rules, and the original given back in every row.

The readers match against normalized blocks: full-width forms and traditional characters folded (one character
for one, `lexicon.text.fold`) and a mirror site's pinyin glosses removed (`區(qū)` → 区). Each normalized block
keeps its original and where each of its characters came from, so that `restore_originals` can give every row its
names, grade words and source text as printed (`優`, `區(qū)`, `（二期）`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from jixiao.parsers.lexicon.text import PINYIN_GLOSS, fold
from jixiao.parsers.records import ParsedReport, ReportInfo, Source
from jixiao.parsers.text import TextBlock, is_table

# A gloss may carry a space the mirror put in (`預( yù)算`).
_PINYIN_LETTER = PINYIN_GLOSS.pattern[2:-7]  # the character class of pinyin letters
_GLOSS = re.compile(rf"\(\s?{_PINYIN_LETTER}(?:\s?{_PINYIN_LETTER}){{0,6}}\s?\)")


def normalized_text(text: str) -> tuple[str, tuple[int, ...]]:
    """(the folded text without glosses, for each of its characters the offset in the original; one more at the
    end for the end of the text)."""
    kept: list[int] = []
    position = 0
    for match in _GLOSS.finditer(text):
        kept.extend(range(position, match.start()))
        position = match.end()
    kept.extend(range(position, len(text)))
    folded = fold(text)
    return "".join(folded[index] for index in kept), (*kept, len(text))


@dataclass(frozen=True, slots=True)
class NormalizedBlock:
    text: str
    original: TextBlock
    offsets: tuple[int, ...]  # normalized offset → original offset (len(text) + 1 entries)

    def page_at(self, offset: int) -> int:
        return self.original.page_at(self.offsets[max(0, min(offset, len(self.offsets) - 1))])

    def original_span(self, start: int, end: int) -> str:
        if end <= start:
            return ""
        return self.original.text[self.offsets[start] : self.offsets[end - 1] + 1]


@dataclass(frozen=True, slots=True)
class NormalizedTable:
    rows: tuple[tuple[str | None, ...], ...]
    original: TextBlock
    original_rows: tuple[tuple[str | None, ...], ...]

    @property
    def page(self) -> int:
        return getattr(self.original, "page", None) or self.original.page_at(0)

    @property
    def text(self) -> str:
        return "\n".join("\t".join(cell or "" for cell in row) for row in self.rows)

    def page_at(self, offset: int) -> int:
        return self.original.page_at(offset)


def normalize_blocks(blocks: Sequence[TextBlock]) -> list[TextBlock]:
    normalized: list[TextBlock] = []
    for block in blocks:
        if is_table(block):
            rows = tuple(tuple(row) for row in block.rows)  # type: ignore[attr-defined]
            cells = tuple(tuple(None if cell is None else normalized_text(cell)[0] for cell in row) for row in rows)
            normalized.append(NormalizedTable(cells, block, rows))
        else:
            text, offsets = normalized_text(block.text)
            normalized.append(NormalizedBlock(text, block, offsets))
    return normalized


# -- the original back in the rows ----------------------------------------------------------------------------------
_TEXT_FIELDS = ("project_name", "department_raw", "unit_name", "parent_department", "grade_raw", "label_raw", "name")


def _squeezed_index(text: str) -> tuple[str, list[int]]:
    positions = [index for index, char in enumerate(text) if not char.isspace()]
    return "".join(text[index] for index in positions), positions


@dataclass(frozen=True, slots=True)
class _Joined:
    text: str

    def page_at(self, offset: int) -> int:
        return 1


class _Originals:
    """Finds the original of a normalized passage: in a prose block (by offsets) or a table cell."""

    def __init__(self, blocks: Sequence[TextBlock]) -> None:
        self.prose = [block for block in blocks if isinstance(block, NormalizedBlock)]
        # The prose as one text, blocks joined by line breaks (a list item's source runs over several blocks).
        joined: list[str] = []
        offsets: list[int] = []
        shift = 0
        for block in self.prose:
            if joined:
                joined.append("\n")
                offsets.append(shift - 1)
            joined.append(block.text)
            offsets.extend(shift + offset for offset in block.offsets[:-1])
            shift += len(block.original.text) + 1
        self.document = NormalizedBlock(
            "".join(joined),
            _Joined("\n".join(block.original.text for block in self.prose)),
            (*offsets, max(0, shift - 1)),
        )
        self.cells: list[tuple[str, str]] = [
            (cell, original)
            for table in blocks
            if isinstance(table, NormalizedTable)
            for row, original_row in zip(table.rows, table.original_rows, strict=True)
            for cell, original in zip(row, original_row, strict=True)
            if cell and original and cell != original
        ]
        self.cell_originals = dict(self.cells)
        self.all_cells: dict[str, str] = {
            cell.strip(): original.strip()
            for table in blocks
            if isinstance(table, NormalizedTable)
            for row, original_row in zip(table.rows, table.original_rows, strict=True)
            for cell, original in zip(row, original_row, strict=True)
            if cell and original
        }
        self.rows: dict[str, str] = {}
        for table in blocks:
            if isinstance(table, NormalizedTable):
                for row, original_row in zip(table.rows, table.original_rows, strict=True):
                    if row != original_row:
                        self.rows[" | ".join(c or "" for c in row)] = " | ".join(c or "" for c in original_row)

    def cell(self, text: str) -> str | None:
        """The original of a table cell, or of two cells a page break cut and the reader joined again."""
        if text in self.cell_originals:
            return self.cell_originals[text]
        for cut in range(1, len(text)):
            head, tail = text[:cut], text[cut:]
            if head in self.all_cells and tail in self.all_cells:
                return self.all_cells[head] + self.all_cells[tail]
        return None

    def passage(self, text: str) -> str | None:
        """The original of a passage the readers quote (a sentence, a row, a title), or None when unchanged."""
        if not text:
            return None
        if text in self.rows:
            return self.rows[text]
        if " | " in text and self.cell_originals:  # a table row the reader rebuilt (cells filled down, joined)
            cells = [self.cell(cell) or cell for cell in text.split(" | ")]
            joined = " | ".join(cells)
            return joined if joined != text else None
        at = self.document.text.find(text)
        if at >= 0:
            original = self.document.original_span(at, at + len(text))
            return original if original != text else None
        return None

    def value(self, value: str, within: str) -> str | None:
        """The original of a value (a name, a grade word) found in the normalized passage `within`, whitespace
        ignored; None when it is not there or unchanged."""
        squeezed, _ = _squeezed_index(value)
        if not squeezed:
            return None
        for cell, original in self.cells:
            if squeezed == re.sub(r"\s+", "", cell):
                return original.strip()
        if (joined := self.cell(value)) is not None and joined != value:
            return joined
        # in the passage the row quotes, else anywhere (a flattened web table's cells were blocks of their own)
        for block, at, length in [
            *((block, block.text.find(within), len(within)) for block in self.prose if within),
            *((block, 0, len(block.text)) for block in self.prose),
        ]:
            if at < 0:
                continue
            flat, positions = _squeezed_index(block.text[at : at + length])
            found = flat.find(squeezed)
            if found < 0:
                continue
            start = at + positions[found]
            end = at + positions[found + len(squeezed) - 1] + 1
            original = re.sub(r"\s+", "", block.original_span(start, end))
            return original if original != squeezed else None
        return None


def _restored(record: Any, originals: _Originals) -> Any:
    source = getattr(record, "source", None)
    within = source.text if isinstance(source, Source) else ""
    changes: dict[str, Any] = {}
    names = {field.name for field in fields(record)}
    for name in _TEXT_FIELDS:
        value = getattr(record, name, None) if name in names else None
        if isinstance(value, str) and value and (original := originals.value(value, within)):
            changes[name] = original
    if isinstance(source, Source) and (original := originals.passage(source.text)):
        changes["source"] = Source(source.page, original)
    return replace(record, **changes) if changes else record


def restore_originals(parsed: ParsedReport, blocks: Sequence[TextBlock]) -> ParsedReport:
    """Every row's names, grade words and source text as printed, where normalization changed them."""
    originals = _Originals(blocks)
    unchanged = all(block.text == block.original.text for block in originals.prose)
    if unchanged and not originals.cells:
        return parsed
    for name in ("metrics", "batches", "grade_counts", "projects", "units", "mentions", "exclusions"):
        setattr(parsed, name, [_restored(record, originals) for record in getattr(parsed, name)])
    info = parsed.report
    changes: dict[str, Any] = {}
    if info.title and (title := originals.passage(info.title)):
        changes["title"] = title
        changes["source"] = Source(info.source.page, title) if info.source else None
    for name in ("region", "publisher"):
        value = getattr(info, name)
        if value and (original := originals.value(value, info.title or "")):
            changes[name] = original
    if changes:
        parsed.report = replace(info, **changes)
    assert is_dataclass(ReportInfo)
    return parsed
