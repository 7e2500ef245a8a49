"""The roles of table columns and of labelled list fields, and the rows that are totals.

A header cell takes the first role whose pattern it matches (评价得分 is a score, not a grade; 项目单位 is not a
name; 主管部门 before 部门). A list field is one of the FIELD_LABELS words followed by a colon (`主管部门：市民政局`).
"""

from __future__ import annotations

from jixiao.parsers.lexicon import alternation

SEQ_HEADERS = ("序号", "编号", "序")
NOTE_HEADERS = ("备注", "说明", "评价方式", "评价类型", "评价主体", "评价形式", "组织方式")
BOND_KIND_HEADERS = ("债券性质", "债券类型", "债券种类")
UNIT_HEADERS = ("项目单位", "实施单位", "责任单位", "使用单位", "项目实施单位", "承办单位", "执行单位")
DEPARTMENT_HEADERS = (
    "主管部门",
    "主管单位",
    "归口部门",
    "预算部门",
    "部门名称",
    "单位名称",
    "部门(单位)名称",
    "单位(部门)名称",
    "被评价单位",
    "被评价部门",
    "评价单位",  # beside 主管部门, the unit evaluated (the evaluator is 评价机构)
)
# Of two department columns, the one that names the supervising department (the other names the unit evaluated).
SUPERVISING_HEADERS = ("主管部门", "主管单位", "归口部门")
DEPARTMENT_WHOLE_HEADERS = ("部门", "单位", "预算单位", "部门(单位)", "单位(部门)")  # the whole cell, not a part of it
SHARE_HEADERS = ("占比", "比例", "比重", "百分比")
COUNT_HEADERS = ("个数", "数量", "项目数", "项数", "数目", "家数")
SCORE_HEADERS = ("得分", "分数", "评分", "分值", "总分")
GRADE_HEADERS = (
    "评价结果",
    "评价结论",
    "评价等级",
    "评价等次",
    "评价档次",
    "评定等次",
    "评定等级",
    "自评等级",
    "自评结果",
    "绩效等级",
    "等级",
    "档次",
    "等次",
    "结果",
    "评级",
)
# Rates and shares of execution are percentages, not money (`预算执行率`, `完成率(%)`).
RATE_HEADERS = ("执行率", "完成率", "支出率", "到位率")
AMOUNT_HEADERS = (
    "金额",
    "预算",
    "资金",
    "预算数",
    "预算额",
    "规模",
    "投资",
    "支出数",
    "执行数",
    "发行额",
    "债券额",
    "额度",
)
# The whole cell: the objects evaluated, projects and policies or the places a grading of lower governments grades.
NAME_HEADERS_WHOLE = (
    "项目",
    "政策",
    "评价对象",
    "对象",
    "项目(政策)",
    "街道",
    "乡镇",
    "乡镇(街道)",
    "县区",
    "区县",
    "县(市、区)",
    "县(市)",
    "县(区)",
    "区(县)",
    "县(市区)",
    "县市区",
    "地区",
    "城市",
    "市县",
)
# A place column headed by its level and the other levels it holds (`县（区、开发区）`, `乡镇（街道、园区）`).
PLACE_HEADER = r"^(?:县|区|市|乡镇|乡|镇|街道)\((?:县|市|区|乡镇|乡|镇|街道|开发区|园区|管委会|、)+\)$"
NAME_SUFFIX = "名称"  # `专项资金名称`, `债券名称`: a name, though the words before it name money

COLUMN_ROLES: tuple[tuple[str, str], ...] = (
    ("seq", "^" + alternation(SEQ_HEADERS) + "$"),
    ("note", alternation(NOTE_HEADERS)),
    ("bond_kind", alternation(BOND_KIND_HEADERS)),
    ("unit", alternation(UNIT_HEADERS)),
    ("department", alternation(DEPARTMENT_HEADERS) + "|^" + alternation(DEPARTMENT_WHOLE_HEADERS) + "$"),
    ("share", alternation(SHARE_HEADERS)),
    ("count", r"^(?:项目)?" + alternation(COUNT_HEADERS)),
    ("score", alternation(SCORE_HEADERS)),
    ("grade", alternation(GRADE_HEADERS)),
    ("name", NAME_SUFFIX + "$"),
    ("rate", alternation(RATE_HEADERS)),
    ("amount", alternation(AMOUNT_HEADERS)),
    ("name", NAME_SUFFIX + "|^" + alternation(NAME_HEADERS_WHOLE) + "$|" + PLACE_HEADER),
)
# Labels of a list item's fields (`主管部门：`); a label is one of these followed by a colon.
FIELD_LABELS: dict[str, str] = {
    "department": alternation(("主管部门", "主管单位", "归口部门", "预算部门")),
    "unit": alternation(("项目单位", "实施单位", "项目实施单位")),
    "grade": alternation(
        ("评价结果", "评价等级", "评价等次", "评价档次", "评定等次", "绩效等级", "评价结论", "自评等级")
    ),
    "score": alternation(("评价得分", "评价分数", "综合得分", "自评得分", "得分")),
    "amount": alternation(
        (
            "项目金额",
            "预算金额",
            "资金金额",
            "资金规模",
            "涉及资金",
            "涉及金额",
            "预算资金",
            "项目资金",
            "评价资金",
            "安排资金",  # a policy's or project's money of the year (`2023年度安排资金4560.00万元`)
            "兑现资金",  # a policy's money paid out in the year (`2023年兑现资金8650.00万元`)
            "兑现政策资金",
            "兑现奖补资金",
            "兑现补贴资金",
            "兑付资金",
            "金额",
        )
    ),
}
TOTAL_WORDS = ("合计", "总计", "小计", "共计", "总数")
# Two columns of one role (two scores, two years' grades): the one that is the result. The report's own year wins
# over another year, this year's over last year's, and the finance bureau's or the reviewer's over the unit's own.
THIS_YEAR_WORDS = ("本年", "当年", "本年度")
LAST_YEAR_WORDS = ("上年", "上年度", "去年")
# Of several score columns, the one that adds up the parts (`预算管理得分 | 绩效管理得分 | 综合得分`) is the result.
TOTAL_SCORE_HEADERS = ("综合得分", "总得分", "总分", "得分合计", "合计得分", "综合评分", "总评分")
