"""Project identities across reports: read the members from the warehouse, write the derived tables."""

from __future__ import annotations

from dataclasses import asdict

import pyarrow as pa
import pyarrow.compute as pc

from parsers.project_identity import Identities, ProjectMember
from warehouse import schemas
from warehouse.layout import IDENTITY_BUCKETS, identity_bucket
from warehouse.store import Warehouse


def project_members(warehouse: Warehouse, regions: frozenset[str] | None = None) -> list[ProjectMember]:
    """Every evaluated project of the latest version of every report with a region and a year (in `regions`:
    only those reports' files are read)."""
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


def write_identities(warehouse: Warehouse, identities: Identities, regions: frozenset[str] | None = None) -> None:
    """Replace the derived tables (only the rows of `regions`, when given: only their buckets' files are read and
    written). Call under `warehouse.locked()`."""
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
    }
    for name, table in tables.items():
        files = warehouse.derived_files(name)
        if regions is None or None in files:
            touched = set(range(IDENTITY_BUCKETS))  # everything (a warehouse written before buckets: split it)
        else:
            touched = {identity_bucket(region) for region in regions}
        if regions is None:
            rows = table
        else:
            held = [files[bucket] for bucket in sorted(touched) if bucket in files] + (
                [files[None]] if None in files else []
            )
            old = warehouse.read_table(name, held)
            old = old.filter(pc.invert(pc.is_in(old.column("region"), value_set=pa.array(sorted(regions)))))
            rows = pa.concat_tables([old.select(table.schema.names).cast(table.schema), table])
        bucket_of = pa.array([identity_bucket(region) for region in rows.column("region").to_pylist()], pa.int32())
        warehouse.write_derived(name, {bucket: rows.filter(pc.equal(bucket_of, bucket)) for bucket in sorted(touched)})
