"""The comparison a user reads (issue 16): typed tidy sections, numbers as numbers in CSV/JSON with value and change
apart, amounts in 万元/亿元, and the HTML report (Chinese labels, zero-based axes with units, every mark linked to
its report page with the source sentence, escaped PDF text), checked in headless Chromium at 1280 and 390 px."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from jixiao.parsers.lexicon.batches import BATCH_LABELS, BATCH_TYPES, BATCH_WORDS, METRIC_LABELS, METRIC_NAMES
from jixiao.presentation.charts import comparison_charts
from jixiao.presentation.compare import Comparison, compare, render_csv, render_json, render_text
from jixiao.presentation.money import money_text, money_unit
from jixiao.presentation.render import Section
from jixiao.presentation.report_html import render_html

from tests.test_identity_and_compare import YEARS, _load

REGION = "青山市本级"
SNAKE_CASE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")
PAGE_LINK = re.compile(r"^file:///\S*/warehouse/raw/[0-9a-f]{64}\.pdf#page=\d+$")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def warehouse_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("compare") / "warehouse"
    _load(root, YEARS)
    return root


@pytest.fixture(scope="module")
def comparison(warehouse_root: Path) -> Comparison:
    return compare(warehouse_root, REGION)


@pytest.fixture(scope="module")
def page(comparison: Comparison, warehouse_root: Path) -> Path:
    """The report written beside the warehouse."""
    path = warehouse_root.parent / "compare.html"
    path.write_text(render_html(comparison), encoding="utf-8")
    return path


def _local(href: str) -> Path:
    """The file a file:// link names (its #page stripped)."""
    from urllib.parse import unquote, urlparse

    return Path(unquote(urlparse(href).path))


def _row(section: Section, **where: Any) -> dict[str, Any]:
    rows = [dict(zip(section.columns, row, strict=True)) for row in section.rows]
    matches = [row for row in rows if all(row[key] == value for key, value in where.items())]
    assert len(matches) == 1, (where, matches)
    return matches[0]


# -- the data model ------------------------------------------------------------------------------------------------


def test_sections_are_tidy_typed_tables_with_provenance(comparison: Comparison) -> None:
    assert [s.key for s in comparison.sections] == [
        "headline_metrics",
        "headline_amounts",
        "grade_distribution",
        "department_grades",
        "projects",
    ]
    sampled = _row(comparison.section("headline_metrics"), metric="sampled_projects", fiscal_year=2022)
    assert (sampled["label"], sampled["unit"], sampled["value"], sampled["change"]) == ("抽评项目数", "个", 142, 4)
    assert sampled["page"] == 1 and "抽评项目142个" in sampled["source_text"]
    assert sampled["report_id"] in comparison.originals
    amounts = comparison.section("headline_amounts")
    assert amounts.money_columns == frozenset({"value", "change"})
    sampled_amount = _row(amounts, metric="sampled_amount", fiscal_year=2022)
    assert (sampled_amount["value"], sampled_amount["change"]) == (456_000_000, 44_000_000)
    assert _row(amounts, metric="sampled_amount", fiscal_year=2021)["change"] is None
    best = _row(comparison.section("grade_distribution"), batch="sampling", grade="优", fiscal_year=2024)
    assert (best["batch_label"], best["count"], best["share_pct"]) == ("财政抽评", 52, Decimal("34.44"))
    assert comparison.section("projects").money_columns == frozenset({"amount_yuan"})
    for section in comparison.sections:
        for row in section.rows:
            for column, value in zip(section.columns, row, strict=True):
                if column in {"value", "change", "count", "share_pct", "score", "amount_yuan", "page", "projects"}:
                    assert value is None or isinstance(value, int | Decimal), (section.key, column, value)


def test_csv_and_json_give_numbers_with_value_and_change_apart(comparison: Comparison) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(comparison))))
    sampled = next(r for r in rows if r["metric"] == "sampled_amount" and r["fiscal_year"] == "2022")
    assert (sampled["section"], sampled["value"], sampled["change"]) == ("headline_amounts", "456000000", "44000000")
    assert sampled["page"] == "1" and "4.56亿元" in sampled["source_text"]
    data = json.loads(render_json(comparison))
    projects = next(
        r
        for r in data["sections"]["headline_metrics"]
        if r["metric"] == "sampled_projects" and r["fiscal_year"] == 2022
    )
    assert (projects["value"], projects["change"], projects["label"]) == (142, 4, "抽评项目数")
    share = next(r for r in data["sections"]["grade_distribution"] if r["grade"] == "优" and r["fiscal_year"] == 2024)
    assert share["count"] == 52 and share["share_pct"] == 34.44
    assert data["money_columns"]["headline_amounts"] == ["change", "value"]


