"""Loads are idempotent, versioned and atomic: a crash at any step never shows half a report."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path
from typing import Any

import pytest
from jixiao.parsers import ParsedReport
from jixiao.warehouse import REPORT_TABLES, DocumentInfo, Warehouse, connect
from jixiao.warehouse.identities import project_members
from jixiao.warehouse.store import WRITING_MARK
from jixiao.warehouse.store import Warehouse as StoreWarehouse

from tests.helpers.delta import outside_count

VOLATILE = {"load_id", "ingested_at", "first_ingested_at", "is_latest"}


def _document(sha: str, path: str = "sample.pdf") -> DocumentInfo:
    return DocumentInfo(report_id=sha[:16], sha256=sha, source_path=path, page_count=5, extraction_engines="pdfplumber")


def _snapshot(root: Path) -> dict[str, list[tuple[Any, ...]]]:
    connection = connect(root)
    snapshot = {}
    for table in [*REPORT_TABLES, "reports"]:
        result = connection.execute(f"SELECT * FROM {table}")
        columns = [c[0] for c in result.description]
        keep = [i for i, c in enumerate(columns) if c not in VOLATILE]
        snapshot[table] = sorted((tuple(str(row[i]) for i in keep) for row in result.fetchall()), key=str)
    return snapshot


def _raw_count(root: Path, table: str) -> int:
    """A reader without jixiao: the table's newest Delta version holds the current rows only."""
    return outside_count(root, table)


def test_same_file_twice_replaces_rows(tmp_path: Path, sample_report: ParsedReport) -> None:
    warehouse = Warehouse(tmp_path)
    first = warehouse.load_report(sample_report, _document("a" * 64))
    counts = {table: _raw_count(tmp_path, table) for table in [*REPORT_TABLES, "reports"]}
    second = warehouse.load_report(sample_report, _document("a" * 64))
    assert second.replaced_previous and not first.replaced_previous
    assert counts == {table: _raw_count(tmp_path, table) for table in [*REPORT_TABLES, "reports"]}
    assert counts["project_evaluations"] == 12 and counts["reports"] == 1
    assert not (tmp_path / WRITING_MARK).exists()


def test_another_file_for_the_same_region_and_year_is_a_new_version(
    tmp_path: Path, sample_report: ParsedReport
) -> None:
    warehouse = Warehouse(tmp_path)
    warehouse.load_report(sample_report, _document("a" * 64, "v1.pdf"))
    warehouse.load_report(sample_report, _document("b" * 64, "v2.pdf"))
    latest = dict(connect(tmp_path).execute("SELECT source_path, is_latest FROM reports").fetchall())
    assert latest == {"v1.pdf": False, "v2.pdf": True}
    # Re-ingesting the older file keeps it older: versions are ordered by first ingestion.
    warehouse.load_report(sample_report, _document("a" * 64, "v1.pdf"))
    latest = dict(connect(tmp_path).execute("SELECT source_path, is_latest FROM reports").fetchall())
    assert latest == {"v1.pdf": False, "v2.pdf": True}
    assert _raw_count(tmp_path, "project_evaluations") == 24
    # The identity rebuild reads the members with pyarrow: the latest version's projects, as the views say.
    members = project_members(Warehouse(tmp_path))
    assert {member.report_id for member in members} == {"b" * 16} and len(members) == 12
    expected = connect(tmp_path).execute(
        """SELECT r.region, r.fiscal_year, p.report_id, p.seq, p.project_name, p.department_id
           FROM project_evaluations p JOIN reports r USING (report_id) WHERE r.is_latest"""
    )
    assert sorted(dataclasses.astuple(member) for member in members) == sorted(expected.fetchall())


def _reparsed(report: ParsedReport) -> ParsedReport:
    """The same document parsed differently (as a new parser version would): one project fewer, a metric changed."""
    changed = copy.deepcopy(report)
    changed.parser_version = "9.9.9"
    changed.projects = changed.projects[:-1]
    changed.metrics = [
        dataclasses.replace(m, value=m.value + 1) if m.metric == "sampled_projects" else m for m in changed.metrics
    ]
    return changed


def _commits_in_a_load(tmp_path: Path, report: ParsedReport) -> int:
    """The commits of a reload (each per-report table's, then the reports table's: the switch)."""
    counted: list[str] = []
    original = StoreWarehouse._replace

    def counting(self: StoreWarehouse, name: str, *args: Any) -> None:
        counted.append(name)
        original(self, name, *args)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(StoreWarehouse, "_replace", counting)
        Warehouse(tmp_path / "count").load_report(report, _document("a" * 64))
        counted.clear()
        Warehouse(tmp_path / "count").load_report(report, _document("a" * 64))
    return len(counted) + 1


def _current_project_names(root: Path) -> list[tuple[Any, ...]]:
    """What `Warehouse.current_rows` reads with pyarrow (for the identity rebuild) ..."""
    warehouse = Warehouse(root)
    rows = warehouse.current_rows("project_evaluations", ["seq", "project_name"], warehouse.current_reports())
    return sorted((row["report_id"], row["seq"], row["project_name"]) for row in rows)


