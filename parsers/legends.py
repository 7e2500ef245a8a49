"""A document's own legend for its grade marks (`注：评价结果A（优秀）、B（良好）、C（一般）、D（较差）`, `一等为优`):
rows graded with a mark the legend defines get that grade; `grade_raw` keeps the mark as printed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from jixiao.parsers.grades import grade_key, normalize_grade
from jixiao.parsers.lexicon.grades import LEGEND_PAIR
from jixiao.parsers.lexicon.text import fold
from jixiao.parsers.records import GradeCount, ProjectEvaluation, UnitEvaluation
from jixiao.parsers.rules import rule
from jixiao.parsers.text import TextBlock, is_table

GRADE_OF_LEGEND = rule(
    "grade_of_legend",
    reads="a legend line and the rows its marks grade",
    makes="row",
    why="a document that defines its marks (A（优秀）, 一等为优) grades each row the mark stands for",
    example="注：评价结果A（优秀）、B（良好）、C（一般）、D（较差）。",
)
Row = TypeVar("Row", ProjectEvaluation, UnitEvaluation, GradeCount)


def read_legend(blocks: Sequence[TextBlock]) -> dict[str, str]:
    """mark → grade, from every pair a legend writes (two pairs at least: one alone is a sentence, not a legend)."""
    legend: dict[str, str] = {}
    for block in blocks:
        if is_table(block):
            continue
        pairs = list(LEGEND_PAIR.finditer(fold(block.text)))
        if len(pairs) < 2:
            continue
        for pair in pairs:
            grade = normalize_grade(pair["word"])
            if grade:
                legend.setdefault(grade_key(pair["mark"]).removesuffix("级"), grade)
    return legend


def with_legend(rows: Sequence[Row], legend: dict[str, str]) -> list[Row]:
    graded = []
    for row in rows:
        mark = grade_key(row.grade_raw).removesuffix("级") if row.grade_raw else None
        if row.grade is None and mark in legend:
            row = replace(row, grade=legend[mark], rule=f"{row.rule}+{GRADE_OF_LEGEND.name}")
        graded.append(row)
    return graded
