"""What a worker process runs: a document's bytes (any format extractors/formats.py reads) → parsed report.
Imports only the extractors and parsers (no Prefect, no warehouse: pyarrow and DuckDB would cost every worker
memory for nothing)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jixiao.parsers.records import ParsedReport

if TYPE_CHECKING:
    from jixiao.parsers.departments import Vocabulary

ALIASES_VARIABLE = "JIXIAO_DEPARTMENT_ALIASES"


@dataclass(frozen=True, slots=True)
class Parsed:
    report: ParsedReport
    page_count: int
    engines: str
    page_engines: dict[int, tuple[str, float | None]]
    # What the document says, as a sketch (extractors/fingerprint.py): a page and its attachment compared by it.
    fingerprint: tuple[int, tuple[int, ...]] = (0, ())


def department_vocabulary() -> Vocabulary:
    """The shipped department names, plus the user's file named by $JIXIAO_DEPARTMENT_ALIASES (same format)."""
    from jixiao.parsers.departments import Vocabulary, shipped_vocabulary

    extra = os.environ.get(ALIASES_VARIABLE)
    if not extra:
        return shipped_vocabulary()
    lines = Path(extra).read_text(encoding="utf-8").splitlines()
    return shipped_vocabulary().merged(Vocabulary.from_lines(lines))


def warm_up() -> None:
    """Load what every document needs (the PDF engines, jieba's dictionary, the department vocabulary) once per
    worker, before its first document's clock starts."""
    import jixiao.extractors.document  # noqa: F401
    from jixiao.parsers.organizations import organisation_words, tokenizer_for

    organisation_words("市财政局", tokenizer_for(department_vocabulary()))


def extract_and_parse(data: bytes, password: str | None, max_pages: int | None) -> Parsed:
    """The CPU-bound part, run in a worker process. Raises ExtractionError for unusable input."""
    from jixiao.extractors.fingerprint import fingerprint
    from jixiao.extractors.formats import extract_any  # here: the flow's own process never reads a document
    from jixiao.parsers.report import parse_report  # (and a run that skips every document never compiles it)

    document = extract_any(data, password=password, max_pages=max_pages)
    report = parse_report(document.blocks, vocabulary=department_vocabulary())
    return Parsed(report, document.page_count, ",".join(document.engines), document.page_engines, fingerprint(document))
