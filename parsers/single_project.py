"""A report on one project, the genre's other common form: its title names the project
(`雅安市名山区林业局2024年度林业草原改革发展资金绩效评价表`, `XX建设项目绩效评价报告`) and its text gives the
score or grade once (`项目总得分99分`, `评价等级为优`). Read only when nothing else named a project."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from jixiao.parsers.amounts import find_amounts, to_amount
from jixiao.parsers.batches import classify, contract_batch_type
from jixiao.parsers.grades import clean_grade_word, is_grade_word, normalize_grade
from jixiao.parsers.lexicon.columns import FIELD_LABELS
from jixiao.parsers.lexicon.exclusions import (
    ACCOUNTING_WORDS,
    BUDGET_STATED,
    FORM_FUNDS_ROWS,
    FUNDING_VERBS,
    GENERIC_OBJECTS,
    PLAN_WORDS,
)
from jixiao.parsers.lexicon.grades import GRADE_WITH_GLOSS
from jixiao.parsers.lexicon.numbers import MONEY_UNIT
from jixiao.parsers.lexicon.organisations import ORGAN_SUFFIX, PUBLISHER_SUFFIX
from jixiao.parsers.lexicon.text import CLOSE_QUOTE, OPEN_QUOTE, fold
from jixiao.parsers.names import clean_name, normalize_name
from jixiao.parsers.records import Amount, ProjectEvaluation, Source
from jixiao.parsers.report_fields import region_at
from jixiao.parsers.rules import rule
from jixiao.parsers.text import TextBlock, is_table

TITLED_PROJECT = rule(
    "project_the_report_is_about",
    reads="a title, a report heading, or an overview, and the text under it",
    makes="project",
    why="a report on one project names it at its head: its title (…项目绩效评价报告, …资金绩效评价表), each "
    "report's heading in a collection, or, with the title cut off, the subject its overview opens with; its text "
    "gives the score or grade once",
    example="雅安市名山区林业局2024年度林业草原改革发展资金绩效评价表；(一)项目概况 / XX工程(二期)是…",
)
REPORT_HEADINGS = OVERVIEW_SUBJECT = TITLED_PROJECT
_ORGANISATION = re.compile(r"^[\u4e00-\u9fff()（）]{2,40}?" + PUBLISHER_SUFFIX + r"(?=\d{4}|关于)")
_YEAR = re.compile(r"^(?:19|20)\d{2}\s*年度?")
_SUFFIX = re.compile(
    r"(?:支出)?(?:绩效)?(?:目标)?(?:自评价?|评价|考评)"
    r"(?:(?:报告|表|结果|情况)(?:摘要|\(摘要\))?(?:\((?:19|20)\d{2}\s*年度?\))?|(?:评定)?(?:等次|等级)为.{1,4})$"
)
# A title that names its object in brackets after the genre's words (a year in brackets is not an object).
_NAMED_IN_BRACKETS = re.compile(
    r"(?:评价|自评价?)(?:报告|表)(?:及评分表)?\((?P<objects>(?!(?:19|20)\d{2}\s*年)[^()]{4,60})\)$"
)
# The whole department's spending is a unit evaluation, not a project (`部门整体支出及项目支出绩效评价报告`).
_NOT_A_PROJECT = re.compile(r"整体|^(?:部门|单位)?(?:及|和)?项目$")
_ORGAN = r"[\u4e00-\u9fff]{2,24}?" + ORGAN_SUFFIX + r"(?![\u4e00-\u9fff]{0,2}[:：])"
_PROJECT_END = re.compile(r"(?:项目|资金|经费|工程|补助|补贴|专项|专项支出)$")
_SCORE = re.compile(
    r"(?:总得分|综合得分|评价得分|自评得分|得分)(?:为)?\s*(?P<v>\d+(?:\.\d+)?)\s*分(?!以上|以下|及以上)"
)
_GRADE = re.compile(
    rf"(?:评价等级|评价结果|绩效等级|评定等次|自评等级|等级)(?:为|是|:)\s*{OPEN_QUOTE}?(?P<v>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?"
)


def project_of_title(title: str | None) -> str | None:
    """The project a title names, without the publisher, the year and `绩效评价报告`."""
    if not title:
        return None
    text = re.sub(r"\s+", "", fold(title))
    organisation = _ORGANISATION.match(text)
    if organisation:  # `雅安市名山区林业局2024年度林业草原改革发展资金`: the year belongs to the heading, not the name
        # (and `保山市文化和旅游局关于2021年度…`: the publisher's `关于` too)
        text = _YEAR.sub("", re.sub(r"^关于", "", text[organisation.end() :]))
    named = _NAMED_IN_BRACKETS.search(text)
    if named:  # `…绩效自评价报告(西部智动新城水质净化中心)`, `…自评报告及评分表(整体支出和数字城管…专项支出)`
        objects = [clean_name(o) for o in re.split(r"和|及|、", named["objects"]) if not _NOT_A_PROJECT.search(o)]
        return objects[0] if len(objects) == 1 and len(objects[0]) >= 4 else None
    suffix = _SUFFIX.search(text)
    if not suffix:
        return None
    # `…补助项目2023年度绩效自评报告`: the year stands between the name and the genre's words
    name = clean_name(re.sub(r"(?:19|20)\d{2}\s*年度?$", "", text[: suffix.start()]))
    # `2023年度明湖县项目绩效评价结果`: a round's projects, not one project's name
    bare = _YEAR.sub("", name)
    bare = bare[len(region) :] if (region := region_at(bare)) and bare.startswith(region) else bare
    if GENERIC_OBJECTS.match(bare):
        return None
    return name if len(name) >= 4 and _PROJECT_END.search(name) and not _NOT_A_PROJECT.search(name) else None


# The money put into the project, as its overview states it first: `投入…资金1845万元，其中：…`,
# `年初安排预算资金1万元用于…` (a verb of funding, then the money within the same clause).
_FUNDED = re.compile(
    rf"{FUNDING_VERBS}[^，,。；;:：]{{0,24}}?(?:资金|经费|预算|投资)[^，,。；;:：\d]{{0,6}}$"
    rf"|{BUDGET_STATED}(?:为|共计?|合计)?$"
)


def overview_amount(body: str, name: str | None = None) -> Amount | None:
    """The money a one-project report says was put into its project: the amount printed right after the
    project's name (`评价2021年葡萄酒产业发展项目14500万元资金使用情况`), else the first amount a funding verb
    introduces in its clause (`投入财政专项扶贫资金1845万元`), never money of the accounts (`收入`, `结转`) or a
    plan's."""
    flat = re.sub(r"[ \t]+", "", body)
    if name:
        for found in re.finditer(re.escape(name) + r"(?:的|共|资金|总额)?(?=\d)", flat):
            amounts = find_amounts(flat[found.end() : found.end() + 24])
            if amounts and amounts[0][1] == 0:
                return amounts[0][0]
    for clause in re.split(r"[，。；;\n]|,(?!\d{3})", flat):  # not at a thousands separator (`1,280万元`)
        amounts = find_amounts(clause)
        if not amounts:
            continue
        amount, start, _ = amounts[0]
        before = clause[:start]
        if _FUNDED.search(before) and not ACCOUNTING_WORDS.search(before) and not PLAN_WORDS.search(before):
            return amount
    return None


