"""One document through the three rooms: extract → parse → load. Plain functions; Prefect wraps them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from extractors import ExtractionError, extract_document
from parsers import PARSER_VERSION, parse_report
from warehouse import DocumentInfo, Warehouse


@dataclass(frozen=True, slots=True)
class DocumentOutcome:
    source_path: str
    sha256: str | None
    loaded: bool
    report_id: str | None = None
    status: str | None = None
    title: str | None = None
    error_code: str | None = None
    message: str | None = None
    rows: dict[str, int] = field(default_factory=dict)


def report_id_for(sha256: str) -> str:
    """A report is its content: the same bytes under any name are one report."""
    return sha256[:16]


def process_document(path: Path, warehouse: Warehouse, password: str | None = None) -> DocumentOutcome:
    """Load one document; a document-level failure is recorded in `ingest_errors` and returned, not raised.

    OSError (the file vanished, the disk is full) propagates so that the caller can retry.
    """
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    source = str(path)
    try:
        document = extract_document(data, password=password)
    except ExtractionError as error:
        warehouse.record_error(source, sha256, error.code, error.message, PARSER_VERSION)
        return DocumentOutcome(source, sha256, False, error_code=error.code, message=error.message)
    try:
        parsed = parse_report(document.blocks)
    except Exception as error:  # a parser bug must cost one document, not the run
        message = f"{type(error).__name__}: {error}"
        warehouse.record_error(source, sha256, "parse_failed", message, PARSER_VERSION)
        return DocumentOutcome(source, sha256, False, error_code="parse_failed", message=message)
    info = DocumentInfo(
        report_id=report_id_for(sha256),
        sha256=sha256,
        source_path=source,
        page_count=document.page_count,
        extraction_engines=",".join(document.engines),
    )
    result = warehouse.load_report(parsed, info)
    warehouse.clear_error(sha256, source)
    return DocumentOutcome(
        source,
        sha256,
        True,
        report_id=result.report_id,
        status=parsed.status,
        title=parsed.report.title,
        rows=result.rows,
    )
