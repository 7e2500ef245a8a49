"""No silent misses: every grade word and score that a sentence states as a result must be accounted for by a row
the parsers extracted, or be deliberately ignored (a plan, a score band such as `80分以上`, a rule about grades);
what is left fails a check naming the sentence, so a document that is wrong somewhere says so."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from parsers.cells import grade_key
from parsers.lexicon.exclusions import PLAN_WORDS
from parsers.lexicon.grades import GRADE_CUES, GRADE_WITH_GLOSS
from parsers.lexicon.text import CLOSE_QUOTE, OPEN_QUOTE, fold
from parsers.records import Check, GradeCount, ProjectEvaluation, UnitEvaluation
from parsers.text import Section, is_table, sentences

MAX_REPORTED = 5
_SCORE = re.compile(
    r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*分(?!以上|以下|及以上|至|-|—|~|之间|的|值|制)"
    # right after 得分 the unit may be left out, or lost by a text layer (`评价得分90.5，评价等级为优`)
    r"|(?<=得分)(?:为|是)?\s*(\d{1,3}(?:\.\d+)?)(?=\s*[,，;；。]|\s+\S)"
)
# A band, a threshold, a difference or an average is not a score of anything listed.
_BAND_BEFORE = re.compile(
    r"(?:均在|以上|以下|不低于|不足|低于|高于|达到|满分|总分|分值|权重|相差|差距|差值|高出|平均|平均分|\d\s*[-—~至])"
    r"[^,，;；]{0,6}$"
)
_GRADE = re.compile(
    rf"(?:{GRADE_CUES})(?:均)?(?:为|是|:)\s*{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?|"
    rf"{OPEN_QUOTE}(?P<quoted>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}"
)
# Sentences about grades that are not results: the scale itself, and what follows from a grade.
_RULE = re.compile(
    r"分为|划分为|等级标准|评分标准|对评价(?:结果|等级)为|评价结果为.{0,8}的(?:项目|单位|部门)[，,]?(?:将|应|须|要|予以|按)|及以下|以下的"
)


def _accounted_scores(projects: Sequence[ProjectEvaluation], units: Sequence[UnitEvaluation]) -> set[Decimal]:
    return {row.score.normalize() for row in [*projects, *units] if row.score is not None}


def _accounted_grades(
    grades: Sequence[GradeCount], projects: Sequence[ProjectEvaluation], units: Sequence[UnitEvaluation]
) -> set[str]:
    words = {grade_key(grade.grade_raw) for grade in grades}
    words |= {grade_key(row.grade_raw) for row in [*projects, *units] if row.grade_raw}
    return words


def coverage_checks(
    parts: Sequence[Section],
    grades: Sequence[GradeCount],
    projects: Sequence[ProjectEvaluation],
    units: Sequence[UnitEvaluation],
) -> list[Check]:
    scores = _accounted_scores(projects, units)
    words = _accounted_grades(grades, projects, units)
    sources = {re.sub(r"\s+", "", row.source.text) for row in [*grades, *projects, *units]}
    unread: list[tuple[str, str]] = []
    for part in parts:
        if part.is_heading or is_table(part.block):
            continue
        for sentence in sentences(part.block, part.index):
            text = fold(sentence.text)
            plan = PLAN_WORDS.search(text)
            stated = text[: plan.start()] if plan else text
            if _RULE.search(stated) or re.sub(r"\s+", "", sentence.text) in sources:
                continue
            missing: list[str] = []
            for match in _SCORE.finditer(stated):
                if (
                    _BAND_BEFORE.search(stated[: match.start()])
                    or "得分" not in stated[max(0, match.start() - 12) : match.start()]
                ):
                    continue
                value = match[1] or match[2]
                if Decimal(value).normalize() not in scores:
                    missing.append(f"score {value}")
            for match in _GRADE.finditer(stated):
                word = grade_key(match["grade"] or match["quoted"])
                if word not in words:
                    missing.append(f"grade {word}")
            if missing:
                unread.append((sentence.text.strip(), ", ".join(missing)))
    if not unread:
        return [Check("results_accounted_for", "0", "0", True, "every grade and score stated as a result was read")]
    return [
        Check(
            "results_accounted_for",
            "0",
            str(len(unread)),
            False,
            f"not read: {what} in “{text[:80]}”",
        )
        for text, what in unread[:MAX_REPORTED]
    ]
