"""Grade words → the controlled vocabulary 优/良/中/差, keeping the raw word.

A raw word maps only where the mapping is one-to-one. 合格/不合格, a merged 优良 band and letter grades
do not map to one of the four grades: their `grade` is None and `grade_raw` keeps the word.

| raw word (after NFKC, quotes removed) | grade |
|---|---|
| 优, 优秀 | 优 |
| 良, 良好 | 良 |
| 中, 一般, 中(一般), 中等 | 中 |
| 差, 较差 | 差 |
| 合格, 不合格, 优良, A, B, C, D | (none) |
"""

from __future__ import annotations

import re
import unicodedata

GRADES = ("优", "良", "中", "差")
GRADE_MAP: dict[str, str | None] = {
    "优": "优",
    "优秀": "优",
    "良": "良",
    "良好": "良",
    "中": "中",
    "一般": "中",
    "中等": "中",
    "中(一般)": "中",
    "差": "差",
    "较差": "差",
    "合格": None,
    "不合格": None,
    "优良": None,
    "A": None,
    "B": None,
    "C": None,
    "D": None,
}
# Longest first, so that 优秀 wins over 优 and 不合格 over 合格 in alternations.
GRADE_WORD_PATTERN = "|".join(
    re.escape(word) for word in sorted((w for w in GRADE_MAP if w != "中(一般)"), key=len, reverse=True)
)
_QUOTES = "“”\"'‘’「」『』"


class UnknownGradeError(ValueError):
    pass


def clean_grade_word(raw: str) -> str:
    word = unicodedata.normalize("NFKC", raw).strip().strip(_QUOTES + "。.;；,，").strip()
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
