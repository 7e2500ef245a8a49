"""Project identities are rebuilt a region at a time, and never lost: a rebuild replaces only its regions' rows; a
region whose identities are not built from its current reports (a run killed or failed before or during its
rebuild) is found, said by `jixiao check`, and rebuilt by the next run."""

from __future__ import annotations

import copy
import dataclasses
from pathlib import Path

import pytest
from jixiao.flows.cli import main
from jixiao.parsers import ParsedReport
from jixiao.parsers.project_identity import ProjectMember, match_projects
from jixiao.warehouse import DocumentInfo, Warehouse, connect, schemas
from jixiao.warehouse.identities import stale_regions, write_identities

from jixiao.ingest.identities import rebuild_identities
from tests.helpers.delta import outside_count

# SYNTHETIC regions and projects.
EAST, WEST = "东山县", "西山县"


def _members(region: str, names: list[str]) -> list[ProjectMember]:
    return [
        ProjectMember(region, year, f"{region}-{year}", seq, name, f"{region}-教育局")
        for year in (2022, 2023)
        for seq, name in enumerate(names, start=1)
    ]


def _links(root: Path) -> list[tuple[str, str]]:
    return connect(root).execute("SELECT region, project_name FROM project_links ORDER BY ALL").fetchall()


def test_a_rebuild_replaces_only_the_rows_of_its_regions(tmp_path: Path) -> None:
    warehouse = Warehouse(tmp_path)
    with warehouse.locked():
        write_identities(warehouse, match_projects(_members(EAST, ["校舍维修"]) + _members(WEST, ["农田水利"])))
        write_identities(warehouse, match_projects(_members(EAST, ["校舍维修", "课后服务"])), frozenset([EAST]))
    assert _links(tmp_path) == sorted([(EAST, "校舍维修")] * 2 + [(EAST, "课后服务")] * 2 + [(WEST, "农田水利")] * 2)
    with warehouse.locked():
        write_identities(warehouse, match_projects([]), frozenset([WEST]))  # a region whose projects are all gone
    assert {region for region, _ in _links(tmp_path)} == {EAST}
    for name in schemas.DERIVED_TABLES:  # readable without jixiao
        assert (
            outside_count(tmp_path, name) == connect(tmp_path).execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]
        )


def _document(number: int) -> DocumentInfo:
    sha = f"{number:016x}" * 4
    return DocumentInfo(sha[:16], sha, f"report-{number}.pdf", 5, "pdfplumber")


def _as(report: ParsedReport, region: str, year: int) -> ParsedReport:
    other = copy.deepcopy(report)
    other.report = dataclasses.replace(other.report, region=region, fiscal_year=year)
    return other


class Crash(BaseException):
    """Stands for the process dying."""


def test_a_rebuild_killed_half_way_is_rolled_back_and_redone(
    tmp_path: Path, sample_report: ParsedReport, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Finding (0ba6f84): a kill or a full disk during a run lost identities for good (projects 24 → 12, links to 0)
    and `check` was clean. Here: loads whose run died before its rebuild, then a rebuild that dies after writing
    `projects` but before publishing."""
    warehouse = Warehouse(tmp_path)
    for number, (region, year) in enumerate([(EAST, 2022), (EAST, 2023), (WEST, 2023)], start=1):
        warehouse.load_report(_as(sample_report, region, year), _document(number))
    assert stale_regions(warehouse) == {EAST, WEST}  # loaded, never built
    assert main(["check", "--warehouse", str(tmp_path)]) == 1
    assert "identities of 东山县: not built from the region's current reports" in capsys.readouterr().out

    from jixiao.warehouse.store import Warehouse as Store

    real = Store._publish

    def dies_before_publishing(self, rows, replaced, operation):  # type: ignore[no-untyped-def]
        if operation == "identities":
            raise Crash
        return real(self, rows, replaced, operation)

    with monkeypatch.context() as patch:
        patch.setattr(Store, "_publish", dies_before_publishing)
        with pytest.raises(Crash):
            rebuild_identities(str(tmp_path), frozenset([EAST]))
    # Nothing of the half-done rebuild is seen, and nothing was built: both regions still stale.
    assert connect(tmp_path).execute("SELECT count(*) FROM projects").fetchall() == [(0,)]
    assert stale_regions(Warehouse(tmp_path)) == {EAST, WEST}
    # The next run's rebuild (even one that loaded nothing) builds every stale region.
    rebuild_identities(str(tmp_path), frozenset())
    assert stale_regions(Warehouse(tmp_path)) == frozenset()
    counts = dict(connect(tmp_path).execute("SELECT region, count(*) FROM projects GROUP BY 1").fetchall())
    assert counts == {EAST: 12, WEST: 12}
    assert main(["check", "--warehouse", str(tmp_path)]) == 0
    # A newer load of a region makes it stale again, and only it.
    warehouse.load_report(_as(sample_report, WEST, 2024), _document(9))
    assert stale_regions(Warehouse(tmp_path)) == {WEST}
    capsys.readouterr()
    assert main(["check", "--repair", "--warehouse", str(tmp_path)]) == 0
    assert stale_regions(Warehouse(tmp_path)) == frozenset()
