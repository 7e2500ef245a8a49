"""`jixiao compare`: a region's reports side by side across years, from the comparison views.

Four sections: headline metrics by year with their change; the grade distribution by year and batch (counts and
shares); each department's grades by year; projects evaluated in more than one year with their grades.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from presentation.render import Section, as_csv, cell, table
from warehouse import connect


@dataclass
class Comparison:
    region: str
    years: list[int]
    sections: list[Section]
    # Raw series for charts: {batch: {year: {grade: share}}}, {metric: {year: value}}, {department: {year: grades}}
    grade_shares: dict[str, dict[int, dict[str, float]]]
    metric_series: dict[str, dict[int, float]]
    department_grid: dict[str, dict[int, str]]


GRADE_ORDER = ["优", "良", "中", "差"]
COUNT_METRICS = [
    "self_evaluated_projects",
    "monitored_projects",
    "sampled_projects",
    "key_evaluated_projects",
    "total_evaluated_projects",
]


def _number(value: Any) -> str:
    return cell(value.normalize() if isinstance(value, Decimal) else value)


def _grade_rank(grade: str) -> tuple[int, str]:
    return (GRADE_ORDER.index(grade) if grade in GRADE_ORDER else len(GRADE_ORDER), grade)


def compare(root: str | Path, region: str, years: tuple[int, int] | None = None) -> Comparison:
    connection = connect(root)
    low, high = years or (0, 9999)

    def query(sql: str) -> list[tuple[Any, ...]]:
        return connection.execute(sql, [region, low, high]).fetchall()

    metric_rows = query(
        """SELECT metric, fiscal_year, value, unit, change FROM compare_headline_metrics
           WHERE region = ? AND fiscal_year BETWEEN ? AND ? ORDER BY metric, fiscal_year"""
    )
    grade_rows = query(
        """SELECT batch_type, grade, fiscal_year, count, share_pct FROM compare_grade_distribution
           WHERE region = ? AND fiscal_year BETWEEN ? AND ?"""
    )
    department_rows = query(
        """SELECT department, fiscal_year, grades FROM compare_department_grades
           WHERE region = ? AND fiscal_year BETWEEN ? AND ? ORDER BY department, fiscal_year"""
    )
    project_rows = query(
        """SELECT canonical_name, department, fiscal_year, grade, score FROM compare_projects
           WHERE region = ? AND fiscal_year BETWEEN ? AND ? ORDER BY canonical_name, fiscal_year"""
    )
    all_years = sorted(
        {row[1] for row in metric_rows} | {row[2] for row in grade_rows} | {row[1] for row in department_rows}
    )
    year_columns = [str(year) for year in all_years]

    metrics: dict[str, dict[int, str]] = {}
    units: dict[str, str] = {}
    metric_series: dict[str, dict[int, float]] = {}
    for metric, year, value, unit, change in metric_rows:
        text = _number(value)
        if change is not None and change != 0:
            text += f" ({'+' if change > 0 else ''}{_number(change)})"
        metrics.setdefault(metric, {})[year] = text
        units[metric] = unit
        metric_series.setdefault(metric, {})[year] = float(value)
    metric_section = Section(
        "headline_metrics",
        "Headline metrics by year (change from the year before)",
        ["metric", "unit", *year_columns],
        [[metric, units[metric], *[by_year.get(y, "") for y in all_years]] for metric, by_year in metrics.items()],
    )

    grades: dict[tuple[str, str], dict[int, str]] = {}
    grade_shares: dict[str, dict[int, dict[str, float]]] = {}
    for batch, grade, year, count, share in grade_rows:
        grades.setdefault((batch, grade), {})[year] = f"{count} ({_number(share)}%)"
        grade_shares.setdefault(batch, {}).setdefault(year, {})[grade] = float(share or 0)
    grade_section = Section(
        "grade_distribution",
        "Grade distribution by year and batch: count (share)",
        ["batch", "grade", *year_columns],
        [
            [batch, grade, *[by_year.get(y, "") for y in all_years]]
            for (batch, grade), by_year in sorted(
                grades.items(), key=lambda item: (item[0][0], _grade_rank(item[0][1]))
            )
        ],
    )

    departments: dict[str, dict[int, str]] = {}
    for department, year, department_grades in department_rows:
        departments.setdefault(department, {})[year] = department_grades
    department_section = Section(
        "department_grades",
        "Each department's project grades by year",
        ["department", *year_columns],
        [[department, *[by_year.get(y, "") for y in all_years]] for department, by_year in departments.items()],
    )

    projects: dict[tuple[str, str], dict[int, str]] = {}
    for name, department, year, grade, score in project_rows:
        projects.setdefault((name, department or ""), {})[year] = (grade or "") + (
            f" {_number(score)}分" if score is not None else ""
        )
    project_section = Section(
        "projects",
        "Projects evaluated in more than one year",
        ["project", "department", *year_columns],
        [
            [name, department, *[by_year.get(y, "") for y in all_years]]
            for (name, department), by_year in projects.items()
        ],
    )
    return Comparison(
        region=region,
        years=all_years,
        sections=[metric_section, grade_section, department_section, project_section],
        grade_shares=grade_shares,
        metric_series=metric_series,
        department_grid=departments,
    )


def render_text(comparison: Comparison) -> str:
    parts = [f"{comparison.region}: {', '.join(map(str, comparison.years)) or 'no reports'}"]
    for section in comparison.sections:
        parts.append(f"\n{section.title}")
        parts.append(table(section.columns, section.rows, indent="  ") if section.rows else "  (none)")
    return "\n".join(parts)


def render_csv(comparison: Comparison) -> str:
    """One long CSV: every section's rows under a `section` column."""
    rows: list[list[Any]] = []
    for section in comparison.sections:
        for row in section.rows:
            label, rest = row[: len(section.columns) - len(comparison.years)], row[-len(comparison.years) :]
            for year, value in zip(comparison.years, rest, strict=True):
                if value != "":
                    rows.append([section.key, " / ".join(map(str, label)), year, value])
    return as_csv(["section", "row", "fiscal_year", "value"], rows)


def render_json(comparison: Comparison) -> str:
    return json.dumps(
        {
            "region": comparison.region,
            "years": comparison.years,
            "sections": {
                s.key: [dict(zip(s.columns, row, strict=True)) for row in s.rows] for s in comparison.sections
            },
        },
        ensure_ascii=False,
        indent=1,
    )
