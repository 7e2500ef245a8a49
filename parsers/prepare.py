"""The blocks a report's parsers read: the document's own text, apart from its page chrome and trailer, with
tables that a web page flattened into one cell per line put back into rows.

- Chrome: a web page's metadata and navigation (`发布日期:…来源:文成县财政局`, `[索引号]…`, `【打印此页】`): kept
  apart, for the publisher and the publication date, never read for figures.
- Trailer: what follows the page's own text (`阅读下一篇`, `0人已收藏`, the site's address and ICP number).
- Flattened tables: a run of short blocks whose first few name columns (`项目名称` `评价得分` `评价结果` …) and
  whose next blocks are that table's cells, row after row. Cells go back into their columns by what they hold
  (a sequence number, a score, a grade word, text), so a cell the page dropped (an empty grade) leaves its column
  empty instead of shifting the next row into it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import product

from jixiao.parsers.cells import cell_key, fits, header_role
from jixiao.parsers.lexicon.furniture import (
    BREADCRUMB,
    CHROME_LINE,
    MENU_ITEM,
    MENU_START,
    METADATA_WORDS,
    SHARING_SITE_LINE,
    SITE_CONTROLS,
    SITE_NAME,
    TRAILER_START,
)
from jixiao.parsers.lexicon.numbers import UNIT_NOTE
from jixiao.parsers.lexicon.organisations import WHOLE_NAME_SUFFIX
from jixiao.parsers.lexicon.text import fold
from jixiao.parsers.normalize import normalized_text
from jixiao.parsers.text import LEVEL1, LEVEL2, PlainBlock, PlainTable, TextBlock, is_table

MAX_HEADER_CELL = 24  # characters in a header cell of a flattened table
MAX_CELL = 80  # characters in a body cell of a flattened table
MIN_COLUMNS = 3
_METADATA = METADATA_WORDS
_SENTENCE = re.compile(r"[。，,；;！？!?]")
_UNIT_NOTE = re.compile("^" + UNIT_NOTE + r"\s*$")
_ORG_END = re.compile(WHOLE_NAME_SUFFIX + "$")


@dataclass(frozen=True, slots=True)
class Prepared:
    blocks: list[TextBlock]  # the document's own text: prose blocks and tables, in reading order
    chrome: list[TextBlock] = field(default_factory=list)
    trailer: list[TextBlock] = field(default_factory=list)


def is_chrome(text: str) -> bool:
    """A line of the page, not of the report: metadata, navigation, a site's controls and menus, breadcrumbs."""
    folded = fold(text).strip()
    if CHROME_LINE.match(folded) or SHARING_SITE_LINE.match(folded):
        return True
    if len(folded) > 80 or "。" in folded:
        return False
    squeezed = re.sub(r"\s+", "", folded)
    if _METADATA.search(folded) or BREADCRUMB.match(squeezed):
        return True
    if _SENTENCE.search(squeezed):
        return False
    menu = [item for item in re.split(r"[|｜/]", squeezed) if item]
    return bool(
        SITE_CONTROLS.search(squeezed)
        or MENU_START.match(squeezed)
        or (len(menu) >= 3 and all(len(item) <= 8 for item in menu))
        or (len(squeezed) <= 8 and MENU_ITEM.match(squeezed) and not re.search(r"\d", squeezed))
        or SITE_NAME.match(squeezed)
    )


def _header_run(blocks: Sequence[TextBlock], start: int) -> list[str]:
    cells: list[str] = []
    for block in blocks[start:]:
        text = block.text.strip()
        if is_table(block) or len(cell_key(text)) > MAX_HEADER_CELL or header_role(text) is None:
            break
        cells.append(text)
    roles = [header_role(cell) for cell in cells]
    if len(cells) < MIN_COLUMNS or not ({"name", "department"} & set(roles)):
        return []
    if not ({"grade", "score", "amount", "count", "share"} & set(roles)):
        return []
    return cells


