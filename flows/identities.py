"""Rebuild project identities across loaded reports (run at the end of every ingest that changed a region)."""

from __future__ import annotations

from parsers.project_identity import Identities, match_projects
from warehouse import Warehouse
from warehouse.identities import project_members, write_identities


def rebuild_identities(warehouse_root: str, regions: frozenset[str] | None = None) -> Identities:
    """Match the projects of `regions` (all regions: None) again and replace their rows of the derived tables;
    under the warehouse lock, so that no load replaces files while the members are read."""
    warehouse = Warehouse(warehouse_root)
    with warehouse.locked():
        identities = match_projects(project_members(warehouse, regions), warehouse.match_decisions())
        write_identities(warehouse, identities, regions)
    return identities
