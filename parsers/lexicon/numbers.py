"""Numbers as printed: whole numbers with thousands separators, measure words, money units, years."""

from __future__ import annotations

from decimal import Decimal

from parsers.lexicon import alternation

# A whole number as printed: `1,826` (thousands separators) or `1826`; never the `5,` before a clause.
NUMBER = r"\d{1,3}(?:,\d{3})+(?![\d.])|\d+"
# A decimal as printed: `45,983.93`, `8.46`, `12`.
DECIMAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def count_value(text: str) -> int:
    return int(text.replace(",", ""))


# The words that count things: projects and policies (个, 项), units and companies (家, 户), schools and
# hospitals (所). What they count is decided by the noun after them (`lexicon.exclusions.NOT_EVALUATED_NOUNS`).
MEASURE_WORDS = ("个", "项", "家", "户", "所")
# The measure words a count of evaluated projects and departments uses in the genre's prose.
COUNT_MEASURES = alternation(("个", "项", "家"))
# Measure words that count organisations (a `家` of units is a department count).
ORGANISATION_MEASURES = ("家",)

# Money units and their value in yuan: amounts are exact decimals in yuan plus the stated unit.
YUAN_PER_UNIT: dict[str, Decimal] = {
    "元": Decimal(1),
    "万元": Decimal(10_000),
    "亿元": Decimal(100_000_000),
    "千元": Decimal(1_000),
    "百万元": Decimal(1_000_000),
}
MONEY_UNIT = alternation(YUAN_PER_UNIT)
# `(万元)`, `（亿元）` in a header; `单位：万元` in a note before a table.
HEADER_UNIT = r"[（(]\s*(" + MONEY_UNIT + r")\s*[）)]"
UNIT_NOTE = r"(?:资金|金额)?单位\s*[:：]\s*(" + MONEY_UNIT + r")"

# A year as a report writes one (`2023年`), never a 文号's (`〔2023〕`) nor a date's (`2023年6月`).
YEAR = r"(?<![\d〔\[])((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)"
# Chinese numerals of outlines and counts.
CN_NUMERALS = "一二三四五六七八九十"
