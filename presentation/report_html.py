"""A self-contained HTML comparison report: Vega-Lite charts (Altair's specs, the Vega bundle inlined so it opens
offline), the department × year grid and the detail tables.

Every figure links to the page of the kept original it came from (`raw/<sha256>.pdf#page=N`) and shows its source
sentence on hover. Text from PDFs is escaped wherever it lands: HTML-escaped in tables and attributes; in the
charts it is JSON data that vega-tooltip escapes before showing. The layout is a CSS grid that fills a wide screen
and stacks on a phone; wide tables scroll inside their own box.
"""

from __future__ import annotations

import json
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

from jixiao.presentation.charts import FONT, GRADE_COLOURS, GRADE_TEXT_COLOURS, Linker, comparison_charts
from jixiao.presentation.compare import MONEY_UNIT, Comparison
from jixiao.presentation.money import PERCENT, change_text, figure_text, money_text, number_text
from jixiao.presentation.render import Section, cell
from jixiao.presentation.vega_bundle import vega_bundle

# Column → its heading; columns not named here (ids, keys, the provenance parts) are not shown as columns.
COLUMN_LABELS = {
    "label": "指标",
    "batch_label": "评价类型",
    "grade": "等级",
    "fiscal_year": "年度",
    "value": "数值",
    "change": "较上年",
    "count": "项目数（个）",
    "share_pct": "占比",
    "department": "主管部门",
    "grades": "项目评价等级",
    "projects": "项目数（个）",
    "project": "项目",
    "score": "得分",
    "amount_yuan": "金额",
}


def _linker(comparison: Comparison) -> Linker:
    """Links to the kept originals as absolute `file://` URIs (or the remote warehouse's URLs): the report can be
    moved, copied or sent and its links still reach the warehouse wherever it is read on this machine (or where
    the warehouse is mounted at the same path); a relative link broke as soon as the file left its folder."""

    def link(report_id: str, page: int | None, text: str | None = None) -> str:
        original = comparison.originals.get(report_id)
        if original is None:
            return ""
        target = original.resolve().as_uri() if isinstance(original, Path) else original
        return f"{target}#page={page}" if page is not None else target

    return link


