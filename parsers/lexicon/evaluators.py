"""Who evaluates: the finance bureau (its own key evaluations and its sampling of self-evaluations), the
supervising departments, the units themselves (自评), third parties; and the words of the genre itself."""

from __future__ import annotations

from jixiao.parsers.lexicon import alternation

FINANCE = "财政"
# The finance bureau named as the one who evaluates (`市财政局对…开展重点评价`).
FINANCE_BUREAUS = alternation(("财政局", "财政厅", "财政部门", "我局", "财政委员会"))
# Evaluations only a finance bureau does: its key evaluations and its review of self-evaluations.
BUREAU_EVALUATIONS = r"重点(?:绩效)?评价|抽评|抽查|复核|财政(?:支出)?绩效评价|财政评价"
SELF_EVALUATION = "自评"
# Self-evaluations named as the ground another evaluation stands on (`在项目单位开展绩效自评的基础上，县财政局委托第三方
# 机构…进行了绩效评价`, `在单位自评基础上，县财政局…抽取…`): what the document reports is the evaluation after them.
BUILT_ON_SELF_EVALUATION = r"在[^。，,；;]{0,24}?自评[^。，,；;]{0,8}?基础上"
# How an evaluation was done, naming the kinds it combines (`评价采取部门自评与财政评价相结合的方式`,
# `采取乡镇自评、县级审核和实地抽查相结合的方式`): a method, not a batch of its own.
# So is the run of steps a result went through (`经各乡镇(街道)自评、县财政局审核及实地抽查，评价结果为…`, `经乡镇自评、
# 县级复核和集中评审`, `经中介机构指导审核、财政复核`): two steps or more, joined.
_STEP = r"(?:自评|审核|复核|抽查|评审|核查|评定)"
METHOD_OF_EVALUATION = (
    r"(?:采取|采用|实行|坚持)[^。，,；;]{0,30}?相结合的?(?:方式|方法|办法)?"
    rf"|经[^。，,；;]{{0,20}}?{_STEP}(?:[^。，,；;]{{0,12}}?(?:、|及|和)[^。，,；;]{{0,20}}?{_STEP})+"
)
# What a clause says of evaluations that is no batch of the document's: the ground it stands on, or its method.
NOT_THE_BATCH = f"{BUILT_ON_SELF_EVALUATION}|{METHOD_OF_EVALUATION}"
THIRD_PARTY = alternation(("第三方", "中介机构", "会计师事务所", "咨询公司"))
# Which of two score columns is the result: the finance bureau's (`财政评价得分`, `评价得分以财政…为准`).
FINANCE_SCORE_WORDS = alternation(("财政", "复核", "抽评", "重点评价", "评价组", "专家", "第三方", "最终", "核定"))
SELF_SCORE_WORDS = alternation(("自评", "单位", "部门"))
# The genre: a text that speaks of none of these is not a performance report.
GENRE_WORDS = alternation(("绩效", "评价", "考评", "考核"))
# Words that speak of evaluating something (a sentence without them states no result of an evaluation).
EVALUATION_WORDS = alternation(("评价", "自评", "考评", "评估", "复核", "抽查", "抽评", "监控"))
