"""Accuracy floors on the synthetic fixture corpus (tests/fixtures/corpus, made by tools/make_fixtures.py).

Floors only go up: raise them when the parser improves, never lower them.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jixiao.accuracy.harness import Evaluation, evaluate
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
FLOORS = {"projects": 0.98, "metrics": 1.0, "batches": 1.0, "grades": 1.0, "units": 1.0, "report": 1.0}


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    return evaluate(CORPUS, CORPUS)


def test_corpus_covers_at_least_fifteen_reports() -> None:
    golds = sorted(CORPUS.glob("*.json"))
    assert len(golds) >= 15
    assert all((CORPUS / f"{gold.stem}.pdf").exists() and gold.stem.startswith("synthetic_") for gold in golds)
    assert all(json.loads(gold.read_text(encoding="utf-8"))["synthetic"] is True for gold in golds)


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_overall_f1_floor(evaluation: Evaluation, kind: str) -> None:
    score = evaluation.overall()[kind]
    assert score.f1 >= FLOORS[kind], "\n".join(score.misses)


def test_every_document_loads(evaluation: Evaluation) -> None:
    assert evaluation.errors == {}


def test_no_metric_or_project_from_noise(evaluation: Evaluation) -> None:
    """Every predicted metric and project is in the gold (precision 1.0 per document): no footer, phone number,
    document number, date or plan became data."""
    for name, scores in evaluation.documents.items():
        for kind in ("metrics", "projects", "grades", "batches"):
            assert scores[kind].precision == 1.0, (name, kind, scores[kind].misses)


def test_plan_only_report_has_no_results_and_a_warning(tmp_path: Path) -> None:
    from jixiao.extractors import extract_document
    from jixiao.parsers import parse_report

    document = extract_document((CORPUS / "synthetic_10_plan_only.pdf").read_bytes())
    report = parse_report(document.blocks)
    assert report.projects == [] and report.metrics == [] and report.grade_counts == []
    assert report.status == "empty"
    assert [check.check_name for check in report.checks if not check.passed] == ["records_found"]


def test_cff_font_pages_are_read_by_pdfium() -> None:
    from jixiao.extractors import extract_document

    document = extract_document((CORPUS / "synthetic_13_cff_font_pdfium.pdf").read_bytes())
    assert document.engines == ("pypdfium2",)
    assert document.tables and document.tables[0].rows[0][:3] == ("序号", "主管部门", "项目名称")


def test_table_continued_without_header_is_one_table() -> None:
    from jixiao.extractors import extract_document
    from jixiao.parsers import parse_report

    document = extract_document((CORPUS / "synthetic_03_table_continued_blank_cells.pdf").read_bytes())
    assert len(document.tables) >= 2  # the table crosses a page break
    report = parse_report(document.blocks)
    assert [p.seq for p in report.projects] == list(range(1, 15))
    blank = next(p for p in report.projects if p.seq == 7)
    assert (blank.grade, blank.grade_raw) == (None, None)


@pytest.mark.skipif(
    not Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc").exists()
    or not Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc").exists(),
    reason="the embedded-font fixtures need Debian fonts-wqy-microhei and fonts-noto-cjk (make fixtures)",
)
def test_generator_reproduces_the_committed_corpus(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_fixtures.py"), str(tmp_path)], check=True, capture_output=True
    )
    for committed in sorted(p for p in CORPUS.iterdir() if p.suffix in (".pdf", ".json")):
        assert (tmp_path / committed.name).read_bytes() == committed.read_bytes(), committed.name
    shutil.rmtree(tmp_path)


def test_eval_command_prints_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    from jixiao.flows.cli import main

    assert main(["eval", str(CORPUS), str(CORPUS)]) == 0
    out = capsys.readouterr().out
    assert "OVERALL" in out and "projects: gold 66, predicted 66, correct 66, F1 1.000" in out


def test_fast_text_path_reads_exactly_what_pdfplumber_reads() -> None:
    """PDFium reads text pages (15-40x faster); the blocks, pages and furniture must equal the pdfplumber reading."""
    from jixiao.extractors import extract_document

    files = [ROOT / "samples" / "huzhou_2023_report.pdf", *sorted(CORPUS.glob("*.pdf"))]
    for path in files:
        data = path.read_bytes()
        fast, thorough = extract_document(data, fast=True), extract_document(data, fast=False)
        assert [(type(b).__name__, b.text, b.pages) for b in fast.blocks] == [
            (type(b).__name__, b.text, b.pages) for b in thorough.blocks
        ], path.name
        assert [[line.text for line in page.furniture] for page in fast.pages] == [
            [line.text for line in page.furniture] for page in thorough.pages
        ], path.name
    sample = extract_document(files[0].read_bytes())
    assert sample.engines == ("pypdfium2",)  # text pages take the fast path; provenance says so
