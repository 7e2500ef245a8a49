"""Exact money and number parsing: Decimal, never float (cn2an turns 16.4亿 into 1639999999)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from jixiao.parsers.lexicon.numbers import HEADER_UNIT, MONEY_UNIT, YUAN_PER_UNIT
from jixiao.parsers.records import Amount

__all__ = ["YUAN_PER_UNIT", "AmountError", "find_amounts", "parse_decimal", "to_amount", "unit_from_header"]

CENT = Decimal("0.01")
AMOUNT_PATTERN = r"(?<![\d.])(\d+(?:,\d{3})*(?:\.\d+)?)\s*(" + MONEY_UNIT + ")"
_AMOUNT = re.compile(AMOUNT_PATTERN)


class AmountError(ValueError):
    pass


def parse_decimal(text: str) -> Decimal:
    cleaned = text.replace(",", "").replace("，", "").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise AmountError(f"not a number: {text!r}") from error
    if not value.is_finite():
        raise AmountError(f"not a finite number: {text!r}")
    return value


def to_amount(stated: str, unit: str) -> Amount:
    """`to_amount("8.46", "亿元")` → Amount(yuan=846000000.00, stated_value=8.46, stated_unit="亿元")."""
    if unit not in YUAN_PER_UNIT:
        raise AmountError(f"unknown money unit: {unit!r}")
    value = parse_decimal(stated)
    return Amount(yuan=(value * YUAN_PER_UNIT[unit]).quantize(CENT), stated_value=value, stated_unit=unit)


def find_amounts(text: str) -> list[tuple[Amount, int, int]]:
    """Every `N元/万元/亿元` in the text, with its span."""
    return [(to_amount(match[1], match[2]), match.start(), match.end()) for match in _AMOUNT.finditer(text)]


def unit_from_header(header: str) -> str | None:
    """The money unit a table header states: `金额(万元)`, `资金量（亿元）`."""
    match = re.search(HEADER_UNIT, header)
    return match[1] if match else None
