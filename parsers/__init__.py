"""Lines of report text → typed records. Pure functions: no I/O, no Prefect, no PDF knowledge.

Every name is imported when first asked for: the records (`jixiao.parsers.records`) are what the warehouse and the
readers need, and importing them must not compile the whole parser (≈ 0.25 s of regular expressions), which a
query, a comparison or a no-op ingest never runs."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jixiao.parsers.amounts import to_amount
    from jixiao.parsers.grades import GRADE_MAP, normalize_grade
    from jixiao.parsers.records import (
        Amount,
        Check,
        EvaluationBatch,
        GradeCount,
        Metric,
        ParsedReport,
        ProjectEvaluation,
        ReportInfo,
        Source,
        UnitEvaluation,
    )
    from jixiao.parsers.report import parse_report
    from jixiao.parsers.text import PlainBlock, TextBlock
    from jixiao.parsers.version import PARSER_VERSION

_HOMES = {
    "to_amount": "amounts",
    "GRADE_MAP": "grades",
    "normalize_grade": "grades",
    **dict.fromkeys(
        [
            "Amount",
            "Check",
            "EvaluationBatch",
            "GradeCount",
            "Metric",
            "ParsedReport",
            "ProjectEvaluation",
            "ReportInfo",
            "Source",
            "UnitEvaluation",
        ],
        "records",
    ),
    "parse_report": "report",
    "PlainBlock": "text",
    "TextBlock": "text",
    "PARSER_VERSION": "version",
}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(importlib.import_module(f"jixiao.parsers.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "GRADE_MAP",
    "PARSER_VERSION",
    "Amount",
    "Check",
    "EvaluationBatch",
    "GradeCount",
    "Metric",
    "ParsedReport",
    "PlainBlock",
    "ProjectEvaluation",
    "ReportInfo",
    "Source",
    "TextBlock",
    "UnitEvaluation",
    "normalize_grade",
    "parse_report",
    "to_amount",
]
