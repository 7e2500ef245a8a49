"""Evaluation batches: the words that name each one, the batch types the warehouse keeps, the headline metrics a
report states (listed whole: (batch, kind) → name), and the Chinese labels readers see."""

from __future__ import annotations

# batch → words that name it (regular expressions); every pattern is searched, the earliest match in a phrase wins.
BATCH_WORDS: tuple[tuple[str, str], ...] = (
    (
        "department_overall",
        # (not the targets a whole department sets: `部门整体支出绩效目标…进行审核` is a review of targets)
        r"(?:部门|单位|机关)(?:\(单位\))?整体(?:支出)?(?:绩效)?(?:评价|自评)?(?![支绩目])|整体支出(?!绩效目)",
    ),
    ("policy", r"政策(?:绩效)?评价|政策绩效评估|政策评估|政策支出"),
    # a round split by kind counts its projects' evaluations apart (`其中：项目支出评价17项、政策评价3项…`); only so
    # counted, for `项目支出绩效评价` is otherwise the genre's name for any evaluation of a project's spending
    ("project_expenditure", r"项目支出(?:绩效)?评价(?=\s*\d|中)"),
    # Evaluations departments organised themselves (`部门绩效评价结果`, `部门组织开展的绩效评价`): not the bureau's;
    # each department's or N departments' evaluation (`各部门评价情况如下`, `3个部门评价结果均为“良”`) is of them.
    ("department_organised", r"部门组织(?:开展)?的?(?:绩效)?评价|(?<![各个家])部门(?:绩效)?评价"),
    (
        "lower_government",
        r"下级政府|(?:县|区|县区|区县|乡镇|镇|街道)(?:\((?:街道|乡镇|镇)\))?(?:级)?(?:政府)?(?:财政)?(?:综合)?运行(?:综合)?"
        r"(?:绩效)?评价"
        r"|财政管理绩效综合评价",
    ),
    ("fiscal_operation", r"财政(?:综合)?运行(?:绩效)?评价"),
    # the finance bureau's own evaluation of what it selected (`县财政局选取17个项目开展财政绩效评价`)
    (
        "key",
        r"重点(?:绩效)?评价|重点项目(?:绩效)?评价|重点预算项目|重点(?:项目)?财政绩效评价"
        r"|(?:(?<=开展)|(?<=进行)|(?<=实施)|(?<=开展了)|(?<=进行了))财政(?:绩效)?评价",
    ),
    ("sampling", r"抽评|抽查|复核|再评价"),
    ("monitoring", r"(?:运行|绩效|执行)监控"),
    ("ex_ante", r"事前(?:绩效)?评估"),  # assessing proposals before they are funded: not an evaluation of results
    # reviewing or setting the targets of a budget (`对…部门整体支出绩效目标进行严格审核`, `目标专项评审`): not a result
    (
        "targets",
        r"(?:整体支出|专项资金|项目)?绩效目标(?=[^。；;]*(?:审核|审查|评审|编报|申报|管理))|目标(?:专项)?评审",
    ),
    ("self", r"自评"),
)
# Batches whose project counts make up a stated total (`抽评和重点评价项目共212个`).
EVALUATION_BATCHES = (
    "sampling",
    "key",
    "project_expenditure",
    "policy",
    "department_overall",
    "lower_government",
    "fiscal_operation",
)
# The warehouse's batch_type vocabulary (the corpus's conventions): a batch without a type of its own is `other`;
# monitoring is a headline figure (`monitored_projects`), not an evaluation batch.
BATCH_TYPES = ("self", "sampling", "key", "department_overall", "other")
# Batches that keep their own type in the warehouse (the others are `other`).
OWN_TYPE_BATCHES = frozenset({"self", "monitoring", "sampling", "key", "department_overall"})
# Batches kept under another's type: the bureau's evaluations of projects, counted apart in a round split by kind, are
# its key evaluations (the corpus's conventions: word5_10, web3 U03, web4 X03, web5 Y04).
TYPE_OF_BATCH = {"project_expenditure": "key"}
# What a count counts, when that alone says the batch: `14个部门整体支出`, `4个政策支出`, `26个区县`.
COUNTED_BATCH_NOUNS: tuple[tuple[str, str], ...] = (
    ("department_overall", r"部门整体(?!支出绩效目)|单位整体(?!支出绩效目)|整体支出(?!绩效目)"),
    ("policy", r"^[\u4e00-\u9fff]{0,4}政策"),
    (
        "lower_government",
        r"^(?:区县|县区|县市区|县\(市、区\)|市县|乡镇|街道|城市|县|区|市)"
        r"(?:$|[^\u4e00-\u9fff]|政府|人民政府|财政|入选|参评|平均得分)",  # `全国45个城市入选`
    ),
    ("bond", r"专项债券项目|债券项目"),
)
# The nouns before a count that say what it counts (`新增专项债券项目7个`, `自评2630个`, `单位12家`).
COUNT_AFTER_NOUNS = (
    "专项债券项目",
    "债券项目",
    "项目",
    "政策",
    "自评",
    "复核",
    "抽评",
    "抽查",
    "单位",
    "部门",
    "乡镇(街道)",  # `参加本次评价的乡镇（街道）共10个`: the places a grading graded
    "乡镇",
)
# The evaluations a clause names after counts it pairs with them (`8个项目和2个预算部门，开展了项目绩效评价和部门整体
# 支出绩效评价`).
GENERIC_EVALUATIONS = r"项目(?:支出)?(?:绩效)?评价|部门整体支出(?:绩效)?评价|政策(?:绩效)?评价"
# Words that mark a clause as a sum of several batches (`抽评和重点评价项目共212个`).
TOTAL_MARKERS = r"共|合计|总计|累计|和|及|与"

