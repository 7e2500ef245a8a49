"""The domain vocabulary in one place: grade words, the roles of table columns and list fields, batch words, plan
words, totals, money units and page chrome. A new word is one line here; the README's tables are tested against
these (tests/test_vocabulary.py).

Patterns are matched against folded text (`fold`: full-width ASCII forms → ASCII, same length), so `（` and `(`,
`：` and `:` need no alternatives.
"""

from __future__ import annotations

import re

# -- text folding --------------------------------------------------------------------------------------------------
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str) -> str:
    """Full-width ASCII forms (`（，：％１`) and the ideographic space as ASCII, one character for one: offsets in
    the folded text are offsets in the original, so a match can be sliced out of the original as printed."""
    return text.translate(_FOLD)


# -- grades --------------------------------------------------------------------------------------------------------
GRADES = ("优", "良", "中", "差")
# raw word (folded, quotes removed) → one of GRADES, or None where the word does not map one-to-one.
GRADE_MAP: dict[str, str | None] = {
    "优": "优",
    "优秀": "优",
    "良": "良",
    "良好": "良",
    "中": "中",
    "一般": "中",
    "中等": "中",
    "中(一般)": "中",
    "差": "差",
    "较差": "差",
    "合格": None,
    "不合格": None,
    "优良": None,  # a merged band
    "低": None,  # the lowest band of 高/中/低 scales
    "A": None,
    "B": None,
    "C": None,
    "D": None,
    "A级": None,
    "B级": None,
    "C级": None,
    "D级": None,
    "一等": None,
    "二等": None,
    "三等": None,
    "四等": None,
}
# Words that are grades only where the text marks them as one (quoted, after 为/是 and a grade cue, in a grade
# column): everywhere else they are ordinary words or letters.
AMBIGUOUS_GRADE_WORDS = frozenset({"中", "差", "低", "一般", "A", "B", "C", "D", "良"})
# Longest first, so that 优秀 wins over 优 and 不合格 over 合格 in alternations.
GRADE_WORD_PATTERN = "|".join(
    re.escape(word) for word in sorted((w for w in GRADE_MAP if w != "中(一般)"), key=len, reverse=True)
)
# A grade word with its gloss: 中(一般); never a score band such as (80分以上).
GRADE_WITH_GLOSS = r"(?:" + GRADE_WORD_PATTERN + r")(?:\([^)\d]{1,6}\))?"
QUOTES = "“”\"'‘’「」『』"
OPEN_QUOTE = "[“\"‘'「『]"
CLOSE_QUOTE = "[”\"’'」』]"
# Words that say a grade follows (`评价结果为“优”`, `评定等次为优`, `自评等级均为A级`).
GRADE_CUES = (
    r"评价结果|评价结论|评价等级|评价等次|评价档次|评定等次|评定等级|评定结果|绩效等级|自评等级|自评结果|考评结果"
    r"|等级|等次|档次|结果"
)

# -- the roles of table columns and labelled list fields -----------------------------------------------------------
# A header cell takes the first role whose pattern it matches (评价得分 is a score, not a grade; 项目单位 is not a
# name; 主管部门 before 部门). A list field is one of these words followed by a colon (`主管部门：市民政局`).
COLUMN_ROLES: tuple[tuple[str, str], ...] = (
    ("seq", r"^(?:序号|编号|序)$"),
    ("note", r"备注|说明|评价方式|评价类型|评价主体|评价形式|组织方式"),
    ("bond_kind", r"债券性质|债券类型|债券种类"),
    ("unit", r"项目单位|实施单位|责任单位|使用单位|项目实施单位|承办单位|执行单位"),
    ("department", r"主管部门|主管单位|归口部门|预算部门|部门名称|单位名称|^部门$|^单位$|^预算单位$"),
    ("share", r"占比|比例|比重|百分比"),
    ("count", r"^(?:项目)?(?:个数|数量|项目数|项数|数目|家数)"),
    ("score", r"得分|分数|评分|分值|总分"),
    (
        "grade",
        r"评价结果|评价等级|评价等次|评价档次|评定等次|评定等级|自评等级|自评结果|绩效等级|等级|档次|等次|结果|评级",
    ),
    ("name", r"名称$"),  # `专项资金名称`, `债券名称`: a name, though the words before it name money
    ("amount", r"金额|资金|预算数|预算额|规模|投资|支出数|执行数|发行额|债券额|额度"),
    ("name", r"名称|^项目$|^政策$|^评价对象$|^对象$|^项目\(政策\)$"),
)
# Labels of a list item's fields (`主管部门：`); a label is one of these followed by a colon.
FIELD_LABELS: dict[str, str] = {
    "department": r"主管部门|主管单位|归口部门|预算部门",
    "unit": r"项目单位|实施单位|项目实施单位",
    "grade": r"评价结果|评价等级|评价等次|评价档次|评定等次|绩效等级|评价结论|自评等级",
    "score": r"评价得分|评价分数|综合得分|自评得分|得分",
    "amount": r"项目金额|预算金额|资金金额|资金规模|涉及资金|涉及金额|预算资金|金额",
}
TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|共计|总数|合\s*计|总\s*计|小\s*计)$")

