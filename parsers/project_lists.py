"""Projects listed one by one, each a name with labelled fields (`主管部门：`, `评价结果：`, `评价得分：`, `金额：`).

- `项目N：name` items: the fields may share a line, wrap, or be cut by a page break; each project's text runs
  from its `项目N：` to the next one (or the end of the list), and each field from its label to the next label.
- Items of one paragraph each, numbered or not (Word's automatic numbering puts the number in the drawing only):
  `1.城市生活垃圾分类收运处置补助资金，主管部门：青山市综合行政执法局，评价等级：优。`
- A project per section: a heading that names it (`（一）城区生活垃圾分类处理及资源化利用项目`) and a paragraph
  under it that states its results (`该项目主管部门为…，评价得分88.5分，评价等级为“良好”`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from jixiao.parsers.amounts import find_amounts, parse_decimal
from jixiao.parsers.batches import classify
from jixiao.parsers.grades import clean_grade_word, is_grade_word, normalize_grade
from jixiao.parsers.ledger import Ledger
from jixiao.parsers.lexicon.columns import FIELD_LABELS
from jixiao.parsers.lexicon.exclusions import REPORT_PART_NAME
from jixiao.parsers.lexicon.grades import GRADE_WITH_GLOSS
from jixiao.parsers.lexicon.text import CLOSE_QUOTE, OPEN_QUOTE, fold
from jixiao.parsers.names import clean_name, normalize_name
from jixiao.parsers.records import Amount, ProjectEvaluation, Source
from jixiao.parsers.rules import Rule, rule
from jixiao.parsers.text import LEVEL1, LEVEL2, Section, is_table

NUMBERED_ITEMS = rule(
    "numbered_project_items",
    reads="list items over lines and pages",
    makes="project",
    why="`项目N：` items with labelled fields (主管部门：, 评价结果：) each describe one project",
    example="项目1：城市垃圾分类补助 主管部门：市执法局 评价结果：优",
)
PARAGRAPH_ITEMS = rule(
    "project_per_paragraph",
    reads="a paragraph",
    makes="project",
    why="a paragraph that is a name followed by labelled result fields describes one project",
    example="1.城市生活垃圾分类收运处置补助资金，主管部门：青山市综合行政执法局，评价等级：优。",
)
NAMED_PARAGRAPH = rule(
    "project_named_paragraph",
    reads="a numbered paragraph",
    makes="project",
    why="a numbered paragraph whose first sentence is a name and whose next ones state results describes it",
    example="（一）X项目。该项目由市Y局主管，预算资金Z万元，综合评分88.6分，等级“良好”。",
)
SECTION_PROJECT = rule(
    "project_per_section",
    reads="a heading and the paragraph under it",
    makes="project",
    why="a heading that names a project, with its results stated below, describes that project",
    example="（一）城区生活垃圾分类处理项目 / 该项目主管部门为…，评价得分88.5分，评价等级为“良好”",
)

_ITEM = re.compile(r"(?:^|(?<=[\n。；;：:]))[ \t]*项目\s*(\d+)\s*[：:]")
_MARKER = re.compile(
    r"^\s*(?:(?P<n>\d{1,3})\s*[.、．]|[（(](?P<p>\d{1,3})[）)]|[（(]?[一二三四五六七八九十]+[）)、])\s*"
)
_SCORE = re.compile(r"(\d+(?:\.\d+)?)\s*分?")
MAX_NAME = 60
# Results stated of the project a section is about: `主管部门为X`, `评价得分88.5分`, `评价等级为“良好”`.
_PROSE_DEPARTMENT = re.compile(
    r"(?:主管部门|主管单位|归口部门)(?:为|是)(?P<v>[^，,。；;]{2,30})"
    r"|由(?P<by>[^，,。；;]{2,30}?)(?:主管|负责实施|负责|牵头实施|牵头|组织实施)"
)
_PROSE_SCORE = re.compile(
    r"(?:评价|综合|自评|绩效)?(?:得分|评分)(?:为)?\s*(?P<v>\d+(?:\.\d+)?)\s*分(?!以上|以下|及以上)"
)
_PROSE_GRADE = re.compile(
    rf"(?:评价|绩效|自评)?(?:等级|等次|档次|结果)(?:为|是|:)?\s*{OPEN_QUOTE}?(?P<v>{GRADE_WITH_GLOSS}){CLOSE_QUOTE}?"
    rf"(?!{CLOSE_QUOTE}?[\u4e00-\u9fff])"  # (not a count of a grade: `评价等级为“优”的2个`)
)
_PROSE_AMOUNT = re.compile(f"(?:{FIELD_LABELS['amount']})(?:为)?")
# Where a numbered paragraph's name ends when no full stop ends it: at the comma before its first field stated in
# prose (`1.X项目，主管部门为Y，评价资金Z万元，评价得分91.5分，评价结果为“优”`).
_FIELD_CLAUSE = re.compile(
    r"[，,]\s*(?="
    + "|".join(re.sub(r"\(\?P<\w+>", "(?:", cue.pattern) for cue in (_PROSE_DEPARTMENT, _PROSE_SCORE, _PROSE_AMOUNT))
    + ")"
)
_NOT_A_PROJECT_HEADING = REPORT_PART_NAME


@cache
def _label_pattern() -> re.Pattern[str]:
    return re.compile("|".join(rf"(?P<{name}>(?:{words})\s*[：:])" for name, words in FIELD_LABELS.items()))


@dataclass(frozen=True, slots=True)
class _Piece:
    text: str
    block_index: int
    start: int  # offset in the block


def _fields(body: str) -> tuple[str, dict[str, str]]:
    """Split an item's text into its name and fields (labels read folded, values kept as printed): labelled fields
    (`主管部门：…`, also in brackets after the name: `X（主管部门：Y），…`), then results the rest states in prose
    (`预算资金1860.00万元，评价得分91.5分`)."""
    folded = fold(body)
    labels = list(_label_pattern().finditer(folded))
    name_end = labels[0].start() if labels else len(body)
    bracketed = folded[:name_end].rstrip().endswith("(")
    name = body[:name_end].rstrip()[:-1] if bracketed else body[:name_end]
    values: dict[str, str] = {}
    last_end = name_end
    for label, following in zip(labels, labels[1:] + [None], strict=False):
        kind = label.lastgroup or ""
        end = following.start() if following else len(body)
        close = folded.find(")", label.end(), end)
        if bracketed and close >= 0:
            end = close  # `（主管部门：雁湖区教育局）`: the value ends with the bracket
        values.setdefault(kind, body[label.end() : end])
        last_end = end
    if labels:
        rest = folded[last_end:]
        if "score" not in values and (score := _PROSE_SCORE.search(rest)):
            values["score"] = score["v"]
        if "grade" not in values and (grade := _PROSE_GRADE.search(rest)):
            values["grade"] = grade["v"]
        if "amount" not in values and (cue := _PROSE_AMOUNT.search(rest)):
            values["amount"] = rest[cue.end() : cue.end() + 30]
    return name, values


def _project(
    name: str, values: dict[str, str], seq: int | None, batch: str, source: Source, made: Rule
) -> ProjectEvaluation:
    grade_raw = clean_grade_word(values["grade"]) if "grade" in values else None
    grade = normalize_grade(grade_raw) if grade_raw and is_grade_word(grade_raw) else None
    score_match = _SCORE.search(values.get("score", ""))
    if grade_raw and not is_grade_word(grade_raw):
        # `评价结果：92.5分` is a score stated under the grade label: keep it as a score, never as a grade.
        score_in_grade = _SCORE.fullmatch(grade_raw)
        score_match = score_match or score_in_grade
        grade_raw = None if score_in_grade else grade_raw
    amounts = find_amounts(fold(values.get("amount", "")))
    department_raw = clean_name(values["department"]) if "department" in values else None
    return ProjectEvaluation(
        batch_type=batch,
        seq=seq,
        project_name=clean_name(name),
        department_raw=department_raw,
        department=normalize_name(department_raw) if department_raw else None,
        grade=grade,
        grade_raw=grade_raw,
        score=parse_decimal(score_match[1]) if score_match else None,
        amount=amounts[0][0] if amounts else None,
        source=source,
        rule=made.name,
    )


def _numbered_items(parts: Sequence[Section], batch_of: dict[int, str]) -> tuple[list[ProjectEvaluation], set[int]]:
    """`项目N：` items, which may run over several blocks and pages."""
    joined = ""
    pieces: list[_Piece] = []
    for part in parts:
        pieces.append(_Piece(part.block.text, part.index, len(joined)))
        joined += part.block.text + "\n"

    def locate(offset: int) -> tuple[int, int]:
        piece = next(p for p in reversed(pieces) if p.start <= offset)
        block = parts[piece.block_index].block
        return piece.block_index, block.page_at(offset - piece.start)

    items = list(_ITEM.finditer(joined))
    projects: list[ProjectEvaluation] = []
    used: set[int] = set()
    labels = _label_pattern()
    for item, following in zip(items, items[1:] + [None], strict=False):
        end = following.start() if following else len(joined)
        name, values = _fields(joined[item.end() : end])
        if "grade" not in values and "score" not in values and "department" not in values:
            continue  # a numbered sentence that merely starts with 项目, not a listed project
        # An item ends with the block of its last field: text after that (a heading, the next section) is not
        # part of it.
        last_label = max(labels.finditer(fold(joined), item.end(), end), key=lambda label: label.start())
        block_end = joined.find("\n", last_label.end(), end)
        end = block_end if block_end >= 0 else end
        name, values = _fields(joined[item.end() : end])
        if not clean_name(name).strip(",，:："):
            continue  # `项目0:评价结果:`: an item without a name names no project
        block_index, page = locate(item.start())
        end_block, _ = locate(max(item.start(), end - 1))
        used.update(range(block_index, end_block + 1))
        source = Source(page=page, text=joined[item.start() : end].strip())
        projects.append(
            _project(name, values, int(item[1]), batch_of.get(block_index, "other"), source, NUMBERED_ITEMS)
        )
    return projects, used


def _paragraph_items(
    parts: Sequence[Section], batch_of: dict[int, str], used: set[int]
) -> tuple[list[ProjectEvaluation], set[int]]:
    """One paragraph per project: an optional number, the name, then labelled fields."""
    projects: list[ProjectEvaluation] = []
    read: set[int] = set()
    for part in parts:
        if part.index in used or is_table(part.block) or part.is_heading:
            continue
        text = part.block.text.strip()
        marker = _MARKER.match(fold(text))
        body = text[marker.end() :] if marker else text
        name, values = _fields(body)
        values = {kind: value for kind, value in values.items() if value.strip(" ,，;；。")}  # `评价结果:` says nothing
        if not ({"grade", "score"} & set(values)) and not ("department" in values and marker):
            continue
        name = clean_name(name).rstrip(",，:：")
        if not name or len(name) > MAX_NAME or "。" in name or re.search(r"[,，;；]", name):
            continue
        if classify(fold(name)).batch:
            continue  # `三、重点评价项目得分:A资金93分,…`: a batch's heading over a list, not a project
        seq = int(marker["n"] or marker["p"]) if marker and (marker["n"] or marker["p"]) else None
        source = Source(page=part.block.page_at(0), text=text)
        projects.append(_project(name, values, seq, batch_of.get(part.index, "other"), source, PARAGRAPH_ITEMS))
        read.add(part.index)
    return projects, read


def _section_projects(parts: Sequence[Section], batch_of: dict[int, str]) -> tuple[list[ProjectEvaluation], set[int]]:
    """A heading that names a project, and the paragraph under it that states the project's results."""
    projects: list[ProjectEvaluation] = []
    read: set[int] = set()
    for position, part in enumerate(parts[:-1]):
        if not part.is_heading:
            continue
        heading = fold(part.block.text.strip())
        marker = LEVEL2.match(heading) or LEVEL1.match(heading)
        name = clean_name(heading[marker.end() :] if marker else heading)
        if not name or _NOT_A_PROJECT_HEADING.search(name) or classify(name).batch:
            continue  # (`三、重点绩效评价聚焦民生`: a batch's section, not a project)
        body_part = parts[position + 1]
        if body_part.is_heading or is_table(body_part.block) or _MARKER.match(fold(body_part.block.text)):
            continue  # under a category heading, numbered items each name their own project
        source = Source(page=body_part.block.page_at(0), text=body_part.block.text.strip())
        project = _described(
            name, fold(body_part.block.text), batch_of.get(body_part.index, "other"), None, source, SECTION_PROJECT
        )
        if project is not None:
            projects.append(project)
            read.update({part.index, body_part.index})
    return projects, read


