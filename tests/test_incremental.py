"""Incremental runs: a document already loaded with the same content and parser version is skipped before
extraction; --force parses it again; `jixiao reparse` re-parses what an older parser loaded, from the landing zone
when the original is gone. Every original is kept under raw/<sha256>.pdf."""

from __future__ import annotations

import copy
import hashlib
import shutil
from pathlib import Path

import pytest
from jixiao.flows.cli import main
from jixiao.parsers import PARSER_VERSION
from jixiao.warehouse import DocumentInfo, Warehouse

from tests.conftest import SAMPLE_PDF
from tests.test_ingest_end_to_end import TABLES, parquet


def _counts(root: Path) -> dict[str, int]:
    return {table: parquet(root, f"SELECT count(*) FROM {table}")[0][0] for table in TABLES}


def test_skip_force_and_landing_zone(prefect_harness, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "warehouse"
    assert main(["ingest", str(SAMPLE_PDF), "--warehouse", str(root)]) == 0
    first = _counts(root)
    sha = hashlib.sha256(SAMPLE_PDF.read_bytes()).hexdigest()
    assert (root / "raw" / f"{sha}.pdf").read_bytes() == SAMPLE_PDF.read_bytes()
    capsys.readouterr()
    assert main(["ingest", str(SAMPLE_PDF), "--warehouse", str(root)]) == 0
    assert "skipped" in capsys.readouterr().out
    assert _counts(root) == first
    [(load_before,)] = parquet(root, "SELECT load_id FROM reports")
    assert main(["ingest", str(SAMPLE_PDF), "--warehouse", str(root), "--force"]) == 0
    assert "loaded" in capsys.readouterr().out
    [(load_after,)] = parquet(root, "SELECT load_id FROM reports")
    assert load_after != load_before and _counts(root) == first


def test_reparse_uses_the_landing_zone(prefect_harness, tmp_path: Path, sample_report) -> None:  # type: ignore[no-untyped-def]
    root = tmp_path / "warehouse"
    data = SAMPLE_PDF.read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    gone = tmp_path / "downloads" / "report.pdf"
    warehouse = Warehouse(root)
    warehouse.keep_original(sha, data)
    old = copy.deepcopy(sample_report)
    old.parser_version = "0.0.1"
    warehouse.load_report(old, DocumentInfo(sha[:16], sha, str(gone), 5, "pdfplumber"))
    assert parquet(root, "SELECT parser_version FROM reports") == [("0.0.1",)]
    assert main(["reparse", "--warehouse", str(root)]) == 0
    assert parquet(root, "SELECT parser_version, source_path FROM reports") == [
        (PARSER_VERSION, str(root / "raw" / f"{sha}.pdf"))
    ]
    assert main(["reparse", "--warehouse", str(root)]) == 0  # nothing left to do
    shutil.rmtree(root)
