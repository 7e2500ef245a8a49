"""Accuracy holds across formats: the real development documents as bureau article pages (tests/fixtures/real/html,
tools/render_real_html.py) and the Word-made fixtures as .docx and as .doc (tests/fixtures/word*/docx, doc;
tools/make_format_fixtures.py) score, document by document and kind by kind, at least what their PDFs score,
except where a parser limitation reads the cleaner text worse (KNOWN, each case said in the report of issue 24).
Floors only go up."""

from __future__ import annotations

import shutil

import pytest

from jixiao.accuracy.harness import Evaluation, evaluate
from tests.conftest import ROOT

REAL = ROOT / "tests" / "fixtures" / "real"
WORD = ROOT / "tests" / "fixtures" / "word"
WORD2 = ROOT / "tests" / "fixtures" / "word2"
pytestmark = pytest.mark.slow

# (document, kind) where the web page's whole paragraph was read worse than the PDF's lines with parser 0.4.4
# (`较上年增加3个` a count of evaluated governments, C14; `直属事业单位10个` a self-evaluation's departments, C07): both
# read alike since 0.5.0 (a change against last year counts nothing; an organisation count without an evaluation
# makes no batch). None is known now; a new case goes here with its reason.
KNOWN: set[tuple[str, str]] = set()
# Measured (make accuracy, parser 0.5.0): real-html as real-cid and real-ttf, report 0.905 (38 of 42), metrics
# 0.971, batches 0.926, grades 1, projects 0.983 (C11's project is read, its score in a table flattened into one run
# is not, and a check says so), units 1.
HTML_FLOORS = {"report": 0.904, "metrics": 0.97, "batches": 0.925, "grades": 1.0, "projects": 0.983, "units": 1.0}


def _compare(formatted: Evaluation, pdf: Evaluation) -> list[str]:
    worse = []
    for name, scores in formatted.documents.items():
        for kind, score in scores.items():
            if score.f1 < pdf.documents[name][kind].f1 - 1e-9 and (name, kind) not in KNOWN:
                worse.append(f"{name} {kind}: {score.f1:.3f} < PDF {pdf.documents[name][kind].f1:.3f} {score.misses}")
    return worse


@pytest.fixture(scope="module")
def real_pdf() -> Evaluation:
    return evaluate(REAL / "gold", REAL / "pdf" / "cid")


def test_web_pages_score_what_their_pdfs_score(real_pdf: Evaluation) -> None:
    html = evaluate(REAL / "gold", REAL / "html")
    assert html.errors == {}
    assert _compare(html, real_pdf) == []
    for kind, floor in HTML_FLOORS.items():
        assert html.overall()[kind].f1 >= floor, (kind, html.overall()[kind].misses)
    # Every wrong page carries a failed check.
    assert html.wrong_unflagged() == []


@pytest.mark.parametrize("corpus", [WORD, WORD2], ids=["word", "word2"])
@pytest.mark.parametrize("form", ["docx", pytest.param("doc", marks=pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (make office) converts .doc"))])  # fmt: skip
def test_word_files_score_what_their_pdfs_score(corpus, form: str) -> None:  # type: ignore[no-untyped-def]
    formatted = evaluate(corpus, corpus / form)
    assert formatted.errors == {}
    assert _compare(formatted, evaluate(corpus, corpus)) == []
    assert all(score.f1 == 1.0 for score in formatted.overall().values()), formatted.overall()
