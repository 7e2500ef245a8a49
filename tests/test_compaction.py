"""Compaction merges per-report files into parts without changing what any reader sees, and loads into a compacted
warehouse (a report held in a part, a version whose flag changes, a report moving year) stay atomic."""

from __future__ import annotations

import copy
import dataclasses
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from parsers import ParsedReport
from warehouse import REPORT_TABLES, DocumentInfo, Warehouse, connect, store
from warehouse.integrity import inspect
from warehouse.store import Warehouse as StoreWarehouse

REPORTS = 20  # above COMPACT_MIN_FILES
LINEAGE = {"load_id"}  # compaction gives merged rows a new load_id; nothing else may change
LOAD_VOLATILE = {"load_id", "ingested_at", "first_ingested_at"}


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


def _snapshot(root: Path, volatile: set[str]) -> dict[str, list[tuple[Any, ...]]]:
    connection = connect(root)
    snapshot = {}
    for table in [*REPORT_TABLES, "reports"]:
        result = connection.execute(f"SELECT * FROM {table}")
        columns = [c[0] for c in result.description]
        keep = [i for i, c in enumerate(columns) if c not in volatile]
        snapshot[table] = sorted((tuple(str(row[i]) for i in keep) for row in result.fetchall()), key=str)
    return snapshot


def _raw_counts(root: Path) -> dict[str, int]:
    """What a reader without jixiao's views counts: every file on disk."""
    counts = {}
    for table in [*REPORT_TABLES, "reports"]:
        query = f"SELECT count(*) FROM read_parquet('{root}/{table}/**/*.parquet', hive_partitioning=true)"
        counts[table] = duckdb.connect().execute(query).fetchall()[0][0]
    return counts


def _view_counts(root: Path) -> dict[str, int]:
    connection = connect(root)
    return {
        table: connection.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
        for table in [*REPORT_TABLES, "reports"]
    }


def _files(root: Path, table: str) -> list[str]:
    return sorted(path.name for path in (root / table).rglob("*.parquet"))


def test_compaction_keeps_every_row_and_leaves_one_part_per_table(tmp_path: Path, sample_report: ParsedReport) -> None:
    warehouse = _fill(tmp_path, sample_report)
    before = _snapshot(tmp_path, LINEAGE)
    assert warehouse.compact() == REPORTS
    assert _snapshot(tmp_path, LINEAGE) == before
    for table in [*REPORT_TABLES, "reports"]:
        [part] = _files(tmp_path, table)
        assert part.startswith(store.PART)
    assert _raw_counts(tmp_path) == _view_counts(tmp_path)
    assert _view_counts(tmp_path)["project_evaluations"] == REPORTS * len(sample_report.projects)
    # The pyarrow readers (identity rebuild, incremental runs) agree with the views.
    current = warehouse.current_reports()
    assert len(current) == REPORTS and len({row["load_id"] for row in current.values()}) == 1
    rows = warehouse.current_rows("project_evaluations", ["seq"], current)
    assert len(rows) == REPORTS * len(sample_report.projects)
    assert inspect(warehouse).damaged == [] and warehouse.compact() == 0  # nothing left to merge


def test_few_reports_are_not_compacted(tmp_path: Path, sample_report: ParsedReport) -> None:
    warehouse = Warehouse(tmp_path)
    for number in range(store.COMPACT_MIN_FILES - 1):
        warehouse.load_report(_in_region(sample_report, f"区域{number}"), _document(number + 1))
    assert warehouse.compact() == 0
    assert not any(name.startswith(store.PART) for name in _files(tmp_path, "reports"))


def _reference(root: Path, report: ParsedReport, then: list[tuple[ParsedReport, DocumentInfo]]) -> dict[str, Any]:
    """The same loads into a warehouse that was never compacted."""
    warehouse = _fill(root, report)
    for parsed, document in then:
        warehouse.load_report(parsed, document)
    return _snapshot(root, LOAD_VOLATILE)


@pytest.mark.parametrize("change", ["reparsed", "older_version_again", "moved_year", "new_latest_version"])
def test_loads_into_a_compacted_warehouse_match_an_uncompacted_one(
    tmp_path: Path, sample_report: ParsedReport, change: str
) -> None:
    year = sample_report.report.fiscal_year
    assert year is not None
    fewer = _in_region(sample_report, "区域3")
    fewer.projects = fewer.projects[:-2]
    then = {
        # A report held in a part, parsed again (its rows leave the part).
        "reparsed": [(fewer, _document(7))],
        # The older version of 区域3 loaded again: its sibling (report 8) keeps its flag.
        "older_version_again": [(_in_region(sample_report, "区域3"), _document(7))],
        # A re-parse that finds another year: the report leaves the part for another partition.
        "moved_year": [(_in_region(sample_report, "区域3", year + 1), _document(7))],
        # A third version of 区域3: the part's latest version loses its flag.
        "new_latest_version": [(_in_region(sample_report, "区域3"), _document(99))],
    }[change]
    expected = _reference(tmp_path / "reference", sample_report, then)
    root = tmp_path / "compacted"
    warehouse = _fill(root, sample_report)
    warehouse.compact()
    for parsed, document in then:
        warehouse.load_report(parsed, document)
    assert _snapshot(root, LOAD_VOLATILE) == expected
    assert _raw_counts(root) == _view_counts(root)
    # The pyarrow reader picks the same row of each report as the view.
    current = {report_id: row["load_id"] for report_id, row in warehouse.current_reports().items()}
    assert current == dict(connect(root).execute("SELECT report_id, load_id FROM reports").fetchall())