def test_terminal_view_pivots_by_year_in_wan_and_yi_yuan(comparison: Comparison) -> None:
    text = render_text(comparison)
    assert "抽评项目金额" in text and "4.56亿元 (+4,400万元)" in text and "456000000" not in text
    assert "142 (+4)" in text and "2024年" in text and not SNAKE_CASE.search(text)


def _metric_spec(html: str, title: str) -> dict[str, Any]:
    return next(spec for spec in _chart_specs(html) if spec.get("title") == title)


def test_point_labels_and_cells_have_thousands_separators(comparison: Comparison, page: Path) -> None:
    """Issue 25: point labels read 1380, not 1,380."""
    html = page.read_text(encoding="utf-8")
    labels = [value["text"] for value in _metric_spec(html, "自评项目数")["data"]["values"]]
    assert labels == ["1,380", "1,422", "1,475", "1,510"]
    text = _visible_text(html)
    assert "1,380个" in text and "1380" not in text
    assert "1,422 (+42)" in render_text(comparison)


def _with_ratios(comparison: Comparison, values: list[Decimal]) -> Comparison:
    """The comparison with 抽评比例 set to `values` year by year (and its change from the year before)."""
    metrics = comparison.section("headline_metrics")
    rows, previous = [], None
    for row in metrics.rows:
        row = list(row)
        if row[0] == "sampling_ratio":
            value = values[comparison.years.index(row[3])]
            row[4], row[5] = value, None if previous is None else value - previous
            previous = value
        rows.append(row)
    sections = [
        Section(s.key, s.title, s.columns, rows, s.money_columns) if s.key == "headline_metrics" else s
        for s in comparison.sections
    ]
    return Comparison(comparison.region, comparison.years, sections, comparison.originals)


def test_a_ratios_change_is_in_percentage_points(comparison: Comparison) -> None:
    """Issue 25: a ratio's change showed "0%" (and a rise of 10% → 12.5% would have read "+2.5%")."""
    changed = _with_ratios(comparison, [Decimal(10), Decimal("12.5"), Decimal("12.5"), Decimal(11)])
    html = render_html(changed)
    changes = [value["change"] for value in _metric_spec(html, "抽评比例")["data"]["values"]]
    assert changes == ["", "+2.5个百分点", "持平", "-1.5个百分点"]
    text = _visible_text(_without_bundle(html))
    assert "+2.5个百分点" in text and "-1.5个百分点" in text and "持平" in text
    assert not re.search(r"(?<![\d.])0%", text), re.findall(r".{20}(?<![\d.])0%", text)
    assert "12.5% (+2.5个百分点)" in render_text(changed) and "11% (-1.5个百分点)" in render_text(changed)
    unchanged = _visible_text(_without_bundle(render_html(comparison)))  # the samples' 10% every year
    assert "持平" in unchanged and not re.search(r"(?<![\d.])0%", unchanged)


def test_a_single_year_reads_as_that_year_with_a_table_not_one_dot_charts(warehouse_root: Path) -> None:
    """Issue 25: a region with one year got "2023–2023" and nine one-dot charts."""
    single = compare(warehouse_root, REGION, (2023, 2023))
    assert single.years == [2023]
    html = render_html(single)
    assert "2023–2023" not in html and "<title>青山市本级 预算绩效评价对比 2023</title>" in html
    specs = _chart_specs(html)
    assert len(specs) == 1 and "各等级项目数" in specs[0]["title"]  # the year's grade distribution, one bar
    text = _visible_text(_without_bundle(html))
    assert "2023年主要指标" in text and "1,475个" in text and "4.98亿元" in text and "10%" in text
    assert "主要指标变化" not in text


