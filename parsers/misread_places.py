"""A scan's OCR misreads a rare character of a place name (`获原市` for `荻原市`): the names of the units and
departments a bureau lists begin with its own region, so a leading place one character off the report's region is
the region misread, where the document spells the region its own way more often than the variant."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from jixiao.parsers.lexicon.text import CJK_CHAR
from jixiao.parsers.records import ProjectEvaluation, UnitEvaluation
from jixiao.parsers.rules import rule

PLACE_MISREAD = rule(
    "place_misread_as_region",
    reads="a unit's or a department's name",
    makes="field",
    why="a bureau lists its own region's units; a leading place one character off the region (same length and "
    "suffix), rarer in the document than the region, is the region as a scan's OCR misread it",
    example="获原市博物馆 in a 荻原市 notice → 荻原市博物馆",
)
MIN_PLACE = 3  # characters: `荻原市`; a two-character place (`X县`) is too short to tell a misreading from another


def _respelled(name: str | None, place: str, text: str) -> str | None:
    if not name or len(name) <= len(place) or name.startswith(place):
        return name
    head = name[: len(place)]
    if head[-1] != place[-1] or not all(CJK_CHAR.match(char) for char in head):
        return name
    if sum(a != b for a, b in zip(head, place, strict=True)) != 1 or text.count(head) >= text.count(place):
        return name
    return place + name[len(place) :]


def with_region_spelled(
    projects: Sequence[ProjectEvaluation], units: Sequence[UnitEvaluation], region: str | None, text: str
) -> tuple[list[ProjectEvaluation], list[UnitEvaluation]]:
    """The rows with every leading place the OCR misread spelled as the region; the rows it changed carry the rule."""
    place = re.sub(r"本级$", "", region or "")
    if len(place) < MIN_PLACE:
        return list(projects), list(units)
    fixed_projects = []
    for project in projects:
        name = _respelled(project.project_name, place, text) or project.project_name
        department = _respelled(project.department_raw, place, text)
        changed = (name, department) != (project.project_name, project.department_raw)
        fixed_projects.append(
            replace(project, project_name=name, department_raw=department, rule=f"{project.rule}+{PLACE_MISREAD.name}")
            if changed
            else project
        )
    fixed_units = []
    for unit in units:
        name, parent = _respelled(unit.unit_name, place, text), _respelled(unit.parent_department, place, text)
        changed = (name, parent) != (unit.unit_name, unit.parent_department)
        fixed_units.append(
            replace(unit, unit_name=name, parent_department=parent, rule=f"{unit.rule}+{PLACE_MISREAD.name}")
            if changed
            else unit
        )
    return fixed_projects, fixed_units