class Crash(BaseException):
    """Stands for the process dying: nothing after it runs."""


def _operations_in(action: Any) -> int:
    counted: list[int] = []
    original = StoreWarehouse._apply

    def counting(self: StoreWarehouse, journal: dict[str, Any]) -> None:
        counted.append(len(journal["moves"]) + len(journal["deletes"]))
        original(self, journal)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(StoreWarehouse, "_apply", counting)
        action()
    return counted[-1]


def _crashing_after(limit: int) -> Any:
    def partial_apply(self: StoreWarehouse, journal: dict[str, Any]) -> None:
        operations = [("move", move) for move in journal["moves"]] + [("delete", d) for d in journal["deletes"]]
        for kind, operation in operations[:limit]:
            if kind == "move":
                self.storage.move(*operation)
            else:
                self.storage.delete(operation)
        raise Crash

    return partial_apply


def _every_crash_of_a_compaction_shows(template: Path, tmp_path: Path, stride: int, projects: int) -> int:
    """A compaction of a copy of `template` crashed after every `stride`-th step shows the same rows as before (in
    the views and to the pyarrow reader), and the next writer finishes it. Returns the compaction's steps."""
    before = _snapshot(template, LINEAGE)
    shutil.copytree(template, tmp_path / "count")
    steps = _operations_in(lambda: Warehouse(tmp_path / "count").compact())
    for crash_after in range(0, steps + 1, stride):
        root = tmp_path / f"compact-{crash_after}"
        shutil.copytree(template, root)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(StoreWarehouse, "_apply", _crashing_after(crash_after))
            with pytest.raises(Crash):
                Warehouse(root).compact()
        assert _snapshot(root, LINEAGE) == before, f"crash after {crash_after} steps of a compaction"
        reader = Warehouse(root)
        assert len(reader.current_rows("project_evaluations", ["seq"], reader.current_reports())) == projects
        with Warehouse(root).locked():
            assert Warehouse(root).recover() == 1
        assert _snapshot(root, LINEAGE) == before and _raw_counts(root) == _view_counts(root)
    return steps


@pytest.mark.slow
def test_a_crash_at_any_step_of_a_compaction_or_of_a_load_into_a_part_shows_whole_reports(
    tmp_path: Path, sample_report: ParsedReport
) -> None:
    template = tmp_path / "template"
    _fill(template, sample_report)
    # Compaction: every prefix of its renames and deletes shows the same rows; the next writer finishes it.
    steps = _every_crash_of_a_compaction_shows(template, tmp_path, 3, REPORTS * len(sample_report.projects))
    # A part per table (moves) and every report's own file in every table (deletes).
    assert steps == (len(REPORT_TABLES) + 1) * (1 + REPORTS)

    # A load that takes a report out of a part: the old version or the new one, never a mix.
    compacted = tmp_path / "compacted"
    shutil.copytree(template, compacted)
    Warehouse(compacted).compact()
    old = _snapshot(compacted, LOAD_VOLATILE)
    fewer = _in_region(sample_report, "区域3")
    fewer.projects = fewer.projects[:-2]
    new = _reference(tmp_path / "reference", sample_report, [(fewer, _document(7))])
    count_root = tmp_path / "count-load"
    shutil.copytree(compacted, count_root)
    steps = _operations_in(lambda: Warehouse(count_root).load_report(fewer, _document(7)))
    for crash_after in range(steps + 1):
        root = tmp_path / f"load-{crash_after}"
        shutil.copytree(compacted, root)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(StoreWarehouse, "_apply", _crashing_after(crash_after))
            with pytest.raises(Crash):
                Warehouse(root).load_report(fewer, _document(7))
        assert _snapshot(root, LOAD_VOLATILE) in (old, new), f"crash after {crash_after} steps of a load"
        with Warehouse(root).locked():
            Warehouse(root).recover()
        assert _snapshot(root, LOAD_VOLATILE) == new and _raw_counts(root) == _view_counts(root)


def _second_run(root: Path, report: ParsedReport) -> Warehouse:
    """A compacted run of REPORTS reports, then REPORTS more loaded by a later run (not yet compacted)."""
    warehouse = _fill(root, report)
    warehouse.compact()
    for number in range(REPORTS, 2 * REPORTS):
        warehouse.load_report(_in_region(report, f"区域{number // 2}"), _document(number + 1))
    return warehouse