_FORM_ROW = re.compile(
    FORM_FUNDS_ROWS + rf"(?:\((?P<unit>{MONEY_UNIT})\))?\s*[:：]?\s*(?P<numbers>\d+(?:\.\d+)?(?:\s+\d+(?:\.\d+)?)?)"
)
_UNIT_STATED = re.compile(rf"\(\s*({MONEY_UNIT})\s*\)|单位\s*[:：]\s*({MONEY_UNIT})")


def form_amount(body: str) -> Amount | None:
    """The money a one-project form puts in its funds row (`年度资金总额(万元): 1 52.800000`): the row's first
    budget column, in the unit its label or the form's last unit before it states (no unit stated, no amount).
    A form with a 行次 column prints the row's number first: that number is not money."""
    flat = fold(body)
    row = _FORM_ROW.search(flat)
    if row is None:
        return None
    unit = row["unit"]
    if unit is None:
        stated = list(_UNIT_STATED.finditer(flat, max(0, row.start() - 400), row.start()))
        unit = (stated[-1][1] or stated[-1][2]) if stated else None
    if unit is None:
        return None
    numbers = row["numbers"].split()
    if "行次" in flat[: row.start()] and re.fullmatch(r"\d{1,2}", numbers[0]):
        numbers = numbers[1:]
    return to_amount(numbers[0], unit) if numbers else None


# A report's own heading inside a document that collects several (`2022年党建工作项目部门评价报告一、项目基本情况…`).
_REPORT_HEADING = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年度?)?(?P<name>[\u4e00-\u9fff“”()]{2,40}?(?:项目|资金|经费|工程|专项))"
    r"(?P<kind>(?:支出)?(?:部门|单位)?(?:绩效)?(?:自评|评价|考评))(?:报告|表)(?=\s*(?:[一1][、.]|$))"
)