# -- batches --------------------------------------------------------------------------------------------------------
# batch → words that name it; every pattern is searched, the earliest match in a phrase wins.
BATCH_WORDS: tuple[tuple[str, str], ...] = (
    (
        "department_overall",
        r"(?:部门|单位|机关)(?:\(单位\))?整体(?:支出)?(?:绩效)?(?:评价|自评)?|整体支出",
    ),
    ("policy", r"政策(?:绩效)?评价|政策绩效评估|政策评估|政策支出"),
    # Evaluations departments organised themselves (`部门绩效评价结果`, `部门组织开展的绩效评价`): not the bureau's.
    ("department_organised", r"部门(?:组织(?:开展)?的?)?(?:绩效)?评价"),
    (
        "lower_government",
        r"下级政府|(?:县|区|县区|区县|乡镇)(?:级)?(?:政府)?(?:财政)?(?:综合)?运行(?:绩效)?评价|财政管理绩效综合评价",
    ),
    ("fiscal_operation", r"财政(?:综合)?运行(?:绩效)?评价"),
    ("key", r"重点(?:绩效)?评价|重点项目(?:绩效)?评价|重点预算项目|重点(?:项目)?财政绩效评价"),
    ("sampling", r"抽评|抽查|复核|再评价"),
    ("monitoring", r"(?:运行|绩效|执行)监控"),
    ("ex_ante", r"事前(?:绩效)?评估"),  # assessing proposals before they are funded: not an evaluation of results
    ("self", r"自评"),
)
# Batches whose project counts make up a stated total (`抽评和重点评价项目共212个`).
EVALUATION_BATCHES = ("sampling", "key", "policy", "department_overall", "lower_government", "fiscal_operation")
# The warehouse's batch_type vocabulary (the corpus's conventions): a batch without a type of its own is `other`;
# monitoring is a headline figure (`monitored_projects`), not an evaluation batch.
BATCH_TYPES = ("self", "sampling", "key", "department_overall", "other")

# The headline metrics a report can state (the corpus's names); other facts only fill in their batches.
METRIC_NAMES = frozenset(
    {
        "self_evaluated_projects",
        "self_evaluated_amount",
        "monitored_projects",
        "sampling_ratio",
        "sampled_projects",
        "sampled_amount",
        "sampled_departments",
        "key_evaluated_projects",
        "key_evaluated_amount",
        "key_evaluated_departments",
        "total_evaluated_projects",
        "total_evaluated_amount",
        "department_overall_evaluations",
        "department_overall_amount",
        "policy_evaluations",
        "policy_amount",
        "project_expenditure_evaluations",
        "fiscal_operation_evaluations",
        "fiscal_operation_amount",
        "lower_government_evaluations",
        "lower_government_amount",
        "involved_departments",
        "bond_projects",
        "bond_amount",
    }
)