def test_a_later_run_fills_the_part_an_earlier_one_left(tmp_path: Path, sample_report: ParsedReport) -> None:
    """Runs do not leave a set of parts each: a part not yet full is merged with the next run's files."""
    warehouse = _second_run(tmp_path, sample_report)
    before = _snapshot(tmp_path, LINEAGE)
    assert warehouse.compact() == 2 * REPORTS
    assert _snapshot(tmp_path, LINEAGE) == before
    for table in [*REPORT_TABLES, "reports"]:
        [part] = _files(tmp_path, table)
        assert part.startswith(store.PART)
    assert len(warehouse.part_members("reports")) == 2 * REPORTS
    assert _raw_counts(tmp_path) == _view_counts(tmp_path)
    assert warehouse.compact() == 0


def test_full_parts_are_left_alone(
    tmp_path: Path, sample_report: ParsedReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "PART_REPORTS", REPORTS)
    warehouse = _second_run(tmp_path, sample_report)
    [full] = [name for name in _files(tmp_path, "metrics") if name.startswith(store.PART)]
    assert warehouse.compact() == REPORTS  # only the new reports: the first run's part is full
    after = _files(tmp_path, "metrics")
    assert full in after and len(after) == 2 and all(name.startswith(store.PART) for name in after)


@pytest.mark.slow
def test_a_crash_at_any_step_of_merging_into_an_earlier_part_shows_whole_reports(
    tmp_path: Path, sample_report: ParsedReport
) -> None:
    template = tmp_path / "template"
    _second_run(template, sample_report)
    steps = _every_crash_of_a_compaction_shows(template, tmp_path, 4, 2 * REPORTS * len(sample_report.projects))
    assert steps == (len(REPORT_TABLES) + 1) * (1 + REPORTS + 1)  # a new part, the new files and the old part


def test_a_version_whose_flag_changes_keeps_its_row_in_its_part(tmp_path: Path, sample_report: ParsedReport) -> None:
    """A new latest version of a region and year flips the flag of the version held in a part: that row is rewritten
    in its part, not moved to a file of its own, so the part still names its members in every table and merging it
    again with a later run's files loses nothing (it once lost the flipped version's rows)."""
    warehouse = _fill(tmp_path, sample_report)
    warehouse.compact()
    year = sample_report.report.fiscal_year
    warehouse.load_report(_in_region(sample_report, "区域3"), _document(99))  # report 8 was 区域3's latest
    assert not list((tmp_path / "reports").glob(f"*/{_document(8).report_id}.parquet"))
    flags = dict(connect(tmp_path).execute("SELECT report_id, is_latest FROM reports").fetchall())
    assert flags[_document(8).report_id] is False and flags[_document(99).report_id] is True
    for number in range(REPORTS, REPORTS + store.COMPACT_MIN_FILES):
        warehouse.load_report(_in_region(sample_report, f"区域{number}", year), _document(number + 1))
    before = _snapshot(tmp_path, LINEAGE)
    assert warehouse.compact() == REPORTS + 1 + store.COMPACT_MIN_FILES
    assert _snapshot(tmp_path, LINEAGE) == before
    assert _raw_counts(tmp_path) == _view_counts(tmp_path)


def test_part_members_come_from_the_index_until_a_part_changes(
    tmp_path: Path, sample_report: ParsedReport, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store, "INDEX_AFTER_FOOTERS", 1)  # (one part per table here)
    warehouse = _fill(tmp_path, sample_report)
    warehouse.compact()
    expected = {table: Warehouse(tmp_path).part_member_sets(table) for table in [*REPORT_TABLES, "reports"]}
    footers: list[str] = []
    real = StoreWarehouse._part_member_list

    def counting(self: StoreWarehouse, table: str, path: str) -> list[str]:
        footers.append(path)
        return real(self, table, path)

    monkeypatch.setattr(StoreWarehouse, "_part_member_list", counting)
    fresh = Warehouse(tmp_path)
    assert {table: fresh.part_member_sets(table) for table in expected} == expected
    assert footers == []  # a new process reads the index, not a footer per part
    # A load that takes report 7 out of its part rewrites the part: its members are read again, not taken from
    # the index.
    fewer = _in_region(sample_report, "区域3")
    fewer.projects = fewer.projects[:-2]
    Warehouse(tmp_path).load_report(fewer, _document(7))
    footers.clear()
    members = Warehouse(tmp_path).part_members("metrics")
    assert _document(7).report_id not in members and len(members) == REPORTS - 1
    assert footers == sorted(set(members.values()))  # only the rewritten part's footer
    (tmp_path / store.PART_INDEX).write_text("not json")
    assert Warehouse(tmp_path).part_members("metrics") == members  # a damaged index is only a cache
