"""`jixiao compare`: a region's reports side by side across years, from the comparison views.

The sections are tidy typed tables, one row per figure and year (what an analyst wants in a spreadsheet): headline
counts and ratios, headline amounts (yuan), the grade distribution by batch, each department's grades, and projects
evaluated in more than one year. Each row keeps where its figure came from (report, page, source sentence). The
terminal view pivots them back to one column per year, amounts in 万元/亿元 with the change beside.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.parsers.lexicon.batches import BATCH_LABELS, METRIC_LABELS
from jixiao.parsers.lexicon.grades import GRADES
from jixiao.presentation.money import change_text, figure_text, money_text, money_unit
from jixiao.presentation.render import Section, as_csv, cell, table
from jixiao.warehouse.layout import raw_path
from jixiao.warehouse.storage import storage_for
from jixiao.warehouse.views import connect

PROVENANCE_COLUMNS = ["report_id", "page", "source_text"]
METRIC_COLUMNS = ["metric", "label", "unit", "fiscal_year", "value", "change", *PROVENANCE_COLUMNS]
GRADE_COLUMNS = ["batch", "batch_label", "grade", "fiscal_year", "count", "share_pct", *PROVENANCE_COLUMNS]
DEPARTMENT_COLUMNS = ["department_id", "department", "fiscal_year", "grades", "projects", *PROVENANCE_COLUMNS]
PROJECT_COLUMNS = [
    "project_id",
    "project",
    "department",
    "fiscal_year",
    "grade",
    "score",
    "amount_yuan",
    *PROVENANCE_COLUMNS,
]
MONEY_UNIT = "元"  # the unit the metrics table keeps amounts in


@dataclass
class Comparison:
    region: str
    years: list[int]
    sections: list[Section]
    # Where each report's original PDF is kept (raw/<sha256>.pdf): a local path, or a URL for a remote warehouse.
    originals: dict[str, Path | str] = field(default_factory=dict)

    def section(self, key: str) -> Section:
        return next(section for section in self.sections if section.key == key)


def grade_rank(grade: str) -> tuple[int, str]:
    return (GRADES.index(grade) if grade in GRADES else len(GRADES), grade)


def metric_label(metric: str) -> str:
    return METRIC_LABELS.get(metric, metric)


def batch_label(batch: str) -> str:
    return BATCH_LABELS.get(batch, batch)


def _exact(value: Any) -> Any:
    """Decimals without the column's fixed scale (138, not 138.0000); whole numbers as int; a share the view computed
    (a double) as the decimal it prints as."""
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        value = value.normalize()
        return int(value) if value == value.to_integral_value() else value
    return value


def _originals(root: str | Path, report_ids: set[str], connection: Any) -> dict[str, Path | str]:
    if not report_ids:
        return {}
    storage = storage_for(root)
    rows = connection.execute(
        "SELECT report_id, sha256 FROM reports WHERE report_id IN (SELECT unnest(?))", [sorted(report_ids)]
    ).fetchall()
    originals: dict[str, Path | str] = {}
    for report_id, sha256 in rows:
        relative = raw_path(sha256)
        local = storage.local_path(relative)
        originals[report_id] = local.resolve() if local is not None else storage.path(relative)
    return originals


def compare(root: str | Path, region: str, years: tuple[int, int] | None = None) -> Comparison:
    connection = connect(root, region=region)  # only the files that hold the region's reports
    low, high = years or (0, 9999)

    def query(sql: str) -> list[tuple[Any, ...]]:
        return connection.execute(sql, [region, low, high]).fetchall()

    metric_rows = query(
        """SELECT metric, unit, fiscal_year, value, change, report_id, page, source_text
           FROM compare_headline_metrics
           WHERE region = ? AND fiscal_year BETWEEN ? AND ? ORDER BY metric, fiscal_year"""
    )
    grade_rows = query(
        """SELECT batch_type, grade, fiscal_year, count, share_pct, report_id, page, source_text
           FROM compare_grade_distribution
           WHERE region = ? AND fiscal_year BETWEEN ? AND ? ORDER BY batch_type, fiscal_year"""
    )
    department_rows = query(
        """SELECT department_id, department, fiscal_year, grades, projects, report_id, page, source_text
           FROM compare_department_grades
           WHERE region = ? AND fiscal_year BETWEEN ? AND ? ORDER BY department, fiscal_year"""
    )
    project_rows = query(
        """SELECT project_id, canonical_name, department, fiscal_year, grade, score, amount_yuan,
                  report_id, page, source_text
           FROM compare_projects
           WHERE region = ? AND fiscal_year BETWEEN ? AND ? ORDER BY canonical_name, fiscal_year"""
    )
    all_years = sorted(
        {row[2] for row in metric_rows} | {row[2] for row in grade_rows} | {row[2] for row in department_rows}
    )

    counts, amounts = [], []
    for metric, unit, year, value, change, report_id, page, source in metric_rows:
        row = [metric, metric_label(metric), unit, year, _exact(value), _exact(change), report_id, page, source]
        (amounts if unit == MONEY_UNIT else counts).append(row)
    # The vocabulary's order (self-evaluation, monitoring, sampling, key evaluation …), then the years.
    order = {metric: index for index, metric in enumerate(METRIC_LABELS)}
    for rows in (counts, amounts):
        rows.sort(key=lambda row: (order.get(row[0], len(order)), row[0], row[3]))
    grades = sorted(
        (
            [batch, batch_label(batch), grade, year, count, _exact(share), report_id, page, source]
            for batch, grade, year, count, share, report_id, page, source in grade_rows
        ),
        key=lambda row: (row[0], row[3], grade_rank(row[2])),
    )
    departments = [[*row[:4], int(row[4]), *row[5:]] for row in department_rows]
    projects = [
        [pid, name, department or "", year, grade, _exact(score), _exact(amount), report_id, page, source]
        for pid, name, department, year, grade, score, amount, report_id, page, source in project_rows
    ]
    report_ids = {row[-3] for rows in (counts, amounts, grades, departments, projects) for row in rows}
    return Comparison(
        region=region,
        years=all_years,
        sections=[
            Section("headline_metrics", "主要指标（数量、比例）", METRIC_COLUMNS, counts),
            Section("headline_amounts", "主要指标（金额）", METRIC_COLUMNS, amounts, frozenset({"value", "change"})),
            Section("grade_distribution", "各评价类型的等级分布", GRADE_COLUMNS, grades),
            Section("department_grades", "各部门项目评价等级", DEPARTMENT_COLUMNS, departments),
            Section("projects", "跨年度评价的项目", PROJECT_COLUMNS, projects, frozenset({"amount_yuan"})),
        ],
        originals=_originals(root, report_ids, connection),
    )


# -- the terminal view: one column per year ---------------------------------------------------------------------------


def _pivot(
    years: Sequence[int],
    rows: Sequence[Sequence[Any]],
    key: Callable[[Sequence[Any]], tuple[Any, ...]],
    year_of: Callable[[Sequence[Any]], int],
    text_of: Callable[[Sequence[Any]], str],
) -> list[list[Any]]:
    pivot: dict[tuple[Any, ...], dict[int, str]] = {}
    for row in rows:
        pivot.setdefault(key(row), {})[year_of(row)] = text_of(row)
    return [[*labels, *(by_year.get(year, "") for year in years)] for labels, by_year in pivot.items()]


def _number_with_change(value: Any, change: Any, unit: str) -> str:
    if unit == MONEY_UNIT:
        text = money_text(value)
        return text + (f" ({money_text(change, signed=True)})" if change else "")
    return figure_text(value, unit) + (f" ({change_text(change, unit)})" if change else "")


def _text_tables(comparison: Comparison) -> list[tuple[str, list[str], list[list[Any]]]]:
    years = comparison.years
    year_columns = [f"{year}年" for year in years]
    metric = ["指标", "单位", *year_columns]

    def metric_table(rows: list[list[Any]]) -> list[list[Any]]:
        return _pivot(
            years,
            rows,
            key=lambda r: (r[1], "万元/亿元" if r[2] == MONEY_UNIT else r[2]),
            year_of=lambda r: r[3],
            text_of=lambda r: _number_with_change(r[4], r[5], r[2]),
        )

    def grade_text(row: Sequence[Any]) -> str:
        return f"{row[4]} ({cell(row[5])}%)" if row[5] is not None else str(row[4])

    return [
        (
            f"{comparison.section('headline_metrics').title}（括号内为较上年变化）",
            metric,
            metric_table(comparison.section("headline_metrics").rows),
        ),
        (
            f"{comparison.section('headline_amounts').title}（括号内为较上年变化）",
            metric,
            metric_table(comparison.section("headline_amounts").rows),
        ),
        (
            f"{comparison.section('grade_distribution').title}：项目数（占比）",
            ["评价类型", "等级", *year_columns],
            _pivot(
                years, comparison.section("grade_distribution").rows, lambda r: (r[1], r[2]), lambda r: r[3], grade_text
            ),
        ),
        (
            comparison.section("department_grades").title,
            ["主管部门", *year_columns],
            _pivot(
                years, comparison.section("department_grades").rows, lambda r: (r[1],), lambda r: r[2], lambda r: r[3]
            ),
        ),
        (
            comparison.section("projects").title,
            ["项目", "主管部门", *year_columns],
            _pivot(years, comparison.section("projects").rows, lambda r: (r[1], r[2]), lambda r: r[3], _project_text),
        ),
    ]


def render_text(comparison: Comparison) -> str:
    parts = [f"{comparison.region}: {', '.join(map(str, comparison.years)) or 'no reports'}"]
    for title, columns, rows in _text_tables(comparison):
        parts.append(f"\n{title}")
        parts.append(table(columns, rows, indent="  ") if rows else "  （无）")
    return "\n".join(parts)


# -- the workbook: the screen's pivots, then the long form ------------------------------------------------------------


def workbook_sections(comparison: Comparison) -> list[Section]:
    """What `compare --out x.xlsx` writes: the pivots the screen shows (a row per figure, a column per year, the
    region in every row), numbers as numbers (each sheet's amounts in one unit, 万元 or 亿元, the unit in its
    column; the grade sheet's cells are counts), then every figure in long form with its source (report, page,
    sentence) as the last sheet."""
    years, region = comparison.years, comparison.region
    year_columns = [f"{year}年" for year in years]
    metrics = comparison.section("headline_metrics").rows
    amounts = [row for row in comparison.section("headline_amounts").rows if row[4] is not None]
    unit, divisor = money_unit(max((abs(Decimal(row[4])) for row in amounts), default=Decimal(0)))

    def pivot(key: str, columns: list[str], rows: list[list[Any]]) -> Section:
        section = comparison.section(key)
        return Section(key, section.title, ["地区", *columns, *year_columns], [[region, *row] for row in rows])

    sheets = [
        pivot(
            "headline_metrics",
            ["指标", "单位"],
            _pivot(years, metrics, lambda r: (r[1], r[2]), lambda r: r[3], lambda r: r[4]),
        ),
        pivot(
            "headline_amounts",
            ["指标", "单位"],
            _pivot(years, amounts, lambda r: (r[1], unit), lambda r: r[3], lambda r: Decimal(r[4]) / divisor),
        ),
        pivot(
            "grade_distribution",
            ["评价类型", "等级", "单位"],
            _pivot(
                years,
                comparison.section("grade_distribution").rows,
                lambda r: (r[1], r[2], "个"),
                lambda r: r[3],
                lambda r: r[4],
            ),
        ),
        pivot(
            "department_grades",
            ["主管部门"],
            _pivot(
                years, comparison.section("department_grades").rows, lambda r: (r[1],), lambda r: r[2], lambda r: r[3]
            ),
        ),
        pivot(
            "projects",
            ["项目", "主管部门"],
            _pivot(years, comparison.section("projects").rows, lambda r: (r[1], r[2]), lambda r: r[3], _project_text),
        ),
    ]
    columns: list[str] = []
    for section in comparison.sections:
        columns += [column for column in section.columns if column not in columns]
    long_rows = []
    for section in comparison.sections:
        for row in section.rows:
            by_column = dict(zip(section.columns, row, strict=True))
            long_rows.append([region, section.title, *(by_column.get(column) for column in columns)])
    long_form = Section(
        "figures", "明细（每个数字及其来源）", ["region", "section", *columns], long_rows, frozenset({"amount_yuan"})
    )
    long_form.labelled = True
    return [*sheets, long_form]


def _project_text(row: Sequence[Any]) -> str:
    parts = [row[4] or "", f"{cell(row[5])}分" if row[5] is not None else "", money_text(row[6])]
    return " ".join(part for part in parts if part)


# -- machine-readable: the typed sections as they are ------------------------------------------------------------------


def render_csv(comparison: Comparison) -> str:
    """One long CSV: every section's rows under a `section` column, the columns the union of the sections' (a
    section leaves the others' empty); numbers as numbers, value and change in columns of their own."""
    columns: list[str] = []
    for section in comparison.sections:
        columns += [column for column in section.columns if column not in columns]
    rows = []
    for section in comparison.sections:
        for row in section.rows:
            by_column = dict(zip(section.columns, row, strict=True))
            rows.append([section.key, *(by_column.get(column) for column in columns)])
    return as_csv(["section", *columns], rows)


def _json_number(value: Any) -> Any:
    # Decimal as a JSON number: int when whole, else float, whose shortest repr gives the decimal back exactly up
    # to 15 significant digits (yuan with fen below 10^13, shares, scores).
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


def render_json(comparison: Comparison) -> str:
    return json.dumps(
        {
            "region": comparison.region,
            "years": comparison.years,
            "sections": {
                section.key: [
                    {column: _json_number(value) for column, value in zip(section.columns, row, strict=True)}
                    for row in section.rows
                ]
                for section in comparison.sections
            },
            "money_columns": {section.key: sorted(section.money_columns) for section in comparison.sections},
        },
        ensure_ascii=False,
        indent=1,
    )
