"""Compare what the pipeline loaded with a gold file, field by field: precision, recall and F1 per record kind.

Strings compare after NFKC and whitespace removal; amounts compare in yuan; numbers as Decimals.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from jixiao.parsers.amounts import YUAN_PER_UNIT

MONEY_UNITS = set(YUAN_PER_UNIT)


def text_key(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(value)))


def number(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    return Decimal(str(value)).normalize()


def money_unit(unit: str | None) -> str:
    """A gold file's unit as printed (`萬元`, `萬(wàn)元`, `万 元`) as the unit table spells it (万元)."""
    printed = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)|\s+", "", unicodedata.normalize("NFKC", unit or "元"))
    return printed.replace("萬", "万").replace("億", "亿")


def yuan(value: Any, unit: str | None) -> Decimal | None:
    if value is None:
        return None
    return (Decimal(str(value)) * YUAN_PER_UNIT[money_unit(unit)]).quantize(Decimal("0.01")).normalize()


@dataclass
class Score:
    kind: str
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.correct += other.correct
        self.misses += other.misses


def compare_sets(kind: str, gold: Iterable[tuple[Any, ...]], predicted: Iterable[tuple[Any, ...]]) -> Score:
    """Exact tuples: each gold tuple found among the predicted ones (as a multiset) is correct."""
    gold_list, predicted_list = list(gold), list(predicted)
    score = Score(kind, gold=len(gold_list), predicted=len(predicted_list))
    remaining = list(predicted_list)
    for item in gold_list:
        if item in remaining:
            remaining.remove(item)
            score.correct += 1
        else:
            score.misses.append(f"{kind}: missing or wrong {item}")
    score.misses += [f"{kind}: unexpected {item}" for item in remaining]
    return score


def gold_metrics(gold: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for metric in gold["headline_metrics"]:
        unit = metric["unit"]
        value = yuan(metric["value"], unit) if money_unit(unit) in MONEY_UNITS else number(metric["value"])
        rows.append((metric["metric"], value))
    return rows


def gold_batches(gold: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            batch["type"],
            batch["project_count"],
            batch["department_count"],
            yuan(batch["amount"], batch["amount_unit"]) if batch["amount"] is not None else None,
        )
        for batch in gold["evaluation_batches"]
    ]


def gold_grades(gold: dict[str, Any]) -> list[tuple[Any, ...]]:
    rows = []
    for batch in gold["evaluation_batches"]:
        shares = batch.get("grade_shares_pct") or {}
        for word, count in (batch.get("grades") or {}).items():
            rows.append((batch["type"], text_key(word), count, number(shares.get(word))))
    return rows


def gold_projects(gold: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            text_key(p["name"]),
            text_key(p["department"]),
            text_key(p["grade"]),
            number(p["score"]),
            yuan(p["amount"], p["amount_unit"]) if p["amount"] is not None else None,
            p["batch_type"],
        )
        for p in gold["projects"]
    ]


def gold_units(gold: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (text_key(u["unit"]), text_key(u["parent_department"]), text_key(u["grade"]), number(u["score"]))
        for u in gold["department_evaluations"]
    ]


def score_document(gold: dict[str, Any], loaded: dict[str, list[dict[str, Any]]]) -> dict[str, Score]:
    """`loaded` holds the warehouse rows of one report: report, metrics, batches, grades, projects, units."""
    report = loaded["report"][0] if loaded["report"] else {}
    identity = compare_sets(
        "report",
        [(text_key(gold["title"]), text_key(gold["region"]), gold["fiscal_year"])],
        [(text_key(report.get("title")), text_key(report.get("region")), report.get("fiscal_year"))] if report else [],
    )
    return {
        "report": identity,
        "metrics": compare_sets(
            "metric", gold_metrics(gold), [(m["metric"], number(m["value"])) for m in loaded["metrics"]]
        ),
        "batches": compare_sets(
            "batch",
            gold_batches(gold),
            [
                (b["batch_type"], b["project_count"], b["department_count"], number(b["amount_yuan"]))
                for b in loaded["batches"]
            ],
        ),
        "grades": compare_sets(
            "grade count",
            gold_grades(gold),
            [(g["batch_type"], text_key(g["grade_raw"]), g["count"], number(g["share_pct"])) for g in loaded["grades"]],
        ),
        "projects": compare_sets(
            "project",
            gold_projects(gold),
            [
                (
                    text_key(p["project_name"]),
                    text_key(p["department_raw"]),
                    text_key(p["grade_raw"]),
                    number(p["score"]),
                    number(p["amount_yuan"]),
                    p["batch_type"],
                )
                for p in loaded["projects"]
            ],
        ),
        "units": compare_sets(
            "unit evaluation",
            gold_units(gold),
            [
                (
                    text_key(u["unit_name"]),
                    text_key(u["parent_department"]),
                    text_key(u["grade_raw"]),
                    number(u["score"]),
                )
                for u in loaded["units"]
            ],
        ),
    }