def _ends_cells(block: TextBlock) -> bool:
    text = block.text.strip()
    folded = fold(text)
    return (
        is_table(block)
        or len(cell_key(text)) > MAX_CELL
        or ("。" in text and len(text) > 20)
        or bool(LEVEL1.match(folded) or LEVEL2.match(folded))
        or is_chrome(text)
        or bool(TRAILER_START.match(folded))
    )


def _column_for(cell: str, roles: Sequence[str], start: int) -> int | None:
    """The first column from `start` on that can hold the cell; a text cell that does not read as an
    organisation skips a department column for a name column after it."""
    for column in range(start, len(roles)):
        role = roles[column]
        if not fits(role, cell):
            continue
        later_name = "name" in roles[column + 1 :]
        if role in {"department", "unit"} and later_name and not _ORG_END.search(cell_key(cell)):
            continue
        return column
    return None


def _rows(cells: Sequence[str], roles: Sequence[str]) -> list[tuple[str | None, ...]]:
    rows: list[list[str | None]] = []
    column = len(roles)  # no row open yet
    for cell in cells:
        target = _column_for(cell, roles, column) if column < len(roles) else None
        if target is None:
            target = _column_for(cell, roles, 0)
            if target is None:
                continue  # a cell that fits no column (a stray note): left out
            rows.append([None] * len(roles))
        rows[-1][target] = cell
        column = target + 1
    return [tuple(row) for row in rows]


def _cut_short(row: Sequence[str | None], roles: Sequence[str]) -> bool:
    """A last row that stops before its table's result columns."""
    filled = [index for index, cell in enumerate(row) if cell]
    results = [index for index, role in enumerate(roles) if role in {"grade", "score", "amount"}]
    return bool(results) and all(index not in filled for index in results) and max(filled, default=-1) < max(results)


def rebuild_flattened_tables(blocks: Sequence[TextBlock]) -> list[TextBlock]:
    result: list[TextBlock] = []
    index = 0
    while index < len(blocks):
        header = _header_run(blocks, index)
        if header:
            end = index + len(header)
            while end < len(blocks) and not _ends_cells(blocks[end]) and not _header_run(blocks, end):
                end += 1
            cells = [block.text.strip() for block in blocks[index + len(header) : end]]
            notes = [cell for cell in cells if _UNIT_NOTE.match(fold(cell))]  # `单位:亿元` among the cells
            cells = [cell for cell in cells if cell not in notes]
            roles = [header_role(cell) or "" for cell in header]
            rows = _rows(cells, roles)
            if rows and end == len(blocks) and _cut_short(rows[-1], roles):
                rows = rows[:-1]  # the page's text was cut inside this row (an archived page ends mid-table)
            if rows:
                page = blocks[index].page_at(0)
                result += [PlainBlock(note, page) for note in notes]  # read before the table, as printed above it
                result.append(PlainTable(rows=(tuple(header), *rows), page=page))
                index = end
                continue
        result.append(blocks[index])
        index += 1
    return result


MIN_PAIRS = 3  # label-and-value pairs of a vertical table, at least
MAX_LABEL = 12  # characters of a field label (`项目名称`, `评价得分`)
_SPLIT_NUMBER = re.compile(r"(?<=\d)([.,])\s+(?=\d)")  # one pass, though splits follow each other (`1, 234, 567`)


def _label(block: TextBlock) -> str | None:
    """The role a block names as a field label on a line of its own (`项目名称`, `评价得分`), or None."""
    text = block.text.strip()
    if is_table(block) or len(cell_key(text)) > MAX_LABEL:
        return None
    return header_role(text)


def _one_row_table(pairs: Sequence[tuple[str, str]], first: TextBlock) -> PlainTable:
    """Labels and values as a table of one row under a header of the labels."""
    header = tuple(label for label, _ in pairs)
    return PlainTable(rows=(header, tuple(value for _, value in pairs)), page=first.page_at(0))


