"""The comparison's charts as Vega-Lite specs, built with Altair from the typed sections.

Every mark carries an `href` to the report page its figure came from and a tooltip with the source sentence
(vega-tooltip escapes what it shows, so text from a PDF is never run as HTML). Axes start at zero and say their
unit; amounts are drawn in 万元 or 亿元; every label is Chinese.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import altair as alt
from jixiao.presentation.compare import MONEY_UNIT, Comparison, grade_rank
from jixiao.presentation.money import change_text, figure_text, money_text, money_unit, number_text

GRADE_COLOURS = {"优": "#2e7d32", "良": "#7cb342", "中": "#f9a825", "差": "#d32f2f"}
OTHER_COLOUR = "#78909c"
# Text on a segment: white on the dark colours, near-black on the light ones.
GRADE_TEXT_COLOURS = {"优": "#ffffff", "良": "#1b1b1b", "中": "#1b1b1b", "差": "#ffffff"}
FONT = "Noto Sans CJK SC, Noto Sans SC, WenQuanYi Micro Hei, Source Han Sans SC, Microsoft YaHei, sans-serif"
# A segment gets its count printed inside only when it is at least this share of the tallest bar (else the number
# would not fit; the tooltip still has it).
LABEL_MIN_SHARE = 0.07
HEIGHT = 260
SOURCE_CHARS = 120  # a tooltip shows this much of the source sentence

# report_id, page, source text → the link to that page of the kept original (a linker may use the text: the
# browser highlights it on the page)
Linker = Callable[[str, int | None, str | None], str]


def _source(page: int | None, text: str | None) -> str:
    sentence = " ".join((text or "").split())
    if len(sentence) > SOURCE_CHARS:
        sentence = sentence[: SOURCE_CHARS - 1] + "…"
    return f"第{page}页：{sentence}" if page is not None else sentence


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _config(chart: alt.Chart | alt.LayerChart, height: int | None = HEIGHT) -> alt.Chart | alt.LayerChart:
    """`height` None keeps the chart's own (a ranking's bars: so many regions, so much height)."""
    sized = chart.properties(width="container", height=height) if height else chart.properties(width="container")
    return (
        sized.configure(font=FONT)
        .configure_axis(labelFontSize=12, titleFontSize=12, grid=True)
        .configure_legend(labelFontSize=12, titleFontSize=12, orient="top")
        .configure_title(fontSize=15, anchor="start")
        .configure_view(strokeWidth=0)
    )


def _spec(chart: alt.Chart | alt.LayerChart, height: int | None = HEIGHT) -> dict[str, Any]:
    spec = _config(chart, height).to_dict()
    spec.pop("$schema", None)  # a URL nothing needs to fetch; the page works offline
    return spec


def grade_chart(batch_label: str, rows: list[list[Any]], link: Linker) -> dict[str, Any] | None:
    """One batch's grade counts by year as stacked bars (优 at the bottom), zero-based, counts inside the segments
    that fit them and each bar's total on top."""
    by_year: dict[int, list[list[Any]]] = {}
    for row in rows:
        if row[4] is not None:  # a share stated without its count has no height of its own (the table keeps it)
            by_year.setdefault(row[3], []).append(row)
    if not by_year:
        return None
    tallest = max(sum(r[4] for r in year_rows) for year_rows in by_year.values())
    values = []
    for year, year_rows in sorted(by_year.items()):
        bottom = 0
        total = sum(r[4] for r in year_rows)
        for _, _, grade, _, count, share, report_id, page, text in sorted(year_rows, key=lambda r: grade_rank(r[2])):
            values.append(
                {
                    "year": f"{year}年",
                    "grade": grade,
                    "count": count,
                    "share": f"{share}%" if share is not None else "",
                    "y0": bottom,
                    "y1": bottom + count,
                    "mid": bottom + count / 2,
                    "label": number_text(count) if count >= LABEL_MIN_SHARE * tallest else "",
                    "total_text": number_text(total),
                    "ink": GRADE_TEXT_COLOURS.get(grade, "#ffffff"),
                    "total": total,
                    "top": bottom + count == total,
                    "href": link(report_id, page, text),
                    "source": _source(page, text),
                }
            )
            bottom += count
    grades = sorted({value["grade"] for value in values}, key=grade_rank)
    base = alt.Chart(alt.Data(values=values)).encode(
        x=alt.X("year:N", title="年度", axis=alt.Axis(labelAngle=0)),
        href=alt.Href("href:N"),
        tooltip=[
            alt.Tooltip("year:N", title="年度"),
            alt.Tooltip("grade:N", title="等级"),
            alt.Tooltip("count:Q", title="项目数（个）", format=","),
            alt.Tooltip("share:N", title="占比"),
            alt.Tooltip("source:N", title="来源"),
        ],
    )
    bars = base.mark_bar(width={"band": 0.6}).encode(
        y=alt.Y("y0:Q", title="项目数（个）", scale=alt.Scale(zero=True, domainMin=0)),
        y2="y1:Q",
        color=alt.Color(
            "grade:N",
            title="等级",
            scale=alt.Scale(domain=grades, range=[GRADE_COLOURS.get(grade, OTHER_COLOUR) for grade in grades]),
            sort=grades,
        ),
    )
    labels = base.mark_text(fontSize=12, baseline="middle").encode(
        y="mid:Q", text="label:N", color=alt.Color("ink:N", scale=None)
    )
    totals = (
        base.transform_filter("datum.top")
        .mark_text(fontSize=12, baseline="bottom", dy=-3, color="#333")
        .encode(y="y1:Q", text="total_text:N")
    )
    chart = alt.layer(bars, labels, totals).properties(title=f"{batch_label}：各等级项目数")
    return _spec(chart)


