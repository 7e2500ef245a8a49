"""`jixiao rank --out FILE.html` and `compare --regions … --out FILE.html`: the table and the charts of one figure
(or of every figure) across regions as one self-contained page (the Vega bundle inlined: it opens offline), each
value linked to the page of the kept original it came from, as the single-region report does."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

import pandas as pd
from jixiao.presentation.compare import Comparison, _originals
from jixiao.presentation.rank import open_connection, pivot_rows, value_text
from jixiao.presentation.rank_charts import region_charts
from jixiao.presentation.report_html import STYLE, _linker, _script_json, _source_link
from jixiao.presentation.vega_bundle import vega_bundle


def _table(frame: pd.DataFrame, link: Any) -> str:
    years, rows = pivot_rows(frame)
    head = "".join(f"<th>{escape(h)}</th>" for h in ["指标", "单位", "地区", *(f"{y}年" for y in years)])
    sources: dict[tuple[str, str, int], str] = {}
    for record in frame.to_dict("records"):
        page = None if pd.isna(record["page"]) else int(record["page"])
        label = value_text(record["value"], record["unit"])
        if not pd.isna(record["rank"]):
            label += f" (#{int(record['rank'])})"
        sources[(record["label"], record["region"], int(record["fiscal_year"]))] = _source_link(
            link, record["report_id"], page, record["source_text"], label=label
        )
    body = []
    for label, unit, region, *_ in rows:
        cells = "".join(f"<td class=num>{sources.get((label, region, year), '')}</td>" for year in years)
        shown_unit = "万元/亿元" if unit == "元" else unit
        body.append(f"<tr><td>{escape(label)}</td><td>{escape(shown_unit)}</td><td>{escape(region)}</td>{cells}</tr>")
    return f'<div class="scroll"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div>'


def render_rank_html(root: str | Path, frame: pd.DataFrame, title: str) -> str:
    """The page for a `rank` or `compare_regions` frame; links to the originals as absolute `file://` URIs, as the
    comparison report's (they survive moving the file)."""
    connection = open_connection(root)
    try:
        originals = _originals(root, set(frame["report_id"]), connection)
    finally:
        connection.close()
    link = _linker(Comparison(region="", years=[], sections=[], originals=originals))
    specs = {f"chart-{index}": spec for index, spec in enumerate(region_charts(frame, link))}
    charts = "".join(f'<div class="chart" id="{chart_id}"></div>' for chart_id in specs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>
<style>{STYLE}</style>
<script>{vega_bundle()}</script>
</head><body>
<h1>{escape(title)}</h1>
<p class="note">括号内为当年在所列地区中的排名。点击数字或图中的点，打开该数字所在报告的那一页。金额以万元或亿元计。</p>
{_table(frame, link)}
<div class="charts wide">{charts}</div>
<footer>jixiao · 数据来自已入库的报告最新版本</footer>
<script>
const charts = {_script_json(specs)};
window.jixiaoCharts = Promise.all(
  Object.entries(charts).map(([id, spec]) =>
    vegaEmbed("#" + id, spec, {{ actions: false, renderer: "svg" }}).then((result) => result.view))
);
</script>
</body></html>
"""
