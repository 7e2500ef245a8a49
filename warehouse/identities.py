"""Project identities across reports: read the members from the warehouse, write the derived tables, and know
which regions' identities no longer match the reports they were built from."""

from __future__ import annotations

import hashlib
from dataclasses import asdict
from datetime import UTC, datetime

import pyarrow as pa
import pyarrow.compute as pc
from jixiao.parsers.project_identity import Identities, ProjectMember
from jixiao.warehouse import schemas
from jixiao.warehouse.store import Warehouse


def project_members(warehouse: Warehouse, regions: frozenset[str] | None = None) -> list[ProjectMember]:
    """Every evaluated project of the latest version of every report with a region and a year (in `regions`:
    only those reports' rows are read)."""
    reports = warehouse.current_report_keys(regions)
    members = []
    for row in warehouse.current_rows("project_evaluations", ["seq", "project_name", "department_id"], reports):
        report = reports[row["report_id"]]
        if report["is_latest"] and report["region"] is not None and report["fiscal_year"] is not None:
            members.append(
                ProjectMember(
                    report["region"],
                    report["fiscal_year"],
                    row["report_id"],
                    row["seq"],
                    row["project_name"],
                    row["department_id"],
                )
            )
    return members


def region_fingerprints(reports: pa.Table, decisions: dict[tuple[str, str, str], str]) -> dict[str, tuple[str, int]]:
    """region → (fingerprint, reports) of what its identities are built from: the loads of its latest reports
    with a year (`reports`: Warehouse.report_keys_table), and the decisions made on its pairs."""
    held = reports.filter(
        pc.fill_null(
            pc.and_(pc.and_(reports["is_latest"], pc.is_valid(reports["region"])), pc.is_valid(reports["fiscal_year"])),
            False,
        )
    )
    # "report_id:load_id", sorted within each region (Arrow compares UTF-8 bytes: the order of Python's sorted)
    keys = pc.binary_join_element_wise(
        held["report_id"], held["load_id"], ":", null_handling="replace", null_replacement="None"
    )
    ordered = pa.table({"region": held["region"], "key": keys}).sort_by([("region", "ascending"), ("key", "ascending")])
    loads: dict[str, list[str]] = {}
    for region, key in zip(ordered["region"].to_pylist(), ordered["key"].to_pylist(), strict=True):
        loads.setdefault(region, []).append(key)
    decided: dict[str, list[str]] = {}
    for (region, key_a, key_b), decision in decisions.items():
        decided.setdefault(region, []).append(f"{key_a}|{key_b}|{decision}")
    fingerprints = {}
    for region, held_keys in loads.items():
        text = "\n".join(held_keys) + "\n--\n" + "\n".join(sorted(decided.get(region, [])))
        fingerprints[region] = (hashlib.sha256(text.encode("utf-8")).hexdigest()[:32], len(held_keys))
    return fingerprints


def stale_regions(warehouse: Warehouse) -> frozenset[str]:
    """The regions whose identities were not built from their current reports (a run killed or failed before its
    rebuild, a rebuild killed half-way): those with reports and no fingerprint or another one, and those with
    identities and no reports left."""
    current = region_fingerprints(warehouse.report_keys_table(), warehouse.match_decisions())
    built = {
        row["region"]: row["fingerprint"]
        for row in warehouse.read_table("identity_sources", ["region", "fingerprint"]).to_pylist()
    }
    stale = {region for region, (fingerprint, _) in current.items() if built.get(region) != fingerprint}
    return frozenset(stale | (set(built) - set(current)))


def write_identities(warehouse: Warehouse, identities: Identities, regions: frozenset[str] | None = None) -> None:
    """Replace the derived tables' rows (only those of `regions`, when given) and what they were built from, in
    one publish. Call under `warehouse.locked()`, with the identities matched from the members read under it."""
    reports = warehouse.report_keys_table(regions)
    now = datetime.now(UTC)
    sources = [
        {"region": region, "fingerprint": fingerprint, "reports": count, "built_at": now}
        for region, (fingerprint, count) in sorted(region_fingerprints(reports, warehouse.match_decisions()).items())
        if regions is None or region in regions
    ]
    tables = {
        "projects": pa.Table.from_pylist([asdict(p) for p in identities.projects], schema=schemas.PROJECTS),
        "project_links": pa.Table.from_pylist(
            [
                {
                    "region": link.member.region,
                    "fiscal_year": link.member.fiscal_year,
                    "report_id": link.member.report_id,
                    "seq": link.member.seq,
                    "project_name": link.member.project_name,
                    "project_key": link.project_key,
                    "project_id": link.project_id,
                    "match": link.match,
                    "score": link.score,
                }
                for link in identities.links
            ],
            schema=schemas.PROJECT_LINKS,
        ),
        "project_candidates": pa.Table.from_pylist(
            [asdict(c) for c in identities.candidates], schema=schemas.PROJECT_CANDIDATES
        ),
        "identity_sources": pa.Table.from_pylist(sources, schema=schemas.IDENTITY_SOURCES),
    }
    warehouse.write_derived(tables, regions)
