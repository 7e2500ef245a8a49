"""Result cues: the figures a sentence can state as a result of an evaluation, found the same way by the readers
that exclude them and by the `unexplained_result` check that asks every one of them to be accounted for.

- a count of projects (or policies, departments, units): `12个项目`, `项目共15个`, `5家单位`;
- an amount, in a sentence that speaks of an evaluation: `涉及资金8.46亿元`;
- a grade word stated as a result: `评价结果为“优”`, `“良”`;
- a score stated as a result: `得分93.4分`, `评价得分90.5，` (never a band: `80分以上`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from jixiao.parsers.amounts import find_amounts
from jixiao.parsers.grades import grade_key
from jixiao.parsers.lexicon.evaluators import EVALUATION_WORDS
from jixiao.parsers.lexicon.exclusions import BAND_BEFORE, SURVEYS
from jixiao.parsers.lexicon.grades import GRADE_CUES, GRADE_WITH_GLOSS
from jixiao.parsers.lexicon.numbers import NUMBER, count_value
from jixiao.parsers.lexicon.text import CLOSE_QUOTE, OPEN_QUOTE

_COUNTED_OBJECTS = r"(?:[\u4e00-\u9fff]{0,6}?(?:项目|政策|部门|单位|专项|债券|资金))"
_COUNT = re.compile(
    rf"(?<![\d.,])(?P<a>{NUMBER})\s*(?:个|项|家)(?={_COUNTED_OBJECTS})"
    rf"|(?:项目|单位|部门)(?:数量?|总数)?(?:共|合计|总计|共计|为|达)?\s*(?P<b>{NUMBER})\s*(?:个|项|家)"
)
_SCORE = re.compile(
    r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*分(?!以上|以下|及以上|至|-|—|~|之间|的|值|制|\s*[≤<≥>＜＞])"
    # right after 得分 the unit may be left out, or lost by a text layer (`评价得分90.5，评价等级为优`)
    r"|(?<=得分)(?:为|是)?\s*(\d{1,3}(?:\.\d+)?)(?=\s*[,，;；。]|\s+\S)"
)
_GRADE = re.compile(
    rf"(?:{GRADE_CUES})(?:均)?(?:为|是|:)\s*{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?|"
    rf"{OPEN_QUOTE}(?P<quoted>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}"
)
_EVALUATION = re.compile(EVALUATION_WORDS)


@dataclass(frozen=True, slots=True)
class Cue:
    cue: str  # count | amount | grade | score
    value: object  # int | Decimal (yuan or score) | str (grade word)
    start: int
    end: int
    printed: str


def counts(text: str) -> Iterator[Cue]:
    for match in _COUNT.finditer(text):
        group = "a" if match["a"] else "b"
        yield Cue("count", count_value(match[group]), match.start(group), match.end(), match.group())


def amounts(text: str) -> Iterator[Cue]:
    for amount, start, end in find_amounts(text):
        yield Cue("amount", amount.yuan, start, end, text[start:end])


def scores(text: str) -> Iterator[Cue]:
    for match in _SCORE.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()]
        if BAND_BEFORE.search(text[: match.start()]) or "得分" not in before or SURVEYS.search(before):
            continue
        value = match[1] or match[2]
        yield Cue("score", Decimal(value), match.start(), match.end(), match.group())


def grades(text: str) -> Iterator[Cue]:
    for match in _GRADE.finditer(text):
        group = "grade" if match["grade"] else "quoted"
        yield Cue("grade", grade_key(match[group]), match.start(group), match.end(group), match[group])


def result_cues(text: str) -> list[Cue]:
    """Every result cue of a (folded) sentence, in order; amounts only where the sentence speaks of an evaluation."""
    found = [*counts(text), *scores(text), *grades(text)]
    if _EVALUATION.search(text):
        found += list(amounts(text))
    return sorted(found, key=lambda cue: cue.start)


def cues_between(text: str, start: int, end: int) -> list[Cue]:
    return [cue for cue in result_cues(text) if start <= cue.start < end]
