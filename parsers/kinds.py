"""What kind of document a report is: a bureau's annual round, a notice of results, a department's own
self-evaluation summary, a plan, a news item, or other (a central grading, a single project's report)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from parsers.assemble import Assembled
from parsers.records import ProjectEvaluation, UnitEvaluation
from parsers.text import TextBlock, is_table
from parsers.vocabulary import PLAN_WORDS, fold

DOCUMENT_KINDS = ("annual_round", "result_notice", "self_evaluation_summary", "plan", "news", "other")
_PLAN_TITLE = re.compile(r"(?:关于)?(?:开展|做好|组织|印发)[^。]{0,30}(?:通知|方案|计划)$|实施方案$|工作计划$")
_NEWS = re.compile(r"^(?:本报讯|本报|新华社|记者|近日|日前|\d{1,2}月\d{1,2}日)")
_NEWS_TITLE = re.compile(r"获|揭晓|表彰|第一名|顺利完成|召开|部署")
_SELF = re.compile(r"自评")
_OWN = re.compile(r"我单位|我局|我委|我中心|本单位|本部门")
_NOTICE_TITLE = re.compile(r"结果|公示|公告|通报|情况表|评价表|评分表")
_ROUND_TITLE = re.compile(r"预算绩效管理|绩效管理工作|绩效评价工作|绩效评价情况")


def announces_a_plan(title: str | None, blocks: Sequence[TextBlock]) -> bool:
    """A notice of evaluations to come (`关于开展…工作的通知`, `拟选取…`): its lists are of what will be evaluated."""
    body = "\n".join(fold(block.text) for block in blocks if not is_table(block))
    return bool(_PLAN_TITLE.search(fold(title or ""))) or len(PLAN_WORDS.findall(body)) >= 2


def document_kind(
    title: str | None,
    blocks: Sequence[TextBlock],
    assembled: Assembled,
    projects: Sequence[ProjectEvaluation],
    units: Sequence[UnitEvaluation],
) -> str:
    prose = [fold(block.text.strip()) for block in blocks if not is_table(block)]
    heading = fold(title or "")
    results = bool(assembled.grade_counts) or any(row.grade_raw or row.score is not None for row in [*projects, *units])
    body = "\n".join(prose)
    if not results and announces_a_plan(title, blocks):
        return "plan"
    if (
        prose
        and (_NEWS.match(prose[0]) or (heading and _NEWS_TITLE.search(heading)))
        and not any(is_table(b) for b in blocks)
    ):
        return "news"
    if _SELF.search(heading + body) and _OWN.search(body) and not re.search(r"抽评|复核|重点评价", body):
        return "self_evaluation_summary"
    batch_types = {batch.batch_type for batch in assembled.batches}
    if _ROUND_TITLE.search(heading) or len(batch_types) >= 3:
        return "annual_round"
    if _NOTICE_TITLE.search(heading) or any(is_table(block) for block in blocks):
        return "result_notice"
    return "other"
