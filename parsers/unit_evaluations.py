"""Whole-unit (部门/单位整体) evaluations stated in prose.

`市财政局对市文化广电旅游局下属事业单位市文物保护管理所开展整体评价，评价结果为“优”。` →
unit 市文物保护管理所, parent department 市文化广电旅游局, grade 优.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from jixiao.parsers.amounts import find_amounts, parse_decimal
from jixiao.parsers.departments import Vocabulary
from jixiao.parsers.grades import GRADE_WORD, clean_grade_word, normalize_grade
from jixiao.parsers.lexicon import alternation
from jixiao.parsers.lexicon.exclusions import PLAN_WORDS
from jixiao.parsers.lexicon.organisations import COUNCILS, ORGAN_SUFFIXES, PUBLISHER_SUFFIX, SELF_REFERENCE
from jixiao.parsers.lexicon.text import fold
from jixiao.parsers.organizations import split_organizations, tokenizer_for
from jixiao.parsers.records import Source, UnitEvaluation
from jixiao.parsers.rules import rule
from jixiao.parsers.text import Section, TextBlock, is_table, sentences

UNIT_EVALUATED = rule(
    "unit_evaluated_as_a_whole",
    reads="a sentence",
    makes="unit",
    why="对X开展整体评价 names one unit evaluated as a whole; the grade or score after it is its result",
    example="市财政局对市文化广电旅游局下属事业单位市文物保护管理所开展整体评价，评价结果为“优”",
)
OWN_OVERALL = rule(
    "own_overall_self_evaluation",
    reads="a sentence of a unit's own report",
    makes="unit",
    why="an organisation that reports its own overall self-evaluation (我局…整体支出绩效自评) grades itself",
    example="我局开展部门整体支出绩效自评，自评得分94.6分",
)
TITLED_UNIT = rule(
    "unit_of_overall_title",
    reads="a title and the text under it",
    makes="unit",
    why="a report titled as one unit's overall spending evaluation is that unit's; the score or grade its text "
    "gives the whole unit is the result",
    example="南县财政局2020年度机关整体支出绩效评价报告",
)

if TYPE_CHECKING:
    from jixiao.parsers.segmenter import DictionaryTokenizer

_TARGET = re.compile(
    r"对(?P<target>[^，。；,;]{2,60}?)(?:开展|进行|实施)(?:了)?(?:部门|单位)?(?:整体)(?:支出)?(?:绩效)?评价"
)
_PARENT_UNIT = re.compile(r"^(?P<parent>.+?)(?:下属|所属)(?:的)?(?:事业单位|二级单位|单位)?(?P<unit>.+)$")
_GRADE = re.compile(
    r"(?:评价结果|评价等级|评价等次|自评等级|自评结果|结果|等级)(?:为|是|：|:)?\s*[“\"‘']?(?P<raw>"
    + GRADE_WORD
    + r")[”\"’']?"
)
_COUNTED_TARGET = re.compile(r"\d+\s*(?:个|家|项)")  # `对2个部门开展…`: a count, not a unit
_SCORE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*分")


def _split_target(target: str, tokenizer: DictionaryTokenizer) -> tuple[str, str | None]:
    """(unit, parent department) from the words between 对 and 开展."""
    match = _PARENT_UNIT.match(target)
    if match:
        return match["unit"].strip(), match["parent"].strip()
    organizations = split_organizations(target, tokenizer)
    if len(organizations) >= 2:
        return organizations[-1], organizations[0]
    return target.strip(), None


_OWN = re.compile(SELF_REFERENCE + r"[^，,。；;]{0,12}?整体(?:支出)?(?:绩效)?(?:评价|自评)")


def find_unit_evaluations(
    parts: Sequence[Section], vocabulary: Vocabulary, own_department: str | None = None
) -> list[UnitEvaluation]:
    """Whole-unit evaluations of one named unit (`对X开展整体评价…`), or of the publisher itself
    (`我局开展部门整体支出绩效自评，自评得分94.6分`); lists of units are read with the other prose results."""
    units: list[UnitEvaluation] = []
    tokenizer = tokenizer_for(vocabulary)
    for part in parts:
        if part.is_heading:
            continue
        for sentence in sentences(part.block, part.index):
            if PLAN_WORDS.search(sentence.text):
                continue
            own = _OWN.search(fold(sentence.text)) if own_department else None
            target = _TARGET.search(sentence.text)
            made = OWN_OVERALL if own and own_department else UNIT_EVALUATED
            if own and own_department:
                unit, parent, after = own_department, None, own.end()
            elif not target or _COUNTED_TARGET.search(target["target"]) or "、" in target["target"]:
                continue
            else:
                unit, parent = _split_target(target["target"], tokenizer)
                after = target.end()
            grade = _GRADE.search(sentence.text, after)
            score = _SCORE.search(sentence.text, after)
            amounts = find_amounts(sentence.text)
            units.append(
                UnitEvaluation(
                    batch_type="department_overall",
                    unit_name=unit,
                    parent_department=parent,
                    grade=normalize_grade(grade["raw"]) if grade else None,
                    grade_raw=clean_grade_word(grade["raw"]) if grade else None,
                    score=parse_decimal(score[1]) if score else None,
                    amount=amounts[0][0] if amounts else None,
                    source=sentence.source(),
                    rule=made.name,
                )
            )
    return units


_TITLE_ORGANISATION = re.compile(r"^[\u4e00-\u9fff()（）]{2,40}?" + PUBLISHER_SUFFIX + r"(?=(?:19|20)\d{2}|关于)")
_OVERALL_TITLE = re.compile(r"(?:部门|单位|机关)(?:\(单位\))?整体|整体(?:支出|绩效)|整体和项目")
_OVERALL_SCORE = re.compile(
    r"(?:综合评分|总得分|综合得分|自评得分|评价得分|自评总分)(?:为|是)?\s*(\d{1,3}(?:\.\d+)?)\s*分(?!以上|以下)"
    # a form's field whose label carries the unit (`自评总分(分)97.93`)
    r"|(?:自评总分|总得分|综合得分|自评得分|评价得分)\s*\(分\)\s*(\d{1,3}(?:\.\d+)?)(?![\d.%])"
)
_OVERALL_GRADE = re.compile(
    r"整体(?:支出)?(?:绩效)?(?:自评|评价)(?:结果|等级|等次)?(?:为|是)[“\"‘']?(?P<raw>" + GRADE_WORD + r")"
)


# The level an organisation of a region's own government begins with (`县政协`, `区卫健局`, `市财政局`).
_LOCAL_ORGANISATION = re.compile(r"^[省市州县区旗][\u4e00-\u9fff]{2,10}$")


def _speaking_unit(prose: Sequence[TextBlock]) -> str | None:
    """The unit a report on its own overall spending speaks as, when its title does not name it: the organisation
    that begins at least two of its paragraphs (`县政协坚持按照…`, `县政协牢牢把握…`)."""
    tokenizer = tokenizer_for()
    starts: dict[str, int] = {}
    for block in prose:
        text = fold(block.text).strip()
        if not text:
            continue
        words = tokenizer.tokenize(text[:40])
        first = next(iter(words), None)
        if first is None:
            continue
        word = first[0]
        if _LOCAL_ORGANISATION.match(word) or _TITLE_END.search(word):
            starts[word] = starts.get(word, 0) + 1
    best = max(starts.items(), key=lambda item: item[1], default=None)
    return best[0] if best and best[1] >= 2 else None


_TITLE_END = re.compile(r"^[\u4e00-\u9fff]{2,20}" + alternation([*ORGAN_SUFFIXES, *COUNCILS]) + "$")


def titles_a_unit(title: str | None) -> bool:
    """Whether a title names a unit's report on its own overall spending."""
    return bool(_OVERALL_TITLE.search(re.sub(r"\s+", "", fold(title or ""))))


