"""A connection creates only the views a statement names, and `compare` reads only its region's rows: both must
show exactly what the full connection shows."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest
from jixiao.parsers import ParsedReport
from jixiao.parsers.project_identity import match_projects
from jixiao.warehouse import DocumentInfo, Warehouse, connect, schemas
from jixiao.warehouse.identities import project_members, write_identities
from jixiao.warehouse.views import COMPARISON_VIEWS, needed_views, view_statements


def _document(number: int) -> DocumentInfo:
    sha = f"{number:016x}" * 4
    return DocumentInfo(sha[:16], sha, f"report-{number}.pdf", 5, "pdfplumber")


def _as(report: ParsedReport, region: str, year: int) -> ParsedReport:
    other = copy.deepcopy(report)
    other.report = dataclasses.replace(other.report, region=region, fiscal_year=year)
    return other


@pytest.fixture
def warehouse_root(tmp_path: Path, sample_report: ParsedReport) -> Path:
    """SYNTHETIC regions: six regions × three years compacted, one region's newest year in files of its own, and a
    second version of one region and year (so flags differ)."""
    warehouse = Warehouse(tmp_path)
    number = 0
    for region in range(6):
        for year in (2021, 2022, 2023):
            number += 1
            warehouse.load_report(_as(sample_report, f"示例县{region}", year), _document(number))
    warehouse.compact()
    warehouse.load_report(_as(sample_report, "示例县1", 2024), _document(100))
    fewer = _as(sample_report, "示例县1", 2023)
    fewer.projects = fewer.projects[:-3]
    warehouse.load_report(fewer, _document(101))
    with warehouse.locked():
        write_identities(warehouse, match_projects(project_members(warehouse)))
    return tmp_path


def test_a_region_connection_shows_what_the_full_one_shows_of_that_region(warehouse_root: Path) -> None:
    full = connect(warehouse_root)
    for region in ("示例县1", "示例县4", "无此县"):
        scoped = connect(warehouse_root, region=region)
        # (`departments` is left out: its region is any_value() of a department's rows, and these copies of one
        # report share its department ids across regions, which real reports never do.)
        views = [v.split()[4] for v in COMPARISON_VIEWS if v.split()[4] != "departments"]
        for view in [*views, "metrics", "project_evaluations", "reports"]:
            query = f"SELECT * FROM {view} WHERE region = ? ORDER BY ALL"
            assert scoped.execute(query, [region]).fetchall() == full.execute(query, [region]).fetchall(), view
    # It holds only the region's rows.
    scoped = connect(warehouse_root, region="示例县1")
    assert scoped.execute("SELECT DISTINCT region FROM project_evaluations").fetchall() == [("示例县1",)]


def test_a_statement_gets_the_views_it_names_and_those_they_read(warehouse_root: Path) -> None:
    statements = view_statements({table: [] for table in schemas.ALL_TABLES})
    # (a per-report table holds only the current load of each report: it no longer reads `reports`)
    assert needed_views(statements, "SELECT count(*) FROM project_evaluations") == ["project_evaluations"]
    assert set(needed_views(statements, "select * from COMPARE_PROJECTS")) == {
        "reports",
        "projects",
        "project_links",
        "project_evaluations",
        "compare_projects",
    }
    assert needed_views(statements, "SELECT * FROM information_schema.tables") == list(statements)
    assert needed_views(statements, "PRAGMA show_tables") == list(statements)
    connection = connect(warehouse_root, "SELECT count(*) FROM metrics")
    tables = {
        row[0]
        for row in connection.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()
        if not row[0].startswith("__jixiao_")  # (the Arrow data handed to DuckDB, registered under these names)
    }
    assert tables == {"metrics"}
    assert (
        connection.execute("SELECT count(*) FROM metrics").fetchone()
        == connect(warehouse_root).execute("SELECT count(*) FROM metrics").fetchone()
    )
