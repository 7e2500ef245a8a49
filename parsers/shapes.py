"""A document's shape, recognised first, chooses its reader: one signature, one ordered registry.

- plan: evaluations to come (`关于开展…的通知`, `拟…`) stating no result; read: figures only (what will be evaluated);
- news: a news item; read: rows and figures (it may name graded places);
- bond_notice: results of special-bond (专项债券) projects, usually a table; read: rows and figures (the bonds'
  count and money are its batch's);
- one_project: a report or form on one project (`…项目绩效评价报告`); read: rows and figures, else the project its
  title names;
- unit_overall: a unit's report on its own overall spending (`…部门整体支出绩效评价报告`); read: rows and figures,
  else the unit its title names;
- department_summary: a department's own summary (`我单位…`); read: rows and figures, its own projects;
- result_tables: results in tables; read: rows and figures;
- round_prose: a bureau's round stated in prose; read: rows and figures.

The first shape whose recogniser accepts the document is its shape (`reports.document_kind`). Every reader is made
of the shared parts in parsers/readers.py: tables read by header roles, lists, prose statements, named objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jixiao.parsers.cells import header_role
from jixiao.parsers.cues import grades as grade_cues
from jixiao.parsers.cues import scores as score_cues
from jixiao.parsers.document import Document
from jixiao.parsers.ledger import Ledger
from jixiao.parsers.lexicon.exclusions import PLAN_WORDS
from jixiao.parsers.lexicon.text import fold
from jixiao.parsers.readers import Findings, one_object_fallbacks, read_rows, read_statements
from jixiao.parsers.rules import Rule, rule
from jixiao.parsers.single_project import project_of_title
from jixiao.parsers.statements import GRADE_COUNT
from jixiao.parsers.text import TextBlock, is_table
from jixiao.parsers.unit_evaluations import titles_a_unit

_PLAN_TITLE = re.compile(r"(?:关于)?(?:开展|做好|组织|印发)[^。]{0,30}(?:通知|方案|计划)$|实施方案$|工作计划$")
_NEWS = re.compile(r"^(?:本报讯|本报|新华社|记者|近日|日前|\d{1,2}月\d{1,2}日)")
_NEWS_TITLE = re.compile(r"获|揭晓|表彰|第一名|顺利完成|召开|部署")
_BOND = re.compile(r"专项债券|专项债|债券项目")


def announces_a_plan(title: str | None, blocks: Sequence[TextBlock]) -> bool:
    """A notice of evaluations to come (`关于开展…工作的通知`, `拟选取…`): its lists are of what will be evaluated."""
    body = "\n".join(fold(block.text) for block in blocks if not is_table(block))
    return bool(_PLAN_TITLE.search(fold(title or ""))) or len(PLAN_WORDS.findall(body)) >= 2


def states_results(document: Document) -> bool:
    """Whether the document states any result: a grade or score in a sentence, a grade distribution, or a table
    with a grade or score column."""
    for block in document.blocks:
        if is_table(block):
            header = [header_role(cell) for row in block.rows[:2] for cell in row]  # type: ignore[attr-defined]
            if {"grade", "score"} & set(header):
                return True
            continue
        text = fold(block.text)
        if next(grade_cues(text), None) or next(score_cues(text), None) or GRADE_COUNT.search(text):
            return True
    return False


def _results_table(document: Document) -> bool:
    for block in document.blocks:
        if is_table(block):
            roles = {header_role(cell) for row in block.rows[:2] for cell in row}  # type: ignore[attr-defined]
            if {"name", "department"} & roles and {"grade", "score", "amount"} & roles:
                return True
    return False


def _bond_tables(document: Document) -> bool:
    if _BOND.search(fold(document.title or "")):
        return True
    return any(
        is_table(block) and "bond_kind" in {header_role(cell) for cell in block.rows[0]}  # type: ignore[attr-defined]
        for block in document.blocks
        if getattr(block, "rows", None)
    )


def _news(document: Document) -> bool:
    prose = [fold(block.text.strip()) for block in document.prose()]
    heading = fold(document.title or "")
    return bool(prose) and bool(_NEWS.match(prose[0]) or (heading and _NEWS_TITLE.search(heading)))


# -- readers ------------------------------------------------------------------------------------------------------
def read_figures_only(document: Document, ledger: Ledger) -> Findings:
    """A plan or a news item without results: the figures it states (what will be evaluated), no rows."""
    findings = Findings()
    read_statements(document, findings, ledger, skip_blocks=set())
    return findings


def read_rows_and_figures(document: Document, ledger: Ledger) -> Findings:
    """Rows from lists, tables, attachments and prose, the figures of prose, and the one object a document about
    one is about."""
    planned = announces_a_plan(document.title, document.blocks)
    findings, list_blocks = read_rows(document, ledger, planned)
    one_object_fallbacks(document, findings, ledger)
    read_statements(document, findings, ledger, skip_blocks=list_blocks)
    return findings


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    rule: Rule  # why a document of this shape is recognised as one
    recognise: Callable[[Document], bool]
    read: Callable[[Document, Ledger], Findings]


def _shape(name: str, why: str, example: str, recognise: Callable[[Document], bool], reader: Callable) -> Shape:
    made = rule(f"shape_{name}", reads="a whole document", makes="shape", why=why, example=example)
    return Shape(name, made, recognise, reader)


SHAPES: tuple[Shape, ...] = (
    _shape(
        "plan",
        "a notice of evaluations to come that states no result lists what will be evaluated, not results",
        "关于开展2025年财政重点绩效评价工作的通知",
        lambda document: announces_a_plan(document.title, document.blocks) and not states_results(document),
        read_figures_only,
    ),
    _shape(
        "news",
        "a news item tells of a round in prose: its figures, and the places or projects it names",
        "本报讯 近日，市财政局…",
        lambda document: _news(document) and not _results_table(document),
        read_rows_and_figures,
    ),
    _shape(
        "bond_notice",
        "special-bond projects' results: the bonds' count and money are the evaluated batch's",
        "三门县住房和城乡建设局2024年度专项债券项目资金绩效评价情况表",
        _bond_tables,
        read_rows_and_figures,
    ),
    _shape(
        "one_project",
        "a title that names one project's evaluation report or form is about that project",
        "雅安市名山区林业局2024年度林业草原改革发展资金绩效评价表",
        lambda document: project_of_title(document.title) is not None,
        read_rows_and_figures,
    ),
    _shape(
        "unit_overall",
        "a title that names a unit's overall-spending evaluation is about that unit",
        "南县财政局2020年度机关整体支出绩效评价报告",
        lambda document: titles_a_unit(document.title),
        read_rows_and_figures,
    ),
    _shape(
        "department_summary",
        "a department that speaks of itself (我单位, 我局) reports its own projects",
        "我局2022年度项目支出绩效自评情况",
        lambda document: document.own_department is not None,
        read_rows_and_figures,
    ),
    _shape(
        "result_tables",
        "a table with a project or department column and a result column states results row by row",
        "序号 | 主管部门 | 项目名称 | 评价得分 | 评价结果",
        _results_table,
        read_rows_and_figures,
    ),
    _shape(
        "round_prose",
        "a bureau's round stated in prose: counts, money, distributions, named projects",
        "2023年，市财政局对24个项目开展重点绩效评价，涉及资金8.46亿元",
        lambda document: True,
        read_rows_and_figures,
    ),
)


def recognise(document: Document) -> Shape:
    return next(shape for shape in SHAPES if shape.recognise(document))
