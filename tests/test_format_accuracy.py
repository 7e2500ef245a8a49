"""Accuracy holds across formats: the real development documents as bureau article pages (tests/fixtures/real/html,
tools/render_real_html.py) and the Word-made fixtures as .docx and as .doc (tests/fixtures/word*/docx, doc;
tools/make_format_fixtures.py) score, document by document and kind by kind, at least what their PDFs score,
except where a parser limitation reads the cleaner text worse (KNOWN, each case said in the report of issue 24).
Floors only go up."""

from __future__ import annotations

import shutil

import pytest

from flows.evaluate import Evaluation, evaluate
from tests.conftest import ROOT

REAL = ROOT / "tests" / "fixtures" / "real"
WORD = ROOT / "tests" / "fixtures" / "word"
WORD2 = ROOT / "tests" / "fixtures" / "word2"
pytestmark = pytest.mark.slow

# (document, kind) where the web page's whole paragraph is read worse than the PDF's lines, which the PDF's
# paragraph joiner left apart: `较上年增加3个` read as a count of evaluated governments (C14), `直属事业单位10个` as
# the departments of a self-evaluation (C07). Parser cases (parsers/), not extraction.
KNOWN = {
    ("C14_zhouning_2021", "metrics"),
    ("C14_zhouning_2021", "batches"),
    ("C07_nanxian_czj_2020", "batches"),
}
# Measured (make accuracy): real-html report 0.905 (38 of 42), metrics 0.942, batches 0.879, grades 1,
# projects 0.986 with parser 0.4.4; 0.983 with 0.5.0, as the PDFs: C11's one project (traditional characters, read
# since 0.5.0) is found but its score stands in a table flattened into one run and is not read (a check says so).
HTML_FLOORS = {"report": 0.904, "metrics": 0.94, "batches": 0.875, "grades": 1.0, "projects": 0.983, "units": 1.0}


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
    # Every wrong page carries a failed check, but C07's extra batch (a parser case, KNOWN): none warns of it.
    assert set(html.wrong_unflagged()) <= {name for name, _ in KNOWN}


@pytest.mark.parametrize("corpus", [WORD, WORD2], ids=["word", "word2"])
@pytest.mark.parametrize("form", ["docx", pytest.param("doc", marks=pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (make office) converts .doc"))])  # fmt: skip
def test_word_files_score_what_their_pdfs_score(corpus, form: str) -> None:  # type: ignore[no-untyped-def]
    formatted = evaluate(corpus, corpus / form)
    assert formatted.errors == {}
    assert _compare(formatted, evaluate(corpus, corpus)) == []
    assert all(score.f1 == 1.0 for score in formatted.overall().values()), formatted.overall()
