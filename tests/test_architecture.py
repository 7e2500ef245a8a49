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


# the folders imported as jixiao.<room>
ROOMS = ("extractors", "parsers", "warehouse", "acquisition", "presentation", "evaluation", "flows")


def _room(module: str) -> str:
    """jixiao.parsers.x → parsers; jixiao.ingest.x and jixiao → jixiao; a library → its own name."""
    parts = module.split(".")
    if parts[0] == "jixiao" and len(parts) > 1 and parts[1] in ROOMS:
        return parts[1]
    return parts[0]


def _imported_rooms(path: Path) -> set[str]:
    rooms = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            rooms.update(_room(alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            rooms.add(_room(node.module))
    return rooms


def test_every_room_is_imported_under_the_one_namespace() -> None:
    """`from parsers import …` would load a second copy of the module (and clash with an analyst's `parsers`)."""
    bare = {
        str(path.relative_to(ROOT)): sorted(_bare_rooms(path))
        for folder in ("jixiao", *ROOMS, "tests", "tools", "bench")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "fixtures" not in path.parts
    }
    assert {path: rooms for path, rooms in bare.items() if rooms} == {}


def _bare_rooms(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names & set(ROOMS)


def test_an_ingest_and_a_query_load_no_room_by_its_bare_name(tmp_path: Path) -> None:
    """Imports by name in strings (resources, import_module) count too: nothing loads `parsers` beside
    `jixiao.parsers` (two copies of a module, two registries of rules)."""
    import json
    import subprocess
    import sys

    script = (
        "import json, sys, jixiao\n"
        f"wh = jixiao.open({str(tmp_path / 'warehouse')!r})\n"
        f"wh.ingest([{str(ROOT / 'samples' / 'huzhou_2023_report.pdf')!r}]); wh.table('metrics')\n"
        "print(json.dumps(sorted(name for name in sys.modules if name.split('.')[0] in "
        f"{list(ROOMS)!r})))"
    )
    output = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert output.returncode == 0, output.stderr[-2000:]
    assert json.loads(output.stdout.strip().splitlines()[-1]) == []


@pytest.mark.parametrize("room", sorted(FORBIDDEN))
def test_a_room_imports_only_rooms_upstream_of_it(room: str) -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(_imported_rooms(path) & FORBIDDEN[room])
        for path in sorted((ROOT / room).rglob("*.py"))
    }
    assert {path: rooms for path, rooms in offenders.items() if rooms} == {}
