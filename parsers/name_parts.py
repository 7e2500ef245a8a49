"""What a project's name carries besides the name: its supervising department in brackets after it
(`鹤汀县城乡供水一体化运营补助资金（县水利局）`), as notices list key projects in prose and in tables."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from jixiao.parsers.lexicon import alternation
from jixiao.parsers.lexicon.columns import DEPARTMENT_HEADERS
from jixiao.parsers.lexicon.organisations import GOVERNMENT_SUFFIXES, ORGAN_SUFFIXES
from jixiao.parsers.names import normalize_name
from jixiao.parsers.records import ProjectEvaluation
from jixiao.parsers.rules import rule

DEPARTMENT_IN_BRACKETS = rule(
    "department_in_brackets",
    reads="a project's name",
    makes="field",
    why="an organ's whole name in brackets at the end of a project's name (`X资金（县水利局）`) is the project's "
    "supervising department, not part of its name",
    example="鹤汀县城乡供水一体化运营补助资金（县水利局），得分91.2分，等级为“优”",
)
_ORGAN = alternation(suffix for suffix in ORGAN_SUFFIXES if suffix not in GOVERNMENT_SUFFIXES)
# (the organ may come with its field's name: `X工程（主管部门：县教育局）`)
_FIELD = alternation(DEPARTMENT_HEADERS)
_BRACKETED_ORGAN = re.compile(
    rf"^(?P<name>.{{4,}}?)[(（](?:{_FIELD}[:：]\s*)?(?P<organ>[\u4e00-\u9fff]{{2,20}}?(?:{_ORGAN}))[)）]$"
)


def without_bracketed_department(name: str) -> str:
    """The name without the organ in brackets at its end (`X资金（县水利局）` → X资金)."""
    found = _BRACKETED_ORGAN.match(name)
    return found["name"] if found else name


def with_bracketed_departments(projects: Sequence[ProjectEvaluation]) -> list[ProjectEvaluation]:
    """Projects with no department whose name ends with an organ in brackets: the name, and the organ as their
    department; the rows changed carry the rule."""
    result = []
    for project in projects:
        found = None if project.department_raw else _BRACKETED_ORGAN.match(project.project_name)
        result.append(
            replace(
                project,
                project_name=found["name"],
                department_raw=found["organ"],
                department=normalize_name(found["organ"]),
                rule=f"{project.rule}+{DEPARTMENT_IN_BRACKETS.name}",
            )
            if found
            else project
        )
    return result