def rebuild_vertical_tables(blocks: Sequence[TextBlock]) -> list[TextBlock]:
    """One project given as labels and values on lines of their own (a web page's two-column table flattened:
    `项目名称` / `X` / `主管部门` / `Y` / `评价得分` / `84.5`): a one-row table with the labels as its header."""
    result: list[TextBlock] = []
    index = 0
    while index < len(blocks):
        pairs: list[tuple[str, str]] = []
        end = index
        while end + 1 < len(blocks) and _label(blocks[end]) and not _label(blocks[end + 1]):
            value = blocks[end + 1]
            if is_table(value) or len(cell_key(value.text)) > MAX_CELL or "。" in value.text:
                break
            pairs.append((blocks[end].text.strip(), value.text.strip()))
            end += 2
        roles = {header_role(label) for label, _ in pairs}
        if len(pairs) >= MIN_PAIRS and {"name", "department"} & roles and {"grade", "score", "amount"} & roles:
            result.append(_one_row_table(pairs, blocks[index]))
            index = end
            continue
        result.append(blocks[index])
        index += 1
    return result


def _label_pairs(block: TextBlock) -> list[tuple[str, str]] | None:
    """A two-column table of labels and values (`项目名称 | X`, `主管部门 | Y`, …) as its pairs, or None: every row
    a short label and one value, the labels not figures."""
    if not is_table(block):
        return None
    pairs = []
    for row in block.rows:  # type: ignore[attr-defined]
        cells = [cell.strip() for cell in row if cell and cell.strip()]
        if len(cells) != 2 or len(cell_key(cells[0])) > MAX_LABEL or any(ch.isdigit() for ch in cells[0]):
            return None
        pairs.append((cells[0], cells[1]))
    return pairs or None


def transpose_label_tables(blocks: Sequence[TextBlock]) -> list[TextBlock]:
    """One project given as a two-column table of labels and values (a card per project, `项目名称 | X` /
    `主管部门 | Y` / `评价得分 | 84.5`): a one-row table with the labels as its header. A card cut by a page break
    continues in the next table when that one names no project of its own."""
    result: list[TextBlock] = []
    index = 0
    while index < len(blocks):
        pairs = _label_pairs(blocks[index])
        roles = {header_role(label) for label, _ in pairs or []}
        if pairs and "name" in roles:
            end = index + 1
            while end < len(blocks) and (more := _label_pairs(blocks[end])):
                named = {header_role(label) for label, _ in more}
                if "name" in named:
                    break
                pairs += more
                roles |= named
                end += 1
            if len(pairs) >= MIN_PAIRS and {"grade", "score"} & roles:
                result.append(_one_row_table(pairs, blocks[index]))
                index = end
                continue
        result.append(blocks[index])
        index += 1
    return result


MAX_WRAPS = 3  # a row a page wrapped into more lines than this is not read as a row


def _spaced_readings(block: TextBlock) -> list[list[str]]:
    """The ways to read a line of cells a web page printed apart by spaces: one reading, or, where the page's
    width wrapped the line, one per way of joining the wrapped lines (a wrap falls between two cells or inside
    one)."""
    original = getattr(block, "original", block)
    raw = getattr(original, "raw_text", None) or original.text
    if is_table(block):
        return []
    lines = raw.strip().split("\n")
    if len(lines) > MAX_WRAPS:
        return []
    readings: list[list[str]] = []
    for joins in product((" ", ""), repeat=len(lines) - 1):
        text = lines[0] + "".join(join + line for join, line in zip(joins, lines[1:], strict=True))
        # (a text layer's space inside a number, `93. 5`, `6, 128. 75`, or a wrap inside one, joined first)
        cells = [normalized_text(cell)[0] for cell in _SPLIT_NUMBER.sub(r"\1", text).split()]
        if cells not in readings:
            readings.append(cells)
    return readings


def _spaced_header(block: TextBlock) -> tuple[list[str], list[str | None]]:
    """A header line every cell of which names a column, with its roles; ([], []) when the line is none."""
    for cells in _spaced_readings(block):
        roles = [header_role(cell) for cell in cells]
        if (
            len(cells) >= MIN_COLUMNS
            and all(roles)
            and {"name", "department"} & set(roles)
            and {"grade", "score", "amount"} & set(roles)
        ):
            return cells, roles
    return [], []


