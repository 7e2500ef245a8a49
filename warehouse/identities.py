"""Project identities across reports: read the members from the warehouse, write the derived tables."""

from __future__ import annotations

from dataclasses import asdict

import duckdb
import pyarrow as pa

from parsers.project_identity import Identities, ProjectMember
from warehouse import schemas
from warehouse.store import Warehouse


def project_members(connection: duckdb.DuckDBPyConnection) -> list[ProjectMember]:
    """Every evaluated project of the latest version of every report with a region and a year."""
    rows = connection.execute(
        """SELECT r.region, r.fiscal_year, p.report_id, p.seq, p.project_name, p.department_id
           FROM project_evaluations p JOIN reports r USING (report_id)
           WHERE r.is_latest AND r.region IS NOT NULL AND r.fiscal_year IS NOT NULL"""
    ).fetchall()
    return [ProjectMember(*row) for row in rows]


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
