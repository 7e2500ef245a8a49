"""No silent misses: every result cue a sentence or a table row carries (a count of projects, an amount, a grade
word, a score; lexicon of cues: parsers/cues.py) must be accounted for by a row the readers made from it or by an
exclusion with the rule that left it out (a plan, a score band, money of the accounts). What is left fails the
check `unexplained_result`, which quotes the sentence: a document read wrong says so."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.parsers.cells import header_role, is_grade, is_score
from jixiao.parsers.cues import Cue, result_cues
from jixiao.parsers.grades import grade_key
from jixiao.parsers.ledger import Ledger
from jixiao.parsers.lexicon.exclusions import GRADE_RULES
from jixiao.parsers.lexicon.organisations import GRADED_PLACE, PROJECT_NAME_END, WHOLE_NAME_SUFFIX
from jixiao.parsers.lexicon.text import fold, squeeze
from jixiao.parsers.records import Check, EvaluationBatch, GradeCount, Metric, ProjectEvaluation, UnitEvaluation
from jixiao.parsers.text import Section, is_table, sentences

MAX_REPORTED = 5
_WHITESPACE = re.compile(r"\s+")
CHECK = "unexplained_result"


def _row_cues(
    metrics: Sequence[Metric],
    batches: Sequence[EvaluationBatch],
    grades: Sequence[GradeCount],
    projects: Sequence[ProjectEvaluation],
    units: Sequence[UnitEvaluation],
) -> list[tuple[str, str, str]]:
    """(squeezed source text, cue, value) of every figure a row holds."""
    found: list[tuple[str, str, str]] = []

    def add(text: str, cue: str, value: object) -> None:
        if isinstance(value, Decimal):
            value = format(value.normalize(), "f")
        found.append((squeeze(text), cue, str(value)))

    for metric in metrics:
        add(metric.source.text, "amount" if metric.unit == "元" else "count", metric.value)
    for batch in batches:
        if batch.project_count is not None:
            add(batch.source.text, "count", batch.project_count)
        if batch.department_count is not None:
            add(batch.source.text, "count", batch.department_count)
        if batch.amount is not None:
            add(batch.source.text, "amount", batch.amount.yuan)
    for grade in grades:
        add(grade.source.text, "count", grade.count)
        add(grade.source.text, "grade", grade_key(grade.grade_raw))
    for row in [*projects, *units]:
        if row.score is not None:
            add(row.source.text, "score", row.score)
        if row.grade_raw:
            add(row.source.text, "grade", grade_key(row.grade_raw))
        if row.amount is not None:
            add(row.source.text, "amount", row.amount.yuan)
    return found


def _value(cue: Cue) -> str:
    return format(cue.value.normalize(), "f") if isinstance(cue.value, Decimal) else squeeze(str(cue.value))


def _explained(cue: Cue, text: str, ledger: Ledger, rows: Sequence[tuple[str, str, str]]) -> bool:
    if ledger.accounts_for(cue.cue, cue.value, text):
        return True
    value, squeezed = _value(cue), squeeze(text)
    # a row made from this sentence, or from a passage holding it (a list item over several lines)
    return any(
        kind == cue.cue and found == value and (source == squeezed or squeezed in source or source in squeezed)
        for source, kind, found in rows
        if source
    )


_OBJECT_NAME = re.compile(rf"(?:{GRADED_PLACE}|.{{2,40}}(?:{WHOLE_NAME_SUFFIX}|{PROJECT_NAME_END}))")


def _names_objects(table: Sequence[Sequence[str | None]], roles: Sequence[str | None]) -> bool:
    """A column whose header names no role but whose cells name places, organisations or projects (`县（区）` over
    桦岗县, 临溪区…): the objects a table grades, though its header word is one the lexicon does not know."""
    for index, role in enumerate(roles):
        if role is not None:
            continue
        cells = [squeeze(row[index]) for row in table[1:] if index < len(row) and row[index] and squeeze(row[index])]
        if len(cells) >= 2 and all(_OBJECT_NAME.fullmatch(fold(cell)) for cell in cells):
            return True
    return False


def _table_rows_unread(parts: Sequence[Section], ledger: Ledger, rows: Sequence[tuple[str, str, str]]) -> list[str]:
    """Rows of result tables (a grade or score cell under a grade or score column) no row or exclusion took."""
    # a row is read when every cell it prints is in a row the readers took or left out (their rows have merged
    # cells filled in and cut rows joined, so they hold more than the printed row)
    taken = [
        set(text.split("|"))
        for text in [*(source for source, _, _ in rows), *(text for text, cue, _ in ledger.taken | ledger.excluded)]
        if "|" in text
    ]
    unread = []
    for part in parts:
        if not is_table(part.block):
            continue
        table = part.block.rows  # type: ignore[attr-defined]
        roles = [header_role(cell) for cell in table[0]] if table else []
        results = [index for index, role in enumerate(roles) if role in {"grade", "score"}]
        if not results or not ({"name", "department"} & set(roles) or _names_objects(table, roles)):
            continue  # a legend or a scale (`A | 90分以上 | 优先保障`): no object graded
        for row in table[1:]:
            cells = [row[index] if index < len(row) else None for index in results]
            if not any(cell and (is_grade(cell) or is_score(cell)) for cell in cells):
                continue
            printed = {squeeze(cell) for cell in row if cell and squeeze(cell)}
            # (a cell a page break cut is a part of the one the readers joined again)
            if not any(all(any(cell in other for other in cells_taken) for cell in printed) for cells_taken in taken):
                unread.append(" | ".join(cell or "" for cell in row))
    return unread


def unexplained_results(
    parts: Sequence[Section],
    ledger: Ledger,
    metrics: Sequence[Metric],
    batches: Sequence[EvaluationBatch],
    grades: Sequence[GradeCount],
    projects: Sequence[ProjectEvaluation],
    units: Sequence[UnitEvaluation],
) -> list[Check]:
    rows = _row_cues(metrics, batches, grades, projects, units)
    unread: list[tuple[str, str]] = []
    for part in parts:
        if part.is_heading or is_table(part.block):
            continue
        for sentence in sentences(part.block, part.index):
            text = fold(sentence.text)
            if GRADE_RULES.search(text):
                continue  # the scale itself, or what follows from a grade: no result
            missing = [
                f"{cue.cue} {cue.printed}"
                for cue in result_cues(text)
                if not _explained(cue, sentence.text, ledger, rows)
            ]
            if missing:
                unread.append((sentence.text.strip(), ", ".join(missing)))
    unread += [(row, "table row") for row in _table_rows_unread(parts, ledger, rows)]
    if not unread:
        return [Check(CHECK, "0", "0", True, "every count, amount, grade and score was read or left out by rule")]
    return [
        Check(CHECK, "0", str(len(unread)), False, f"not read: {what} in “{_WHITESPACE.sub(' ', text)[:80]}”")
        for text, what in unread[:MAX_REPORTED]
    ]