def _spaced_row(blocks: Sequence[TextBlock], start: int, roles: Sequence[str | None]) -> tuple[list[str], int]:
    """The cells of the row that begins at `start` and how many blocks it took: its own line, wrapped or not, or
    (a row the page broke into two paragraphs) that line and the next. Only a reading with as many cells as the
    header, most of which fit their column, is a row."""
    for taken in (1, 2):
        if start + taken > len(blocks):
            break
        parts = [_spaced_readings(block) for block in blocks[start : start + taken]]
        if not all(parts):
            break
        for combination in product(*parts):
            for glued in product((False, True), repeat=taken - 1):
                cells = list(combination[0])
                for glue, more in zip(glued, combination[1:], strict=True):
                    cells = cells[:-1] + [cells[-1] + more[0], *more[1:]] if glue else cells + list(more)
                if roles and roles[0] == "seq" and len(cells) == len(roles) - 1 and not cells[0].isdigit():
                    cells = ["", *cells]  # a row the page printed without its 序号: the other cells are in place
                fitting = sum(fits(role or "", cell) for role, cell in zip(roles, cells, strict=False))
                if len(cells) == len(roles) and fitting >= len(roles) / 2:
                    return cells, taken
    return [], 0


def rebuild_spaced_tables(blocks: Sequence[TextBlock]) -> list[TextBlock]:
    """A table printed as lines of cells apart by spaces (`序号  项目名称  主管部门  评价得分  评价结果`, then a
    line per project): a header line whose every cell names a column, and the lines after it with as many cells
    (a line the page's width wrapped read whole again)."""
    result: list[TextBlock] = []
    index = 0
    while index < len(blocks):
        header, roles = _spaced_header(blocks[index])
        if header:
            rows = []
            end = index + 1
            while end < len(blocks):
                cells, taken = _spaced_row(blocks, end, roles)
                if not taken:
                    break
                rows.append(tuple(cells))
                end += taken
            if rows:
                result.append(PlainTable(rows=(tuple(header), *rows), page=blocks[index].page_at(0)))
                index = end
                continue
        result.append(blocks[index])
        index += 1
    return result


MIN_HALF = 2  # columns of each half of a two-up table


def split_two_up_tables(blocks: Sequence[TextBlock]) -> list[TextBlock]:
    """A table printed two records to a row (`名次 | 乡镇 | 得分 | 名次 | 乡镇 | 得分`, a ranking set two-up to save
    paper): its header is the same columns twice; read as one table of the left halves, then the right halves."""
    result: list[TextBlock] = []
    for block in blocks:
        rows = getattr(block, "rows", None) if is_table(block) else None
        width = len(rows[0]) if rows else 0
        if not rows or width < 2 * MIN_HALF or width % 2:
            result.append(block)
            continue
        half = width // 2
        header = [cell_key(cell) for cell in rows[0]]
        roles = [header_role(cell) for cell in header[:half]]
        if header[:half] != header[half:] or sum(1 for role in roles if role) < 2 or "name" not in roles:
            result.append(block)
            continue
        body = [tuple(row[:half]) for row in rows[1:]]
        body += [tuple(row[half:]) for row in rows[1:] if any(cell and cell.strip() for cell in row[half:])]
        result.append(PlainTable(rows=(tuple(rows[0][:half]), *body), page=block.page_at(0)))
    return result


def prepare(blocks: Sequence[TextBlock]) -> Prepared:
    content: list[TextBlock] = []
    chrome: list[TextBlock] = []
    trailer: list[TextBlock] = []
    for block in blocks:
        if trailer or (not is_table(block) and TRAILER_START.match(fold(block.text).strip())):
            trailer.append(block)
        elif not is_table(block) and is_chrome(block.text):
            chrome.append(block)
        else:
            content.append(block)
    tables = rebuild_flattened_tables(
        rebuild_vertical_tables(rebuild_spaced_tables(transpose_label_tables(split_two_up_tables(content))))
    )
    return Prepared(tables, chrome, trailer)
