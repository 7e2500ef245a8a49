"""The domain lexicon: every word the parsers know, one module per kind of knowledge.

- `text`: folding for matching (full-width forms, traditional characters), quotes, pinyin glosses;
- `numbers`: numbers as printed, measure words, money units, years;
- `grades`: grade words and their normalised grade, grade cues, legends (letters, 一等…四等), glosses;
- `columns`: the roles of table columns and labelled fields, total rows;
- `batches`: the words that name an evaluation batch, the headline metrics (listed whole), display labels;
- `organisations`: organisation suffixes, the words an organisation speaks of itself with, places;
- `evaluators`: who evaluates (财政, 主管部门, 自评, 第三方);
- `exclusions`: words that mark what is not a result (plans, funding, rankings, accounting, bands);
- `furniture`: page chrome, trailers, mastheads and page numbers of web pages and PDFs.

A rule's pattern is built from these entries (`alternation`), never by spelling a list of words again; the README's
vocabulary tables are generated from here (`tools/vocabulary_tables.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str], *, literal: bool = True) -> str:
    """A non-capturing alternation of the entries, longest first (so that 委员会 wins over 委 and 不合格 over 合格);
    `literal` entries are escaped, others are regular expressions already."""
    unique = list(dict.fromkeys(words))
    ordered = sorted(unique, key=len, reverse=True) if literal else unique
    return "(?:" + "|".join(re.escape(word) if literal else word for word in ordered) + ")"
