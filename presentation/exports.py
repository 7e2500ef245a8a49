"""`--out FILE`: a command's sections written to a file whose extension names the format.

- `.xlsx`: one sheet per section (XlsxWriter), numbers stored as numbers, each money column followed by the same
  amount in 万元 or 亿元 (presentation.money's choice for the column, as charts and tables make it), headers
  frozen, text that starts like a formula stored as text.
- `.csv`: UTF-8 with a byte-order mark (Excel on Chinese Windows reads it as UTF-8, not GBK), formula-like cells
  neutralised. CSV holds one table: with several sections, one file per section (`out.<section>.csv`).
- `.parquet`: typed columns (decimals stay decimals); one file per section likewise.
- `.json`: numbers as numbers; one section gives a list of records, several an object keyed by section.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from jixiao.presentation.labels import heading, scaled_heading
from jixiao.presentation.money import money_unit
from jixiao.presentation.render import Section, as_csv, json_value

FORMATS = (".csv", ".xlsx", ".parquet", ".json")
SHEET_NAME_LIMIT = 31  # Excel's


class ExportError(ValueError):
    """The output file cannot be written as asked (an unknown extension, a folder in the way)."""


def export_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"--out {path}: the extension must be one of {', '.join(FORMATS)} (it names the format)")
    return suffix


def write_sections(path: str | Path, sections: Sequence[Section]) -> list[Path]:
    """Write `sections` to `path` in the format its extension names; returns the files written."""
    target = Path(path)
    suffix = export_format(target)
    if target.is_dir():
        raise ExportError(f"--out {path}: is a folder; give a file name such as {target / ('result' + suffix)}")
    target.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".xlsx":
        _write_xlsx(target, sections)
        return [target]
    if suffix == ".json":
        target.write_text(to_json(sections), encoding="utf-8")
        return [target]
    written = []
    for section in sections:
        file = target if len(sections) == 1 else target.with_name(f"{target.stem}.{section.key}{suffix}")
        if suffix == ".csv":
            # utf-8-sig: the byte-order mark that tells Excel the file is UTF-8
            file.write_text(as_csv(section.columns, section.rows), encoding="utf-8-sig")
        else:
            _write_parquet(file, section)
        written.append(file)
    return written


def records(section: Section) -> list[dict[str, Any]]:
    return [
        {column: json_value(value) for column, value in zip(section.columns, row, strict=True)} for row in section.rows
    ]


def to_json(sections: Sequence[Section]) -> str:
    payload: Any = records(sections[0]) if len(sections) == 1 else {s.key: records(s) for s in sections}
    return json.dumps(payload, ensure_ascii=False, indent=1)


def _write_parquet(file: Path, section: Section) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {name: [row[i] for row in section.rows] for i, name in enumerate(section.columns)}
    if section.arrow_schema is not None:
        pq.write_table(pa.Table.from_pydict(columns, schema=section.arrow_schema), file)
        return
    arrays = {}
    for name, values in columns.items():
        try:
            arrays[name] = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed kinds in one column: kept as text
            arrays[name] = pa.array([None if v is None else str(v) for v in values], type=pa.string())
    pq.write_table(pa.table(arrays) if arrays else pa.table({}), file)


def _sheet_names(sections: Sequence[Section]) -> list[str]:
    names: list[str] = []
    for section in sections:
        base = "".join(c for c in (section.title or section.key) if c not in "[]:*?/\\")[:SHEET_NAME_LIMIT] or "sheet"
        name, n = base, 2
        while name.lower() in (existing.lower() for existing in names):
            suffix = f" ({n})"
            name, n = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix, n + 1
        names.append(name)
    return names


def _write_xlsx(file: Path, sections: Sequence[Section]) -> None:
    import xlsxwriter

    # strings_to_formulas/urls off: text from a PDF such as "=HYPERLINK(…)" is stored as text, never run.
    book = xlsxwriter.Workbook(
        str(file), {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
    )
    header = book.add_format({"bold": True, "bg_color": "#EEF2F7", "border": 1, "text_wrap": True})
    money = book.add_format({"num_format": "#,##0.00"})
    number = book.add_format({"num_format": "General"})
    when = book.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for section, name in zip(sections, _sheet_names(sections), strict=True):
        sheet = book.add_worksheet(name)
        layout: list[tuple[int, str, Decimal | None]] = []  # (source column, header, divisor for a scaled copy)
        for index, column in enumerate(section.columns):
            layout.append((index, heading(column) if section.labelled else column, None))
            if column in section.money_columns:
                amounts = [abs(Decimal(row[index])) for row in section.rows if isinstance(row[index], int | Decimal)]
                unit, divisor = money_unit(max(amounts, default=Decimal(0)))
                layout.append((index, scaled_heading(column, unit, section.labelled), divisor))
        for out_col, (_, title, _) in enumerate(layout):
            sheet.write_string(0, out_col, title, header)
        widths = [min(max(len(title) * 2, 8), 60) for _, title, _ in layout]
        for out_row, row in enumerate(section.rows, start=1):
            for out_col, (index, _, divisor) in enumerate(layout):
                value = row[index]
                if value is None or value == "":
                    continue
                if isinstance(value, bool):
                    sheet.write_boolean(out_row, out_col, value)
                elif isinstance(value, int | float | Decimal):
                    scaled = Decimal(value) / divisor if divisor else value
                    is_money = divisor is not None or section.columns[index] in section.money_columns
                    style = money if is_money else number
                    sheet.write_number(out_row, out_col, float(scaled), style)
                elif isinstance(value, datetime):
                    sheet.write_datetime(out_row, out_col, value.replace(tzinfo=None), when)
                else:
                    text = value if isinstance(value, str) else json.dumps(json_value(value), ensure_ascii=False)
                    sheet.write_string(out_row, out_col, text)
                    widths[out_col] = min(max(widths[out_col], len(text) * 2), 60)
        for out_col, width in enumerate(widths):
            sheet.set_column(out_col, out_col, width)
        sheet.freeze_panes(1, 0)
        if section.rows:
            sheet.autofilter(0, 0, len(section.rows), len(layout) - 1)
    book.close()
