"""Projects (and whole-unit evaluations) named and graded in running text, found as entities first and then
associated by the structure of the sentences.

Objects are introduced as the things an evaluation was done on:
- `对A、B及C3个项目进行重点评价`, `对我单位负责的X项目开展了重点绩效评价` (the verb 开展/进行/实施 … 评价);
- `包括A、B、C和D4个林业项目` (a count says where `和`/`与` separate names and where they belong to one);
- quoted names, also back to back: `确定了“A”“B”和“C”等12项…作为此次财政绩效评价项目`;
- the cities or counties listed after a grade group: `等级为A的城市13个。` then `福建龙岩、江苏无锡、…`.
Results are then given to them:
- in parallel lists: `评价得分分别为93.4分、91分、81.5分`, `评价结果分别为“优”和“良”` (zipped with the objects
  when the numbers agree, through a shortened second list of names where the sentence repeats one);
- by name: `社区公厕改造项目、区卫健局2019年部门整体绩效评价结果为优秀` (a shortened name finds its object; a
  department's whole evaluation is a unit evaluation);
- to all of them: `自评等级均为A级`;
- to the one object the section is about: `…项目绩效评价得分90.5分,评价等级为优`.
A plan (`拟选取…`) introduces nothing. A score band (`得分均在85分以上`) is not a score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from jixiao.parsers.amounts import find_amounts
from jixiao.parsers.batches import classify, contract_batch_type
from jixiao.parsers.grades import NAMES_UNDER_A_GRADE, clean_grade_word, grade_key, is_grade_word, normalize_grade
from jixiao.parsers.lexicon import alternation
from jixiao.parsers.lexicon.batches import NOT_BATCHES
from jixiao.parsers.lexicon.exclusions import (
    ASPECTS,
    DESCRIPTIONS,
    GENERIC_OBJECTS,
    MODAL_VERBS,
    PLAN_WORDS,
    POINTING_BACK,
    SURVEYS,
)
from jixiao.parsers.lexicon.grades import GRADE_WITH_GLOSS, GRADED_OBJECTS
from jixiao.parsers.lexicon.numbers import CHINESE_COUNT, OUTLINE_MARK, count_value
from jixiao.parsers.lexicon.organisations import (
    BUREAU_SUFFIX,
    DEPARTMENT_SUFFIX,
    GRADED_PLACE,
    ORGAN_SUFFIX,
    ORGANISATION_SUFFIXES,
    OWNING_VERBS,
    PLACE_NAME,
    PLACE_NOUN,
    PROJECT_NAME_END,
    SELF_REFERENCE,
)
from jixiao.parsers.lexicon.text import CLOSE_QUOTE, OPEN_QUOTE, fold
from jixiao.parsers.name_parts import without_bracketed_department
from jixiao.parsers.names import clean_name, normalize_name, split_enumeration, split_top_level, strip_year
from jixiao.parsers.records import ProjectEvaluation, Source, UnitEvaluation
from jixiao.parsers.rules import Rule, rule
from jixiao.parsers.text import Section, Sentence, is_table, sentences

OBJECTS = rule(
    "objects_of_evaluation",
    reads="a sentence",
    makes="project",
    why="what follows 对/选取 and precedes an evaluation verb are the objects evaluated; so are names quoted back "
    "to back in a sentence about an evaluation",
    example="对A、B及C3个项目进行重点评价；确定了“A”“B”和“C”等12项…作为此次财政绩效评价项目",
)
QUOTED_NAMES = OBJECTS
INCLUDED = rule(
    "objects_listed_with_count",
    reads="a sentence or a paragraph",
    makes="project",
    why="names listed with the count they make up (包括…N个, or N个项目…其中：A x万元、B y万元), exactly as many "
    "as counted, are the counted objects",
    example="包括A、B、C和D4个林业项目；共有1个项目…其中：河湖水系闸坝工程运行维修经费46.00万元",
)
ITEMISED = INCLUDED
ZIPPED = rule(
    "zipped_results",
    reads="a sentence",
    makes="project",
    why="scores or grades listed with 分别为 belong, in order, to the objects named before them",
    example="评价得分分别为93.4分、91分、81.5分",
)
BY_NAME = rule(
    "result_by_name",
    reads="a clause",
    makes="row",
    why="a clause that names an object and then its grade or score gives that object its result (a department's "
    "whole (整体) evaluation so named is a unit evaluation)",
    example="社区公厕改造项目评价结果为优秀；区卫健局2019年部门整体绩效评价结果为优秀",
)
UNIT_BY_NAME = BY_NAME
SCORES_BY_NAME = rule(
    "scores_listed_by_name",
    reads="a sentence",
    makes="project",
    why="after `得分（分别）为：` a list of names each followed by its score names the objects and scores them",
    example="重点评价得分分别为:县域医共体信息化建设项目86.5分、农村饮用水提质改造项目84分",
)
GRADE_IN_PROSE = rule(
    "grade_stated_in_prose",
    reads="a table row and a sentence",
    makes="project",
    why="an object a table scores and the prose grades by name is one object: the table's row with the prose's grade",
    example="优秀等次（4个）：城关街道、… / 名次 | 乡镇（街道） | 得分: 1 | 城关街道 | 96.5",
)
COLLECTIVE = rule(
    "collective_result",
    reads="a sentence",
    makes="project",
    why="a result given to all the objects at once (均为)",
    example="自评等级均为A级",
)
ONLY_OBJECT = rule(
    "result_of_only_object",
    reads="a sentence",
    makes="project",
    why="in a section about one object, a result that names nothing is that object's",
    example="…项目绩效评价得分90.5分,评价等级为优",
)
GRADE_GROUP = rule(
    "places_of_a_grading",
    reads="a sentence and the paragraph after it",
    makes="project",
    why="a grading of cities or counties names the places it graded: listed after a grade group it counted, "
    "named and then counted, announced by a count (分别是：), or awarded a grade on an item",
    example="等级为A的城市13个。/ 福建龙岩、…；石泉县、镇巴县和佛坪县3个县…；钟祥市、沙洋县获美丽乡村建设优秀等次",
)
PLACES_NAMED = PLACES_ANNOUNCED = PLACES_AWARDED = GRADE_GROUP
GRADED_LIST = rule(
    "graded_name_list",
    reads="a sentence",
    makes="project",
    why="a list after `为X的项目是：` names the objects that got grade X; so does one after `X的有` that ends "
    "with their count (departments so listed are graded as a whole)",
    example="评价结果为优秀的项目是：A、B、C和D；评价结果为优秀的有县农业农村局、县水利局2个部门",
)
QUOTED_ITEMS = rule(
    "department_quoted_items",
    reads="a sentence",
    makes="project",
    why="a project named in quotes after its department, with its result in brackets after it or stated once "
    "for a group of them, is how rounds list the projects they graded",
    example="县教育局“学前教育发展专项资金”（优，90.8分）；县林业局“森林防火专项经费”抽评等级为“优”",
)

_VERB = r"(?:进行|开展|实施|组织)(?:了)?[^，,。；;]{0,16}?(?:评价|自评|考评|评估)"
_OBJECTS = re.compile(
    r"(?:对(?![照于此比])|选取|选择|抽取|选定|确定)了?(?P<names>[^，,。；;]{2,160}?)(?P<partial>等|共)?"
    r"(?:(?P<count>\d+)\s*(?:个|项|家)(?P<noun>[\u4e00-\u9fff]{0,8}?)(?P<object>项目|部门|单位|政策|资金)?)?"
    r"(?:的)?(?:绩效情况|绩效)?" + _VERB
)
# `共涉及6个项目,分别是:A的X,B的Y,…和F的Z`: a count of objects, then their names.
_ANNOUNCED_OBJECTS = re.compile(
    r"(?P<count>\d+)\s*(?:个|项)(?:项目|政策|专项|资金)[^。:：]{0,6}?(?:分别是|分别为|包括|是)\s*[:：]\s*(?P<names>[^。]+)"
)
_DESCRIBED = re.compile(r"的(?:重点|重大|新增)?(?:项目|政策|资金|支出)$")
_INCLUDES = re.compile(
    r"包括(?P<names>[^，,。；;]{2,160}?)(?P<count>\d+)\s*(?:个|项)(?P<noun>[\u4e00-\u9fff]{0,8}?)(?:项目|政策|资金)"
)
_QUOTED_RUN = re.compile(r"(?:“[^”]{2,80}”\s*(?:[、和及与,，]\s*)?){2,}")
_QUOTED = re.compile(r"“([^”]{2,80})”")
_OWN_PREFIX = re.compile(rf"^{SELF_REFERENCE}{OWNING_VERBS}的")
# `蘇州市交通局的政府購買公交服務項目`: the department, 的, the project.
_OF_DEPARTMENT = re.compile(r"^(?P<department>[\u4e00-\u9fff()]{2,30}?" + ORGAN_SUFFIX + r")的(?P<name>.{4,})$")
# `教育局义务教育…项目`: a department's name printed right before its project's.
_GLUED_DEPARTMENT = re.compile(
    r"^(?P<department>[\u4e00-\u9fff]{1,10}?" + BUREAU_SUFFIX + r")(?P<name>[\u4e00-\u9fff].{5,})$"
)
_OWNED = re.compile(r"^(?P<department>[\u4e00-\u9fff()]{2,30}?)" + OWNING_VERBS + r"的(?P<name>.+)$")
# `县人民医院“医疗设备购置项目”`: an organisation, then its project's name in quotes.
_QUOTED_AFTER_ORGANISATION = re.compile(
    r"^(?P<department>[\u4e00-\u9fff()]{2,30}?" + alternation(ORGANISATION_SUFFIXES) + r")“(?P<name>[^“”]{2,80})”$"
)
_NAME_END = re.compile(f"(?:{PROJECT_NAME_END})$")
_NUMBER = r"\d+(?:\.\d+)?"
_SCORE_LIST = re.compile(
    rf"(?:得分|分数|得)?分?别(?:为|以)(?P<values>{_NUMBER}\s*分(?:\s*[、,，和及]\s*{_NUMBER}\s*分)+)"
)
# a grade in a list, with its score in brackets after it or not (`分别为“良”（86.5分）和“优”（91.2分）`)
_GRADE_ITEM = rf"{OPEN_QUOTE}?(?:{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?(?:\s*\(\s*{_NUMBER}\s*分\s*\))?"
_GRADE_LIST = re.compile(
    rf"(?:评价结果|评价结论|评价等级|评价等次|等级|等次|结果|结论)(?:分别)?(?:为|是)?分?别为(?P<values>{_GRADE_ITEM}"
    # items apart, or quoted back to back (`“良好”“一般”`)
    rf"(?:\s*[、,，和及]\s*{_GRADE_ITEM}|(?<={CLOSE_QUOTE}){OPEN_QUOTE}(?:{GRADE_WITH_GLOSS}){CLOSE_QUOTE})+)"
)
_GRADE_OF = re.compile(
    rf"(?:的)?(?:绩效)?(?:评价|自评|考评)?(?:结果|等级|等次|档次)(?:均?为|是|:)?\s*{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?"
    # not a score (`良好80分`) nor a count of a grade (`为A的城市13个`)
    rf"(?![\u4e00-\u9fff]{{0,2}}(?:分|%))(?!{CLOSE_QUOTE}?的?[\u4e00-\u9fff]{{0,4}}\d+\s*[个项家])"
)
_SCORE_OF = re.compile(
    rf"(?:的)?(?:绩效)?(?:评价|自评|综合)?得分(?:为)?\s*(?P<score>{_NUMBER})\s*分(?!以上|以下|及以上|至|-)"
)
# `市生态环境局评价为优秀`, `4个项目评为优秀`: a verb that grades, the grade ending its clause (not `评为中国…`).
_GRADED_AS = re.compile(
    rf"(?:评价|评定|评)为\s*{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?(?=\s*(?:[,，;；。、)）]|$))"
)
_PARALLEL_GRADE = re.compile(
    rf"^(?P<subject>[\u4e00-\u9fff()（）]{{2,40}}?)为\s*{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?\s*[。]?$"
)
_ALL_GRADE = re.compile(rf"(?:结果|等级|等次|档次)均为\s*{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?")
_GRADE_GROUP = re.compile(
    rf"(?:等级|等次|结果)为\s*{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?的[\u4e00-\u9fff]{{0,4}}?(?P<count>\d+)\s*个"
)
_GRADED_LIST = re.compile(
    rf"(?:评价结果|评价等级|等级|结果)?为{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?的"
    r"(?:(?P<count>\d+)\s*[个项])?(?:项目|政策|资金)"
    # the names after a colon, or quoted right after the verb (`评价为“一般”的2个项目为“A”和“B”`)
    r"(?:(?:是|有|包括|为)?\s*:\s*(?P<names>[^;。]+)|(?:是|为|包括)\s*(?P<quoted>(?:“[^”]{2,80}”\s*[、和及与]?\s*)+))"
)
_UNIT_NAME = re.compile(r"[\u4e00-\u9fff()（）]{2,30}?" + DEPARTMENT_SUFFIX)
_GRADED_PLACE_NAME = re.compile(GRADED_PLACE)
_LEADING_UNITS = re.compile(r"^(?P<names>[^,，;；:：]+?)(?:部门|单位)?(?:\(单位\))?整体")
_UNIT_SUBJECT = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff()（）]{2,30}?" + DEPARTMENT_SUFFIX + r")(?:\d{4}年度?)?(?:部门|单位)?整体"
)


@dataclass(slots=True)
class _Object:
    name: str
    batch: str
    source: Source
    seq: int | None = None
    score: Decimal | None = None
    grade_raw: str | None = None
    unit: bool = False
    department: str | None = None  # `对县农业农村局主管的《…政策》开展…`
    key: str | None = None  # what makes it one result: a place graded on two items is two results
    counted: bool = False  # one of a list the text counts: evaluated, with or without a result of its own
    rule: Rule = OBJECTS  # the rule that introduced it
    result_rule: Rule | None = None  # the one that gave it its result, where another
    # (sentence, cue, value) of each result it was given: the sentences its results were read from
    taken: list[tuple[str, str, object]] = field(default_factory=list)


@dataclass(slots=True)
class ProseResults:
    projects: list[ProjectEvaluation] = field(default_factory=list)
    units: list[UnitEvaluation] = field(default_factory=list)
    # (sentence, cue, value) of every result given to an object: what the readers took from prose
    taken: list[tuple[str, str, object]] = field(default_factory=list)
    # normalised name → the grade prose gives an object a table or a list already named (its score in a table,
    # its grade in a list of the places that got it)
    known_grades: dict[str, str] = field(default_factory=dict)


_GENERIC = GENERIC_OBJECTS
_ASPECT = ASPECTS


def _name_like(name: str) -> bool:
    return (
        2 <= len(name) <= 80
        and not name.endswith(("的", "等项目", "等"))  # `民生、农业、交通、水利、企业等项目`: kinds, not names
        and not re.fullmatch(r"[\d\s.年度月日]+", name)
        and not _GENERIC.match(name)
        and not POINTING_BACK.match(name)
        and not DESCRIPTIONS.search(name)
        and not _ASPECT.search(name)
        and not re.search(r"\d+\s*[个项家](?:[\u4e00-\u9fff]{0,6})(?:项目|部门|单位|政策)", name)
    )


_SUBORDINATE = re.compile(r"^(?P<parent>.+?)(?:下属|所属)(?:的)?(?:事业单位|二级单位)?(?P<unit>.{2,})$")


def _named(text: str) -> tuple[str, str | None]:
    """(name, department) of one introduced object: `县农业农村局主管的《X政策》` → (X政策, 县农业农村局);
    `区卫生健康局下属区妇幼保健院` → (区妇幼保健院, 区卫生健康局)."""
    subordinate = _SUBORDINATE.match(text)
    if subordinate:
        return clean_name(subordinate["unit"]), clean_name(subordinate["parent"])
    owned = _OWNED.match(text) or _OF_DEPARTMENT.match(text) or _QUOTED_AFTER_ORGANISATION.match(text)
    department = owned["department"] if owned else None
    name = owned["name"] if owned else text
    glued = None if owned else _GLUED_DEPARTMENT.match(text)
    if glued and _NAME_END.search(glued["name"]):  # `教育局义务教育薄弱环节改善与能力提升项目`
        department, name = glued["department"], glued["name"]
    return clean_name(name), department  # (a name wholly in 《》 loses them: `《X政策》` → X政策)


def _object_names(text: str, count: int | None, partial: bool = False) -> list[str]:
    """The names of an enumeration of `count` objects; `partial` (`…等20个`, `…共20个`): the text may name only some
    of them (two at least)."""
    text = _OWN_PREFIX.sub("", text.strip())
    if _DESCRIBED.search(text):
        return []  # `覆盖面广、影响力大…实施期长的项目`: what kind of projects, not which
    names = [clean_name(name) for name in split_enumeration(text, count)]
    if len(names) > 1:  # a year before a list dates all of it (`对2019年禁毒工作专项经费、…`)
        names[0] = strip_year(names[0])
    names = [name for name in names if name]
    if count is not None and len(names) != count and not (partial and 2 <= len(names) < count):
        return []
    if len(names) == 1 and (not _NAME_END.search(names[0]) or len(names[0]) < 4):
        return []  # `对2021年市级预算执行的8个项目…`: a qualifier, not a name
    return names if all(_name_like(name) for name in names) else []


def _sentence_batch(sentence: str, following: Sequence[str], fallback: str) -> str:
    for text in (sentence, *following):
        named = classify(text).batch
        if named and named != "total":
            return named
    return fallback


_MODAL = MODAL_VERBS


def _introduced(text: str) -> list[tuple[list[str], bool, Rule]]:
    """Names of the objects a sentence introduces, each list with whether they are whole units (departments) and
    the rule that found them."""
    found: list[tuple[list[str], bool, Rule]] = []
    for pattern, made in ((_OBJECTS, OBJECTS), (_INCLUDES, INCLUDED)):
        for match in pattern.finditer(text):
            if _MODAL.search(match.group()):
                continue  # a rule or an intention (`对…项目须进行绩效评估`), not an evaluation done
            if classify(match.group()).batch in NOT_BATCHES:
                continue  # assessed before funding or its targets reviewed (`对新增重大项目开展事前绩效评估`)
            count = int(match["count"]) if match["count"] else None
            # a partial list (`A、B等20个项目`) only of what is evaluated, never of indicators or aspects
            partial = bool(match.groupdict().get("partial")) and bool(match.groupdict().get("object"))
            names = _object_names(match["names"], count, partial)
            if names:
                unit = "整体" in text[match.start() : match.end() + 12] and not any(_NAME_END.search(n) for n in names)
                found.append((names, unit, made))
    announced = _ANNOUNCED_OBJECTS.search(text)
    if announced and not found:
        # items set apart by commas may hold 、 in a name (`…的农业一、二、三产业融合发展资金`)
        for separators in (",，;；", "、,，;；"):
            items = split_top_level(announced["names"].rstrip("。"), separators)
            if items and re.search(r"[和及]", items[-1]):
                last = re.split(r"和|及", items[-1], maxsplit=1)
                items = items[:-1] + [piece for piece in last if piece]
            names = [clean_name(item) for item in items]
            if len(names) == int(announced["count"]) and all(_name_like(_named(name)[0]) for name in names):
                found.append((names, False, OBJECTS))
                break
    run = _QUOTED_RUN.search(text)
    if run and not found and re.search(r"评价|考评", text):
        names = [clean_name(name) for name in _QUOTED.findall(run.group())]
        if not all(is_grade_word(name) for name in names):  # `“良好”“一般”` are grades, not names
            found.append((names, False, QUOTED_NAMES))
    return found


def _similar(short: str, full: str) -> bool:
    """A shortened name (`社区公厕改造建设`) stands for a full one (`20座社区公厕改造建设经费`)."""
    a, b = normalize_name(short), normalize_name(full)
    if a in b or b in a:
        return True
    longest = 0
    for start in range(len(a)):
        for end in range(start + longest + 1, len(a) + 1):
            if a[start:end] in b:
                longest = end - start
            else:
                break
    return longest >= 4 and longest >= 0.5 * min(len(a), len(b))


def _zip_values(text: str) -> tuple[list[Decimal], list[str], int, list[tuple[int, int]]]:
    """Scores and grades listed with 分别为, where the first such list starts, and the lists' spans."""
    scores: list[Decimal] = []
    grades: list[str] = []
    start = len(text)
    spans: list[tuple[int, int]] = []
    score_list = _SCORE_LIST.search(text)
    if score_list:
        scores = [Decimal(value) for value in re.findall(_NUMBER, score_list["values"])]
        start = min(start, score_list.start())
        spans.append(score_list.span())
    grade_list = _GRADE_LIST.search(text)
    if grade_list:
        items = [
            value
            for value in re.split(rf"[、,，和及]|(?<={CLOSE_QUOTE}|\))(?={OPEN_QUOTE})", grade_list["values"])
            if value.strip()
        ]
        bracketed = [re.search(rf"\(\s*({_NUMBER})\s*分\s*\)$", item.strip()) for item in items]
        grades = [
            clean_grade_word(item[: found.start()] if found else item)
            for item, found in zip(items, bracketed, strict=True)
        ]
        if not scores and bracketed and all(bracketed):
            scores = [Decimal(found[1]) for found in bracketed if found]
        start = min(start, grade_list.start())
        spans.append(grade_list.span())
    return scores, grades, start, spans


