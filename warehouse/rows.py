"""Parsed records → Arrow tables with the warehouse schemas."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

import pyarrow as pa
from jixiao.parsers import ParsedReport
from jixiao.parsers.records import Amount
from jixiao.warehouse import schemas

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """What the warehouse needs to know of the document a report was parsed from (no PDF knowledge)."""

    report_id: str
    sha256: str
    source_path: str
    page_count: int
    extraction_engines: str
    # page number → (engine, OCR confidence or None); pages not listed were read by the first engine named
    page_engines: dict[int, tuple[str, float | None]] = field(default_factory=dict)

    def engine_of(self, page: int) -> dict[str, Any]:
        engine, confidence = self.page_engines.get(page, (self.extraction_engines.split(",")[0], None))
        return {"extraction_engine": engine, "ocr_confidence": confidence}


def _amount(amount: Amount | None) -> dict[str, Any]:
    return {
        "amount_yuan": amount.yuan if amount else None,
        "stated_amount": amount.stated_value if amount else None,
        "stated_unit": amount.stated_unit if amount else None,
    }


def _table(
    schema: pa.Schema, records: Iterable[T], row: Callable[[T], dict[str, Any]], common: dict[str, Any]
) -> pa.Table:
    rows = [{**common, **row(record)} for record in records]
    return pa.Table.from_pylist(rows, schema=schema)


def report_tables(parsed: ParsedReport, document: DocumentInfo, load_id: str) -> dict[str, pa.Table]:
    info = parsed.report
    common = {
        "report_id": document.report_id,
        "fiscal_year": info.fiscal_year,
        "region": info.region,
        "load_id": load_id,
        "parser_version": parsed.parser_version,
    }
    return {
        "metrics": _table(
            schemas.METRICS,
            parsed.metrics,
            lambda m: {
                "metric": m.metric,
                "value": m.value,
                "unit": m.unit,
                "stated_value": m.stated_value,
                "stated_unit": m.stated_unit,
                "page": m.source.page,
                **document.engine_of(m.source.page),
                "source_text": m.source.text,
                "rule": m.rule,
            },
            common,
        ),
        "evaluation_batches": _table(
            schemas.EVALUATION_BATCHES,
            parsed.batches,
            lambda b: {
                "batch_type": b.batch_type,
                "label_raw": b.label_raw,
                "project_count": b.project_count,
                "department_count": b.department_count,
                **_amount(b.amount),
                "page": b.source.page,
                **document.engine_of(b.source.page),
                "source_text": b.source.text,
                "rule": b.rule,
            },
            common,
        ),
        "grade_counts": _table(
            schemas.GRADE_COUNTS,
            parsed.grade_counts,
            lambda g: {
                "batch_type": g.batch_type,
                "grade": g.grade,
                "grade_raw": g.grade_raw,
                "count": g.count,
                "share_pct": g.share_pct,
                "page": g.source.page,
                **document.engine_of(g.source.page),
                "source_text": g.source.text,
                "rule": g.rule,
            },
            common,
        ),
        "project_evaluations": _table(
            schemas.PROJECT_EVALUATIONS,
            parsed.projects,
            lambda p: {
                "batch_type": p.batch_type,
                "seq": p.seq,
                "project_name": p.project_name,
                "department_raw": p.department_raw,
                "department": p.department,
                "department_id": p.department_id,
                "grade": p.grade,
                "grade_raw": p.grade_raw,
                "score": p.score,
                **_amount(p.amount),
                "page": p.source.page,
                **document.engine_of(p.source.page),
                "source_text": p.source.text,
                "rule": p.rule,
            },
            common,
        ),
        "unit_evaluations": _table(
            schemas.UNIT_EVALUATIONS,
            parsed.units,
            lambda u: {
                "batch_type": u.batch_type,
                "unit_name": u.unit_name,
                "parent_department": u.parent_department,
                "grade": u.grade,
                "grade_raw": u.grade_raw,
                "score": u.score,
                "amount_yuan": u.amount.yuan if u.amount else None,
                "department": u.department,
                "department_id": u.department_id,
                "page": u.source.page,
                **document.engine_of(u.source.page),
                "source_text": u.source.text,
                "rule": u.rule,
            },
            common,
        ),
        "mentions": _table(
            schemas.MENTIONS,
            parsed.mentions,
            lambda m: {
                "kind": m.kind,
                "name": m.name,
                "canonical_name": m.canonical_name,
                "canonical_id": m.canonical_id,
                "page": m.source.page,
                "sentence": m.source.text,
            },
            common,
        ),
        "exclusions": _table(
            schemas.EXCLUSIONS,
            parsed.exclusions,
            lambda e: {
                "rule": e.rule,
                "cue": e.cue,
                "value": e.value,
                "page": e.source.page,
                "source_text": e.source.text,
            },
            common,
        ),
        "checks": _table(
            schemas.CHECKS,
            parsed.checks,
            lambda c: {
                "check_name": c.check_name,
                "expected": c.expected,
                "actual": c.actual,
                "passed": c.passed,
                "detail": c.detail,
            },
            {key: common[key] for key in ("report_id", "fiscal_year", "load_id", "parser_version")},
        ),
    }


def report_row(
    parsed: ParsedReport, document: DocumentInfo, load_id: str, ingested_at: datetime, first_ingested_at: datetime
) -> dict[str, Any]:
    info = parsed.report
    return {
        "report_id": document.report_id,
        "sha256": document.sha256,
        "source_path": document.source_path,
        "title": info.title,
        "region": info.region,
        "fiscal_year": info.fiscal_year,
        "page_count": document.page_count,
        "status": parsed.status,
        "is_latest": True,
        "parser_version": parsed.parser_version,
        "ingested_at": ingested_at,
        "load_id": load_id,
        "first_ingested_at": first_ingested_at,
        "failed_checks": sum(1 for check in parsed.checks if not check.passed),
        "extraction_engines": document.extraction_engines,
        "document_kind": info.document_kind,
        "publisher": info.publisher,
        "title_rule": info.rules.get("title"),
        "region_rule": info.rules.get("region"),
        "fiscal_year_rule": info.rules.get("fiscal_year"),
        "publisher_rule": info.rules.get("publisher"),
    }
