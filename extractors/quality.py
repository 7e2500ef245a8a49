"""Refuse unusable text instead of handing garbage to the parsers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from jixiao.extractors.errors import GarbledTextError, NotChineseError, NoTextLayerError
from jixiao.extractors.model import PageText

_CID = re.compile(r"\(cid:\d+\)")
MIN_CJK_SHARE = 0.25  # of the visible characters; real reports are far above, glyph garbage far below
MAX_CID_SHARE = 0.02


def is_cjk(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F
    )


# The ranges of `is_cjk`, and whitespace as `str.isspace` (re's \s on str is the same test): counted by the
# regex engine over a page's whole text rather than by a Python call per character.
_CJK_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0002fa1f]+")
_SPACE_RUN = re.compile(r"\s+")


def _visible_count(text: str) -> int:
    return len(text) - sum(map(len, _SPACE_RUN.findall(text)))


def cjk_share(text: str) -> float:
    visible = _visible_count(text)
    if not visible:
        return 0.0
    return sum(map(len, _CJK_RUN.findall(text))) / visible


_WORD = re.compile(r"[A-Za-z]{2,}")


MIN_LATIN_LETTERS = 0.35  # of the visible characters: a table of English words and figures is still far above


def is_readable_latin(text: str) -> bool:
    """Text in a Latin script a person reads (prose, or a table of words and figures), not glyph garbage such as
    `%+-.0123456789` (no words) or unmapped glyphs read as accented letters (not ASCII)."""
    visible = _visible_count(text)
    letters = sum(map(len, re.findall(r"[A-Za-z]+", text)))
    words = _WORD.findall(text)
    voweled = sum(1 for word in words if re.search(r"[aeiouyAEIOUY]", word))
    return bool(visible) and letters / visible >= MIN_LATIN_LETTERS and len(words) >= 3 and voweled >= 0.7 * len(words)


def page_is_readable(chars: Sequence[dict[str, Any]]) -> bool:
    """A page with characters that are mostly mapped and mostly CJK (a blank page is not readable)."""
    text = "".join(map(itemgetter("text"), chars))
    visible = _visible_count(text)
    if visible == 0:
        return False
    if len(_CID.findall(text)) * 8 / visible > MAX_CID_SHARE:
        return False
    return cjk_share(text) >= MIN_CJK_SHARE


def check_text_quality(pages: Iterable[PageText]) -> None:
    pages = list(pages)
    text = "\n".join(line.text for page in pages for line in page.lines + page.furniture) + "\n".join(
        table.text for page in pages for table in page.tables
    )
    visible = _visible_count(text)
    if visible == 0:
        raise NoTextLayerError(f"none of the {len(pages)} pages has a text layer (a scanned or image-only PDF)")
    cid_count = len(_CID.findall(text))
    if cid_count and cid_count * 8 / visible > MAX_CID_SHARE:
        raise GarbledTextError(
            f"{cid_count} glyphs have no Unicode mapping ((cid:NNN)): the fonts lack ToUnicode tables"
        )
    share = cjk_share(text)
    if share >= MIN_CJK_SHARE:
        return
    sample = re.sub(r"\s+", " ", text)[:40]
    if is_readable_latin(text):
        raise NotChineseError(
            f"no Chinese text: the document reads as another language (only {share:.0%} of its {visible} characters "
            f"are Chinese, e.g. {sample!r}); jixiao reads Chinese budget-performance reports"
        )
    raise GarbledTextError(
        f"only {share:.0%} of the {visible} characters are CJK (at least {MIN_CJK_SHARE:.0%} expected): "
        f"the text is not readable, e.g. {sample!r}"
    )