# After `评价结果：` each clause names its objects and their grade (`区卫生健康局为“优秀”,区交通运输局、区城市管理局为
# “良好”`): the result words are said once, before the list.
_RESULTS_CUE = re.compile(r"(?:评价|考核|考评|复核)?(?:结果|等级|等次)\s*:")
_NAMED_WITH_GRADE = re.compile(
    rf"^(?P<subject>[^:为]{{2,80}}?)(?:为|是)\s*{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?[。.]?$"
)


def _after_last_colon(text: str) -> str:
    """What follows the last colon outside brackets (`…涉及资金4,260万元:X工程(主管部门:县教育局)` → the name with its
    bracketed department)."""
    depth, cut = 0, 0
    for index, char in enumerate(text):
        if char in "(（":
            depth += 1
        elif char in ")）":
            depth = max(0, depth - 1)
        elif char in ":：" and depth == 0:
            cut = index + 1
    return text[cut:]


def _subject_results(text: str) -> list[tuple[str, Decimal | None, str | None]]:
    """(subject, score, grade) for each clause that grades something it names before the result words."""
    results: list[tuple[str, Decimal | None, str | None]] = []
    carried = ""  # `X政策评价得分76分，等级为中`: the second clause grades the first one's subject
    for part in re.split(r"[;；]", text):
        carried = ""
        listed = False  # after `评价结果：`
        graded_before = False  # the clause before graded its subject with a cue word
        opened = len(results)  # the results this part (up to a semicolon) states
        for clause in re.split(r"[,，]", part):
            cue = _RESULTS_CUE.search(clause)
            if cue:
                listed, clause = True, clause[cue.end() :]
            shared = _ALL_GRADE.search(clause)
            alone = re.fullmatch(r"\s*(?:评价|绩效|自评|考评)?", clause[: shared.start()]) if shared else None
            if shared and alone and len(results) > opened:
                # `区民政局得分88.1分，区农业农村局得分85.7分，评价结果均为良好`: a grade with no subject of its own
                # closes the scores listed before it in the same part, for the objects not graded on their own
                grade_word = clean_grade_word(shared["grade"])
                graded = {name for name, _, grade in results[opened:] if grade}
                results[opened:] = [
                    (name, score, grade or (None if name in graded else grade_word))
                    for name, score, grade in results[opened:]
                ]
                carried = ""
                continue
            named = _NAMED_WITH_GRADE.match(clause.strip()) if listed else None
            if named:
                results.append((named["subject"].strip(), None, clean_grade_word(named["grade"])))
                continue
            grade = _GRADE_OF.search(clause) or _GRADED_AS.search(clause)
            if grade is None and graded_before:
                # `县交通运输局评价结果为“优秀”，县市场监督管理局为“良好”`: a clause parallel to a graded one
                grade = _PARALLEL_GRADE.match(clause.strip())
            score = _SCORE_OF.search(clause)
            if score and SURVEYS.search(clause[: score.start()]):
                score = None  # `用户满意度调查得分为91.3分`: a survey's score, not the evaluation's
            found = [match for match in (grade, score) if match]
            if not found:
                carried, graded_before = "", False
                continue
            graded_before = grade is not None
            if grade is not None and grade.re is _PARALLEL_GRADE:
                subject = grade["subject"]
            else:
                subject = _after_last_colon(clause[: min(match.start() for match in found)])
            subject = re.sub(r"^(?:从评价结果看|其中|经评价|评价结果显示|总体来看)", "", subject).strip() or carried
            carried = subject
            results.append(
                (
                    subject,
                    Decimal(score["score"]) if score else None,
                    clean_grade_word(grade["grade"]) if grade else None,
                )
            )
    return results


