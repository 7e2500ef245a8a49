"""The house's rooms and its one direction of travel, read from the source: nothing imports `flows`; parsers never
reach into the extractors; the warehouse knows no PDFs; presentation and acquisition stay out of each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

# room → the project's rooms it must never import
FORBIDDEN: dict[str, set[str]] = {
    "extractors": {"parsers", "warehouse", "flows", "acquisition", "presentation", "evaluation", "jixiao"},
    "parsers": {"extractors", "warehouse", "flows", "acquisition", "presentation", "evaluation", "jixiao"},
    "warehouse": {"extractors", "flows", "acquisition", "presentation", "evaluation", "jixiao"},
    "acquisition": {"extractors", "parsers", "flows", "presentation", "evaluation", "jixiao"},
    "presentation": {"extractors", "flows", "acquisition", "evaluation", "jixiao"},
    "evaluation": {"extractors", "flows", "acquisition", "presentation", "jixiao"},
    # the Python API and the ingest it runs: everything upstream, never the Prefect/CLI wiring
    "jixiao": {"flows"},
}


def _imported_rooms(path: Path) -> set[str]:
    rooms = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            rooms.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            rooms.add(node.module.split(".")[0])
    return rooms


@pytest.mark.parametrize("room", sorted(FORBIDDEN))
def test_a_room_imports_only_rooms_upstream_of_it(room: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_rooms(path) & FORBIDDEN[room])
        for path in sorted((ROOT / room).rglob("*.py"))
    }
    assert {path: rooms for path, rooms in offenders.items() if rooms} == {}
