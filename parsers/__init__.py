"""Lines of report text → typed records. Pure functions: no I/O, no Prefect, no PDF knowledge."""

from parsers.amounts import to_amount
from parsers.grades import GRADE_MAP, normalize_grade
from parsers.records import (
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
from parsers.report import parse_report
from parsers.text import PlainBlock, TextBlock
from parsers.version import PARSER_VERSION

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
