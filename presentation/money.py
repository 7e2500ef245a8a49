"""Amounts and figures for readers: yuan as 万元 or 亿元, the way the reports themselves print them (4.12亿元,
3,500万元); counts with thousands separators (1,380); a ratio's change in 个百分点 (percentage points)."""

from __future__ import annotations

from decimal import Decimal

WAN = Decimal(10_000)
YI = Decimal(100_000_000)


def money_unit(largest_yuan: Decimal | int) -> tuple[str, Decimal]:
    """The unit a series of amounts reads best in (one unit per chart axis or table column): 亿元 once the largest
    reaches one 亿, else 万元."""
    return ("亿元", YI) if abs(Decimal(largest_yuan)) >= YI else ("万元", WAN)


def _trimmed(value: Decimal, places: int) -> str:
    text = f"{value:,.{places}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money_text(yuan: Decimal | int | None, signed: bool = False) -> str:
    """4.12亿元, 3,500万元, 800元; `signed` puts + before a rise (a change from the year before)."""
    if yuan is None:
        return ""
    amount = Decimal(yuan)
    sign = "+" if signed and amount > 0 else ""
    if abs(amount) >= YI:
        return f"{sign}{_trimmed(amount / YI, 2)}亿元"
    if abs(amount) >= WAN:
        return f"{sign}{_trimmed(amount / WAN, 2)}万元"
    return f"{sign}{_trimmed(amount, 2)}元"


def number_text(value: Decimal | int | float | None) -> str:
    """A count or ratio with thousands separators: 1,380 · 12.5 (exact: a Decimal is not rounded through float)."""
    if value is None:
        return ""
    if isinstance(value, float):
        value = Decimal(repr(value))
    number = Decimal(value).normalize()
    return f"{number:,f}" if number != number.to_integral_value() else f"{int(number):,}"


PERCENT = "%"
POINTS = "个百分点"  # a ratio's change: 10% → 12.5% is +2.5个百分点, not +2.5%
UNCHANGED = "持平"


def figure_text(value: Decimal | int | float | None, unit: str) -> str:
    """A headline figure with its unit as a chart label or a cell shows it: 1,380 · 10% (a count's unit, 个, is
    the axis's or the column's)."""
    if value is None:
        return ""
    return number_text(value) + (PERCENT if unit == PERCENT else "")


def change_text(change: Decimal | int | float | None, unit: str) -> str:
    """The change from the year before: +42 · −3 · +2.5个百分点 for a ratio · 持平 when nothing changed."""
    if change is None:
        return ""
    if change == 0:
        return UNCHANGED
    sign = "+" if change > 0 else ""
    return f"{sign}{number_text(change)}{POINTS if unit == PERCENT else ''}"