# -- display labels (for readers: reports, charts, exports) ---------------------------------------------------------
# Every batch word's Chinese name (the warehouse's batch_type values and the batches named above).
BATCH_LABELS: dict[str, str] = {
    "self": "单位自评",
    "monitoring": "运行监控",
    "sampling": "财政抽评",
    "key": "重点评价",
    "department_overall": "部门整体评价",
    "policy": "政策评价",
    "department_organised": "部门组织的评价",
    "lower_government": "下级政府财政运行评价",
    "fiscal_operation": "财政运行评价",
    "ex_ante": "事前绩效评估",
    "other": "其他评价",
}
# Every headline metric's Chinese name and the unit its value is stored in (个, 元, %, as the metrics table keeps).
METRIC_LABELS: dict[str, str] = {
    "self_evaluated_projects": "自评项目数",
    "self_evaluated_amount": "自评项目金额",
    "monitored_projects": "运行监控项目数",
    "sampling_ratio": "抽评比例",
    "sampled_projects": "抽评项目数",
    "sampled_amount": "抽评项目金额",
    "sampled_departments": "抽评涉及部门数",
    "key_evaluated_projects": "重点评价项目数",
    "key_evaluated_amount": "重点评价项目金额",
    "key_evaluated_departments": "重点评价涉及部门数",
    "total_evaluated_projects": "评价项目总数",
    "total_evaluated_amount": "评价项目总金额",
    "department_overall_evaluations": "部门整体评价数",
    "department_overall_amount": "部门整体评价金额",
    "policy_evaluations": "政策评价数",
    "policy_amount": "政策评价金额",
    "project_expenditure_evaluations": "项目支出评价数",
    "fiscal_operation_evaluations": "财政运行评价数",
    "fiscal_operation_amount": "财政运行评价金额",
    "lower_government_evaluations": "下级政府评价数",
    "lower_government_amount": "下级政府评价金额",
    "involved_departments": "涉及部门数",
    "bond_projects": "债券项目数",
    "bond_amount": "债券金额",
}

# -- plans, bands, totals -------------------------------------------------------------------------------------------
# Plans, intentions and work still under way are not results (`拟开展`, `计划对…开展`, `将于`, `尚在复核`).
PLAN_WORDS = re.compile(r"拟|计划(?:对|于|开展|组织|选取)|将于|将对|将开展|将按|将通过|预计|尚在|正在开展|暂未|待评价")
# A score band or threshold, not a score (`80分以上`, `70-80分`, `得分均在85分以上`, `300万以上`).
BAND_AFTER = r"(?:以上|以下|及以上|以内|以下的|至|到|-|—|~)"

# Money of the accounts, not of an evaluation: revenue, carry-overs, debt (`收入792.22万元`, `转贷…政府债券39272万元`).
ACCOUNTING_WORDS = re.compile(r"收入|结转|结余|余额|还本|本金|限额|转贷|借款")

# Verbs that put money into a project (`投入…资金1845万元`, `年初安排预算资金1万元`, `下达专项资金52.8万元`).
FUNDING_VERBS = r"投入|安排|下达|拨付|拨入|落实|到位|总投资|批复"

# A form's row of the money put into its project (the standard 项目支出绩效自评表 and its local variants):
# `年度资金总额(万元): 1 52.800000` (the row's label, a 行次 number, then its budget columns).
FORM_FUNDS_ROW = r"年度资金总额|项目资金总额"

# Parties an evaluator talks with are not what it evaluates (`与西夏区等7个市、县(区)…主管部门沟通交流`).
CONSULTED = re.compile(r"^与[^,，;；。]{0,24}$")
CONSULTING_VERBS = re.compile(r"沟通|交流|座谈|对接|协调|协商")

# A count of those ranked among the best, or scoring above a band, is a part of a grading, not its size
# (`14个县进入全国前200名`, `13个县在…1847个县中排名前200名`, `13个县得分在90.5分以上`): matched on the words
# after the count, within its clause.
RANKED = re.compile(
    r"^[^,，;；。]{0,24}?(?:进入|入围|排名|位居|位列)(?:全国|全省|全市)?(?:前|第)"
    r"|^[^,，;；。]{0,8}?得分[^,，;；。]{0,10}?(?:以上|以下)"
)

# Projects money went to are what was funded, not what was evaluated (`扶持了全市22个重点项目建设`,
# `支持15个项目`): the verb right before the count (`对支持乡村振兴的12个项目开展评价` counts evaluations).
FUNDED_COUNT = re.compile(r"(?:扶持|资助|支持|带动)了?(?:全省|全市|全州|全县|全区|全旗)?(?:共)?$")

