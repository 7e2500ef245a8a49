"""Score a corpus: ingest the documents named as gold files (PDFs, or any format) into a temporary warehouse and
compare what it loaded with the gold (`jixiao eval GOLD_DIR DOCUMENT_DIR`, `make accuracy`)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from jixiao.evaluation.scoring import Score, score_document
from jixiao.ingest.pipeline import DocumentOutcome, process_document
from jixiao.warehouse import Warehouse, connect

KINDS = ("report", "metrics", "batches", "grades", "projects", "units")
_QUERIES = {
    "report": "SELECT * FROM reports WHERE report_id = ?",
    "metrics": "SELECT * FROM metrics WHERE report_id = ?",
    "batches": "SELECT * FROM evaluation_batches WHERE report_id = ?",
    "grades": "SELECT * FROM grade_counts WHERE report_id = ?",
    "projects": "SELECT * FROM project_evaluations WHERE report_id = ?",
    "units": "SELECT * FROM unit_evaluations WHERE report_id = ?",
}
_RULES = """
    SELECT rule FROM metrics WHERE report_id = $1 UNION SELECT rule FROM evaluation_batches WHERE report_id = $1
    UNION SELECT rule FROM grade_counts WHERE report_id = $1 UNION SELECT rule FROM project_evaluations
    WHERE report_id = $1 UNION SELECT rule FROM unit_evaluations WHERE report_id = $1
    UNION SELECT rule FROM exclusions WHERE report_id = $1
    UNION SELECT unnest([title_rule, region_rule, fiscal_year_rule, publisher_rule, 'shape_' || document_kind])
    FROM reports WHERE report_id = $1"""


@dataclass
class Evaluation:
    documents: dict[str, dict[str, Score]]
    errors: dict[str, str]
    # document → how many of its checks failed (a wrong document should fail at least one)
    failed_checks: dict[str, int] = field(default_factory=dict)
    # document → the named rules that made its rows, exclusions and fields (parsers/rules.py)
    rules_fired: dict[str, set[str]] = field(default_factory=dict)
    # document → who published it (the gold's source host, else its region) and whether it is a real document
    publishers: dict[str, str] = field(default_factory=dict)
    real: dict[str, bool] = field(default_factory=dict)
    # document → who wrote it: a real document's publisher, a synthetic one's set (its gold folder), since one
    # author's habits are one source of evidence however many documents they wrote
    authors: dict[str, str] = field(default_factory=dict)

    def wrong(self) -> list[str]:
        """Documents with any miss: a field wrong, a row missing or unexpected."""
        return [name for name, scores in self.documents.items() if any(s.misses for s in scores.values())]

    def wrong_unflagged(self) -> list[str]:
        """Wrong documents that no failed check warns of."""
        return [name for name in self.wrong() if not self.failed_checks.get(name) and name not in self.errors]

    def overall(self) -> dict[str, Score]:
        totals = {kind: Score(kind) for kind in KINDS}
        for scores in self.documents.values():
            for kind, score in scores.items():
                totals[kind].add(score)
        return totals


def _rows(connection: Any, sql: str, report_id: str) -> list[dict[str, Any]]:
    result = connection.execute(sql, [report_id])
    columns = [column[0] for column in result.description]
    return [dict(zip(columns, row, strict=True)) for row in result.fetchall()]


class NotAGoldFolder(ValueError):
    """The folders given to `eval` do not hold gold files and their PDFs."""


def _document_for(stem: str, folder: Path) -> Path | None:
    """The document named as a gold file, in any format a folder is searched for (a PDF first)."""
    from jixiao.acquisition.sources import DOCUMENT_SUFFIXES

    pdf = folder / f"{stem}.pdf"
    if pdf.is_file():
        return pdf
    found = sorted(path for path in folder.glob(f"{stem}.*") if path.suffix.lower() in DOCUMENT_SUFFIXES)
    return found[0] if found else None


def gold_files(gold_dir: Path, pdf_dir: Path) -> list[tuple[Path, Path, dict[str, Any]]]:
    """(gold file, its PDF, the gold) for every gold file; raises NotAGoldFolder saying what is wrong."""
    if not gold_dir.is_dir() or not pdf_dir.is_dir():
        raise NotAGoldFolder(f"{gold_dir} and {pdf_dir} must be folders")
    found = []
    for gold_path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise NotAGoldFolder(f"{gold_path} is not a gold file (not JSON: {error})") from error
        if not isinstance(gold, dict) or not set(gold) & {"title", "projects", "headline_metrics"}:
            raise NotAGoldFolder(f"{gold_path} is not a gold file (no title, projects or headline_metrics in it)")
        document = _document_for(gold_path.stem, pdf_dir)
        if document is None:
            raise NotAGoldFolder(
                f"{gold_path.name} has no document: expected {pdf_dir / gold_path.stem}.pdf (or .html, .docx, .doc, "
                ".xlsx, … named as the gold file)"
            )
        found.append((gold_path, document, gold))
    if not found:
        raise NotAGoldFolder(f"{gold_dir} holds no gold files (*.json, each named as its PDF in {pdf_dir})")
    return found


def publisher_of(gold: dict[str, Any]) -> str:
    """Who published a document: the host of its source, else its region (synthetic fixtures invent theirs)."""
    source = str(gold.get("source_url") or "")
    host = urlparse(source).hostname if source.startswith("http") else None
    return (host or "").removeprefix("www.") or str(gold.get("region") or gold.get("title") or "")


def author_of(gold: dict[str, Any], gold_dir: Path) -> str:
    """A real document's publisher; for a synthetic one, the set it belongs to (`word5`, `web2`): each set was
    written by one author, in every rendering of it."""
    if not gold.get("synthetic", False):
        return publisher_of(gold)
    folder = gold_dir.resolve()
    return "synthetic:" + (folder.parent.name if folder.name == "gold" else folder.name)


def evaluate(
    gold_dir: Path, pdf_dir: Path, on_document: Callable[[str, DocumentOutcome], None] | None = None
) -> Evaluation:
    """Score every gold file's PDF; `on_document` hears of each as it is scored (name, outcome)."""
    documents: dict[str, dict[str, Score]] = {}
    errors: dict[str, str] = {}
    failed: dict[str, int] = {}
    fired: dict[str, set[str]] = {}
    publishers: dict[str, str] = {}
    real: dict[str, bool] = {}
    authors: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="jixiao-eval-") as folder:
        warehouse = Warehouse(Path(folder) / "warehouse")
        for gold_path, pdf, gold in gold_files(gold_dir, pdf_dir):
            publishers[gold_path.stem] = publisher_of(gold)
            real[gold_path.stem] = not gold.get("synthetic", False)
            authors[gold_path.stem] = author_of(gold, gold_dir)
            outcome = process_document(pdf, warehouse)
            if on_document is not None:
                on_document(gold_path.stem, outcome)
            if not outcome.loaded or outcome.report_id is None:
                errors[gold_path.stem] = f"[{outcome.error_code}] {outcome.message}"
                empty: dict[str, list[dict[str, Any]]] = {kind: [] for kind in KINDS}
                documents[gold_path.stem] = score_document(gold, empty)
                continue
            connection = connect(warehouse.root)
            loaded = {kind: _rows(connection, sql, outcome.report_id) for kind, sql in _QUERIES.items()}
            documents[gold_path.stem] = score_document(gold, loaded)
            failed[gold_path.stem] = int(loaded["report"][0]["failed_checks"] or 0) if loaded["report"] else 0
            rules = connection.execute(_RULES, [outcome.report_id]).fetchall()
            # a row made by several rules names them all (`project_table_row+result_column_of_the_year`)
            fired[gold_path.stem] = {name for row in rules if row[0] for name in row[0].split("+")}
    return Evaluation(documents, errors, failed, fired, publishers, real, authors)
