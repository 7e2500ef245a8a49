"""The readable summary `jixiao show` and `make demo` print, queried through the warehouse views."""

from __future__ import annotations

from pathlib import Path

import duckdb

from flows.render import table
from warehouse import connect


def _rows(connection: duckdb.DuckDBPyConnection, sql: str, *params: object) -> tuple[list[str], list[tuple]]:
    result = connection.execute(sql, list(params))
    return [column[0] for column in result.description], result.fetchall()


def _stated(column: str) -> str:
    """A stated figure as printed: 8.46亿元, not 8.460000亿元 (the column has a fixed scale)."""
    return f"rtrim(rtrim(CAST({column} AS VARCHAR), '0'), '.') || stated_unit"


def _section(title: str, connection: duckdb.DuckDBPyConnection, sql: str, *params: object) -> str:
    columns, rows = _rows(connection, sql, *params)
    if not rows:
        return ""
    return f"  {title}\n" + table(columns, rows, indent="    ") + "\n"


def render_summary(root: str | Path, report_id: str | None = None) -> str:
    connection = connect(root)
    _, reports = _rows(
        connection,
        """SELECT report_id, title, region, fiscal_year, page_count, status, is_latest, failed_checks, source_path
           FROM reports WHERE (? IS NULL AND is_latest) OR report_id = ?
           ORDER BY region, fiscal_year, report_id""",
        report_id,
        report_id,
    )
    parts = [f"Warehouse {root}: {len(reports)} report(s)\n"]
    for rid, title, region, year, pages, status, latest, _failed, source in reports:
        parts.append(
            f"\n■ {title or '(no title found)'}\n"
            f"  region {region or '?'} · fiscal year {year or '?'} · {pages} pages · status {status}"
            f"{' · latest version' if latest else ''} · report {rid}\n  source {source}\n"
        )
        parts.append(
            _section(
                "Headline metrics",
                connection,
                f"""SELECT metric, {_stated("stated_value")} AS stated, value, unit, page
                   FROM metrics WHERE report_id = ? ORDER BY page, metric""",
                rid,
            )
        )
        parts.append(
            _section(
                "Evaluation batches",
                connection,
                f"""SELECT batch_type, label_raw, project_count AS projects, department_count AS departments,
                          {_stated("stated_amount")} AS amount, amount_yuan, page
                   FROM evaluation_batches WHERE report_id = ? ORDER BY page, batch_type""",
                rid,
            )
        )
        parts.append(
            _section(
                "Grade distribution",
                connection,
                """SELECT batch_type, grade, grade_raw, count, share_pct AS "share %", page
                   FROM grade_counts WHERE report_id = ?
                   ORDER BY batch_type, list_position(['优','良','中','差'], grade) NULLS LAST, grade_raw""",
                rid,
            )
        )
        parts.append(
            _section(
                "Evaluated projects",
                connection,
                """SELECT batch_type, seq, project_name, department_raw AS department, department AS canonical,
                          grade, grade_raw, score, amount_yuan, page
                   FROM project_evaluations WHERE report_id = ? ORDER BY batch_type, seq, project_name""",
                rid,
            )
        )
        parts.append(
            _section(
                "Whole-unit evaluations",
                connection,
                """SELECT unit_name, parent_department, grade, grade_raw, score, page
                   FROM unit_evaluations WHERE report_id = ? ORDER BY unit_name""",
                rid,
            )
        )
        _, counts = _rows(
            connection,
            "SELECT count(*) FILTER (passed), count(*) FILTER (NOT passed) FROM checks WHERE report_id = ?",
            rid,
        )
        passed, failed_count = counts[0]
        parts.append(f"  Checks: {passed} passed, {failed_count} failed\n")
        parts.append(
            _section(
                "Failed checks",
                connection,
                "SELECT check_name, expected, actual, detail FROM checks WHERE report_id = ? AND NOT passed",
                rid,
            )
        )
    errors = _section(
        "Ingest errors",
        connection,
        "SELECT source_path, error_code, message FROM ingest_errors ORDER BY occurred_at",
    )
    if errors:
        parts.append("\n" + errors)
    return "".join(part for part in parts if part)
