"""Compaction (Delta `optimize`) merges files without changing what any reader sees, and a reader never meets a
missing file or half a report while loads and compactions run: files are removed only by `vacuum`, after the
retention period, and every reader keeps the versions it pinned for its whole query."""

from __future__ import annotations

import copy
import dataclasses
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from jixiao.parsers import ParsedReport
from jixiao.warehouse import REPORT_TABLES, DocumentInfo, Warehouse, connect, store
from jixiao.warehouse.integrity import inspect

from tests.conftest import ROOT
from tests.helpers.delta import outside_count

REPORTS = 20  # above COMPACT_MIN_FILES


def _document(number: int, path: str | None = None) -> DocumentInfo:
    sha = f"{number:016x}" * 4
    return DocumentInfo(sha[:16], sha, path or f"report-{number}.pdf", 5, "pdfplumber")


def _in_region(report: ParsedReport, region: str, year: int | None = None) -> ParsedReport:
    other = copy.deepcopy(report)
    other.report = dataclasses.replace(
        other.report, region=region, fiscal_year=year if year is not None else other.report.fiscal_year
    )
    return other


def _fill(root: Path, report: ParsedReport) -> Warehouse:
    """REPORTS reports in one year: ten regions, two versions each (so every load flags a sibling)."""
    warehouse = Warehouse(root)
    for number in range(REPORTS):
        warehouse.load_report(_in_region(report, f"区域{number // 2}"), _document(number + 1))
    return warehouse


def _snapshot(root: Path) -> dict[str, list[tuple[Any, ...]]]:
    connection = connect(root)
    snapshot = {}
    for table in [*REPORT_TABLES, "reports"]:
        rows = connection.execute(f"SELECT * FROM {table}").fetchall()
        snapshot[table] = sorted((tuple(str(value) for value in row) for row in rows), key=str)
    return snapshot


def _view_counts(root: Path) -> dict[str, int]:
    connection = connect(root)
    return {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        for table in [*REPORT_TABLES, "reports"]
    }


def test_compaction_keeps_every_row_and_leaves_one_file_per_partition(
    tmp_path: Path, sample_report: ParsedReport
) -> None:
    warehouse = _fill(tmp_path, sample_report)
    before = _snapshot(tmp_path)
    held = connect(tmp_path)  # a reader pinned before the compaction
    merged = warehouse.compact()
    assert merged >= REPORTS * 2  # (at least reports and project_evaluations had a file per report)
    assert _snapshot(tmp_path) == before  # not even a load_id changes
    for table in [*REPORT_TABLES, "reports"]:  # (a table of fewer files than that is left as it is)
        assert len(warehouse.table_files(table)) < store.COMPACT_MIN_FILES, table
    assert len(warehouse.table_files("project_evaluations")) == 1
    # Readers without jixiao count what the views count; the reader pinned before still reads its files.
    assert {table: outside_count(tmp_path, table) for table in _view_counts(tmp_path)} == _view_counts(tmp_path)
    assert held.execute("SELECT count(*) FROM project_evaluations").fetchall() == [(REPORTS * 12,)]
    assert inspect(warehouse).damaged == [] or all(d.region for d in inspect(warehouse).damaged)
    assert warehouse.compact() == 0  # nothing left to merge


def test_few_files_are_not_compacted(tmp_path: Path, sample_report: ParsedReport) -> None:
    warehouse = Warehouse(tmp_path)
    for number in range(store.COMPACT_MIN_FILES - 1):
        warehouse.load_report(_in_region(sample_report, f"区域{number}"), _document(number + 1))
    assert warehouse.compact() == 0
    assert len(warehouse.table_files("reports")) == store.COMPACT_MIN_FILES - 1


