"""Names as printed: cleaned of line joins and punctuation, and enumerations split into their items."""

from __future__ import annotations

import re
import unicodedata

_TRAILING = "。；;，,. \n、"
_YEAR_PREFIX = re.compile(r"^(?:19|20)\d{2}\s*年度?")
# Inside brackets or quotes a separator is part of a name: `促进经济发展专项资金(企业上市和‘新三板’挂牌奖励、…)`.
_OPENERS = {"(": ")", "（": "）", "《": "》", "“": "”", "‘": "’", "〈": "〉", "[": "]", "【": "】"}


# A bracket opened near a name's end and never closed (`…改革局（本级`): the closer was lost at a cell's edge (a
# scan's grid line, a column too narrow); a name never ends inside an open bracket.
_UNCLOSED_TAIL = re.compile(r"([（(])[^（()）]{1,8}$")


_BOOK_TITLE = re.compile(r"《([^《》]+)》")


def clean_name(text: str) -> str:
    """A name as printed, with line joins and stray whitespace and trailing punctuation removed, and a bracket left
    open at its end closed."""
    name = re.sub(r"\s+", "", text).strip(_TRAILING)
    if unclosed := _UNCLOSED_TAIL.search(name):
        name += _OPENERS[unclosed.group(1)]
    if booked := _BOOK_TITLE.fullmatch(name):
        name = booked.group(1)  # a policy named by its document's title (`（一）《X扶持政策》`) is named X扶持政策
    return name


def normalize_name(text: str) -> str:
    """NFKC and no whitespace: the comparable form of a printed name."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).strip(_TRAILING)


def split_top_level(text: str, separators: str) -> list[str]:
    """Split at separator characters that are not inside brackets or quotes."""
    parts: list[str] = []
    depth: list[str] = []
    current = ""
    for char in text:
        if depth and char == depth[-1]:
            depth.pop()
        elif char in _OPENERS:
            depth.append(_OPENERS[char])
        elif not depth and char in separators:
            parts.append(current)
            current = ""
            continue
        current += char
    parts.append(current)
    return [part.strip() for part in parts if part.strip()]


def split_enumeration(text: str, count: int | None = None) -> list[str]:
    """`A、B和C` → [A, B, C]: split at `、`; at `和`/`及`/`与` only where that is needed to reach a stated count
    (`林业生产与造林绿化` stays one name when the count is met without splitting it)."""
    items = split_top_level(text, "、,，;；")
    if count is None or len(items) >= count:
        return items
    for word in ("和", "及", "以及", "与"):
        if len(items) >= count:
            break
        last = items[-1]
        pieces = [piece for piece in re.split(word, last) if piece]
        if len(pieces) == 2 and len(items) - 1 + 2 <= count:
            items = items[:-1] + pieces
    return items


def strip_year(text: str) -> str:
    """A year that dates a whole enumeration (`对2019年禁毒工作专项经费、…`) is not part of its first name."""
    return _YEAR_PREFIX.sub("", text, count=1)