@pytest.mark.parametrize(
    ("yuan", "signed", "text"),
    [
        (412_000_000, False, "4.12亿元"),
        (Decimal("135000000.00"), False, "1.35亿元"),
        (35_000_000, True, "+3,500万元"),
        (-27_000_000, True, "-2,700万元"),
        (Decimal("12345.67"), False, "1.23万元"),
        (800, False, "800元"),
        (100_000_000, False, "1亿元"),
    ],
)
def test_money_reads_in_wan_or_yi_yuan(yuan: Decimal | int, signed: bool, text: str) -> None:
    assert money_text(yuan, signed=signed) == text


def test_a_series_reads_in_one_unit() -> None:
    assert money_unit(531_000_000)[0] == "亿元" and money_unit(99_999_999)[0] == "万元"


def test_every_metric_and_batch_has_a_chinese_label() -> None:
    assert set(METRIC_NAMES) <= set(METRIC_LABELS)
    assert set(BATCH_TYPES) | {batch for batch, _ in BATCH_WORDS} <= set(BATCH_LABELS)
    for label in [*METRIC_LABELS.values(), *BATCH_LABELS.values()]:
        assert re.fullmatch(r"[\u4e00-\u9fff]+", label), label


# -- the HTML report, read statically ------------------------------------------------------------------------------


def _layers(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [layer for layer in spec.get("layer", [spec]) if "mark" in layer]


def test_every_chart_mark_links_to_its_report_page(comparison: Comparison, page: Path) -> None:
    def link(report_id: str, page_number: int | None, text: str | None = None) -> str:
        return f"file:///data/warehouse/raw/{'0' * 64}.pdf#page={page_number}"  # the form render_html's links take

    charts = comparison_charts(comparison, link)
    assert [group for group, _ in charts].count("grades") == 1 and any(g == "amounts" for g, _ in charts)
    for _, spec in charts:
        for layer in _layers(spec):
            encoding = layer["encoding"]
            assert encoding["href"]["field"] == "href", layer
            assert any(t["field"] == "source" and t["title"] == "来源" for t in encoding["tooltip"]), layer
        for value in spec["data"]["values"]:
            assert PAGE_LINK.match(value["href"]) and value["source"].startswith("第1页："), value
    # In the report itself the links are absolute file URIs of the kept originals.
    specs = _chart_specs(page.read_text(encoding="utf-8"))
    hrefs = [value["href"] for spec in specs for value in spec["data"]["values"]]
    assert hrefs and all(PAGE_LINK.match(href) for href in hrefs), hrefs[:3]
    assert all(_local(href).exists() for href in hrefs)


def test_source_links_survive_the_report_being_moved_or_shared(comparison: Comparison, tmp_path: Path) -> None:
    """Issue 25: links were relative paths into the warehouse and broke as soon as the file left its folder."""
    shared = tmp_path / "sent" / "by" / "mail" / "青山.html"
    shared.parent.mkdir(parents=True)
    shared.write_text(render_html(comparison), encoding="utf-8")
    html = shared.read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+)"', _without_bundle(html))
    hrefs = links + [value["href"] for spec in _chart_specs(html) for value in spec["data"]["values"]]
    assert len(links) > 50 and all(PAGE_LINK.match(href) for href in hrefs), [
        h for h in hrefs if not PAGE_LINK.match(h)
    ][:3]
    assert all(_local(href).is_file() for href in hrefs)


def _chart_specs(html: str) -> list[dict[str, Any]]:
    found = re.search(r"const charts = (\{.*?\});\n", html, re.DOTALL)
    assert found
    return list(json.loads(found.group(1)).values())


def test_axes_start_at_zero_and_say_their_unit(page: Path) -> None:
    specs = _chart_specs(page.read_text(encoding="utf-8"))
    titles = []
    for spec in specs:
        for layer in _layers(spec):
            y = layer["encoding"].get("y", {})
            if "title" in y:
                assert y["scale"]["zero"] is True, y
                titles.append(y["title"])
    assert set(titles) >= {"项目数（个）", "数量（个）", "比例（%）", "金额（亿元）"}, titles


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.skip = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("script", "style")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _visible_text(html: str) -> str:
    parser = _VisibleText()
    parser.feed(html)
    return " ".join(parser.parts)


