"""Which evaluation batch a phrase speaks of: 自评, 监控, 抽评, 重点评价, 整体评价, 政策评价, …"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Order matters only for labels; every pattern is searched.
BATCH_KEYWORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("department_overall", re.compile(r"(?:部门|单位|部门[（(]单位[）)])?整体(?:支出)?(?:绩效)?评价")),
    ("policy", re.compile(r"政策(?:绩效)?评价|政策绩效评估|政策评估")),
    ("lower_government", re.compile(r"下级政府|(?:县|区|县区|区县)(?:级)?(?:政府)?(?:财政)?综合运行(?:绩效)?评价")),
    ("key", re.compile(r"重点(?:绩效)?评价|重点项目(?:绩效)?评价|重点绩效评价")),
    ("sampling", re.compile(r"抽评|抽查|复核|再评价")),
    ("monitoring", re.compile(r"(?:运行|绩效|执行)监控")),
    ("self", re.compile(r"自评")),
)
# Batches whose project counts make up a stated total (`抽评和重点评价项目共212个`).
EVALUATION_BATCHES = ("sampling", "key", "policy", "department_overall", "lower_government")
_TOTAL_MARKER = re.compile(r"共|合计|总计|累计|和|及|与")


def batch_keywords(text: str) -> list[tuple[str, str]]:
    """(batch type, matched words) for every batch named in the text, in order of appearance."""
    found: list[tuple[int, str, str]] = []
    for batch_type, pattern in BATCH_KEYWORDS:
        match = pattern.search(text)
        if match:
            found.append((match.start(), batch_type, match.group()))
    return [(batch_type, words) for _, batch_type, words in sorted(found)]


@dataclass(frozen=True, slots=True)
class Classification:
    batch: str | None
    components: tuple[str, ...]  # for a total: the batches it sums
    words: str  # the report's words that name the batch


_LABEL_PREFIX = re.compile(r"(?:财政|绩效|部门|单位)+$")


def classify(text: str) -> Classification:
    """The batch a clause speaks of: sampling; or total of (sampling, key) for a clause that sums several
    batches (`抽评和重点评价项目共212个`); batch None when it names none."""
    named = batch_keywords(text)
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


def batch_from_heading(heading: str | None) -> str | None:
    if not heading:
        return None
    batch = classify(heading).batch
    return None if batch == "total" else batch


def contract_batch_type(batch: str) -> str:
    """The warehouse's batch_type vocabulary: batches without their own type are `other`."""
    return batch if batch in {"self", "monitoring", "sampling", "key", "department_overall", "policy"} else "other"