def test_vacuum_removes_replaced_files_only_after_the_retention_period(
    tmp_path: Path, sample_report: ParsedReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = _fill(tmp_path, sample_report)
    on_disk = {path for path in (tmp_path / "project_evaluations").glob("fiscal_year=*/*.parquet")}
    warehouse.compact()
    # Within the retention period every replaced file is still there (a pinned reader may need it).
    assert on_disk <= set((tmp_path / "project_evaluations").glob("fiscal_year=*/*.parquet"))
    assert len(list((tmp_path / "project_evaluations").glob("fiscal_year=*/*.parquet"))) == (REPORTS + 1)
    # Past it, vacuum deletes them, and only them.
    monkeypatch.setattr(store, "RETENTION_HOURS", 0)
    with warehouse.locked():
        for name in [*REPORT_TABLES, "reports"]:
            if (table := warehouse._delta(name)) is not None:
                table.alter.set_table_properties({"delta.deletedFileRetentionDuration": "interval 0 hours"})
        removed = warehouse.vacuum()
    assert len(removed) >= REPORTS
    assert len(list((tmp_path / "project_evaluations").glob("fiscal_year=*/*.parquet"))) == 1
    assert _view_counts(tmp_path)["project_evaluations"] == REPORTS * 12


def test_loads_into_a_compacted_warehouse_match_an_uncompacted_one(tmp_path: Path, sample_report: ParsedReport) -> None:
    year = sample_report.report.fiscal_year
    assert year is not None
    fewer = _in_region(sample_report, "区域3")
    fewer.projects = fewer.projects[:-2]
    then = [
        (fewer, _document(7)),  # a report held in a compacted file, parsed again
        (_in_region(sample_report, "区域4", year + 1), _document(9)),  # a re-parse that finds another year
        (_in_region(sample_report, "区域5"), _document(99)),  # a third version: a compacted latest loses its flag
    ]
    volatile = {"load_id", "ingested_at", "first_ingested_at"}

    def snapshot(root: Path) -> dict[str, list[tuple[Any, ...]]]:
        connection = connect(root)
        result = {}
        for table in [*REPORT_TABLES, "reports"]:
            cursor = connection.execute(f"SELECT * FROM {table}")
            keep = [i for i, column in enumerate(cursor.description) if column[0] not in volatile]
            result[table] = sorted((tuple(str(row[i]) for i in keep) for row in cursor.fetchall()), key=str)
        return result

    reference = _fill(tmp_path / "reference", sample_report)
    compacted = _fill(tmp_path / "compacted", sample_report)
    compacted.compact()
    for parsed, document in then:
        reference.load_report(parsed, document)
        compacted.load_report(parsed, document)
    assert snapshot(tmp_path / "compacted") == snapshot(tmp_path / "reference")
    assert {t: outside_count(tmp_path / "compacted", t) for t in REPORT_TABLES} == {
        t: n for t, n in _view_counts(tmp_path / "compacted").items() if t in REPORT_TABLES
    }


HELPER = ROOT / "tests" / "helpers" / "load_loop.py"
READER_CALLS = 50


@pytest.mark.slow
def test_readers_during_loads_and_compactions_never_fail_nor_see_half_a_report(tmp_path: Path) -> None:
    """Finding (0ba6f84): `compare`/`show`/`sql` in a loop while a reload compacts: 10 of 16 reader calls failed
    ("No such file", a Thrift error) and one saw 468 of 480 metric rows. Here a process reloads one report (two
    versions in turn: 12 and 11 projects) and compacts it with 20 others after every load, while this one makes
    READER_CALLS reader calls: each must succeed and see every report whole."""
    from jixiao.presentation.compare import compare
    from jixiao.presentation.summary import render_summary

    root = tmp_path / "warehouse"
    subprocess.run([sys.executable, str(HELPER), str(root), "1", "compact"], check=True, capture_output=True)
    loop = subprocess.Popen([sys.executable, str(HELPER), str(root), "0", "compact"], stdout=subprocess.PIPE)
    failures, seen = [], set()
    try:
        assert loop.stdout is not None and loop.stdout.readline().strip() == b"ready"
        for call in range(READER_CALLS):
            try:
                if call % 3 == 0:
                    connection = connect(root)  # one snapshot for both statements
                    [(version,)] = connection.execute(
                        "SELECT parser_version FROM reports WHERE report_id = 'ffffffffffffffff'"
                    ).fetchall()
                    [(own, total, reports)] = connection.execute(
                        """SELECT count(*) FILTER (report_id = 'ffffffffffffffff'), count(*), count(DISTINCT report_id)
                           FROM project_evaluations"""
                    ).fetchall()
                    assert reports == 21 and own == {"A": 12, "B": 11}[version] and total == own + 20 * 12
                    seen.add(version)
                elif call % 3 == 1:
                    assert "湖州市本级" in render_summary(root, limit=5)
                else:
                    comparison = compare(root, "湖州市本级")
                    assert comparison.years
            except Exception as error:  # counted, and said at the end
                failures.append(f"call {call}: {type(error).__name__}: {error}")
            time.sleep(0.05)
    finally:
        loop.kill()
        loop.wait()
    assert failures == [], failures
    assert seen  # the sql calls saw whole versions


def test_tables_of_an_earlier_version_get_frequent_checkpoints(tmp_path: Path, sample_report: ParsedReport) -> None:
    """Tables created with a checkpoint every 100 commits are set to today's interval by the next writer, and
    then opened from a checkpoint at most that many commits old."""
    from deltalake import DeltaTable

    old = {**store.TABLE_CONFIGURATION, "delta.checkpointInterval": "100"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(store, "TABLE_CONFIGURATION", old)
        warehouse = _fill(tmp_path, sample_report)
    before = _snapshot(tmp_path)
    assert DeltaTable(str(tmp_path / "metrics")).metadata().configuration["delta.checkpointInterval"] == "100"
    store._SHARED.clear()  # a new process: its first lock looks at every table
    warehouse = Warehouse(tmp_path)
    with warehouse.locked():
        pass
    interval = int(store.TABLE_CONFIGURATION["delta.checkpointInterval"])
    for table in [*REPORT_TABLES, "reports"]:
        delta = DeltaTable(str(tmp_path / table))
        if (tmp_path / table / "_delta_log").exists():
            assert delta.metadata().configuration["delta.checkpointInterval"] == str(interval), table
    assert _snapshot(tmp_path) == before  # nothing a reader sees changed
    for number in range(interval):
        warehouse.load_report(_in_region(sample_report, f"后来{number}"), _document(100 + number))
    log = tmp_path / "reports" / "_delta_log"
    newest = max(int(path.name.split(".")[0]) for path in log.glob("*.json"))
    checkpoints = [int(path.name.split(".")[0]) for path in log.glob("*.checkpoint.parquet")]
    assert checkpoints and newest - max(checkpoints) < interval


def test_a_warehouse_made_again_at_the_same_path_is_read_anew(tmp_path: Path, sample_report: ParsedReport) -> None:
    """The tables a process keeps open at a version are never those of a warehouse deleted and made again at
    the same path (the same versions, other rows)."""
    import shutil

    root = tmp_path / "wh"
    Warehouse(root).load_report(_in_region(sample_report, "甲地"), _document(1))
    first = connect(root).execute("SELECT DISTINCT region FROM project_evaluations").fetchall()
    shutil.rmtree(root)
    store._SHARED.clear()  # (the writer's open tables are per process; a reader's pinned ones are what is tested)
    Warehouse(root).load_report(_in_region(sample_report, "乙地"), _document(2))
    second = connect(root).execute("SELECT DISTINCT region FROM project_evaluations").fetchall()
    assert (first, second) == ([("甲地",)], [("乙地",)])