def find_report_headings(
    blocks: Sequence[TextBlock], own_department: str | None, fallback_batch: str
) -> list[ProjectEvaluation]:
    """Projects whose own reports a collection prints one after another, each under its heading (also run into
    its first section): the name is the heading's, the money the one its overview puts in."""
    projects: list[ProjectEvaluation] = []
    texts = [block for block in blocks if not is_table(block)]
    for position, block in enumerate(texts):
        text = fold(block.text.strip())
        heading = _REPORT_HEADING.match(re.sub(r"\s+", "", text))
        if not heading:
            continue
        name = clean_name(heading["name"])
        if len(name) < 4 or _NOT_A_PROJECT.search(name):
            continue
        named = classify(heading["kind"]).batch
        body = "\n".join(fold(b.text) for b in texts[position : position + 3])
        projects.append(
            ProjectEvaluation(
                batch_type=contract_batch_type(named) if named and named != "total" else fallback_batch,
                seq=None,
                project_name=name,
                department_raw=own_department,
                department=normalize_name(own_department) if own_department else None,
                grade=None,
                grade_raw=None,
                score=None,
                amount=overview_amount(body),
                source=Source(page=block.page_at(0), text=block.text.strip()[:200]),
                rule=REPORT_HEADINGS.name,
            )
        )
    return projects


_OVERVIEW_HEADING = re.compile(r"^(?:[(（]?[一二三四五六七八九十\d]+[)）、.．]?\s*)?项目(?:基本)?概况[:：]?$")
# The overview's first sentence names its subject: `青山区污水管网工程(三期)是为…`, `XX项目位于…`.
_OVERVIEW_SUBJECT = re.compile(
    r"^(?P<name>[\u4e00-\u9fff“”]{4,40}?(?:工程|项目)(?:\([\u4e00-\u9fff\d]{1,8}\))?)(?:是|为|位于|于|由|主要)"
)


def find_overview_project(
    blocks: Sequence[TextBlock], batch: str, own_department: str | None
) -> list[ProjectEvaluation]:
    """The one project of a report whose title was cut off: the subject its overview (`(一)项目概况`) opens with.
    Its money is left to the figures the report states (a bond's money, `申请专项债券资金11亿元`), as the
    overview's first funding verb may be a year's payment (`2022年已拨付资金6亿元`)."""
    texts = [block for block in blocks if not is_table(block)]
    for position, block in enumerate(texts[:-1]):
        if not _OVERVIEW_HEADING.match(fold(block.text.strip())):
            continue
        subject = _OVERVIEW_SUBJECT.match(re.sub(r"\s+", "", fold(texts[position + 1].text)))
        if subject is None or _NOT_A_PROJECT.search(subject["name"]):
            return []
        return [
            ProjectEvaluation(
                batch_type=batch,
                seq=None,
                project_name=subject["name"],
                department_raw=own_department,
                department=normalize_name(own_department) if own_department else None,
                grade=None,
                grade_raw=None,
                score=None,
                amount=None,
                source=Source(page=texts[position + 1].page_at(0), text=texts[position + 1].text.strip()[:200]),
                rule=OVERVIEW_SUBJECT.name,
            )
        ]
    return []


def _labelled_department(body: str) -> str | None:
    """The department a form names in a field (`主管部门：…`, `市县主管部门原州区农业农村局`); of several, one that
    names its region (the local department, not the province's). Else the implementing body when it is itself a
    government department (`项目实施单位：会同县农业农村局`)."""
    for role in ("department", "unit"):
        values = [m["org"] for m in re.finditer(rf"(?:{FIELD_LABELS[role]})\s*[:：]?\s*(?P<org>{_ORGAN})", body)]
        if values:
            return next((value for value in values if region_at(value)), values[0])
    return None


def find_single_project(
    title: str | None, blocks: Sequence[TextBlock], batch: str, own_department: str | None
) -> list[ProjectEvaluation]:
    name = project_of_title(title)
    if name is None:
        return []
    body = "\n".join(fold(block.text) for block in blocks if not is_table(block))
    score = _SCORE.search(body)
    grade = _GRADE.search(body)
    grade_raw = clean_grade_word(grade["v"]) if grade else None
    department = own_department or _labelled_department(body)
    return [
        ProjectEvaluation(
            batch_type=batch,
            seq=None,
            project_name=name,
            department_raw=department,
            department=normalize_name(department) if department else None,
            grade=normalize_grade(grade_raw) if grade_raw and is_grade_word(grade_raw) else None,
            grade_raw=grade_raw,
            score=Decimal(score["v"]) if score else None,
            amount=overview_amount(body, name) or form_amount(body),
            source=Source(page=blocks[0].page_at(0) if blocks else 1, text=title or ""),
            rule=TITLED_PROJECT.name,
        )
    ]


def department_of_one_project(name: str, blocks: Sequence[TextBlock]) -> str | None:
    """The department of a report's only project: a form's field, else the organisation its name begins with
    (`隆回县七江镇人民政府2021年乡村振兴专项资金项目`)."""
    body = "\n".join(fold(block.text) for block in blocks if not is_table(block))
    labelled = _labelled_department(body)
    if labelled:
        return labelled
    organisation = _ORGANISATION.match(re.sub(r"\s+", "", fold(name)))
    return organisation.group() if organisation else None
