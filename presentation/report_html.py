"""A self-contained HTML comparison report: inline SVG charts and tables, no scripts, no external resources.

Charts: grade shares by year (stacked bars, one chart per batch), headline counts over the years (small line
charts), and a department × year grid coloured by grade. Chinese labels are plain SVG/HTML text in a CJK font
stack, so any browser with a CJK font renders them.
"""

from __future__ import annotations

from html import escape

from presentation.compare import COUNT_METRICS, GRADE_ORDER, Comparison

GRADE_COLOURS = {"优": "#2e7d32", "良": "#8bc34a", "中": "#ffb300", "差": "#e53935"}
OTHER_COLOUR = "#90a4ae"
FONT = "'Noto Sans CJK SC','Noto Sans SC','WenQuanYi Micro Hei','Source Han Sans SC','Microsoft YaHei',sans-serif"
BATCH_NAMES = {
    "self": "单位自评",
    "monitoring": "运行监控",
    "sampling": "财政抽评",
    "key": "重点评价",
    "department_overall": "部门整体评价",
    "policy": "政策评价",
    "other": "其他评价",
}
METRIC_NAMES = {
    "self_evaluated_projects": "自评项目数",
    "monitored_projects": "运行监控项目数",
    "sampled_projects": "抽评项目数",
    "key_evaluated_projects": "重点评价项目数",
    "total_evaluated_projects": "评价项目总数",
}


def _grade_colour(grade: str) -> str:
    return GRADE_COLOURS.get(grade, OTHER_COLOUR)


def stacked_bars(batch: str, shares: dict[int, dict[str, float]]) -> str:
    years = sorted(shares)
    width, height, left, top, bar = 120 + 90 * len(years), 260, 50, 40, 48
    grades = sorted(
        {g for by_grade in shares.values() for g in by_grade},
        key=lambda g: (GRADE_ORDER.index(g) if g in GRADE_ORDER else len(GRADE_ORDER), g),
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 40}" role="img" '
        f'aria-label="{escape(BATCH_NAMES.get(batch, batch))}等级占比">',
        f'<text x="{left}" y="22" font-size="15" font-weight="bold">'
        f"{escape(BATCH_NAMES.get(batch, batch))}：各等级占比</text>",
    ]
    plot = height - top - 30
    for index, year in enumerate(years):
        x = left + 20 + index * 90
        y = top + plot
        total = sum(shares[year].values()) or 1.0
        for grade in grades:
            share = shares[year].get(grade, 0.0)
            h = plot * share / total
            if h <= 0:
                continue
            y -= h
            parts.append(f'<rect x="{x}" y="{y:.1f}" width="{bar}" height="{h:.1f}" fill="{_grade_colour(grade)}"/>')
            if h > 14:
                parts.append(
                    f'<text x="{x + bar / 2}" y="{y + h / 2 + 5:.1f}" font-size="12" text-anchor="middle" '
                    f'fill="#fff">{escape(grade)} {share:g}%</text>'
                )
        parts.append(
            f'<text x="{x + bar / 2}" y="{top + plot + 18}" font-size="13" text-anchor="middle">{year}年</text>'
        )
    for index, grade in enumerate(grades):
        x = left + index * 70
        parts.append(f'<rect x="{x}" y="{height + 8}" width="14" height="14" fill="{_grade_colour(grade)}"/>')
        parts.append(f'<text x="{x + 20}" y="{height + 20}" font-size="13">{escape(grade)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def line_chart(metric: str, series: dict[int, float]) -> str:
    years = sorted(series)
    width, height, left, top = 300, 170, 50, 34
    plot_w, plot_h = width - left - 20, height - top - 34
    values = [series[y] for y in years]
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    points = []
    for index, year in enumerate(years):
        x = left + (plot_w * index / max(len(years) - 1, 1))
        y = top + plot_h - plot_h * (series[year] - low) / span
        points.append((x, y, year, series[year]))
    label = METRIC_NAMES.get(metric, metric)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'aria-label="{escape(label)}">',
        f'<text x="10" y="20" font-size="14" font-weight="bold">{escape(label)}</text>',
        '<polyline fill="none" stroke="#1565c0" stroke-width="2" points="'
        + " ".join(f"{x:.1f},{y:.1f}" for x, y, _, _ in points)
        + '"/>',
    ]
    for x, y, year, value in points:
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="#1565c0"/>')
        parts.append(f'<text x="{x:.1f}" y="{y - 8:.1f}" font-size="11" text-anchor="middle">{value:g}</text>')
        parts.append(f'<text x="{x:.1f}" y="{height - 8}" font-size="12" text-anchor="middle">{year}</text>')
    parts.append("</svg>")
    return "".join(parts)


def department_grid(grid: dict[str, dict[int, str]], years: list[int]) -> str:
    head = "".join(f"<th>{year}年</th>" for year in years)
    rows = []
    for department, by_year in grid.items():
        cells = []
        for year in years:
            grades = by_year.get(year, "")
            first = grades.split("、")[0] if grades else ""
            style = f' style="background:{_grade_colour(first)};color:#fff"' if grades else ""
            cells.append(f"<td{style}>{escape(grades)}</td>")
        rows.append(f"<tr><th class=dept>{escape(department)}</th>{''.join(cells)}</tr>")
    return f'<table class="grid"><tr><th>主管部门</th>{head}</tr>{"".join(rows)}</table>'


def render_html(comparison: Comparison) -> str:
    years = comparison.years
    bars = "".join(stacked_bars(batch, shares) for batch, shares in sorted(comparison.grade_shares.items()))
    lines = "".join(
        line_chart(metric, comparison.metric_series[metric])
        for metric in COUNT_METRICS
        if len(comparison.metric_series.get(metric, {})) >= 2
    )
    tables = []
    for section in comparison.sections:
        head = "".join(f"<th>{escape(str(c))}</th>" for c in section.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(str(value))}</td>" for value in row) + "</tr>" for row in section.rows
        )
        tables.append(f"<h3>{escape(section.title)}</h3><table><tr>{head}</tr>{body}</table>")
    span = f"{years[0]}–{years[-1]}" if years else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{escape(comparison.region)} 预算绩效评价对比 {span}</title>
<style>
body {{ font-family: {FONT}; margin: 24px; color: #222; }}
svg {{ font-family: {FONT}; margin: 6px 12px 6px 0; }}
h1 {{ font-size: 24px; }} h2 {{ font-size: 19px; margin-top: 28px; }} h3 {{ font-size: 15px; }}
table {{ border-collapse: collapse; margin: 6px 0 18px; font-size: 13px; }}
td, th {{ border: 1px solid #ccc; padding: 4px 8px; text-align: left; }}
table.grid td {{ text-align: center; min-width: 70px; }}
.charts {{ display: flex; flex-wrap: wrap; align-items: flex-start; }}
</style></head><body>
<h1>{escape(comparison.region)} 预算绩效评价对比（{span}）</h1>
<h2>各等级占比（按年度）</h2><div class="charts">{bars}</div>
<h2>主要指标变化</h2><div class="charts">{lines}</div>
<h2>部门 × 年度评价等级</h2>{department_grid(comparison.department_grid, years)}
<h2>明细</h2>{"".join(tables)}
<p style="color:#777;font-size:12px">jixiao compare · 数据来自已入库的报告最新版本</p>
</body></html>
"""
