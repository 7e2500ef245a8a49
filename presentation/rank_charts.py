"""Charts of one figure across regions (`jixiao rank`, `compare --regions`, the browser's ranking page), as Altair
Vega-Lite specs in the comparison charts' style: zero-based, unit on the axis, amounts in 万元/亿元, every mark
linked to the page its figure came from with the source sentence in the tooltip."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import altair as alt
import pandas as pd
from jixiao.presentation.charts import Linker, _source, _spec
from jixiao.presentation.money import money_unit
from jixiao.presentation.rank import MONEY_UNIT, value_text

BAR_HEIGHT = 26  # px per region in a one-year ranking


def _axis(unit: str, frame: pd.DataFrame) -> tuple[str, float]:
    """The axis title and the divisor the values are drawn with."""
    if unit == MONEY_UNIT:
        name, divisor = money_unit(Decimal(repr(float(frame["value"].abs().max() or 0))))
        return f"金额（{name}）", float(divisor)
    return ("比例（%）" if unit == "%" else f"数量（{unit or '个'}）"), 1.0


def rank_chart(frame: pd.DataFrame, link: Linker) -> dict[str, Any] | None:
    """One figure's chart: for one year, the regions as bars sorted by value; for several years, one line per
    region across the years."""
    frame = frame[frame["value"].notna()]
    if frame.empty:
        return None
    label, unit = frame["label"].iloc[0], frame["unit"].iloc[0]
    title, divisor = _axis(unit, frame)
    values = [
        {
            "region": record["region"],
            "year": f"{int(record['fiscal_year'])}年",
            "value": float(record["value"]) / divisor,
            "text": value_text(record["value"], unit),
            "rank": "" if pd.isna(record["rank"]) else f"第{int(record['rank'])}位",
            "href": link(
                record["report_id"], None if pd.isna(record["page"]) else int(record["page"]), record["source_text"]
            ),
            "source": _source(None if pd.isna(record["page"]) else int(record["page"]), record["source_text"]),
        }
        for record in frame.to_dict("records")
    ]
    tooltip = [
        alt.Tooltip("region:N", title="地区"),
        alt.Tooltip("year:N", title="年度"),
        alt.Tooltip("text:N", title=label),
        alt.Tooltip("rank:N", title="排名"),
        alt.Tooltip("source:N", title="来源"),
    ]
    years = frame["fiscal_year"].nunique()
    if years == 1:
        order = frame.sort_values("value", ascending=False)["region"].tolist()
        base = alt.Chart(alt.Data(values=values)).encode(
            y=alt.Y("region:N", title="地区", sort=order),
            x=alt.X("value:Q", title=title, scale=alt.Scale(zero=True)),
            href=alt.Href("href:N"),
            tooltip=tooltip,
        )
        bars = base.mark_bar(color="#1565c0")
        numbers = base.mark_text(align="left", dx=4, fontSize=12, color="#333").encode(text="text:N")
        chart = alt.layer(bars, numbers).properties(
            title=f"{label}（{frame['fiscal_year'].iloc[0]}年）", height=max(120, BAR_HEIGHT * len(order))
        )
        return _spec(chart, height=None)
    base = alt.Chart(alt.Data(values=values)).encode(
        x=alt.X("year:N", title="年度", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=title, scale=alt.Scale(zero=True)),
        color=alt.Color("region:N", title="地区"),
        href=alt.Href("href:N"),
        tooltip=tooltip,
    )
    line = base.mark_line(point=alt.OverlayMarkDef(size=60))
    return _spec(line.properties(title=label))


def region_charts(frame: pd.DataFrame, link: Linker) -> list[dict[str, Any]]:
    """One chart per figure of a `compare_regions` frame, in its order."""
    charts = []
    for key in dict.fromkeys(frame["figure"]):
        spec = rank_chart(frame[frame["figure"] == key], link)
        if spec is not None:
            charts.append(spec)
    return charts
