"""Amounts for readers: yuan as 万元 or 亿元, the way the reports themselves print them (4.12亿元, 3,500万元)."""

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