# The headline metrics a report can state, each named whole: (batch, kind) → metric. A figure without a name here
# only fills in its batch.
METRICS: dict[tuple[str, str], str] = {
    ("self", "projects"): "self_evaluated_projects",
    ("self", "amount"): "self_evaluated_amount",
    ("monitoring", "projects"): "monitored_projects",
    ("sampling", "ratio"): "sampling_ratio",
    ("sampling", "projects"): "sampled_projects",
    ("sampling", "amount"): "sampled_amount",
    ("sampling", "departments"): "sampled_departments",
    ("key", "projects"): "key_evaluated_projects",
    ("key", "amount"): "key_evaluated_amount",
    ("key", "departments"): "key_evaluated_departments",
    ("total", "projects"): "total_evaluated_projects",
    ("total", "amount"): "total_evaluated_amount",
    ("department_overall", "projects"): "department_overall_evaluations",
    ("department_overall", "amount"): "department_overall_amount",
    ("project_expenditure", "projects"): "project_expenditure_evaluations",
    ("policy", "projects"): "policy_evaluations",
    ("policy", "amount"): "policy_amount",
    ("fiscal_operation", "projects"): "fiscal_operation_evaluations",
    ("fiscal_operation", "amount"): "fiscal_operation_amount",
    ("lower_government", "projects"): "lower_government_evaluations",
    ("lower_government", "amount"): "lower_government_amount",
    ("bond", "projects"): "bond_projects",
    ("bond", "amount"): "bond_amount",
}
# Metrics no (batch, kind) pair states: whole-document figures.
OTHER_METRICS = ("involved_departments",)
METRIC_NAMES = frozenset([*METRICS.values(), *OTHER_METRICS])
# Figures that are headline metrics but not evaluation batches: monitoring, the bonds a notice is about, totals.
NOT_BATCHES = frozenset({"monitoring", "bond", "total", "ex_ante", "targets"})

# -- display labels (for readers: reports, charts, exports) ---------------------------------------------------------
BATCH_LABELS: dict[str, str] = {
    "self": "单位自评",
    "monitoring": "运行监控",
    "sampling": "财政抽评",
    "key": "重点评价",
    "department_overall": "部门整体评价",
    "policy": "政策评价",
    "project_expenditure": "项目支出评价",
    "department_organised": "部门组织的评价",
    "lower_government": "下级政府财政运行评价",
    "fiscal_operation": "财政运行评价",
    "ex_ante": "事前绩效评估",
    "targets": "绩效目标审核",
    "other": "其他评价",
}
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
