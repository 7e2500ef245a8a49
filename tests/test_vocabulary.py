"""One vocabulary (parsers/vocabulary.py): the README's grade and header tables are tested against it, so a new word
is one line there and the documentation cannot drift."""

from __future__ import annotations

import re

from parsers.cells import header_role
from parsers.vocabulary import COLUMN_ROLES, GRADE_MAP, fold
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _table(first_header: str) -> list[list[str]]:
    lines = README.splitlines()
    start = next(index for index, line in enumerate(lines) if line.startswith(f"| {first_header} |"))
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip("|").split("|")])
    return rows


def test_readme_grade_table_is_the_vocabulary() -> None:
    documented: dict[str, str | None] = {}
    for words, grade in _table("raw word"):
        for word in words.split(", "):
            documented[word] = None if grade.startswith("(none") else grade
    assert documented == GRADE_MAP


def test_readme_header_table_is_the_vocabulary() -> None:
    rows = _table("role")
    assert {role for role, _ in rows} == {role for role, _ in COLUMN_ROLES}
    for role, words in rows:
        for word in re.sub(r"\s*\(.*?\)", "", words).split(", "):
            assert header_role(word) == role, (word, header_role(word), role)


def test_fold_keeps_offsets() -> None:
    text = "评价结果：优（一般），占３４％"
    assert len(fold(text)) == len(text)
    assert fold(text) == "评价结果:优(一般),占34%"
