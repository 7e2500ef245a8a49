"""Blocks of report text → one ParsedReport. Pure: no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from parsers.assemble import assemble
from parsers.checks import reconcile
from parsers.context import batch_context
from parsers.departments import Vocabulary, canonical_department, shipped_vocabulary
from parsers.mentions import find_mentions
from parsers.project_lists import find_project_lists
from parsers.prose_scores import find_prose_projects
from parsers.records import Check, ParsedReport, ProjectEvaluation, UnitEvaluation
from parsers.statements import collect_facts
from parsers.tables import find_table_projects
from parsers.text import TextBlock, sections
from parsers.title import parse_title
from parsers.unit_evaluations import find_unit_evaluations
from parsers.version import PARSER_VERSION


def _with_departments(
    projects: list[ProjectEvaluation], units: list[UnitEvaluation], region: str | None, vocabulary: Vocabulary
) -> tuple[list[ProjectEvaluation], list[UnitEvaluation]]:
    """Fill in canonical department names and ids."""
    named_projects = []
    for project in projects:
        department = canonical_department(project.department_raw, region, vocabulary)
        named_projects.append(
            replace(
                project,
                department=department.canonical_name if department else None,
                department_id=department.department_id if department else None,
            )
        )
    named_units = []
    for unit in units:
        department = canonical_department(unit.parent_department or unit.unit_name, region, vocabulary)
        named_units.append(
            replace(
                unit,
                department=department.canonical_name if department else None,
                department_id=department.department_id if department else None,
            )
        )
    return named_projects, named_units


def parse_report(blocks: Sequence[TextBlock], vocabulary: Vocabulary | None = None) -> ParsedReport:
    """Parse a report's blocks; `vocabulary` (department names and short forms) defaults to the shipped one."""
    vocabulary = vocabulary or shipped_vocabulary()
    report = parse_title(blocks)
    parts = sections(blocks)
    batch_of = batch_context(parts, report.title)
    projects, list_blocks = find_project_lists(parts, batch_of)
    projects += find_table_projects(parts, batch_of)
    projects += find_prose_projects(parts, batch_of)
    facts, grade_facts = collect_facts(parts, skip_blocks=list_blocks)
    assembled = assemble(facts, grade_facts)
    units = find_unit_evaluations(parts, vocabulary)
    projects, units = _with_departments(projects, units, report.region, vocabulary)
    checks = reconcile(assembled, projects, units)

    found_anything = assembled.metrics or projects or units or assembled.grade_counts
    if report.title is None:
        checks.append(
            Check("title_found", "a title with year and 绩效", "", False, "no report title in the first blocks")
        )
    elif report.region is None:
        checks.append(Check("region_found", "a region in the title", "", False, f"no region in {report.title!r}"))
    if not found_anything and report.title is None:
        status = "not_a_report"  # neither a performance-report title nor anything such a report states
    elif not found_anything:
        status = "empty"
        checks.append(Check("records_found", ">0", "0", False, "no metric, batch, project or unit evaluation found"))
    elif any(not check.passed for check in checks):
        status = "partial"
    else:
        status = "ok"
    return ParsedReport(
        report=report,
        status=status,
        parser_version=PARSER_VERSION,
        metrics=assembled.metrics,
        batches=assembled.batches,
        grade_counts=assembled.grade_counts,
        projects=projects,
        units=units,
        checks=checks,
        mentions=find_mentions(parts, report.region, vocabulary),
    )
