"""One document through the three rooms: extract → parse → load. Plain functions; Prefect wraps them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from jixiao.extractors import ExtractionError
from jixiao.ingest.isolation import RUNNER, DocumentTimeout, MemoryLimitExceeded, WorkerCrashed
from jixiao.ingest.reading import Parsed, extract_and_parse, warm_up
from jixiao.parsers import PARSER_VERSION
from jixiao.warehouse import DocumentInfo, Warehouse
from jixiao.warehouse.integrity import remove_broken_files, report_is_whole


@dataclass(frozen=True, slots=True)
class Limits:
    """What one document may cost before it is refused (each limit has its own error code)."""

    max_bytes: int = 200 * 1024 * 1024  # file_too_large
    max_pages: int = 2000  # too_many_pages
    timeout_seconds: float | None = 300.0  # timeout; None: no child process, no limit (in-process)
    max_memory_mb: int = 1536  # memory_limit: a worker's resident memory (OCR of a scanned page takes ≈ 800 MB)


DEFAULT_LIMITS = Limits()


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
    skipped: bool = False  # already loaded with this content and parser version
    pages: int = 0
    regions: tuple[str | None, ...] = ()  # whose project identities the load changed
    region: str | None = None
    fiscal_year: int | None = None
    displaced_latest: str | None = None  # the version of the same region and year this one replaced as latest
    kept_choice: str | None = None  # the version chosen with `jixiao latest`, kept the latest over this one
    same_as: str | None = None  # the name the same content came under earlier in the batch (read there; skipped)


def summary(outcomes: list[DocumentOutcome]) -> str:
    """A batch counted once per document: loaded, the same as another name of the batch (read once, there),
    skipped (already loaded by this parser version), failed."""
    same = sum(1 for outcome in outcomes if outcome.same_as is not None)
    skipped = sum(1 for outcome in outcomes if outcome.skipped and outcome.same_as is None)
    failed = sum(1 for outcome in outcomes if not outcome.loaded)
    loaded = len(outcomes) - same - skipped - failed
    return (
        f"{len(outcomes)} documents: {loaded} loaded, "
        + (f"{same} the same as another name in this batch (read once), " if same else "")
        + f"{skipped} skipped (already loaded by this parser version), {failed} failed"
    )


def report_id_for(sha256: str) -> str:
    """A report is its content: the same bytes under any name are one report."""
    return sha256[:16]


@dataclass(frozen=True, slots=True)
class DocumentFailure:
    """A document refused or lost while reading it (its error code goes to `ingest_errors`)."""

    code: str
    message: str


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document read from its source, hashed, and kept in the landing zone: ready to be read."""

    source: str  # a path, or the URL it was downloaded from
    sha256: str
    data: bytes = field(repr=False)
    hints: tuple[str | None, int | None] = (None, None)  # region and fiscal year from a manifest
    group: str | None = None  # a site's article page this document belongs to (the page or its attachment)


def prepare_document(
    path: Path | None,
    warehouse: Warehouse,
    limits: Limits,
    loaded: frozenset[tuple[str, str]] = frozenset(),
    source: str | None = None,
    hints: tuple[str | None, int | None] = (None, None),
    data: bytes | None = None,
) -> PreparedDocument | DocumentOutcome:
    """Read (unless `data` is given: a download) and hash one document; an outcome when there is nothing to read
    (too large: recorded; already loaded by this parser version: skipped). The original bytes are kept in
    `raw/<sha256>.pdf` before any parsing. OSError (the file vanished, the disk is full) propagates so that the
    caller can retry."""
    source = source or str(path)
    size = len(data) if data is not None else path.stat().st_size if path is not None else 0
    if size > limits.max_bytes:
        return record_failure(
            warehouse, source, None, "file_too_large", f"{size} bytes, more than the limit of {limits.max_bytes}"
        )
    if data is None:
        if path is None:
            raise ValueError("a document needs a path or its bytes")
        data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    if (sha256, PARSER_VERSION) in loaded:
        if report_is_whole(warehouse, report_id_for(sha256)):
            return DocumentOutcome(
                source, sha256, True, report_id=report_id_for(sha256), status="skipped", skipped=True
            )
        # A loaded report one of whose files is damaged is loaded again, once the damaged files are out of the log.
        remove_broken_files(warehouse, report_id_for(sha256))
    warehouse.keep_original(sha256, data)
    return PreparedDocument(source, sha256, data, hints)