def _give(
    target: _Object,
    score: Decimal | None,
    grade: str | None,
    made: Rule | None = None,
    sentence: Sentence | None = None,
) -> None:
    given = score is not None or (grade and is_grade_word(grade) and not target.grade_raw)
    if sentence is not None:
        if score is not None:
            target.taken.append((sentence.text, "score", score))
        # a second, different grade for a graded object is not its (the round's, another object's): left unread
        if grade and is_grade_word(grade) and (not target.grade_raw or grade_key(target.grade_raw) == grade_key(grade)):
            target.taken.append((sentence.text, "grade", fold(grade)))
    target.score = target.score if score is None else score
    if grade and is_grade_word(grade):
        target.grade_raw = target.grade_raw or grade
    if given and made is not None and made is not target.rule:
        target.result_rule = made


def _grade_group_objects(parts: Sequence[Section], batch_of: dict[int, str]) -> list[_Object]:
    """`绩效评价等级为A的城市13个。` followed by a paragraph that lists exactly 13 names."""
    objects: list[_Object] = []
    for position, part in enumerate(parts[:-1]):
        if part.is_heading or is_table(part.block):
            continue
        group = _GRADE_GROUP.search(fold(part.block.text))
        following = parts[position + 1]
        if not group or following.is_heading or is_table(following.block):
            continue
        listed = fold(following.block.text.strip()).rstrip("。")
        names = [clean_name(name) for name in split_top_level(listed, "、,，")]
        # (names hold no figures: `(二)政策评价4个,评价结果为优秀1个、良好3个。` is the next statement, not a list)
        if len(names) != int(group["count"]) or not all(
            1 < len(name) <= 12 and not re.search(r"\d", name) for name in names
        ):
            continue
        batch = batch_of.get(part.index, "other")
        source = Source(page=following.block.page_at(0), text=following.block.text.strip())
        objects += [
            _Object(name, batch, source, grade_raw=clean_grade_word(group["grade"]), rule=GRADE_GROUP) for name in names
        ]
    return objects


