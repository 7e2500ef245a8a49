"""Plain-text tables that line up with CJK text (two columns per wide character)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclass
class Section:
    """One table of a command's output, its cells typed (numbers as int/Decimal, not formatted text): an export
    writes one sheet, one JSON key or one CSV block per section."""

    key: str
    title: str
    columns: list[str]
    rows: list[list[Any]]
    money_columns: frozenset[str] = frozenset()  # columns holding amounts in yuan (shown in 万元/亿元)
    arrow_schema: Any = None  # the columns' types when known (a query's): kept by Parquet even for empty columns
    labelled: bool = False  # headed in Chinese where a person opens it (xlsx; presentation.labels), not a query's own

    def frame(self) -> Any:
        """The section as a pandas DataFrame (its cells as they are: amounts as exact Decimals in yuan)."""
        import pandas as pd

        return pd.DataFrame(self.rows, columns=self.columns)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


# C0 and C1 control characters and DEL: a name or message holding them is shown escaped, never obeyed by the
# terminal (a newline forging a line of output, ESC sequences clearing the screen).
_CONTROL = {code: f"\\x{code:02x}" for code in [*range(0x20), *range(0x7F, 0xA0)]}
_CONTROL.update({ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"})


def shown(text: Any) -> str:
    """`text` with its control characters escaped (`\\n`, `\\x1b`): safe to print on one terminal line."""
    return str(text).translate(_CONTROL)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return shown(value)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - display_width(text))
    return gap + text if right else text + gap


def money(value: Any) -> str:
    """An amount in yuan as a person reads it: 162,000,000.00 (exact: a Decimal is not rounded through float)."""
    if value is None:
        return ""
    return f"{Decimal(value):,.2f}"


MIN_COLUMN = 8  # a column shortened to fit a terminal keeps at least this many display columns


def clip(text: str, width: int) -> str:
    """`text` cut to `width` display columns, ending in … when cut."""
    if display_width(text) <= width:
        return text
    kept = ""
    for char in text:
        if display_width(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


def table(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    indent: str = "",
    money_columns: frozenset[str] = frozenset(),
    max_width: int | None = None,
) -> str:
    """Columns in `money_columns` (amounts in yuan) get thousands separators. With `max_width` (a terminal's),
    the widest text columns are shortened, ending in …, until a line fits (numbers are never cut)."""
    texts = [
        [money(value) if column in money_columns else cell(value) for column, value in zip(columns, row, strict=True)]
        for row in rows
    ]
    numeric = [
        all(isinstance(row[i], int | float | Decimal) or row[i] is None for row in rows) and bool(rows)
        for i in range(len(columns))
    ]
    widths = [max([display_width(c)] + [display_width(row[i]) for row in texts]) for i, c in enumerate(columns)]
    if max_width is not None:
        room = max_width - display_width(indent) - 2 * (len(columns) - 1)
        while sum(widths) > room:  # one column at a time off the widest: long names share the cut
            cuttable = [i for i in range(len(columns)) if not numeric[i] and widths[i] > MIN_COLUMN]
            if not cuttable:
                break
            widths[max(cuttable, key=lambda i: widths[i])] -= 1
        texts = [[clip(text, width) for text, width in zip(row, widths, strict=True)] for row in texts]
        columns = [clip(column, width) for column, width in zip(columns, widths, strict=True)]
    lines = [indent + "  ".join(_pad(c, w, False) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append(indent + "  ".join("-" * w for w in widths))
    for row in texts:
        lines.append(indent + "  ".join(_pad(v, w, n) for v, w, n in zip(row, widths, numeric, strict=True)).rstrip())
    return "\n".join(lines)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> str:
    """A cell a spreadsheet will not run: text from a PDF that starts like a formula (`=HYPERLINK(…)`, `+cmd|…`,
    `@SUM…`) gets a leading apostrophe (OWASP's advice for CSV injection); numbers stay numbers."""
    text = cell(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def as_csv(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([spreadsheet_safe(column) for column in columns])
    writer.writerows([[spreadsheet_safe(value) for value in row] for row in rows])
    return buffer.getvalue()


def json_value(value: Any) -> Any:
    """A cell as JSON: decimals as numbers (integers stay integers), times as ISO text."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    return value


def as_json(columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    records = [{c: json_value(v) for c, v in zip(columns, row, strict=True)} for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=2)


def query_section(result: Any, key: str, title: str, money_columns: frozenset[str] = frozenset()) -> Section:
    """A DuckDB result as a Section with its Arrow types (DuckDB 2 names the call to_arrow_table, 1.x
    fetch_arrow_table)."""
    import warnings

    fetch = getattr(result, "to_arrow_table", None) or result.fetch_arrow_table
    with warnings.catch_warnings():  # DuckDB 2 notes the copy a cursor's result makes: rows this size, no matter
        warnings.simplefilter("ignore", UserWarning)
        arrow = fetch()
    names = arrow.column_names
    rows = [[record[name] for name in names] for record in arrow.to_pylist()]
    return Section(key, title, names, rows, money_columns & set(names), arrow.schema)