def metric_chart(label: str, unit: str, rows: list[list[Any]], link: Linker) -> dict[str, Any]:
    """One headline count or ratio over the years: a zero-based line with each year's value printed."""
    axis_title = "比例（%）" if unit == "%" else f"数量（{unit}）"
    values = [
        {
            "year": f"{year}年",
            "value": _float(value),
            "text": figure_text(value, unit),
            "change": change_text(change, unit),
            "href": link(report_id, page, text),
            "source": _source(page, text),
        }
        for _, _, _, year, value, change, report_id, page, text in rows
    ]
    base = alt.Chart(alt.Data(values=values)).encode(
        x=alt.X("year:N", title="年度", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=axis_title, scale=alt.Scale(zero=True)),
        href=alt.Href("href:N"),
        tooltip=[
            alt.Tooltip("year:N", title="年度"),
            alt.Tooltip("text:N", title=label),
            alt.Tooltip("change:N", title="较上年"),
            alt.Tooltip("source:N", title="来源"),
        ],
    )
    line = base.mark_line(color="#1565c0", point=alt.OverlayMarkDef(size=60, color="#1565c0"))
    numbers = base.mark_text(baseline="bottom", dy=-7, fontSize=12, color="#333").encode(text="text:N")
    return _spec(alt.layer(line, numbers).properties(title=label))


def amount_chart(rows: list[list[Any]], link: Linker) -> dict[str, Any]:
    """The headline amounts over the years in one unit (万元 or 亿元, by the largest), one line per metric."""
    unit, divisor = money_unit(max(abs(Decimal(row[4])) for row in rows))
    values = [
        {
            "year": f"{year}年",
            "metric": label,
            "value": float(Decimal(value) / divisor),
            "text": money_text(value),
            "change": money_text(change, signed=True) if change is not None else "",
            "href": link(report_id, page, text),
            "source": _source(page, text),
        }
        for _, label, unit_stored, year, value, change, report_id, page, text in rows
        if unit_stored == MONEY_UNIT
    ]
    base = alt.Chart(alt.Data(values=values)).encode(
        x=alt.X("year:N", title="年度", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=f"金额（{unit}）", scale=alt.Scale(zero=True)),
        color=alt.Color("metric:N", title="指标"),
        href=alt.Href("href:N"),
        tooltip=[
            alt.Tooltip("metric:N", title="指标"),
            alt.Tooltip("year:N", title="年度"),
            alt.Tooltip("text:N", title="金额"),
            alt.Tooltip("change:N", title="较上年"),
            alt.Tooltip("source:N", title="来源"),
        ],
    )
    line = base.mark_line(point=alt.OverlayMarkDef(size=60))
    numbers = base.mark_text(baseline="bottom", dy=-7, fontSize=12).encode(text="text:N")
    return _spec(alt.layer(line, numbers).properties(title=f"主要金额（{unit}）"))


def comparison_charts(comparison: Comparison, link: Linker) -> list[tuple[str, dict[str, Any]]]:
    """(group, spec) for every chart: the grade distribution per batch, and across two years or more the headline
    counts and ratios one chart each and the headline amounts together."""
    charts: list[tuple[str, dict[str, Any]]] = []
    by_batch: dict[str, list[list[Any]]] = {}
    for row in comparison.section("grade_distribution").rows:
        by_batch.setdefault(row[1], []).append(row)
    for label, rows in by_batch.items():
        spec = grade_chart(label, rows, link)
        if spec is not None:
            charts.append(("grades", spec))
    if len(comparison.years) < 2:  # one point per chart says nothing: the report shows the year's figures as a table
        return charts
    by_metric: dict[str, list[list[Any]]] = {}
    for row in comparison.section("headline_metrics").rows:
        if row[4] is not None:
            by_metric.setdefault(row[0], []).append(row)
    for rows in by_metric.values():
        charts.append(("metrics", metric_chart(rows[0][1], rows[0][2], rows, link)))
    amounts = [row for row in comparison.section("headline_amounts").rows if row[4] is not None]
    if amounts:
        charts.append(("amounts", amount_chart(amounts, link)))
    return charts
