"""What the browser reads from the warehouse: each function opens a read-only connection over the newest published
snapshot (warehouse.views.connect: Arrow data handed to an in-memory DuckDB with external access off; no lock, no
write, so an ingest runs beside it) and returns plain rows as dicts. Latest report versions only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jixiao.parsers.lexicon.text import fold
from jixiao.warehouse.views import connect

SEARCH_LIMIT = 100


def _fetch(connection: Any, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    result = connection.execute(sql, params)
    names = [column[0] for column in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def _rows(root: str | Path, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    connection = connect(root, sql)
    try:
        return _fetch(connection, sql, params)
    finally:
        connection.close()


def _pattern(query: str) -> str:
    """A LIKE pattern matching `query` anywhere (its own % and _ taken literally), traditional folded."""
    escaped = fold(query.strip()).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search(root: str | Path, query: str) -> dict[str, list[dict[str, Any]]]:
    """Regions, departments and projects whose name (or a name they were printed under) holds `query`."""
    pattern = _pattern(query)
    connection = connect(root, "reports departments projects")  # one snapshot, views bound once
    try:
        return _search(connection, pattern)
    finally:
        connection.close()


def _search(connection: Any, pattern: str) -> dict[str, list[dict[str, Any]]]:
    regions = _fetch(
        connection,
        """SELECT region, list(DISTINCT fiscal_year ORDER BY fiscal_year) AS years, count(*) AS reports
           FROM reports WHERE is_latest AND region LIKE ? ESCAPE '\\' GROUP BY region ORDER BY region LIMIT ?""",
        [pattern, SEARCH_LIMIT],
    )
    departments = _fetch(
        connection,
        """SELECT department_id, region, canonical_name, aliases, first_year, last_year FROM departments
           WHERE canonical_name LIKE ? ESCAPE '\\' OR len(list_filter(aliases, lambda a: a LIKE ? ESCAPE '\\')) > 0
           ORDER BY region, canonical_name LIMIT ?""",
        [pattern, pattern, SEARCH_LIMIT],
    )
    projects = _fetch(
        connection,
        """SELECT p.project_id, p.region, p.canonical_name, p.aliases, p.years, d.canonical_name AS department
           FROM projects p LEFT JOIN departments d USING (department_id)
           WHERE p.canonical_name LIKE ? ESCAPE '\\' OR len(list_filter(p.aliases, lambda a: a LIKE ? ESCAPE '\\')) > 0
           ORDER BY p.region, p.canonical_name LIMIT ?""",
        [pattern, pattern, SEARCH_LIMIT],
    )
    return {"regions": regions, "departments": departments, "projects": projects}


def regions(root: str | Path) -> list[dict[str, Any]]:
    return _rows(
        root,
        """SELECT region, list(DISTINCT fiscal_year ORDER BY fiscal_year) AS years, count(*) AS reports
           FROM reports WHERE is_latest AND region IS NOT NULL GROUP BY region ORDER BY region""",
        [],
    )


def region_reports(root: str | Path, region: str) -> list[dict[str, Any]]:
    return _rows(
        root,
        """SELECT report_id, fiscal_year, title, page_count, document_kind, source_path FROM reports
           WHERE is_latest AND region = ? ORDER BY fiscal_year""",
        [region],
    )


def project(root: str | Path, project_id: str) -> dict[str, Any] | None:
    found = _rows(
        root,
        """SELECT p.project_id, p.region, p.canonical_name, p.aliases, p.years, p.department_id,
                  d.canonical_name AS department
           FROM projects p LEFT JOIN departments d USING (department_id) WHERE p.project_id = ?""",
        [project_id],
    )
    return found[0] if found else None


def project_history(root: str | Path, project_id: str) -> list[dict[str, Any]]:
    """Each year the project was evaluated: the name as printed, department, grade, score, amount and source."""
    return _rows(
        root,
        """SELECT l.fiscal_year, p.project_name, p.department, p.department_id, p.batch_type,
                  coalesce(p.grade, p.grade_raw) AS grade, p.score, p.amount_yuan, l.match,
                  p.report_id, p.page, p.source_text
           FROM project_links l
           JOIN reports r ON r.report_id = l.report_id AND r.is_latest
           JOIN project_evaluations p ON p.report_id = l.report_id AND p.project_name = l.project_name
                AND p.seq IS NOT DISTINCT FROM l.seq
           WHERE l.project_id = ? ORDER BY l.fiscal_year, p.page""",
        [project_id],
    )


def department(root: str | Path, department_id: str) -> dict[str, Any] | None:
    found = _rows(
        root,
        """SELECT department_id, region, canonical_name, aliases, first_year, last_year FROM departments
           WHERE department_id = ?""",
        [department_id],
    )
    return found[0] if found else None


def department_history(root: str | Path, department_id: str) -> list[dict[str, Any]]:
    """The department's evaluated projects and units, year by year, with their project identities."""
    return _rows(
        root,
        """SELECT r.fiscal_year, 'project' AS kind, p.project_name AS name, l.project_id, p.batch_type,
                  coalesce(p.grade, p.grade_raw) AS grade, p.score, p.amount_yuan, p.report_id, p.page, p.source_text
           FROM project_evaluations p JOIN reports r ON r.report_id = p.report_id AND r.is_latest
           LEFT JOIN project_links l ON l.report_id = p.report_id AND l.project_name = p.project_name
                AND l.seq IS NOT DISTINCT FROM p.seq
           WHERE p.department_id = ?
           UNION ALL
           SELECT r.fiscal_year, 'unit', u.unit_name, NULL, u.batch_type, coalesce(u.grade, u.grade_raw), u.score,
                  u.amount_yuan, u.report_id, u.page, u.source_text
           FROM unit_evaluations u JOIN reports r ON r.report_id = u.report_id AND r.is_latest
           WHERE u.department_id = ?
           ORDER BY 1, 10, 3""",
        [department_id, department_id],
    )


def region_departments(root: str | Path, region: str) -> list[dict[str, Any]]:
    return _rows(
        root,
        """SELECT department_id, canonical_name, first_year, last_year FROM departments WHERE region = ?
           ORDER BY canonical_name""",
        [region],
    )


def region_projects(root: str | Path, region: str) -> list[dict[str, Any]]:
    return _rows(
        root,
        """SELECT p.project_id, p.canonical_name, p.years, d.canonical_name AS department
           FROM projects p LEFT JOIN departments d USING (department_id) WHERE p.region = ?
           ORDER BY len(p.years) DESC, p.canonical_name""",
        [region],
    )


def report(root: str | Path, report_id: str) -> dict[str, Any] | None:
    """A report (any version: a source link names the version its figure came from)."""
    found = _rows(
        root,
        """SELECT report_id, sha256, title, region, fiscal_year, page_count, is_latest, source_path, document_kind
           FROM reports WHERE report_id = ?""",
        [report_id],
    )
    return found[0] if found else None
