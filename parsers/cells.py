"""What a table cell can hold, by its text alone: a sequence number, a number, a score, a share, a grade word or
text. Used to read header roles and to put the cells of a flattened web table back into their columns."""

from __future__ import annotations

import re
from functools import cache

from jixiao.parsers.grades import grade_key
from jixiao.parsers.lexicon.columns import COLUMN_ROLES
from jixiao.parsers.lexicon.grades import GRADE_MAP
from jixiao.parsers.lexicon.text import CJK_CHAR, fold, nfkc, squeeze

__all__ = [
    "cell_key",
    "figure_key",
    "fits",
    "grade_key",
    "header_role",
    "is_grade",
    "is_number",
    "is_score",
    "is_seq",
    "is_text",
]

_NUMBER = re.compile(r"^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$")
_SCORE = re.compile(r"^(\d{1,3}(?:\.\d+)?)\s*分?$")
_SHARE = re.compile(r"^\d{1,3}(?:\.\d+)?\s*%$")
_SEQ = re.compile(r"^\d{1,3}$")


def cell_key(cell: str | None) -> str:
    """A cell's comparable form: NFKC, no whitespace."""
    return squeeze(nfkc(cell or ""))


_EDGE_MARKS = re.compile(r"^[.,:;|'`_]+|[.,:;|'`_]+$")


def figure_key(cell: str | None) -> str:
    """A figure cell's comparable form: `cell_key`, less the stray marks an OCR'd scan leaves at a number's edges
    (`1600.00.`, `88.5:`). Only when what remains is a figure: words keep every character."""
    key = cell_key(cell)
    bare = _EDGE_MARKS.sub("", key)
    return bare if bare != key and (_NUMBER.match(bare) or _SCORE.match(bare)) else key


def is_grade(text: str | None) -> bool:
    word = grade_key(text or "")
    return word in GRADE_MAP or re.sub(r"\(.*?\)$", "", word) in GRADE_MAP


def is_number(text: str | None) -> bool:
    return bool(_NUMBER.match(cell_key(text)))


def is_score(text: str | None) -> bool:
    match = _SCORE.match(cell_key(text))
    return bool(match) and float(match[1]) <= 100


def is_share(text: str | None) -> bool:
    return bool(_SHARE.match(cell_key(text)))


def is_seq(text: str | None) -> bool:
    return bool(_SEQ.match(cell_key(text)))


def is_text(text: str | None) -> bool:
    """Words (a name, a department, a note): some CJK, not a grade word on its own."""
    key = cell_key(text)
    return bool(CJK_CHAR.search(key)) and not is_grade(key)


@cache
def _role_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((role, re.compile(pattern)) for role, pattern in COLUMN_ROLES)


def header_role(cell: str | None) -> str | None:
    """The role a header cell names (`评价得分` → score, `主管部门` → department), or None."""
    text = fold(cell_key(cell))
    if not text or len(text) > 24 or is_number(text) or re.search(r"[:：。；;]", text):
        return None  # `主管部门：湖州市商务局` is a labelled value, not a column header
    if len(text) > 8 and text.endswith("表"):
        return None  # `…绩效评价结果表`: the table's caption, not one of its columns
    return next((role for role, pattern in _role_patterns() if pattern.search(text)), None)


def fits(role: str, cell: str | None) -> bool:
    """Whether a cell's text can stand in a column of this role."""
    if role == "seq":
        return is_seq(cell)
    if role in {"score"}:
        return is_score(cell)
    if role in {"amount", "count"}:
        return is_number(cell)
    if role == "share":
        return is_share(cell) or is_number(cell)
    if role == "grade":
        return is_grade(cell) or is_score(cell)
    return is_text(cell)