def _chart_text(spec: dict[str, Any]) -> list[str]:
    """What a chart shows: its titles, axis and legend titles, tooltip titles and the shown fields' values."""
    shown = [spec.get("title", "")]
    fields = set()
    for layer in _layers(spec):
        for channel, encoding in layer["encoding"].items():
            if channel == "href":
                continue
            for item in encoding if isinstance(encoding, list) else [encoding]:
                shown.append(str(item.get("title", "")))
                if item.get("field") and channel in ("x", "color", "text", "tooltip"):
                    fields.add(item["field"])
    for value in spec["data"]["values"]:
        shown += [str(value[field]) for field in fields if field not in ("href", "ink")]
    return shown


def test_report_speaks_chinese_without_snake_case(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    text = _visible_text(html)
    for label in ("青山市本级", "各等级占比", "主要指标变化", "部门 × 年度评价等级", "跨年度评价的项目", "4.56亿元"):
        assert label in text, label
    assert not SNAKE_CASE.search(text), SNAKE_CASE.findall(text)[:5]
    assert "456000000" not in text
    for spec in _chart_specs(html):
        shown = " ".join(_chart_text(spec))
        assert not SNAKE_CASE.search(shown), SNAKE_CASE.findall(shown)[:5]
        assert re.search(r"[\u4e00-\u9fff]", shown)


def test_pdf_text_cannot_run_in_the_report(comparison: Comparison) -> None:
    attack = '</script><img src=x onerror="alert(1)"><script>alert(2)</script>'
    sections = []
    for section in comparison.sections:
        rows = [
            [
                attack if column in ("source_text", "department", "project") else value
                for column, value in zip(section.columns, row, strict=True)
            ]
            for row in section.rows
        ]
        sections.append(Section(section.key, section.title, section.columns, rows, section.money_columns))
    hostile = Comparison(f"{REGION}<b>", comparison.years, sections, comparison.originals)
    html = _without_bundle(render_html(hostile))
    assert "<img" not in html and "<b>" not in html and "alert(2)</script>" not in html
    assert html.count("</script>") == 1  # the charts' own: no PDF text closed it
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html  # escaped in tables and titles
    specs = _chart_specs(html)  # still valid JSON holding the text as data
    assert any(attack in value["source"] for spec in specs for value in spec["data"]["values"])
    # vega-tooltip escapes what it shows unless told otherwise; the report never tells it otherwise.
    assert "sanitize" not in html.split("const charts = ")[1]


def _without_bundle(html: str) -> str:
    """The page less the inlined Vega libraries (whose code holds HTML snippets of its own)."""
    start = html.index("<script>")
    return html[:start] + html[html.index("</script>", start) + len("</script>") :]


def test_report_is_self_contained(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert "vegaEmbed" in html and "$schema" not in html.split("const charts = ")[1]
    assert not re.search(r"""(?:src|href)=["']?https?:|<link\b|@import|url\(\s*["']?https?:""", html)


# -- the HTML report in a real browser ------------------------------------------------------------------------------

# Appended to a copy of the report: waits for the charts, then writes what the page looks like into the DOM that
# Chromium dumps (how many charts drew an <svg>, which chart marks lack a link, what sticks out at the side).
PROBE = """<script>
window.jixiaoCharts.then((views) => {
  const unlinked = [];
  let marks = 0;
  const walk = (node) => {
    if (node.marktype) {
      for (const item of node.items || []) {
        if (node.role === "mark" && ["rect", "symbol", "text", "line"].includes(node.marktype)) {
          marks += 1;
          if (!item.href) unlinked.push(node.name || node.marktype);
        }
        walk(item);
      }
    } else for (const child of node.items || []) walk(child);
  };
  views.forEach((view) => walk(view.scenegraph().root));
  const width = document.documentElement.clientWidth;
  const overflowing = [...document.querySelectorAll("body *")].filter((element) => {
    if (element.closest(".scroll")) return false;  // wide tables scroll inside their own box
    return element.getBoundingClientRect().right > width + 1;
  }).map((element) => element.tagName + "." + element.className);
  const probe = document.createElement("pre");
  probe.textContent = JSON.stringify({
    charts: views.length,
    svgs: document.querySelectorAll(".chart svg").length,
    marks, unlinked, overflowing, width,
    scrollWidth: document.documentElement.scrollWidth,
    chartWidths: [...document.querySelectorAll(".chart svg")].map((svg) => svg.getBoundingClientRect().width),
    grids: [...document.querySelectorAll(".grid-box")].map((box) => {
      const scroller = box.querySelector(".scroll").getBoundingClientRect();
      const heads = box.querySelectorAll("thead th");
      const latest = heads[heads.length - 1].getBoundingClientRect();
      return {
        latest: heads[heads.length - 1].textContent,
        latestVisible: latest.left >= scroller.left - 1 && latest.right <= scroller.right + 1,
        overflows: box.classList.contains("overflows"),
        hint: getComputedStyle(box.querySelector(".hint")).display !== "none",
      };
    }),
  });
  parent.postMessage(probe.textContent, "*");
});
</script>"""
# Headless Chromium lays a page out at least 500 px wide whatever --window-size says (screenshots excepted), so the
# report is probed in a frame exactly as wide as the screen being checked.
FRAME = """<!DOCTYPE html><html><body style="margin:0">
<iframe src="{src}" style="width:{width}px;height:9000px;border:0;display:block"></iframe>
<script>
addEventListener("message", (event) => {{
  const probe = document.createElement("pre");
  probe.id = "probe";
  probe.textContent = event.data;
  document.body.appendChild(probe);
}});
</script></body></html>"""


def _chromium(tmp_path: Path, width: int, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--host-resolver-rules=MAP * ~NOTFOUND",  # offline: nothing may be fetched from anywhere
            f"--user-data-dir={tmp_path / f'profile-{width}'}",
            f"--window-size={width},2600",
            "--virtual-time-budget=10000",
            *arguments,
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (make browser)")
@pytest.mark.parametrize("width", [1280, 390])
def test_report_renders_and_fits_the_screen(page: Path, tmp_path: Path, width: int) -> None:
    html = page.read_text(encoding="utf-8")
    end = html.rindex("</body>")  # the page's own end (the bundle's code mentions </body> too)
    # Beside the report, so that its links resolve the same way.
    probed = page.parent / f"probed-{width}.html"
    probed.write_text(html[:end] + PROBE + html[end:], encoding="utf-8")
    frame = page.parent / f"frame-{width}.html"
    frame.write_text(FRAME.format(src=probed.name, width=width), encoding="utf-8")
    dom = _chromium(tmp_path, max(width, 500), "--dump-dom", frame.as_uri()).stdout
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.DOTALL)
    assert found, dom[-2000:]
    probe = json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))
    assert probe["charts"] == 7 and probe["svgs"] == 7, probe  # 1 grade chart, 5 headline charts, 1 of amounts
    assert probe["marks"] > 50 and probe["unlinked"] == [], probe
    assert probe["width"] == width and probe["scrollWidth"] <= width and probe["overflowing"] == [], probe
    # Issue 25: at 390 px the latest year of the project grid hid behind an invisible scroll. Both grids now fit.
    assert [grid["latest"] for grid in probe["grids"]] == ["2024年", "2024年"], probe["grids"]
    assert all(grid["latestVisible"] and not grid["overflows"] and not grid["hint"] for grid in probe["grids"]), probe
    if width == 1280:  # two charts side by side, together using the width
        assert sorted(probe["chartWidths"])[-1] > 500 and sum(probe["chartWidths"][:2]) > 1000, probe
    else:  # stacked, each as wide as the screen allows
        assert all(320 < chart <= width for chart in probe["chartWidths"]), probe

    shot = tmp_path / f"compare-{width}.png"
    _chromium(tmp_path, width, f"--screenshot={shot}", page.as_uri())
    from PIL import Image

    image = Image.open(shot).convert("RGB")
    assert image.size == (width, 2600)
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 200, "a blank or nearly blank page"
    # The grade colours of the stacked bars are on screen (优 dark green, 良 light green).
    pixels = {colour for _, colour in colours}
    assert (0x2E, 0x7D, 0x32) in pixels and (0x7C, 0xB3, 0x42) in pixels
    # Content reaches across the page at 1280 (the right half is not empty).
    right_half = image.crop((width // 2, 0, width, 1200)).getcolors(maxcolors=1 << 20) or []
    assert len(right_half) > 50


def _probe(page: Path, tmp_path: Path, width: int) -> dict[str, Any]:
    """What PROBE reports of `page` laid out `width` px wide."""
    html = page.read_text(encoding="utf-8")
    end = html.rindex("</body>")
    probed = page.parent / f"probed-{page.stem}-{width}.html"
    probed.write_text(html[:end] + PROBE + html[end:], encoding="utf-8")
    frame = page.parent / f"frame-{page.stem}-{width}.html"
    frame.write_text(FRAME.format(src=probed.name, width=width), encoding="utf-8")
    dom = _chromium(tmp_path, max(width, 500), "--dump-dom", frame.as_uri()).stdout
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.DOTALL)
    assert found, dom[-2000:]
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&"))


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (make browser)")
def test_a_grid_wider_than_a_phone_says_so_and_opens_on_the_latest_year(comparison: Comparison, tmp_path: Path) -> None:
    """Issue 25: a grid wider than the screen hid its latest year behind a scroll bar a phone does not show. Eight
    years (the samples' four, and the same four years earlier) cannot fit 390 px: the grid says so and opens
    scrolled to its latest year; a grid that fits says nothing."""
    earlier = 4
    sections = []
    for section in comparison.sections:
        year = section.columns.index("fiscal_year")
        rows = [*([*row[:year], row[year] - earlier, *row[year + 1 :]] for row in section.rows), *section.rows]
        sections.append(Section(section.key, section.title, section.columns, rows, section.money_columns))
    years = sorted({year - earlier for year in comparison.years} | set(comparison.years))
    wide = Comparison(comparison.region, years, sections, comparison.originals)
    page = tmp_path / "wide.html"
    page.write_text(render_html(wide), encoding="utf-8")
    narrow = _probe(page, tmp_path, 390)
    assert narrow["overflowing"] == [] and narrow["scrollWidth"] <= 390, narrow
    assert [grid["latest"] for grid in narrow["grids"]] == ["2024年", "2024年"]
    assert all(g["overflows"] and g["hint"] and g["latestVisible"] for g in narrow["grids"]), narrow["grids"]
    broad = _probe(page, tmp_path, 1280)  # (the department grid fits; the project grid, half the width, may not)
    assert all(g["latestVisible"] and g["hint"] == g["overflows"] for g in broad["grids"]), broad["grids"]
    assert not broad["grids"][0]["overflows"]


# Shows the first bar's tooltip through the handler vega-embed installed, then reports what the tooltip holds.
TOOLTIP_PROBE = """<script>
window.jixiaoCharts.then((views) => {
  const view = views[0];
  const bars = view.scenegraph().root.items[0].items.find((m) => m.marktype === "rect" && m.role === "mark");
  const item = bars.items[0];
  view.tooltip()(view, new MouseEvent("mousemove", { clientX: 100, clientY: 100 }), item, item.tooltip);
  const tip = document.getElementById("vg-tooltip-element");
  const probe = document.createElement("pre");
  probe.id = "probe";
  probe.textContent = JSON.stringify({ images: tip.querySelectorAll("img").length, text: tip.textContent,
                                       title: document.title });
  document.body.appendChild(probe);
});
</script>"""


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium installed (make browser)")
def test_tooltips_show_pdf_text_as_text(comparison: Comparison, tmp_path: Path) -> None:
    attack = "<img src=x onerror=\"document.title='pwned'\">"
    sections = [
        Section(
            section.key,
            section.title,
            section.columns,
            [
                [attack if c == "source_text" else v for c, v in zip(section.columns, row, strict=True)]
                for row in section.rows
            ],
            section.money_columns,
        )
        for section in comparison.sections
    ]
    html = render_html(Comparison(comparison.region, comparison.years, sections, comparison.originals))
    end = html.rindex("</body>")
    page = tmp_path / "hostile.html"
    page.write_text(html[:end] + TOOLTIP_PROBE + html[end:], encoding="utf-8")
    dom = _chromium(tmp_path, 1280, "--dump-dom", page.as_uri()).stdout
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.DOTALL)
    assert found, dom[-2000:]
    probe = json.loads(
        found.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    )
    assert probe["images"] == 0 and attack in probe["text"] and "来源" in probe["text"], probe
    assert "pwned" not in probe["title"]
