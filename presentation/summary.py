"""The readable summary `jixiao show` and `make demo` print, queried through the warehouse views."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb
from jixiao.presentation.catalog import error_section
from jixiao.presentation.render import Section, clip, query_section, table
from jixiao.warehouse import connect


def _rows(connection: duckdb.DuckDBPyConnection, sql: str, *params: object) -> tuple[list[str], list[tuple]]:
    result = connection.execute(sql, list(params))
    return [column[0] for column in result.description], result.fetchall()


def _stated(column: str) -> str:
    """A stated figure as printed: 8.46亿元, not 8.460000亿元 (the column has a fixed scale)."""
    return f"rtrim(rtrim(CAST({column} AS VARCHAR), '0'), '.') || stated_unit"


# (title, query of the shown reports' rows, report_id first; money columns in yuan)
SECTIONS: list[tuple[str, str]] = [
    (
        "Headline metrics",
        f"""SELECT report_id, metric, {_stated("stated_value")} AS stated, value, unit, page
           FROM metrics WHERE report_id IN (SELECT unnest(?)) ORDER BY page, metric""",
    ),
    (
        "Evaluation batches",
        f"""SELECT report_id, batch_type, label_raw, project_count AS projects, department_count AS departments,
                  {_stated("stated_amount")} AS amount, amount_yuan, page
           FROM evaluation_batches WHERE report_id IN (SELECT unnest(?)) ORDER BY page, batch_type""",
    ),
    (
        "Grade distribution",
        """SELECT report_id, batch_type, grade, grade_raw, count, share_pct AS "share %", page
           FROM grade_counts WHERE report_id IN (SELECT unnest(?))
           ORDER BY batch_type, list_position(['优','良','中','差'], grade) NULLS LAST, grade_raw""",
    ),
    (
        "Evaluated projects",
        """SELECT report_id, batch_type, seq, project_name, department_raw AS department, department AS canonical,
                  grade, grade_raw, score, amount_yuan, page
           FROM project_evaluations WHERE report_id IN (SELECT unnest(?)) ORDER BY batch_type, seq, project_name""",
    ),
    (
        "Whole-unit evaluations",
        """SELECT report_id, unit_name, parent_department, grade, grade_raw, score, page
           FROM unit_evaluations WHERE report_id IN (SELECT unnest(?)) ORDER BY unit_name""",
    ),
]
DEFAULT_LIMIT = 20  # reports shown when none is named: the most recently ingested latest versions


def _grouped(connection: duckdb.DuckDBPyConnection, sql: str, ids: list[str]) -> tuple[list[str], dict[str, list]]:
    """One query for every shown report: its columns (without report_id) and rows by report."""
    columns, rows = _rows(connection, sql, ids)
    grouped: dict[str, list] = {}
    for row in rows:
        grouped.setdefault(row[0], []).append(row[1:])
    return columns[1:], grouped


def render_summary(
    root: str | Path, report_id: str | None = None, limit: int | None = DEFAULT_LIMIT, max_width: int | None = None
) -> str:
    """The latest version of each report (the `limit` most recently ingested), or one report: a fixed number of
    queries however many reports the warehouse holds. `max_width`: a terminal's width, that long text is cut to
    (`--out` keeps everything)."""
    connection = connect(root)
    _, total = _rows(connection, "SELECT count(*) FROM reports WHERE is_latest")
    _, reports = _rows(
        connection,
        f"""SELECT * FROM (
              SELECT report_id, title, region, fiscal_year, page_count, status, is_latest, failed_checks, source_path,
                     ingested_at
              FROM reports WHERE (? IS NULL AND is_latest) OR report_id = ?
              ORDER BY ingested_at DESC {"LIMIT " + str(int(limit)) if limit and report_id is None else ""})
            ORDER BY region, fiscal_year, report_id""",
        report_id,
        report_id,
    )
    ids = [row[0] for row in reports]
    shown = len(reports)
    heading = f"Warehouse {root}: {shown} report(s)"
    if report_id is None and total[0][0] > shown:
        heading += f" of {total[0][0]} (the {shown} most recently ingested; --limit N, or --report ID)"
    parts = [heading + "\n"]
    sections = [(title, *_grouped(connection, sql, ids)) for title, sql in SECTIONS]
    _check_columns, checks = _grouped(
        connection,
        """SELECT report_id, count(*) FILTER (passed), count(*) FILTER (NOT passed) FROM checks
           WHERE report_id IN (SELECT unnest(?)) GROUP BY report_id""",
        ids,
    )
    failed_columns, failed = _grouped(
        connection,
        """SELECT report_id, check_name, expected, actual, detail FROM checks
           WHERE report_id IN (SELECT unnest(?)) AND NOT passed""",
        ids,
    )
    for rid, title, region, year, pages, status, latest, _failed, source, _ingested in reports:
        parts.append(
            f"\n■ {title or '(no title found)'}\n"
            f"  region {region or '?'} · fiscal year {year or '?'} · {pages} pages · status {status}"
            f"{' · latest version' if latest else ''}\n  report {rid} · source {source}\n"
        )
        for section_title, columns, grouped in sections:
            if grouped.get(rid):
                shown = table(columns, grouped[rid], "    ", MONEY_COLUMNS, max_width)
                parts.append(f"  {section_title}\n{shown}\n")
        passed, failed_count = (checks.get(rid) or [(0, 0)])[0]
        parts.append(f"  Checks: {passed} passed, {failed_count} failed\n")
        if failed.get(rid):
            parts.append("  Failed checks\n" + table(failed_columns, failed[rid], "    ", max_width=max_width) + "\n")
    open_errors = error_section(root)  # (dismissed ones are not shown: `jixiao errors --all` lists them)
    columns = ["source_path", "error_code", "message"]
    errors = [[row[open_errors.columns.index(column)] for column in columns] for row in open_errors.rows]
    if errors:
        parts.append("\n  Ingest errors\n" + table(columns, errors, "    ", max_width=max_width) + "\n")
    text = "".join(parts)
    if max_width is None:
        return text
    return "\n".join(clip(line, max_width) for line in text.split("\n"))


REPORT_QUERY = """SELECT * FROM (
      SELECT report_id, title, region, fiscal_year, document_kind, page_count, status, is_latest, failed_checks,
             source_path, ingested_at
      FROM reports WHERE (? IS NULL AND is_latest) OR report_id = ?
      ORDER BY ingested_at DESC {limit})
    ORDER BY region, fiscal_year, report_id"""
MONEY_COLUMNS = frozenset({"amount_yuan"})


# The sheets' names where a person opens them (xlsx), as `compare` names its own.
SHEET_TITLES = {
    "Reports": "报告",
    "Headline metrics": "主要指标",
    "Evaluation batches": "评价批次",
    "Grade distribution": "等级分布",
    "Evaluated projects": "评价项目",
    "Whole-unit evaluations": "单位整体评价",
    "Failed checks": "未通过的核对",
}


def summary_sections(
    root: str | Path, report_id: str | None = None, limit: int | None = DEFAULT_LIMIT
) -> list[Section]:
    """What `show` prints, as tables for `--out`: the shown reports, then each section's rows of all of them
    (region, fiscal year and report id first), their failed checks and the warehouse's open ingest errors (region
    and year empty: a document that did not load has none). Headed in Chinese in xlsx."""
    connection = connect(root)
    limited = REPORT_QUERY.format(limit="LIMIT " + str(int(limit)) if limit and report_id is None else "")
    reports = _typed(connection, "reports", SHEET_TITLES["Reports"], limited, report_id, report_id)
    sections = [reports]
    ids = [row[0] for row in reports.rows]
    at = {
        row[0]: (row[reports.columns.index("region")], row[reports.columns.index("fiscal_year")])
        for row in reports.rows
    }
    queries = [
        *SECTIONS,
        (
            "Failed checks",
            """SELECT report_id, check_name, expected, actual, detail FROM checks
               WHERE report_id IN (SELECT unnest(?)) AND NOT passed ORDER BY report_id, check_name""",
        ),
    ]
    for title, sql in queries:
        key = title.lower().replace(" ", "_").replace("-", "_")
        section = _typed(connection, key, SHEET_TITLES[title], sql, ids)
        sections.append(with_region_and_year(section, lambda row: at.get(row[0], (None, None)), reports))
    errors = error_section(root)
    sections.append(with_region_and_year(errors, lambda row: (None, None), reports))
    return sections


def with_region_and_year(section: Section, where: Callable[[list[Any]], tuple[Any, Any]], reports: Section) -> Section:
    """`section` with the region and fiscal year of each row in front (their types those of the reports table)."""
    rows = [[*where(row), *row] for row in section.rows]
    schema = section.arrow_schema
    if schema is not None and reports.arrow_schema is not None:
        for name in ("fiscal_year", "region"):
            field = reports.arrow_schema.field(name)
            schema = schema.insert(0, field)
    return Section(
        section.key,
        section.title,
        ["region", "fiscal_year", *section.columns],
        rows,
        section.money_columns,
        schema,
        labelled=True,
    )


def _typed(connection: duckdb.DuckDBPyConnection, key: str, title: str, sql: str, *params: object) -> Section:
    section = query_section(connection.execute(sql, list(params)), key, title, MONEY_COLUMNS)
    section.labelled = True
    return section
