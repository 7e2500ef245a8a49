"""One figure for many regions and years (`jixiao rank`, `jixiao compare --regions`), as plain functions returning
DataFrames.

A figure is a headline metric of the metrics table (its vocabulary: parsers/lexicon/batches.METRIC_LABELS), a grade's
count or share within an evaluation batch (grade_counts, e.g. the share of 优 in sampling), or a count made from the
graded rows (departments, projects). Every value keeps where it was read: report, page, source sentence. Latest
report versions only.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
from jixiao.parsers.lexicon.batches import BATCH_LABELS, METRIC_LABELS, METRICS
from jixiao.parsers.lexicon.grades import GRADES
from jixiao.presentation.money import money_text
from jixiao.presentation.render import Section, cell, table
from jixiao.warehouse.views import connect

MONEY_UNIT = "元"
# The columns of every frame here, in order.
COLUMNS = ["figure", "label", "unit", "region", "fiscal_year", "value", "rank", "report_id", "page", "source_text"]
# Batches whose grades a report states as a distribution (the grade tables' batch types).
GRADED_BATCHES = ("sampling", "key", "self", "department_overall", "other")


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    unit: str
    kind: str  # metric | grade_count | grade_share | graded_departments | graded_projects
    metric: str | None = None
    batch: str | None = None
    grade: str | None = None


class UnknownFigure(ValueError):
    """A figure name that is none of `figures()` (the message names the close ones)."""


def figures() -> list[Figure]:
    """Every figure `rank` knows, in the vocabulary's order."""
    kinds = {metric: kind for (_, kind), metric in METRICS.items()}
    # (the unit the loader stores each kind in: parsers/assemble.py)
    units = {metric: {"amount": MONEY_UNIT, "ratio": "%"}.get(kinds.get(metric, ""), "个") for metric in METRIC_LABELS}
    known = [Figure(metric, label, units[metric], "metric", metric=metric) for metric, label in METRIC_LABELS.items()]
    for batch in GRADED_BATCHES:
        batch_label = BATCH_LABELS.get(batch, batch)
        for grade in GRADES:
            share = f"{batch_label}中“{grade}”的占比"
            count = f"{batch_label}中“{grade}”的项目数"
            known.append(Figure(f"{batch}_share_{grade}", share, "%", "grade_share", None, batch, grade))
            known.append(Figure(f"{batch}_count_{grade}", count, "个", "grade_count", None, batch, grade))
    known.append(Figure("graded_departments", "有评价等级的部门数", "个", "graded_departments"))
    known.append(Figure("graded_projects", "有评价等级的项目数", "个", "graded_projects"))
    return known


