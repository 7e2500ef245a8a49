"""Project identities across reports: read the members from the warehouse, write the derived tables."""

from __future__ import annotations

from dataclasses import asdict

import pyarrow as pa

from parsers.project_identity import Identities, ProjectMember
from warehouse import schemas
from warehouse.store import Warehouse


def project_members(warehouse: Warehouse) -> list[ProjectMember]:
    """Every evaluated project of the latest version of every report with a region and a year."""
    reports = warehouse.current_reports()
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


def write_identities(warehouse: Warehouse, identities: Identities) -> None:
    """Replace the derived tables. Call under `warehouse.locked()` (see flows/identities.py)."""
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
        warehouse.write_table(name, table)
