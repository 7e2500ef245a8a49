"""Undo the spaces PDF extraction puts between CJK text and Latin runs (`上年度 2007 个` → `上年度2007个`)."""

from __future__ import annotations

import re

# A whitespace run with a non-ASCII character (CJK, fullwidth punctuation) on at least one side is an
# artefact of mixed-font justified lines, never meaningful; a space between two ASCII tokens is kept.
_SPACE_NEXT_TO_WIDE = re.compile(r"(?<=[^\x00-\x7f])[ \t\u3000\u00a0]+|[ \t\u3000\u00a0]+(?=[^\x00-\x7f])")
_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")
# Inside a number (`3. 03`, `1 ,234`): justified lines spread glyphs apart; a number never holds a space.
_SPACE_IN_NUMBER = re.compile(r"(?<=\d[.,])[ \t]+(?=\d)|(?<=\d)[ \t]+(?=[.,]\d)")


def normalize_spacing(text: str) -> str:
    text = _SPACE_IN_NUMBER.sub("", _SPACE_NEXT_TO_WIDE.sub("", text))
    return _SPACE_RUN.sub(" ", text).strip()


def join_wrapped(first: str, second: str) -> str:
    """Join two wrapped lines: no space in CJK text, one space where a Latin word was wrapped."""
    if first and second and first[-1].isascii() and first[-1].isalpha() and second[0].isascii() and second[0].isalpha():
        return f"{first} {second}"
    return first + second
