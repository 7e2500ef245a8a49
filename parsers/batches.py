"""Which evaluation batch a phrase speaks of: 自评, 监控, 抽评, 重点评价, 整体评价, 政策评价, … (words in
parsers/lexicon/batches.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from jixiao.parsers.lexicon.batches import (
    BATCH_WORDS,
    COUNTED_BATCH_NOUNS,
    EVALUATION_BATCHES,
    METRICS,
    OWN_TYPE_BATCHES,
    TOTAL_MARKERS,
    TYPE_OF_BATCH,
)
from jixiao.parsers.lexicon.text import fold

_QUOTED_TITLE = re.compile(r"《[^》]*》")
_TOTAL_MARKER = re.compile(TOTAL_MARKERS)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((batch, re.compile(words)) for batch, words in BATCH_WORDS)


@cache
def _counted() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((batch, re.compile(words)) for batch, words in COUNTED_BATCH_NOUNS)


def batch_keywords(text: str) -> list[tuple[str, str]]:
    """(batch type, matched words) for every batch named in the text, in order of appearance."""
    found: list[tuple[int, str, str]] = []
    # A notice's title (`《…绩效自评和项目支出绩效评价工作的通知》`) names the notice's batches, not the clause's.
    unquoted = _QUOTED_TITLE.sub(lambda match: " " * len(match.group()), fold(text))
    for batch_type, pattern in _patterns():
        match = pattern.search(unquoted)
        if match:
            found.append((match.start(), batch_type, match.group()))
    return [(batch_type, words) for _, batch_type, words in sorted(found)]


@dataclass(frozen=True, slots=True)
class Classification:
    batch: str | None
    components: tuple[str, ...]  # for a total: the batches it sums
    words: str  # the report's words that name the batch


# 自评 other than in the name of a form (`绩效自评表`) that accompanies another batch's reports.
_SELF_NOT_FORM = re.compile(r"自评(?!表)")
_LABEL_PREFIX = re.compile(r"(?:财政|绩效|部门|单位)+$")


def classify(text: str) -> Classification:
    """The batch a clause speaks of: sampling; or total of (sampling, key) for a clause that sums several
    batches (`抽评和重点评价项目共212个`); batch None when it names none."""
    named = batch_keywords(text)
    if len(named) > 1 and not _SELF_NOT_FORM.search(text):
        # `部门评价报告和绩效自评表`: the self-evaluation forms go with the reports; the reports name the batch.
        named = [item for item in named if item[0] != "self"]
    if targets := next((item for item in named if item[0] == "targets"), None):
        # `对84个单位的整体支出…实行绩效目标管理`: what is done to the objects is a review of targets, not an evaluation
        return Classification("targets", (), targets[1])
    evaluations = tuple(dict.fromkeys(b for b, _ in named if b in EVALUATION_BATCHES))
    if len(evaluations) >= 2 and _TOTAL_MARKER.search(text):
        return Classification("total", evaluations, "")
    chosen = next((item for item in named if item[0] in evaluations), named[-1] if named else None)
    if chosen is None:
        return Classification(None, (), "")
    batch, words = chosen
    before = text[: text.find(words)]
    prefix = _LABEL_PREFIX.search(before)
    return Classification(batch, (), (prefix.group() if prefix else "") + words)


def counted_batch(noun: str) -> str | None:
    """The batch that the counted words alone name (`部门整体支出` → department_overall), else None."""
    named = classify(noun).batch
    if named and named != "total":
        return named
    return next((batch for batch, pattern in _counted() if pattern.search(noun)), None)


def batch_from_heading(heading: str | None) -> str | None:
    if not heading:
        return None
    batch = classify(heading).batch
    return None if batch == "total" else batch


def contract_batch_type(batch: str) -> str:
    """The warehouse's batch_type vocabulary (the corpus's conventions): batches without a type of their own
    (policy, lower governments, fiscal operation, central gradings) are `other`."""
    batch = TYPE_OF_BATCH.get(batch, batch)
    return batch if batch in OWN_TYPE_BATCHES else "other"


def metric_name(batch: str, kind: str) -> str:
    """The headline metric a (batch, kind) figure states (`sampling`, `ratio` → sampling_ratio); a figure without
    one keeps a name of its own (`department_organised:projects`) that only fills in its batch."""
    if kind == "ratio":
        return METRICS[("sampling", "ratio")]
    return METRICS.get((batch, kind), f"{batch}:{kind}")
