"""A folder with every kind of bad input beside good reports, through `jixiao ingest` and the real flow:
each bad file gets its own error code, every good one is fully loaded, the exit code says some failed."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from jixiao.flows.cli import main

from tests import bad_inputs
from tests.conftest import ROOT, SAMPLE_PDF
from tests.test_ingest_end_to_end import parquet

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
EXPECTED_CODES = {
    "empty.pdf": "empty_file",
    # Formats are told from the bytes: a 404 page saved as .pdf is a web page without an article; the PNG's
    # pixels are not there.
    "saved_web_page.pdf": "no_article",
    "photo.pdf": "corrupt_document",
    "truncated.pdf": "truncated_pdf",
    "corrupt.pdf": "corrupt_pdf",
    "encrypted.pdf": "encrypted_pdf",
    "zero_pages.pdf": "no_pages",
    "drawing_only.pdf": "no_text_layer",
    "garbled.pdf": "garbled_text",
    "not_a_report.pdf": "not_a_report",
    "too_big.pdf": "file_too_large",
    "too_long.pdf": "too_many_pages",
    "pathological.pdf": "timeout",
}


@pytest.fixture(scope="module")
def run(prefect_harness, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    inbox = tmp_path_factory.mktemp("inbox")
    sample = SAMPLE_PDF.read_bytes()
    files = {
        "empty.pdf": b"",
        "saved_web_page.pdf": bad_inputs.html_page(),
        "photo.pdf": bad_inputs.png_image(),
        "truncated.pdf": bad_inputs.truncated(sample),
        "corrupt.pdf": bad_inputs.corrupt(),
        "encrypted.pdf": bad_inputs.encrypted_pdf("secret"),
        "zero_pages.pdf": bad_inputs.zero_pages_pdf(),
        "drawing_only.pdf": bad_inputs.image_only_pdf(),
        "garbled.pdf": bad_inputs.garbage_text_pdf(),
        "not_a_report.pdf": bad_inputs.not_a_report_pdf(),
        "too_big.pdf": bad_inputs.padded(sample, 3 * 1024 * 1024),
        "too_long.pdf": bad_inputs.many_pages_pdf(12),
        "pathological.pdf": bad_inputs.slow_pdf(),
    }
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    shutil.copy(SAMPLE_PDF, inbox / "good_sample.pdf")
    shutil.copy(SAMPLE_PDF, inbox / "good_sample_same_bytes_other_name.pdf")
    shutil.copy(CORPUS / "synthetic_02_table_wan_ttf.pdf", inbox / "good_table.pdf")
    warehouse = tmp_path_factory.mktemp("warehouse")
    options = ["--warehouse", str(warehouse), "--max-mb", "2", "--max-pages", "10", "--timeout", "3"]
    exit_code = main(["ingest", str(inbox), *options])
    return {"exit_code": exit_code, "warehouse": warehouse, "inbox": inbox, "options": options}


def test_every_bad_input_has_its_own_code_and_good_ones_load(run: dict[str, Any]) -> None:
    assert run["exit_code"] == 1
    errors = parquet(run["warehouse"], "SELECT source_path, error_code, message FROM ingest_errors")
    assert {Path(path).name: code for path, code, _ in errors} == EXPECTED_CODES
    assert all(message for *_, message in errors)
    reports = parquet(run["warehouse"], "SELECT source_path, status, page_count FROM reports ORDER BY 1")
    # The same bytes under two names are one report.
    assert len(reports) == 2
    assert {status for _, status, _ in reports} == {"ok"}
    counts = parquet(
        run["warehouse"],
        "SELECT r.page_count, count(p.seq) FROM reports r JOIN project_evaluations p USING (report_id) GROUP BY 1",
    )
    assert sorted(counts) == [(2, 24), (5, 12)]


def test_errors_lists_failures_and_retry_loads_what_now_works(
    run: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    warehouse = run["warehouse"]
    assert main(["errors", "--warehouse", str(warehouse)]) == 0
    listed = capsys.readouterr().out
    assert all(code in listed for code in set(EXPECTED_CODES.values()))
    # Only the encrypted file changes with a password: it loads and leaves the error list; the rest fail again.
    assert main(["retry", "--warehouse", str(warehouse), "--password", "secret", *run["options"][2:]]) == 1
    codes = {Path(p).name: c for p, c in parquet(warehouse, "SELECT source_path, error_code FROM ingest_errors")}
    assert "encrypted.pdf" not in codes
    assert codes == {name: code for name, code in EXPECTED_CODES.items() if name != "encrypted.pdf"}


def test_sql_refuses_statements_that_write(run: dict[str, Any]) -> None:
    warehouse = str(run["warehouse"])
    target = run["inbox"] / "copy.csv"
    assert main(["sql", f"COPY (SELECT * FROM reports) TO '{target}'", "--warehouse", warehouse]) == 2
    assert main(["sql", "CREATE TABLE x AS SELECT 1", "--warehouse", warehouse]) == 2
    assert not target.exists()
    assert main(["sql", "SELECT count(*) FROM reports", "--warehouse", warehouse]) == 0


def test_worker_start_up_does_not_count_against_the_next_documents_time_limit(tmp_path: Path) -> None:
    """After a time-out kills the worker, a fresh one starts (imports, jieba: seconds); the next document's limit
    counts from its own start."""
    from jixiao.warehouse import Warehouse

    from jixiao.ingest.pipeline import Limits, process_document

    warehouse = Warehouse(tmp_path / "warehouse")
    slow, good = tmp_path / "slow.pdf", tmp_path / "good.pdf"
    slow.write_bytes(bad_inputs.slow_pdf())
    shutil.copy(SAMPLE_PDF, good)
    limits = Limits(timeout_seconds=2)
    assert process_document(slow, warehouse, limits=limits).error_code == "timeout"
    outcome = process_document(good, warehouse, limits=limits)
    assert outcome.loaded, outcome