_PLACES = rf"(?P<names>{PLACE_NAME}(?:、{PLACE_NAME})*(?:[和及与]{PLACE_NAME})?)"
# `石泉县、镇巴县、…和佛坪县13个县得分在90.5分以上`: places named, then counted.
_PLACES_COUNTED = re.compile(rf"(?:^|(?<=[,，;；:：。]))(?:其中)?{_PLACES}(?:等)?(?P<count>\d+)个{PLACE_NOUN}")
# `这14个县分别是:` then the places, in the same sentence or the next paragraph.
_PLACES_ANNOUNCED = re.compile(rf"(?P<count>\d+)个{PLACE_NOUN}(?:分别|依次)?(?:是|为|包括|有)\s*[:：]\s*(?P<rest>.*)$")
# The grade the announced places got, stated before their count: `获评A级的12个县（市、区）是：…`.
_GRADE_OF_ANNOUNCED = re.compile(
    rf"(?:获评|评为|等级为|等次为|结果为)\s*{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?的$"
)
# `优秀等次（4个）：城关街道、芃溪镇、东岭镇、南渡镇。`, `一、评价结果为“优秀”的乡镇(4个):石泷镇(94.6分)、…`: a grade,
# how many got it, and the places that did.
_GRADE_HEADED_PLACES = re.compile(
    rf"^(?:{OUTLINE_MARK})?(?:(?:评价|考核|考评)?(?:结果|等级|等次)为)?{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?"
    rf"(?:等次|等级|档次)?(?:的{GRADED_OBJECTS})?\s*[(（]"
    rf"(?P<count>\d+|{CHINESE_COUNT})\s*个[)）]\s*[:：]"
    r"(?P<rest>[^。]+)。?$"
)
_SCORED_PLACE = re.compile(rf"(?P<name>{GRADED_PLACE})(?:\((?P<score>\d{{1,3}}(?:\.\d+)?)分\))?")
# `钟祥市、沙洋县获美丽乡村建设优秀等次`: places awarded a grade on an item.
_PLACES_AWARDED = re.compile(
    rf"(?:^|(?<=[,，;；:：。]))(?:其中)?{_PLACES}(?:分别)?获(?:得|评)?(?P<item>[^,，;；。]{{0,30}}?)"
    rf"{OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?(?:等次|等级|档次)"
)


