"""A report's title, region, fiscal year and publisher, by the corpus's conventions.

- title: the document's own title (a short line naming the genre near the top), never page chrome, a heading or a
  quoted notice; None where the page has none (a news item that starts with its first sentence).
- region: the area whose money was evaluated: from the title (`文成县财政局关于…` → 文成县), else the publisher
  (`来源:文成县财政局`, a signature `天水市财政局`), else a bureau the text names (`剑阁县财政局印发…`), else a
  region the text names several times (`绍兴市柯桥区…` in project names), else the site's address.
- fiscal year: the year the title gives the round; else a quoted notice of the round
  (`《关于2022年开展财政支出绩效评价工作的通知》`); else the budget year of the evaluated spending
  (`对2019年禁毒工作专项经费…`, `2019年度市级预算资金`); else the year of a round the text names; else the page's
  publication date.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from jixiao.parsers.lexicon import alternation
from jixiao.parsers.lexicon.evaluators import GENRE_WORDS
from jixiao.parsers.lexicon.exclusions import FUNDING_VERBS
from jixiao.parsers.lexicon.furniture import ABOVE_TITLE_CHROME, PUBLISHER_FIELD, SHARED_FILE, SITE_WELCOME, TITLE_LABEL
from jixiao.parsers.lexicon.numbers import YEAR
from jixiao.parsers.lexicon.organisations import (
    AREA_ENDINGS,
    BUREAU_SUFFIX,
    COMPANY_WORDS,
    FUNCTION_CHARS,
    LEVELS,
    NOT_A_LEVEL_PREFIX,
    NOT_PLACES,
    ORGAN_SUFFIX,
    ORGAN_SUFFIXES,
    OWN_PROVINCE,
    PROVINCE_SHORT_NAME,
    PROVINCE_SUFFIXES,
    SENDING_VERBS,
)
from jixiao.parsers.lexicon.text import CLOSE_QUOTE, OPEN_QUOTE, fold
from jixiao.parsers.records import Source
from jixiao.parsers.rules import Rule, rule
from jixiao.parsers.text import ITEM, LEVEL1, LEVEL2, TextBlock, is_table

# -- the rules that find each field ---------------------------------------------------------------------------------
TITLE_NEAR_TOP = rule(
    "title_near_top",
    reads="the first blocks of a document",
    makes="field",
    why="a report's title is a short line naming the genre near the top, printed on one line or several",
    example="关于2023年度市级财政重点绩效评价结果的报告",
)
TITLE_OF_FILE = rule(
    "title_of_attached_file",
    reads="an attachment's file name",
    makes="field",
    why="a page that shows only an attached report stands for it under the file's name",
    example="附件2:…评价报告(共15个).pdf",
)
TITLE_OF_SHARED_FILE = rule(
    "title_of_shared_file",
    reads="a document-sharing site's line about the file it shows",
    makes="field",
    why="a document-sharing site (文库) names the file it shows; that name is the document's title",
    example="《重庆市XX局2022年度部门整体绩效自评表.docx》由会员分享,可在线阅读",
)
TITLE_LABELLED = rule(
    "title_labelled",
    reads="a line that labels the title",
    makes="field",
    why="a page that repeats its title under a label (标题：, 原标题：) says which line is the title",
    example="标题:“XX县2016年“全面改薄”建设项目事后绩效评价良好”",
)
TITLE_IN_COLLECTION = rule(
    "title_in_collection",
    reads="every line of a document without a title near its top",
    makes="field",
    why="a gazette or a collection prints the report among other documents; its title is the one `关于…` line that "
    "names an evaluation's results",
    example="XX市人民政府公报 … XX市财政局关于2023年度市级部门整体支出绩效评价结果的通报",
)
TITLE_RUN_IN = rule(
    "title_run_into_text",
    reads="the head of the first paragraph",
    makes="field",
    why="a web archive runs a title into its first paragraph; the words up to 报告/结果 are the title where they "
    "hold a year or the paragraph opens after them (根据, 按照)",
    example="1、XX扶贫项目支出绩效评价报告项目摘要一、项目概况:…",
)
REGION_OF_TITLE = rule(
    "region_of_title",
    reads="a title",
    makes="field",
    why="a title names whose money was evaluated at its start (after 关于 and a year)",
    example="文成县财政局关于2024年…",
)
REGION_OF_PUBLISHER = rule(
    "region_of_publisher",
    reads="the publisher",
    makes="field",
    why="a bureau publishes the results of its own region: the region its name begins with (a provincial body's "
    "province), or its site's address",
    example="来源:文成县财政局；宁夏贺兰山东麓葡萄酒产业园区管委会；地址:XX县XX路1号",
)
PROVINCE_OF_PUBLISHER = REGION_OF_ADDRESS = REGION_OF_PUBLISHER
REGION_OF_BUREAU = rule(
    "region_of_bureau_named",
    reads="the text",
    makes="field",
    why="the region of the first bureau the text names as acting (剑阁县财政局印发…), or a region within it",
    example="剑阁县财政局印发…",
)
REGION_NAMED_MOST = rule(
    "region_named_in_text",
    reads="the text",
    makes="field",
    why="the region the text names as its own: a region of two levels it names most often (in project names), "
    "or the one province a text that says 我省 begins a name with",
    example="绍兴市柯桥区…项目；我省…陕西工人报",
)
OWN_PROVINCE_RULE = REGION_NAMED_MOST
YEAR_OF_TITLE = rule(
    "year_of_title",
    reads="a title",
    makes="field",
    why="the year a title gives the round (2023年度…) is the fiscal year",
    example="2023年度绩效评价结果",
)
YEAR_OF_SPENDING = rule(
    "year_of_evaluated_spending",
    reads="a sentence about an evaluation",
    makes="field",
    why="the budget year of the evaluated spending dates a round whose title does not",
    example="对2019年禁毒工作专项经费开展评价",
)
YEAR_OF_ROUND = rule(
    "year_of_round_named",
    reads="a sentence about an evaluation, or a quoted notice",
    makes="field",
    why="the year of a round the text names (2021年度绩效评价工作), or of the notice that launched it",
    example="2021年度绩效评价工作；《关于2022年开展财政支出绩效评价工作的通知》",
)
YEAR_OF_ROUND_NOTICE = YEAR_OF_ROUND
YEAR_OF_ACCOUNTS = rule(
    "year_of_the_money",
    reads="a sentence",
    makes="field",
    why="with no round named, the budget year of the money the text accounts for (2021年部门决算…) or put into "
    "what is evaluated (2022年已拨付资金6亿元)",
    example="2021年度我县一般公共预算；2022年已拨付资金6亿元",
)
YEAR_FUNDED = YEAR_OF_ACCOUNTS
YEAR_PUBLISHED = rule(
    "year_published",
    reads="a page's metadata or closing date",
    makes="field",
    why="with no other year, the publication date's year",
    example="发布日期:2023-06-26",
)
PUBLISHER_OF_FIELD = rule(
    "publisher_of_page",
    reads="a page's metadata or its site's greeting",
    makes="field",
    why="a page's metadata names who published it, as does its site's greeting",
    example="来源:文成县财政局；欢迎来到南县政协网站",
)
PUBLISHER_OF_SITE = PUBLISHER_OF_FIELD
PUBLISHER_OF_SIGNATURE = rule(
    "publisher_of_signature",
    reads="the end of a document",
    makes="field",
    why="an organisation's name above the closing date signs the document",
    example="天水市财政局 / 2022年6月1日",
)
PUBLISHER_ABOVE_TITLE = rule(
    "publisher_above_title",
    reads="the line above a title",
    makes="field",
    why="an organisation's name alone above a title is its publisher",
    example="XX县财政局 / 关于…的报告",
)

MAX_TITLE_CHARS = 70
TITLE_SEARCH_BLOCKS = 4  # content blocks from the top in which a title may stand
LABEL_SEARCH_BLOCKS = 12  # blocks from the top in which a page may label its title
_GENRE = re.compile(GENRE_WORDS + "|预算|自评")
_SENTENCE_MARK = re.compile(r"[。；;!?！？]|[,，](?![^(（]*[)）])")
_LIST_MARK = re.compile(r"^(?:附件\s*\d*\s*[:：]?|\d+[.、．)]|[（(]\d+[）)]|[一二三四五六七八九十]+是)")
_NOTICE_NUMBER = re.compile(r"^(?:[\u4e00-\u9fff]{0,12}公告)?\(?\s*\d{4}\s*年第\s*\d+\s*号\s*\)?$")  # (2024年第3号)
# (typed with 【】 too, and a scan's OCR mixes the brackets: `获财绩〔2024】21号`)
_DOCUMENT_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,8}[〔\[(（【]\s*\d{4}\s*[〕\])）】]\s*\d+\s*号$")
_YEAR = YEAR
_TITLE_END = re.compile(r"(?:报告|情况|结果|通报|通知|公告|公示|公开|说明|表|总结|揭晓|表彰)(?:\([^)]*\))?$")


@dataclass(frozen=True, slots=True)
class ReportFields:
    title: str | None
    region: str | None
    fiscal_year: int | None
    publisher: str | None
    source: Source | None
    rules: dict[str, str] = field(default_factory=dict)  # field → the rule that found it


# -- regions ------------------------------------------------------------------------------------------------------
_LEVELS = LEVELS
_PROVINCE = re.compile(r"[\u4e00-\u9fff]{2,3}?" + PROVINCE_SUFFIXES)
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Words that end with a level character without being a place (城市, 全市, 县区 …).
_NOT_A_PLACE = re.compile("^(?:" + alternation(NOT_PLACES) + "|" + alternation(SENDING_VERBS) + "[" + LEVELS + "])$")
# A province named without 省 before one of its places (`江苏灌云县`): left out, as with 省 (`湖南省娄底市` → 娄底市).
_PROVINCE_SHORT = re.compile(PROVINCE_SHORT_NAME + "(?![省市州县区旗自])")
_NOT_A_PLACE_END = re.compile(alternation(AREA_ENDINGS) + "$")  # 产业园区, 示范园区
# A province's department after its name (`…省农业农村厅`, `…省财政厅`); not `省政府专项债券`, the bonds' name.
_PROVINCE_DEPARTMENT = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:厅|" + BUREAU_SUFFIX + ")")
_ORG_AFTER = re.compile(r"^(?:财政局|财政厅|人民政府|政府|[\u4e00-\u9fff]{1,8}?" + ORGAN_SUFFIX + ")")
assert NOT_A_LEVEL_PREFIX  # words a level character begins without being a place: see parsers/departments.py
_NUMERAL = "一二两三四五六七八九十几"
# A level character that starts a word rather than ends a name: `县委县政府`, `县级市`, `市直单位`.
_LEVEL_WORD = re.compile(r"^[市州县区旗][委级直域内外属]")


def _segment_end(text: str, start: int) -> int | None:
    """Where a place name starting at `start` ends: one to five characters and a level (`三门县`, `湖州市`)."""
    if not _CJK.match(text[start : start + 1]) or _LEVEL_WORD.match(text[start:]) or text[start] in "我该各每此其":
        return None
    for index in range(start + 1, min(start + 6, len(text))):
        char = text[index]
        if not _CJK.match(char):
            return None
        if char in _LEVELS:
            end = index + 1
            if char == "州" and text[end : end + 1] in {"市", "区", "县"}:
                end += 1  # 湖州市, 原州区: not 湖州 + 市…
            if end - start == 2 and text[start] in _NUMERAL + FUNCTION_CHARS:
                return None  # 两县一市一区: counted, not named; 的有市房管局: a cut
            name = text[start:end]
            return None if _NOT_A_PLACE.match(name) or _NOT_A_PLACE_END.search(name) else end
    return None


def region_at(text: str) -> str | None:
    """The region a text starts with: `重庆市南川区农业农村委员会…` → 重庆市南川区; `湖州市本级…` → 湖州市本级;
    `湖南省娄底市…` → 娄底市 (the province is left out when a city follows); `湖南省财政厅…` → 湖南省."""
    folded = fold(text)
    province = _PROVINCE.match(folded)
    if province is None and (short := _PROVINCE_SHORT.match(folded)) and _segment_end(folded, short.end()):
        province = short
    position = province.end() if province else 0
    start = position
    while (end := _segment_end(folded, position)) is not None and end - start < 16:
        position = end
    if position == start:
        # `岱霖省农业农村厅…`: a province's own department speaks for the province
        named = _PROVINCE.match(folded)
        return text[: named.end()] if named and _PROVINCE_DEPARTMENT.match(folded[named.end() :]) else None
    region = folded[start:position]
    rest = folded[position:]
    if rest.startswith("本级"):
        region += "本级"
    elif alias := re.match(r"\([\u4e00-\u9fff]{2,8}[市县区旗]\)", rest):
        region += alias.group()  # 高新区(江海区)
    return text[start : start + len(region)] if len(text) >= start + len(region) else region


def _words(text: str) -> dict[int, int]:
    """Start → end of each word jieba cuts the text into."""
    from jixiao.parsers.organizations import tokenizer_for

    return {start: end for _, start, end in tokenizer_for().tokenize(text)}


def _is_place_word(words: dict[int, int], start: int, end: int) -> bool:
    """A place name is one word (`绍兴市`) or a word followed by its level, which may begin the next word (`剑阁` +
    `县财政局`); never a cut across words (`核定我县`, `结果作为区`, `从` + `市发改委`)."""
    return words.get(start) == end or (words.get(start) == end - 1 and end - 1 in words and end - start > 2)


def _body_regions(text: str) -> tuple[str | None, list[str]]:
    """(the first region named as a bureau's, `剑阁县财政局`; regions of two levels or more, `绍兴市柯桥区`), read in
    whole words only (jieba), so that `现将温州市…` gives 温州市 and not 现将温州市."""
    folded = fold(text)
    words = _words(folded)
    first_bureau: str | None = None
    addressed: str | None = None
    layered: list[str] = []
    for start in sorted(words):
        position, levels = start, 0
        while (end := _segment_end(folded, position)) is not None and _is_place_word(words, position, end):
            position, levels = end, levels + 1
        if not levels:
            continue
        region = folded[start:position]
        if _ORG_AFTER.match(folded[position:]):
            first_bureau = first_bureau or region
            if levels >= 2:
                addressed = addressed or region
        if levels >= 2:
            layered.append(region)
    # A bureau named with its whole address (`合肥市包河区财政局`) is surer than one named by a word and a level,
    # which may be a word cut (`考核组织` + `区财政局`), unless it is the same place (`广元市剑阁县` / `剑阁县`).
    if addressed and first_bureau and not (addressed.endswith(first_bureau) or addressed.startswith(first_bureau)):
        first_bureau = addressed
    return first_bureau, layered


# -- title ----------------------------------------------------------------------------------------------------------
def _title_like(text: str) -> bool:
    folded = re.sub(r"\s+", "", fold(text))
    return (
        4 <= len(folded) <= MAX_TITLE_CHARS
        and bool(_GENRE.search(folded))
        and not _SENTENCE_MARK.search(folded)
        and not folded.endswith((":", "。"))
        and not _LIST_MARK.match(folded)
        and not LEVEL1.match(folded)
        and not LEVEL2.match(folded)
        and not ITEM.match(folded)
        and not _DOCUMENT_NUMBER.match(folded)
        and not folded.startswith(("《", "根据", "按照", "为"))
        and not folded.lower().endswith((".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps"))
    )


# An attached file's name stands for the document when the page shows nothing else (`附件2:…评价报告(共15个).pdf`).
_FILE_NAME = re.compile(
    r"^(?:附件\s*\d*\s*[:：]\s*)?(?P<name>.+?)(?:\(共\s*\d+\s*[个份项]\))?\s*\.\s*(?:pdf|docx?|xlsx?|wps)(?![a-z])",
    re.IGNORECASE,
)
# A title the page runs into its first paragraph (`1、XX扶贫项目支出绩效评价报告项目摘要一、项目概况:…`).
_RUN_IN = re.compile(
    r"^(?:\d{1,2}\s*[、.]\s*)?(?P<title>[^。；;,，:：]{6,60}?(?:报告|结果|自评表|评价表)(?:\((?:19|20)\d{2}\s*年度?\))?)"
)
# Newspaper and page chrome that stands above a title: `第8274期:第01版`, `首版`, `-相关推荐`.
_ABOVE_TITLE_CHROME = ABOVE_TITLE_CHROME
# The words a report's first paragraph opens with, after a title run into it (`…绩效评价报告根据…的安排,`).
_OPENING = re.compile(r"^(?:根据|按照|依据|为了?|受[\u4e00-\u9fff]{1,20}委托|近日|日前)")
_ENCLOSED = re.compile(rf"^{OPEN_QUOTE}(?P<inner>.+){CLOSE_QUOTE}$")


def _title_text(text: str) -> tuple[str, bool, Rule] | None:
    """The title a block offers, whether it is only a file's name, and the rule: the block itself, a file name
    without `附件N:` and its extension, or the head of a block that runs the title into the text."""
    folded = fold(text).strip()
    shared = SHARED_FILE.match(folded)
    if shared and _title_like(shared["name"]):
        return text.strip()[shared.start("name") : shared.end("name")].strip(), False, TITLE_OF_SHARED_FILE
    label = TITLE_LABEL.match(folded)
    if label:  # `名称：…关于…的公告`, `原标题：…`: the title is what the label introduces
        text = text.strip()[label.end() :].strip()
        if quoted := _ENCLOSED.match(text):
            text = quoted["inner"]
        return (text, False, TITLE_LABELLED) if _title_like(text) else None
    if _title_like(text):
        return text.strip(), False, TITLE_NEAR_TOP
    named = _FILE_NAME.match(folded)
    if named and _title_like(named["name"]):
        return text.strip()[named.start("name") : named.end("name")].strip(), True, TITLE_OF_FILE
    run_in = _RUN_IN.match(folded)
    if (
        run_in
        and _title_like(run_in["title"])
        and len(folded) > run_in.end()
        and (re.search(_YEAR, run_in["title"]) or _OPENING.match(folded[run_in.end() :]))
    ):
        return text.strip()[run_in.start("title") : run_in.end("title")], False, TITLE_RUN_IN
    return None


def _title_rank(text: str) -> int:
    """How much a title-like line reads as the document's title rather than a category or a caption."""
    folded = fold(text)
    return bool(re.search(_YEAR, folded)) + bool(_TITLE_END.search(folded.strip())) + (len(folded.strip()) >= 10)


def _lead_in(text: str) -> bool:
    """A short line that can be the first part of a title printed on several lines."""
    folded = re.sub(r"\s+", "", fold(text))
    return (
        2 <= len(folded) <= 32
        and bool(re.match(r"[\u4e00-\u9fff\d《(]", folded))
        and not _SENTENCE_MARK.search(folded)
        and ":" not in folded
        and not folded.endswith("文件")
        and not _ABOVE_TITLE_CHROME.search(folded)
        and not _DOCUMENT_NUMBER.match(folded)
        and not _NOTICE_NUMBER.match(folded)
        and not _DATE_LINE.match(folded)
        and not _LIST_MARK.match(folded)
        and not LEVEL1.match(folded)
        and not LEVEL2.match(folded)
        and not _ORG_NAME.match(folded)  # the publisher's line above its title
    )


def _substantial(block: TextBlock) -> bool:
    """A block that counts towards the title's search window; a page's short buttons (`立即查看`) do not."""
    return len(re.sub(r"\s+", "", block.text)) > 8 or _title_like(block.text)


def find_title(blocks: Sequence[TextBlock]) -> tuple[str, TextBlock, Rule] | None:
    """The title and the block it starts in; a title printed as several short lines is joined."""
    text_blocks = [block for block in blocks if not is_table(block)]
    for block in text_blocks[:LABEL_SEARCH_BLOCKS]:  # a title the page labels as one
        if TITLE_LABEL.match(fold(block.text).strip()) and (labelled := _title_text(block.text)):
            return labelled[0], block, labelled[2]
    prose: list[TextBlock] = []
    substantial = 0
    for block in text_blocks:
        if substantial >= TITLE_SEARCH_BLOCKS:
            break
        prose.append(block)
        substantial += _substantial(block)
    offered = {index: _title_text(block.text) for index, block in enumerate(prose)}
    candidates = {index: found for index, found in offered.items() if found}
    if len({found[0] for found in candidates.values() if found[1]}) > 1:  # a list of attachments: none is the title
        candidates = {index: found for index, found in candidates.items() if not found[1]}
    if not candidates:
        return _title_in_collection(text_blocks)
    best = max(candidates, key=lambda i: (_title_rank(candidates[i][0]) - candidates[i][1], -i))
    title, whole_block = candidates[best][0], candidates[best][0] == prose[best].text.strip()
    start = best
    if whole_block and not fold(title).startswith("关于"):  # `关于…的通知` is whole from its first word
        while start > 0 and _lead_in(prose[start - 1].text) and not _title_like(prose[start - 1].text):
            start -= 1
    title = "".join(block.text.strip() for block in prose[start:best]) + title
    # A title printed on two lines whose second line ends it (`…关于2023年度县级预算` / `绩效评价结果的报告`).
    if whole_block and best + 1 < len(prose) and not _TITLE_END.search(fold(title).strip()):
        following = prose[best + 1].text.strip()
        joined = title + following
        if (
            len(re.sub(r"\s+", "", following)) <= 24
            and not _SENTENCE_MARK.search(fold(following))
            and not _LIST_MARK.match(fold(following))
            and not LEVEL1.match(fold(following))
            and not LEVEL2.match(fold(following))
            and _TITLE_END.search(fold(joined))
        ):
            title = joined
    return title, prose[start], candidates[best][2]


_RESULTS_NOTICE = re.compile(r"关于.{0,40}(?:评价|考评|考核).{0,12}(?:结果|情况)的(?:通报|报告|通知|公告|公示)$")


def _title_in_collection(blocks: Sequence[TextBlock]) -> tuple[str, TextBlock, Rule] | None:
    """In a gazette or collection, the one title of a notice of evaluation results (two: none is sure)."""
    found = [
        block
        for block in blocks
        if _title_like(block.text) and _RESULTS_NOTICE.search(re.sub(r"\s+", "", fold(block.text)))
    ]
    return (found[0].text.strip(), found[0], TITLE_IN_COLLECTION) if len(found) == 1 else None


# -- publisher ------------------------------------------------------------------------------------------------------
_ORG_NAME = re.compile(r"^[\u4e00-\u9fff()（）]{2,30}" + alternation([*ORGAN_SUFFIXES, "部"]) + "$")
_DATE_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


def find_publisher(chrome: Sequence[TextBlock], blocks: Sequence[TextBlock]) -> tuple[str, Rule] | None:
    """Who published the document: a metadata field of the page, or the signature above the closing date."""
    for block in chrome:
        match = PUBLISHER_FIELD.search(fold(block.text))
        if match:
            return match["name"], PUBLISHER_OF_FIELD
    prose = [fold(block.text).strip() for block in blocks if not is_table(block)]
    for text in prose[:3]:
        site = SITE_WELCOME.search(text)
        if site:
            return site["name"], PUBLISHER_OF_SITE
    for index in range(len(prose) - 1, max(-1, len(prose) - 6), -1):
        if _DATE_LINE.match(prose[index]) and index > 0 and _ORG_NAME.match(prose[index - 1]):
            return prose[index - 1], PUBLISHER_OF_SIGNATURE
    return None


def _written_in_full(region: str, body: str) -> str:
    """The title's place as the text writes it with the places above it (`萊蕪區…` / `濟南市萊蕪區嚴格落實…`); the
    text is cut into words (jieba) only where a level character stands right before the place."""
    folded, place = fold(body), fold(region)
    if not any(folded[at - 1 : at] in _LEVELS for at in _occurrences(folded, place) if at):
        return region
    whole = next((named for named in _body_regions(body)[1] if named.endswith(place)), None)
    return body[(at := folded.find(whole)) : at + len(whole)] if whole else region


def _occurrences(text: str, part: str) -> list[int]:
    return [match.start() for match in re.finditer(re.escape(part), text)]


def find_region(
    title: str | None, publisher: str | None, blocks: Sequence[TextBlock], trailer: Sequence[TextBlock]
) -> tuple[str, Rule] | None:
    cells = [" ".join(cell or "" for cell in row) for block in blocks if is_table(block) for row in block.rows]  # type: ignore[attr-defined]
    body = "\n".join([*(block.text for block in blocks if not is_table(block)), *cells])
    for candidate, made in ((title, REGION_OF_TITLE), (publisher, REGION_OF_PUBLISHER)):
        if candidate:
            region = region_at(re.sub(r"^(?:关于)?\s*(?:(?:19|20)\d{2}\s*年度?)?\s*", "", fold(candidate)))
            if region and not region.endswith("本级") and f"{region[-1]}本级" in candidate:
                region += "本级"  # 青山市财政局关于…市本级…的报告
            if region:
                return _written_in_full(region, body), made
    if publisher and (province := re.match(PROVINCE_SHORT_NAME + "(?![省市])", fold(publisher))):
        return province.group(), PROVINCE_OF_PUBLISHER  # a provincial body: 宁夏贺兰山东麓葡萄酒产业园区管委会 → 宁夏
    bureau, layered = _body_regions(body)
    named = Counter(layered).most_common()
    if bureau:  # the bureau's region, or a region within it that the text names (合肥市 → 合肥市包河区)
        return next((region for region, _ in named if region.startswith(bureau)), bureau), REGION_OF_BUREAU
    if named:
        return named[0][0], REGION_NAMED_MOST
    if province := _own_province("\n".join([body, *(block.text for block in trailer)])):
        return province, OWN_PROVINCE_RULE
    for block in trailer:
        address = re.search(r"地址\s*:\s*(.+)", fold(block.text))
        if _COMPANY.search(fold(block.text)):
            continue  # a company's site (a consultancy, a document mirror): its address says nothing of the money
        if address and (region := region_at(address[1])):
            return region, REGION_OF_ADDRESS
    return None


# A text that speaks as its province (`我省`) may name it only in a name it begins (`陕西工人报`, `福建省财政厅`);
# provinces listed for comparison (`广东、江苏、浙江和山东4个省份`) are followed by a separator, not by a name.
_SPEAKS_AS_PROVINCE = re.compile(OWN_PROVINCE)
_PROVINCE_NAMING = re.compile(PROVINCE_SHORT_NAME + PROVINCE_SUFFIXES + r"?(?=[\u4e00-\u9fff])(?![和及与等、])")


def _own_province(text: str) -> str | None:
    """The one province a text that says `我省` names as the start of a name, else None."""
    folded = fold(text)
    if not _SPEAKS_AS_PROVINCE.search(folded):
        return None
    named = [match.group() for match in _PROVINCE_NAMING.finditer(folded)]
    provinces = {re.sub(r"(?:省|自治区)$", "", name) for name in named}
    return named[0] if len(provinces) == 1 else None


_COMPANY = re.compile(COMPANY_WORDS, re.IGNORECASE)


# -- fiscal year ----------------------------------------------------------------------------------------------------
_ROUND_NOTICE = re.compile(r"《[^》]*?" + _YEAR + r"度?[^》]*?(?:绩效评价|评价)[^》]*?(?:工作|结果)[^》]*》")
_EVALUATION = re.compile(r"评价|绩效|自评|考评")
_CLAUSE_AFTER = re.compile(r"[^，,。；;：:]*")
_SPENDING = re.compile(r"预算|资金|支出|经费|项目|部门|单位|政策")
_ROUND_WORDS = re.compile(r"(?:评价|考评|自评)?工作$|评价(?:结果)?$")
_QUOTED = re.compile(r"《[^》]*》|〔[^〕]*〕|\[[^\]]*\]")
_SINCE_BEFORE = re.compile(r"(?:自|从)\s*$")
_SINCE_AFTER = re.compile(r"\s*(?:起|以来|开始|至今)")
_PUBLISHED = re.compile(r"((?:19|20)\d{2})\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}")


def _year_in(text: str) -> int | None:
    match = re.search(_YEAR, fold(text))
    return int(match[1]) if match else None


# A title may print its year bare (`…指挥中心2018绩效评价自评报告`); a number of a 文号 is not a year.
_BARE_YEAR = re.compile(r"(?<![\d〔\[(（])((?:19|20)\d{2})(?=[\u4e00-\u9fff])(?!号)")
# The budget year a report accounts for when no sentence ties a year to the evaluation (`2021年部门决算收支…`).
_BUDGET_YEAR = re.compile(
    _YEAR + r"度?(?:部门|单位|我县|我区|我市|全县|全区|全市)?(?:一般公共预算|决算|预算执行|预算收支)"
)


# The year money was put into what is evaluated (`2022年已拨付资金6亿元`), when nothing else dates the round.
_FUNDED_YEAR = re.compile(_YEAR + rf"度?(?:已|共|累计|全年|当年)?{FUNDING_VERBS}[^，,。；;]{{0,8}}?(?:资金|经费|预算)")


def find_fiscal_year(
    title: str | None, blocks: Sequence[TextBlock], chrome: Sequence[TextBlock]
) -> tuple[int, Rule] | None:
    if title and (year := _year_in(title)):
        return year, YEAR_OF_TITLE
    if title and (bare := _BARE_YEAR.search(fold(title))):
        return int(bare[1]), YEAR_OF_TITLE
    prose = [fold(block.text) for block in blocks if not is_table(block)]
    for text in prose:
        notice = _ROUND_NOTICE.search(text)
        if notice:
            return int(notice[1]), YEAR_OF_ROUND_NOTICE
    spending: int | None = None
    round_year: int | None = None
    for text in prose:
        if _DATE_LINE.match(text.strip()):
            continue
        unquoted = _QUOTED.sub(lambda m: " " * len(m.group()), text)
        for sentence in re.split(r"[。！？]", unquoted):
            if not _EVALUATION.search(sentence):
                continue
            for match in re.finditer(_YEAR + r"度?", sentence):
                if _SINCE_BEFORE.search(sentence, 0, match.start()) or _SINCE_AFTER.match(sentence, match.end()):
                    continue  # `自2019年起推行…`, `2019年以来`: when a practice began, not the year evaluated
                following = _CLAUSE_AFTER.match(sentence, match.end())[0]  # type: ignore[index]
                if _ROUND_WORDS.search(following):
                    round_year = round_year or int(match[1])
                elif _SPENDING.search(following):
                    spending = spending or int(match[1])
        if spending:
            return spending, YEAR_OF_SPENDING
    if round_year:
        return round_year, YEAR_OF_ROUND
    for text in prose:
        budget = _BUDGET_YEAR.search(_QUOTED.sub(lambda m: " " * len(m.group()), text))
        if budget:
            return int(budget[1]), YEAR_OF_ACCOUNTS
    for text in prose:
        funded = _FUNDED_YEAR.search(_QUOTED.sub(lambda m: " " * len(m.group()), text))
        if funded:
            return int(funded[1]), YEAR_FUNDED
    for block in [*chrome, *blocks[-3:]]:
        if is_table(block):
            continue
        published = _PUBLISHED.search(fold(block.text))
        if published:
            return int(published[1]), YEAR_PUBLISHED
    return None


def report_fields(
    blocks: Sequence[TextBlock], chrome: Sequence[TextBlock], trailer: Sequence[TextBlock]
) -> ReportFields:
    found = find_title(blocks)
    title, title_block, title_rule = found if found else (None, None, None)
    rules: dict[str, str] = {"title": title_rule.name} if title_rule else {}
    published = find_publisher(chrome, blocks)
    publisher, publisher_rule = published if published else (None, None)
    if publisher is None and title_block is not None:
        prose = [block for block in blocks if not is_table(block)]
        above = prose[prose.index(title_block) - 1].text.strip() if prose.index(title_block) > 0 else ""
        if _ORG_NAME.match(fold(above)):  # the publisher's line above its title
            publisher, publisher_rule = above, PUBLISHER_ABOVE_TITLE
    if publisher_rule:
        rules["publisher"] = publisher_rule.name
    region = find_region(title, publisher, blocks, trailer)
    if region:
        rules["region"] = region[1].name
    year = find_fiscal_year(title, blocks, chrome)
    if year:
        rules["fiscal_year"] = year[1].name
    return ReportFields(
        title=title,
        region=region[0] if region else None,
        fiscal_year=year[0] if year else None,
        publisher=publisher,
        source=Source(page=title_block.page_at(0), text=title) if title_block and title else None,
        rules=rules,
    )
