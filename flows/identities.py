"""Rebuild project identities across all loaded reports (run at the end of every ingest)."""

from __future__ import annotations

from parsers.project_identity import Identities, match_projects
from warehouse import Warehouse
from warehouse.identities import project_members, write_identities


def rebuild_identities(warehouse_root: str) -> Identities:
    """Under the warehouse lock: no load may replace files while the members are read."""
    warehouse = Warehouse(warehouse_root)
    with warehouse.locked():
        identities = match_projects(project_members(warehouse))
        write_identities(warehouse, identities)
    return identities