def _script_json(value: Any) -> str:
    """JSON that cannot end the <script> it sits in, whatever text from a PDF it carries."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _source_link(link: Linker, report_id: str, page: int | None, text: str | None, label: str | None = None) -> str:
    shown = escape(label if label is not None else (f"第{page}页" if page is not None else "来源"))
    href = link(report_id, page, text)
    title = escape(" ".join((text or "").split()))
    if not href:
        return f'<span title="{title}">{shown}</span>'
    return f'<a href="{escape(href)}" title="{title}">{shown}</a>'


def _shown(section: Section, column: str, row: dict[str, Any]) -> str:
    value = row[column]
    if value is None:
        return ""
    if column == "fiscal_year":
        return f"{value}年"
    unit = row.get("unit") or ""
    money = column in section.money_columns or (column in ("value", "change") and unit == MONEY_UNIT)
    if money:
        return money_text(value, signed=column == "change")
    if column == "change":  # a ratio's change in 个百分点, a count's with its unit; 持平 when none
        text = change_text(value, unit)
        return text + unit if unit not in ("", PERCENT) and value != 0 else text
    if column == "value":
        return number_text(value) + unit
    if column == "share_pct":
        return number_text(value) + PERCENT
    return number_text(value) if isinstance(value, int | float | Decimal) else cell(value)


def detail_table(section: Section, link: Linker) -> str:
    columns = [column for column in section.columns if column in COLUMN_LABELS]
    head = "".join(f"<th>{COLUMN_LABELS[column]}</th>" for column in columns) + "<th>来源</th>"
    body = []
    for values in section.rows:
        row = dict(zip(section.columns, values, strict=True))
        numeric = {c for c in columns if isinstance(row[c], int | float | Decimal) or c in section.money_columns}
        cells = "".join(
            f"<td{' class=num' if column in numeric else ''}>{escape(_shown(section, column, row))}</td>"
            for column in columns
        )
        source = _source_link(link, row["report_id"], row["page"], row["source_text"])
        body.append(f"<tr>{cells}<td>{source}</td></tr>")
    table = f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    return f'<section class="detail"><h3>{escape(section.title)}</h3><div class="scroll">{table}</div></section>'


def year_grid(comparison: Comparison, head: str, rows: list[tuple[tuple[str, ...], int, str, str]]) -> str:
    """Labels down, years across; each cell the grades of that year (coloured by the first) around its link.
    `rows`: (labels: the name and an optional second line, year, grades, the cell's link as HTML). The label
    column stays in place while the years scroll; a grid wider than the screen says so and opens on the latest
    year (see GRID_SCRIPT)."""
    years = comparison.years
    cells: dict[tuple[str, ...], dict[int, str]] = {}
    for labels, year, grades, anchor in rows:
        first = grades.split("、")[0]
        colour = GRADE_COLOURS.get(first, "#78909c")
        ink = GRADE_TEXT_COLOURS.get(first, "#ffffff")
        cells.setdefault(labels, {})[year] = f'<td style="background:{colour};color:{ink}">{anchor}</td>'
    heads = f"<th class=label>{escape(head)}</th>" + "".join(f"<th>{year}年</th>" for year in years)

    def label(labels: tuple[str, ...]) -> str:
        name, *rest = labels
        second = "".join(f"<span class=sub>{escape(part)}</span>" for part in rest if part)
        return f"<th class=label>{escape(name)}{second}</th>"

    body = "".join(
        "<tr>" + label(labels) + "".join(by_year.get(year, "<td></td>") for year in years) + "</tr>"
        for labels, by_year in cells.items()
    )
    table = f'<table class="grid"><thead><tr>{heads}</tr></thead><tbody>{body}</tbody></table>'
    hint = '<p class="hint">表格比屏幕宽：左右滑动查看其他年度（已显示最新年度）</p>'
    return f'<div class="grid-box">{hint}<div class="scroll">{table}</div></div>'


def department_grid(comparison: Comparison, link: Linker) -> str:
    """The department × year grid: each department's project grades per year."""
    rows = [
        ((department,), year, grades, _source_link(link, report_id, page, text, label=grades))
        for _, department, year, grades, _, report_id, page, text in comparison.section("department_grades").rows
    ]
    return year_grid(comparison, "主管部门", rows)


def project_grid(comparison: Comparison, link: Linker) -> str:
    """Projects evaluated in more than one year × year: the grade (and score) each year; the department under the
    project's name (one label column: the years keep the width)."""
    rows = []
    for _, project, department, year, grade, score, _, report_id, page, text in comparison.section("projects").rows:
        label = (grade or "—") + (f" {cell(score)}分" if score is not None else "")
        rows.append(((project, department), year, grade or "", _source_link(link, report_id, page, text, label=label)))
    return year_grid(comparison, "项目（主管部门）", rows)


def _figure(value: Any, unit: str) -> str:
    """A headline figure in full: 4.56亿元 · 1,380个 · 10%."""
    if unit == MONEY_UNIT:
        return money_text(value)
    return figure_text(value, unit) + ("" if unit == PERCENT else unit)


def key_figures(comparison: Comparison, link: Linker) -> str:
    """A single year's headline figures as one table (a chart of one point per figure says nothing)."""
    rows = [
        row
        for key in ("headline_metrics", "headline_amounts")
        for row in comparison.section(key).rows
        if row[4] is not None
    ]
    body = "".join(
        f"<tr><th class=label>{escape(label)}</th>"
        f"<td class=num>{escape(_figure(value, unit))}</td>"
        f"<td>{_source_link(link, report_id, page, text)}</td></tr>"
        for _, label, unit, _, value, _, report_id, page, text in rows
    )
    table = f"<table><thead><tr><th>指标</th><th>数值</th><th>来源</th></tr></thead><tbody>{body}</tbody></table>"
    return f'<h2>{comparison.years[0]}年主要指标</h2><div class="scroll">{table}</div>' if rows else ""


STYLE = f"""
* {{ box-sizing: border-box; }}
body {{ font-family: {FONT}; margin: 0; padding: 16px 24px; color: #222; background: #fff; }}
h1 {{ font-size: 24px; margin: 4px 0 8px; }} h2 {{ font-size: 19px; margin: 28px 0 10px; }}
h3 {{ font-size: 15px; margin: 12px 0 6px; }}
p.note {{ color: #555; font-size: 13px; margin: 4px 0; }}
.charts {{ display: grid; gap: 16px 24px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 340px), 1fr)); }}
.charts.wide {{ grid-template-columns: repeat(auto-fit, minmax(min(100%, 520px), 1fr)); }}
.chart {{ min-width: 0; width: 100%; }}
.chart .vega-embed {{ width: 100%; }}
.tables {{ display: grid; gap: 8px 32px; grid-template-columns: repeat(auto-fit, minmax(min(100%, 560px), 1fr)); }}
.detail {{ min-width: 0; }}
.scroll {{ overflow-x: auto; max-width: 100%; }}
table {{ border-collapse: collapse; margin: 4px 0 16px; font-size: 13px; }}
td, th {{ border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }}
td.num {{ text-align: right; white-space: nowrap; }}
thead th {{ background: #f3f5f7; white-space: nowrap; }}
table.grid td {{ text-align: center; min-width: 4.2em; }}
table.grid td a {{ color: inherit; }}
th.label {{ font-weight: normal; min-width: 7em; text-align: left; }}
table.grid th.label {{ position: sticky; left: 0; z-index: 1; background: #fff; }}
table.grid thead th.label {{ background: #f3f5f7; }}
th.label .sub {{ display: block; color: #666; font-size: 12px; }}
.grid-box .hint {{ display: none; color: #8a4b00; font-size: 13px; margin: 2px 0; }}
.grid-box.overflows .hint {{ display: block; }}
.grid-box.overflows .scroll {{ box-shadow: inset -10px 0 8px -8px rgba(0, 0, 0, .35); }}
footer {{ color: #777; font-size: 12px; margin-top: 24px; }}
@media (max-width: 600px) {{
  body {{ padding: 12px; }} h1 {{ font-size: 20px; }}
  table.grid {{ font-size: 12px; }} table.grid td, table.grid th {{ padding: 4px 5px; }}
  table.grid td {{ min-width: 3.6em; }} th.label {{ min-width: 6em; max-width: 9.5em; }}
}}
"""


# A grid wider than its box (many years on a phone) says so, and opens scrolled to its latest year: scroll bars
# are invisible on phones, and the latest year is the one a reader looks for.
GRID_SCRIPT = """
for (const box of document.querySelectorAll(".grid-box")) {
  const scroller = box.querySelector(".scroll");
  const fit = () => {
    const overflows = scroller.scrollWidth > scroller.clientWidth + 1;
    box.classList.toggle("overflows", overflows);
    if (overflows) scroller.scrollLeft = scroller.scrollWidth;
  };
  fit();
  addEventListener("resize", fit);
}
"""


def render_html(comparison: Comparison) -> str:
    """The report as one HTML file. Links to the originals are absolute file URIs (or the remote warehouse's
    URLs): see _linker. One year gets its figures as a table, not charts of one point each."""
    link = _linker(comparison)
    years = comparison.years
    span = f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}" if years else ""
    region = escape(comparison.region)
    specs: dict[str, dict[str, Any]] = {}
    groups: dict[str, list[str]] = {"grades": [], "metrics": [], "amounts": []}
    for index, (group, spec) in enumerate(comparison_charts(comparison, link)):
        chart_id = f"chart-{index}"
        specs[chart_id] = spec
        groups[group].append(f'<div class="chart" id="{chart_id}"></div>')
    details = "".join(detail_table(section, link) for section in comparison.sections if section.rows)
    top = groups["grades"] + groups["amounts"]
    top_title = "各等级占比与主要金额" if groups["amounts"] else "各等级占比"
    charts = f'<h2>{top_title}（按年度）</h2><div class="charts wide">{"".join(top)}</div>' if top else ""
    if groups["metrics"]:
        charts += f'<h2>主要指标变化</h2><div class="charts">{"".join(groups["metrics"])}</div>'
    projects = f"<section><h2>跨年度评价的项目</h2>{project_grid(comparison, link)}</section>"
    if len(years) == 1:  # (projects across years: the detail table lists the year's)
        charts += key_figures(comparison, link)
        projects = ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{region} 预算绩效评价对比 {span}</title>
<style>{STYLE}</style>
<script>{vega_bundle()}</script>
</head><body>
<h1>{region} 预算绩效评价{"对比" if len(years) > 1 else "情况"}（{span}）</h1>
<p class="note">点击图中的柱、点或表中的链接，打开该数字所在报告的那一页；鼠标悬停显示原文。金额以万元或亿元计。</p>
{charts}
<div class="tables">
<section><h2>部门 × 年度评价等级</h2>{department_grid(comparison, link)}</section>
{projects}
</div>
<h2>明细</h2><div class="tables">{details}</div>
<footer>jixiao compare · 数据来自已入库的报告最新版本</footer>
<script>
{GRID_SCRIPT}
const charts = {_script_json(specs)};
window.jixiaoCharts = Promise.all(
  Object.entries(charts).map(([id, spec]) =>
    vegaEmbed("#" + id, spec, {{ actions: false, renderer: "svg" }}).then((result) => result.view))
);
</script>
</body></html>
"""
