"""Project identities are rebuilt a region at a time: the derived tables are kept in buckets by region, a rebuild
reads and rewrites only its regions' buckets, and a warehouse written before buckets is split on its next rebuild."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from parsers.project_identity import ProjectMember, match_projects
from warehouse import Warehouse, connect, schemas
from warehouse.identities import write_identities
from warehouse.layout import BUCKET, identity_bucket

# SYNTHETIC regions and projects. Two regions in different buckets, and a third sharing the first's bucket.
EAST, WEST = "东山县", "西山县"
SAME_BUCKET_AS_EAST = next(
    name for number in range(1000) if identity_bucket(name := f"示例县{number}") == identity_bucket(EAST)
)
assert identity_bucket(EAST) != identity_bucket(WEST)


def _members(region: str, names: list[str]) -> list[ProjectMember]:
    return [
        ProjectMember(region, year, f"{region}-{year}", seq, name, f"{region}-教育局")
        for year in (2022, 2023)
        for seq, name in enumerate(names, start=1)
    ]


def _links(root: Path) -> list[tuple[str, str]]:
    query = "SELECT region, project_name FROM project_links ORDER BY ALL"
    return connect(root).execute(query).fetchall()


def test_a_rebuild_rewrites_only_the_buckets_of_its_regions(tmp_path: Path) -> None:
    warehouse = Warehouse(tmp_path)
    everything = _members(EAST, ["校舍维修"]) + _members(WEST, ["农田水利"]) + _members(SAME_BUCKET_AS_EAST, ["饮水"])
    write_identities(warehouse, match_projects(everything))
    files = warehouse.derived_files("project_links")
    assert set(files) == {identity_bucket(EAST), identity_bucket(WEST)}
    assert all(path.rsplit("/", 1)[-1].startswith(BUCKET) for path in files.values())
    west_before = warehouse.storage.signature(files[identity_bucket(WEST)])

    write_identities(warehouse, match_projects(_members(EAST, ["校舍维修", "课后服务"])), frozenset([EAST]))
    assert warehouse.storage.signature(files[identity_bucket(WEST)]) == west_before  # not read, not written
    assert _links(tmp_path) == sorted(
        [(EAST, "校舍维修")] * 2
        + [(EAST, "课后服务")] * 2
        + [(WEST, "农田水利")] * 2
        + [(SAME_BUCKET_AS_EAST, "饮水")] * 2
    )
    # A region whose projects are all gone leaves its bucket; a bucket left empty is removed.
    write_identities(warehouse, match_projects([]), frozenset([WEST]))
    assert identity_bucket(WEST) not in warehouse.derived_files("project_links")
    assert {region for region, _ in _links(tmp_path)} == {EAST, SAME_BUCKET_AS_EAST}
    # Every derived table is readable without jixiao, as one folder of Parquet files.
    for name in schemas.DERIVED_TABLES:
        assert (
            pq.read_table(tmp_path / name).num_rows
            == connect(tmp_path).execute(f"SELECT count(*) FROM {name}").fetchone()[0]
        )


def test_a_warehouse_written_before_buckets_is_split_on_its_next_rebuild(tmp_path: Path) -> None:
    identities = match_projects(_members(EAST, ["校舍维修"]) + _members(WEST, ["农田水利"]))
    write_identities(Warehouse(tmp_path), identities)
    for name in schemas.DERIVED_TABLES:  # the old layout: one file per derived table
        whole = pq.read_table(tmp_path / name, schema=schemas.DERIVED_TABLES[name])
        for path in (tmp_path / name).glob("*.parquet"):
            path.unlink()
        pq.write_table(whole, tmp_path / name / f"{name}.parquet")
    assert _links(tmp_path) == sorted([(EAST, "校舍维修")] * 2 + [(WEST, "农田水利")] * 2)

    write_identities(Warehouse(tmp_path), match_projects(_members(EAST, ["课后服务"])), frozenset([EAST]))
    assert _links(tmp_path) == sorted([(EAST, "课后服务")] * 2 + [(WEST, "农田水利")] * 2)
    for name in schemas.DERIVED_TABLES:
        assert not (tmp_path / name / f"{name}.parquet").exists()
        assert None not in Warehouse(tmp_path).derived_files(name)
    regions = connect(tmp_path).execute("SELECT region FROM projects ORDER BY 1").fetchall()
    assert regions == [(EAST,), (WEST,)]
