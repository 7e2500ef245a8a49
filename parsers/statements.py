"""The statement reader: figures stated in prose — how many projects each batch covered, departments, money,
ratios, grade counts.

`财政按项目数10%的比例实施抽评项目200个，涉及财政资金8.46亿元，评价结果等次为优的项目68个，良124个，…`
becomes facts: sampling ratio 10%, sampling projects 200, sampling amount 8.46亿元, grades 优 68, 良 124, ….

A count's batch comes from the words it counts (`14个部门整体支出` → whole-department, `4个政策支出` → policy,
`26个区县` → lower governments), else from its clause, else from the clause before it in the sentence, else
from the sentences before it in the paragraph, else from the section heading, else from the document (what
its evaluator does: a finance bureau's own evaluation, a unit's self-evaluation). Counts listed before the
evaluations that take them in order (`8个项目和2个预算部门，开展了项目绩效评价和部门整体支出绩效评价`) are
paired in order. Every count, amount and grade this reader leaves out is an exclusion with the filter's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from jixiao.parsers.amounts import find_amounts, parse_decimal
from jixiao.parsers.batches import Classification, batch_from_heading, batch_keywords, classify, counted_batch
from jixiao.parsers.cues import cues_between
from jixiao.parsers.grades import NAMES_UNDER_A_GRADE, clean_grade_word, normalize_grade
from jixiao.parsers.ledger import Ledger
from jixiao.parsers.lexicon import alternation
from jixiao.parsers.lexicon.batches import COUNT_AFTER_NOUNS, EVALUATION_BATCHES, GENERIC_EVALUATIONS
from jixiao.parsers.lexicon.evaluators import EVALUATION_WORDS, NOT_THE_BATCH
from jixiao.parsers.lexicon.exclusions import (
    ACCOUNTING_WORDS,
    ANAPHORA,
    CHANGE_BEFORE,
    CONSULTED,
    CONSULTING_VERBS,
    CUT_VERBS,
    FUNDED_COUNT,
    GRADE_RULES,
    IN_SCOPE,
    JOINED_OBJECT,
    NOT_EVALUATED_BEFORE_COUNT,
    NOT_EVALUATED_NOUNS,
    PLAN_WORDS,
    RANKED,
    REACHED_PLACES,
    SCOPE_WORDS,
)
from jixiao.parsers.lexicon.grades import GRADE_CUES, GRADE_KIND_SUFFIX, GRADE_WITH_GLOSS, GRADE_WORD, GRADED_OBJECTS
from jixiao.parsers.lexicon.numbers import CHINESE_COUNT, COUNT_MEASURES, LISTED_COUNT, NUMBER, count_value
from jixiao.parsers.lexicon.organisations import ORGANISATION_SUFFIX, PLACE_NOUN
from jixiao.parsers.lexicon.text import CLOSE_QUOTE, OPEN_QUOTE, fold
from jixiao.parsers.records import Amount, Source
from jixiao.parsers.rules import Rule, rule
from jixiao.parsers.text import Section, Sentence, clauses, is_table, sentences

# -- rules that make facts --------------------------------------------------------------------------------------
COUNT_OF_OBJECTS = rule(
    "count_of_objects",
    reads="a clause",
    makes="metric",
    why="a count with a measure word before what it counts is how the genre states a batch's size (counts listed "
    "before the evaluations done on them take those evaluations in order)",
    example="对24个项目开展重点绩效评价；8个项目和2个预算部门，开展了项目绩效评价和部门整体支出绩效评价",
)
COUNT_AFTER_NOUN = rule(
    "count_after_noun",
    reads="a clause",
    makes="metric",
    why="a noun of the batch before a count (项目, 自评, 单位) says what the count counts; in a unit's own "
    "self-evaluation its total of projects is that batch's size",
    example="新增专项债券项目3个；自评2630个；实施项目共15个",
)
PLACES_COUNTED = rule(
    "places_counted",
    reads="a clause",
    makes="metric",
    why="places counted without a measure word (`17地市`) are the governments a grading of lower governments covers",
    example="17地市平均得分93.61分",
)
AMOUNT_OF_BATCH = rule(
    "amount_of_batch",
    reads="a clause",
    makes="metric",
    why="the first money a clause about a batch states is that batch's money",
    example="抽评项目200个，涉及财政资金8.46亿元",
)
SAMPLING_RATIO = rule(
    "sampling_ratio",
    reads="a clause",
    makes="metric",
    why="a percentage called a ratio in a sentence about sampling is the share of self-evaluations sampled",
    example="按不低于自评项目数3%的比例抽取",
)
TOTAL_BEFORE_PARTS = rule(
    "total_before_parts",
    reads="a sentence",
    makes="metric",
    why="a count before `其中` that lists several batches is their total",
    example="共开展评价项目1,182个，其中：单位自评1,105个；财政抽评62个",
)
GRADE_THEN_COUNT = rule(
    "grade_then_count",
    reads="a sentence",
    makes="grade",
    why="a grade word followed by how many got it is how a distribution is stated",
    example="评价结果为“优”的项目68个，占34%",
)
COUNT_THEN_GRADE = rule(
    "count_then_grade",
    reads="a sentence",
    makes="grade",
    why="a count of projects followed by the grade they got",
    example="其余1个项目评价结果为C级",
)
EXPLICIT_ZERO = rule(
    "explicit_zero_grades",
    reads="a sentence",
    makes="grade",
    why="a distribution that says no project got a grade states a count of zero",
    example="无等级为“优”和“差”的项目",
)
DISTRIBUTION_AFTER_BATCH = rule(
    "distribution_of_batch_named_before_it",
    reads="a sentence",
    makes="grade",
    why="a distribution stated after its sentence named a batch is that batch's results, whatever the heading says",
    example="（四、绩效自评和财政评价）…对22个重点项目开展财政重点绩效评价，…评价结论为优4个、良14个",
)
DISTRIBUTION_OF_COUNT = rule(
    "distribution_adds_up_to_count",
    reads="a sentence",
    makes="grade",
    why="a distribution whose sentence and section name no batch is of the batch whose stated count it adds up to",
    example="选取12个县级部门…开展绩效评价。/ 经评价，评价结果为优秀的4个，良好的7个，合格的1个。",
)
# -- rules that exclude -------------------------------------------------------------------------------------------
NOT_AN_OBJECT = rule(
    "count_not_evaluated",
    reads="a count",
    makes="exclusion",
    why="counted things that were not evaluated: time, people, problems, aspects, the parties an evaluator "
    "consulted, the projects money went to, the places the evaluated money reaches",
    example="发现问题12个；与7个市、县主管部门沟通交流；扶持了22个重点项目；纳入评价范围的8个市",
)
RANKED_PART = rule(
    "ranked_part_of_grading",
    reads="a count",
    makes="exclusion",
    why="those ranked among the best, or scoring above a band, are a part of a grading, not its size",
    example="14个县进入全国前200名",
)
POINTS_BACK = rule(
    "count_points_back",
    reads="a count",
    makes="exclusion",
    why="a count that refers to one already stated (这, 上述) is not another",
    example="上述3个项目",
)
NO_EVALUATION = rule(
    "count_without_evaluation",
    reads="a count",
    makes="exclusion",
    why="a count in a sentence that names no batch and speaks of no evaluation is not a batch's size",
    example="全县共有预算单位86个",
)
PART_OF_FIRST = rule(
    "part_of_first_count",
    reads="a second count of the same batch in one clause",
    makes="exclusion",
    why="a clause states its batch's size once; a second count of the same thing is a part of it, unless it is "
    "their total (共)",
    example="重点评价项目12个（其中新增项目5个）；5个部门及其所属7个单位共12家",
)
ACCOUNTS = rule(
    "accounting_money",
    reads="an amount",
    makes="exclusion",
    why="revenue, carry-overs and debt, and the parts (其中) of such money, are money of the accounts, not of an "
    "evaluation",
    example="收入792.22万元；转贷政府债券39272万元。其中:一般债券19609万元",
)
NOT_ABOUT_EVALUATION = rule(
    "money_not_of_the_batch",
    reads="an amount",
    makes="exclusion",
    why="money in a clause that names no batch, counts nothing and speaks of no evaluation describes budgets; "
    "money after the batch's own, or after a second object joined to its words, is that object's",
    example="同比上年度增加189.25万元；形成部门整体支出绩效报告和土地整治项目6亿元绩效评价报告",
)
JOINED = NOT_ABOUT_EVALUATION
PLAN = rule(
    "plan_not_result",
    reads="the rest of a sentence after a plan word",
    makes="exclusion",
    why="plans, intentions and unfinished work (拟, 将, 尚在) state no result",
    example="拟对12个项目开展重点评价",
)
LONE_GRADE = rule(
    "lone_grade_without_cue",
    reads="a grade count",
    makes="exclusion",
    why="one grade count without a grade cue (评价结果, 等级) in its sentence may be a word, not a grade",
    example="中小企业12个",
)

# `N个<what>`: the count and the words after it, up to a separator.
_COUNT = re.compile(
    # (`20项目目标`: 项 begins the word 项目 after a number of points, it counts nothing)
    rf"(?<![\d.,])(?P<n>{NUMBER}|{LISTED_COUNT})\s*(?P<measure>{COUNT_MEASURES})(?!(?<=项)目)(?P<noun>[^\d，,。；;、：:“”\"()（）]{{0,14}})"
)
# `<what>N个`: `自评2630个`, `新增地方政府专项债券项目3个`, `项目共12个`.
_COUNT_AFTER_NOUN = re.compile(
    rf"(?P<noun>{alternation(COUNT_AFTER_NOUNS)})(?:数量?|总数)?(?:(?P<total>共|合计|总计|共计)|为|达)?"
    rf"\s*(?P<n>{NUMBER})\s*{COUNT_MEASURES}"
    r"(?![\u4e00-\u9fff]{0,2}(?:项目|部门|单位))"
)
_EVALUATION_WORDS = re.compile(EVALUATION_WORDS)
_DEPARTMENT_NOUN = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:部门|单位)(?!整体)")
# A ratio stated as the minimum a rule sets (`按照不低于自评项目数1%的比例，抽取…`): the sampling's own ratio, stated
# as well (`抽查比例为1.15%`), is the one sampled.
_FLOOR = re.compile(r"(?:不低于|不少于|至少|不得低于)[^,，;；。]{0,12}$")
_RATIO = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%\s*的?(?:比例|抽评比例|抽查比例)|比例为?\s*(\d+(?:\.\d+)?)\s*%")
_GRADE_CUE = re.compile(GRADE_CUES + r"|结果为|评为|评定为")
GRADE_COUNT = re.compile(
    rf"(?:^|(?<=[,、;:为是)])|(?<=结果)|(?<=等次)|(?<=等级)|(?<=其中)|(?<=评定))\s*{OPEN_QUOTE}?(?P<raw>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?"
    rf"(?:\([^)]{{1,12}}\))?{GRADE_KIND_SUFFIX}?(?:的)?{GRADED_OBJECTS}?(?:共|有)?\s*(?P<open>\()?\s*"
    rf"(?P<count>{NUMBER}|(?(open)(?:{CHINESE_COUNT})|(?!)))\s*{COUNT_MEASURES}"
    # (`优秀等次（4个）：城关街道、…`: the count in brackets, there also in Chinese numerals: `“优秀”等次（三个）`)
    r"(?(open)\))(?:项目)?"
    r"(?!等级|等次|档次|级别)"  # `分为“优秀、良好、合格、较差”4个等级`: the scale's size, not a count of a grade
    r"(?:[,、]?\s*\(?\s*占(?:比|项目总数的|总数的|项目数的)?(?:为)?\s*(?P<share>\d+(?:\.\d+)?)\s*%\s*\)?|\([^)]{1,12}\))?"
)
# `优秀的923个、良好的148个…，分别占83.5%、13.4%…`: shares listed after the counts.
SHARES_LISTED = re.compile(r"分别占(?:比)?(?:为)?\s*(?P<values>\d+(?:\.\d+)?\s*%(?:\s*[、,和及]\s*\d+(?:\.\d+)?\s*%)+)")
# `其余1个项目评价结果为C级`, `…等4个乡镇（街道）考核结果为一档`: the count before the grade.
COUNT_THEN_GRADE_PATTERN = re.compile(
    rf"(?<![\d.])(?P<count>{NUMBER})\s*个{GRADED_OBJECTS}(?:\([^)]{{1,8}}\))?(?:的)?(?:考核|评价|考评)?"
    r"(?:评价结果|评价等级|等级|等次|结果)?(?:为|是|评为|获评|被评为)"
    rf"{OPEN_QUOTE}?(?P<raw>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?{GRADE_KIND_SUFFIX}?"
)
# `无等级为“优”和“差”的项目`: explicit zeros.
NO_GRADE = re.compile(
    rf"无(?:(?:评价|复核|抽评|自评)?(?:等级|结果|等次))?为?(?P<words>(?:{OPEN_QUOTE}?{GRADE_WORD}{CLOSE_QUOTE}?\s*[和、及与]?\s*)+)"
    r"(?:(?:等级|等次)?的?(?:项目|单位|部门|政策|项)|(?:等级|等次|档次)(?=[。,;]|$))"
    # (`无评价等级为“差”的单位`; `无较差项` a line cut short; `…C等次3个,无D等次。` the distribution's own words)
)
_GENERIC_EVALUATION = re.compile(GENERIC_EVALUATIONS)
# An organisation whose name holds an evaluation word (`县政府债务研究评估中心`): its name speaks of no evaluation.
_NAMED_EVALUATORS = re.compile(r"[\u4e00-\u9fff]{0,10}(?:评估|评审|评价)" + ORGANISATION_SUFFIX)
# `28家部门(单位)中，…`: the objects a distribution is among, counted again at its head.
_AMONG = re.compile(rf"^\s*(?:在)?(?P<n>{NUMBER})\s*{COUNT_MEASURES}[^,，。；;]{{0,12}}?中\s*[,，]")
_TOTAL_BEFORE = re.compile(r"(?:共|合计|总计|共计)\s*$")
# `京山县、钟祥市…等5地的10个乡镇`, `17地市平均得分93.61分`: places counted without a measure word.
_PLACES_COUNTED = re.compile(rf"(?<![\d.,])(?P<n>{NUMBER})\s*(?:地市|地州|地)(?![区方点址图块面域震下上质产])")
assert PLACE_NOUN  # the nouns that count places with a measure word are the lexicon's (prose_projects)


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
    rule: str = ""
    floor: bool = False  # a ratio stated as the rule's minimum (`按不低于15%的比例`), not as what was sampled


@dataclass(frozen=True, slots=True)
class GradeFact:
    batch: str
    grade_raw: str
    grade: str | None
    count: int
    share_pct: Decimal | None
    source: Source
    rule: str = ""


@dataclass(frozen=True, slots=True)
class _Count:
    value: int
    span: tuple[int, int]
    kind: str  # projects | departments
    batch: str | None  # named by the words it counts
    noun_is_department: bool = False  # counts 部门, not 单位 or 家
    total: bool = False  # a total of projects (`实施项目共15个`)
    rule: Rule = COUNT_OF_OBJECTS


def _overlaps(span: tuple[int, int], taken: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)


def grade_facts(
    sentence: Sentence, batch: str, end: int, ledger: Ledger | None = None
) -> tuple[list[GradeFact], list[tuple[int, int]]]:
    """Grade counts stated in the sentence before `end` (where a plan or unfinished work begins)."""
    text = fold(sentence.text)[:end]
    # (span of the statement, span of the grade word, count, share, rule)
    found: list[tuple[tuple[int, int], tuple[int, int], int, Decimal | None, Rule]] = []
    for match in GRADE_COUNT.finditer(text):
        share = parse_decimal(match["share"]) if match["share"] else None
        found.append((match.span(), match.span("raw"), count_value(match["count"]), share, GRADE_THEN_COUNT))
    for match in NAMES_UNDER_A_GRADE.finditer(text):
        if not _overlaps(match.span(), [span for span, *_ in found]):
            found.append((match.span(), match.span("raw"), count_value(match["count"]), None, GRADE_THEN_COUNT))
    for match in COUNT_THEN_GRADE_PATTERN.finditer(text):
        if not _overlaps(match.span(), [span for span, *_ in found]):
            found.append((match.span(), match.span("raw"), count_value(match["count"]), None, COUNT_THEN_GRADE))
    for match in NO_GRADE.finditer(text):
        for word in re.finditer(GRADE_WORD, match["words"]):
            at = match.start("words") + word.start()
            found.append((match.span(), (at, at + len(word.group())), 0, None, EXPLICIT_ZERO))
    # What follows from a grade is no distribution (`对评价等级为“中”的2个项目，压减2024年度预算`): the sentences
    # the coverage check already reads as the scale or its consequences (lexicon.exclusions.GRADE_RULES).
    consequences = [
        (rule.start(), rule.end() + 16) for rule in GRADE_RULES.finditer(text) if rule.group().startswith("对")
    ]
    found = [item for item in found if not _overlaps(item[0], consequences)]
    if not found:
        return [], []
    if not _GRADE_CUE.search(text) and len(found) < 2:
        if ledger is not None:
            ledger.exclude(LONE_GRADE, "count", found[0][2], sentence.source())
        return [], []
    found.sort(key=lambda item: item[0])
    listed = SHARES_LISTED.search(text)
    if listed and all(share is None for _, _, _, share, _ in found):
        shares = [parse_decimal(value) for value in re.findall(r"\d+(?:\.\d+)?", listed["values"])]
        if len(shares) == len(found):
            found = [
                (span, word, count, share, made)
                for (span, word, count, _, made), share in zip(found, shares, strict=True)
            ]
    facts = []
    for _, (start, stop), count, share, made in found:
        printed = sentence.text[start:stop]  # the word as printed (優 stays 優); folded, it is the lexicon's
        facts.append(
            GradeFact(
                batch,
                clean_grade_word(printed),
                normalize_grade(text[start:stop]),
                count,
                share,
                sentence.source(),
                made.name,
            )
        )
        if ledger is not None:
            ledger.take("count", count, sentence.source())
            ledger.take("grade", text[start:stop], sentence.source())
    return facts, [span for span, *_ in found]


def _consulted(clause: str, start: int) -> bool:
    """A count of the parties an evaluator consulted (`与西夏区等7个市、县(区)…部门沟通交流`): not evaluated."""
    opening = clause.rfind("与", 0, start)
    return opening >= 0 and bool(CONSULTED.match(clause[opening:start])) and bool(CONSULTING_VERBS.search(clause))


def _counts(
    clause: str, offset: int, taken: Sequence[tuple[int, int]], excluded: list[tuple[Rule, int]] | None = None
) -> list[_Count]:
    """The counts of a clause that may be batch sizes; `excluded` collects the others with the filter that left
    each out."""
    counts: list[_Count] = []
    for match in _PLACES_COUNTED.finditer(clause):
        span = (offset + match.start(), offset + match.end())
        if not _overlaps(span, taken):
            counts.append(_Count(count_value(match["n"]), span, "projects", "lower_government", rule=PLACES_COUNTED))
    # `新增专项债券项目7个`, `自评2630个`: the words before the count say what it counts.
    for match in _COUNT_AFTER_NOUN.finditer(clause):
        span = (offset + match.start("n"), offset + match.end())
        if _overlaps(span, taken):
            continue
        kind = "departments" if match["noun"] in {"单位", "部门"} else "projects"
        batch = counted_batch(match["noun"])
        total = match["noun"] == "项目" and bool(match["total"])
        counts.append(
            _Count(
                count_value(match["n"]), span, kind, batch, match["noun"] == "部门", total=total, rule=COUNT_AFTER_NOUN
            )
        )
    for match in _COUNT.finditer(clause):
        span = (offset + match.start(), offset + match.end())
        noun = match["noun"]
        if _overlaps(span, taken) or any(_overlaps(span, [c.span]) for c in counts):
            continue
        value = count_value(match["n"])
        noun_batch = counted_batch(noun)
        filtered = (
            NOT_AN_OBJECT
            if NOT_EVALUATED_NOUNS.match(noun)
            or (not re.match(r"[\u4e00-\u9fff]", noun) and NOT_EVALUATED_BEFORE_COUNT.search(clause[: match.start()]))
            else NOT_AN_OBJECT
            if _consulted(clause, match.start())
            else RANKED_PART
            if RANKED.match(clause[match.start("noun") :])
            else NOT_AN_OBJECT
            if noun_batch == "lower_government"
            and REACHED_PLACES.search(clause[: match.start()])
            and not _EVALUATION_WORDS.search(clause)
            else NOT_AN_OBJECT
            if FUNDED_COUNT.search(clause[: match.start()]) or CHANGE_BEFORE.search(clause[: match.start()])
            else POINTS_BACK
            if ANAPHORA.search(clause[: match.start()])
            else None
        )
        if filtered is not None:
            if excluded is not None:
                excluded.append((filtered, value))
            continue
        kind = "departments" if match["measure"] == "家" or _DEPARTMENT_NOUN.match(noun) else "projects"
        is_department = bool(re.match(r"^[\u4e00-\u9fff]{0,4}?部门", noun)) and match["measure"] != "家"
        is_unit = bool(re.match(r"^[\u4e00-\u9fff]{0,4}?单位", noun)) and "部门" not in noun
        counts.append(_Count(value, span, kind, noun_batch, is_department, is_unit))
    return sorted(counts, key=lambda count: count.span)


def _label(words: str, batch: str | None, heading: str | None) -> tuple[str, bool]:
    """The report's own words for a batch: the section heading if it names it, else the clause's keywords."""
    if heading and batch and batch_from_heading(heading) == batch:
        return re.sub(r"^[（(][一二三四五六七八九十]+[）)]|结果$|情况$", "", heading.strip()), True
    return words, False


def _paired(parts: Sequence[tuple[int, str]], index: int, counts: Sequence[_Count]) -> list[str] | None:
    """The batches of counts listed before the evaluations done on them, in the same order."""
    for _, later in parts[index + 1 : index + 3]:
        named = [classify(words).batch for words in _GENERIC_EVALUATION.findall(later)]
        named = [batch or "key" for batch in named]
        if len(named) == len(counts) >= 2:
            return named
    return None


def _total_before_parts(parts: Sequence[tuple[int, str]], index: int) -> Classification | None:
    """A clause that counts everything before `其中` lists the batches it is made of: a total of them."""
    clause = parts[index][1]
    if not _COUNT.search(clause) or not re.search(r"共|各类|合计|总计", clause):
        return None
    following = [text for _, text in parts[index + 1 :]]
    # `…1,182个，涉及资金52.36亿元，其中：…`: the money of the total may come between.
    start = next((n for n, text in enumerate(following[:2]) if text.lstrip(" ,").startswith("其中")), None)
    if start is None:
        return None
    rest = "".join(following[start:])
    batches = tuple(dict.fromkeys(batch for batch, _ in batch_keywords(rest) if batch not in {"monitoring"}))
    named = tuple(dict.fromkeys(classify(text).batch for text in following[start:] if classify(text).batch))
    # (a clause may list several: `其中政策评价2个、项目支出评价6个、部门整体支出评价3个`)
    components = tuple(dict.fromkeys(batch for batch in (*named, *batches) if batch and batch != "total"))
    return Classification("total", components, "") if len(components) >= 2 else None


def _total_of_parts_after(text: str, parts: Sequence[Fact], previous: Sequence[Fact]) -> Classification | None:
    """`…开展市级财政重点绩效评价43项，涉及资金52.68亿元。其中：政策评价5项、项目支出评价26项、部门整体支出评价9项`:
    a sentence that counts parts of two batches or more, no more than the count of the one batch the sentence before
    it counted, makes that count their total, as the same parts after a comma do (`total_before_parts`)."""
    counted = [fact for fact in previous if fact.kind == "projects"]
    if len({fact.batch for fact in counted}) != 1 or counted[0].batch in {"total", "bond"}:
        return None
    named = tuple(dict.fromkeys(batch for batch, _ in batch_keywords(text) if batch not in {"monitoring", "total"}))
    counts = [fact.value for fact in parts if fact.kind == "projects"]
    if len(named) < 2 or not counts or sum(counts) > max(fact.value for fact in counted):
        return None
    return Classification("total", named, "")


def _as_total(fact: Fact, total: Classification) -> Fact:
    return replace(fact, batch="total", components=total.components, label="total", rule=TOTAL_BEFORE_PARTS.name)


def _among(folded: str, counted: dict[int, str] | None) -> str | None:
    """The batch of the objects a sentence's distribution is among (`28家部门(单位)中，…`), when the document counted
    exactly that many of one batch before."""
    head = _AMONG.search(folded)
    return (counted or {}).get(count_value(head["n"])) if head else None


_NOT_THE_BATCH = re.compile(NOT_THE_BATCH)


def _classify(clause: str) -> Classification:
    """The batch a clause names, leaving out the self-evaluations it names as the ground of the evaluation the
    sentence reports (`在项目单位开展绩效自评的基础上，县财政局委托第三方机构…进行了绩效评价`) and the kinds a method
    combines (`评价采取部门自评与财政评价相结合的方式，其中5个项目委托第三方机构实施`)."""
    return classify(_NOT_THE_BATCH.sub("", clause))


def _distribution_batch(
    grades: list[GradeFact],
    taken: Sequence[tuple[int, int]],
    parts: Sequence[tuple[int, str]],
    counted: dict[int, str] | None,
    among: bool,
) -> list[GradeFact]:
    """The batch of a sentence's distribution: the last batch a clause before it named (over one carried from the
    heading); else, where its sentence names none and no `N家…中` says among what, the batch of a count stated
    before that its counts add up to (over one carried from a heading or an earlier sentence)."""
    if not grades or not taken:
        return grades
    start = min(begin for begin, _ in taken)
    named = [batch for offset, clause in parts if offset < start and (batch := _classify(clause).batch)]
    named = [batch for batch in named if batch not in {"total", "bond"}]
    made: Rule | None = None
    batch = grades[0].batch
    if named and named[-1] != batch:
        batch, made = named[-1], DISTRIBUTION_AFTER_BATCH
    elif not among and not named:
        summed = (counted or {}).get(sum(grade.count for grade in grades))
        if summed and summed != batch:
            batch, made = summed, DISTRIBUTION_OF_COUNT
    if made is None:
        return grades
    return [replace(grade, batch=batch, rule=f"{grade.rule}+{made.name}") for grade in grades]


def _exclude_rest(ledger: Ledger, made: Rule, sentence: Sentence, folded: str, start: int) -> None:
    """Every result cue of the sentence from `start` on is left out by `made`."""
    for cue in cues_between(folded, start, len(folded)):
        ledger.exclude(made, cue.cue, cue.value, sentence.source())


def sentence_facts(
    sentence: Sentence,
    batch: str | None,
    heading: str | None,
    default: str | None = None,
    evaluated: str | None = None,
    lead_in: str = "",
    ledger: Ledger | None = None,
    distributed: str | None = None,
    counted: dict[int, str] | None = None,
) -> tuple[list[Fact], list[GradeFact], str | None]:
    """Facts of one sentence; returns the batch the sentence ended on, for the sentences that follow.

    `batch` is carried from the sentences before it in the paragraph or its heading; `default` is the
    document's (used only where the sentence speaks of an evaluation); `evaluated` is the batch the document
    last counted, for an amount stated apart (`本次纳入绩效评价范围的资金151640万元`); `lead_in` is the unfinished
    clause of the line before, where a page broke the sentence across blocks; `distributed` is the batch the
    section's paragraphs last spoke of, which a distribution stated after them (`评价结果显示：…`) is of; `counted`
    the batch of each count the document stated before (a distribution among them names its count again)."""
    ledger = ledger if ledger is not None else Ledger()
    facts: list[Fact] = []
    current, components = batch, ()
    label, from_heading = _label("", batch, heading)
    grade_list: list[GradeFact] = []
    taken: list[tuple[int, int]] = []
    sentence_batch = batch
    folded = fold(sentence.text)
    parts = clauses(folded)
    # A plan or unfinished work (`拟开展…`, `…尚在复核`) ends what the sentence states as done.
    stated_end = next((offset for offset, clause in parts if PLAN_WORDS.search(clause)), len(sentence.text))
    if stated_end < len(sentence.text):
        _exclude_rest(ledger, PLAN, sentence, folded, stated_end)
    # A clause with no batch of its own may take one from a later clause of the sentence (`…4个林业项目，…自评`).
    # Of several, the bureau's evaluation, as within one clause (`选取…13个项目，督促其开展自评，委托第三方开展再评价`).
    named_later = [named for _, clause in parts if (named := _classify(clause).batch) not in {None, "total"}]
    later_batch = next((named for named in named_later if named in EVALUATION_BATCHES), None) or next(
        iter(named_later), None
    )
    later_sampling = any(_classify(clause).batch == "sampling" for _, clause in parts)
    # `28家部门(单位)中，评价结果为“优秀”的9家…`: among those the document counted so before, across a heading
    among = _among(folded, counted)
    # A count or a grade with no batch of its own takes the document's only where the sentence speaks of one.
    # A unit's self-evaluation covers all its projects: its total of them (`实施项目共15个`) is the batch's size even
    # where the sentence names no evaluation.
    unit_total = default if default == "self" else None
    default = default if _EVALUATION_WORDS.search(folded) else None
    # Money in a sentence that names no batch, counts nothing and speaks of no evaluation (`支出：799.12万元`,
    # `同比上年度增加189.25万元`) describes the accounts, even under a heading that names a batch.
    sentence_counts = _counts(folded, 0, [])  # every count the sentence states, read once
    about_evaluation = bool(
        later_batch or _EVALUATION_WORDS.search(folded) or SCOPE_WORDS.search(folded) or sentence_counts
    )
    # a distribution in a sentence that counts the places it graded (`乡镇（街道）共10个，…评定一档3个`) is theirs
    places = "lower_government" if any(c.batch == "lower_government" for c in sentence_counts) else None
    itemising = False  # `归还…本金10870万元,其中:一般债券4425万元…`: the parts of money of the accounts are too
    parts_of_total: tuple[str, tuple[str, ...]] | None = None  # the total a `其中` list of parts follows
    source = sentence.source()
    for index, (offset, clause) in enumerate(parts):
        if offset >= stated_end:
            break
        if clause.lstrip(" ,，;；").startswith("其中"):
            itemising = index > 0 and bool(ACCOUNTING_WORDS.search(parts[index - 1][1]))
        accounts = itemising or bool(ACCOUNTING_WORDS.search(clause))
        named = _classify(clause)
        if named.batch is None and "债券" in clause and not current:
            named = Classification("bond", (), "")  # `使用专项债券资金的项目共11个，债券资金36.85亿元`
        total_rule: Rule | None = None
        # `共开展评价项目1,182个…，其中：单位自评1,105个…`: parts of two batches or more make the count before them a
        # total, whatever evaluation the clause itself names (`共对11个评价对象开展财政绩效评价，其中政策评价2个、…`);
        # bonds' projects (`共评价新增专项债券项目9个，…其中财政重点评价项目3个`) stay the bonds' count
        own_batch = named.batch
        if own_batch != "bond" and (total := _total_before_parts(parts, index)):
            named, total_rule = total, TOTAL_BEFORE_PARTS
            parts_of_total = (total.batch, total.components)
        if named.batch:
            current, components = named.batch, named.components
            label, from_heading = _label(named.words, named.batch, heading)
            sentence_batch = named.batch if named.batch != "bond" else sentence_batch
        if not grade_list:
            # a distribution is a result of something: of its sentence's batch, else of the section's
            # (bonds are what a notice is about, not an evaluation: their distribution is of the notice's batch)
            own = current if current != "bond" else None
            grade_batch = own or later_batch or distributed or among or places or default or "other"
            if grade_batch:
                grade_batch = "other" if grade_batch == "total" else grade_batch
                grade_list, taken = grade_facts(sentence, grade_batch, stated_end, ledger)
                grade_list = _distribution_batch(grade_list, taken, parts, counted, among=among is not None)

        excluded: list[tuple[Rule, int]] = []
        counts = _counts(clause, offset, taken, excluded)
        for made, value in excluded:
            ledger.exclude(made, "count", value, source)
        unnamed = [count for count in counts if count.batch is None]
        pairing = _paired(parts, index, unnamed) if current is None and len(unnamed) >= 2 else None
        figures: list[tuple[str, str, Decimal, str, Amount | None, Rule]] = []
        floors: set[int] = set()  # the figures that are a rule's minimum ratio
        for position, count in enumerate(counts):
            paired = pairing is not None and count in unnamed
            count_batch = count.batch or (pairing[unnamed.index(count)] if paired and pairing else None)
            if count_batch is None and "、" in clause:
                # `项目支出评价17项、政策评价3项、部门整体支出评价4项`: each item of an enumeration names its batch
                before = clause[: count.span[0] - offset]
                item = classify(clause[before.rfind("、") + 1 : count.span[1] - offset]).batch
                count_batch = item if item not in (None, "total") else None
            if total_rule and count_batch == own_batch:
                count_batch = None  # the total's count, though its clause has a batch word of its own
            if current == "targets":
                count_batch = None  # the objects' targets are reviewed (`对84个单位的整体支出…实行绩效目标管理`)
            if (
                count.batch == "lower_government"
                and IN_SCOPE.search((lead_in if index == 0 else "") + folded[offset : count.span[0]])
                and "lower_government" not in {named for named, _ in batch_keywords(folded)}
            ):
                ledger.exclude(NOT_AN_OBJECT, "count", count.value, source)
                continue  # places the evaluated money reaches, not governments graded
            # the document's batch only where the count's own part of the sentence speaks of an evaluation
            part_start = max(folded.rfind(";", 0, count.span[0]), folded.rfind("；", 0, count.span[0])) + 1
            part_end = min(
                (i for i in (folded.find(";", count.span[1]), folded.find("；", count.span[1])) if i >= 0),
                default=len(folded),
            )
            speaks = bool(_EVALUATION_WORDS.search(_NAMED_EVALUATORS.sub("", folded[part_start:part_end])))
            target = count_batch or current or later_batch or ((among or default) if speaks else None)
            if target is None and unit_total and count.total:
                # the batch's size only: the sentence's money (budgets, funds received) is not the batch's
                figures.append((unit_total, "projects", Decimal(count.value), "个", None, count.rule))
                continue
            if target is None:
                ledger.exclude(NO_EVALUATION, "count", count.value, source)
                continue
            kind = count.kind
            if target == "department_overall":
                # `8个部门及其所属单位共14家预算单位`: the units are the evaluations, the departments their owners.
                kind = "departments" if count.noun_is_department else "projects"
            earlier = next((f for f in figures if f[0] == target and f[1] == kind), None)
            if position > 0 and earlier is not None:
                if _TOTAL_BEFORE.search(clause[: count.span[0] - offset]):
                    # `5个部门及其所属7个单位共12家`: the total after its parts is the count
                    figures.remove(earlier)
                    ledger.exclude(PART_OF_FIRST, "count", int(earlier[2]), source)
                else:
                    ledger.exclude(PART_OF_FIRST, "count", count.value, source)
                    continue  # a second count of the same thing in one clause is a part of the first
            made = total_rule if target == "total" and total_rule else count.rule
            figures.append((target, kind, Decimal(count.value), "个", None, made))
            current = current or target
        target = current or (later_batch if counts else None) or (default if counts else None)
        if target is None and evaluated and "评价" in clause:
            target = evaluated
        amounts = find_amounts(clause)
        if target is not None and about_evaluation and not accounts:
            for position, (amount, amount_start, amount_end) in enumerate(amounts):
                if ACCOUNTING_WORDS.search(folded[max(0, offset + amount_start - 8) : offset + amount_start]):
                    for other, *_ in amounts[position:]:
                        ledger.exclude(ACCOUNTS, "amount", other.yuan, source)
                    break  # `1、收入：792.22万元`: the label stands before the clause
                if JOINED_OBJECT.search(clause[:amount_start]):
                    for other, *_ in amounts[position:]:
                        ledger.exclude(JOINED, "amount", other.yuan, source)
                    break  # the money of another object the clause joins to the batch's words
                if not _overlaps((offset + amount_start, offset + amount_end), taken):
                    figures.append((target, "amount", amount.yuan, amount.stated_unit, amount, AMOUNT_OF_BATCH))
                    for other, *_ in amounts[position + 1 :]:
                        ledger.exclude(JOINED, "amount", other.yuan, source)
                    break
            ratio = _RATIO.search(clause)
            if ratio is not None and re.search(CUT_VERBS, clause[ratio.end() :]):
                ratio = None  # `按不低于20%的比例压减预算`: a cut's share, not a sampling ratio
            # `按不低于自评项目数3%的比例，抽取…开展抽查复核`: a ratio belongs to the sampling the sentence names.
            if ratio is not None and (target == "sampling" or later_sampling):
                value = next(group for group in ratio.groups() if group is not None)
                if _FLOOR.search(clause[: ratio.start()]):
                    floors.add(len(figures))
                figures.append(("sampling", "ratio", parse_decimal(value), "%", None, SAMPLING_RATIO))
        else:
            made = ACCOUNTS if accounts else NOT_ABOUT_EVALUATION
            for amount, *_ in amounts:
                ledger.exclude(made, "amount", amount.yuan, source)
        if parts_of_total and clause.lstrip(" ,，;；").startswith("其中"):
            # the parts listed, what follows them (`…，涉及资金13,393.7876万元`) is of the total again
            current, components = parts_of_total
        for position, (fact_batch, kind, value, unit, amount, made) in enumerate(figures):
            if kind == "amount":
                ledger.take("amount", value, source)
            elif kind in {"projects", "departments"}:
                ledger.take("count", int(value), source)
            facts.append(
                Fact(
                    batch=fact_batch,
                    kind=kind,
                    value=value,
                    stated_value=amount.stated_value if amount else value,
                    stated_unit=unit,
                    amount=amount,
                    components=components if fact_batch == "total" else (),
                    label=label if fact_batch == current else fact_batch,
                    label_from_heading=from_heading and fact_batch == current,
                    source=source,
                    rule=made.name,
                    floor=position in floors,
                )
            )
    return facts, grade_list, sentence_batch


_ENDED = re.compile(r"[。；;!?！？:：]\s*$|^\s*$")


def collect_facts(
    parts: Sequence[Section], skip_blocks: set[int], default: str | None = None, ledger: Ledger | None = None
) -> tuple[list[Fact], list[GradeFact]]:
    ledger = ledger if ledger is not None else Ledger()
    facts: list[Fact] = []
    grades: list[GradeFact] = []
    before = ""
    section: tuple[str | None, str | None] = (None, None)
    section_batch: str | None = None  # the batch the section's paragraphs last spoke of
    counts_before: dict[int, str] = {}  # each count the document stated so far → its batch (the latest)
    previous_found: list[Fact] = []  # the facts of the sentence before
    for part in parts:
        if (part.heading1, part.heading2) != section:
            section, section_batch = (part.heading1, part.heading2), None
        if part.is_heading or part.index in skip_blocks:
            before = ""
            continue
        heading = part.heading2 or part.heading1
        carried = batch_from_heading(part.heading2) or batch_from_heading(part.heading1)
        previous = ""
        # A page that breaks a sentence across blocks leaves its first clause in the block before.
        unfinished = [] if _ENDED.search(before) else clauses(before)
        lead_in = unfinished[-1][1] if unfinished else ""  # (a block of commas alone has no clause)
        before = fold(part.block.text) if not is_table(part.block) else ""
        for sentence in sentences(part.block, part.index):
            text = fold(sentence.text).strip()
            itemises_accounts = text.startswith("其中") and bool(ACCOUNTING_WORDS.search(previous))
            previous = text
            if itemises_accounts:
                _exclude_rest(ledger, ACCOUNTS, sentence, fold(sentence.text), 0)
                continue  # `转贷…政府债券39272万元。其中:一般债券19609万元…`: the parts of money of the accounts
            evaluated = next((fact.batch for fact in reversed(facts) if fact.kind == "projects"), None)
            found, graded, ended_on = sentence_facts(
                sentence, carried, heading, default, evaluated, lead_in, ledger, section_batch, counts_before
            )
            lead_in = ""
            if text.startswith("其中") and (total := _total_of_parts_after(text, found, previous_found)):
                facts = [_as_total(fact, total) if fact in previous_found else fact for fact in facts]
            previous_found = found
            facts.extend(found)
            grades.extend(graded)
            counts_before.update(
                (int(fact.value), fact.batch)
                for fact in found
                if fact.kind in {"projects", "departments"} and fact.batch not in {"total", "bond"}
            )
            if ended_on and ended_on != "total":
                carried = section_batch = ended_on
            # what the sentence counted is what a distribution stated after it is of (`对全区6个街道…开展综合
            # 绩效评价…。经评价，评价等级为“优”的2个…`)
            counted = [fact.batch for fact in found if fact.kind == "projects" and fact.batch not in {"total", "bond"}]
            section_batch = counted[-1] if counted else section_batch
    return facts, grades
