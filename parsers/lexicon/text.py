"""Text as it really comes, folded for matching: full-width ASCII forms and the ideographic space as ASCII,
traditional characters as simplified ones (OpenCC's character table), one character for one, so that an offset in
the folded text is an offset in the original and a match is sliced out of the original as printed."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# CJK Unified Ideographs (the basic block and extension A): where traditional characters live.
_CJK_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))


@cache
def _table() -> dict[int, int]:
    """Full-width forms and OpenCC's traditional → simplified mapping of single characters (one for one)."""
    table = dict(_WIDTH)
    try:
        import opencc
    except ImportError:  # pragma: no cover - a dependency; without it traditional text is matched as printed
        return table
    converter = opencc.OpenCC("t2s")
    characters = [chr(code) for start, end in _CJK_BLOCKS for code in range(start, end + 1)]
    # One character per line: OpenCC's phrase table never spans a line break, so each is converted alone.
    converted = converter.convert("\n".join(characters)).split("\n")
    for original, simplified in zip(characters, converted, strict=True):
        if len(simplified) == 1 and simplified != original:
            table[ord(original)] = ord(simplified)
    return table


def fold(text: str) -> str:
    """`（優）２０２３年` → `(优)2023年`: same length as the original."""
    return text.translate(_table())


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def squeeze(text: str) -> str:
    """No whitespace: how names and cells compare (`项 目` is `项目`)."""
    return re.sub(r"\s+", "", text)


QUOTES = "“”\"'‘’「」『』"
OPEN_QUOTE = "[“\"‘'「『]"
CLOSE_QUOTE = "[”\"’'」』]"
# A mirror site's pinyin after a character (`績(jì)效`, `區(qū)`): not text of the report.
PINYIN_GLOSS = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
CJK = "\u4e00-\u9fff"
CJK_CHAR = re.compile(f"[{CJK}]")