def figure(name: str) -> Figure:
    """The figure named by its key (`sampling_share_优`) or its Chinese label (`财政抽评中“优”的占比`)."""
    by_name = {}
    for known in figures():
        by_name[known.key] = known
        by_name[known.label] = known
    if name in by_name:
        return by_name[name]
    close = difflib.get_close_matches(name, list(by_name), n=5, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else " (`jixiao rank --list` lists them)"
    raise UnknownFigure(f"no figure {name!r}{hint}")


def _rows(connection: Any, wanted: Figure, years: tuple[int, int], regions: Sequence[str] | None) -> list[tuple]:
    """(region, year, value, unit, report_id, page, source_text) of the latest reports."""
    low, high = years
    region_list = list(regions) if regions else None
    where = "r.is_latest AND r.fiscal_year BETWEEN ? AND ? AND (?::VARCHAR[] IS NULL OR list_contains(?, r.region))"
    if wanted.kind == "metric":
        sql = f"""SELECT r.region, r.fiscal_year, m.value, m.unit, m.report_id, m.page, m.source_text
                  FROM metrics m JOIN reports r USING (report_id)
                  WHERE {where} AND m.metric = ? AND m.value IS NOT NULL"""
        params: list[Any] = [low, high, region_list, region_list, wanted.metric]
    elif wanted.kind in ("grade_share", "grade_count"):
        column = "share_pct" if wanted.kind == "grade_share" else "count"
        sql = f"""SELECT g.region, g.fiscal_year, g.{column}, NULL, g.report_id, g.page, g.source_text
                  FROM compare_grade_distribution g JOIN reports r USING (report_id)
                  WHERE {where} AND g.batch_type = ? AND g.grade = ? AND g.{column} IS NOT NULL"""
        params = [low, high, region_list, region_list, wanted.batch, wanted.grade]
    else:
        graded = """SELECT report_id, department_id, page, source_text, project_name AS item
                    FROM project_evaluations WHERE coalesce(grade, grade_raw) IS NOT NULL"""
        if wanted.kind == "graded_departments":
            graded += """ UNION ALL SELECT report_id, department_id, page, source_text, unit_name
                          FROM unit_evaluations WHERE coalesce(grade, grade_raw) IS NOT NULL"""
            counted = "count(DISTINCT g.department_id)"
        else:
            counted = "count(*)"
        sql = f"""WITH g AS ({graded})
                  SELECT r.region, r.fiscal_year, {counted}, NULL, r.report_id, min(g.page),
                         arg_min(g.source_text, g.page)
                  FROM g JOIN reports r USING (report_id)
                  WHERE {where} GROUP BY r.region, r.fiscal_year, r.report_id"""
        params = [low, high, region_list, region_list]
    return connection.execute(sql, params).fetchall()


# The views and tables every figure reads: one connection serves them all.
_ALL_SOURCES = "metrics reports compare_grade_distribution project_evaluations unit_evaluations"


def open_connection(root: str | Path) -> Any:
    """A read-only connection over one pinned snapshot with what `rank` reads (pass it to several calls)."""
    return connect(root, _ALL_SOURCES)


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def rank(
    root: str | Path,
    figure_name: str | Figure,
    year: int | tuple[int, int] | None = None,
    regions: Sequence[str] | None = None,
    connection: Any = None,
) -> pd.DataFrame:
    """One figure for every region (or `regions`) and year (or `year`, a year or a (first, last) range): one row per
    region and year with its value, its rank among the regions that year (1 = the largest), and its source.

    `value` is a float in the figure's `unit` (元 for amounts, % for shares and ratios, 个 for counts).
    `connection`: one from `open_connection` (else a new one over the newest snapshot)."""
    wanted = figure_name if isinstance(figure_name, Figure) else figure(figure_name)
    years = (year, year) if isinstance(year, int) else (year or (0, 9999))
    records = []
    own = connection is None
    connection = open_connection(root) if own else connection
    try:
        found = _rows(connection, wanted, years, regions)
    finally:
        if own:
            connection.close()
    for region, fiscal_year, value, unit, report_id, page, source_text in found:
        records.append(
            {
                "figure": wanted.key,
                "label": wanted.label,
                "unit": unit or wanted.unit,
                "region": region,
                "fiscal_year": int(fiscal_year),
                "value": _number(value),
                "report_id": report_id,
                "page": page,
                "source_text": source_text,
            }
        )
    frame = pd.DataFrame.from_records(records, columns=[c for c in COLUMNS if c != "rank"])
    if frame.empty:
        frame["rank"] = pd.Series(dtype="Int64")
        return frame[COLUMNS]
    # A report that states one figure twice (a sentence and a table): the first page it is on.
    frame = frame.sort_values(["region", "fiscal_year", "page"], na_position="last")
    frame = frame.drop_duplicates(["region", "fiscal_year"], keep="first")
    frame["rank"] = frame.groupby("fiscal_year")["value"].rank(method="min", ascending=False).astype("Int64")
    frame = frame.sort_values(["fiscal_year", "rank", "region"], ascending=[False, True, True])
    return frame[COLUMNS].reset_index(drop=True)


def compare_regions(
    root: str | Path, regions: Sequence[str], years: tuple[int, int] | None = None, connection: Any = None
) -> pd.DataFrame:
    """Every figure that any of `regions` states, for those regions side by side: `rank`'s rows for each figure
    (only figures with at least one value), in the vocabulary's order; one snapshot for all of them."""
    own = connection is None
    connection = open_connection(root) if own else connection
    frames = []
    try:
        # Only the figures the warehouse holds at all (a query each for the others would find nothing).
        metrics = {row[0] for row in connection.execute("SELECT DISTINCT metric FROM metrics").fetchall()}
        grades = set(connection.execute("SELECT DISTINCT batch_type, grade FROM compare_grade_distribution").fetchall())
        for known in figures():
            if (known.kind == "metric" and known.metric not in metrics) or (
                known.kind in ("grade_share", "grade_count") and (known.batch, known.grade) not in grades
            ):
                continue
            frame = rank(root, known, years, regions, connection=connection)
            if not frame.empty:
                frames.append(frame)
    finally:
        if own:
            connection.close()
    if not frames:
        return pd.DataFrame(columns=COLUMNS)
    return pd.concat(frames, ignore_index=True)


# -- printing and exporting ----------------------------------------------------------------------------------------


def value_text(value: Any, unit: str) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if unit == MONEY_UNIT:
        return money_text(Decimal(repr(float(value))))
    number = cell(Decimal(repr(float(value))))
    return f"{number}%" if unit == "%" else number


def section(frame: pd.DataFrame, key: str = "rank", title: str = "各地区比较") -> Section:
    """The frame as a typed Section (numbers as Decimals, amounts in the money columns) for `--out`."""
    rows = []
    for record in frame.to_dict("records"):
        value = record["value"]
        rows.append(
            [
                record["figure"],
                record["label"],
                record["unit"],
                record["region"],
                int(record["fiscal_year"]),
                None if value is None or pd.isna(value) else Decimal(repr(float(value))).normalize(),
                None if pd.isna(record["rank"]) else int(record["rank"]),
                record["report_id"],
                None if pd.isna(record["page"]) else int(record["page"]),
                record["source_text"],
            ]
        )
    money = frozenset({"value"}) if set(frame["unit"]) == {MONEY_UNIT} else frozenset()
    return Section(key, title, COLUMNS, rows, money)


def pivot_rows(frame: pd.DataFrame) -> tuple[list[int], list[list[Any]]]:
    """(years, rows): one row per figure and region, one cell per year holding the value and its rank."""
    years = sorted(frame["fiscal_year"].unique().tolist())
    cells: dict[tuple[str, str, str], dict[int, str]] = {}
    for record in frame.to_dict("records"):
        key = (record["label"], record["unit"] or "", record["region"])
        text = value_text(record["value"], record["unit"])
        if not pd.isna(record["rank"]):
            text += f" (#{int(record['rank'])})"
        cells.setdefault(key, {})[int(record["fiscal_year"])] = text
    rows = [[*key, *(by_year.get(year, "") for year in years)] for key, by_year in cells.items()]
    return years, rows


def render_text(frame: pd.DataFrame) -> str:
    """The figure(s) by region down and year across; each cell the value and its rank that year."""
    if frame.empty:
        return "（无）"
    years, rows = pivot_rows(frame)
    units = {"元": "万元/亿元"}
    rows = [[label, units.get(unit, unit), region, *rest] for label, unit, region, *rest in rows]
    return table(["指标", "单位", "地区", *(f"{year}年" for year in years)], rows)
