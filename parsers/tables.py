"""Project tables, read by their header words, never by column position.

Columns such as 序号 / 主管部门 / 项目单位 / 项目名称 / 金额(万元) / 评价得分 /
评价结果 (评价等级, 评价档次, 自评等级) / 备注. A table continued on the next page,
with or without its header repeated, is one table; 合计/总计 rows are not projects;
a blank grade stays blank; the money unit comes from the header (`资金量（万元）`)
or from a note before the table (`资金单位：万元`); a row's batch may be given only
in 备注 (`财政部门重点评价`, `项目单位自评`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from parsers.amounts import AmountError, parse_decimal, to_amount, unit_from_header
from parsers.batches import classify, contract_batch_type
from parsers.grades import clean_grade_word, is_grade_word, normalize_grade
from parsers.project_lists import clean_name, normalize_name
from parsers.records import ProjectEvaluation, Source
from parsers.text import Section, is_table

# Checked in this order: the first matching role wins (评价得分 is a score, not a grade; 项目单位 is not a name).
COLUMN_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("seq", re.compile(r"^(?:序号|编号|序)$")),
    ("note", re.compile(r"备注|说明|评价方式|评价类型|评价主体")),
    ("unit", re.compile(r"项目单位|实施单位|责任单位|使用单位")),
    ("department", re.compile(r"主管部门|主管单位|归口部门|预算部门|部门名称|^部门$|^单位$")),
    ("score", re.compile(r"得分|分数|评分|分值")),
    ("grade", re.compile(r"评价结果|评价等级|评价等次|评价档次|自评等级|自评结果|等级|档次|等次|结果")),
    ("amount", re.compile(r"金额|资金|预算数|预算额|规模|投资")),
    ("name", re.compile(r"名称|^项目$|^政策$")),
)
TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|共计|合\s*计|总\s*计)$")
_UNIT_NOTE = re.compile(r"(?:资金|金额)?单位[：:]\s*(亿元|万元|元)")
_NUMBER = re.compile(r"^-?\d+(?:,\d{3})*(?:\.\d+)?$")
_SCORE = re.compile(r"^(\d+(?:\.\d+)?)\s*分?$")


@dataclass(frozen=True, slots=True)
class Header:
    roles: dict[str, int]  # role → column index
    amount_unit: str | None
    width: int


def _key(cell: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", cell or ""))


def read_header(row: Sequence[str | None], unit_hint: str | None) -> Header | None:
    """The column roles of a header row, or None when the row is not a project-table header."""
    roles: dict[str, int] = {}
    unit = None
    for index, cell in enumerate(row):
        text = _key(cell)
        for role, pattern in COLUMN_ROLES:
            if text and pattern.search(text) and role not in roles:
                roles[role] = index
                if role == "amount":
                    unit = unit_from_header(text)
                break
    if "name" not in roles or len(roles) < 2 or not ({"grade", "score", "department", "amount"} & set(roles)):
        return None
    return Header(roles=roles, amount_unit=unit or unit_hint, width=len(row))


def _cell(row: Sequence[str | None], header: Header, role: str) -> str | None:
    index = header.roles.get(role)
    if index is None or index >= len(row):
        return None
    value = (row[index] or "").strip()
    return value or None


def _project(row: Sequence[str | None], header: Header, batch: str, page: int) -> ProjectEvaluation | None:
    name = _cell(row, header, "name")
    first = _key(next((cell for cell in row if cell), ""))
    if not name or TOTAL_ROW.match(first) or TOTAL_ROW.match(_key(name)):
        return None
    if read_header(row, None) is not None:
        return None  # a header repeated after a page break
    seq_text = _cell(row, header, "seq")
    grade_text = _cell(row, header, "grade")
    score_text = _cell(row, header, "score")
    grade_raw = clean_grade_word(grade_text) if grade_text else None
    score = parse_decimal(_SCORE.match(score_text)[1]) if score_text and _SCORE.match(score_text) else None
    if grade_raw and not is_grade_word(grade_raw):
        score_in_grade = _SCORE.match(grade_raw)
        score = score if score is not None else (parse_decimal(score_in_grade[1]) if score_in_grade else None)
        grade_raw = None if score_in_grade else grade_raw
    amount_text = _cell(row, header, "amount")
    amount = None
    if amount_text and header.amount_unit and _NUMBER.match(amount_text):
        try:
            amount = to_amount(amount_text, header.amount_unit)
        except AmountError:
            amount = None
    note = _cell(row, header, "note")
    noted = classify(note).batch if note else None
    department_raw = clean_name(_cell(row, header, "department") or "") or None
    return ProjectEvaluation(
        batch_type=contract_batch_type(noted) if noted and noted != "total" else batch,
        seq=int(seq_text) if seq_text and seq_text.isdigit() else None,
        project_name=clean_name(name),
        department_raw=department_raw,
        department=normalize_name(department_raw) if department_raw else None,
        grade=normalize_grade(grade_raw) if grade_raw and is_grade_word(grade_raw) else None,
        grade_raw=grade_raw,
        score=score,
        amount=amount,
        source=Source(page=page, text=" | ".join(cell or "" for cell in row)),
    )


def find_table_projects(parts: Sequence[Section], batch_of: dict[int, str]) -> list[ProjectEvaluation]:
    projects: list[ProjectEvaluation] = []
    header: Header | None = None
    unit_hint: str | None = None
    previous_was_table = False
    for part in parts:
        block = part.block
        if not is_table(block):
            note = _UNIT_NOTE.search(unicodedata.normalize("NFKC", block.text))
            unit_hint = note[1] if note else unit_hint
            previous_was_table = False
            continue
        rows = block.rows  # type: ignore[attr-defined]
        own_header = read_header(rows[0], unit_hint) if rows else None
        if own_header is not None:
            header, body = own_header, rows[1:]
        elif previous_was_table and header is not None and len(rows[0]) == header.width:
            body = rows  # continued from the previous page without its header
        else:
            header, body = None, ()
        previous_was_table = True
        if header is None:
            continue
        for row in body:
            project = _project(row, header, batch_of.get(part.index, "other"), block.page)  # type: ignore[attr-defined]
            if project is not None:
                projects.append(project)
    return projects
