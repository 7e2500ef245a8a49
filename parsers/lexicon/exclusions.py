"""Words that mark what is not a result: plans and unfinished work, money of the accounts or of funding, counts of
things that are not evaluated (days, people, problems), rankings, score bands, rules about grades."""

from __future__ import annotations

import re

from jixiao.parsers.lexicon import alternation

# Plans, intentions and work still under way are not results (`拟开展`, `计划对…开展`, `将于`, `尚在复核`).
PLAN_WORDS = re.compile(r"拟|计划(?:对|于|开展|组织|选取)|将于|将对|将开展|将按|将通过|预计|尚在|正在开展|暂未|待评价")
# A rule or an obligation (`对…项目须进行绩效评估`), not an evaluation done.
MODAL_VERBS = re.compile(r"(?:须|应|要|需|必须|应当|将|拟|可)(?:进行|开展|实施|组织)")
# Words after a number that make it a band or a threshold (`80分以上`, `70-80分`, `300万以上`).
BAND_AFTER = alternation(("以上", "以下", "及以上", "以内", "以下的", "至", "到", "-", "—", "~"))
# Words before a score that make it a band, a threshold, a difference or an average.
BAND_BEFORE = re.compile(
    r"(?:均在|以上|以下|不低于|不足|低于|高于|达到|满分|总分|分值|权重|相差|差距|差值|高出|平均|平均分|最高|最低|"
    r"[≤<≥>＜＞]|\d\s*[-—~至])"
    r"[^,，;；]{0,6}$"
)
# Sentences about grades that are not results: the scale itself, and what follows from a grade (`评价为“中”的单位须
# …整改`, `评价等级为C、D的专项资金…压减`).
GRADE_RULES = re.compile(
    r"分为|划分为|等级标准|评分标准|对评价(?:结果|等级|等次)为|及以下|以下的"
    r"|(?:评价|结果|等级|等次|档次)为.{0,12}?的(?:项目|单位|部门|专项资金|资金|政策|县|市|区)[^。]{0,12}?"
    r"(?:将|应|须|要|予以|按|原则上|压减|取消|约谈|整改|扣减|挂钩|优先)"
)
# Money of the accounts, not of an evaluation: revenue, carry-overs, debt (`收入792.22万元`, `转贷…政府债券39272万元`).
ACCOUNTING_WORDS = re.compile(r"收入|结转|结余|余额|还本|本金|限额|转贷|借款")
# Verbs that put money into a project (`投入…资金1845万元`, `年初安排预算资金1万元`, `下达专项资金52.8万元`).
FUNDING_VERBS = alternation(("投入", "安排", "下达", "拨付", "拨入", "落实", "到位", "总投资", "批复"))
# A project's budget named before its money, no verb first (`年初预算安排3,860.00万元`, `项目预算资金1,280万元`):
# the money put in, as a one-project report's overview states it.
BUDGET_STATED = alternation(("预算安排", "预算资金", "预算数", "预算总额", "预算金额", "预算"))
# Verbs that cut a budget by a share (`按不低于20%的比例压减预算`): the share is a penalty, not a sampling ratio.
CUT_VERBS = alternation(("压减", "扣减", "削减", "核减", "调减", "扣回", "收回"))
# A form's row of the money put into its project (the standard 项目支出绩效自评表 and its local variants).
FORM_FUNDS_ROWS = alternation(("年度资金总额", "项目资金总额"))
# Parties an evaluator talks with are not what it evaluates (`与西夏区等7个市、县(区)…主管部门沟通交流`).
CONSULTED = re.compile(r"^与[^,，;；。]{0,24}$")
CONSULTING_VERBS = re.compile(r"沟通|交流|座谈|对接|协调|协商")
# A count of those ranked among the best, or scoring above a band, is a part of a grading, not its size
# (`14个县进入全国前200名…`, `13个县得分在90.5分以上`): matched on the words after the count, within its clause.
RANKED = re.compile(
    r"^[^,，;；。]{0,24}?(?:进入|入围|排名|位居|位列)(?:全国|全省|全市)?(?:前|第)"
    r"|^[^,，;；。]{0,8}?得分[^,，;；。]{0,10}?(?:以上|以下)"
)
# Projects money went to are what was funded, not what was evaluated (`扶持了全市22个重点项目建设`): the verb right
# before the count (`对支持乡村振兴的12个项目开展评价` counts evaluations).
FUNDED_COUNT = re.compile(r"(?:扶持|资助|支持|带动)了?(?:全省|全市|全州|全县|全区|全旗)?(?:共)?$")
# Places within the scope of what is evaluated, not graded (`对纳入评价范围的武汉、襄阳等8个市…进行绩效分析`).
IN_SCOPE = re.compile(r"纳入[^,，;；。]{0,8}范围[^,，;；。]*$")
# Money right after a second object joined to the batch's words is that object's (`…报告和土地整治项目6亿元…`).
JOINED_OBJECT = re.compile(r"(?:和|及|与)[\u4e00-\u9fff]{2,20}?(?:项目|工程)$")
# A count that points back at one already stated (`这14个县分别是:`, `上述3个项目`); `以上` only at a clause's start
# (`500万元以上12个项目` is a band, and the count a real one).
# Words that point back to what a text named already (`上述3个项目`, `该县此建设项目`).
POINTERS = ("这", "上述", "前述")
ANAPHORA = re.compile("(?:" + alternation(POINTERS) + r"|(?:^|[,，;；:：\s])以上)$")
# A quality and its degree (`覆盖面广`, `影响力大`, `社会关注度高`, `实施期长`, `带动性强`): the kind of object a bureau
# selects, not its name.
DESCRIPTIONS = re.compile(r"(?:面|力|度|期|性|量|率|额|范围)(?:广|大|高|长|强|好|多|少|低|快|小|短|明显|突出|显著)$")
# A name that begins by pointing back (`该县此建设项目`, `上述项目`, `本项目`) names no object of its own.
POINTING_BACK = re.compile("^" + alternation((*POINTERS, "以上", "该", "此", "本")))
# What a count may not count: time, people, problems, aspects, documents, things built.
NOT_EVALUATED_NOUNS = re.compile(
    r"^(?:工作日|月|日|年|小时|百分点|方面|环节|指标|问题|阶段|批次|人|次|条|处|座|口|亩|平方|立方|公里|千米|米|倍|户|名|"
    r"位|课题|文件|制度|办法|意见|措施|建议|会议|股室|小组|专家|组|轮|季度|档|等级|层级|领域|行业)"
)
# The same, named before a count with no noun after it (`现场核查点位62个，`, `发现问题12个，`, `设置指标36个。`).
COUNTED_NOT_EVALUATED = (
    "点位",
    "样本",
    "问卷",
    "指标",
    "问题",
    "建议",
    "措施",
    "课题",
    "文件",
    "专家",
    "人次",
    "人员",
)
NOT_EVALUATED_BEFORE_COUNT = re.compile(
    alternation(COUNTED_NOT_EVALUATED) + r"(?:数量?|总数)?(?:共|合计|总计|共计|为|达|有)?\s*$"
)
# Places a project reaches (`覆盖全县9个乡镇、118个行政村`, `主要用于全县14个乡镇`, `涉及城关镇、柳溪镇等6个
# 乡镇`): where it works, not places graded, unless the clause speaks of an evaluation.
REACHED_PLACES = re.compile(r"(?:覆盖|惠及|辐射|遍及|涉及|用于|分布(?:在|于)?)[^，,。；;]{0,30}$")
# Words that tie money or counts to the scope of an evaluation (`涉及资金`, `纳入…范围`, `资金总额`).
SCOPE_WORDS = re.compile(r"涉及|纳入|覆盖|范围|债券|总金额|资金总额|预算总额|总额")
# What an evaluation looks at, not what it evaluates (`对项目的决策、过程、产出及效益等方面开展评价`).
ASPECTS = re.compile(r"方面|^(?:项目的)?(?:决策|过程|产出|效益|管理|目标|情况|资金管理|绩效目标)$|^项目的")
# A phrase that says what kind of thing was evaluated, not which (`部分重点项目`, `10个市级重点项目`, `2项财政政策`).
GENERIC_OBJECTS = re.compile(
    r"^(?:\d+\s*[个项家]|我市|我县|我区|本市|本县|本区|部分|全部|各|所有|新增|发行的?|市级|县级|区级|省级|(?:市|县|区)?本级|重点|重大|专项|资金|部门|预算|财政|支出|政府|"
    r"债券|项目|评价|地方|其中|"
    r"(?:19|20)\d{2}年度?|[\u4e00-\u9fff]{0,4}(?:市|县|区)级)*(?:项目|政策|资金|支出|单位|部门)$"
)
# A survey's score or rate is not the evaluation's (`用户满意度调查得分为91.3分`, `问卷满意率`).
SURVEYS = re.compile(r"满意度|满意率|问卷|调查|测评|民意")
# A change against another year is not a count of what was evaluated (`较上年增加3个`, `比上年减少2个`).
CHANGE_BEFORE = re.compile(r"(?:较|比|同比|环比)[^,，;；。]{0,6}?(?:增加|减少|增长|下降|提升|新增|多|少)了?\s*$")

# Headings and numbered paragraphs about the report's own parts, or its scoring's, not a project (`二、评价结果`,
# `（一）基本情况`, `（三）存在的问题`, `四、结果运用`, `（一）产出指标（50分）`): matched on the name a reader took.
REPORT_PART_NAME = re.compile(
    r"(?:结果|结论|情况|问题|建议|措施|应用|运用|概况|概述|原因|意见|要求|安排|工作|评价|打算|成效|做法|经验|分析|说明|总结|目标"
    r"|指标|类项目|类|领域)$"
    r"|^(?:总体|基本|主要|存在|下一步|一是|工作)|开展|监控|自评|抽评|复核"
    r"|[(（](?:分值|权重)?\d+(?:\.\d+)?分[)）]$"  # an indicator's weight (`产出指标（50分）`, `（分值30分）`)
)
