"""One figure across regions and years (`jixiao rank`, `compare --regions`, presentation/rank.py), and the source
locator the browser highlights sentences with (presentation/sources.py).

The warehouse: the SYNTHETIC 青山市本级 samples (2021–2024; figures from tools/make_samples.py), the 湖州市本级 2023
sample and the SYNTHETIC 白沙县本级 reports (tests/fixtures/browse)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from jixiao.extractors.locate import locate_in_pdf, locate_in_text, source_lines
from jixiao.flows.cli import main
from jixiao.presentation.rank import UnknownFigure, compare_regions, figure, figures, rank
from jixiao.warehouse import Warehouse
from jixiao.warehouse.layout import raw_path
from jixiao.warehouse.storage import storage_for
from jixiao.warehouse.views import connect

from jixiao.ingest.identities import rebuild_identities
from jixiao.ingest.pipeline import Limits, process_document
from tests.conftest import ROOT

SAMPLES = ROOT / "samples"
DOCUMENTS = [
    *(SAMPLES / f"synthetic_qingshan_{year}.pdf" for year in (2021, 2022, 2023, 2024)),
    SAMPLES / "huzhou_2023_report.pdf",
    ROOT / "tests" / "fixtures" / "browse" / "synthetic_hostile_baisha_2023.pdf",
    ROOT / "tests" / "fixtures" / "browse" / "synthetic_hostile_baisha_2022.html",
]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("rank") / "warehouse"
    warehouse = Warehouse(root)
    for document in DOCUMENTS:
        outcome = process_document(document, warehouse, limits=Limits(timeout_seconds=None))
        assert outcome.loaded, outcome
    rebuild_identities(str(root))
    return root


def _values(frame, region: str) -> dict[int, float]:  # type: ignore[no-untyped-def]
    rows = frame[frame["region"] == region]
    return dict(zip(rows["fiscal_year"], rows["value"], strict=True))


def test_the_share_of_excellent_in_sampling_ranks_regions_each_year(root: Path) -> None:
    frame = rank(root, "sampling_share_优")
    # 青山 (tools/make_samples.py HEADLINES): 优 30 of 138, 36 of 142, 45 of 148, 52 of 151.
    assert _values(frame, "青山市本级") == {2021: 21.74, 2022: 25.35, 2023: 30.41, 2024: 34.44}
    in_2023 = frame[frame["fiscal_year"] == 2023]
    # 湖州 68 of 200 = 34%, 白沙 20 of 62 = 32.26%, 青山 30.41%
    assert in_2023[["region", "value", "rank"]].values.tolist() == [
        ["湖州市本级", 34.0, 1],
        ["白沙县本级", 32.26, 2],
        ["青山市本级", 30.41, 3],
    ]
    assert set(frame["unit"]) == {"%"} and set(frame["label"]) == {"财政抽评中“优”的占比"}
    row = in_2023.iloc[0]
    assert row["page"] >= 1 and "“优”的项目68个" in row["source_text"]


def test_amounts_counts_and_graded_departments(root: Path) -> None:
    amounts = rank(root, "key_evaluated_amount", regions=["青山市本级", "白沙县本级"])
    assert _values(amounts, "青山市本级") == {2021: 135e6, 2022: 162e6, 2023: 197e6, 2024: 208e6}
    assert _values(amounts, "白沙县本级") == {2022: 30e6, 2023: 46e6}
    assert set(amounts["region"]) == {"青山市本级", "白沙县本级"} and set(amounts["unit"]) == {"元"}
    # The departments with a graded project in 青山's samples: 2021 水利, 人社, 组织部, 医保; 2022 adds 大数据, 市场监管
    # and 民政 but has no 组织部 or 水利 twice …: the generator's PROJECTS table, folded to one department each.
    graded = rank(root, "graded_departments", year=(2021, 2024), regions=["青山市本级"])
    assert _values(graded, "青山市本级") == {2021: 4, 2022: 5, 2023: 6, 2024: 6}
    projects = rank(root, "graded_projects", year=2023)
    assert _values(projects, "白沙县本级") == {2023: 3}
    by_label = rank(root, "重点评价项目金额", year=2023)  # a Chinese label names the same figure
    assert by_label["figure"].unique().tolist() == ["key_evaluated_amount"]


def test_unknown_figures_name_the_close_ones() -> None:
    with pytest.raises(UnknownFigure, match="did you mean sampling_share_"):
        figure("sampling_share_you")
    keys = [known.key for known in figures()]
    assert len(keys) == len(set(keys))
    assert {"sampling_share_优", "key_evaluated_amount", "graded_departments"} <= set(keys)


def test_compare_regions_puts_every_stated_figure_side_by_side(root: Path) -> None:
    frame = compare_regions(root, ["青山市本级", "白沙县本级"])
    assert set(frame["region"]) == {"青山市本级", "白沙县本级"}
    sampled = frame[(frame["figure"] == "sampled_projects") & (frame["fiscal_year"] == 2023)]
    assert dict(zip(sampled["region"], sampled["value"], strict=True)) == {"青山市本级": 148, "白沙县本级": 62}
    assert set(sampled["rank"]) == {1, 2}
    # one row per figure, region and year
    assert not frame.duplicated(["figure", "region", "fiscal_year"]).any()


def test_rank_cli_table_export_and_html(root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rank", "sampling_share_优", "--year", "2023", "--warehouse", str(root)]) == 0
    printed = capsys.readouterr().out
    assert "财政抽评中“优”的占比" in printed and "34% (#1)" in printed and "30.41% (#3)" in printed

    out = tmp_path / "rank.xlsx"
    assert main(["rank", "key_evaluated_amount", "--warehouse", str(root), "--out", str(out)]) == 0
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    assert {"region", "fiscal_year", "value", "rank"} <= set(header) or {"地区", "年度"} <= set(header)
    assert len(rows) == 1 + 7  # 青山 ×4, 湖州, 白沙 ×2
    capsys.readouterr()

    assert main(["rank", "sampled_projects", "--warehouse", str(root), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {(r["region"], r["fiscal_year"], r["value"]) for r in records} >= {("白沙县本级", 2023, 62)}

    page = tmp_path / "out" / "rank.html"
    assert main(["rank", "sampling_share_优", "--warehouse", str(root), "--out", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "vegaEmbed" in html and 'id="chart-0"' in html and 'id="chart-1"' not in html  # one chart
    # every value links to the kept original's page, relative to the page (they move together)
    assert len(re.findall(r'href="file:///[^"]*warehouse/raw/[0-9a-f]{64}\.pdf#page=\d+"', html)) == 7
    assert "<script>document" not in html


def test_compare_regions_cli_and_its_errors(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--regions", "青山市本级,湖州市本级", "--warehouse", str(root)]) == 0
    printed = capsys.readouterr().out
    assert "抽评项目数" in printed and "200 (#1)" in printed and "148 (#2)" in printed
    assert main(["compare", "--regions", "青山市本级,湖州", "--warehouse", str(root)]) == 2
    assert "did you mean 湖州市本级" in capsys.readouterr().err
    assert main(["compare", "--region", "青山市本级", "--regions", "湖州市本级", "--warehouse", str(root)]) == 2
    assert main(["rank", "nope", "--warehouse", str(root)]) == 2
    assert "rank --list" in capsys.readouterr().err
    assert main(["rank", "sampled_projects", "--year", "2030", "--warehouse", str(root)]) == 2
    assert main(["rank", "--list"]) == 0
    assert "graded_departments" in capsys.readouterr().out


# -- the source locator ------------------------------------------------------------------------------------------


def _original(root: Path, report_id: str) -> bytes:
    connection = connect(root, "reports")
    (sha256,) = connection.execute("SELECT sha256 FROM reports WHERE report_id = ?", [report_id]).fetchone()
    return storage_for(root).read_bytes(raw_path(sha256))


def test_every_metric_sentence_of_the_samples_is_found_on_its_page(root: Path) -> None:
    rows = (
        connect(root, "metrics reports")
        .execute(
            """SELECT DISTINCT m.report_id, m.page, m.source_text FROM metrics m JOIN reports r USING (report_id)
               WHERE r.source_path LIKE '%.pdf'"""
        )
        .fetchall()
    )
    assert len(rows) >= 10
    for report_id, page, text in rows:
        located = locate_in_pdf(_original(root, report_id), page, text)
        assert located.method == "exact", (report_id, page, text, located)
        assert located.boxes and all(0 <= box.left < 1 and 0 <= box.top < 1 for box in located.boxes)
        # the highlighted characters are the sentence's, in its order (whitespace and full-width forms aside)
        assert "".join(located.matched) == "".join(source_lines(text))


def test_a_sentence_not_on_the_page_is_said_so(root: Path) -> None:
    report_id = (
        connect(root, "reports").execute("SELECT report_id FROM reports WHERE region = '湖州市本级'").fetchall()[0][0]
    )
    data = _original(root, report_id)
    assert locate_in_pdf(data, 1, "这句话不在任何一页上").method == "none"
    partial = locate_in_pdf(data, 2, "财政按项目数10%的比例实施抽评项目200个，另有一句合成的话")
    assert partial.method == "partial" and partial.boxes


def test_a_web_page_source_marks_its_paragraph(root: Path) -> None:
    data = (ROOT / "tests" / "fixtures" / "browse" / "synthetic_hostile_baisha_2022.html").read_bytes()
    shown = locate_in_text(data, 1, "项目1：乡村道路养护<b onmouseover=alert(3)>专项\n主管部门：县交通运输局")
    marked = [text for text, hit in shown.paragraphs if hit]
    assert shown.method == "exact"
    assert marked == ["项目1：乡村道路养护<b onmouseover=alert(3)>专项", "主管部门：县交通运输局"]


def test_a_huge_page_renders_within_the_pixel_cap() -> None:
    """A 14,400-pt page (the PDF maximum) at 144 dpi would be 28,800 px a side (GBs of memory): capped."""
    import io

    import pypdfium2 as pdfium
    from jixiao.extractors.locate import MAX_RENDER_PIXELS, render_page
    from PIL import Image

    document = pdfium.PdfDocument.new()
    document.new_page(14_400, 7_200)
    buffer = io.BytesIO()
    document.save(buffer)
    image = Image.open(io.BytesIO(render_page(buffer.getvalue(), 1)))
    assert image.size == (MAX_RENDER_PIXELS, MAX_RENDER_PIXELS // 2)
