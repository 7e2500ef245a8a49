"""Figures stated in prose: how many projects each batch covered, departments, money, ratios, grade counts.

`财政按项目数10%的比例实施抽评项目200个，涉及财政资金8.46亿元，评价结果等次为优的项目68个，良124个，…`
becomes facts: sampling ratio 10%, sampling projects 200, sampling amount 8.46亿元, grades 优 68, 良 124, ….
A clause's batch comes from its own words, else from the clause before it in the sentence, else from the
sentences before it in the paragraph, else from the section heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from parsers.amounts import find_amounts, parse_decimal
from parsers.batches import batch_from_heading, classify
from parsers.grades import GRADE_WORD_PATTERN, clean_grade_word, normalize_grade
from parsers.records import Amount, Source
from parsers.text import Section, Sentence, clauses, sentences

# Plans, intentions and work still under way are not results (`拟开展`, `计划对…开展`, `将于`, `尚在复核`).
PLAN_WORDS = re.compile(r"拟|计划(?:对|于|开展|组织)|将于|将对|将开展|将按|预计|尚在|正在开展|暂未")

_PROJECT_COUNT = re.compile(
    r"(?<![\d.])(\d+)\s*(?:个|项)(?:[\u4e00-\u9fff]{0,4}?)(?:项目|政策)"
    r"|项目(?:数量?)?(?:共|合计|总计|共计)?\s*(\d+)\s*(?:个|项)"
    r"|评价(?:项目|单位|部门)?(?:共|合计)?\s*(\d+)\s*(?:个|家|项)"
    r"|对(\d+)\s*(?:个|项|家)(?:街道|乡镇|镇街|县|区|县区|区县|县（市、区）|县\(市、区\))"
)
_DEPARTMENT_COUNT = re.compile(r"(?<![\d.])(\d+)\s*(?:个|家)(?:[\u4e00-\u9fff]{0,4}?)(?:部门|单位)")
_RATIO = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*[%％]\s*的?(?:比例|抽评比例|抽查比例)|比例为?\s*(\d+(?:\.\d+)?)\s*[%％]"
)
_GRADE_CUE = re.compile(r"评价结果|等次|等级|档次|结果为|评为|评定为")
_GRADE_WORD = r"(?:" + GRADE_WORD_PATTERN + r")(?:[（(][^）)\d]{1,6}[）)])?"  # 中(一般); not (80分以上)
GRADE_COUNT = re.compile(
    r"(?:^|(?<=[，,、；;：:为是]))\s*[“\"‘']?(?P<raw>" + _GRADE_WORD + r")[”\"’']?(?:[（(][^）)]{1,12}[）)])?"
    r"(?:等次|等级|档次|级)?(?:的)?(?:项目)?(?:共|有)?\s*(?P<count>\d+)\s*(?:个|项)(?:项目)?"
    r"(?:[，,]?\s*占(?:比)?(?:为)?\s*(?P<share>\d+(?:\.\d+)?)\s*[%％])?"
)
# `其余1个项目评价结果为C级`: the count before the grade.
COUNT_THEN_GRADE = re.compile(
    r"(?<![\d.])(?P<count>\d+)\s*个项目(?:的)?(?:评价结果|评价等级|等级|结果)?(?:为|是|评为)"
    r"[“\"‘']?(?P<raw>" + _GRADE_WORD + r")[”\"’']?(?:等次|等级|档次|级)?"
)
# `无等级为“优”和“差”的项目`: explicit zeros.
NO_GRADE = re.compile(
    r"无(?:等级|评价结果|评价等级|结果|等次)?为?(?P<words>(?:[“\"‘']?(?:"
    + GRADE_WORD_PATTERN
    + r")[”\"’']?\s*[和、及与]?\s*)+)的?项目"
)


@dataclass(frozen=True, slots=True)
class Fact:
    """One figure about one batch: kind is projects | departments | amount | ratio."""

    batch: str
    kind: str
    value: Decimal
    stated_value: Decimal
    stated_unit: str
    amount: Amount | None
    components: tuple[str, ...]
    label: str
    label_from_heading: bool
    source: Source


@dataclass(frozen=True, slots=True)
class GradeFact:
    batch: str
    grade_raw: str
    grade: str | None
    count: int
    share_pct: Decimal | None
    source: Source


def _overlaps(span: tuple[int, int], taken: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def grade_facts(sentence: Sentence, batch: str, end: int) -> tuple[list[GradeFact], list[tuple[int, int]]]:
    """Grade counts stated in the sentence before `end` (where a plan or unfinished work begins)."""
    text = sentence.text[:end]
    found: list[tuple[tuple[int, int], str, int, Decimal | None]] = []
    for match in GRADE_COUNT.finditer(text):
        share = parse_decimal(match["share"]) if match["share"] else None
        found.append((match.span(), match["raw"], int(match["count"]), share))
    for match in COUNT_THEN_GRADE.finditer(text):
        if not _overlaps(match.span(), [span for span, *_ in found]):
            found.append((match.span(), match["raw"], int(match["count"]), None))
    for match in NO_GRADE.finditer(text):
        for word in re.findall(GRADE_WORD_PATTERN, match["words"]):
            found.append((match.span(), word, 0, None))
    if not found or (not _GRADE_CUE.search(text) and len(found) < 2):
        return [], []
    found.sort(key=lambda item: item[0])
    facts = [
        GradeFact(batch, clean_grade_word(raw), normalize_grade(raw), count, share, sentence.source())
        for _, raw, count, share in found
    ]
    return facts, [span for span, *_ in found]


def _first(pattern: re.Pattern[str], text: str, offset: int, taken: Sequence[tuple[int, int]]) -> str | None:
    for match in pattern.finditer(text):
        span = (offset + match.start(), offset + match.end())
        if not _overlaps(span, taken):
            return next(group for group in match.groups() if group is not None)
    return None


def _label(words: str, batch: str | None, heading: str | None) -> tuple[str, bool]:
    """The report's own words for a batch: the section heading if it names it, else the clause's keywords."""
    if heading and batch and batch_from_heading(heading) == batch:
        return re.sub(r"^[（(][一二三四五六七八九十]+[）)]|结果$|情况$", "", heading.strip()), True
    return words, False


def sentence_facts(
    sentence: Sentence, batch: str | None, heading: str | None
) -> tuple[list[Fact], list[GradeFact], str | None]:
    """Facts of one sentence; returns the batch the sentence ended on, for the sentences that follow."""
    facts: list[Fact] = []
    current, components = batch, ()
    label, from_heading = _label("", batch, heading)
    grade_list: list[GradeFact] = []
    taken: list[tuple[int, int]] = []
    sentence_batch = batch
    parts = clauses(sentence.text)
    # A plan or unfinished work (`拟开展…`, `…尚在复核`) ends what the sentence states as done.
    stated_end = next((offset for offset, clause in parts if PLAN_WORDS.search(clause)), len(sentence.text))
    for offset, clause in parts:
        if offset >= stated_end:
            break
        named = classify(clause)
        if named.batch:
            current, components = named.batch, named.components
            label, from_heading = _label(named.words, named.batch, heading)
            sentence_batch = named.batch
        if current is None:
            continue
        if not grade_list:
            grade_list, taken = grade_facts(sentence, current if current != "total" else "other", stated_end)

        figures: list[tuple[str, Decimal, str, Amount | None]] = []
        projects = _first(_PROJECT_COUNT, clause, offset, taken)
        if projects is not None:
            figures.append(("projects", Decimal(projects), "个", None))
        departments = _first(_DEPARTMENT_COUNT, clause, offset, taken)
        if departments is not None:
            # `对2个部门开展部门整体绩效评价`: for whole-department evaluations the departments are what is counted.
            kind = "projects" if current == "department_overall" and projects is None else "departments"
            figures.append((kind, Decimal(departments), "个", None))
        for amount, amount_start, amount_end in find_amounts(clause):
            if not _overlaps((offset + amount_start, offset + amount_end), taken):
                figures.append(("amount", amount.yuan, amount.stated_unit, amount))
                break
        ratio = _first(_RATIO, clause, offset, taken)
        if ratio is not None and current == "sampling":
            figures.append(("ratio", parse_decimal(ratio), "%", None))
        facts.extend(
            Fact(
                batch=current,
                kind=kind,
                value=value,
                stated_value=amount.stated_value if amount else value,
                stated_unit=unit,
                amount=amount,
                components=components,
                label=label,
                label_from_heading=from_heading,
                source=sentence.source(),
            )
            for kind, value, unit, amount in figures
        )
    return facts, grade_list, sentence_batch


def collect_facts(parts: Sequence[Section], skip_blocks: set[int]) -> tuple[list[Fact], list[GradeFact]]:
    facts: list[Fact] = []
    grades: list[GradeFact] = []
    for part in parts:
        if part.is_heading or part.index in skip_blocks:
            continue
        heading = part.heading2 or part.heading1
        carried = batch_from_heading(part.heading2) or batch_from_heading(part.heading1)
        for sentence in sentences(part.block, part.index):
            found, graded, ended_on = sentence_facts(sentence, carried, heading)
            facts.extend(found)
            grades.extend(graded)
            if ended_on and ended_on != "total":
                carried = ended_on
    return facts, grades
