"""Facts → metrics, batches and grade counts, each figure once (reports restate figures in summary and section)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from jixiao.parsers.batches import contract_batch_type, metric_name
from jixiao.parsers.lexicon.batches import METRIC_NAMES, NOT_BATCHES, TYPE_OF_BATCH
from jixiao.parsers.records import EvaluationBatch, GradeCount, Metric
from jixiao.parsers.rules import rule
from jixiao.parsers.statements import Fact, GradeFact

OVERALL_DEPARTMENTS = rule(
    "overall_departments_are_evaluations",
    reads="a count of departments in a whole-department evaluation",
    makes="metric",
    why="each department evaluated as a whole is one evaluation: the count of departments is the count of "
    "evaluations when the text counts nothing else",
    example="对2个部门开展部门整体支出绩效评价",
)
__all__ = ["Assembled", "assemble", "metric_name"]


@dataclass(slots=True)
class Assembled:
    metrics: list[Metric] = field(default_factory=list)
    batches: list[EvaluationBatch] = field(default_factory=list)
    grade_counts: list[GradeCount] = field(default_factory=list)
    # Every value each metric was stated with, in order: restatements that disagree fail a check.
    statements: dict[str, list[Decimal]] = field(default_factory=dict)
    # The batches a stated total is made of, e.g. {"total_evaluated_projects": ("sampling", "key")}.
    total_components: dict[str, tuple[str, ...]] = field(default_factory=dict)
    grade_statements: dict[tuple[str, str], list[int]] = field(default_factory=dict)


def assemble(facts: Sequence[Fact], grade_facts: Sequence[GradeFact]) -> Assembled:
    result = Assembled()
    first: dict[str, Fact] = {}
    # a ratio the text states as sampled comes before one it states as a rule's minimum
    for fact in sorted(facts, key=lambda fact: fact.floor):
        name = metric_name(fact.batch, fact.kind)
        if not fact.floor or name not in result.statements:  # (a rule's minimum restates no figure)
            result.statements.setdefault(name, []).append(fact.value)
        if name in first:
            continue
        first[name] = fact
        if fact.batch == "total":
            result.total_components[name] = fact.components
        if name not in METRIC_NAMES:
            continue  # a figure the corpus has no headline metric for: it only fills in its batch
        unit = {"amount": "元", "ratio": "%"}.get(fact.kind, "个")
        result.metrics.append(
            Metric(name, fact.value, unit, fact.stated_value, fact.stated_unit, fact.source, rule=fact.rule)
        )
    overall = next((fact for fact in facts if fact.batch == "department_overall" and fact.kind == "departments"), None)
    if overall is not None and "department_overall_evaluations" not in first:
        result.metrics.append(
            Metric(
                "department_overall_evaluations",
                overall.value,
                "个",
                overall.value,
                "个",
                overall.source,
                rule=OVERALL_DEPARTMENTS.name,
            )
        )

    by_batch: dict[str, dict[str, Fact]] = {}
    for fact in facts:
        if fact.batch not in NOT_BATCHES:
            by_batch.setdefault(fact.batch, {}).setdefault(fact.kind, fact)
    for part, whole in TYPE_OF_BATCH.items():
        # Projects' evaluations counted apart in a round split by kind are the key batch: one batch. Where the key
        # figures count otherwise (`财政评价28个…按评价类型分，项目支出评价17个`) they are the round's, not the batch's.
        if part in by_batch:
            counted, own = by_batch.pop(part), by_batch.pop(whole, {})
            same = (
                "projects" not in own or "projects" not in counted or own["projects"].value == counted["projects"].value
            )
            by_batch[whole] = {**own, **counted} if same else counted
    for batch, kinds in by_batch.items():
        earliest = min(kinds.values(), key=facts.index)
        named_by_heading = [
            fact for fact in facts if TYPE_OF_BATCH.get(fact.batch, fact.batch) == batch and fact.label_from_heading
        ]
        label = (named_by_heading[0] if named_by_heading else earliest).label
        projects, departments, amount = kinds.get("projects"), kinds.get("departments"), kinds.get("amount")
        project_count = int(projects.value) if projects else None
        department_count = int(departments.value) if departments else None
        if batch == "department_overall":  # each evaluated department is one evaluation, unless units are counted
            project_count = project_count or department_count
            department_count = department_count or project_count
        made = EvaluationBatch(
            batch_type=contract_batch_type(batch),
            label_raw=label,
            project_count=project_count,
            department_count=department_count,
            amount=amount.amount if amount else None,
            source=(projects or earliest).source,
            rule=(projects or earliest).rule,
        )
        result.batches.append(made)

    merged: dict[tuple[str, str], GradeFact] = {}
    for grade in grade_facts:
        key = (grade.batch, grade.grade_raw)
        result.grade_statements.setdefault((contract_batch_type(grade.batch), grade.grade_raw), []).append(grade.count)
        known = merged.get(key)
        if known is None:
            merged[key] = grade
        elif known.share_pct is None and grade.share_pct is not None and known.count == grade.count:
            merged[key] = grade  # the restatement adds the share
    result.grade_counts = [
        GradeCount(contract_batch_type(g.batch), g.grade, g.grade_raw, g.count, g.share_pct, g.source, rule=g.rule)
        for g in merged.values()
    ]
    return result
