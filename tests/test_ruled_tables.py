"""Ruled tables found from PDFium's path objects equal pdfplumber's: the same cell boxes and the same cell texts,
page by page, on every PDF fixture and on a regenerated sample of the bench corpus."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdfium2
import pytest
from jixiao.extractors.document import read_page
from jixiao.extractors.pdfium_engine import ENGINE as PDFIUM
from jixiao.extractors.pdfium_engine import PdfiumReader
from jixiao.extractors.pdfplumber_engine import PdfplumberReader, RawPage
from jixiao.extractors.rulings import page_rulings, unsafe_reason
from jixiao.extractors.tables import TableGeometry, read_tables

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted((ROOT / "tests" / "fixtures").rglob("*.pdf")) + sorted((ROOT / "samples").glob("*.pdf"))
# Known differences, each asserted to still differ (a fix shows up as a failure here): PDFium leaves `ǎ` (U+01CE) of
# this embedded TrueType subset out of its text page (`結(jié)轉(zhuǎn)` reads `結(jié)轉(zhu n)`); pdfplumber reads it.
# Only a mirror site's pinyin glosses carry the letter; normalisation drops those glosses either way.
PDFIUM_DIFFERS = {"tests/fixtures/first_sight/real/pdf/ttf/B11_gucheng_weipian_2020.pdf"}
# Pages the fast path leaves to pdfplumber by design (`unsafe_reason`): a Word watermark is a form XObject.
LEFT_TO_PDFPLUMBER = {"word3_04_watermark_two_scores.pdf": "form XObject"}
BENCH_REPORTS = 12  # bench/make_corpus.py's first reports: about a fifth of their pages carry a ruled table


def _rounded(geometry: list[TableGeometry]) -> list[Any]:
    """Cell boxes to 0.01 pt: PDFium keeps coordinates in single precision, pdfminer in double."""

    def box(values: tuple[float, ...] | None) -> tuple[float, ...] | None:
        return None if values is None else tuple(round(value, 2) for value in values)

    return [(box(table.bbox), [[box(cell) for cell in row] for row in table.rows]) for table in geometry]


def _blocks(page: RawPage) -> list[tuple[float, float, tuple[tuple[str | None, ...], ...]]]:
    """The table blocks the page's characters give in its cells (their tops and bottoms to 0.01 pt)."""
    return [
        (round(table.top, 2), round(table.bottom, 2), table.rows)
        for table in read_tables(page.number, page.tables, page.chars)
    ]


def _compare(path: Path) -> tuple[int, int]:
    """Assert every page's tables equal both ways; (table pages, of them read by the PDFium path)."""
    data = path.read_bytes()
    plumber, pdfium = PdfplumberReader(data), PdfiumReader(data)
    table_pages = fast_table_pages = 0
    try:
        for index in range(plumber.page_count):
            old = read_page(plumber, pdfium, index, fast=False)
            new = read_page(plumber, pdfium, index, fast=True)
            where = f"{path.name} page {index + 1}"
            assert _rounded(new.tables) == _rounded(old.tables), where
            assert _blocks(new) == _blocks(old), where
            table_pages += bool(old.tables)
            fast_table_pages += bool(old.tables) and new.engine == PDFIUM
    finally:
        plumber.close()
        pdfium.close()
    return table_pages, fast_table_pages


def test_every_fixture_has_the_same_tables_from_pdfium_paths() -> None:
    table_pages = fast_table_pages = 0
    for path in FIXTURES:
        if path.relative_to(ROOT).as_posix() in PDFIUM_DIFFERS:
            with pytest.raises(AssertionError):
                _compare(path)
            continue
        tables, fast = _compare(path)
        table_pages, fast_table_pages = table_pages + tables, fast_table_pages + fast
    # Floors: the fixtures' table pages, every one read by the fast path but those of pages it leaves to pdfplumber.
    left = 0
    for path in FIXTURES:
        if path.name in LEFT_TO_PDFPLUMBER:
            document = pypdfium2.PdfDocument(path.read_bytes())
            try:
                for page in document:
                    left += unsafe_reason(page) == LEFT_TO_PDFPLUMBER[path.name]
                    page.close()
            finally:
                document.close()
    assert len(FIXTURES) >= 120
    assert table_pages >= 40
    assert 0 < table_pages - fast_table_pages <= left


def test_bench_corpus_sample_has_the_same_tables_from_pdfium_paths(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(tmp_path), "--reports", str(BENCH_REPORTS)],
        check=True,
        capture_output=True,
    )
    files = sorted(tmp_path.glob("*.pdf"))
    assert len(files) == BENCH_REPORTS
    counts = [_compare(path) for path in files]
    table_pages = sum(tables for tables, _ in counts)
    assert table_pages >= BENCH_REPORTS  # about two a report
    assert sum(fast for _, fast in counts) == table_pages


@pytest.mark.parametrize("name", ["synthetic_02_table_wan_ttf.pdf", "synthetic_13_cff_font_pdfium.pdf"])
def test_rulings_are_pdfplumbers_objects(name: str) -> None:
    """The line, rect and curve dicts themselves match pdfplumber's, corner for corner (to 0.01 pt)."""
    import pdfplumber
    import pypdfium2

    path = ROOT / "tests" / "fixtures" / "corpus" / name
    keys = ("x0", "top", "x1", "bottom", "width", "height")
    with pdfplumber.open(path) as plumber:
        document = pypdfium2.PdfDocument(path)
        try:
            for index, plumber_page in enumerate(plumber.pages):
                rulings = page_rulings(document[index])
                for kind in ("lines", "rects", "curves"):
                    expected = [tuple(round(obj[key], 2) for key in keys) for obj in getattr(plumber_page, kind)]
                    got = [tuple(round(obj[key], 2) for key in keys) for obj in getattr(rulings, kind)]
                    assert got == expected, (name, index + 1, kind)
        finally:
            document.close()


def test_pages_pdfium_paths_cannot_stand_in_for_are_named() -> None:
    """A rotated page and a page box away from the origin go to pdfplumber; a plain page does not."""
    import pypdfium2
    from jixiao.extractors.rulings import unsafe_reason

    document = pypdfium2.PdfDocument.new()
    try:
        plain = document.new_page(595, 842)
        rotated = document.new_page(595, 842)
        rotated.set_rotation(90)
        shifted = document.new_page(595, 842)
        shifted.set_mediabox(0, 20, 595, 862)
        assert [unsafe_reason(page) for page in (plain, rotated, shifted)] == [
            None,
            "rotated page",
            "page box origin not at (0, 0)",
        ]
    finally:
        document.close()