# Places within the scope of what is evaluated, not graded (`对纳入评价范围的武汉、襄阳等8个市…进行绩效分析`),
# unless the sentence names an evaluation of lower governments: matched on the words before the count.
IN_SCOPE = re.compile(r"纳入[^,，;；。]{0,8}范围[^,，;；。]*$")
# Money right after a second object joined to the batch's words is that object's (`形成部门整体支出绩效报告和土地整治
# 项目6亿元绩效评价报告`): matched on the words before the money, within its clause.
JOINED_OBJECT = re.compile(r"(?:和|及|与)[\u4e00-\u9fff]{2,20}?(?:项目|工程)$")

# -- numbers and money --------------------------------------------------------------------------------------------
# A whole number as printed: `1,826` (thousands separators) or `1826`; never the `5,` before a clause.
NUMBER = r"\d{1,3}(?:,\d{3})+(?![\d.])|\d+"


def count_value(text: str) -> int:
    return int(text.replace(",", ""))


# -- money ----------------------------------------------------------------------------------------------------------
MONEY_UNITS = ("亿元", "百万元", "万元", "千元", "元")

# -- places ---------------------------------------------------------------------------------------------------------
# Provinces and autonomous regions as organisations' names begin with them (`宁夏贺兰山东麓…管委会`, `新疆…`).
PROVINCE_SHORT_NAMES = (
    "河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|"
    "内蒙古|广西|西藏|宁夏|新疆"
)

# A county-level or city-level place as lower-government gradings name them (`石泉县`, `钟祥市`, `掇刀区`): a short
# name ending in an administrative suffix, not a count or a pronoun (`两县`, `我市`, `各区`).
PLACE_NAME = r"(?![两一二三四五六七八九十各全我本该某其这那此][县市区个])[\u4e00-\u9fff]{1,6}?(?:自治县|县|市|区|旗)"
# The nouns that count places (`13个县`, `14个县(市、区)`, `5个区县`).
PLACE_NOUN = r"(?:县\(市、区\)|县\(市\)|县市区|县区|区县|市县|城市|县|市|区|地区|旗)"

# -- page chrome ----------------------------------------------------------------------------------------------------
# Lines of a web page or a PDF's furniture that are never report text: metadata, navigation, footers.
CHROME_LINE = re.compile(
    r"^[-•·*\s]*(?:您(?:现在)?(?:的|当前的)?位置|文\s*号\s*:|时效性|当前位置|首页\s*[>›»]|[>›»]|\[?\s*索引号|\[?\s*发文字号|\[?\s*主题分类|"
    r"\[?\s*成文日期|\[?\s*发布机构|发布(?:日期|时间)|更新时间|信息来源|来源\s*[:：]|文章来源|访问次数|浏览(?:次数|量|数)|"
    r"点击(?:数|率|量)|字体|字号|【?\s*打印|【?\s*关闭|扫一扫|分享到?|保护视力色|•|相关附件\s*[:：]?\s*$)"
)
# Where the page's own text ends and its trailer (related links, comments, site footer) begins.
TRAILER_START = re.compile(
    r"^(?:阅读下一篇|下一篇|上一篇|相关(?:阅读|新闻|文章|链接)|\d+人已(?:收藏|打赏|点赞)|回帖|网友评论|"
    r"版权所有|主办单位|承办单位\s*[:：]|技术支持|网站标识码|.*ICP备|.*公网安备|单位地址|地址\s*[:：]|邮编\s*[:：])"
)
# A site's greeting names its owner, the publisher (`欢迎来到南县政协网站!`).
SITE_WELCOME = re.compile(r"^欢迎(?:来到|访问|光临)\s*(?P<name>[\u4e00-\u9fff]{2,20}?)(?:官方|门户)*网站")
# Publisher fields of a page's metadata: `来源:文成县财政局`, `[ 发布机构 ] 南川区农业农村委`.
PUBLISHER_FIELD = re.compile(
    r"(?:信息来源|文章来源|来源|发布机构|发文机关|发布单位)\s*[\]】]?\s*[:：]?\s*(?P<name>[\u4e00-\u9fff]{2,30})"
)
