"""Grade words → the controlled vocabulary 优/良/中/差, keeping the raw word (the words: parsers/vocabulary.py).

A raw word maps only where the mapping is one-to-one. 合格/不合格, a merged 优良 band, letter grades and
一等/二等 do not map to one of the four grades: their `grade` is None and `grade_raw` keeps the word.
"""

from __future__ import annotations

import re
import unicodedata

from parsers.vocabulary import GRADE_MAP, GRADE_WORD_PATTERN, GRADES, QUOTES

__all__ = ["GRADES", "GRADE_MAP", "GRADE_WORD_PATTERN", "clean_grade_word", "is_grade_word", "normalize_grade"]


class UnknownGradeError(ValueError):
    pass


def clean_grade_word(raw: str) -> str:
    word = unicodedata.normalize("NFKC", raw).strip().strip(QUOTES + "。.;；,，").strip()
    return re.sub(r"\s+", "", word)


def normalize_grade(raw: str) -> str | None:
    """`normalize_grade("“优秀”")` → "优"; 合格 → None; an unknown word raises UnknownGradeError."""
    word = clean_grade_word(raw)
    if word in GRADE_MAP:
        return GRADE_MAP[word]
    base = re.sub(r"\(.*?\)$", "", word)  # 中(一般) and similar glosses
    if base in GRADE_MAP:
        return GRADE_MAP[base]
    raise UnknownGradeError(f"not a grade word: {raw!r}")


def is_grade_word(raw: str) -> bool:
    try:
        normalize_grade(raw)
    except UnknownGradeError:
        return False
    return True
