"""Reconciliation checks: the figures of a report must add up. A failed check is a warning, never a crash."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from jixiao.parsers.assemble import Assembled
from jixiao.parsers.batches import metric_name
from jixiao.parsers.lexicon.grades import FULL_MARKS
from jixiao.parsers.records import Check, EvaluationBatch, Exclusion, GradeCount, ProjectEvaluation, UnitEvaluation
from jixiao.parsers.tables import SCORE_OFF_SCALE

HUNDRED = Decimal(100)


def _half_unit(value: Decimal) -> Decimal:
    """Half the unit of the last stated digit: 3.5 → 0.05, 34 → 0.5 (the rounding error a stated figure carries)."""
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb((exponent if isinstance(exponent, int) else 0) - 1)


def _fmt(value: Decimal | int | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def _check(name: str, expected: Decimal | int, actual: Decimal | int, passed: bool, detail: str) -> Check:
    return Check(name, _fmt(expected), _fmt(actual), passed, detail)


def grade_checks(batches: Sequence[EvaluationBatch], grades: Sequence[GradeCount]) -> list[Check]:
    checks: list[Check] = []
    size = {batch.batch_type: batch.project_count for batch in batches}
    for batch_type in dict.fromkeys(grade.batch_type for grade in grades):
        rows = [grade for grade in grades if grade.batch_type == batch_type]
        total = sum(grade.count for grade in rows)
        declared = size.get(batch_type)
        if declared is not None:
            checks.append(
                _check(
                    f"grade_counts_sum_to_batch_size:{batch_type}",
                    declared,
                    total,
                    total == declared,
                    " + ".join(f"{g.grade_raw} {g.count}" for g in rows) + f" = {total}; batch size {declared}",
                )
            )
        shares = [grade for grade in rows if grade.share_pct is not None]
        if shares:
            share_sum = sum((grade.share_pct for grade in shares if grade.share_pct is not None), Decimal(0))
            tolerance = sum((_half_unit(g.share_pct) for g in shares if g.share_pct is not None), Decimal(0))
            checks.append(
                _check(
                    f"grade_shares_sum_to_100:{batch_type}",
                    HUNDRED,
                    share_sum,
                    len(shares) == len(rows) and abs(share_sum - HUNDRED) <= tolerance,
                    f"stated shares add up to {_fmt(share_sum)}% (rounding allows ±{_fmt(tolerance)})",
                )
            )
        base = declared if declared else total
        for grade in shares:
            if not base or grade.share_pct is None:
                continue
            computed = (Decimal(grade.count) * HUNDRED / Decimal(base)).quantize(Decimal("0.01"))
            checks.append(
                _check(
                    f"grade_share_matches_count:{batch_type}:{grade.grade_raw}",
                    grade.share_pct,
                    computed,
                    abs(computed - grade.share_pct) <= _half_unit(grade.share_pct),
                    f"{grade.count} of {base} is {_fmt(computed)}%; stated {_fmt(grade.share_pct)}%",
                )
            )
    return checks


def total_checks(assembled: Assembled) -> list[Check]:
    checks: list[Check] = []
    values = {metric.metric: metric.value for metric in assembled.metrics}
    for name, components in assembled.total_components.items():
        kind = name.removeprefix("total_evaluated_")
        parts = {
            metric_name(batch, kind): values[metric_name(batch, kind)]
            for batch in components
            if metric_name(batch, kind) in values
        }
        if len(parts) != len(components):
            continue  # a component was never stated: nothing to add up
        total = sum(parts.values(), Decimal(0))
        checks.append(
            _check(
                f"batches_add_up_to_total:{name}",
                values[name],
                total,
                total == values[name],
                " + ".join(f"{part} {_fmt(value)}" for part, value in parts.items()) + f" = {_fmt(total)}",
            )
        )
    return checks


def restatement_checks(assembled: Assembled) -> list[Check]:
    checks: list[Check] = []
    for name, stated in assembled.statements.items():
        if len(stated) > 1:
            checks.append(
                _check(
                    f"restated_figures_agree:{name}",
                    stated[0],
                    next((value for value in stated if value != stated[0]), stated[0]),
                    len(set(stated)) == 1,
                    f"stated {len(stated)} times: " + ", ".join(_fmt(value) for value in stated),
                )
            )
    for (batch, grade), counts in assembled.grade_statements.items():
        if len(counts) > 1:
            checks.append(
                _check(
                    f"restated_figures_agree:grade_count:{batch}:{grade}",
                    counts[0],
                    next((count for count in counts if count != counts[0]), counts[0]),
                    len(set(counts)) == 1,
                    f"stated {len(counts)} times: " + ", ".join(str(count) for count in counts),
                )
            )
    return checks


def listing_checks(
    batches: Sequence[EvaluationBatch], projects: Sequence[ProjectEvaluation], units: Sequence[UnitEvaluation]
) -> list[Check]:
    checks: list[Check] = []
    for batch in batches:
        if batch.project_count is None:
            continue
        if batch.batch_type == "department_overall":
            listed = sum(1 for unit in units if unit.batch_type == batch.batch_type)
            what = "whole-unit evaluations described"
        else:
            listed = sum(1 for project in projects if project.batch_type == batch.batch_type)
            what = "projects listed"
            if listed == 0:
                continue  # the report gives only the count for this batch, no list
        checks.append(
            _check(
                f"listed_match_declared:{batch.batch_type}",
                batch.project_count,
                listed,
                listed == batch.project_count,
                f"{listed} {what}; the report declares {batch.project_count}",
            )
        )
    return checks


def ratio_checks(assembled: Assembled) -> list[Check]:
    values = {metric.metric: metric for metric in assembled.metrics}
    ratio, sampled, base = (
        values.get("sampling_ratio"),
        values.get("sampled_projects"),
        values.get("self_evaluated_projects"),
    )
    if not (ratio and sampled and base and base.value):
        return []
    computed = sampled.value * HUNDRED / base.value
    return [
        _check(
            "sampling_ratio_matches_counts",
            ratio.value,
            computed.quantize(Decimal("0.01")),
            abs(computed - ratio.value) <= _half_unit(ratio.stated_value),
            f"{_fmt(sampled.value)} sampled of {_fmt(base.value)} self-evaluated is "
            f"{_fmt(computed.quantize(Decimal('0.01')))}%; stated {_fmt(ratio.value)}%",
        )
    ]


def _name(row: ProjectEvaluation | UnitEvaluation) -> str:
    return row.project_name if isinstance(row, ProjectEvaluation) else row.unit_name


def result_checks(
    grades: Sequence[GradeCount], projects: Sequence[ProjectEvaluation], units: Sequence[UnitEvaluation]
) -> list[Check]:
    """Evaluated objects without a single result (no grade, no score, no distribution): the text was cut before
    its results, or they are stated in a shape the parsers did not read; either way the rows are incomplete."""
    rows = [*projects, *units]
    if not rows or grades or any(row.grade_raw or row.score is not None for row in rows):
        return []
    return [
        _check(
            "results_found",
            len(rows),
            0,
            False,
            f"{len(rows)} evaluated object(s) (first: {_name(rows[0])}) and no grade or score read for any",
        )
    ]


def self_result_checks(
    assembled: Assembled, projects: Sequence[ProjectEvaluation], units: Sequence[UnitEvaluation]
) -> list[Check]:
    """A self-evaluation counted (`实施项目共15个`) and nothing of it read: no project, unit or distribution. A unit's
    self-evaluation states its results project by project; none read means they were cut off or missed."""
    counted = [batch for batch in assembled.batches if batch.batch_type == "self" and batch.project_count]
    if not counted or projects or units or assembled.grade_counts:
        return []
    return [
        _check(
            "self_results_found",
            counted[0].project_count,
            0,
            False,
            f"{counted[0].project_count} self-evaluated projects counted and none of them read",
        )
    ]


def doubt_checks(exclusions: Sequence[Exclusion]) -> list[Check]:
    """A figure left out because it cannot be what its place says (a score over full marks): the document was
    misread there (a scan, a shifted column), and the rows around it may be too."""
    doubtful = [item for item in exclusions if item.rule == SCORE_OFF_SCALE.name]
    if not doubtful:
        return []
    return [
        _check(
            "scores_on_the_scale",
            0,
            len(doubtful),
            False,
            f"{len(doubtful)} score(s) over {_fmt(FULL_MARKS)} left out (first: {doubtful[0].value} in "
            f"“{doubtful[0].source.text[:80]}”)",
        )
    ]


def one_project_checks(batches: Sequence[EvaluationBatch]) -> list[Check]:
    """A report on one project counts no other batch: a batch of more is a misreading of what it describes
    (`涉及全省11个市`, `实地抽查了8个县`) and must say so."""
    others = [batch for batch in batches if (batch.project_count or 1) > 1]
    detail = ", ".join(f"{batch.batch_type} {batch.project_count}" for batch in others) or "none"
    return [_check("one_project_one_batch", 1, 1 + len(others), not others, f"other batches: {detail}")]


def reconcile(
    assembled: Assembled, projects: Sequence[ProjectEvaluation], units: Sequence[UnitEvaluation]
) -> list[Check]:
    return (
        grade_checks(assembled.batches, assembled.grade_counts)
        + total_checks(assembled)
        + restatement_checks(assembled)
        + listing_checks(assembled.batches, projects, units)
        + ratio_checks(assembled)
        + result_checks(assembled.grade_counts, projects, units)
        + self_result_checks(assembled, projects, units)
    )
