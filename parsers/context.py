"""Which batch each block speaks of when it does not say: the section heading, else the batch the prose before
it in the same section counted (`对24个项目开展财政重点绩效评价。评价结果详见下表。`), else the title's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from jixiao.parsers.batches import batch_from_heading, classify, contract_batch_type
from jixiao.parsers.lexicon.evaluators import (
    BUREAU_EVALUATIONS,
    FINANCE_BUREAUS,
    NOT_THE_BATCH,
    SELF_EVALUATION,
)
from jixiao.parsers.lexicon.text import fold
from jixiao.parsers.text import ITEM, LEVEL1, LEVEL2, Section, clauses, is_table, sentences

_COUNTED = re.compile(r"\d+\s*(?:个|项)")
# The last sentence of a block, announcing the list or table after it (`现将重点绩效评价结果通报如下：`).
_ANNOUNCING = re.compile(r"[^。；;]*如下\s*[:：]\s*$")
# A run-in heading: a numbered paragraph whose first words, ended by a full stop, name its topic (`三、重点评价。
# 县财政局对5个项目开展…`, `四是开展政策评价。对…`): the batch they name is the paragraph's.
_RUN_IN = re.compile(r"^(?P<lead>[^。，,；;：:]{2,16})。")
MAX_CAPTION = 40  # characters: a table's caption (`附件1`, `2023年度重点项目绩效评价结果表`, `单位：万元`)


def _counted_batch(part: Section) -> str | None:
    """The batch of the last clause of a block that counts something: what the text below it (a table of
    results) is about (`…完成项目绩效自评264个。在此基础上，县财政局选取…17个项目开展财政绩效评价…`); clause by
    clause, since one sentence may count two batches (`对8个项目开展重点绩效评价，…；选取2家单位开展部门整体…`).
    A block that ends announcing what follows (`现将重点绩效评价结果通报如下：`) is about the batch it names."""
    counted = None
    for sentence in sentences(part.block, part.index):
        for _, clause in clauses(fold(sentence.text)):
            named = classify(clause)
            if named.batch and named.batch != "total" and _COUNTED.search(clause):
                counted = named.batch
    announced = _ANNOUNCING.search(fold(part.block.text))
    return (batch_from_heading(announced.group()) if announced else None) or counted


_SELF = re.compile(SELF_EVALUATION)
_NOT_THE_BATCH = re.compile(NOT_THE_BATCH)
_BUREAU_EVALUATION = re.compile(BUREAU_EVALUATIONS)
_BUREAU = re.compile(FINANCE_BUREAUS)
_EVALUATED = re.compile(r"评价|考评")


def default_batch(parts: Sequence[Section], title: str | None) -> str | None:
    """The batch of figures and results whose sentences name none: a unit's self-evaluation where that is all the
    document is about, a finance bureau's own (key) evaluation, else None (the counted words or `other` decide)."""
    text = fold("\n".join([title or "", *(part.block.text for part in parts if not is_table(part.block))]))
    text = re.sub(r"《[^》]*》", "", text)  # a notice's title names the notice's work, not this document's
    text = _NOT_THE_BATCH.sub("", text)
    if _SELF.search(text) and not _BUREAU_EVALUATION.search(text):
        return "self"
    if any(_BUREAU.search(sentence) and _EVALUATED.search(sentence) for sentence in re.split(r"[。！？]", text)):
        return "key"
    return None


def batch_context(parts: Sequence[Section], title: str | None, default: str | None = None) -> dict[int, str]:
    title_batch = batch_from_heading(title) or default
    context: dict[int, str] = {}
    last_counted: str | None = None
    headings: tuple[str | None, str | None] = (None, None)
    caption: str | None = None  # the batch a table's caption names (`2023年度重点项目绩效评价结果表`)
    for part in parts:
        if (part.heading1, part.heading2) != headings:
            headings, last_counted = (part.heading1, part.heading2), None
        heading = batch_from_heading(part.heading2) or batch_from_heading(part.heading1)
        own = caption if is_table(part.block) else None
        text = "" if is_table(part.block) else part.block.text.strip()
        marker = LEVEL1.match(text) or LEVEL2.match(text) or ITEM.match(text)  # (`三、`, `（三）`, `三是`)
        run_in = _RUN_IN.match(fold(text[marker.end() :])) if marker and not part.is_heading else None
        lead = batch_from_heading(run_in["lead"]) if run_in else None
        context[part.index] = contract_batch_type(lead or own or heading or last_counted or title_batch or "other")
        if is_table(part.block):
            continue  # a table continued over pages keeps its caption
        captioned = len(text) <= MAX_CAPTION and "。" not in text
        caption = (batch_from_heading(text) or caption) if captioned else None
        if not part.is_heading and not is_table(part.block):
            last_counted = _counted_batch(part) or last_counted
    return context
