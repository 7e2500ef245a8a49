"""Parsers on the sample report and on synthetic variants (all Chinese text below except the sample is synthetic)."""

from __future__ import annotations

from decimal import Decimal

from jixiao.parsers import ParsedReport, PlainBlock, parse_report
from jixiao.parsers.departments import Vocabulary, shipped_vocabulary
from jixiao.parsers.organizations import split_organizations

EXPECTED_KEY_PROJECTS = [
    (1, "市工业专项资金-标准、品字标和绿色产品认证", "湖州市市场监管局", "优"),
    (2, "市电子商务专项资金", "湖州市商务局", "良"),
    (3, "“美丽小区”以奖代补", "湖州市综合行政执法局", "良"),
    (4, "社区阵地建设", "中共湖州市委组织部", "优"),
    (5, "村集体经济三年强村计划（2020-2022年）", "湖州市农业农村局", "良"),
    (6, "服务业专项", "湖州市发展和改革委员会", "良"),
    (7, "既有住宅加装电梯", "湖州市住房和城乡建设局", "良"),
    (8, "环保委托业务经费", "湖州市生态环境局", "优"),
    (9, "就业创业专项", "湖州市人力社保局", "良"),
    (10, "养老服务体系建设", "湖州市民政局", "良"),
    (11, "文化礼堂建设", "中共湖州市委宣传部", "优"),
    (12, "职业教育专项", "湖州市教育局", "优"),
]


def _metrics(report) -> dict[str, Decimal]:  # type: ignore[no-untyped-def]
    return {metric.metric: metric.value for metric in report.metrics}


def test_sample_title_region_year(sample_report) -> None:  # type: ignore[no-untyped-def]
    assert sample_report.report.title == "2023年度湖州市本级预算绩效管理情况"
    assert sample_report.report.region == "湖州市本级"
    assert sample_report.report.fiscal_year == 2023
    assert sample_report.status == "ok"


def test_sample_projects_and_unit(sample_report) -> None:  # type: ignore[no-untyped-def]
    got = [(p.seq, p.project_name, p.department_raw, p.grade) for p in sample_report.projects]
    assert got == EXPECTED_KEY_PROJECTS
    canonical = {p.department_raw: p.department for p in sample_report.projects}
    assert canonical["湖州市市场监管局"] == "市市场监督管理局"
    assert canonical["中共湖州市委组织部"] == "市委组织部"
    assert canonical["湖州市人力社保局"] == "市人力资源和社会保障局"
    assert all(p.department_id and p.department_id.startswith("d") for p in sample_report.projects)
    assert {p.batch_type for p in sample_report.projects} == {"key"}
    service = sample_report.projects[5]
    assert service.source.page == 4  # `项目6：服务业专项` ends page 4; its department starts page 5
    [unit] = sample_report.units
    assert (unit.unit_name, unit.parent_department, unit.grade, unit.grade_raw) == (
        "市文物保护管理所",
        "市文化广电旅游局",
        "优",
        "优",
    )


def test_sample_checks_all_pass(sample_report) -> None:  # type: ignore[no-untyped-def]
    names = {check.check_name for check in sample_report.checks}
    assert {
        "grade_counts_sum_to_batch_size:sampling",
        "grade_shares_sum_to_100:sampling",
        "batches_add_up_to_total:total_evaluated_projects",
        "batches_add_up_to_total:total_evaluated_amount",
        "listed_match_declared:key",
        "listed_match_declared:department_overall",
    } <= names
    assert [c for c in sample_report.checks if not c.passed] == []


def test_amounts_in_wan_yuan_and_grade_words_with_shares() -> None:
    report = parse_report(
        [
            PlainBlock("2022年度青山县预算绩效管理情况"),
            PlainBlock("（一）财政重点评价结果"),
            PlainBlock(
                "2022年县财政局共组织开展重点绩效评价项目5个，涉及8个县级部门，资金340915.5112万元。"
                "评价结果为“优秀”的项目3个，占60%；“良好”的项目1个，占20%；“中(一般)”的项目1个，占20%。",
                page=2,
            ),
        ]
    )
    assert (report.report.region, report.report.fiscal_year) == ("青山县", 2022)
    metrics = _metrics(report)
    assert metrics["key_evaluated_projects"] == 5
    assert metrics["key_evaluated_departments"] == 8
    assert metrics["key_evaluated_amount"] == Decimal("3409155112.00")
    amount = next(m for m in report.metrics if m.metric == "key_evaluated_amount")
    assert (amount.stated_value, amount.stated_unit, amount.unit, amount.source.page) == (
        Decimal("340915.5112"),
        "万元",
        "元",
        2,
    )
    grades = [(g.batch_type, g.grade, g.grade_raw, g.count, g.share_pct) for g in report.grade_counts]
    assert grades == [
        ("key", "优", "优秀", 3, Decimal(60)),
        ("key", "良", "良好", 1, Decimal(20)),
        ("key", "中", "中(一般)", 1, Decimal(20)),
    ]
    assert all(check.passed for check in report.checks)


def test_counts_that_do_not_add_up_fail_a_check_and_mark_partial() -> None:
    report = parse_report(
        [
            PlainBlock("2021年度青山市本级预算绩效管理情况"),
            PlainBlock("财政抽评项目50个，评价结果为优的项目20个，良20个，中5个，差1个。"),
        ]
    )
    failed = [check for check in report.checks if not check.passed]
    assert [check.check_name for check in failed] == ["grade_counts_sum_to_batch_size:sampling"]
    assert (failed[0].expected, failed[0].actual) == ("50", "46")
    assert report.status == "partial"


