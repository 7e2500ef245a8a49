"""Typed records the parsers produce; the warehouse turns them into rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

BATCH_TYPES = ("self", "monitoring", "sampling", "key", "department_overall", "policy", "other")


@dataclass(frozen=True, slots=True)
class Source:
    """Where a record came from: the page and the sentence or block of text, as extracted."""

    page: int
    text: str


@dataclass(frozen=True, slots=True)
class Amount:
    """Money as stated (`8.46`, `亿元`) and as exact yuan (`846000000.00`)."""

    yuan: Decimal
    stated_value: Decimal
    stated_unit: str


@dataclass(frozen=True, slots=True)
class ReportInfo:
    title: str | None
    region: str | None
    fiscal_year: int | None
    source: Source | None
    publisher: str | None = None
    # the document's shape, which chose its reader (parsers/shapes.py)
    document_kind: str | None = None
    # the rule that found each field (title, region, fiscal_year, publisher)
    rules: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Metric:
    metric: str
    value: Decimal
    unit: str  # 元 for amounts (value in yuan), 个 for counts, % for ratios
    stated_value: Decimal
    stated_unit: str
    source: Source
    rule: str = ""


@dataclass(frozen=True, slots=True)
class EvaluationBatch:
    batch_type: str
    label_raw: str
    project_count: int | None
    department_count: int | None
    amount: Amount | None
    source: Source
    rule: str = ""


@dataclass(frozen=True, slots=True)
class GradeCount:
    batch_type: str
    grade: str | None
    grade_raw: str
    count: int
    share_pct: Decimal | None
    source: Source
    rule: str = ""


@dataclass(frozen=True, slots=True)
class ProjectEvaluation:
    batch_type: str
    seq: int | None
    project_name: str
    department_raw: str | None
    department: str | None  # canonical name (parsers/departments.py)
    grade: str | None
    grade_raw: str | None
    score: Decimal | None
    amount: Amount | None
    source: Source
    department_id: str | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class UnitEvaluation:
    batch_type: str
    unit_name: str
    parent_department: str | None
    grade: str | None
    grade_raw: str | None
    score: Decimal | None
    amount: Amount | None
    source: Source
    department: str | None = None  # canonical name of the parent department (or of the unit itself)
    department_id: str | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A department or project named in running text; kind is `department` or `project`."""

    kind: str
    name: str
    canonical_name: str | None
    canonical_id: str | None
    source: Source


@dataclass(frozen=True, slots=True)
class Exclusion:
    """A result cue the parsers read and decided is not a result: a count of days, a plan's money, a score band.
    `cue` is count | amount | grade | score | share; `value` its canonical form (a count, yuan, a grade word)."""

    rule: str
    cue: str
    value: str
    source: Source


@dataclass(frozen=True, slots=True)
class Check:
    """A reconciliation check: figures that must agree, and whether they do. A failure is a warning."""

    check_name: str
    expected: str
    actual: str
    passed: bool
    detail: str


@dataclass(slots=True)
class ParsedReport:
    report: ReportInfo
    status: str  # ok | partial | empty | not_a_report
    parser_version: str
    metrics: list[Metric] = field(default_factory=list)
    batches: list[EvaluationBatch] = field(default_factory=list)
    grade_counts: list[GradeCount] = field(default_factory=list)
    projects: list[ProjectEvaluation] = field(default_factory=list)
    units: list[UnitEvaluation] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    exclusions: list[Exclusion] = field(default_factory=list)