def _view_project_names(root: Path) -> list[tuple[Any, ...]]:
    """... and what the project_evaluations view shows: they must always agree."""
    return sorted(connect(root).execute("SELECT report_id, seq, project_name FROM project_evaluations").fetchall())


class Crash(BaseException):
    """Stands for the process dying: nothing after it runs."""


def _crashing_after(limit: int) -> Any:
    """A load whose process dies after `limit` of its commits (the switch is the last)."""
    done: list[str] = []
    replace, publish = StoreWarehouse._replace, StoreWarehouse._publish

    def counted_replace(self: StoreWarehouse, *args: Any) -> None:
        if len(done) >= limit:
            raise Crash
        done.append("replace")
        replace(self, *args)

    def counted_publish(self: StoreWarehouse, *args: Any, **kwargs: Any) -> None:
        if len(done) >= limit:
            raise Crash
        done.append("publish")
        publish(self, *args, **kwargs)

    return counted_replace, counted_publish


def test_crash_at_every_step_of_a_load_never_shows_a_mixed_report(tmp_path: Path, sample_report: ParsedReport) -> None:
    new_version = _reparsed(sample_report)
    steps = _commits_in_a_load(tmp_path, new_version)
    assert steps >= len(REPORT_TABLES)
    after_reference = Warehouse(tmp_path / "reference")
    after_reference.load_report(new_version, _document("a" * 64))
    after = _snapshot(tmp_path / "reference")
    for crash_after in range(steps + 1):
        root = tmp_path / f"crash-{crash_after}"
        warehouse = Warehouse(root)
        warehouse.load_report(sample_report, _document("a" * 64))
        before = _snapshot(root)
        replace, publish = _crashing_after(crash_after)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(StoreWarehouse, "_replace", replace)
            patch.setattr(StoreWarehouse, "_publish", publish)
            if crash_after < steps:
                with pytest.raises(Crash):
                    warehouse.load_report(new_version, _document("a" * 64))
            else:
                warehouse.load_report(new_version, _document("a" * 64))
        visible = _snapshot(root)
        assert visible == (before if crash_after < steps else after), f"crash after {crash_after} commits"
        assert _current_project_names(root) == _view_project_names(root)
        # The next writer rolls back what was not published: every table is back to what the views showed.
        with Warehouse(root).locked():
            pass
        assert _snapshot(root) == visible and not (root / WRITING_MARK).exists()
        expected = len(new_version.projects) if crash_after == steps else len(sample_report.projects)
        assert _raw_count(root, "project_evaluations") == expected
        Warehouse(root).load_report(new_version, _document("a" * 64))
        assert _snapshot(root) == after


def test_a_reader_keeps_its_snapshot_while_a_report_moves_to_another_year(
    tmp_path: Path, sample_report: ParsedReport
) -> None:
    """A re-parse that finds another fiscal year moves the report's rows to another partition: a connection opened
    before the load shows the old year throughout, one opened after it the new one; never both, never neither."""
    warehouse = Warehouse(tmp_path)
    warehouse.load_report(sample_report, _document("a" * 64))
    year = sample_report.report.fiscal_year
    assert year is not None
    before = connect(tmp_path)
    moved = copy.deepcopy(sample_report)
    moved.report = dataclasses.replace(moved.report, fiscal_year=year + 1)
    warehouse.load_report(moved, _document("a" * 64))
    after = connect(tmp_path)
    for connection, shown in ((before, year), (after, year + 1)):
        assert connection.execute("SELECT fiscal_year FROM reports").fetchall() == [(shown,)]
        assert connection.execute("SELECT DISTINCT fiscal_year FROM project_evaluations").fetchall() == [(shown,)]
        assert connection.execute("SELECT count(*) FROM project_evaluations").fetchall() == [(12,)]
    assert [row["fiscal_year"] for row in Warehouse(tmp_path).current_reports().values()] == [year + 1]
    assert _current_project_names(tmp_path) == _view_project_names(tmp_path)
    assert _raw_count(tmp_path, "project_evaluations") == 12


def test_empty_warehouse_views_have_the_contract_columns(tmp_path: Path) -> None:
    connection = connect(tmp_path)
    columns = [c[0] for c in connection.execute("SELECT * FROM project_evaluations").description]
    assert columns[:14] == [
        "report_id",
        "fiscal_year",
        "region",
        "batch_type",
        "seq",
        "project_name",
        "department_raw",
        "department",
        "grade",
        "grade_raw",
        "score",
        "amount_yuan",
        "page",
        "source_text",
    ]


def test_errors_are_recorded_once_per_document_and_cleared_on_success(tmp_path: Path) -> None:
    warehouse = Warehouse(tmp_path)
    warehouse.record_error("x.pdf", "c" * 64, "corrupt_pdf", "first", "0.1.0")
    warehouse.record_error("x.pdf", "c" * 64, "corrupt_pdf", "second", "0.1.0")
    rows = connect(tmp_path).execute("SELECT error_code, message FROM ingest_errors").fetchall()
    assert rows == [("corrupt_pdf", "second")]
    warehouse.clear_error("c" * 64, "x.pdf")
    assert connect(tmp_path).execute("SELECT count(*) FROM ingest_errors").fetchall() == [(0,)]
