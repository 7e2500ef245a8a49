"""Blocks of report text → one ParsedReport. Pure: no I/O."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from jixiao.parsers.assemble import Assembled, assemble, metric_name
from jixiao.parsers.batches import contract_batch_type
from jixiao.parsers.checks import doubt_checks, one_project_checks, reconcile
from jixiao.parsers.coverage import unexplained_results
from jixiao.parsers.departments import Vocabulary, canonical_department, shipped_vocabulary
from jixiao.parsers.document import read_document
from jixiao.parsers.ledger import Ledger
from jixiao.parsers.legends import read_legend, with_legend
from jixiao.parsers.lexicon.evaluators import GENRE_WORDS
from jixiao.parsers.lexicon.organisations import PLACE_NAME
from jixiao.parsers.mentions import find_mentions
from jixiao.parsers.misread_places import with_region_spelled
from jixiao.parsers.name_parts import with_bracketed_departments
from jixiao.parsers.names import normalize_name
from jixiao.parsers.normalize import restore_originals
from jixiao.parsers.records import (
    Amount,
    Check,
    EvaluationBatch,
    GradeCount,
    ParsedReport,
    ProjectEvaluation,
    ReportInfo,
    UnitEvaluation,
)
from jixiao.parsers.rules import rule
from jixiao.parsers.shapes import recognise
from jixiao.parsers.single_project import (
    department_of_one_project,
)
from jixiao.parsers.tables import BATCH_NOT_STATED
from jixiao.parsers.text import TextBlock, is_table
from jixiao.parsers.version import PARSER_VERSION

LISTED_BATCH = rule(
    "batch_of_listed_rows",
    reads="the rows a document lists",
    makes="batch",
    why="a batch whose rows are listed without a stated count (备注 says 项目单位自评 on four rows) has that many",
    example="备注: 财政部门重点评价 / 项目单位自评 ×4",
)
DISTRIBUTED_BATCH = rule(
    "batch_of_distribution",
    reads="a grade distribution",
    makes="batch",
    why="a distribution is of some batch, even when its size is not stated",
    example="等级为A的城市13个",
)
UNITS_BATCH = rule(
    "batch_of_units",
    reads="the unit evaluations of a document",
    makes="batch",
    why="units graded as a whole make a whole-department batch of as many evaluations",
    example="单位名称 | 评分 | 结果",
)

_GENRE = re.compile(GENRE_WORDS)  # traditional characters fold to these


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


def _with_table_grades(stated: list[GradeCount], tabled: list[GradeCount]) -> list[GradeCount]:
    """A distribution stated in prose and again in a table (`等级 | 个数 | 占比`) is one: the table adds the shares
    the prose left out; a batch only the table gives is taken from it."""
    in_prose = {grade.batch_type for grade in stated}
    shares = {(g.batch_type, g.grade_raw, g.count): g.share_pct for g in tabled if g.share_pct is not None}
    merged = [
        replace(g, share_pct=shares.get((g.batch_type, g.grade_raw, g.count)))
        if g.share_pct is None and (g.batch_type, g.grade_raw, g.count) in shares
        else g
        for g in stated
    ]
    return merged + [grade for grade in tabled if grade.batch_type not in in_prose]


def _unique_units(units: Sequence[UnitEvaluation]) -> list[UnitEvaluation]:
    """One row per unit: a later statement of the same unit adds what the first did not say."""
    kept: dict[str, UnitEvaluation] = {}
    for unit in units:
        key = normalize_name(unit.unit_name)
        known = kept.get(key)
        if known is None:
            kept[key] = unit
            continue
        kept[key] = replace(
            known,
            parent_department=known.parent_department or unit.parent_department,
            grade=known.grade or unit.grade,
            grade_raw=known.grade_raw or unit.grade_raw,
            score=known.score if known.score is not None else unit.score,
            amount=known.amount or unit.amount,
        )
    return list(kept.values())


def _derived_batches(
    assembled: Assembled, projects: Sequence[ProjectEvaluation], units: Sequence[UnitEvaluation]
) -> list[EvaluationBatch]:
    """A batch whose rows the report lists without stating how many (`备注` says `项目单位自评` on four rows; one
    project's key evaluation; a unit graded in passing): its count is the number of rows."""
    stated = {contract_batch_type(batch.batch_type) for batch in assembled.batches}
    distributed = {grade.batch_type for grade in assembled.grade_counts}
    counts: dict[str, int] = {}
    for project in projects:
        if BATCH_NOT_STATED.name in project.rule.split("+"):
            continue  # a row whose evaluation the text does not state counts in no batch
        counts[project.batch_type] = counts.get(project.batch_type, 0) + 1
    derived = []
    for batch_type, count in counts.items():
        if batch_type not in stated:
            source = next(p.source for p in projects if p.batch_type == batch_type)
            # A batch that states its distribution but not its size (`等级为A的城市13个…`) has no count, nor has a
            # grading of places that names only some of them (`14个县进入全国前200名…分别是:`).
            places = all(re.fullmatch(PLACE_NAME, p.project_name) for p in projects if p.batch_type == batch_type)
            size = None if batch_type in distributed or places else count
            derived.append(EvaluationBatch(batch_type, batch_type, size, None, None, source, rule=LISTED_BATCH.name))
    for batch_type in distributed - stated - set(counts):
        source = next(g.source for g in assembled.grade_counts if g.batch_type == batch_type)
        derived.append(EvaluationBatch(batch_type, batch_type, None, None, None, source, rule=DISTRIBUTED_BATCH.name))
    # (not where a stated batch already counts those departments: `选取12个项目和3个部门开展重点绩效评价`)
    counted_elsewhere = any(b.department_count == len(units) and b.batch_type != "self" for b in assembled.batches)
    if units and "department_overall" not in stated and not counted_elsewhere:
        derived.append(
            EvaluationBatch(
                "department_overall", "部门整体", len(units), len(units), None, units[0].source, rule=UNITS_BATCH.name
            )
        )
    return derived


def _bond_figures(assembled: Assembled) -> None:
    """A bond notice counts its bonds' projects and money (`新增专项债券项目3个，争取债券资金1.69亿元`) and then
    evaluates them without counting again: its one batch is those projects."""
    values = {metric.metric: metric for metric in assembled.metrics}
    if "bond_projects" not in values and "bond_amount" not in values:
        return
    evaluation = [batch for batch in assembled.batches if batch.batch_type not in {"monitoring"}]
    if len(evaluation) != 1:
        return
    batch = evaluation[0]
    projects, amount = values.get("bond_projects"), values.get("bond_amount")
    fills = {}
    if batch.project_count is None and projects:
        fills["project_count"] = int(projects.value)
    if batch.amount is None and amount is not None:
        fills["amount"] = Amount(amount.value, amount.stated_value, amount.stated_unit)
    if fills:
        assembled.batches[assembled.batches.index(batch)] = replace(batch, **fills)


def _one_project(
    assembled: Assembled, projects: list[ProjectEvaluation], blocks: Sequence[TextBlock], from_prose: bool
) -> None:
    """A report on one project: the money its batch covers, stated without a count, is the project's (not a
    headline figure of a round), the batch is that one project, and its department is the one a form's field or
    the project's name gives. `from_prose`: the project is the title's and its money the text's (a table's row
    money is the row's, not a stated batch figure)."""
    if len(projects) != 1:
        return
    project = projects[0]
    if project.department_raw is None and (department := department_of_one_project(project.project_name, blocks)):
        projects[0] = project = replace(project, department_raw=department)
    batches = [b for b in assembled.batches if contract_batch_type(b.batch_type) == project.batch_type]
    if len(batches) != 1 or batches[0].project_count not in (None, 1):
        return
    if batches[0].amount is None:
        if project.amount is not None and from_prose:  # the money the text puts into the project is the batch's
            assembled.batches[assembled.batches.index(batches[0])] = replace(batches[0], amount=project.amount)
        return
    batch = batches[0]
    if batch.project_count is None:
        name = metric_name(batch.batch_type, "amount")
        assembled.metrics = [m for m in assembled.metrics if not (m.metric == name and m.value == batch.amount.yuan)]
        assembled.batches[assembled.batches.index(batch)] = replace(batch, project_count=1)
    if project.amount is None:
        projects[0] = replace(project, amount=batch.amount)


def _one_unit(assembled: Assembled, units: Sequence[UnitEvaluation]) -> None:
    """A report on one unit's overall spending states its money without counting the unit: the batch is that unit."""
    overall = [b for b in assembled.batches if contract_batch_type(b.batch_type) == "department_overall"]
    if len(units) != 1 or len(overall) != 1:
        return
    batch = overall[0]
    if batch.project_count is None and batch.department_count is None:
        assembled.batches[assembled.batches.index(batch)] = replace(batch, project_count=1, department_count=1)


def parse_report(blocks: Sequence[TextBlock], vocabulary: Vocabulary | None = None) -> ParsedReport:
    """Parse a report's blocks; `vocabulary` (department names and short forms) defaults to the shipped one."""
    document = read_document(blocks, vocabulary or shipped_vocabulary())
    shape = recognise(document)
    ledger = Ledger()
    findings = shape.read(document, ledger)
    fields, prepared, parts = document.fields, document.prepared, document.parts

    assembled = assemble(findings.facts, findings.grade_facts)
    assembled.grade_counts = _with_table_grades(assembled.grade_counts, findings.table_grades)
    projects = findings.projects
    units = _unique_units(findings.units)
    assembled.batches += _derived_batches(assembled, projects, units)
    _one_unit(assembled, units)
    _one_project(assembled, projects, prepared.blocks, findings.titled_project)
    _bond_figures(assembled)
    _one_project(assembled, projects, prepared.blocks, findings.titled_project)  # a bond's money is its project's
    text = "".join(block.text for block in prepared.blocks)
    projects, units = with_region_spelled(with_bracketed_departments(projects), units, fields.region, text)
    projects, units = _with_departments(projects, units, fields.region, document.vocabulary)
    if legend := read_legend(prepared.blocks):  # the document's own marks (A（优秀）、B（良好）…)
        projects, units = with_legend(projects, legend), with_legend(units, legend)
        assembled.grade_counts = with_legend(assembled.grade_counts, legend)
    checks = (
        reconcile(assembled, projects, units)
        + doubt_checks(ledger.exclusions)
        + unexplained_results(
            parts, ledger, assembled.metrics, assembled.batches, assembled.grade_counts, projects, units
        )
    )

    if shape.name == "one_project":
        checks += one_project_checks(assembled.batches)
    found_anything = assembled.metrics or projects or units or assembled.grade_counts or assembled.batches
    # Mirror sites annotate characters with pinyin (`績(jì)效`): normalization took it out.
    genre = any(_GENRE.search(block.text) for block in prepared.blocks if not is_table(block))
    if fields.title is None and genre:
        checks.append(Check("title_found", "a title", "", False, "no document title near the top (a web page's text?)"))
    if fields.region is None and genre:
        checks.append(Check("region_found", "a region", "", False, "no region in the title, publisher or text"))
    if not found_anything and not genre:
        status = "not_a_report"  # nothing of the genre: no performance evaluation named at all
    elif not found_anything:
        status = "empty"
        checks.append(Check("records_found", ">0", "0", False, "no metric, batch, project or unit evaluation found"))
    elif any(not check.passed for check in checks):
        status = "partial"
    else:
        status = "ok"
    report = ReportInfo(
        title=fields.title,
        region=fields.region,
        fiscal_year=fields.fiscal_year,
        source=fields.source,
        publisher=fields.publisher,
        document_kind=shape.name,
        rules={**fields.rules, "document_kind": shape.rule.name},
    )
    parsed = ParsedReport(
        report=report,
        status=status,
        parser_version=PARSER_VERSION,
        metrics=assembled.metrics,
        batches=[replace(batch, batch_type=contract_batch_type(batch.batch_type)) for batch in assembled.batches],
        grade_counts=assembled.grade_counts,
        projects=projects,
        units=units,
        checks=checks,
        mentions=find_mentions(parts, fields.region, document.vocabulary),
        exclusions=ledger.exclusions,
    )
    return restore_originals(parsed, document.normalized)
