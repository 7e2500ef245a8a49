"""Which batch each block speaks of when it does not say: the section heading, else the batch the prose before
it in the same section counted (`对24个项目开展财政重点绩效评价。评价结果详见下表。`), else the title's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.batches import batch_from_heading, classify, contract_batch_type
from parsers.text import Section, is_table, sentences

_COUNTED = re.compile(r"\d+\s*(?:个|项)")


def _counted_batch(part: Section) -> str | None:
    """The batch of the first sentence of a block that counts something."""
    for sentence in sentences(part.block, part.index):
        named = classify(sentence.text)
        if named.batch and named.batch != "total" and _COUNTED.search(sentence.text):
            return named.batch
    return None


def batch_context(parts: Sequence[Section], title: str | None) -> dict[int, str]:
    title_batch = batch_from_heading(title)
    context: dict[int, str] = {}
    last_counted: str | None = None
    headings: tuple[str | None, str | None] = (None, None)
    for part in parts:
        if (part.heading1, part.heading2) != headings:
            headings, last_counted = (part.heading1, part.heading2), None
        heading = batch_from_heading(part.heading2) or batch_from_heading(part.heading1)
        context[part.index] = contract_batch_type(heading or last_counted or title_batch or "other")
        if not part.is_heading and not is_table(part.block):
            last_counted = _counted_batch(part) or last_counted
    return context