def _places(text: str, count: int | None) -> list[str]:
    names = [clean_name(name) for name in split_enumeration(text.strip().rstrip("。"), count)]
    if count is not None and len(names) != count:
        return []
    return names if names and all(re.fullmatch(PLACE_NAME, name) for name in names) else []


# `得分分别为:A项目86.5分、B项目84分…`, `项目得分:A资金93分,B工程91.5分`: names, each with its score.
_SCORE_LIST_CUE = re.compile(r"得分(?:分别|依次)?(?:为|是)?\s*[:：]")
_NAMED_SCORE = re.compile(r"^(?P<name>[\u4e00-\u9fff“”\"()（）《》\w]{4,60}?)\s*(?P<score>\d{1,3}(?:\.\d+)?)\s*分$")


def _scored_name_lists(parts: Sequence[Section], batch_of: dict[int, str]) -> list[_Object]:
    """Objects named in a list of names with their scores after `得分（分别）为：` (two or more, every item a name
    that ends as a project's does, followed by its score)."""
    objects: list[_Object] = []
    for part in parts:
        if is_table(part.block):
            continue
        for sentence in sentences(part.block, part.index):
            text = fold(sentence.text)
            cue = _SCORE_LIST_CUE.search(text)
            if not cue:
                continue
            items = [item.strip() for item in re.split(r"[、,，;；]", text[cue.end() :].rstrip("。. "))]
            found = [_NAMED_SCORE.match(item) for item in items if item]
            if len(found) < 2 or not all(match and _NAME_END.search(match["name"]) for match in found):
                continue
            named = classify(text[: cue.start()]).batch  # (`重点评价项目得分:…`: the words before the list)
            batch = contract_batch_type(named if named and named != "total" else batch_of.get(part.index, "other"))
            for match in found:
                made = _Object(clean_name(match["name"]), batch, sentence.source(), rule=SCORES_BY_NAME)  # type: ignore[index]
                _give(made, Decimal(match["score"]), None, sentence=sentence)  # type: ignore[index]
                objects.append(made)
    return objects


def _place_objects(parts: Sequence[Section], batch_of: dict[int, str]) -> list[_Object]:
    """Counties or cities a grading of lower governments names: counted after their list, announced by a count
    (`这14个县分别是:`), or awarded a grade on an item (each place and item one result)."""
    objects: list[_Object] = []
    texts = [
        (position, part) for position, part in enumerate(parts) if not part.is_heading and not is_table(part.block)
    ]
    batch = "other"  # a grading of lower governments (conventions: `other`), whatever the section's batch
    for number, (_, part) in enumerate(texts):
        for sentence in sentences(part.block, part.index):
            text = fold(sentence.text)
            plan = PLAN_WORDS.search(text)
            text = text[: plan.start()] if plan else text
            for match in _PLACES_COUNTED.finditer(text):
                names = _places(match["names"], int(match["count"]))
                objects += [_Object(name, batch, sentence.source(), counted=True, rule=PLACES_NAMED) for name in names]
            for match in _PLACES_AWARDED.finditer(text):
                grade = clean_grade_word(match["grade"])
                for name in _places(match["names"], None):
                    key = f"{name}:{match['item']}"
                    made = _Object(name, batch, sentence.source(), grade_raw=grade, key=key, rule=PLACES_AWARDED)
                    objects.append(made)
            headed = _GRADE_HEADED_PLACES.match(text.strip())
            if headed:
                size = count_value(headed["count"])
                items = [clean_name(name) for name in split_enumeration(headed["rest"].strip(), size)]
                # (each place may carry its score: `A等(3个):城关街道(95.2分)、柘口镇(93.8分)、…`)
                places = [_SCORED_PLACE.fullmatch(item) for item in items]
                if len(items) == size and all(places):
                    grade = clean_grade_word(headed["grade"])
                    for place in places:
                        made = _Object(place["name"], batch, sentence.source(), counted=True, rule=PLACES_ANNOUNCED)  # type: ignore[index]
                        score = Decimal(place["score"]) if place["score"] else None  # type: ignore[index]
                        _give(made, score, grade, sentence=sentence)
                        objects.append(made)
                continue
            announced = _PLACES_ANNOUNCED.search(text)
            if not announced:
                continue
            listed = announced["rest"]
            source = sentence.source()
            if not listed.strip() and number + 1 < len(texts):
                # the list is the next paragraph, which a page may have broken into lines: up to its full stop
                following = [part.block for _, part in texts[number + 1 : number + 6]]
                pieces: list[str] = []
                for block in following:
                    pieces.append(fold(block.text.strip()))
                    if pieces[-1].endswith("。"):
                        break
                listed = "".join(pieces)
                source = Source(following[0].page_at(0), following[0].text.strip())
            names = _places(listed, int(announced["count"]))
            graded = _GRADE_OF_ANNOUNCED.search(text[: announced.start()])
            grade = clean_grade_word(graded["grade"]) if graded else None
            objects += [
                _Object(name, batch, source, grade_raw=grade, counted=True, rule=PLACES_ANNOUNCED) for name in names
            ]
    return objects


