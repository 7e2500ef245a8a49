"""What the warehouse holds, for a person deciding: report versions (`jixiao reports`) and project pairs left for
review (`jixiao review`). Each is a Section, so it prints as a table and exports like any other output."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jixiao.parsers.project_identity import candidate_id
from jixiao.presentation.render import Section
from jixiao.warehouse import Warehouse, connect

REPORT_COLUMNS = [
    "region",
    "fiscal_year",
    "kind",
    "title",
    "status",
    "report_id",
    "versions",
    "latest",
    "chosen",
    "ingested_at",
    "source_path",
]


def report_versions(root: str | Path, region: str | None = None, year: int | None = None) -> Section:
    """Every loaded report, its versions counted per region and year, which one is the latest, and whether a
    person chose it (`jixiao latest`)."""
    rows = (
        connect(root)
        .execute(
            """SELECT region, fiscal_year, document_kind, title, status, report_id,
                      CASE WHEN region IS NULL OR fiscal_year IS NULL THEN 1
                           ELSE count(*) OVER (PARTITION BY region, fiscal_year) END AS versions,
                      is_latest, ingested_at, source_path
               FROM reports
               WHERE (? IS NULL OR region = ?) AND (? IS NULL OR fiscal_year = ?)
               ORDER BY region NULLS LAST, fiscal_year NULLS LAST, first_ingested_at, report_id""",
            [region, region, year, year],
        )
        .fetchall()
    )
    chosen = set(Warehouse(root).latest_choices().values())
    return Section(
        "reports",
        "报告及其版本",
        REPORT_COLUMNS,
        [[*row[:8], row[5] in chosen, *row[8:]] for row in rows],
        labelled=True,
    )


def known_regions(root: str | Path) -> list[str]:
    query = "SELECT DISTINCT region FROM reports WHERE region IS NOT NULL ORDER BY region"
    return [row[0] for row in connect(root).execute(query).fetchall()]


ERROR_COLUMNS = ["error_id", "source_path", "error_code", "message", "occurred_at"]


def error_section(root: str | Path, include_dismissed: bool = False) -> Section:
    """The documents that failed, oldest first: the open errors (those not dismissed), or every one with when it
    was dismissed (`jixiao errors [--all]`)."""
    from jixiao.warehouse.errors import ingest_errors

    errors = ingest_errors(root, include_dismissed)
    columns = ERROR_COLUMNS + (["dismissed_at"] if include_dismissed else [])
    rows = [
        [e.error_id, e.source_path, e.error_code, e.message, e.occurred_at]
        + ([e.dismissed_at] if include_dismissed else [])
        for e in errors
    ]
    return Section("ingest_errors", "入库失败的文件", columns, rows, labelled=True)


def region_years(root: str | Path, region: str | None = None) -> list[int]:
    """The fiscal years a region's reports cover (every region's when None): what to offer when asked for others."""
    query = """SELECT DISTINCT fiscal_year FROM reports
               WHERE fiscal_year IS NOT NULL AND (? IS NULL OR region = ?) ORDER BY fiscal_year"""
    return [row[0] for row in connect(root).execute(query, [region, region]).fetchall()]


def years_text(years: list[int]) -> str:
    """2021, 2022 and 2024 as a person lists them: runs joined (2021–2023, 2025)."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{run[0]}–{run[-1]}" if len(run) > 2 else ", ".join(map(str, run)) for run in runs)


REVIEW_COLUMNS = [
    "candidate",
    "region",
    "score",
    "name_a",
    "department_a",
    "years_a",
    "source_a",
    "name_b",
    "department_b",
    "years_b",
    "source_b",
]


def review_candidates(root: str | Path, region: str | None = None) -> Section:
    """Project pairs too uncertain to merge: both sides with department, years and where they were read (the
    latest report that names each, and its page). Decided pairs are gone from the list (merged or kept apart)."""
    rows = (
        connect(root)
        .execute(
            """WITH side AS (
                 SELECT l.project_id, p.department, r.title, r.source_path, p.page,
                        row_number() OVER (PARTITION BY l.project_id ORDER BY l.fiscal_year DESC, l.report_id) AS rn
                 FROM project_links l
                 JOIN reports r ON r.report_id = l.report_id
                 JOIN project_evaluations p ON p.report_id = l.report_id AND p.project_name = l.project_name
                      AND p.seq IS NOT DISTINCT FROM l.seq)
               SELECT c.region, round(c.score, 1), c.name_a, a.department, pa.years,
                      a.title, a.source_path, a.page,
                      c.name_b, b.department, pb.years, b.title, b.source_path, b.page
               FROM project_candidates c
               JOIN projects pa ON pa.project_id = c.project_id_a
               JOIN projects pb ON pb.project_id = c.project_id_b
               LEFT JOIN side a ON a.project_id = c.project_id_a AND a.rn = 1
               LEFT JOIN side b ON b.project_id = c.project_id_b AND b.rn = 1
               WHERE ? IS NULL OR c.region = ?
               ORDER BY c.region, c.score DESC, c.name_a, c.name_b""",
            [region, region],
        )
        .fetchall()
    )
    return Section(
        "review",
        "Project pairs left for review",
        REVIEW_COLUMNS,
        [
            [
                candidate_id(region_, name_a, name_b),
                region_,
                score,
                name_a,
                department_a,
                _years(years_a),
                _source(title_a, path_a, page_a),
                name_b,
                department_b,
                _years(years_b),
                _source(title_b, path_b, page_b),
            ]
            for (
                region_,
                score,
                name_a,
                department_a,
                years_a,
                title_a,
                path_a,
                page_a,
                name_b,
                department_b,
                years_b,
                title_b,
                path_b,
                page_b,
            ) in rows
        ],
    )


def _years(years: list[int] | None) -> str:
    return "、".join(map(str, years or []))


def _source(title: str | None, path: str | None, page: Any) -> str:
    if path is None:
        return ""
    return f"{title or Path(path).name} p.{page}" if page is not None else title or Path(path).name