def find_titled_unit(title: str | None, blocks: Sequence[TextBlock]) -> list[UnitEvaluation]:
    """A unit's report on its own overall spending (`南县财政局2020年度机关整体支出绩效评价报告`): the unit the
    title begins with, and the score or grade its text gives the whole unit (`综合评分为97分`, `整体绩效自评为优秀`)."""
    heading = re.sub(r"\s+", "", fold(title or ""))
    if not _OVERALL_TITLE.search(heading):
        return []
    prose = [block for block in blocks if not is_table(block)]
    organisation = _TITLE_ORGANISATION.match(heading)
    unit = organisation.group() if organisation else _speaking_unit(prose)
    if unit is None:
        return []
    body = "\n".join(re.sub(r"[ \t\u3000]+", "", fold(block.text)) for block in prose)
    score = _OVERALL_SCORE.search(body)
    grade = _OVERALL_GRADE.search(body)
    return [
        UnitEvaluation(
            batch_type="department_overall",
            unit_name=unit,
            parent_department=None,
            grade=normalize_grade(grade["raw"]) if grade else None,
            grade_raw=clean_grade_word(grade["raw"]) if grade else None,
            score=parse_decimal(score[1] or score[2]) if score else None,
            amount=None,
            source=Source(page=prose[0].page_at(0) if prose else 1, text=title or ""),
            rule=TITLED_UNIT.name,
        )
    ]
