"""Lines of report text → typed records. Pure functions: no I/O, no Prefect, no PDF knowledge."""

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