def _described(
    name: str, body: str, batch: str, seq: int | None, source: Source, made: Rule
) -> ProjectEvaluation | None:
    """A project named `name` whose results `body` states in prose; None when it states none."""
    score = _PROSE_SCORE.search(body)
    grade = _PROSE_GRADE.search(body)
    if not score and not grade:
        return None
    department = _PROSE_DEPARTMENT.search(body)
    amount: Amount | None = None
    cue = _PROSE_AMOUNT.search(body)
    if cue:
        found = find_amounts(body[cue.end() : cue.end() + 30])
        amount = found[0][0] if found else None
    grade_raw = clean_grade_word(grade["v"]) if grade else None
    department_raw = clean_name(department["v"] or department["by"]) if department else None
    return ProjectEvaluation(
        batch_type=batch,
        seq=seq,
        project_name=name,
        department_raw=department_raw,
        department=normalize_name(department_raw) if department_raw else None,
        grade=normalize_grade(grade_raw) if grade_raw and is_grade_word(grade_raw) else None,
        grade_raw=grade_raw,
        score=Decimal(score["v"]) if score else None,
        amount=amount,
        source=source,
        rule=made.name,
    )


def _named_paragraphs(
    parts: Sequence[Section], batch_of: dict[int, str], used: set[int]
) -> tuple[list[ProjectEvaluation], set[int]]:
    """`（一）X项目。该项目由市Y局主管，预算资金Z万元，综合评分88.6分，等级“良好”。`: a numbered paragraph whose
    first sentence (or first clause, `1.X项目，主管部门为Y，…`) is a project's name and whose next ones state its
    results."""
    projects: list[ProjectEvaluation] = []
    read: set[int] = set()
    for part in parts:
        if part.index in used or part.is_heading or is_table(part.block):
            continue
        text = part.block.text.strip()
        folded = fold(text)
        marker = _MARKER.match(folded)
        if not marker:
            continue
        stop = folded.find("。", marker.end())
        clause = _FIELD_CLAUSE.search(folded, marker.end(), stop if stop >= 0 else len(folded))
        stop = clause.start() if clause else stop
        if stop < 0:
            continue
        name = clean_name(text[marker.end() : stop])
        if not name or len(name) > MAX_NAME or re.search(r"[,，;；:：]", name) or _NOT_A_PROJECT_HEADING.search(name):
            continue
        if classify(name).batch:
            continue  # `三、财政重点评价提质扩面。区财政局选取…`: a section about a batch, not a project
        seq = int(marker["n"] or marker["p"]) if marker["n"] or marker["p"] else None
        source = Source(page=part.block.page_at(0), text=text)
        project = _described(name, folded[stop + 1 :], batch_of.get(part.index, "other"), seq, source, NAMED_PARAGRAPH)
        if project is not None:
            projects.append(project)
            read.add(part.index)
    return projects, read


def find_project_lists(
    parts: Sequence[Section], batch_of: dict[int, str], ledger: Ledger | None = None
) -> tuple[list[ProjectEvaluation], set[int]]:
    """Projects from lists and per-project sections, and the indices of the blocks they were read from."""
    projects, used = _numbered_items(parts, batch_of)
    items, read = _paragraph_items(parts, batch_of, used)
    named, paragraphs = _named_paragraphs(parts, batch_of, used | read)
    sections, headed = _section_projects(parts, batch_of)
    found = projects + items + named + sections
    if ledger is not None:
        for project in found:
            take_project(ledger, project)
    return found, used | read | paragraphs | headed


def take_project(ledger: Ledger, project: ProjectEvaluation) -> None:
    """The cues a project row accounts for in its source text: its score, grade and money."""
    if project.score is not None:
        ledger.take("score", project.score, project.source)
    if project.grade_raw:
        ledger.take("grade", fold(project.grade_raw), project.source)
    if project.amount is not None:
        ledger.take("amount", project.amount.yuan, project.source)
