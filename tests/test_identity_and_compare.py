"""Departments and projects across years on the synthetic 青山市本级 series (samples/synthetic_qingshan_*), and the
comparison a user reads: tables, CSV/JSON, and an HTML report checked in a real headless browser."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from jixiao.flows.cli import main
from jixiao.parsers.departments import canonical_department, shipped_vocabulary
from jixiao.warehouse import Warehouse, connect

from jixiao.ingest.identities import rebuild_identities
from jixiao.ingest.pipeline import Limits, process_document
from tests.conftest import ROOT

SAMPLES = ROOT / "samples"
YEARS = (2021, 2022, 2023, 2024)
TRUTH = json.loads((SAMPLES / "synthetic_qingshan_truth.json").read_text(encoding="utf-8"))


def _load(root: Path, years: tuple[int, ...]) -> None:
    warehouse = Warehouse(root)
    for year in years:
        outcome = process_document(
            SAMPLES / f"synthetic_qingshan_{year}.pdf", warehouse, limits=Limits(timeout_seconds=None)
        )
        assert outcome.loaded and outcome.status == "ok", outcome
    rebuild_identities(str(root))


@pytest.fixture(scope="module")
def warehouse_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("qingshan")
    _load(root, YEARS)
    return root


@pytest.mark.parametrize(
    ("raw", "region", "canonical"),
    [
        ("湖州市市场监管局", "湖州市本级", "市市场监督管理局"),
        ("市市场监督管理局", "湖州市本级", "市市场监督管理局"),
        ("市场监管局", "湖州市本级", "市市场监督管理局"),
        ("中共湖州市委组织部", "湖州市本级", "市委组织部"),
        ("湖州市人力社保局", "湖州市本级", "市人力资源和社会保障局"),
        ("市发改委", "湖州市本级", "市发展和改革委员会"),
        ("住建局", "湖州市本级", "市住房和城乡建设局"),
        ("综合执法局", "湖州市本级", "市综合行政执法局"),
        ("文广旅局", "湖州市本级", "市文化广电旅游局"),
        ("青山市民政局", "青山市本级", "市民政局"),
        ("安吉县财政局", "湖州市本级", "安吉县财政局"),
        ("财政局", "云溪县", "县财政局"),
    ],
)
def test_department_names_fold_into_one(raw: str, region: str, canonical: str) -> None:
    department = canonical_department(raw, region, shipped_vocabulary())
    assert department is not None and department.canonical_name == canonical


def test_a_countys_department_is_another_department() -> None:
    vocabulary = shipped_vocabulary()
    city = canonical_department("财政局", "湖州市本级", vocabulary)
    county = canonical_department("财政局", "安吉县", vocabulary)
    assert city and county and city.department_id != county.department_id


def test_recurring_projects_match_the_generators_truth(warehouse_root: Path) -> None:
    connection = connect(warehouse_root)
    links = dict(
        ((year, name), project_id)
        for year, name, project_id in connection.execute(
            "SELECT fiscal_year, project_name, project_id FROM project_links"
        ).fetchall()
    )
    ids_by_truth = {
        identity: {links[(entry["year"], entry["name"])] for entry in entries}
        for identity, entries in TRUTH["projects"].items()
    }
    assert all(len(ids) == 1 for ids in ids_by_truth.values()), ids_by_truth  # every recurring project matched
    flat = [next(iter(ids)) for ids in ids_by_truth.values()]
    assert len(set(flat)) == len(flat)  # no false merge (一期/二期, the two 市场监管 funds stay apart)
    scores = connection.execute(
        "SELECT project_name, match, round(score) FROM project_links WHERE match = 'fuzzy' ORDER BY 1"
    ).fetchall()
    assert scores == [("中小学校舍安全改造工程", "fuzzy", 90.0), ("城乡居民基本医疗保险市级补助资金", "fuzzy", 93.0)]


def test_recurring_departments_have_one_identity(warehouse_root: Path) -> None:
    rows = (
        connect(warehouse_root)
        .execute("SELECT canonical_name, aliases, first_year, last_year FROM departments WHERE region = '青山市本级'")
        .fetchall()
    )
    by_name = {name: (set(aliases), first, last) for name, aliases, first, last in rows}
    aliases, first, last = by_name["市人力资源和社会保障局"]
    assert {"青山市人力社保局", "青山市人力资源和社会保障局", "市人力社保局"} <= aliases and (first, last) == (
        2021,
        2024,
    )
    assert {"中共青山市委组织部", "市委组织部"} <= by_name["市委组织部"][0]
    assert {"青山市大数据发展管理局", "市数据局"} <= by_name["市大数据发展管理局"][0]
    # printed variants of one department never become two departments
    assert not any(name.startswith("市市") and name != "市市场监督管理局" for name in by_name)


def test_ids_are_stable_across_runs_and_load_order(warehouse_root: Path, tmp_path: Path) -> None:
    _load(tmp_path, tuple(reversed(YEARS)))
    _load(tmp_path, YEARS)  # and once more: re-ingesting changes nothing
    query = "SELECT project_id, canonical_name FROM projects ORDER BY 1"
    assert connect(tmp_path).execute(query).fetchall() == connect(warehouse_root).execute(query).fetchall()
    query = "SELECT department_id, canonical_name FROM departments ORDER BY 1"
    assert connect(tmp_path).execute(query).fetchall() == connect(warehouse_root).execute(query).fetchall()


def test_compare_prints_the_tables_by_year(warehouse_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compare", "--region", "青山市本级", "--warehouse", str(warehouse_root)]) == 0
    out = capsys.readouterr().out
    for title in (
        "主要指标（数量、比例）",
        "主要指标（金额）",
        "各评价类型的等级分布",
        "各部门项目评价等级",
        "跨年度评价的项目",
    ):
        assert title in out
    # Chinese labels, each year a column with the change beside; amounts in 亿元/万元, not raw yuan.
    assert "抽评项目数" in out and "142 (+4)" in out and "sampled_projects" not in out
    assert "4.56亿元 (+4,400万元)" in out and "456000000" not in out
    assert "30 (21.74%)" in out and "52 (34.44%)" in out
    assert "居家养老服务补贴" in out


def test_compare_json_csv_and_years(warehouse_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = str(warehouse_root)
    assert (
        main(["compare", "--region", "青山市本级", "--years", "2022-2023", "--format", "json", "--warehouse", root])
        == 0
    )
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert data["years"] == [2022, 2023]
    elderly = [row for row in data["sections"]["projects"] if row["project"] == "居家养老服务补贴"]
    assert [(row["fiscal_year"], row["grade"]) for row in elderly] == [(2022, "差"), (2023, "中")]
    assert main(["compare", "--region", "青山市本级", "--format", "csv", "--warehouse", root]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    civil = [row for row in rows if row["section"] == "department_grades" and row["department"] == "市民政局"]
    assert (civil[0]["fiscal_year"], civil[0]["grades"]) == ("2022", "差")
    assert main(["compare", "--region", "无此地区", "--warehouse", root]) == 2  # a usage error, regions named
    assert main(["compare", "--region", "青山市本级", "--years", "twenty", "--warehouse", root]) == 2


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (make browser)")
def test_html_report_renders_charts_with_chinese_labels(warehouse_root: Path, tmp_path: Path) -> None:
    page = tmp_path / "compare.html"
    assert (
        main(
            [
                "compare",
                "--region",
                "青山市本级",
                "--format",
                "html",
                "--out",
                str(page),
                "--warehouse",
                str(warehouse_root),
            ]
        )
        == 0
    )
    html = page.read_text(encoding="utf-8")
    # Self-contained: the charts' scripts are inlined, nothing is loaded from elsewhere.
    assert "vegaEmbed" in html and not re.search(r"""(?:src|href)=["']?https?:|<link\b|@import""", html)
    shot = tmp_path / "compare.png"
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1280,2600",
            "--virtual-time-budget=10000",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert shot.exists() and shot.stat().st_size > 20_000
    from jixiao.extractors import ocr_engine

    if not ocr_engine.available():
        return  # the screenshot exists; reading its labels needs the OCR extra
    import numpy as np
    from PIL import Image

    lines, _ = ocr_engine.ocr_lines(np.asarray(Image.open(shot).convert("RGB")), 1, scale=1.0)
    text = "".join(line.text for line in lines)
    for label in (
        "青山市本级",
        "各等级占比",
        "财政抽评",
        "项目数",
        "主要指标变化",
        "抽评项目数",
        "市人力资源和社会保障局",
        "2021年",
    ):
        assert label in text, (label, text[:400])


