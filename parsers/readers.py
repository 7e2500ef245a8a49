"""The shared parts every shape's reader is made of: rows from lists, tables, attachments and prose; the figures
stated in prose; and, for a document that names no project in any of those, the one project or unit its title,
its report headings or its overview is about."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from jixiao.parsers.attachments import find_attachments
from jixiao.parsers.batches import contract_batch_type
from jixiao.parsers.cues import result_cues
from jixiao.parsers.document import Document
from jixiao.parsers.grades import grade_key
from jixiao.parsers.ledger import Ledger
from jixiao.parsers.lexicon.evaluators import BUREAU_EVALUATIONS, SELF_EVALUATION
from jixiao.parsers.lexicon.text import fold
from jixiao.parsers.names import normalize_name
from jixiao.parsers.project_lists import find_project_lists
from jixiao.parsers.prose_projects import find_itemised_projects, find_prose_results, with_grades_stated_in_prose
from jixiao.parsers.records import GradeCount, ProjectEvaluation, UnitEvaluation
from jixiao.parsers.single_project import find_overview_project, find_report_headings, find_single_project
from jixiao.parsers.statements import Fact, GradeFact, collect_facts
from jixiao.parsers.tables import find_tables
from jixiao.parsers.text import is_table, sentences
from jixiao.parsers.unit_evaluations import find_titled_unit, find_unit_evaluations

_SELF = re.compile(SELF_EVALUATION)
_BUREAU_EVALUATION = re.compile(BUREAU_EVALUATIONS)


@dataclass(slots=True)
class Findings:
    """What a reader found: rows, and the facts and grade facts of prose, before they are assembled."""

    projects: list[ProjectEvaluation] = field(default_factory=list)
    units: list[UnitEvaluation] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    grade_facts: list[GradeFact] = field(default_factory=list)
    table_grades: list[GradeCount] = field(default_factory=list)
    # the project is the title's and its money the text's (not a table row's): its batch may take that money
    titled_project: bool = False


def read_rows(document: Document, ledger: Ledger, planned: bool) -> tuple[Findings, set[int]]:
    """Projects and units from lists, tables, attachments and prose; the blocks lists took (not read again for
    figures). In a plan (`planned`), a table with no grade or score lists what will be evaluated."""
    parts, batch_of, own = document.parts, document.batch_of, document.own_department
    listed, list_blocks = find_project_lists(parts, batch_of, ledger)
    tables = find_tables(parts, batch_of, own, planned, ledger, document.fields.fiscal_year)
    attached, attached_units = find_attachments(parts, batch_of, document.default)
    known = {normalize_name(project.project_name) for project in [*listed, *tables.projects, *attached]}
    prose = find_prose_results(parts, batch_of, known, own)
    for text, cue, value in prose.taken:
        ledger.take(cue, value, text)
    tables.projects = with_grades_stated_in_prose(tables.projects, prose.known_grades)
    known |= {normalize_name(project.project_name) for project in prose.projects}
    itemised = [
        project
        for project in find_itemised_projects(parts, batch_of, own)
        if normalize_name(project.project_name) not in known
    ]
    units = [*find_unit_evaluations(parts, document.vocabulary, own), *tables.units, *attached_units, *prose.units]
    findings = Findings(
        projects=[*listed, *tables.projects, *attached, *prose.projects, *itemised],
        units=units,
        table_grades=tables.grades,
    )
    return findings, list_blocks


def read_statements(document: Document, findings: Findings, ledger: Ledger, skip_blocks: set[int]) -> None:
    findings.facts, findings.grade_facts = collect_facts(
        document.parts, skip_blocks=skip_blocks, default=document.default, ledger=ledger
    )


def _take_stated(document: Document, ledger: Ledger, rows: list) -> None:
    """A document about one object states its result somewhere in its text: the sentences that state it are
    taken (`该项目绩效评价得分90.5分,评价等级为优`)."""
    wanted = {("score", row.score) for row in rows if row.score is not None}
    wanted |= {("grade", grade_key(row.grade_raw)) for row in rows if row.grade_raw}
    if not wanted:
        return
    for part in document.parts:
        if is_table(part.block):
            continue
        for sentence in sentences(part.block, part.index):
            for cue in result_cues(fold(sentence.text)):
                if (cue.cue, cue.value) in wanted:
                    ledger.take(cue.cue, cue.value, sentence.text)


def one_object_fallbacks(document: Document, findings: Findings, ledger: Ledger | None = None) -> None:
    """A document whose lists, tables and prose name no project is about one: the project its title names (a
    one-project report or form), else each report heading of a collection, else the subject of its overview when
    the title was cut off; and the unit its title names when it reports on its own overall spending."""
    title = document.title or ""
    if not findings.projects:
        self_evaluated = bool(_SELF.search(fold(title))) and not _BUREAU_EVALUATION.search(fold(title))
        batch = "self" if self_evaluated else contract_batch_type(document.default or "other")
        owner = document.own_department or document.publishing_organisation()
        projects = find_single_project(document.title, document.blocks, batch, owner)
        projects = projects or find_report_headings(document.blocks, owner, batch)
        if document.title is None:  # a page cut above its title: the project its overview is about
            projects = projects or find_overview_project(document.blocks, batch, owner)
        findings.projects = projects
        findings.titled_project = bool(projects)
        if ledger is not None:
            _take_stated(document, ledger, projects)
    if not findings.units:
        findings.units = find_titled_unit(document.title, document.blocks)
        if ledger is not None:
            _take_stated(document, ledger, findings.units)