# `县教育局“学前教育发展专项资金”`: a project named in quotes after its department.
_DEPARTMENT_QUOTED = re.compile(
    r"(?P<department>[\u4e00-\u9fff]{2,20}?" + DEPARTMENT_SUFFIX + r")[“\"](?P<name>[^”\"]{2,60})[”\"]"
)
# A result in brackets right after a name: `（优，91.5分）`, `（92.0分）`, `(良)`.
_BRACKETED = re.compile(r"\s*[（(](?P<result>[^）)]{1,24})[）)]")
_RESULT_GRADE = re.compile(rf"(?:^|[，,、\s]){OPEN_QUOTE}?(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?(?=$|[，,、\s])")
_RESULT_SCORE = re.compile(r"(?P<score>\d{1,3}(?:\.\d+)?)\s*分")
# A grade stated after the items it is of: `抽评等级均为“优”`, `自评等级为“优”，抽评等级为“中”`.
_STATED_GRADE = re.compile(
    rf"(?P<who>[\u4e00-\u9fff]{{0,4}}?)(?:评价|评定)?(?:等级|结果|等次|档次)(?:均|都)?(?:为|是)\s*{OPEN_QUOTE}?"
    rf"(?P<grade>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?"
)
_BATCH_EVALUATORS = {"sampling": ("抽评", "抽查", "复核"), "key": ("重点", "财政"), "self": ("自评",)}


def _result_of_group(text: str, batch: str) -> str | None:
    """The grade a clause states of the items before it; of two (`自评等级为“优”，抽评等级为“中”`) the one of the
    batch the sentence reports (抽评 in a sampling's report), else the last."""
    found = list(_STATED_GRADE.finditer(text))
    if not found:
        return None
    own = [match for match in found if any(word in match["who"] for word in _BATCH_EVALUATORS.get(batch, ()))]
    return clean_grade_word((own or found)[-1]["grade"])


def _department_quoted_items(parts: Sequence[Section], batch_of: dict[int, str]) -> list[_Object]:
    """Projects named in quotes after their departments, with their results in brackets after each
    (`县教育局“学前教育发展专项资金”（优，90.8分）`) or stated once for a group of them after it
    (`县林业局“森林防火专项经费”、县卫生健康局“家庭医生签约服务经费”抽评等级均为“优”`)."""
    objects: list[_Object] = []
    for part in parts:
        if part.is_heading or is_table(part.block):
            continue
        carried = batch_of.get(part.index, "other")  # the batch the paragraph's sentences last named
        for sentence in sentences(part.block, part.index):
            text = fold(sentence.text)
            plan = PLAN_WORDS.search(text)
            text = text[: plan.start()] if plan else text
            carried = _sentence_batch(text, [], carried)
            named = contract_batch_type(carried)
            items = list(_DEPARTMENT_QUOTED.finditer(text))
            group: list[_Object] = []
            for number, item in enumerate(items):
                made = _Object(clean_name(item["name"]), named, sentence.source(), rule=QUOTED_ITEMS)
                made.department = clean_name(item["department"])
                bracket = _BRACKETED.match(text, item.end())
                if bracket:
                    grade = _RESULT_GRADE.search(bracket["result"])
                    score = _RESULT_SCORE.search(bracket["result"])
                    _give(
                        made,
                        Decimal(score["score"]) if score else None,
                        grade["grade"] if grade else None,
                        sentence=sentence,
                    )
                    objects.append(made)
                    continue
                group.append(made)
                following = items[number + 1].start() if number + 1 < len(items) else len(text)
                between = text[item.end() : following]
                if not re.fullmatch(r"\s*[、和及与]\s*", between):  # the group ends: its result follows
                    grade = _result_of_group(re.split(r"[;；。]", between)[0], named)
                    if grade:
                        for member in group:
                            _give(member, None, grade, sentence=sentence)
                        objects += group
                    group = []
    return objects


