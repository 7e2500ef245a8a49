"""Grade words → the controlled vocabulary 优/良/中/差, keeping the raw word (the words: parsers/lexicon/grades.py).

A raw word maps only where the mapping is one-to-one; 合格/不合格, a merged 优良 band, letter grades and 一等/二等
do not map to one of the four grades unless the document's legend maps them: their `grade` is None and
`grade_raw` keeps the word. Traditional characters (優, 良好) are read through the folding of lexicon.text.
"""

from __future__ import annotations

import re

from jixiao.parsers.lexicon.grades import (
    GRADE_KIND_SUFFIX,
    GRADE_MAP,
    GRADE_WITH_GLOSS,
    GRADE_WORD,
    GRADED_OBJECTS,
    GRADES,
)
from jixiao.parsers.lexicon.numbers import COUNT_MEASURES, NUMBER
from jixiao.parsers.lexicon.text import CLOSE_QUOTE, OPEN_QUOTE, QUOTES, fold, nfkc

__all__ = ["GRADES", "GRADE_MAP", "GRADE_WORD", "clean_grade_word", "is_grade_word", "normalize_grade"]


class UnknownGradeError(ValueError):
    pass


def clean_grade_word(raw: str) -> str:
    """The word as printed, without quotes, punctuation and spaces (`“优 秀”` → 优秀; 優 stays 優); an OCR'd cell's
    stray marks at its edges (`优:`, `良|`) are punctuation too."""
    word = nfkc(raw).strip().strip(QUOTES + "。.;；,，:：、|'`_").strip()
    return re.sub(r"\s+", "", word)


def grade_key(raw: str) -> str:
    """The word as the lexicon spells it: folded (`優秀` → 优秀), unquoted, no spaces."""
    return fold(clean_grade_word(raw))


def normalize_grade(raw: str, legend: dict[str, str] | None = None) -> str | None:
    """`normalize_grade("“优秀”")` → "优"; 合格 → None; `A` with the legend {A: 优} → 优; an unknown word raises."""
    word = grade_key(raw)
    base = re.sub(r"\(.*?\)$", "", word)  # 中(一般) and similar glosses
    if legend:
        for candidate in (word, base):
            if candidate in legend:
                return legend[candidate]
    for candidate in (word, base):
        if candidate in GRADE_MAP:
            return GRADE_MAP[candidate]
    raise UnknownGradeError(f"not a grade word: {raw!r}")


def is_grade_word(raw: str) -> bool:
    try:
        normalize_grade(raw)
    except UnknownGradeError:
        return False
    return True


# A grade, the names that got it, and how many they are (`评价结果为优秀的有县农业农村局、县水利局2个部门，良好的有…
# 5个部门`), in folded text: one statement gives the distribution's count and the graded objects' names.
NAMES_UNDER_A_GRADE = re.compile(
    rf"(?:^|(?<=[,;:为]))\s*{OPEN_QUOTE}?(?P<raw>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?{GRADE_KIND_SUFFIX}?的(?:有|是|包括|为)"
    rf"\s*:?\s*(?P<names>[^,;。:]{{2,300}}?)(?:等)?(?P<count>{NUMBER})\s*{COUNT_MEASURES}(?P<noun>{GRADED_OBJECTS})"
)
