"""Projects listed one by one: `项目N：name`, then labelled fields (`主管部门：`, `评价结果：`, `评价得分：`, `金额：`).

The fields may share a line, wrap, or be cut by a page break; each project's text runs from its `项目N：` to the
next one (or the end of the list), and each field from its label to the next label.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from parsers.amounts import find_amounts, parse_decimal
from parsers.grades import clean_grade_word, is_grade_word, normalize_grade
from parsers.records import ProjectEvaluation, Source
from parsers.text import Section

_ITEM = re.compile(r"(?:^|(?<=[\n。；;：:]))[ \t]*项目\s*(\d+)\s*[：:]")
FIELD_LABELS: dict[str, str] = {
    "department": r"主管部门|主管单位|归口部门",
    "unit": r"项目单位|实施单位",
    "grade": r"评价结果|评价等级|评价等次|评价档次|绩效等级|评价结论",
    "score": r"评价得分|评价分数|得分",
    "amount": r"项目金额|预算金额|资金金额|资金规模|涉及资金|金额",
}
_LABEL = re.compile("|".join(rf"(?P<{name}>(?:{words})\s*[：:])" for name, words in FIELD_LABELS.items()))
_SCORE = re.compile(r"(\d+(?:\.\d+)?)\s*分?")
_TRAILING = "。；;，,. \n"


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    block_index: int
    start: int  # offset in the block


def clean_name(text: str) -> str:
    """A name as printed, with line joins and stray whitespace and trailing punctuation removed."""
    return re.sub(r"\s+", "", text).strip(_TRAILING)


def normalize_name(text: str) -> str:
    """NFKC and no whitespace: the comparable form of a printed name."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).strip(_TRAILING)


def _fields(body: str) -> tuple[str, dict[str, str]]:
    """Split an item's text into its name and labelled fields."""
    labels = list(_LABEL.finditer(body))
    name = body[: labels[0].start()] if labels else body
    values: dict[str, str] = {}
    for label, following in zip(labels, labels[1:] + [None], strict=False):
        kind = label.lastgroup or ""
        end = following.start() if following else len(body)
        values.setdefault(kind, body[label.end() : end])
    return name, values


def find_project_lists(parts: Sequence[Section], batch_of: dict[int, str]) -> tuple[list[ProjectEvaluation], set[int]]:
    """Projects from `项目N：` lists, and the indices of the blocks they were read from."""
    joined = ""
    pieces: list[_Piece] = []
    for part in parts:
        pieces.append(_Piece(part.block.text, part.index, len(joined)))
        joined += part.block.text + "\n"

    def locate(offset: int) -> tuple[int, int]:
        piece = next(p for p in reversed(pieces) if p.start <= offset)
        block = parts[piece.block_index].block
        return piece.block_index, block.page_at(offset - piece.start)

    items = list(_ITEM.finditer(joined))
    projects: list[ProjectEvaluation] = []
    used: set[int] = set()
    for item, following in zip(items, items[1:] + [None], strict=False):
        end = following.start() if following else len(joined)
        name, values = _fields(joined[item.end() : end])
        if "grade" not in values and "score" not in values and "department" not in values:
            continue  # a numbered sentence that merely starts with 项目, not a listed project
        # An item ends with the block of its last field: text after that (a heading, the next section) is not
        # part of it.
        last_label = max(_LABEL.finditer(joined, item.end(), end), key=lambda label: label.start())
        block_end = joined.find("\n", last_label.end(), end)
        end = block_end if block_end >= 0 else end
        name, values = _fields(joined[item.end() : end])
        block_index, page = locate(item.start())
        end_block, _ = locate(max(item.start(), end - 1))
        used.update(range(block_index, end_block + 1))
        grade_raw = clean_grade_word(values["grade"]) if "grade" in values else None
        grade = normalize_grade(grade_raw) if grade_raw and is_grade_word(grade_raw) else None
        score_match = _SCORE.search(values.get("score", ""))
        if grade_raw and not is_grade_word(grade_raw):
            # `评价结果：92.5分` is a score stated under the grade label: keep it as a score, never as a grade.
            score_in_grade = _SCORE.fullmatch(grade_raw)
            score_match = score_match or score_in_grade
            grade_raw = None if score_in_grade else grade_raw
        amounts = find_amounts(values.get("amount", ""))
        department_raw = clean_name(values["department"]) if "department" in values else None
        projects.append(
            ProjectEvaluation(
                batch_type=batch_of.get(block_index, "other"),
                seq=int(item[1]),
                project_name=clean_name(name),
                department_raw=department_raw,
                department=normalize_name(department_raw) if department_raw else None,
                grade=grade,
                grade_raw=grade_raw,
                score=parse_decimal(score_match[1]) if score_match else None,
                amount=amounts[0][0] if amounts else None,
                source=Source(page=page, text=joined[item.start() : end].strip()),
            )
        )
    return projects, used
