"""Rebuild project identities across loaded reports (run at the end of every ingest)."""

from __future__ import annotations

from jixiao.parsers.project_identity import Identities, match_projects
from jixiao.warehouse import Warehouse
from jixiao.warehouse.identities import project_members, stale_regions, write_identities


def rebuild_identities(warehouse_root: str, regions: frozenset[str] | None = None) -> Identities:
    """Match the projects of `regions` (all regions: None) again, and of every region whose identities are not
    built from its current reports (a run killed or failed before its rebuild), and replace their rows of the
    derived tables; under the warehouse lock, so that no load changes the reports while the members are read."""
    warehouse = Warehouse(warehouse_root)
    if regions is not None and not regions and not stale_regions(warehouse):
        # A run that changed nothing, and every region's identities built from its reports (read from the published
        # state, without the writer's lock: what a writer still running publishes, it rebuilds itself).
        return Identities([], [], [])
    with warehouse.locked():
        if regions is not None:
            regions = regions | stale_regions(warehouse)
            if not regions:
                return Identities([], [], [])
        identities = match_projects(project_members(warehouse, regions), warehouse.match_decisions())
        write_identities(warehouse, identities, regions)
    return identities