def test_dataframes_keep_decimals_exact(warehouse_root: Path) -> None:
    from decimal import Decimal

    from jixiao.warehouse import dataframe

    frame = dataframe(
        warehouse_root, "SELECT fiscal_year, value FROM metrics WHERE metric = 'sampled_amount' ORDER BY 1"
    )
    assert list(frame["fiscal_year"]) == [2021, 2022, 2023, 2024]
    assert frame["value"].iloc[0] == Decimal("412000000")
    assert "decimal" in str(frame["value"].dtype)


def test_uncertain_matches_are_left_apart_for_review(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from jixiao.parsers.project_identity import ProjectMember, match_projects
    from jixiao.warehouse.identities import write_identities

    members = [
        ProjectMember("青山市本级", 2022, "r1", 1, "城市公共交通运营补贴", "d1"),
        ProjectMember("青山市本级", 2023, "r2", 1, "城市公共交通线路运营考核补贴", "d1"),
        ProjectMember("青山市本级", 2023, "r2", 2, "城市公共交通运营补贴", "d2"),  # another department: never merged
    ]
    identities = match_projects(members)
    assert len(identities.projects) == 3
    close, same_name = sorted(identities.candidates, key=lambda c: c.score)
    assert {close.name_a, close.name_b} == {"城市公共交通运营补贴", "城市公共交通线路运营考核补贴"}
    assert 70 <= close.score < 88
    assert (same_name.name_a, same_name.name_b, same_name.score) == (
        "城市公共交通运营补贴",
        "城市公共交通运营补贴",
        100,
    )
    write_identities(Warehouse(tmp_path), identities)
    assert main(["review", "--warehouse", str(tmp_path)]) == 0
    assert "城市公共交通线路运营考核补贴" in capsys.readouterr().out


def test_identities_are_rebuilt_only_for_the_regions_a_run_changed(tmp_path: Path) -> None:
    from jixiao.warehouse import Warehouse

    import jixiao.ingest.identities
    from jixiao.ingest.batch import run_batch
    from jixiao.ingest.pipeline import Limits

    asked: list[frozenset[str] | None] = []
    real = jixiao.ingest.identities.project_members

    def members(warehouse, regions=None):  # type: ignore[no-untyped-def]
        asked.append(regions)
        return real(warehouse, regions)

    jixiao.ingest.identities.project_members = members  # type: ignore[assignment]
    try:
        root = str(tmp_path / "warehouse")
        qingshan = sorted(str(path) for path in (ROOT / "samples").glob("synthetic_qingshan_*.pdf"))
        run_batch(qingshan, root, Limits())
        run_batch([str(ROOT / "samples" / "huzhou_2023_report.pdf")], root, Limits())
        run_batch(qingshan, root, Limits())  # everything already loaded: nothing to rebuild
    finally:
        jixiao.ingest.identities.project_members = real  # type: ignore[assignment]
    assert asked == [frozenset({"青山市本级"}), frozenset({"湖州市本级"})]
    regions = set(Warehouse(root).read_table("project_links").column("region").to_pylist())
    assert regions == {"青山市本级", "湖州市本级"}  # the first region's identities were kept
