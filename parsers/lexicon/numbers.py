"""Numbers as printed: whole numbers with thousands separators, measure words, money units, years."""

from __future__ import annotations

from decimal import Decimal

from jixiao.parsers.lexicon import alternation

# A whole number as printed: `1,826` (thousands separators) or `1826`; never the `5,` before a clause.
NUMBER = r"\d{1,3}(?:,\d{3})+(?![\d.])|\d+"
# A decimal as printed: `45,983.93`, `8.46`, `12`.
DECIMAL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


# A count written in Chinese numerals at the end of a list of organisations (`A局、B局、C中心等五个预算单位`): two to
# ninety-nine. Elsewhere (`一个项目`, `等四个单项工作`) such words are as often prose or kinds of work as counts.
LISTED_COUNT = (
    r"(?<=等)(?:[二两三四五六七八九]?十[一二三四五六七八九]?|[二两三四五六七八九])"
    r"(?=[个家][一-鿿]{0,4}?(?:部门|单位))"
)
# A small count in Chinese numerals where the genre brackets it (`“优秀”等次（三个）：…`): one to ninety-nine.
CHINESE_COUNT = r"[二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]"
# The outline numbering an item of a list may open with (`（一）`, `一、`, `1.`, `（1）`), folded to ASCII brackets.
OUTLINE_MARK = r"(?:\(\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*\)|[一二三四五六七八九十]+、|\d{1,2}\s*[.、])\s*"
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def count_value(text: str) -> int:
    """A count as printed: `1,826` or, at the end of a list, `五` / `十二` / `二十`."""
    if text[:1].isdigit():
        return int(text.replace(",", ""))
    tens, _, ones = text.partition("十")
    if "十" not in text:
        return _DIGITS[text]
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)


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
