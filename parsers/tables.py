"""Tables, read by their header words, never by column position: project tables, whole-unit tables and grade
distributions.

Columns such as 序号 / 主管部门 / 项目单位 / 项目名称 / 金额(万元) / 评价得分 / 评价结果 (评价等级, 评价档次, 自评等级)
/ 备注 (the words: parsers/lexicon/columns.py). A header may take two rows (`资金情况（万元）` over `预算数 | 执行数`,
`评价结果` over `得分 | 绩效等级`). A table continued on the next page, with or without its header repeated, is one
table; a row cut by the page break is joined again; 合计/总计 rows are not projects; a department cell merged
over several rows gives its department to each; a blank grade stays blank; the money unit comes from the header
(`资金量（万元）`) or from a note before the table (`资金单位：万元`); a row's batch may be given only in 备注
(`财政部门重点评价`, `项目单位自评`).

A table whose rows are units (部门名称 or 单位名称 and no project name, or under a whole-department heading) gives
unit evaluations; a table of grades with counts or shares (`等级 | 个数 | 占比`) gives a grade distribution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from jixiao.parsers.amounts import AmountError, find_amounts, parse_decimal, to_amount, unit_from_header
from jixiao.parsers.batches import classify, contract_batch_type
from jixiao.parsers.cells import cell_key, figure_key, header_role, is_grade, is_number, is_score, is_seq
from jixiao.parsers.grades import clean_grade_word, is_grade_word, normalize_grade
from jixiao.parsers.ledger import Ledger
from jixiao.parsers.lexicon import alternation
from jixiao.parsers.lexicon.columns import (
    LAST_YEAR_WORDS,
    SUPERVISING_HEADERS,
    THIS_YEAR_WORDS,
    TOTAL_SCORE_HEADERS,
    TOTAL_WORDS,
)
from jixiao.parsers.lexicon.evaluators import FINANCE_SCORE_WORDS, SELF_SCORE_WORDS
from jixiao.parsers.lexicon.grades import FULL_MARKS
from jixiao.parsers.lexicon.numbers import UNIT_NOTE
from jixiao.parsers.lexicon.organisations import GRADED_PLACE, WHOLE_NAME_SUFFIX
from jixiao.parsers.lexicon.text import fold
from jixiao.parsers.names import clean_name, normalize_name
from jixiao.parsers.records import GradeCount, ProjectEvaluation, Source, UnitEvaluation
from jixiao.parsers.report_fields import region_at
from jixiao.parsers.rules import Rule, rule
from jixiao.parsers.text import Section, is_table

PROJECT_ROW = rule(
    "project_table_row",
    reads="a table row",
    makes="project",
    why="a table whose header names a project column and a result column (grade, score, money) lists projects",
    example="序号 | 主管部门 | 项目名称 | 金额(万元) | 评价得分 | 评价结果",
)
UNIT_ROW = rule(
    "unit_table_row",
    reads="a table row",
    makes="unit",
    why="a table of departments or units with a grade or score and no project column grades them as a whole",
    example="单位名称 | 评分 | 结果",
)
GRADE_ROW = rule(
    "grade_distribution_row",
    reads="a table row",
    makes="grade",
    why="a table of grades with their counts or shares is a distribution",
    example="等级 | 个数 | 占比",
)
TOTAL_ROW_RULE = rule(
    "total_row",
    reads="a table row",
    makes="exclusion",
    why="合计/总计/小计 rows add up the rows above them: they are not projects",
    example="合计 | | | 88.12 |",
)
BATCH_NOT_STATED = rule(
    "batch_not_stated",
    reads="a table row whose 备注 is empty",
    makes="project",
    why="where a 备注 column names each row's evaluation, a row without one has no batch the text states: it is "
    "`other` and counts in no batch",
    example="2 | … | 88 | 良 |   (the next row's 备注: 项目单位自评)",
)
PART_ROW = rule(
    "part_of_row_above",
    reads="a table row",
    makes="exclusion",
    why="a row that begins with 其中 itemises the row above it: a part, not a project of its own",
    example="其中：产业发展类项目 | 3,920.00",
)
PLANNED_ROW = rule(
    "plan_table_row",
    reads="a table row of a plan",
    makes="exclusion",
    why="in a plan, a table with no grade or score lists what will be evaluated, not results",
    example="拟评价项目 | 主管部门 | 预算金额",
)
UNIT_WITHOUT_RESULT = rule(
    "unit_row_without_result",
    reads="a table row",
    makes="exclusion",
    why="a unit listed with neither grade nor score was not graded in this table",
    example="单位名称 | 评分 | 结果 with both cells empty",
)
RESULT_STATED = rule(
    "result_column_the_text_names",
    reads="a table's header and the sentence before it",
    makes="project",
    why="where a table has two columns of one role, the text says which is the result (以财政复核得分为准)",
    example="复核结果以财政复核得分为准 / 单位自评得分 | 财政复核得分",
)
RESULT_OF_YEAR = rule(
    "result_column_of_the_year",
    reads="a table's header",
    makes="project",
    why="a table that shows two years side by side gives the report's year's results in that year's column",
    example="2022年评价等级 | 2023年评价得分 | 2023年评价等级",
)
RESULT_OF_TOTAL = rule(
    "result_column_of_the_total",
    reads="a table's header",
    makes="project",
    why="a table that scores parts and adds them up gives the result in the total's column",
    example="预算管理得分 | 绩效管理得分 | 综合得分 | 等次",
)
RESULT_OF_EVALUATOR = rule(
    "result_column_of_the_evaluator",
    reads="a table's header",
    makes="project",
    why="of a unit's own score and the finance bureau's (or reviewer's), the bureau's is the result",
    example="单位自评得分 | 财政复核得分",
)
PLACES_GRADED = rule(
    "places_graded_in_a_table",
    reads="a table",
    makes="project",
    why="a table whose every object is a county, a city, a town or a street grades lower governments: by the "
    "conventions an `other` batch, whatever the section's words",
    example="序号 | 县（市、区） | 考评得分 | 考评档次 / 1 | 霏城区 | 95.6 | 一档",
)
MIN_PLACES = 3  # rows: a table of one or two places may be a project's
SCORE_OFF_SCALE = rule(
    "score_off_the_scale",
    reads="a table cell",
    makes="exclusion",
    why="evaluations score out of 100 (百分制): a larger figure in the score column is a misreading (a scan's lost "
    "decimal point), left out, and the check `scores_on_the_scale` fails",
    example="市级医疗卫生重点专科建设 | 溪山市卫生健康委员会 | 2,800 | 910 | 合格",
)
_UNIT_NOTE = re.compile(UNIT_NOTE)
MAX_CAPTION_ROWS = 2
_SUPERVISING = re.compile(alternation(SUPERVISING_HEADERS))
_PART = re.compile(r"^\s*其中\s*[:：]?")
_STATED_RESULT = re.compile(r"以([\u4e00-\u9fff]{2,16}?)为准")
_SCORE = re.compile(r"^(\d+(?:\.\d+)?)\s*分?$")
_ORG_END = re.compile(WHOLE_NAME_SUFFIX + "$")
TOTAL_ROW = re.compile("^" + alternation(TOTAL_WORDS) + "$")


@dataclass(frozen=True, slots=True)
class Header:
    columns: dict[str, list[int]]  # role → its columns, the one that is the result first
    amount_unit: str | None
    width: int
    rows: int  # how many rows the header takes
    chosen_by: tuple[str, ...] = ()  # the rules that chose a result column among several of one role
    parent: int | None = None  # of two department columns, the one headed 主管部门 (the unit's parent)

    def column(self, role: str, nth: int = 0) -> int | None:
        found = self.columns.get(role, [])
        return found[nth] if len(found) > nth else None


@dataclass(slots=True)
class TableResults:
    projects: list[ProjectEvaluation] = field(default_factory=list)
    units: list[UnitEvaluation] = field(default_factory=list)
    grades: list[GradeCount] = field(default_factory=list)
    # batch → number of projects whose batch only a 备注 cell gives (`项目单位自评`)
    noted_batches: dict[str, int] = field(default_factory=dict)
    blocks: set[int] = field(default_factory=set)  # the table blocks read


def _roles(cells: Sequence[str | None]) -> list[str | None]:
    return [header_role(cell) for cell in cells]


_YEAR_IN_HEADER = re.compile(r"((?:19|20)\d{2})\s*年?")
_THIS_YEAR = re.compile(alternation(THIS_YEAR_WORDS))
_LAST_YEAR = re.compile(alternation(LAST_YEAR_WORDS))
_FINANCE_SCORE = re.compile(FINANCE_SCORE_WORDS)
_SELF_SCORE = re.compile(SELF_SCORE_WORDS)
_TOTAL_SCORE = re.compile(alternation(TOTAL_SCORE_HEADERS))


def _result_column(
    indices: list[int], texts: Sequence[str], year: int | None, stated: str | None, spans: Sequence[str]
) -> tuple[list[int], Rule | None]:
    """Several columns of one role (two scores, two years' grades): the one that is the result first, and the rule
    that chose it. The text's own word (`以财政复核得分为准`) decides; else the report's year (or the latest),
    this year's over last year's, the finance bureau's or reviewer's over the unit's own. `spans`: each column's
    group header and its own together (`2023年度评价结果` over `等级`), where the year is often named only above."""
    if len(indices) < 2:
        return indices, None
    if stated:
        named = [index for index in indices if texts[index] and texts[index] in stated]
        if len(named) == 1:
            return named + [index for index in indices if index not in named], RESULT_STATED
    years = {index: int(match[1]) for index in indices if (match := _YEAR_IN_HEADER.search(spans[index]))}
    if len(set(years.values())) > 1:
        wanted = year if year in years.values() else max(years.values())
        first = [index for index in indices if years.get(index) == wanted]
        return first + [index for index in indices if index not in first], RESULT_OF_YEAR
    this = [index for index in indices if _THIS_YEAR.search(spans[index])]
    last = [index for index in indices if _LAST_YEAR.search(spans[index])]
    if this and last:
        return this + [index for index in indices if index not in this], RESULT_OF_YEAR
    total = [index for index in indices if _TOTAL_SCORE.search(texts[index])]
    if len(total) == 1:
        return total + [index for index in indices if index not in total], RESULT_OF_TOTAL
    finance = [index for index in indices if _FINANCE_SCORE.search(texts[index])]
    own = [index for index in indices if _SELF_SCORE.search(texts[index]) and index not in finance]
    if finance and own:
        return finance + [index for index in indices if index not in finance], RESULT_OF_EVALUATOR
    return indices, None


def read_header(
    rows: Sequence[Sequence[str | None]], unit_hint: str | None, year: int | None = None, stated: str | None = None
) -> Header | None:
    """The column roles of a table's header (one row, or a group row over a row of sub-headers), or None when
    the table has no header this module can read. `year` is the report's, `stated` the text's own word on which
    column is the result (`以…为准`)."""
    if not rows:
        return None
    first = list(rows[0])
    texts = [cell_key(cell) for cell in first]
    header_rows = 1
    if len(rows) > 1 and _is_sub_header(rows[1], first):
        parents: list[str] = []
        for text in texts:
            parents.append(text or (parents[-1] if parents else ""))
        children = [cell_key(cell) for cell in rows[1]]
        texts = [
            child if child and header_role(child) else parent + (child or "")
            for parent, child in zip(parents, children, strict=False)
        ]
        spans = [parent + (child or "") for parent, child in zip(parents, children, strict=False)]
        # the unit stated over the group (`金额（万元）` over `预算 | 执行`) or in the sub-header itself
        units = [
            unit_from_header(parent) or unit_from_header(child or "")
            for parent, child in zip(parents, children, strict=False)
        ]
        header_rows = 2
    else:
        spans = texts
        units = [unit_from_header(text) for text in texts]
    roles = _roles(texts)
    columns: dict[str, list[int]] = {}
    for index, role in enumerate(roles):
        if role:
            columns.setdefault(role, []).append(index)
    if len(columns.get("name", [])) > 1:  # `债券名称 | 项目名称`: the project's name is the one to read
        columns["name"].sort(key=lambda index: "项目" not in texts[index])
    chosen: list[str] = []
    for role in ("score", "grade", "amount"):
        columns[role], made = _result_column(columns.get(role, []), texts, year, stated, spans)
        if not columns[role]:
            del columns[role]
        if made is not None:
            chosen.append(made.name)
    names = set(columns)
    has_subject = "name" in names or "department" in names or "grade" in names
    has_value = bool({"grade", "score", "amount", "count", "share"} & names)
    if not has_subject or not has_value or len([r for r in roles if r]) < 2:
        return None
    if "name" not in names and "department" not in names and not ({"count", "share"} & names):
        return None
    amount_unit = next((units[index] for index in columns.get("amount", []) if units[index]), None)
    parent = next((index for index in columns.get("department", []) if _SUPERVISING.search(texts[index])), None)
    return Header(columns, amount_unit or unit_hint, len(first), header_rows, tuple(chosen), parent)


def _is_sub_header(row: Sequence[str | None], first: Sequence[str | None]) -> bool:
    """A second header row: words under a first row that has merged (None) cells, no figures."""
    if not any(cell is None for cell in first):
        return False
    texts = [cell_key(cell) for cell in row]
    return sum(1 for text in texts if header_role(text)) >= 2 and not any(is_number(text) for text in texts)


def _cell(row: Sequence[str | None], column: int | None) -> str | None:
    if column is None or column >= len(row):
        return None
    value = (row[column] or "").strip()
    return value or None


def _is_total(row: Sequence[str | None]) -> bool:
    first = cell_key(next((cell for cell in row if cell), ""))
    return bool(TOTAL_ROW.match(first))


def _score_and_grade(
    row: Sequence[str | None], header: Header, ledger: Ledger, page: int
) -> tuple[Decimal | None, str | None]:
    grade_text = _cell(row, header.column("grade"))
    score_text = _cell(row, header.column("score"))
    scored = _SCORE.match(figure_key(score_text)) if score_text else None
    score = parse_decimal(scored[1]) if scored else None
    grade_raw = clean_grade_word(grade_text) if grade_text else None
    if grade_raw and not is_grade_word(grade_raw):
        in_grade = _SCORE.match(grade_raw)  # `评价结果：92.5分` is a score under the grade label, never a grade
        score = score if score is not None else (parse_decimal(in_grade[1]) if in_grade else None)
        grade_raw = None if in_grade else grade_raw
    if score is not None and score > FULL_MARKS:
        ledger.exclude(SCORE_OFF_SCALE, "score", score, _source(row, page))
        score = None
    return score, grade_raw


def _amount(row: Sequence[str | None], header: Header) -> object:
    text = _cell(row, header.column("amount"))
    text = figure_key(text) if text else text
    if text and not is_number(text):
        # a cell that states its own unit (`3,120.00万元`): the whole cell one amount, or nothing
        key = cell_key(text)
        stated = find_amounts(key)
        return stated[0][0] if len(stated) == 1 and stated[0][1:] == (0, len(key)) else None
    if not text or not header.amount_unit:
        return None
    try:
        return to_amount(cell_key(text), header.amount_unit)
    except AmountError:
        return None


def _unfinished_organisation(text: str | None) -> bool:
    return bool(text) and not _ORG_END.search(cell_key(text))


def _merge_cut_row(previous: list[str | None], row: Sequence[str | None], header: Header) -> bool:
    """A row cut by a page break: its second part opens the next page with no number, score or grade of its own;
    its cells are joined to the first part's."""
    seq_column = header.column("seq")
    if seq_column is not None and _cell(row, seq_column):
        return False
    if any(_cell(row, header.column(role)) for role in ("score", "grade", "amount")):
        return False
    if not any(_cell(row, column) for column in range(len(row))):
        return False
    for column, cell in enumerate(row):
        if cell and column < len(previous):
            previous[column] = (previous[column] or "") + cell.strip()
    return True


def _body_rows(tables: Sequence[tuple[Header, list[Sequence[str | None]]]]) -> list[tuple[list[str | None], int]]:
    """The rows of a table and its continuations, as lists, with merged department cells filled down."""
    rows: list[tuple[list[str | None], int]] = []
    for part, (header, body) in enumerate(tables):
        for index, raw in enumerate(body):
            row = list(raw) + [None] * max(0, header.width - len(raw))
            if part > 0 and index == 0 and rows and _merge_cut_row(rows[-1][0], row, header):
                continue
            rows.append((row, part))
    for role in ("department", "unit"):
        for nth in range(2):
            column = tables[0][0].column(role, nth) if tables else None
            if column is None:
                continue
            above: str | None = None
            for number, (row, part) in enumerate(rows):
                if _is_total(row):
                    continue
                value = (row[column] or "").strip()
                if value:
                    previous_part = rows[number - 1][1] if number else part
                    if (
                        part != previous_part
                        and above
                        and _unfinished_organisation(above)
                        and len(value) <= 8
                        and not region_at(value)  # `汀澜区实验小学` begins a name of its own, not a cut one's end
                    ):
                        # a merged cell cut by the page break: `白鹭区残疾人联` + `合会`
                        value = above + value
                        for earlier in rows[:number]:
                            if earlier[0][column] and cell_key(earlier[0][column]) == cell_key(above):
                                earlier[0][column] = value
                    row[column] = value
                    above = value
                elif (above and _cell(row, tables[0][0].column("name")) is not None) or (
                    above and role == "department"
                ):
                    row[column] = above  # a cell merged over several rows: the department of each
    return rows


def _table_groups(
    parts: Sequence[Section], unit_hint_of: dict[int, str | None], year: int | None = None, stated: str | None = None
) -> list[tuple[int, Header, list]]:
    """Tables with their continuations: (index of the first block, header, [(header, body rows), …])."""
    groups: list[tuple[int, Header, list]] = []
    previous_index: int | None = None
    for part in parts:
        if not is_table(part.block):
            if part.block.text.strip():
                previous_index = None
            continue
        rows = part.block.rows  # type: ignore[attr-defined]
        if not rows:
            continue
        own = read_header(rows, unit_hint_of.get(part.index), year, stated)
        # A caption or an empty row drawn inside the table's frame above its header (`…结果汇总表`).
        skipped = 0
        while own is None and skipped < MAX_CAPTION_ROWS and len(rows) > skipped + 2:
            if sum(1 for cell in rows[skipped] if cell and cell.strip()) > 1:
                break
            skipped += 1
            own = read_header(rows[skipped:], unit_hint_of.get(part.index), year, stated)
        if own is not None:
            rows = rows[skipped:]
        continued = previous_index is not None and groups and groups[-1][0] == previous_index
        if own is not None:
            if continued and _same_columns(own, groups[-1][1]):
                groups[-1][2].append((own, list(rows[own.rows :])))
            else:
                groups.append((part.index, own, [(own, list(rows[own.rows :]))]))
        elif continued and len(rows[0]) == groups[-1][1].width:
            header = groups[-1][1]
            groups[-1][2].append((header, list(rows)))
        else:
            previous_index = None
            continue
        previous_index = groups[-1][0]
    return groups


def _same_columns(one: Header, other: Header) -> bool:
    return one.width == other.width and one.columns == other.columns


def _is_unit_table(header: Header, batch: str) -> bool:
    if "name" in header.columns:
        return False
    return "department" in header.columns and (
        batch == "department_overall" or bool({"grade", "score"} & set(header.columns))
    )


def find_tables(
    parts: Sequence[Section],
    batch_of: dict[int, str],
    own_department: str | None = None,
    planned: bool = False,
    ledger: Ledger | None = None,
    year: int | None = None,
) -> TableResults:
    """Projects, units and grade distributions from the document's tables. `own_department` is the department
    that publishes its own results (a table without a department column is its projects'); in a plan
    (`planned`), a table with no grade or score lists what will be evaluated, not results."""
    ledger = ledger if ledger is not None else Ledger()
    results = TableResults()
    unit_hint: str | None = None
    hints: dict[int, str | None] = {}
    for part in parts:
        if not is_table(part.block):
            note = _UNIT_NOTE.search(fold(part.block.text))
            unit_hint = note[1] if note else unit_hint
        hints[part.index] = unit_hint
    # `复核结果以财政复核得分为准`: the text's own word on which of two columns is the result.
    stated = " ".join(
        match[1]
        for part in parts
        if not is_table(part.block)
        for match in _STATED_RESULT.finditer(re.sub(r"\s+", "", fold(part.block.text)))
    )
    for first_index, header, tables in _table_groups(parts, hints, year, stated):
        batch = batch_of.get(first_index, "other")
        page_of = {index: parts[index].block.page for index in range(len(parts)) if is_table(parts[index].block)}  # type: ignore[attr-defined]
        page = page_of.get(first_index, 1)
        results.blocks.update(index for index in range(first_index, first_index + len(tables)))
        rows = _body_rows(tables)
        if "name" not in header.columns and "department" not in header.columns:
            results.grades += _grade_rows(rows, header, batch, page, ledger)
        elif _is_unit_table(header, batch):
            results.units += _unit_rows(rows, header, page, ledger)
        elif planned and not ({"grade", "score"} & set(header.columns)):
            for row, _ in rows:
                ledger.exclude(PLANNED_ROW, "row", "", _source(row, page))
            continue
        else:
            # Where a 备注 column says each row's evaluation, a row whose note is empty (or a web page dropped) has
            # no batch the document states: `other`.
            noted = any(
                (note := _cell(row, header.column("note"))) and classify(note).batch not in {None, "total"}
                for row, _ in rows
            )
            names = [clean_name(name) for row, _ in rows if (name := _cell(row, header.column("name")))]
            names = [name for name in names if not TOTAL_ROW.match(cell_key(name))]
            places = len(names) >= MIN_PLACES and all(re.fullmatch(GRADED_PLACE, name) for name in names)
            for row, _ in rows:
                name = _cell(row, header.column("name"))
                if name and _PART.match(fold(name)):
                    ledger.exclude(PART_ROW, "row", "", _source(row, page))
                    continue
                unstated = noted and not _cell(row, header.column("note"))
                project = _project(row, header, "other" if unstated else batch, page, own_department, ledger)
                if project is not None and unstated:
                    project = (replace(project[0], rule=f"{project[0].rule}+{BATCH_NOT_STATED.name}"), project[1])
                if project is not None and places:
                    graded = replace(project[0], batch_type="other", rule=f"{project[0].rule}+{PLACES_GRADED.name}")
                    project = (graded, project[1])
                if project is None:
                    if _is_total(row):
                        ledger.exclude(TOTAL_ROW_RULE, "row", "", _source(row, page))
                    continue
                results.projects.append(project[0])
                ledger.take("row", "", project[0].source)
                if project[1]:
                    results.noted_batches[project[0].batch_type] = (
                        results.noted_batches.get(project[0].batch_type, 0) + 1
                    )
    return results


def _source(row: Sequence[str | None], page: int) -> Source:
    return Source(page=page, text=" | ".join(cell or "" for cell in row))


def _project(
    row: Sequence[str | None], header: Header, batch: str, page: int, own_department: str | None, ledger: Ledger
) -> tuple[ProjectEvaluation, bool] | None:
    name = _cell(row, header.column("name"))
    if not name or _is_total(row) or TOTAL_ROW.match(cell_key(name)) or read_header([row], None) is not None:
        return None
    if is_number(name) or is_grade(name):
        return None
    seq_text = _cell(row, header.column("seq"))
    score, grade_raw = _score_and_grade(row, header, ledger, page)
    note = _cell(row, header.column("note"))
    noted = classify(note).batch if note else None
    noted = noted if noted and noted != "total" else None
    department_raw = clean_name(_cell(row, header.column("department")) or "") or None
    if department_raw is None and "department" not in header.columns:
        department_raw = own_department
    return (
        ProjectEvaluation(
            batch_type=contract_batch_type(noted) if noted else batch,
            seq=int(cell_key(seq_text)) if seq_text and is_seq(seq_text) else None,
            project_name=clean_name(name),
            department_raw=department_raw,
            department=normalize_name(department_raw) if department_raw else None,
            grade=normalize_grade(grade_raw) if grade_raw and is_grade_word(grade_raw) else None,
            grade_raw=grade_raw,
            score=score,
            amount=_amount(row, header),  # type: ignore[arg-type]
            source=_source(row, page),
            rule="+".join((PROJECT_ROW.name, *header.chosen_by)),
        ),
        noted is not None,
    )


def _unit_rows(
    rows: Sequence[tuple[list[str | None], int]], header: Header, page: int, ledger: Ledger
) -> list[UnitEvaluation]:
    units: list[UnitEvaluation] = []
    two = header.column("department", 1) is not None
    unit_column = header.column("department", 1) if two else header.column("department")
    parent_column = header.column("department") if two else None
    if two and header.parent is not None and header.parent != parent_column:
        # `单位名称 | 主管部门`: the column its header calls the supervising department is the parent's
        unit_column, parent_column = parent_column, header.parent
    for row, _ in rows:
        unit = _cell(row, unit_column)
        if not unit or _is_total(row) or is_number(unit):
            if _is_total(row):
                ledger.exclude(TOTAL_ROW_RULE, "row", "", _source(row, page))
            continue
        score, grade_raw = _score_and_grade(row, header, ledger, page)
        if score is None and grade_raw is None:
            ledger.exclude(UNIT_WITHOUT_RESULT, "row", "", _source(row, page))
            continue
        parent = _cell(row, parent_column)
        units.append(
            UnitEvaluation(
                batch_type="department_overall",
                unit_name=clean_name(unit),
                parent_department=clean_name(parent) if parent else None,
                grade=normalize_grade(grade_raw) if grade_raw and is_grade_word(grade_raw) else None,
                grade_raw=grade_raw,
                score=score,
                amount=_amount(row, header),  # type: ignore[arg-type]
                source=_source(row, page),
                rule="+".join((UNIT_ROW.name, *header.chosen_by)),
            )
        )
        ledger.take("row", "", _source(row, page))
    return units


def _grade_rows(
    rows: Sequence[tuple[list[str | None], int]], header: Header, batch: str, page: int, ledger: Ledger
) -> list[GradeCount]:
    grades: list[GradeCount] = []
    for row, _ in rows:
        word = _cell(row, header.column("grade"))
        count = _cell(row, header.column("count"))
        if not word or not is_grade(word) or not count or not is_number(count):
            continue
        share_text = _cell(row, header.column("share"))
        share = (
            parse_decimal(cell_key(share_text).rstrip("%"))
            if share_text and is_score(cell_key(share_text).rstrip("%"))
            else None
        )
        raw = clean_grade_word(word)
        grades.append(
            GradeCount(
                batch,
                normalize_grade(raw),
                raw,
                int(cell_key(count).replace(",", "")),
                share,
                _source(row, page),
                rule=GRADE_ROW.name,
            )
        )
        ledger.take("row", "", _source(row, page))
    return grades
