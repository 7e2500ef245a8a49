"""The scores of `jixiao eval` as text: per document, and one line per corpus (`make accuracy`)."""

from __future__ import annotations

from jixiao.accuracy.harness import KINDS, Evaluation
from jixiao.evaluation.scoring import Score
from jixiao.presentation.render import table


def _cells(score: Score) -> str:
    return f"{score.precision:.3f}/{score.recall:.3f}/{score.f1:.3f}"


def render_evaluation(evaluation: Evaluation) -> str:
    columns = ["document", *[f"{kind} P/R/F1" for kind in KINDS]]
    rows = [[name, *[_cells(scores[kind]) for kind in KINDS]] for name, scores in evaluation.documents.items()]
    overall = evaluation.overall()
    rows.append(["OVERALL", *[_cells(overall[kind]) for kind in KINDS]])
    lines = [table(columns, rows), ""]
    lines += [
        f"{kind}: gold {score.gold}, predicted {score.predicted}, correct {score.correct}, F1 {score.f1:.3f}"
        for kind, score in overall.items()
    ]
    misses = [
        f"  {name}: {miss}"
        for name, scores in evaluation.documents.items()
        for s in scores.values()
        for miss in s.misses
    ]
    errors = [f"  {name}: {message}" for name, message in evaluation.errors.items()]
    if errors:
        lines += ["", "Documents that failed to load:", *errors]
    lines += ["", f"Misses ({len(misses)}):", *misses] if misses else ["", "Misses: none"]
    return "\n".join(lines)


def render_corpora(evaluations: dict[str, Evaluation]) -> str:
    """One line per corpus and one for all of them: F1 per kind, documents, wrong ones, wrong without a failed
    check (`make accuracy`)."""
    columns = ["corpus", *KINDS, "documents", "wrong", "wrong, no failed check"]
    rows = []
    everything = Evaluation({}, {})
    for name, evaluation in evaluations.items():
        overall = evaluation.overall()
        unflagged = evaluation.wrong_unflagged()
        rows.append(
            [
                name,
                *[f"{overall[kind].f1:.3f}" for kind in KINDS],
                len(evaluation.documents),
                len(evaluation.wrong()),
                len(unflagged),
            ]
        )
        everything.documents.update({f"{name}/{doc}": scores for doc, scores in evaluation.documents.items()})
        everything.errors.update({f"{name}/{doc}": error for doc, error in evaluation.errors.items()})
        everything.failed_checks.update({f"{name}/{doc}": count for doc, count in evaluation.failed_checks.items()})
    overall = everything.overall()
    rows.append(
        [
            "OVERALL",
            *[f"{overall[kind].f1:.3f}" for kind in KINDS],
            len(everything.documents),
            len(everything.wrong()),
            len(everything.wrong_unflagged()),
        ]
    )
    return table(columns, rows)