def test_plans_are_not_results() -> None:
    report = parse_report(
        [
            PlainBlock("2024年度青山市本级预算绩效管理情况"),
            PlainBlock("下一步，拟开展重点绩效评价项目8个，涉及资金2.5亿元。计划对3个部门开展整体评价。"),
        ]
    )
    assert report.metrics == []
    assert report.units == []
    assert report.status == "empty"
    assert any(check.check_name == "records_found" and not check.passed for check in report.checks)


def test_project_list_on_one_line_with_score_under_the_grade_label() -> None:
    report = parse_report(
        [
            PlainBlock("2023年度青山市本级预算绩效管理情况"),
            PlainBlock("（二）重点评价结果"),
            PlainBlock("项目1：青山湖水环境治理 主管部门：青山市水利局 评价结果：良好。"),
            PlainBlock("项目2：智慧交通建设 主管部门：青山市交通运输局 评价结果：92.5分。"),
            PlainBlock("项目3：校舍维修 主管部门：青山市教育局 评价得分：81分 评价结果：中 项目金额：1200万元"),
        ]
    )
    rows = [(p.seq, p.project_name, p.department_raw, p.grade, p.grade_raw, p.score) for p in report.projects]
    assert rows == [
        (1, "青山湖水环境治理", "青山市水利局", "良", "良好", None),
        (2, "智慧交通建设", "青山市交通运输局", None, None, Decimal("92.5")),
        (3, "校舍维修", "青山市教育局", "中", "中", Decimal(81)),
    ]
    assert report.projects[2].amount is not None and report.projects[2].amount.yuan == Decimal("12000000.00")
    assert {p.batch_type for p in report.projects} == {"key"}


def test_a_users_department_names_reach_jieba_for_mentions() -> None:
    """$JIXIAO_DEPARTMENT_ALIASES (merged into the vocabulary) is jieba's user dictionary too, not only the
    canonical-name table: without it `市数据资源局` is three words and no mention."""
    blocks = [
        PlainBlock("2023年度青山市本级预算绩效管理情况"),
        PlainBlock("会同市数据资源局、市财政局开展监督评价。"),
    ]
    users = shipped_vocabulary().merged(Vocabulary.from_lines(["数据资源局 | 数据局"]))

    def departments(report: ParsedReport) -> list[str]:
        return [mention.name for mention in report.mentions if mention.kind == "department"]

    assert departments(parse_report(blocks)) == ["市财政局"]
    assert departments(parse_report(blocks, vocabulary=users)) == ["市数据资源局", "市财政局"]


def test_unit_evaluation_without_a_subordination_word_uses_jieba() -> None:
    assert split_organizations("市文化广电旅游局市文物保护管理所") == ["市文化广电旅游局", "市文物保护管理所"]
    report = parse_report(
        [
            PlainBlock("2023年度青山市本级预算绩效管理情况"),
            PlainBlock("市财政局对市教育局开展部门整体绩效评价，评价得分91.5分，评价结果为“优秀”。"),
        ]
    )
    [unit] = report.units
    assert (unit.unit_name, unit.parent_department, unit.grade, unit.grade_raw, unit.score) == (
        "市教育局",
        None,
        "优",
        "优秀",
        Decimal("91.5"),
    )


def test_noise_is_not_data() -> None:
    report = parse_report(
        [
            PlainBlock("2023年度青山市本级预算绩效管理情况"),
            PlainBlock(
                "根据《青山市财政局关于印发绩效管理办法的通知》（青财绩〔2022〕24号），联系电话：0572-1234567。"
            ),
            PlainBlock("地址：青山市人民路8号，邮编313000。浙ICP备12345678号。2024年3月5日"),
        ]
    )
    assert report.metrics == [] and report.projects == [] and report.grade_counts == []


def test_section_structure_of_the_sample(sample_document) -> None:  # type: ignore[no-untyped-def]
    from jixiao.parsers.text import sections

    parts = sections(sample_document.paragraphs)
    sampling = next(p for p in parts if p.block.text.startswith("二是财政抽评覆盖全部门"))
    assert (sampling.heading1, sampling.heading2, sampling.item) == (
        "一、工作开展情况",
        "（二）拓展“线上+线下”管理模式",
        "二是财政抽评覆盖全部门。",
    )
    project = next(p for p in parts if p.block.text == "项目6：服务业专项")
    assert (project.heading1, project.heading2, project.item) == (
        "二、绩效评价结果情况",
        "（三）财政重点评价结果",
        None,
    )
    assert sum(1 for p in parts if p.is_heading) == 8


def test_user_alias_file_extends_the_vocabulary(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from jixiao.parsers.departments import canonical_department

    from jixiao.ingest.reading import department_vocabulary

    assert canonical_department("市老龄办", "青山市本级", department_vocabulary()).canonical_name == "市老龄办"
    aliases = tmp_path / "aliases.txt"
    aliases.write_text("老龄工作委员会办公室 | 老龄办\r\n", encoding="utf-8")
    monkeypatch.setenv("JIXIAO_DEPARTMENT_ALIASES", str(aliases))
    department = canonical_department("市老龄办", "青山市本级", department_vocabulary())
    assert department is not None and department.canonical_name == "市老龄工作委员会办公室"