def find_prose_results(
    parts: Sequence[Section],
    batch_of: dict[int, str],
    known: set[str],
    own_department: str | None = None,
) -> ProseResults:
    """Projects and unit evaluations named in prose. `known` holds the normalised names of projects found in
    tables and lists (not found again); `own_department` is the department that publishes its own results."""
    objects: list[_Object] = (
        _grade_group_objects(parts, batch_of)
        + _place_objects(parts, batch_of)
        + [item for item in _scored_name_lists(parts, batch_of) if not _is_known(item.name, known)]
        + [item for item in _department_quoted_items(parts, batch_of) if not _is_known(item.name, known)]
    )
    units: list[_Object] = []
    section_objects: list[_Object] = []
    headings: tuple[str | None, str | None] = (None, None)
    for part in parts:
        if part.is_heading or is_table(part.block):
            continue
        if (part.heading1, part.heading2) != headings:
            headings, section_objects = (part.heading1, part.heading2), []
        found = list(sentences(part.block, part.index))
        texts = [fold(sentence.text) for sentence in found]
        for number, (sentence, text) in enumerate(zip(found, texts, strict=True)):
            plan = PLAN_WORDS.search(text)
            stated = text[: plan.start()] if plan else text  # what the sentence states as done
            # A sentence that names no batch is of the one the sentences before it in the paragraph named, over the
            # ones after it (`其中，X得分93.2分…`; `选取14个项目开展财政重点绩效评价…。“A”“B”4个项目评价为优秀；…`)
            before = list(reversed(texts[:number]))
            batch = contract_batch_type(
                _sentence_batch(text, [*before, *texts[number + 1 :]], batch_of.get(part.index, "other"))
            )
            latest: list[_Object] = []
            if stated:
                for names, unit, introduced_by in _introduced(stated):
                    made = []
                    for name_text in names:
                        name, department = _named(name_text)
                        made.append(
                            _Object(
                                name, batch, _source(sentence), unit=unit, department=department, rule=introduced_by
                            )
                        )
                    (
                        units
                        if unit or (batch == "department_overall" and not any(_NAME_END.search(n) for n in names))
                        else objects
                    ).extend(made)
                    latest = made
            if latest:
                section_objects = latest
            # Results in another section reach the objects by name, or the document's one object when no table or
            # list names projects (a report on one project: introduced at the top, graded under 评价结论).
            candidates = section_objects or ([] if known else objects)
            listed = _graded_lists(stated, batch, sentence)
            # (a project named in a sentence that also grades a department as a whole is of the section's batch)
            project_batch = batch if batch != "department_overall" else batch_of.get(part.index, "other")
            named_here = _associate(text, candidates, units, batch, sentence, contract_batch_type(project_batch))
            units.extend(item for item in listed if item.unit)
            objects.extend([item for item in listed if not item.unit] + named_here)
    # Where some objects have results, one without any is what the evaluation was about (a fund graded through
    # its cities), not one of the results.
    graded = any(item.grade_raw or item.score is not None for item in objects)
    projects = [
        ProjectEvaluation(
            batch_type=item.batch,
            seq=None,
            project_name=item.name,
            department_raw=item.department or own_department,
            department=normalize_name(item.department or own_department) if item.department or own_department else None,
            grade=normalize_grade(item.grade_raw) if item.grade_raw and is_grade_word(item.grade_raw) else None,
            grade_raw=item.grade_raw,
            score=item.score,
            amount=None,
            source=item.source,
            rule=_rule_name(item),
        )
        for item in _unique(objects)
        if not _is_known(item.name, known) and (item.grade_raw or item.score is not None or item.counted or not graded)
    ]
    unit_rows = [
        UnitEvaluation(
            batch_type="department_overall",
            unit_name=item.name,
            parent_department=item.department,
            grade=normalize_grade(item.grade_raw) if item.grade_raw and is_grade_word(item.grade_raw) else None,
            grade_raw=item.grade_raw,
            score=item.score,
            amount=None,
            source=item.source,
            rule=_rule_name(item),
        )
        for item in _unique(units)
        if item.grade_raw or item.score is not None
    ]
    taken = [entry for item in [*objects, *units] for entry in item.taken]
    known_grades = {
        normalize_name(item.name): item.grade_raw
        for item in _unique(objects)
        if item.grade_raw and normalize_name(item.name) in known
    }
    return ProseResults(projects, unit_rows, taken, known_grades)


def with_grades_stated_in_prose(
    projects: Sequence[ProjectEvaluation], grades: dict[str, str]
) -> list[ProjectEvaluation]:
    """Table rows with no grade of their own whose object the prose grades by name (a ranking table of scores, the
    grades in lists of the places that got them): one row, the grade added; the rows changed carry the rule."""
    result = []
    for project in projects:
        grade = None if project.grade_raw else grades.get(normalize_name(project.project_name))
        result.append(
            replace(
                project,
                grade_raw=grade,
                grade=normalize_grade(grade) if is_grade_word(grade) else None,
                rule=f"{project.rule}+{GRADE_IN_PROSE.name}",
            )
            if grade
            else project
        )
    return result


def _rule_name(item: _Object) -> str:
    """The rules that made a row: the one that named the object and the one that gave it its result."""
    return item.rule.name + (f"+{item.result_rule.name}" if item.result_rule else "")


def _is_known(name: str, known: set[str]) -> bool:
    """A name a table or list already gave, also when one of the two is the other without its region's prefix
    (`县城区供水管网改造提升工程` in prose, `蘅溪县城区供水管网改造提升工程` in the table)."""
    key = normalize_name(name)
    return key in known or any(
        len(key) >= 6 and len(other) >= 6 and (other.endswith(key) or key.endswith(other)) for other in known
    )


def _source(sentence: Sentence) -> Source:
    return sentence.source()


def _unique(objects: Sequence[_Object]) -> list[_Object]:
    seen: set[str] = set()
    kept: list[_Object] = []
    first: dict[str, _Object] = {}
    for item in objects:
        key = item.key or normalize_name(item.name)
        if key not in seen:
            seen.add(key)
            kept.append(item)
            first[key] = item
        else:  # the same object again (a text printed twice): what the repeat was given counts too
            _give(first[key], item.score, item.grade_raw)
    return kept


def _graded_lists(text: str, batch: str, sentence: Sentence) -> list[_Object]:
    """`评价结果为优秀的项目是：A、B、C和D；评价结果为良好的项目是：…`: each listed name has that grade."""
    made: list[_Object] = []
    for match in _GRADED_LIST.finditer(text):
        names = _QUOTED.findall(match["quoted"]) if match["quoted"] else split_top_level(match["names"], "、,，")
        if not match["quoted"] and names and re.search(r"[和及]", names[-1]):
            last = re.split(r"[和及]", names[-1], maxsplit=1)
            if len(last) == 2 and all(len(piece) >= 4 for piece in last):
                names = names[:-1] + last
        names = [clean_name(name) for name in names]
        counted = match["count"] is None or len(names) == int(match["count"])
        if names and counted and all(_name_like(name) for name in names):
            grade = clean_grade_word(match["grade"])
            made += [_Object(name, batch, sentence.source(), grade_raw=grade, rule=GRADED_LIST) for name in names]
    for match in NAMES_UNDER_A_GRADE.finditer(text):
        # `优秀的有县农业农村局、县水利局2个部门`: names as many as the count; departments and units graded as a whole
        names = [clean_name(name) for name in split_enumeration(match["names"], count_value(match["count"]))]
        if len(names) != count_value(match["count"]) or not all(_name_like(name) for name in names):
            continue
        unit = match["noun"] in ("部门", "单位")
        place = not unit and all(re.fullmatch(PLACE_NAME, name) for name in names)
        if not (unit or place or all(_NAME_END.search(name) for name in names)):
            continue
        kind = "department_overall" if unit else "other" if place else batch
        grade = clean_grade_word(match["raw"])
        made += [
            _Object(name, kind, sentence.source(), grade_raw=grade, unit=unit, counted=True, rule=GRADED_LIST)
            for name in names
        ]
    return made


def _named_before(text: str, objects: Sequence[_Object]) -> list[_Object]:
    """The known objects the words before a zipped list name (`其中石泉县、镇巴县分别以94.1分和94分`), in order."""
    clause = re.split(r"[,，;；:：]", text)[-1]
    found: dict[str, tuple[int, _Object]] = {}
    for item in objects:  # a page that prints its text twice introduced each object twice: the latest
        if len(item.name) >= 2 and item.name in clause:
            found[item.name] = (clause.find(item.name), item)
    return [item for _, item in sorted(found.values(), key=lambda pair: pair[0])]


