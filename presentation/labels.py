"""Column headings in Chinese, one place for every table a person opens (xlsx sheets of `show`, `compare`,
`errors`, `reports`; the HTML comparison's tables): the same column reads the same in each. Machine-readable
exports (CSV, JSON, Parquet) keep the column names."""

from __future__ import annotations

COLUMN_LABELS = {
    # where a figure came from
    "region": "地区",
    "fiscal_year": "年度",
    "report_id": "报告编号",
    "page": "页码",
    "source_text": "原文",
    "source_path": "来源文件",
    # reports
    "title": "报告标题",
    "document_kind": "文档类型",
    "kind": "文档类型",
    "page_count": "页数",
    "status": "解析状态",
    "is_latest": "是否最新版本",
    "latest": "是否最新版本",
    "chosen": "是否人工选定",
    "versions": "版本数",
    "failed_checks": "未通过的核对",
    "ingested_at": "入库时间",
    # figures
    "metric": "指标代码",
    "label": "指标",
    "unit": "单位",
    "stated": "原文数值",
    "value": "数值",
    "change": "较上年",
    "batch_type": "评价类型代码",
    "batch": "评价类型代码",
    "batch_label": "评价类型",
    "label_raw": "原文名称",
    "departments": "部门数（个）",
    "amount": "原文金额",
    "amount_yuan": "金额（元）",
    "grade": "等级",
    "grade_raw": "原文等级",
    "count": "项目数（个）",
    "share %": "占比（%）",
    "share_pct": "占比（%）",
    "seq": "序号",
    "project_id": "项目编号",
    "project": "项目",
    "project_name": "项目名称",
    "projects": "评价项目数（个）",
    "department_id": "部门编号",
    "department": "主管部门",
    "canonical": "主管部门（规范名称）",
    "grades": "项目评价等级",
    "score": "得分",
    "unit_name": "单位名称",
    "parent_department": "上级主管部门",
    # checks and errors
    "check_name": "核对项",
    "expected": "应为",
    "actual": "实为",
    "detail": "说明",
    "error_id": "错误编号",
    "error_code": "错误代码",
    "message": "原因",
    "occurred_at": "发生时间",
    "dismissed_at": "忽略时间",
    "section": "表",
}
YUAN_SUFFIX = "（元）"


def heading(column: str) -> str:
    return COLUMN_LABELS.get(column, column)


def scaled_heading(column: str, unit: str, labelled: bool) -> str:
    """The heading of a money column's copy in 万元 or 亿元: 金额（亿元） beside 金额（元）."""
    base = heading(column).removesuffix(YUAN_SUFFIX) if labelled else column
    return f"{base}（{unit}）"