def read_document(data: bytes, password: str | None, limits: Limits) -> Parsed | DocumentFailure:
    """Extract and parse in a worker process (or in this one when `limits.timeout_seconds` is None). Unusable
    input, a time-out, a crashed worker or a parser bug is returned as a failure; OSError propagates."""
    try:
        if limits.timeout_seconds is None:
            return extract_and_parse(data, password, limits.max_pages)
        return RUNNER.run(
            extract_and_parse,
            data,
            password,
            limits.max_pages,
            timeout=limits.timeout_seconds,
            warm_up=warm_up,
            max_rss=limits.max_memory_mb << 20,
        )
    except ExtractionError as error:
        return DocumentFailure(error.code, error.message)
    except (DocumentTimeout, WorkerCrashed, MemoryLimitExceeded) as error:
        return DocumentFailure(error.code, str(error))
    except OSError:
        raise
    except Exception as error:  # a parser bug must cost one document, not the run
        return DocumentFailure("parse_failed", f"{type(error).__name__}: {error}")


def load_document(
    prepared: PreparedDocument, result: Parsed | DocumentFailure, warehouse: Warehouse
) -> DocumentOutcome:
    """Load a read document atomically, or record why it could not be read."""
    source, sha256 = prepared.source, prepared.sha256
    if isinstance(result, DocumentFailure):
        return record_failure(warehouse, source, sha256, result.code, result.message)
    parsed = result
    region_hint, year_hint = prepared.hints
    info_found = parsed.report.report
    if (region_hint and not info_found.region) or (year_hint and not info_found.fiscal_year):
        # A source's hints fill in what the title did not say; they never override it.
        parsed.report.report = replace(
            info_found, region=info_found.region or region_hint, fiscal_year=info_found.fiscal_year or year_hint
        )
    if parsed.report.status == "not_a_report":
        return record_failure(
            warehouse,
            source,
            sha256,
            "not_a_report",
            "nothing of the genre: no performance-evaluation words (绩效, 评价, 考评) and no evaluation counts, "
            "grades, scores or projects",
        )
    info = DocumentInfo(
        report_id=report_id_for(sha256),
        sha256=sha256,
        source_path=source,
        page_count=parsed.page_count,
        extraction_engines=parsed.engines,
        page_engines=parsed.page_engines,
    )
    loaded = warehouse.load_report(parsed.report, info)
    warehouse.clear_error(sha256, source)
    return DocumentOutcome(
        source,
        sha256,
        True,
        report_id=loaded.report_id,
        status=parsed.report.status,
        title=parsed.report.report.title,
        rows=loaded.rows,
        pages=parsed.page_count,
        regions=loaded.regions,
        region=parsed.report.report.region,
        fiscal_year=parsed.report.report.fiscal_year,
        displaced_latest=loaded.displaced_latest,
        kept_choice=loaded.kept_choice,
    )


def record_failure(warehouse: Warehouse, source: str, sha256: str | None, code: str, message: str) -> DocumentOutcome:
    """Record why a document did not load (one `ingest_errors` row per document) and say so as its outcome."""
    warehouse.record_error(source, sha256, code, message, PARSER_VERSION)
    return DocumentOutcome(source, sha256, False, error_code=code, message=message)


def process_document(
    path: Path,
    warehouse: Warehouse,
    password: str | None = None,
    limits: Limits | None = None,
    loaded: frozenset[tuple[str, str]] = frozenset(),
    source: str | None = None,
    hints: tuple[str | None, int | None] = (None, None),
) -> DocumentOutcome:
    """One document, start to end, in this thread: prepare → read → load. A document-level failure is recorded in
    `ingest_errors` and returned, not raised. (The flow runs the same three steps, reading several at once.)"""
    limits = limits or DEFAULT_LIMITS
    prepared = prepare_document(path, warehouse, limits, loaded, source, hints)
    if isinstance(prepared, DocumentOutcome):
        return prepared
    return load_document(prepared, read_document(prepared.data, password, limits), warehouse)