_QUOTED_WHOLE = re.compile(rf"^{OPEN_QUOTE}([^“”\"'‘’]{{2,80}}){CLOSE_QUOTE}$")


def _associate(
    text: str, objects: list[_Object], units: list[_Object], batch: str, sentence: Sentence, project_batch: str
) -> list[_Object]:
    """Give the results a sentence states to the objects it means; returns objects it names for the first time
    with their results (`同步对2项政策开展事后绩效评价：X政策评价得分83.5分，等级为良好；…`)."""
    created: list[_Object] = []
    scores, grades, zip_start, spans = _zip_values(text)
    if scores or grades:
        size = len(scores or grades)
        if (not scores or len(scores) == size) and (not grades or len(grades) == size):
            named_before = _named_before(text[:zip_start], objects)
            targets = named_before if len(named_before) == size else objects[-size:] if len(objects) >= size else []
            if not targets:
                own = _object_names(text[:zip_start].split("对")[-1], size) if "对" in text[:zip_start] else []
                targets = [_Object(name, batch, sentence.source(), rule=ZIPPED) for name in own]
                if targets and batch == "department_overall":
                    units.extend(targets)
            if not targets:
                # `A局、B局部门整体支出绩效评价得分分别为…`: the units the clause begins with, each graded in turn
                leading = _LEADING_UNITS.match(re.split(r"[,，;；:：]", text[:zip_start])[-1])
                names = split_top_level(leading["names"], "、") if leading else []
                if len(names) == size and all(_UNIT_NAME.fullmatch(clean_name(name)) for name in names):
                    targets = [
                        _Object(clean_name(name), "department_overall", sentence.source(), unit=True, rule=ZIPPED)
                        for name in names
                    ]
                    units.extend(targets)
            for index, target in enumerate(targets):
                _give(target, scores[index] if scores else None, grades[index] if grades else None, ZIPPED, sentence)
            if targets:
                # The names before the lists and the lists themselves are used; the clauses after them may
                # grade by name (`…分别为93.4分、91分、81.5分,社区公厕改造项目…评价结果为优秀`).
                end = max(span_end for _, span_end in spans)
                text = " " * end + text[end:]
    everyone = _ALL_GRADE.search(text)
    if everyone and objects:
        for target in objects:
            _give(target, None, clean_grade_word(everyone["grade"]), COLLECTIVE, sentence)
        return created
    for subject, score, grade in _subject_results(text):
        # (a name quoted whole, `"X补贴"得分90.5分`, is the name without its quotes)
        names = (
            [_QUOTED_WHOLE.sub(r"\1", clean_name(name)) for name in split_top_level(subject, "、")] if subject else []
        )
        quoted = _QUOTED.findall(subject or "")
        if len(quoted) > 1 and _QUOTED_RUN.search(subject or ""):
            names = [clean_name(name) for name in quoted]  # `“A”“B”和“C”3个项目评价为优秀`: each quoted name
        matched = False
        for name in names:
            unit = _UNIT_SUBJECT.match(name)
            # (in a round of whole-department evaluations, a department named and scored is graded as a whole:
            # `区教育局得分92.3分，评价结果为优秀`)
            whole = batch == "department_overall" and _UNIT_NAME.fullmatch(name)
            if unit or whole:
                unit_name, parent = _named(unit["unit"] if unit else name)
                made = _Object(
                    unit_name, "department_overall", sentence.source(), unit=True, department=parent, rule=UNIT_BY_NAME
                )
                _give(made, score, grade, sentence=sentence)
                units.append(made)
                matched = True
                continue
            target = next((item for item in [*created, *objects] if _similar(name, item.name)), None)
            if target is not None:
                _give(target, score, grade, BY_NAME, sentence)
                matched = True
            elif (
                (len(names) == 1 or (grade and score is None))  # a grade given to a list names each object
                # (`X资金（市住房和城乡建设局）得分91.5分`: the name ends before its department in brackets; in a
                # grading of places, `上沅镇评价结果为“优秀”`, a place is the object)
                and all(
                    _name_like(each)
                    and (
                        _NAME_END.search(without_bracketed_department(each))
                        or (project_batch == "other" and _GRADED_PLACE_NAME.fullmatch(each))
                    )
                    for each in names
                )
                and not name.startswith(("该", "此", "本"))
            ):
                made = _Object(name, project_batch, sentence.source(), rule=BY_NAME)
                _give(made, score, grade, sentence=sentence)
                created.append(made)
                matched = True
        if (
            not matched and len(objects) == 1 and not re.search(r"[\u4e00-\u9fff]{2,}(?:项目|资金)", subject or "")
        ) or (not matched and len(objects) == 1 and names and _similar(names[-1], objects[0].name)):
            _give(objects[0], score, grade, ONLY_OBJECT, sentence)
    return created


# `共有1个项目批复了绩效目标…。其中：河湖水系闸坝工程运行维修经费46.00万元。`: the projects a count covers, itemised
# with their money; read only when the items are exactly as many as the count.
_ITEMISED = re.compile(r"(?P<count>\d+)个(?:项目|专项)[^。]{0,60}。?其中[:：](?P<items>[^。]{4,400})")
_ITEM = re.compile(r"^(?P<name>[\u4e00-\u9fff()“”\w]{4,60}?)(?P<amount>\d+(?:\.\d+)?(?:亿元|万元|元))$")


def find_itemised_projects(
    parts: Sequence[Section], batch_of: dict[int, str], own_department: str | None
) -> list[ProjectEvaluation]:
    """Projects itemised with their money after the count that covers them (a unit's self-evaluation summary)."""
    projects: list[ProjectEvaluation] = []
    for part in parts:
        if part.is_heading or is_table(part.block):
            continue
        text = re.sub(r"\s+", "", fold(part.block.text))
        for match in _ITEMISED.finditer(text):
            pieces = [piece for piece in re.split(r"[、;；,，]", match["items"]) if piece]
            items = [item for piece in pieces if (item := _ITEM.match(piece))]
            if len(items) != int(match["count"]) or len(items) != len(pieces):
                continue
            for item in items:
                name = clean_name(item["name"])
                if not _NAME_END.search(name):
                    break
                amounts = find_amounts(item["amount"])
                projects.append(
                    ProjectEvaluation(
                        batch_type=batch_of.get(part.index, "other"),
                        seq=None,
                        project_name=name,
                        department_raw=own_department,
                        department=normalize_name(own_department) if own_department else None,
                        grade=None,
                        grade_raw=None,
                        score=None,
                        amount=amounts[0][0] if amounts else None,
                        source=Source(page=part.block.page_at(0), text=match.group()),
                        rule=ITEMISED.name,
                    )
                )
    return projects
