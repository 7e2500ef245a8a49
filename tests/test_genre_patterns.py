"""The genre's patterns, one test each, on SYNTHETIC text (invented places, departments, projects and figures)
written the way the real documents in tests/fixtures/real write them."""

from __future__ import annotations

from decimal import Decimal

from jixiao.parsers import PlainBlock, parse_report
from jixiao.parsers.report_fields import region_at
from jixiao.parsers.text import PlainTable


def _parse(*texts: str | PlainTable):  # type: ignore[no-untyped-def]
    return parse_report([text if isinstance(text, PlainTable) else PlainBlock(text) for text in texts])


def test_a_flattened_web_table_keeps_a_dropped_cell_empty() -> None:
    report = _parse(
        "2023年度青山区专项债券项目绩效自评情况",
        "我单位对新增专项债券项目进行绩效自评，评价结果如下：",
        *["项目名称", "债券性质", "发行规模", "自评分数", "自评等级"],
        "单位:亿元",
        *["青山区第一医院改造工程", "专项债券", "0.5", "95", "优"],
        *["青山区老年活动中心建设项目", "专项债券", "1.2", "88"],  # the page dropped this row's empty grade cell
        *["青山区污水管网工程", "专项债券", "0.8", "91", "优"],
    )
    rows = [(p.project_name, p.score, p.grade) for p in report.projects]
    assert rows == [
        ("青山区第一医院改造工程", Decimal("95"), "优"),
        ("青山区老年活动中心建设项目", Decimal("88"), None),
        ("青山区污水管网工程", Decimal("91"), "优"),
    ]


def test_attachments_named_after_their_reports_are_projects_and_units() -> None:
    report = _parse(
        "我局委托第三方机构，对2022年市级预算执行的2个项目和1个预算部门，开展了项目绩效评价和部门整体支出绩效评价工作。",
        "附件1：2022年云溪大桥维修加固项目绩效评价报告.pdf",
        "附件2：云溪市乡村公益性岗位补贴绩效评价报告.pdf",
        "附件3：2022年度云溪市档案馆部门整体支出绩效评价报告.pdf",
        "云溪市财政局",
        "2023年5月6日",
    )
    assert [(p.project_name, p.batch_type) for p in report.projects] == [
        ("2022年云溪大桥维修加固项目", "key"),
        ("云溪市乡村公益性岗位补贴", "key"),
    ]
    assert [u.unit_name for u in report.units] == ["云溪市档案馆"]
    assert {(b.batch_type, b.project_count) for b in report.batches} == {("key", 2), ("department_overall", 1)}
    assert (report.report.region, report.report.fiscal_year) == ("云溪市", 2022)


def test_zipped_scores_shortened_names_and_a_grade_by_name() -> None:
    report = _parse(
        "我局对2021年河道保洁经费、8座公厕提升改造经费、扶持企业技改基金及扶持企业上市专项基金3个项目进行重点评价，"
        "涉及财政资金5200万元。",
        "从评价结果看，河道保洁、公厕提升改造、扶持企业技改基金及扶持企业上市专项评价得分分别为92.5分、90分、80.5分，"
        "公厕提升改造项目、区民政局2021年部门整体绩效评价结果为优秀，扶持企业技改基金及扶持企业上市专项绩效评价结果良好。",
    )
    rows = [(p.project_name, p.score, p.grade_raw) for p in report.projects]
    assert rows == [
        ("河道保洁经费", Decimal("92.5"), None),  # a score alone: no grade is invented
        ("8座公厕提升改造经费", Decimal("90"), "优秀"),
        ("扶持企业技改基金及扶持企业上市专项基金", Decimal("80.5"), "良好"),
    ]
    assert [(u.unit_name, u.grade_raw) for u in report.units] == [("区民政局", "优秀")]


def test_a_collective_grade_and_a_count_that_says_where_names_split() -> None:
    report = _parse(
        "这次绩效评价包括水土保持治理、林业生产与造林绿化、林下经济和森林防火4个林业项目，涉及专项资金2316.5万元。"
        "各项目单位开展了年度绩效自评，自评得分均在85分以上，自评等级均为A级。"
    )
    assert [(p.project_name, p.grade_raw, p.score) for p in report.projects] == [
        ("水土保持治理", "A级", None),
        ("林业生产与造林绿化", "A级", None),  # `与` inside a name: the count of 4 is met without splitting it
        ("林下经济", "A级", None),
        ("森林防火", "A级", None),  # `85分以上` is a band, not a score
    ]
    assert {m.metric: m.value for m in report.metrics} == {
        "self_evaluated_projects": Decimal(4),
        "self_evaluated_amount": Decimal("23165000.00"),
    }


def test_grade_groups_list_their_members_in_the_next_paragraph() -> None:
    report = _parse(
        "中央财政示范补助资金2022年绩效评价结果",
        "1.绩效评价等级为A的城市2个。",
        "江东青山、江西云溪。",
        "2.绩效评价等级为B的城市3个。",
        "浙南白鹭、闽北松湖、湘西明湖。",
    )
    assert [(g.grade_raw, g.count) for g in report.grade_counts] == [("A", 2), ("B", 3)]
    assert [(p.project_name, p.grade_raw) for p in report.projects][:3] == [
        ("江东青山", "A"),
        ("江西云溪", "A"),
        ("浙南白鹭", "B"),
    ]


def test_counted_objects_name_their_batch() -> None:
    report = _parse(
        "近日，云溪县财政局印发了《关于2024年开展财政支出绩效评价工作的通知》。",
        "财政局精准选取了2023年度6个部门整体支出、3个政策支出、1,216个重点预算项目支出实施财政重点绩效评价。",
    )
    assert {m.metric: m.value for m in report.metrics} == {
        "department_overall_evaluations": Decimal(6),
        "policy_evaluations": Decimal(3),
        "key_evaluated_projects": Decimal(1216),
    }
    assert (report.report.region, report.report.fiscal_year) == ("云溪县", 2024)  # the round's notice


def test_regions_from_titles() -> None:
    assert region_at("重庆市青山区农业农村委员会2019年度项目资金重点绩效评价结果") == "重庆市青山区"
    assert region_at("湖州市本级预算绩效管理情况") == "湖州市本级"
    assert region_at("高新区(江海区)预算绩效工作开展情况说明") == "高新区(江海区)"
    assert region_at("湖南省云溪市月塘街") == "云溪市"
    assert region_at("中央财政海绵城市建设示范补助资金") is None


def test_a_plans_project_list_is_not_results() -> None:
    table = PlainTable(
        (
            ("序号", "项目名称", "主管部门", "预算金额（万元）"),
            ("1", "城区停车设施建设补助", "碧水市住房和城乡建设局", "3200.00"),
        )
    )
    report = parse_report(
        [
            PlainBlock("碧水市财政局关于开展2024年度市级财政重点绩效评价工作的通知"),
            PlainBlock(
                "结合部门申报情况，拟选取12个项目开展财政重点绩效评价，涉及预算资金4.63亿元（项目清单见附件）。"
            ),
            table,
        ]
    )
    assert report.projects == [] and report.metrics == []
    assert report.report.document_kind == "plan"


def test_an_unread_result_fails_a_check() -> None:
    report = _parse(
        "2023年度明湖县项目绩效评价结果",
        "县财政局对3个项目开展重点绩效评价。其中明湖县农村客运补贴的评价得分为87.5分，评价等级为“良”。",
        "县城区道路改造工程等项目的评价情况较好，总体评价结果为“良好”。",
    )
    failed = [check for check in report.checks if check.check_name == "unexplained_result" and not check.passed]
    assert failed and "良好" in failed[0].detail
    assert report.status == "partial"


def test_titles_under_page_chrome_in_file_names_and_run_into_the_text() -> None:
    # A newspaper's issue and page lines stand above the headline; they are not part of it.
    news = _parse("第1234期:第02版", "首版", "我省县级财政管理绩效评价获表彰", "近日，财政部公布了评价结果。")
    assert news.report.title == "我省县级财政管理绩效评价获表彰"
    # Buttons of a mirror page (`立即查看`) do not use up the window in which a title is looked for.
    buttons = ["立即查看", "立即引荐", "立即监控"] * 2
    notice = _parse(*buttons, "关于开展2025年财政重点绩效评价工作的通知", "各相关单位：现将有关事项通知如下。")
    assert (notice.report.title, notice.report.fiscal_year) == ("关于开展2025年财政重点绩效评价工作的通知", 2025)
    # One attached file's name stands for the document; a list of attachments gives no title.
    attached = _parse("附件2:云溪区农林局2022年度项目支出部门评价报告(共15个). pdf", "下载后继续阅读")
    assert attached.report.title == "云溪区农林局2022年度项目支出部门评价报告"
    listed = _parse("附件1:云溪大桥项目绩效评价报告.pdf", "附件2:云溪市乡村补贴绩效评价报告.pdf")
    assert listed.report.title is None
    # A title run into its first paragraph by a web archive, and a year printed without 年.
    run_in = _parse("1、云溪县2017年度扶贫项目支出绩效评价报告项目摘要一、项目概况:我县投入扶贫资金1845万元。")
    assert run_in.report.title == "云溪县2017年度扶贫项目支出绩效评价报告"
    bare = _parse("云溪市城管中心2018绩效评价自评报告", "2019年4月1日印发。")
    assert bare.report.fiscal_year == 2018


def test_counted_and_generic_words_are_not_regions() -> None:
    assert _parse("云溪县绩效评价情况", "两县一市一区获得考评奖金。").report.region == "云溪县"
    counted = _parse("全省农村综合改革绩效考评结果揭晓", "我市两县一市一区获得绩效考评奖金。")
    assert counted.report.region is None
    committee = _parse("绩效评价情况", "县委县政府高度重视绩效评价工作。")
    assert committee.report.region is None
    bureau = _parse("绩效评价情况", "云溪市发改委争取专项资金1亿元，绩效评价得分96分。")
    assert bureau.report.region == "云溪市"


def test_a_one_project_form_gives_the_project_its_department_and_money() -> None:
    report = _parse(
        "云溪薯种繁育推广项目绩效目标自评表(2022年度)",
        "项目总得分95分项目实施单位云溪区农技中心省主管部门农业农村厅市县主管部门云溪区农业农村局资金情况(万元)",
        "年度资金总额全年预算数300万元，全年执行数259.45万元。",
    )
    project = report.projects[0]
    assert (project.project_name, project.department_raw, project.score) == (
        "云溪薯种繁育推广项目",
        "云溪区农业农村局",
        Decimal("95"),
    )


def test_a_publisher_line_above_the_title_and_a_quoted_notice_name_no_batch() -> None:
    report = _parse(
        "云溪产业园区管委会",
        "2021年云溪茶产业发展项目支出绩效评价评定等次为优",
        "根据《省财政厅关于开展2021年度绩效自评工作的通知》要求，管委会委托第三方机构开展绩效评价，"
        "评定结果得分为90.15分，评定等次为“优”。",
    )
    assert report.report.title == "2021年云溪茶产业发展项目支出绩效评价评定等次为优"
    assert [(p.project_name, p.department_raw, p.grade_raw, p.batch_type) for p in report.projects] == [
        ("2021年云溪茶产业发展项目", "云溪产业园区管委会", "优", "other")
    ]


def test_a_units_report_on_its_own_overall_spending_is_a_unit_evaluation() -> None:
    scored = _parse(
        "云溪县财政局2020年度 机关整体支出绩效评价报告",
        "一、自评得分情况",
        "按照部门整体支出绩效评价指标体系，对云溪县财政局2020年度机关整体支出开展了绩效评价，综合评分为97分。",
    )
    assert [(u.unit_name, u.score, u.grade_raw) for u in scored.units] == [("云溪县财政局", Decimal("97"), None)]
    assert [(b.batch_type, b.project_count, b.department_count) for b in scored.batches] == [
        ("department_overall", 1, 1)
    ]
    graded = _parse(
        "云溪市水源调度中心 2022 年整体和项目支出绩效自评总结报告",
        "我单位预算总金额 803.74 万元，部门目标实现率 100%，整体绩效自评为优 秀；",
    )
    assert [(u.unit_name, u.grade_raw) for u in graded.units] == [("云溪市水源调度中心", "优秀")]


def test_evaluated_objects_without_any_result_fail_a_check() -> None:
    report = _parse(
        "云溪县2022年度茶叶基地建设项目绩效评价报告",
        "受云溪县财政局委托，我所对云溪县2022年度茶叶基地建设项目开展重点绩效评价。一、项目概况",
    )
    assert [p.project_name for p in report.projects] == ["云溪县2022年度茶叶基地建设项目"]
    failed = [check.check_name for check in report.checks if not check.passed]
    assert "results_found" in failed and report.status == "partial"


def test_a_company_sites_address_is_not_the_region() -> None:
    bands = _parse(
        "财政部预算司对绩效评价结果等级划分标准统一明确为：优(90-100分)、良(80-89分)四个档次。",
        "地址：云溪省青山市东湖区人民路8号 云溪工程咨询股份有限公司",
    )
    assert bands.report.region is None
    bureau = _parse("绩效评价结果等级划分标准统一明确为四个档次。", "地址：云溪省青山市东湖区人民路8号")
    assert bureau.report.region == "青山市东湖区"


def test_a_title_that_names_its_object_in_brackets() -> None:
    bond = _parse("云溪省政府专项债券项目绩效自评价报告(云溪新城水质净化中心)", "一、项目情况")
    assert [(p.project_name, p.batch_type) for p in bond.projects] == [("云溪新城水质净化中心", "self")]
    both = _parse("云溪市城管中心2018绩效评价自评报告及评分表(整体支出和信息采集服务费专项支出)", "一、基本概况")
    assert [(p.project_name, p.department_raw) for p in both.projects] == [("信息采集服务费专项支出", "云溪市城管中心")]
    assert [u.unit_name for u in both.units] == ["云溪市城管中心"]


def test_a_score_printed_without_its_unit_is_still_accounted_for() -> None:
    report = _parse(
        "云溪区农业农村委员会2019年度项目资金重点绩效评价结果",
        "经评价，云溪区2019年农业开发补助资金项目绩效评价得分90.5 ,评价等级为优。",
    )
    scores = {p.score for p in report.projects}
    unread = [c.detail for c in report.checks if c.check_name == "unexplained_result" and not c.passed]
    assert Decimal("90.5") in scores or any("score 90.5" in detail for detail in unread)


def test_a_provincial_bodys_region_and_the_year_of_the_accounts() -> None:
    park = _parse(
        "宁夏云溪山东麓茶产业园区管委会", "2021年茶产业发展项目支出绩效评价评定等次为优", "评定结果得分为90分。"
    )
    assert park.report.region == "宁夏"
    accounts = _parse(
        "一、转移支付执行情况", "2021年度我县一般公共预算上级补助收入119662万元。", "三、预算绩效工作开展情况"
    )
    assert accounts.report.fiscal_year == 2021


def test_money_of_the_accounts_is_not_an_evaluated_amount() -> None:
    report = _parse(
        "部门整体支出绩效评价报告",
        "(一)部门整体支出概况。",
        "1、收入:792.22万元。同比上年度增加189.25万元,增加31.39%。",
        "2、支出:799.12万元。其中:人员经费支出434.89万元。",
    )
    assert report.metrics == [] and all(batch.amount is None for batch in report.batches)


def test_projects_itemised_with_their_money_after_their_count() -> None:
    report = _parse(
        "云溪市水源调度中心2022年整体和项目支出绩效自评总结报告",
        "二是项目绩效自评情况。我单位共有 2 个项目批复了绩效目 标,项目金额 56.00 万元。"
        "其中: 闸坝工程运行维修经费 46.00 万元、水质监测经费 10 万元。",
    )
    assert [(p.project_name, p.amount.yuan if p.amount else None, p.department_raw) for p in report.projects] == [
        ("闸坝工程运行维修经费", Decimal("460000.00"), "云溪市水源调度中心"),
        ("水质监测经费", Decimal("100000.00"), "云溪市水源调度中心"),
    ]


def test_cities_that_were_graded_are_counted() -> None:
    report = _parse(
        "财政部公布海绵城市建设示范补助资金绩效评价结果",
        "财政部公布中央财政示范补助资金2022年绩效评价结果，结果显示全国45个城市入选。",
        "1.绩效评价等级为A的城市13个。",
    )
    assert ("lower_government_evaluations", Decimal("45")) in [(m.metric, m.value) for m in report.metrics]


def test_evaluations_departments_organised_are_not_the_bureaus_key_batch() -> None:
    """A section of results of evaluations the departments organised (`（二）部门绩效评价结果`) after the bureau's
    own key evaluations: its projects are `other`, so the key batch's count (2) is not contradicted by 3 more."""
    report = _parse(
        "2023年度云溪市本级预算绩效管理情况",
        "二、绩效评价结果情况",
        "（一）财政重点评价结果",
        "2023年财政部门共组织开展重点绩效评价项目2个。评价结果如下：",
        "项目1：云溪大桥维修加固项目",
        "主管部门：市交通运输局",
        "评价结果：优。",
        "项目2：乡村公益性岗位补贴项目",
        "主管部门：市人力资源和社会保障局",
        "评价结果：良。",
        "（二）部门绩效评价结果",
        "部门组织开展的绩效评价项目结果见下表。",
        *["序号", "主管部门", "项目名称", "评价等级"],
        *["1", "市教育局", "学前教育发展专项资金", "优"],
        *["2", "市民政局", "困难群众救助专项资金", "良"],
        *["3", "市水利局", "中小河流治理专项资金", "中"],
    )
    batches = {p.project_name: p.batch_type for p in report.projects}
    assert batches == {
        "云溪大桥维修加固项目": "key",
        "乡村公益性岗位补贴项目": "key",
        "学前教育发展专项资金": "other",
        "困难群众救助专项资金": "other",
        "中小河流治理专项资金": "other",
    }
    assert report.status == "ok", [c for c in report.checks if not c.passed]


def test_a_one_project_reports_money_from_its_overview_and_after_its_name() -> None:
    """SYNTHETIC: the money put into the only project (a funding verb, or printed right after its name) is its
    amount and its batch's; the parts listed after 其中 and the money of the accounts are not."""
    report = _parse(
        "青山县2022年度财政专项资金乡村道路项目支出绩效评价报告",
        "一、项目概况:2022年度我县投入财政专项资金860万元,其中:中央资金500万元、县级配套资金360万元。",
        "二、评价结论:通过对各乡镇评价得分加权平均,全县综合得分为91.5分,评价等级为优。",
    )
    assert [(p.project_name, p.amount.yuan if p.amount else None) for p in report.projects] == [
        ("青山县2022年度财政专项资金乡村道路项目", Decimal("8600000.00"))
    ]
    assert [(b.project_count, b.amount.yuan if b.amount else None) for b in report.batches] == [
        (1, Decimal("8600000.00"))
    ]
    named = _parse(
        "云溪市林业发展中心2022年度苗木培育项目支出绩效评价报告",
        "中心委托第三方机构,客观评价2022年度苗木培育项目320万元资金使用情况,评价得分为88分,评价等级为“良”。",
    )
    assert [p.amount.yuan if p.amount else None for p in named.projects] == [Decimal("3200000.00")]


def test_parties_consulted_are_not_evaluated_objects() -> None:
    """SYNTHETIC: `与A区等5个县(区)…部门沟通交流` counts whom the evaluator talked with, not what it evaluated."""
    report = _parse(
        "云溪市2022年茶产业发展项目绩效评价结果",
        "经多次与东岭区等5个市、县(区)茶产业主管部门沟通交流,进行实地核查,对2022年茶产业发展项目开展绩效评价,"
        "评价得分为90分,评价等级为“优”。",
    )
    assert all(metric.value != 5 for metric in report.metrics)
    assert all(batch.project_count != 5 for batch in report.batches)


def test_a_one_row_tables_money_is_the_rows_not_a_stated_batch_figure() -> None:
    """SYNTHETIC: one bond row with its issue amount; the batch's money is not stated anywhere."""
    report = parse_report(
        [
            PlainBlock("2022年度云溪市专项债券项目绩效评价结果"),
            PlainTable(
                (
                    ("序号", "项目单位", "项目名称", "发行金额(亿元)", "评价结果"),
                    ("1", "云溪市教育中心", "云溪市第三中学迁建工程", "1.5", "优"),
                )
            ),
        ]
    )
    assert [p.amount.yuan if p.amount else None for p in report.projects] == [Decimal("150000000.00")]
    assert [b.amount for b in report.batches] == [None]


def test_a_collection_of_project_reports_under_their_own_headings() -> None:
    """SYNTHETIC: an attachment of 8 department-evaluation reports (with self-evaluation forms) of which the text
    reaches the first: its heading names the project, its overview the money; the batch is the reports', and 1
    listed of 8 declared fails a check."""
    report = _parse(
        "附件3:云溪市青山区水务局2023年度项目支出部门评价报告和绩效自评表(共8个).pdf",
        "2023年河道保洁项目部门评价报告一、项目基本情况(一)项目概况年初安排预算资金12万元用于开展该项目。",
    )
    assert [(p.project_name, p.batch_type, p.amount.yuan if p.amount else None) for p in report.projects] == [
        ("河道保洁项目", "other", Decimal("120000.00"))
    ]
    assert [(b.batch_type, b.project_count) for b in report.batches] == [("other", 8)]
    assert report.status == "partial"


def test_places_a_grading_of_lower_governments_names() -> None:
    """SYNTHETIC: counties listed then counted, two of them scored by name with 分别以; counties announced by a
    count and listed in the next paragraph (broken into lines by the page); places awarded a grade per item."""
    counted = _parse(
        "我省县级财政管理绩效综合评价获通报表扬",
        "本报讯 近日,财政部公布2022年全国县级财政管理绩效综合评价结果,4个县在1800个县中排名前200名。我省40个县"
        "平均得分90分。青岭县、白水县、三河县和乾县4个县得分在91分以上,其中青岭县、白水县分别以95.2分和93分排第12位"
        "和第20位。",
    )
    assert [(b.batch_type, b.project_count) for b in counted.batches] == [("other", 40)]
    assert [(p.project_name, p.score, p.batch_type) for p in counted.projects] == [
        ("青岭县", Decimal("95.2"), "other"),
        ("白水县", Decimal("93"), "other"),
        ("三河县", None, "other"),
        ("乾县", None, "other"),
    ]
    announced = _parse(
        "云岭县获评2022年度县级财政管理绩效综合评价第一名",
        "根据财政部公布的县级财政管理绩效综合评价结果,3个县进入全国前200名。这3个县分别是:",
        "云岭县、石门市、",
        "东溪县。",
    )
    assert [p.project_name for p in announced.projects] == ["云岭县", "石门市", "东溪县"]
    assert [b.project_count for b in announced.batches if b.batch_type == "other"] == [None]
    awarded = _parse(
        "全省2022年度农村综合改革绩效考评结果揭晓",
        "其中,东岭区获美丽乡村建设优秀等次;东岭区、南山县获农村公益性服务工作优秀等次,分获奖励资金100万元。",
    )
    assert sorted((p.project_name, p.grade_raw) for p in awarded.projects) == [
        ("东岭区", "优秀"),
        ("东岭区", "优秀"),
        ("南山县", "优秀"),
    ]


def test_a_bureau_named_with_its_whole_address_over_a_cut_word() -> None:
    """SYNTHETIC: `考核组织区财政局` cuts `组织` + `区财政局`; the signature names the bureau with its address."""
    report = _parse(
        "现就2023年度预算绩效管理考核相关事宜通知如下:一、考核内容,各预算单位2023年预算绩效管理工作考核内容,"
        "二、考核组织区财政局组织区预算绩效管理工作领导小组办公室成员单位开展考核,附件:考核评分表"
        "青山市东湖区财政局2024年1月",
    )
    assert report.report.region == "青山市东湖区"


def test_the_parts_of_money_of_the_accounts_are_accounts_too() -> None:
    """SYNTHETIC: a county's debt section itemises bonds after 其中; none of it is an evaluated bond amount."""
    report = _parse(
        "二、举借债务情况",
        "2022年我县转贷上级发行的政府债券30000万元。其中:一般债券12000万元、专项债券8000万元、再融资债券10000万元。",
        "2022年归还政府债务本金9000万元,其中:一般债券4000万元,向国际组织借款100万元;专项债券4900万元。",
        "三、预算绩效工作开展情况",
        "2022年,我局对本级10个项目开展财政重点绩效评价,涉及资金3200万元。",
    )
    assert {(m.metric, m.value) for m in report.metrics} == {
        ("key_evaluated_projects", Decimal(10)),
        ("key_evaluated_amount", Decimal("32000000.00")),
    }


def test_places_counted_without_a_measure_word() -> None:
    """SYNTHETIC: `等4地的8个乡镇` counts 4 places graded (the towns are where they were checked); `16地市平均得分`
    counts the cities whose average is quoted."""
    towns = _parse(
        "全省2022年度农村综合改革绩效考评结果揭晓",
        "省考评组对我市的东岭区、南山县、北河市、西坡县等4地的8个乡镇进行了绩效量化考评。",
    )
    assert [(b.batch_type, b.project_count) for b in towns.batches] == [("other", 4)]
    cities = _parse("省专项资金绩效评价情况通报", "全省专项资金绩效评价中,16地市平均得分92.5分。")
    assert [(m.metric, m.value) for m in cities.metrics] == [("lower_government_evaluations", Decimal(16))]


def test_budget_units_of_a_batch_are_its_department_count() -> None:
    """SYNTHETIC: `120个预算单位完成…自评980个` counts the batch's units as its departments, as the real documents'
    gold does (C03: `五個預算單位…13個項目`) and the word-exported fixtures' (word_05, word2_01)."""
    units = _parse("全县120个预算单位完成项目支出绩效自评980个。")
    assert [(b.project_count, b.department_count) for b in units.batches] == [(980, 120)]
    departments = _parse("全县15个部门完成项目支出绩效自评980个。")
    assert [(b.project_count, b.department_count) for b in departments.batches] == [(980, 15)]


def test_the_year_money_was_put_in_dates_an_untitled_page() -> None:
    """SYNTHETIC: a bond project's report cut before its title and results; only the funding dates it."""
    report = _parse(
        "一、基本情况",
        "(一)项目概况",
        "青山区污水管网工程(三期)是为进一步提高污水收集率而实施的工程。",
        "该项目申请专项债券资金5亿元,2021年已拨付资金3亿元。",
    )
    assert report.report.fiscal_year == 2021


def test_a_units_overall_report_speaks_as_the_unit_and_the_site_names_its_owner() -> None:
    """SYNTHETIC: the title does not name the unit; two paragraphs begin with it; the site's greeting names the
    publisher, whose region is the report's."""
    report = _parse(
        "欢迎来到青山县政协网站!",
        "部门整体支出绩效评价报告",
        "一、基本情况",
        "县政协坚持围绕中心、服务大局,认真履行职能。",
        "县政协牢牢把握团结和民主两大主题,切实履行政治协商职能。",
    )
    assert report.report.region == "青山县"
    assert [(u.unit_name, u.batch_type) for u in report.units] == [("县政协", "department_overall")]


def test_the_year_of_a_round_whose_results_were_announced() -> None:
    """SYNTHETIC: `公布2022年全国…综合评价结果` dates the round a news item reports."""
    report = _parse(
        "我省县级财政管理绩效综合评价获通报表扬",
        "本报讯 近日,财政部公布2022年全国县级财政管理绩效综合评价结果,我省排名第6位。",
    )
    assert report.report.fiscal_year == 2022


def test_a_ranking_or_a_band_before_a_count_does_not_hide_a_batch_size() -> None:
    """SYNTHETIC: `对12个项目进行绩效评价并排名` and `对500万元以上8个项目开展重点评价` count evaluations."""
    ranked = _parse("2022年,我局对12个项目进行重点绩效评价并排名通报。")
    assert [(b.batch_type, b.project_count) for b in ranked.batches] == [("key", 12)]
    banded = _parse("2022年,我局对预算500万元以上8个项目开展重点绩效评价。")
    assert [(b.batch_type, b.project_count) for b in banded.batches] == [("key", 8)]


def test_a_forms_funds_row_gives_its_projects_money() -> None:
    """SYNTHETIC: a one-project form prints its money only in the funds row, after the row's 行次 number."""
    report = _parse(
        "青山县农业局2023年度耕地保护补助资金绩效评价表",
        "资金投入情况",
        "(万元)",
        "行次全年预算数",
        "(A)",
        "全年执行资金",
        "(B)",
        "年度资金总额(万元): 1 36.500000",
        "36.500000 20.100000 55.07%",
    )
    assert [(p.project_name, p.amount.yuan if p.amount else None) for p in report.projects] == [
        ("耕地保护补助资金", Decimal("365000.00"))
    ]
    empty = _parse("青山县农业局2023年度耕地保护补助资金绩效评价表", "行次全年预算数", "年度资金总额(万元): 1")
    assert [p.amount for p in empty.projects] == [None]  # a row number alone is not money


def test_projects_money_supported_are_not_projects_evaluated() -> None:
    """SYNTHETIC: `扶持了全市22个重点项目建设` counts what the money funded; a count after `支持…的` still counts
    evaluations."""
    funded = _parse("2021年,青山市依据省级重点项目绩效评价指标体系,争取专项资金1亿元,扶持了全市22个重点项目建设。")
    assert all(b.project_count is None for b in funded.batches)
    assert "key_evaluated_projects" not in {m.metric for m in funded.metrics}
    evaluated = _parse("2021年,青山市财政局对支持乡村振兴的12个项目开展重点绩效评价。")
    assert [(b.batch_type, b.project_count) for b in evaluated.batches] == [("key", 12)]


def test_a_units_self_evaluation_states_its_total_of_projects_without_an_evaluation_word() -> None:
    """SYNTHETIC: a unit's self-evaluation report opens with how many projects it carried out (`实施项目共9个`);
    the budget's and the year's other counts are not the batch."""
    report = _parse(
        "青山县档案馆2023年度项目支出绩效单位自评报告",
        "一、基本情况",
        "2023年,青山县档案馆实施项目共9个(含上年结转项目2个),年初批复预算5个项目320万元,年中增加4个项目。",
    )
    assert [(b.batch_type, b.project_count) for b in report.batches] == [("self", 9)]
    assert {m.metric: m.value for m in report.metrics} == {"self_evaluated_projects": Decimal("9")}
    assert [c.check_name for c in report.checks if not c.passed] == ["self_results_found"]  # none of the 9 read


def test_a_paper_that_says_our_province_is_of_the_province_its_name_begins_with() -> None:
    """SYNTHETIC: `我省` and a provincial paper's name give the region; provinces listed for comparison do not."""
    report = _parse(
        "我省县级财政管理绩效综合评价获通报表扬",
        "本报讯 近日,财政部公布2022年全国县级财政管理绩效综合评价结果,我省排名第6位,仅次于广东、江苏和浙江3个省份。",
        "关注公众号,随时阅读江西农民报",
    )
    assert report.report.region == "江西"
    listed = _parse(
        "我省县级财政管理绩效综合评价获通报表扬",
        "本报讯 近日,财政部公布2022年全国县级财政管理绩效综合评价结果,我省排名第6位,仅次于广东、江苏和浙江3个省份。",
    )
    assert listed.report.region is None


def test_a_page_cut_above_its_title_is_about_the_project_its_overview_opens_with() -> None:
    """SYNTHETIC: no title; the overview names the project; its money is the bond's, not a year's payment."""
    report = _parse(
        "一、基本情况",
        "(一)项目概况",
        "青山区污水管网工程(三期)是为进一步提高污水收集率而实施的工程,项目总投资约9.5亿元。",
        "该项目申请专项债券资金5亿元,2021年已拨付资金3亿元。",
    )
    assert [(p.project_name, p.amount.yuan if p.amount else None) for p in report.projects] == [
        ("青山区污水管网工程(三期)", Decimal("500000000.00"))
    ]
    assert [(b.project_count, b.amount.yuan if b.amount else None) for b in report.batches] == [
        (1, Decimal("500000000.00"))
    ]


def test_places_in_an_evaluations_scope_and_money_of_a_joined_object() -> None:
    """SYNTHETIC: places the evaluated money reaches are not governments graded; money printed after a second
    object joined to a batch's words (`…整体支出绩效报告和XX项目6亿元…`) is not that batch's."""
    scope = _parse("财务处对纳入评价范围的青山、云溪等5个市、12个县(市、区)进行绩效分析评分。")
    assert scope.batches == [] and scope.metrics == []
    graded = _parse("省财政厅对纳入评价范围的5个市开展财政运行综合绩效评价。")
    assert [b.project_count for b in graded.batches] == [5]
    joined = _parse("形成部门整体支出绩效报告和青山湖治理项目3亿元绩效评价报告,并顺利上报。")
    assert "department_overall_amount" not in {m.metric for m in joined.metrics}


def test_a_sentence_a_page_broke_across_lines_keeps_its_scope() -> None:
    """SYNTHETIC: the words that put the places in scope stand on the line before the count."""
    report = _parse(
        "财务处围绕投入、过程、产出、效益四个方面,对纳入评价范围的青山、云溪、白",
        "沙等5个市、12个县(市、区)进行绩效分析评分。",
    )
    assert report.batches == [] and report.metrics == []


def test_a_count_shared_by_a_chain_of_evaluations_is_the_bureaus() -> None:
    # SYNTHETIC: a bureau selects projects, has the units self-evaluate them, and re-evaluates them (再评价).
    report = _parse(
        "云溪区财政局选取区交通局、区水务局、区文旅局等三个预算单位2022年度已完成的9个项目，督促其开展绩效自评，"
        "委托第三方机构开展再评价，形成评价分数。"
    )
    metrics = {m.metric: m.value for m in report.metrics}
    assert metrics == {"sampled_projects": Decimal(9), "sampled_departments": Decimal(3)}


def test_a_chinese_numeral_counts_only_a_list_of_organisations() -> None:
    # SYNTHETIC: 四个 here counts kinds of work a province graded, not organisations: no figure.
    report = _parse("全省美丽乡村建设、以钱养事等四个单项工作绩效考评结果揭晓，我市获得奖励资金300万元。")
    assert not [m for m in report.metrics if m.value == 4]


def test_a_legend_grades_the_marks_it_defines() -> None:
    report = _parse(
        "2023年度云溪县财政重点绩效评价结果",
        "县财政局对2个项目开展重点绩效评价，结果如下：",
        PlainTable(
            (
                ("项目名称", "主管部门", "评价得分", "评价结果"),
                ("云溪县乡村道路养护项目", "云溪县交通运输局", "91", "A"),
                ("云溪县农村饮水安全项目", "云溪县水利局", "78", "C"),
            )
        ),
        "注：评价结果A（优秀）、B（良好）、C（一般）、D（较差）。",
    )
    assert [(p.grade_raw, p.grade, p.rule.endswith("grade_of_legend")) for p in report.projects] == [
        ("A", "优", True),
        ("C", "中", True),
    ]


def test_a_bracket_a_scan_cut_off_at_the_cells_edge_is_closed() -> None:
    report = _parse(
        "2023年度云溪县部门整体支出绩效评价结果",
        PlainTable(
            (
                ("序号", "主管部门", "单位名称", "评价得分", "评价等级"),
                ("1", "云溪县教育局", "云溪县教育局（本级", "87.0", "良好"),
                ("2", "", "云溪县第一中学", "88.5", "良好"),
            )
        ),
    )
    assert [u.unit_name for u in report.units] == ["云溪县教育局(本级)", "云溪县第一中学"]


def test_a_gazette_prints_the_notice_of_results_among_other_documents() -> None:
    # SYNTHETIC: a gazette's masthead and another document's end come before the notice; its table heads 部门（单位）.
    report = _parse(
        "云溪市人民政府公报",
        "本通知自印发之日起施行。",
        "云溪市人民政府办公室",
        "2024年4月9日",
        "（此件公开发布）",
        "云溪市财政局关于2023年度市级部门整体支出绩效评价结果的通报",
        "市财政局对市级3家部门（单位）开展了部门整体支出绩效评价，涉及预算资金1,200.00万元。",
        "一、评价结果",
        "3家部门（单位）中，评价结果为“优秀”的1家，“良好”的2家。",
        PlainTable(
            (
                ("序号", "部门（单位）", "得分", "等级"),
                ("1", "市教育局", "93.2", "优秀"),
                ("2", "市民政局", "88.5", "良好"),
                ("3", "市水利局", "86.0", "良好"),
            )
        ),
    )
    assert report.report.title == "云溪市财政局关于2023年度市级部门整体支出绩效评价结果的通报"
    assert report.report.region == "云溪市"
    assert [(u.unit_name, u.grade) for u in report.units] == [
        ("市教育局", "优"),
        ("市民政局", "良"),
        ("市水利局", "良"),
    ]
    assert {(g.batch_type, g.grade_raw, g.count) for g in report.grade_counts} == {
        ("department_overall", "优秀", 1),
        ("department_overall", "良好", 2),
    }


def test_two_years_side_by_side_under_group_headers_give_the_reports_year() -> None:
    """`2022年度评价结果 | 2023年度评价结果` over `得分 | 等级 | 得分 | 等级`: the year is named only in the group
    header; the report's year's columns are the result (rule result_column_of_the_year)."""
    report = _parse(
        "云溪区财政局关于2023年度区级财政重点绩效评价结果的通报",
        "区财政局组织对2个项目开展财政重点绩效评价，评价结果如下。",
        PlainTable(
            (
                ("序号", "项目名称", "主管部门", "预算金额（万元）")
                + ("2022年度评价结果", None, "2023年度评价结果", None),
                (None, None, None, None, "得分", "等级", "得分", "等级"),
                ("1", "云溪区公务用车平台运行维护", "云溪区机关事务管理中心", "312.00", "88.5", "B", "91.0", "A"),
                ("2", "云溪区学前教育生均公用经费补助", "云溪区教育局", "865.00", "—", "—", "86.5", "B"),
            )
        ),
    )
    rows = [(p.project_name, p.score, p.grade_raw, p.rule) for p in report.projects]
    assert [row[:3] for row in rows] == [
        ("云溪区公务用车平台运行维护", Decimal("91.0"), "A"),
        ("云溪区学前教育生均公用经费补助", Decimal("86.5"), "B"),
    ]
    assert all("result_column_of_the_year" in row[3] for row in rows)


def test_a_card_per_project_as_a_table_of_labels_and_values() -> None:
    """`项目名称 | X` / `主管部门 | Y` / `评价得分 | 84.5` …: one project per two-column table of labels and values,
    a card cut by a page break continued in the next table, and a money cell that states its own unit."""
    report = _parse(
        "云溪市2024年度市级财政重点绩效评价结果公开",
        "市财政局选取2个项目开展财政重点绩效评价，评价结果如下。",
        PlainTable(
            (
                ("项目名称", "云溪市城区学校课后延时服务补助"),
                ("主管部门", "云溪市教育局"),
                ("预算资金", "3,120.00万元"),
                ("评价得分", "92.0"),
                ("评价等级", "优"),
            )
        ),
        PlainTable((("项目名称", "云溪市中心血站设备更新项目"), ("主管部门", "云溪市卫生健康委员会"))),
        PlainTable((("预算资金", "1,680.00万元"), ("评价得分", "84.5"), ("评价等级", "良"))),
    )
    rows = [(p.project_name, p.department_raw, p.score, p.grade_raw, p.amount) for p in report.projects]
    assert [row[:4] for row in rows] == [
        ("云溪市城区学校课后延时服务补助", "云溪市教育局", Decimal("92.0"), "优"),
        ("云溪市中心血站设备更新项目", "云溪市卫生健康委员会", Decimal("84.5"), "良"),
    ]
    assert [row[4].yuan for row in rows] == [Decimal("31200000"), Decimal("16800000")]


def test_a_money_unit_in_a_sub_header_and_a_scans_marks_at_a_figures_edge() -> None:
    """A Word table under a title row: the unit stated in the column's own header (`预算资金（万元）`) is read; an
    OCR'd cell's stray marks (`1600.00.`, `优:`) are not part of its figure; a score over 100 (a scan's lost decimal
    point) is left out and a check fails."""
    report = _parse(
        "云溪市财政局关于2023年度市本级财政重点绩效评价结果的通报",
        "市财政局对3个项目开展财政重点绩效评价，评价结果如下。",
        PlainTable(
            (
                ("2023年度市本级财政重点绩效评价结果汇总表", None, None, None, None, None),
                (None, None, None, None, None, None),
                ("序号", "项目名称", "主管部门", "预算资金（万元）", "评价得分", "评价等级"),
                ("1", "云溪市科技创新券补助", "云溪市科学技术局", "6,200.00", "91.2", "优:"),
                ("2", "云溪市重点专科建设", "云溪市卫生健康委员会", "1600.00.", "88.5", "良"),
                ("3", "云溪市公交优先发展补贴", "云溪市交通运输局", "835.00", "910", "优"),
            )
        ),
    )
    rows = [(p.project_name, p.amount.yuan if p.amount else None, p.score, p.grade) for p in report.projects]
    assert rows == [
        ("云溪市科技创新券补助", Decimal("62000000"), Decimal("91.2"), "优"),
        ("云溪市重点专科建设", Decimal("16000000"), Decimal("88.5"), "良"),
        ("云溪市公交优先发展补贴", Decimal("8350000"), None, "优"),
    ]
    assert [e.rule for e in report.exclusions if e.cue == "score"] == ["score_off_the_scale"]
    assert [c.passed for c in report.checks if c.check_name == "scores_on_the_scale"] == [False]


def test_a_spaced_table_row_the_page_wrapped_is_read_whole() -> None:
    """A web table printed as lines of cells apart by spaces; the page's width wrapped one row (`88.7` / `B`) and
    broke another into two paragraphs."""
    report = _parse(
        "云溪区财政局关于2022年度区级财政重点绩效评价结果的公告",
        "区财政局对3个区级项目开展了财政重点绩效评价。具体如下：",
        "序号  项目名称  主管部门  评价得分  评价结果",
        "1  社区居家养老服务补贴  区民政局  93.5  A",
        "2  公共文化服务体系建设  区文化和旅游局  88.7\nB",
        "3  企业技术改造补助资金  区经济和信息化局",
        "83.1  B",
        "注：评价结果A（优秀）、B（良好）、C（一般）、D（较差）。",
    )
    rows = [(p.project_name, p.department_raw, p.score, p.grade_raw) for p in report.projects]
    assert rows == [
        ("社区居家养老服务补贴", "区民政局", Decimal("93.5"), "A"),
        ("公共文化服务体系建设", "区文化和旅游局", Decimal("88.7"), "B"),
        ("企业技术改造补助资金", "区经济和信息化局", Decimal("83.1"), "B"),
    ]


def test_a_numbered_paragraph_states_its_projects_fields_in_prose() -> None:
    """`1.X项目，主管部门为Y，评价资金Z万元，评价得分N分，评价结果为“优”`: the name ends at the first field."""
    report = _parse(
        "云溪区2023年度预算绩效管理工作情况",
        "（三）财政重点评价",
        "区财政局选取2个重点项目开展财政重点绩效评价，涉及资金2,830.00万元。",
        "1.云溪区中小学智慧校园建设项目，主管部门为区教育局，评价资金2,150.00万元，评价得分91.5分，评价结果为“优”；",
        "2.区属公办幼儿园保教质量提升项目，主管部门为区教育局，评价资金680.00万元，评价得分86.0分，评价结果为“良”。",
    )
    rows = [(p.project_name, p.department_raw, p.amount.yuan, p.score, p.grade, p.batch_type) for p in report.projects]
    assert rows == [
        ("云溪区中小学智慧校园建设项目", "区教育局", Decimal("21500000"), Decimal("91.5"), "优", "key"),
        ("区属公办幼儿园保教质量提升项目", "区教育局", Decimal("6800000"), Decimal("86.0"), "良", "key"),
    ]


def test_a_distribution_is_of_the_batch_its_sentence_names_or_the_count_it_adds_up_to() -> None:
    """Under a heading of self-evaluations, a sentence that names the key evaluation before its distribution; a
    distribution that names no batch and adds up to the whole-department count stated before it."""
    report = _parse(
        "云溪县2023年度预算绩效管理工作情况",
        "一、绩效自评和财政评价",
        "同时，县财政局委托第三方机构对22个重点项目开展财政重点绩效评价，评价结论为优4个、良14个、中4个。",
        "二、部门整体评价",
        "本次评价选取12个县级部门，对其2023年度整体支出开展绩效评价。",
        "三、评价结果",
        "经评价，评价结果为优秀的4个，评价结果为良好的7个，评价结果为合格的1个。",
    )
    grades = {(g.batch_type, g.grade_raw, g.count, g.rule) for g in report.grade_counts}
    assert grades == {
        ("key", "优", 4, "grade_then_count+distribution_of_batch_named_before_it"),
        ("key", "良", 14, "grade_then_count+distribution_of_batch_named_before_it"),
        ("key", "中", 4, "grade_then_count+distribution_of_batch_named_before_it"),
        ("department_overall", "优秀", 4, "grade_then_count+distribution_adds_up_to_count"),
        ("department_overall", "良好", 7, "grade_then_count+distribution_adds_up_to_count"),
        ("department_overall", "合格", 1, "grade_then_count+distribution_adds_up_to_count"),
    }


def test_a_count_before_its_parts_is_their_total_and_so_is_the_money_after_them() -> None:
    report = _parse(
        "云溪区2023年度财政绩效评价结果公开",
        "2024年，区财政局共对11个评价对象开展财政绩效评价，其中政策评价2个、项目支出评价6个、部门整体支出评价3个，"
        "涉及预算资金13,393.7876万元。",
    )
    metrics = {m.metric: m.value for m in report.metrics}
    assert metrics["total_evaluated_projects"] == 11
    assert metrics["total_evaluated_amount"] == Decimal("133937876.00")
    assert "key_evaluated_projects" not in metrics and "policy_amount" not in metrics


def test_a_document_number_with_mixed_brackets_is_not_part_of_the_title() -> None:
    report = _parse(
        "云溪市财政局文件",
        "云财绩〔2024】21号",
        "云溪市财政局关于2023年度市级单位",
        "整体支出绩效评价结果的通报",
        "各市级预算部门：",
    )
    assert report.report.title == "云溪市财政局关于2023年度市级单位整体支出绩效评价结果的通报"


def test_an_explicit_zero_named_with_its_evaluator() -> None:
    report = _parse(
        "云溪区财政局关于2023年度项目支出绩效自评抽查复核结果的通报",
        "区财政局抽查了28个项目进行复核。经复核，复核等级为“优”的4个、“良”的16个、“中”的8个，无复核等级为“差”的项目。",
    )
    assert {(g.grade_raw, g.count) for g in report.grade_counts} == {("优", 4), ("良", 16), ("中", 8), ("差", 0)}


def test_a_place_a_scan_misread_is_spelled_as_the_region() -> None:
    """`获原市` for `荻原市` in an OCR'd table: one character off the region, rarer in the document than it."""
    report = _parse(
        "荻原市财政局关于2023年度市级单位整体支出绩效评价结果的通报",
        "荻原市财政局对2个主管部门所属3家二级预算单位2023年度整体支出开展了绩效评价。",
        PlainTable(
            (
                ("序号", "主管部门", "被评价单位", "评价得分", "评价等级"),
                ("1", "荻原市教育局", "获原市第一中学", "89.0", "良"),
                ("2", "获原市教育局", "荻原市教育考试院", "82.0", "良"),
                ("3", "荻原市自然资源局", "荻原市测绘地理信息中心", "87.5", "良"),
            )
        ),
    )
    units = [(u.unit_name, u.parent_department, u.rule) for u in report.units]
    assert [unit[:2] for unit in units] == [
        ("荻原市第一中学", "荻原市教育局"),
        ("荻原市教育考试院", "荻原市教育局"),
        ("荻原市测绘地理信息中心", "荻原市自然资源局"),
    ]
    assert [unit[2].endswith("+place_misread_as_region") for unit in units] == [True, True, False]


def test_places_announced_after_the_grade_they_got() -> None:
    report = _parse(
        "省财政厅公布2023年度县级财政管理绩效综合评价结果",
        "全省64个县（市、区）参加评价。获评A级的3个县（市、区）是：云西县、鹭汀市、青苇县。",
    )
    assert [(p.project_name, p.grade_raw) for p in report.projects] == [
        ("云西县", "A级"),
        ("鹭汀市", "A级"),
        ("青苇县", "A级"),
    ]


def test_a_publishers_about_and_year_are_not_part_of_the_titled_project() -> None:
    report = _parse(
        "云溪市文化和旅游局关于2021年度中央支持地方公共文化项目资金绩效自评报告",
        "我局认真梳理2021年补助资金支出情况并作出项目绩效分析评价，现将评价情况报告如下：",
        "2021年省财政厅下达我市专项资金1883.00万元。",
    )
    assert [p.project_name for p in report.projects] == ["中央支持地方公共文化项目资金"]


def test_a_projects_department_in_brackets_after_its_name() -> None:
    report = _parse(
        "云溪县财政局关于2024年度财政支出绩效评价结果的通报",
        "县财政局对2个项目开展财政重点绩效评价，评价结果如下：",
        "1.云溪县城乡供水一体化运营补助资金（县水利局），评价得分91.2分，评价等级为“优”；",
        "2.云溪县农村公路养护专项资金（县交通运输局），评价得分83.0分，评价等级为“良”。",
    )
    assert [(p.project_name, p.department_raw, p.rule.endswith("department_in_brackets")) for p in report.projects] == [
        ("云溪县城乡供水一体化运营补助资金", "县水利局", True),
        ("云溪县农村公路养护专项资金", "县交通运输局", True),
    ]


def test_a_two_level_breadcrumb_is_not_part_of_the_title() -> None:
    report = _parse(
        "云溪县财政局 >> 通知公告",
        "云溪县2023年度地方政府专项债券项目绩效评价结果公示",
        "发布时间:2024-06-27 【字体:大 中 小】 【打印】",
        "经项目单位自评、县财政局重点评价，现将评价结果公示如下：",
    )
    assert report.report.title == "云溪县2023年度地方政府专项债券项目绩效评价结果公示"


def test_indicator_paragraphs_and_sections_about_a_batch_are_not_projects() -> None:
    report = _parse(
        "云溪县畜牧兽医局2023年度动物疫病强制免疫补助项目支出绩效自评报告",
        "二、绩效目标完成情况",
        "（一）产出指标（50分）。全年完成强制免疫畜禽312.6万头（只）。该项指标得分48.5分。",
        "（二）效益指标（30分）。全年未发生区域性重大动物疫情。该项指标得分28分。",
        "三、财政重点评价提质扩面。区财政局选取12个项目开展重点绩效评价，涉及资金4.37亿元。",
        "经综合评定，该项目2023年度绩效自评得分95.6分，自评等级为“优”。",
    )
    assert [p.project_name for p in report.projects] == ["动物疫病强制免疫补助项目"]
    assert ("key", 12) in {(b.batch_type, b.project_count) for b in report.batches}


def test_a_table_of_places_is_a_grading_of_lower_governments_in_bands() -> None:
    report = _parse(
        "云州市财政局关于2023年度县（市、区）预算绩效管理工作考评结果的通报",
        "市财政局对4个县（市、区）2023年度预算绩效管理工作进行了考评。",
        "考评结果为：一档2个，为云城区、东云区；二档2个，为岑溪县、翠岙县。",
        PlainTable(
            (
                ("序号", "县（市、区）", "考评得分", "考评档次"),
                ("1", "云城区", "95.6", "一档"),
                ("2", "东云区", "93.2", "一档"),
                ("3", "岑溪县", "88.4", "二档"),
                ("4", "翠岙县", "86.9", "二档"),
            )
        ),
    )
    assert {(p.batch_type, p.grade_raw) for p in report.projects} == {("other", "一档"), ("other", "二档")}
    assert all(p.rule.endswith("places_graded_in_a_table") for p in report.projects)
    assert {(g.batch_type, g.grade_raw, g.count) for g in report.grade_counts} == {
        ("other", "一档", 2),
        ("other", "二档", 2),
    }


def test_policies_counted_and_led_by_a_department_and_zeros_of_units() -> None:
    report = _parse(
        "云溪县2023年度财政政策绩效评价结果",
        "本次共评价财政政策2项，涉及2023年度兑现资金5,117.78万元。评价结果为“优”的1项、“良”的1项，无评价等级为“差”的政策。",
        "（一）云溪县工业企业技术改造奖补政策",
        "该政策由县工业和信息化局牵头实施。最终得分87.5分，评价等级为“良”。",
        "（二）云溪县茶产业高质量发展扶持政策",
        "该政策由县农业农村局牵头实施。最终得分92.0分，评价等级为“优”。",
    )
    assert {(m.metric, m.value) for m in report.metrics} >= {("policy_evaluations", 2)}
    assert {(g.batch_type, g.grade_raw, g.count) for g in report.grade_counts} == {
        ("other", "优", 1),
        ("other", "良", 1),
        ("other", "差", 0),
    }
    assert [(p.project_name, p.department_raw) for p in report.projects] == [
        ("云溪县工业企业技术改造奖补政策", "县工业和信息化局"),
        ("云溪县茶产业高质量发展扶持政策", "县农业农村局"),
    ]


def test_parts_in_the_sentence_after_a_count_make_it_a_total() -> None:
    report = _parse(
        "2022年度云梓市市级财政绩效评价结果",
        "2022年，市财政局组织开展市级财政重点绩效评价43项，涉及资金52.68亿元。"
        "其中：政策评价5项、项目支出评价26项、部门整体支出评价9项。",
    )
    metrics = {m.metric: m.value for m in report.metrics}
    assert metrics["total_evaluated_projects"] == 43
    assert metrics["total_evaluated_amount"] == Decimal("5268000000.00")
    assert "key_evaluated_projects" not in metrics


def test_a_grade_given_to_a_list_of_named_projects() -> None:
    report = _parse(
        "云湾市2022年度市级财政重点绩效评价结果",
        "2022年，云湾市财政局对8个重点项目和2个部门开展了财政重点绩效评价。评价结果为“优”的2个，“良”的5个，“中”的3个。",
        "其中，云湾市职业技能提升行动专项资金、云湾市城市公共自行车系统运营补贴评价结果为“优”；"
        "市体育局部门整体支出评价得分76.5分，评价结果为“中”。",
    )
    assert [(p.project_name, p.grade_raw, p.batch_type) for p in report.projects] == [
        ("云湾市职业技能提升行动专项资金", "优", "key"),
        ("云湾市城市公共自行车系统运营补贴", "优", "key"),
    ]
    assert [(u.unit_name, u.score, u.grade_raw) for u in report.units] == [("市体育局", Decimal("76.5"), "中")]


def test_a_two_up_ranking_table_and_the_places_grade_lists() -> None:
    """A county grades its towns: grades in lists headed by the grade and its count (`优秀等次（2个）：…`), scores
    in a ranking table set two records to a row; one row per town with both."""
    report = _parse(
        "云原县财政局关于2023年度乡镇（街道）预算绩效管理工作考核结果的通报",
        "县财政局对4个乡镇（街道）2023年度预算绩效管理工作进行了考核。",
        "优秀等次（2个）：城关街道、云溪镇。",
        "良好等次（2个）：石门镇、青岗乡。",
        PlainTable(
            (
                ("名次", "乡镇（街道）", "得分", "名次", "乡镇（街道）", "得分"),
                ("1", "城关街道", "96.5", "3", "石门镇", "88.0"),
                ("2", "云溪镇", "94.0", "4", "青岗乡", "87.5"),
            )
        ),
    )
    rows = [(p.project_name, p.grade_raw, p.score, p.batch_type) for p in report.projects]
    assert rows == [
        ("城关街道", "优秀", Decimal("96.5"), "other"),
        ("云溪镇", "优秀", Decimal("94.0"), "other"),
        ("石门镇", "良好", Decimal("88.0"), "other"),
        ("青岗乡", "良好", Decimal("87.5"), "other"),
    ]
    assert all(p.rule.endswith("grade_stated_in_prose") for p in report.projects)
    assert {(g.batch_type, g.grade_raw, g.count) for g in report.grade_counts} == {
        ("other", "优秀", 2),
        ("other", "良好", 2),
    }


def test_a_province_departments_own_table_of_projects() -> None:
    """A province's department reports its own projects (`我厅`): the region is the province, the department the
    publisher (the table's 实施单位 is not the department)."""
    report = _parse(
        "云岭省农业农村厅2023年度省级财政专项资金项目绩效自评结果",
        "根据省财政厅统一部署，我厅对2个省级财政专项资金项目开展了绩效自评。",
        PlainTable(
            (
                ("序号", "项目名称", "实施单位", "预算数（元）", "自评得分", "自评等级"),
                ("1", "省级现代种业提升工程资金", "云岭省种子管理总站", "92,181,447.06", "87.4", "良"),
                ("2", "农业保险保费省级补贴", "云岭省农业农村厅", "68,943,996.59", "89.7", "良"),
            )
        ),
    )
    assert report.report.region == "云岭省"
    assert [(p.project_name, p.department_raw, p.department) for p in report.projects] == [
        ("省级现代种业提升工程资金", "云岭省农业农村厅", "省农业农村厅"),
        ("农业保险保费省级补贴", "云岭省农业农村厅", "省农业农村厅"),
    ]


def test_a_policys_money_paid_out_and_generic_groups_are_not_projects() -> None:
    report = _parse(
        "云湾区财政局关于2023年度财政政策绩效评价结果的通报",
        "区财政局组织对2023年度部分区级财政支出项目和3项区级财政政策开展了绩效评价。",
        "（一）云湾区高层次人才安居补贴政策",
        "该政策由云湾区人才工作服务中心牵头实施，2023年兑现资金2340.50万元。评价得分91.4分，评价等级为“优”。",
    )
    assert [(p.project_name, p.amount.yuan if p.amount else None) for p in report.projects] == [
        ("云湾区高层次人才安居补贴政策", Decimal("23405000.00"))
    ]


def test_bands_with_their_kind_shares_after_a_pause_and_groups_of_our_city() -> None:
    report = _parse(
        "云州市财政局关于2023年度县（市、区）财政管理绩效评价结果的通报",
        "市财政局对8个县（市、区）开展了财政管理绩效评价。根据综合得分，评价结果分为A、B、C三档。其中，A档3个，B档4个，C档1个。",
        "区财政局对我市2023年度发行的专项债券项目资金开展了重点绩效评价，对22个区级项目开展了财政重点绩效评价。",
        "评价结果：优秀6个、占27.3%，良好12个、占54.5%，一般3个、占13.6%，较差1个、占4.5%。",
        "（一）云州市农业保险保费补贴政策",
        "该政策由市农业农村局牵头实施，2023年兑现政策资金1.08亿元。评价得分85.4分，评价等级为“良”。",
    )
    grades = {(g.grade_raw, g.count, g.share_pct) for g in report.grade_counts}
    assert {("A", 3, None), ("B", 4, None), ("C", 1, None)} <= grades
    assert ("优秀", 6, Decimal("27.3")) in grades and ("较差", 1, Decimal("4.5")) in grades
    assert [(p.project_name, p.amount.yuan if p.amount else None) for p in report.projects] == [
        ("云州市农业保险保费补贴政策", Decimal("108000000.00"))
    ]


def test_projects_listed_with_their_scores_after_a_cue() -> None:
    report = _parse(
        "云溪县财政局关于2023年度财政支出绩效评价结果的通报",
        "县财政局委托第三方机构对3个重点项目开展了财政重点绩效评价。重点评价得分分别为:县域医共体信息化建设项目86.5分、"
        "农村饮用水提质改造项目84分、城乡公交一体化运营补贴82.3分。",
        "三、重点评价项目得分:县域公交更新补贴资金93分,城乡供水一体化工程91.5分。",
    )
    rows = [(p.project_name, p.score, p.batch_type, p.rule) for p in report.projects]
    assert rows == [
        ("县域医共体信息化建设项目", Decimal("86.5"), "key", "scores_listed_by_name"),
        ("农村饮用水提质改造项目", Decimal("84"), "key", "scores_listed_by_name"),
        ("城乡公交一体化运营补贴", Decimal("82.3"), "key", "scores_listed_by_name"),
        ("县域公交更新补贴资金", Decimal("93"), "key", "scores_listed_by_name"),
        ("城乡供水一体化工程", Decimal("91.5"), "key", "scores_listed_by_name"),
    ]


def test_a_heading_over_a_list_of_scores_in_traditional_characters_is_no_project() -> None:
    report = _parse(
        "雲溪縣2023年度財政支出績效評價結果公開",
        "縣財政局對4個重點項目開展了財政重點績效評價。",
        "三、重點評價項目得分:縣域公交更新補貼資金93分,城鄉供水一體化工程91.5分,農村危房改造補助資金86分,"
        "職業技能提升培訓補貼84.5分。",
    )
    assert [(p.project_name, p.score) for p in report.projects] == [
        ("縣域公交更新補貼資金", Decimal("93")),
        ("城鄉供水一體化工程", Decimal("91.5")),
        ("農村危房改造補助資金", Decimal("86")),
        ("職業技能提升培訓補貼", Decimal("84.5")),
    ]


def test_a_grading_table_headed_county_or_district() -> None:
    report = _parse(
        "云州市财政局关于2023年度县（区）财政运行综合绩效评价结果的通报",
        "市财政局对3个县（区）2023年度财政运行情况开展了综合绩效评价。经评价，评价等级为A的2个，B的1个。",
        PlainTable(
            (("序号", "县（区）", "评价等级"), ("1", "桦岗县", "A"), ("2", "云州市临溪区", "A"), ("3", "云峰县", "B"))
        ),
    )
    assert [(p.project_name, p.grade_raw, p.batch_type) for p in report.projects] == [
        ("桦岗县", "A", "other"),
        ("云州市临溪区", "A", "other"),
        ("云峰县", "B", "other"),
    ]


def test_a_graded_table_whose_object_column_is_not_understood_fails_a_check() -> None:
    """A header word the lexicon does not know over a column of places: the rows are not read, and the document
    says so (`unexplained_result` quotes them) instead of passing silently."""
    report = _parse(
        "云州市财政局关于2023年度财政运行综合绩效评价结果的通报",
        "市财政局对3个地方2023年度财政运行情况开展了综合绩效评价。",
        PlainTable(
            (("序号", "受评主体", "评价等级"), ("1", "桦岗县", "A"), ("2", "云州市临溪区", "A"), ("3", "云峰县", "B"))
        ),
    )
    failed = [c for c in report.checks if c.check_name == "unexplained_result" and not c.passed]
    assert not report.projects and failed and "桦岗县" in failed[0].detail


def test_places_listed_under_a_grade_with_their_scores_in_brackets() -> None:
    report = _parse(
        "云川县2023年度乡镇(街道)财政管理绩效评价结果",
        "县财政局对全县3个乡镇(街道)2023年度财政管理工作开展了综合绩效评价。",
        "A等(2个):城关街道(95.2分)、云口镇(93.8分)",
        "B等(1个):东岭镇(81.4分)",
    )
    assert [(p.project_name, p.grade_raw, p.score, p.batch_type) for p in report.projects] == [
        ("城关街道", "A等", Decimal("95.2"), "other"),
        ("云口镇", "A等", Decimal("93.8"), "other"),
        ("东岭镇", "B等", Decimal("81.4"), "other"),
    ]


def test_departments_listed_under_a_grade_with_their_count_are_units() -> None:
    """`评价结果为优秀的有A、B2个部门，良好的有…`: the count of each grade and the units that got it (word9, and the
    form of web2's lists of projects under a grade)."""
    report = _parse(
        "萍川县2023年度预算绩效管理工作情况",
        "五、部门整体支出绩效评价",
        "对县交通运输局等3个部门开展部门整体支出绩效评价。评价结果为优秀的有县交通运输局、县林业局2个部门，"
        "良好的有县档案馆1个部门。",
    )
    units = {(u.unit_name, u.grade_raw) for u in report.units}
    assert units == {("县交通运输局", "优秀"), ("县林业局", "优秀"), ("县档案馆", "良好")}
    assert {(g.batch_type, g.grade_raw, g.count) for g in report.grade_counts} == {
        ("department_overall", "优秀", 2),
        ("department_overall", "良好", 1),
    }


def test_grades_listed_respectively_with_their_scores_in_brackets() -> None:
    """`评价结果分别为“良”（86.5分）和“优”（91.2分）`: each grade and its score go to the objects named before."""
    report = _parse(
        "萍川县财政局关于2023年度预算绩效管理工作情况的报告",
        "四、部门整体支出评价",
        "选取县民政局、县水利局2个部门开展部门整体支出绩效评价。评价结果分别为“良”（84.5分）和“优”（92.1分）。",
    )
    assert {(u.unit_name, u.grade_raw, u.score) for u in report.units} == {
        ("县民政局", "良", Decimal("84.5")),
        ("县水利局", "优", Decimal("92.1")),
    }


def test_places_under_a_numbered_grade_counted_in_chinese_numerals() -> None:
    """`（一）“优秀”等次（三个）：A区、B县、C县。`: a numbered item of a list, not a heading; the count in Chinese
    numerals (word10; the bracketed count with digits is word6's and web3's)."""
    report = _parse(
        "关于2023年度县（区）财政管理绩效综合评价结果的通报",
        "市财政局对5个县（区）2023年度财政管理工作开展了绩效综合评价。",
        "（一）“优秀”等次（三个）：萍东区、禾川县、岭西县。",
        "（二）“良好”等次（两个）：桑原县、苇北区。",
    )
    assert {(p.project_name, p.grade_raw, p.batch_type) for p in report.projects} == {
        ("萍东区", "优秀", "other"),
        ("禾川县", "优秀", "other"),
        ("岭西县", "优秀", "other"),
        ("桑原县", "良好", "other"),
        ("苇北区", "良好", "other"),
    }
    assert {(g.grade_raw, g.count) for g in report.grade_counts} == {("优秀", 3), ("良好", 2)}


def test_counts_after_qizhong_and_places_counted_before_their_grade() -> None:
    """`其中A等次3个，B等次4个` (word10, web4) and `…等4个乡镇（街道）考核结果为一档` (word9): distributions."""
    lettered = _parse(
        "萍川县2023年度乡镇财政运行综合绩效评价结果的通报",
        "县财政局对全县7个乡镇开展综合绩效评价。评价结果分为A、B、C三个等次。其中A等次3个，B等次3个，C等次1个。",
    )
    assert {(g.grade_raw, g.count) for g in lettered.grade_counts} == {("A", 3), ("B", 3), ("C", 1)}
    counted = _parse(
        "萍川县财政局关于2023年度乡镇（街道）预算绩效管理工作考核结果的通报",
        "县财政局对全县5个乡镇（街道）2023年度预算绩效管理工作进行了考核。城关街道、禾坪镇、岭口镇等3个乡镇（街道）"
        "考核结果为一档；桑湾乡、苇石乡2个乡考核结果为二档。",
    )
    assert {(g.grade_raw, g.count) for g in counted.grade_counts} == {("一档", 3), ("二档", 2)}


def test_a_numbered_sentence_of_clauses_is_body_text_not_a_heading() -> None:
    """`一、本次共对8个部门的15个项目开展重点绩效评价，涉及财政资金7.77亿元。`: read as the round it states."""
    report = _parse(
        "萍川市财政局关于2023年度市级财政重点绩效评价结果的公告",
        "一、本次共对6个部门的11个项目开展重点绩效评价，涉及财政资金3.25亿元。",
        "二、评价等次为“优”的3个，“良”的6个，“中”的2个。",
    )
    assert {(m.metric, m.value) for m in report.metrics} >= {
        ("key_evaluated_projects", Decimal("11")),
        ("key_evaluated_departments", Decimal("6")),
        ("key_evaluated_amount", Decimal("325000000.00")),
    }
    assert {(g.grade_raw, g.count) for g in report.grade_counts} == {("优", 3), ("良", 6), ("中", 2)}


def test_the_total_score_column_is_the_result_of_a_table_of_part_scores() -> None:
    """`预算管理得分 | 绩效管理得分 | 综合得分 | 等次`: the total is the result, not the first part."""
    table = PlainTable(
        (
            ("序号", "县（市、区）", "预算管理得分", "绩效管理得分", "综合得分", "等次"),
            ("1", "萍东区", "46.5", "47.0", "93.5", "A"),
            ("2", "禾川县", "43.5", "42.6", "86.1", "B"),
            ("3", "岭西县", "38.0", "39.5", "77.5", "C"),
        )
    )
    report = _parse("萍川市2023年度县（市、区）财政管理绩效综合评价结果", table)
    assert {(p.project_name, p.score) for p in report.projects} == {
        ("萍东区", Decimal("93.5")),
        ("禾川县", Decimal("86.1")),
        ("岭西县", Decimal("77.5")),
    }
    assert all("result_column_of_the_total" in p.rule for p in report.projects)


def test_a_one_project_report_titled_with_its_year_after_the_name_and_its_budget() -> None:
    """`…补助项目2023年度绩效自评报告` names the project before the year; `项目预算资金1,280万元` is its money (a
    thousands separator is no clause break); a page's `发布机构:` field ends where the next field begins."""
    report = _parse(
        "萍川县农村客运站改造补助项目2023年度绩效自评报告",
        "发布机构:萍川县交通运输局发布日期:2024-04-17",
        "一、项目基本情况",
        "该项目由萍川县交通运输局主管。2023年项目预算资金1,280万元，实际支出1,196.4万元，预算执行率93.47%。",
        "二、自评结论",
        "经自评，该项目综合自评得分92.35分，自评等级为“优”。",
    )
    (project,) = report.projects
    assert project.project_name == "萍川县农村客运站改造补助项目"
    assert project.amount is not None and project.amount.yuan == Decimal("12800000.00")
    assert (project.score, project.grade) == (Decimal("92.35"), "优")
    assert report.report.publisher == "萍川县交通运输局"


def test_a_run_in_heading_names_its_paragraph_batch() -> None:
    """`三、重点评价。县财政局对5个项目…。其中，X评价得分92分…`: the words before the first full stop of a numbered
    paragraph are its heading; its projects are of the batch they name, not of the paragraph before (web4 X13)."""
    report = _parse(
        "萍川县2023年度财政支出绩效评价结果公告",
        "二、财政抽评。县财政局抽取40个项目进行抽评，抽评结果为“优”10个、“良”25个、“中”5个。",
        "三、重点评价。县财政局对2个项目开展重点绩效评价。其中，萍川县城乡供水一体化运营经费评价得分91分，"
        "评价等级为“优”；萍川县茶产业发展扶持资金评价得分78分，评价等级为“中”。",
    )
    assert {(p.project_name, p.batch_type) for p in report.projects} == {
        ("萍川县城乡供水一体化运营经费", "key"),
        ("萍川县茶产业发展扶持资金", "key"),
    }


def test_an_explicit_zero_ended_by_the_grade_kind() -> None:
    """`其中A等次3个、B等次6个、C等次3个，无D等次。` (web4 X14; word10's `无“差”等次单位` names the object)."""
    report = _parse(
        "萍川县2023年度乡镇财政运行综合绩效评价结果",
        "县财政局对全县9个乡镇开展综合绩效评价。评价结果分为A、B、C、D四个等次，其中A等次3个、B等次4个、C等次2个，无D等次。",
    )
    assert {(g.grade_raw, g.count) for g in report.grade_counts} == {("A", 3), ("B", 4), ("C", 2), ("D", 0)}


def test_units_under_their_supervising_department_in_a_unit_table() -> None:
    """`主管部门 | 评价单位 | 预算金额 | 得分 | 等次`: the unit evaluated, its parent the merged 主管部门 cell; the
    fields the evaluation chose (`2个领域`) are not what it counted (word10)."""
    table = PlainTable(
        (
            ("序号", "主管部门", "评价单位", "预算金额", "得分", "等次"),
            ("1", "区教育局", "区教育局机关", "21,364,250.00", "90.5", "优"),
            ("2", None, "区实验幼儿园", "8,742,316.80", "85.0", "良"),
            ("3", "区卫生健康局", "区妇幼保健院", "15,036,471.00", "76.4", "中"),
        )
    )
    report = _parse(
        "萍东区2023年度部门整体支出绩效评价结果公开",
        "区财政局选取教育、卫生健康2个领域，对3家单位2023年度部门整体支出开展绩效评价，涉及预算资金45,143,037.80元。",
        "金额单位：元",
        table,
    )
    assert {(u.unit_name, u.parent_department, u.grade) for u in report.units} == {
        ("区教育局机关", "区教育局", "优"),
        ("区实验幼儿园", "区教育局", "良"),
        ("区妇幼保健院", "区卫生健康局", "中"),
    }
    (batch,) = [b for b in report.batches if b.batch_type == "department_overall"]
    assert (batch.project_count, batch.department_count) == (3, 3)


def test_a_batch_section_with_a_distribution_and_a_cut_is_no_project() -> None:
    """`三、重点绩效评价聚焦民生` over `选取8个项目开展重点绩效评价…评价等级为“优”的2个…` is a batch's section, not a
    project graded 优; `对评价等级为“中”的2个项目，压减…` and `按不低于20%的比例压减预算` are consequences, not a
    distribution nor a sampling ratio (word10)."""
    report = _parse(
        "萍川县财政局关于2023年度预算绩效管理工作情况的报告",
        "三、重点绩效评价聚焦民生",
        "县财政局委托第三方机构选取6个项目开展重点绩效评价，涉及资金5,200.00万元。评价等级为“优”的2个，“良”的3个，“中”的1个。",
        "四、结果应用",
        "对评价等级为“中”的1个项目，压减2024年度预算共计86万元；抽查复核中，对复核等级为“较差”的项目，按不低于20%的比例压减预算。",
    )
    assert not report.projects
    assert {(g.batch_type, g.grade_raw, g.count) for g in report.grade_counts} == {
        ("key", "优", 2),
        ("key", "良", 3),
        ("key", "中", 1),
    }
    assert {(m.metric, m.value) for m in report.metrics} >= {("key_evaluated_projects", Decimal("6"))}
    assert not [m for m in report.metrics if m.metric == "sampling_ratio"]


def test_projects_itemised_after_qizhong_with_their_departments_in_brackets() -> None:
    """`其中：X资金（市住房和城乡建设局）得分91.5分，评价等级为优；…`: each named project, its department, score and
    grade, of the batch the sentence before names (web5 Y01, Y13; the bracketed department is word6's and web2's)."""
    report = _parse(
        "萍州市财政局关于2023年度市级预算绩效评价工作开展情况的说明",
        "县级自评。全市各预算单位对300个项目开展绩效自评。",
        "市财政局委托第三方机构对2个项目开展重点绩效评价，涉及资金1.2亿元。其中：萍州市城区排水管网改造补助资金"
        "（市住房和城乡建设局）得分91.5分，评价等级为优；市级校舍安全提升专项资金（市教育局）得分84.2分，评价等级为良。",
    )
    assert {(p.project_name, p.department_raw, p.score, p.grade, p.batch_type) for p in report.projects} == {
        ("萍州市城区排水管网改造补助资金", "市住房和城乡建设局", Decimal("91.5"), "优", "key"),
        ("市级校舍安全提升专项资金", "市教育局", Decimal("84.2"), "良", "key"),
    }


def test_units_graded_one_by_one_after_a_results_cue() -> None:
    """`三是开展部门整体支出绩效评价。选取A、B、C3家单位…。评价结果：A为“优秀”，B、C为“良好”。` (web5 Y02)."""
    report = _parse(
        "萍东区2022年度预算绩效管理工作总结",
        "三是开展部门整体支出绩效评价。选取区民政局、区水务局、区商务局3家单位开展部门整体支出绩效评价。"
        "评价结果：区民政局为“优秀”，区水务局、区商务局为“良好”。",
    )
    assert {(u.unit_name, u.grade_raw) for u in report.units} == {
        ("区民政局", "优秀"),
        ("区水务局", "良好"),
        ("区商务局", "良好"),
    }


def test_places_under_a_grade_stated_as_a_result() -> None:
    """`一、评价结果为“优秀”的乡镇(2个):A镇(94.6分)、B镇(92.8分)。` (web5 Y14; word6's `优秀等次（4个）：`)."""
    report = _parse(
        "萍川县财政局关于2023年度乡镇财政运行综合绩效评价结果的通报",
        "县财政局对全县4个乡镇2023年度财政运行情况开展综合绩效评价。",
        "一、评价结果为“优秀”的乡镇(2个):石岭镇(94.6分)、云渡镇(92.8分)。",
        "二、评价结果为“良好”的乡镇(2个):沙洲乡(84.3分)、岙口镇(80.1分)。",
    )
    assert {(p.project_name, p.grade_raw, p.score) for p in report.projects} == {
        ("石岭镇", "优秀", Decimal("94.6")),
        ("云渡镇", "优秀", Decimal("92.8")),
        ("沙洲乡", "良好", Decimal("84.3")),
        ("岙口镇", "良好", Decimal("80.1")),
    }


def test_a_spaced_table_row_printed_without_its_number() -> None:
    """A web table as lines of spaced cells where one row lost its 序号 (web5 Y07): the row and those after it."""
    report = _parse(
        "萍江县2024年度财政重点绩效评价结果公告",
        "序号 项目名称 主管部门 评价得分 评价等级",
        "1 萍江县城乡供水一体化工程 县水利局 87.5 良",
        "  萍江县学前教育公用经费补助 县教育局 84.1 良",
        "2 萍江县乡村道路安全防护工程 县交通运输局 72.9 中",
    )
    assert [(p.project_name, p.score) for p in report.projects] == [
        ("萍江县城乡供水一体化工程", Decimal("87.5")),
        ("萍江县学前教育公用经费补助", Decimal("84.1")),
        ("萍江县乡村道路安全防护工程", Decimal("72.9")),
    ]


def test_conclusions_listed_respectively() -> None:
    """`对A政策、B政策开展评价，评价结论分别为“良”“中”。` (web5 Y04: 结论 as 结果)."""
    report = _parse(
        "萍汀区2021年度财政绩效评价结果公开",
        "（二）政策评价。对区科技创新券政策、区农业保险保费补贴政策开展评价，评价结论分别为“良”“中”。",
    )
    assert {(p.project_name, p.grade_raw) for p in report.projects} == {
        ("区科技创新券政策", "良"),
        ("区农业保险保费补贴政策", "中"),
    }


def test_a_round_split_by_kind_counts_project_evaluations_apart() -> None:
    """`共组织开展财政绩效评价26项，其中：项目支出评价17项、政策评价3项、部门整体支出评价4项、镇（街道）财政运行综合评价2项`:
    the kinds are batches, `项目支出评价` the bureau's key evaluations of projects with a metric of their own (word5,
    web3, web4 and web5 golds alike); the 26 is their total."""
    report = _parse(
        "萍墅区2021年度财政绩效评价结果公开",
        "2021年，区财政局共组织开展财政绩效评价26项，涉及资金9.87亿元，其中：项目支出评价17项、政策评价3项、"
        "部门整体支出评价4项、镇（街道）财政运行综合评价2项。",
        "（一）项目支出评价。17个项目涉及资金6.42亿元，评价结论为“优”的4个、“良”的10个、“中”的3个。",
    )
    metrics = {(m.metric, m.value) for m in report.metrics}
    assert {
        ("project_expenditure_evaluations", Decimal("17")),
        ("policy_evaluations", Decimal("3")),
        ("department_overall_evaluations", Decimal("4")),
        ("lower_government_evaluations", Decimal("2")),
    } <= metrics
    assert {(g.batch_type, g.grade_raw, g.count) for g in report.grade_counts} == {
        ("key", "优", 4),
        ("key", "良", 10),
        ("key", "中", 3),
    }


def test_a_grading_of_counties_and_a_zone_under_a_bracketed_place_header() -> None:
    """`县（区、开发区） | 综合得分 | 评价等级` with a development zone among the counties (word11; word9's zone in a
    table headed 县（市、区））, and `其中A等级2个` is the mark A, then its kind (not a mark `A等`)."""
    table = PlainTable(
        (
            ("县（区、开发区）", "综合得分", "评价等级"),
            ("萍岙县", "92.35", "A"),
            ("禾坪县", "90.12", "A"),
            ("云岭区", "86.74", "B"),
            ("萍洲经济技术开发区", "78.40", "C"),
        )
    )
    report = _parse(
        "萍洲市2023年度县（区）财政管理绩效评价结果",
        "市财政局对4个县（区、开发区）开展财政管理绩效评价。其中A等级2个，B等级1个，C等级1个。具体结果如下：",
        table,
    )
    assert {(p.project_name, p.grade_raw, p.batch_type) for p in report.projects} == {
        ("萍岙县", "A", "other"),
        ("禾坪县", "A", "other"),
        ("云岭区", "B", "other"),
        ("萍洲经济技术开发区", "C", "other"),
    }
    assert {(g.grade_raw, g.count) for g in report.grade_counts} == {("A", 2), ("B", 1), ("C", 1)}


def test_places_counted_before_their_count_and_graded_in_bands() -> None:
    """`参加本次评价的乡镇（街道）共10个，…评定一档3个、二档4个、三档3个` (word11): the places and their bands."""
    report = _parse(
        "萍坪县2023年度乡镇（街道）财政管理绩效评价结果",
        "参加本次评价的乡镇（街道）共10个，按得分高低分为三个档次，评定一档3个、二档4个、三档3个。",
    )
    assert {(m.metric, m.value) for m in report.metrics} >= {("lower_government_evaluations", Decimal("10"))}
    assert {(g.batch_type, g.grade_raw, g.count) for g in report.grade_counts} == {
        ("other", "一档", 3),
        ("other", "二档", 4),
        ("other", "三档", 3),
    }


def test_the_ratio_sampled_over_the_rules_minimum() -> None:
    """`按照不低于自评项目数1%的比例，抽取10个项目进行复核…抽查比例为1.15%` (word9, word11): the ratio sampled is 1.15%;
    the rule's minimum is no restatement of it. Stated alone, the minimum is the ratio (web4 X01)."""
    both = _parse(
        "萍坪县财政局关于2023年度项目支出绩效自评抽查复核情况的通报",
        "县财政局按照不低于自评项目数1%的比例，抽取10个项目进行复核，涉及资金5212.97万元，抽查比例为1.15%。",
    )
    assert [(m.metric, m.value) for m in both.metrics if m.metric == "sampling_ratio"] == [
        ("sampling_ratio", Decimal("1.15"))
    ]
    assert all(c.passed for c in both.checks if c.check_name.startswith("restated_figures_agree:sampling_ratio"))
    alone = _parse(
        "萍坪县2023年度预算绩效管理工作情况",
        "县财政局按照不低于自评项目数8%的比例，抽取105个项目开展财政抽评，涉及资金21,306.5万元。",
    )
    assert [(m.metric, m.value) for m in alone.metrics if m.metric == "sampling_ratio"] == [
        ("sampling_ratio", Decimal("8"))
    ]


def test_a_name_quoted_whole_before_its_score() -> None:
    """`7个重点评价项目中，"X补贴"得分90.5分，等级为"优"；…` (web6 Z14; quoted names are word6's and web2's too)."""
    report = _parse(
        "萍桥县财政局关于2022年度预算绩效评价结果的通报",
        "县财政局对2个重点项目开展了财政重点绩效评价。",
        '2个重点评价项目中，"萍桥县城乡供水一体化运营补贴"得分90.5分，等级为"优"；'
        '"萍桥县乡村道路安全生命防护工程"得分71分，等级为"中"。',
    )
    assert {(p.project_name, p.score, p.grade) for p in report.projects} == {
        ("萍桥县城乡供水一体化运营补贴", Decimal("90.5"), "优"),
        ("萍桥县乡村道路安全生命防护工程", Decimal("71"), "中"),
    }


def test_self_evaluations_named_as_the_ground_of_the_bureaus_evaluation() -> None:
    """`在项目单位开展绩效自评的基础上，县财政局委托第三方机构…进行了绩效评价` (word12's bond notice; the real
    round texts and word12's summary say `在单位自评基础上，县财政局…抽取…`): the notice reports the bureau's
    evaluation, so its table and its distribution are key, not self, and the bonds' count is the batch's."""
    report = parse_report(
        [
            PlainBlock("岚屿县2023年度地方政府专项债券项目资金绩效评价结果公示"),
            PlainBlock(
                "在项目单位开展绩效自评的基础上，县财政局委托第三方机构对我县2023年度新增专项债券项目资金进行了绩效评价。"
            ),
            PlainBlock("2023年我县共有2个项目使用新增专项债券资金1.20亿元，评价结果为“优”的1个、“良”的1个。"),
            PlainTable(
                (
                    ("序号", "项目单位", "项目名称", "发行金额(亿元)", "评价结果"),
                    ("1", "岚屿县水利局", "岚屿县城区排涝泵站工程", "0.70", "优"),
                    ("2", "岚屿县教育局", "岚屿县第二小学扩建工程", "0.50", "良"),
                )
            ),
        ]
    )
    assert {(b.batch_type, b.project_count) for b in report.batches} == {("key", 2)}
    assert {(g.batch_type, g.grade, g.count) for g in report.grade_counts} == {("key", "优", 1), ("key", "良", 1)}
    assert {p.batch_type for p in report.projects} == {"key"}


def test_things_counted_before_a_bare_count_are_not_evaluated_objects() -> None:
    """`第三方机构完成现场核查点位62个` (word12), `发现问题12个`: what the count counts is named before it, and it is
    no project; the sentence's 自评 makes no self-evaluation batch of it."""
    report = _parse(
        "苕溪湾市财政局关于2023年度市级财政重点绩效评价结果的通报",
        "委托第三方机构对5个项目开展财政重点绩效评价，涉及财政资金1.20亿元。",
        "各主管部门按要求报送了自评报告，第三方机构完成现场核查点位62个，发现问题12个。",
    )
    assert {(b.batch_type, b.project_count) for b in report.batches} == {("key", 5)}
    assert [m.metric for m in report.metrics] == ["key_evaluated_projects", "key_evaluated_amount"]


def test_projects_assessed_before_funding_are_not_evaluated_projects() -> None:
    """`对新增重大项目开展事前绩效评估，全年共评估7个项目` (word12's summary; W01 and word4 state 事前绩效评估 too): an
    assessment of proposals names no project evaluated, and `重大项目` is a kind of project, not a name."""
    report = _parse(
        "茛川县2024年度预算绩效管理工作情况",
        "一、事前绩效评估",
        "对新增重大项目开展事前绩效评估，全年共评估7个项目，申请资金1,268.00万元，根据评估结论核减资金356.00万元。",
        "二、绩效评价",
        "县财政局选取3个重点项目开展财政重点评价，涉及资金2,480.00万元。",
    )
    assert report.projects == []
    assert {(b.batch_type, b.project_count) for b in report.batches} == {("key", 3)}


def test_a_list_announced_by_the_batch_it_reports() -> None:
    """`现将重点绩效评价结果通报如下：` then `1.X(主管部门:Y),评价得分91.5分,评价等级“优”;` (web7 T01; word12's and the
    real notices announce their tables so): the list is of the batch the announcement names, even after a sentence
    that counted a review and a key evaluation in one."""
    report = _parse(
        "桤浦县财政局关于2023年度财政支出绩效评价结果的通报",
        "在部门自评基础上,县财政局按10%的比例抽取15个项目开展自评复核,涉及资金2,306.82万元。",
        "同时,县财政局委托第三方机构对2个项目开展重点绩效评价,涉及资金862.4万元;选取县档案馆1家单位开展部门整体支出绩效评价。",
        "现将重点绩效评价结果通报如下:",
        "1.桤浦县城乡供水管网改造项目(主管部门:县水利局),评价得分91.5分,评价等级“优”;",
        "2.县域学校午餐补助资金(主管部门:县教育局),评价得分84分,评价等级“良”。",
    )
    assert {(p.project_name, p.batch_type, p.grade) for p in report.projects} == {
        ("桤浦县城乡供水管网改造项目", "key", "优"),
        ("县域学校午餐补助资金", "key", "良"),
    }


def test_departments_scored_by_name_in_a_round_of_whole_department_evaluations() -> None:
    """`各部门评价情况如下:区教育局得分92.3分,评价结果为优秀;区民政局得分88.1分,区农业农村局得分85.7分,评价结果均为
    良好` (web7 T03; web5's units graded one by one, word9's departments listed under a grade): in a round of
    部门整体 evaluations a department named with its score is a unit graded as a whole, and a grade shared with
    `均为` closes the scores listed before it."""
    report = _parse(
        "蓟陂区2022年部门整体支出绩效评价结果公开",
        "区财政局选取4家部门开展部门整体支出财政评价,涉及资金3,076.4万元。",
        "各部门评价情况如下:区教育局得分92.3分,评价结果为优秀;区民政局得分88.1分,区农业农村局得分85.7分,"
        "区文化和旅游体育局所属区图书馆得分80.5分,评价结果均为良好。",
    )
    assert {(u.unit_name, u.parent_department, u.grade_raw, u.score) for u in report.units} == {
        ("区教育局", None, "优秀", Decimal("92.3")),
        ("区民政局", None, "良好", Decimal("88.1")),
        ("区农业农村局", None, "良好", Decimal("85.7")),
        ("区图书馆", "区文化和旅游体育局", "良好", Decimal("80.5")),
    }
    assert report.projects == []


def test_the_year_a_practice_began_is_not_the_year_evaluated() -> None:
    """`萸江县自2019年起推行绩效评价结果与预算安排挂钩机制` (web5 Y12; `2019年以来` is the genre's too): a news item
    dated by the round it reports (`已完成2023年度财政重点绩效评价工作`), not by when a practice began."""
    report = _parse(
        "棠溆县:财政绩效评价结果应用见实效",
        "记者从县财政局获悉,该局已完成2023年度财政重点绩效评价工作,共对11个项目开展重点评价。",
        "据悉,棠溆县自2019年起推行绩效评价结果与预算安排挂钩机制,评价结果较差的项目,下一年度预算一律压减。",
    )
    assert report.report.fiscal_year == 2023


def test_quoted_names_and_departments_graded_with_a_verb() -> None:
    """`“A”“B”和“C”3个项目评价为优秀；“D”评价为中等` and `对X局、Y局2家部门开展部门整体支出绩效评价…，X局评价为
    优秀，Y局评价为良好` (web7 T02; quoted names back to back are web6's, word6's and web2's too): each quoted name is
    graded, of the batch the sentence before it named, not of the whole-department evaluation the next one names."""
    report = _parse(
        "2024年度澧汐市本级预算绩效管理工作情况",
        "选取14个项目开展财政重点绩效评价,涉及资金7.86亿元。“市区公交运营补贴”“人才安居补助资金”和“城市更新片区配套"
        "工程”3个项目评价为优秀;“老旧工业园区改造提升专项资金”评价为中等。同时,对市体育局、市机关事务管理局2家部门开展"
        "部门整体支出绩效评价,市体育局评价为优秀,市机关事务管理局评价为良好。",
    )
    assert {(p.project_name, p.batch_type, p.grade_raw) for p in report.projects} == {
        ("市区公交运营补贴", "key", "优秀"),
        ("人才安居补助资金", "key", "优秀"),
        ("城市更新片区配套工程", "key", "优秀"),
        ("老旧工业园区改造提升专项资金", "key", "中等"),
    }
    assert {(u.unit_name, u.grade_raw) for u in report.units} == {("市体育局", "优秀"), ("市机关事务管理局", "良好")}


def test_departments_listed_with_a_grade_they_all_share() -> None:
    """`区卫生健康委员会得分92.15分，评价等次为“优秀”，区住房和城乡建设局、区退役军人事务局评价等次均为“良好”` (web2
    V02): the shared grade is the listed departments', not the one graded before them."""
    report = _parse(
        "蕲坞区2023年度预算绩效管理工作开展情况",
        "区财政局选取3个部门开展部门整体支出绩效评价。部门整体评价中，区卫生健康委员会得分92.15分，评价等次为“优秀”，"
        "区住房和城乡建设局、区退役军人事务局评价等次均为“良好”。",
    )
    assert {(u.unit_name, u.grade_raw, u.score) for u in report.units} == {
        ("区卫生健康委员会", "优秀", Decimal("92.15")),
        ("区住房和城乡建设局", "良好", None),
        ("区退役军人事务局", "良好", None),
    }


def test_projects_named_with_their_department_field_in_brackets_after_a_colon() -> None:
    """`…涉及资金4,260万元:X工程(主管部门:县教育局)得分89.6分,评价等级为「良」;…` (web7 T13; web4 X01 and web7 T01
    bracket the field so too): the colon inside the brackets does not cut the name, and the bracketed field is the
    project's department."""
    report = _parse(
        "檀坪县财政局2022年度财政支出绩效评价结果公告",
        "县财政局委托第三方机构对2个项目开展重点评价,涉及资金4,260万元:檀坪县城区学校扩容提质工程(主管部门:县教育局)"
        "得分89.6分,评价等级为「良」;乡村振兴产业发展扶持资金(主管部门:县农业农村局)得分91.2分,评价等级为「优」。",
    )
    assert {(p.project_name, p.department_raw, p.grade, p.score) for p in report.projects} == {
        ("檀坪县城区学校扩容提质工程", "县教育局", "良", Decimal("89.6")),
        ("乡村振兴产业发展扶持资金", "县农业农村局", "优", Decimal("91.2")),
    }


def test_a_method_that_combines_kinds_of_evaluation_is_no_batch() -> None:
    """`评价采取部门自评与财政评价相结合的方式，其中5个项目委托第三方机构实施` (word13; word12's key notice and web7's
    town grading say `采取…相结合的方式` too): the count after the method is of the key evaluation the notice reports,
    not a self-evaluation."""
    report = _parse(
        "枳汀市财政局关于2023年度市级财政重点绩效评价结果的通报",
        "市财政局对8个项目开展财政重点绩效评价，涉及资金2.1亿元。",
        "评价采取部门自评与财政评价相结合的方式，其中5个项目委托第三方机构实施。",
    )
    assert {b.batch_type for b in report.batches} == {"key"}
    assert "self_evaluated_projects" not in {m.metric for m in report.metrics}


def test_a_policy_named_by_its_documents_title() -> None:
    """`（一）《X扶持政策》` heading a policy's results (word13; the golds of word6…word12 name policies without
    their book-title marks): the policy is named X扶持政策."""
    report = _parse(
        "椒原县财政局关于2023年度财政政策绩效评价结果的公告",
        "县财政局对1项财政政策开展了绩效评价。",
        "（一）《椒原县农业龙头企业发展扶持政策》",
        "该政策由县农业农村局主管，评价得分84.6分，评价等级为“良”。",
    )
    assert [(p.project_name, p.grade) for p in report.projects] == [("椒原县农业龙头企业发展扶持政策", "良")]


def test_projects_counted_with_the_grade_they_won() -> None:
    """`此次共评价项目31个…从结果看,13个项目获评“优秀”,15个项目为“良好”` (web7's news item; `获评` is how the
    genre's news and rounds say a grade was won): 13 is a grade's count, not the round's size."""
    report = _parse(
        "芷溆市2024年度财政重点绩效评价结果出炉",
        "市财政局公布2024年度市级财政重点绩效评价结果。此次共评价项目31个,涉及资金27.6亿元。"
        "从结果看,13个项目获评“优秀”,15个项目为“良好”,3个项目为“中”。",
    )
    assert {(m.metric, m.value) for m in report.metrics if m.metric == "key_evaluated_projects"} == {
        ("key_evaluated_projects", Decimal("31"))
    }
    assert {(g.grade_raw, g.count) for g in report.grade_counts} == {("优秀", 13), ("良好", 15), ("中", 3)}


def test_a_distribution_that_adds_up_to_the_places_counted() -> None:
    """`县财政局对全县14个乡镇(街道)…开展绩效评价…实地抽查乡镇6个…经各乡镇(街道)自评、县财政局审核及实地抽查,
    评价结果为A级5个、B级7个、C级2个` (web7's town grading): `经…自评、…审核及实地抽查` is the run of steps the
    result went through (web8's `经乡镇自评、县级复核和集中评审`, a real page's `经中介机构指导审核、财政复核`), no
    batch, so the grades are of the 14 places they add up to, not of a spot check."""
    report = _parse(
        "蓍川县2023年度乡镇(街道)财政管理绩效评价结果通报",
        "县财政局对全县14个乡镇(街道)2023年度财政管理工作开展绩效评价。评价采取乡镇自评、县级审核和实地抽查相结合的方式"
        "进行,实地抽查乡镇6个。经各乡镇(街道)自评、县财政局审核及实地抽查,评价结果为A级5个、B级7个、C级2个。",
    )
    assert {(g.batch_type, g.grade_raw, g.count) for g in report.grade_counts} == {
        ("other", "A级", 5),
        ("other", "B级", 7),
        ("other", "C级", 2),
    }


def test_places_a_project_reaches_are_not_places_graded() -> None:
    """`农村生活垃圾分类处理项目…覆盖全县9个乡镇、118个行政村` (web7's one-project self-evaluation): the places a
    project works in are no grading of lower governments."""
    report = _parse(
        "莪田县2024年度农村生活垃圾分类处理项目支出绩效自评报告",
        "(一)项目概况。农村生活垃圾分类处理项目主管部门为莪田县农业农村局,覆盖全县9个乡镇、118个行政村。",
        "(二)自评结论。项目自评得分93.5分,自评等级为“优”。",
    )
    assert "lower_government_evaluations" not in {m.metric for m in report.metrics}
    assert {b.batch_type for b in report.batches} <= {"self"}


def test_a_round_split_by_kind_grades_names_in_parallel_clauses() -> None:
    """`评价为“一般”的2个项目为“A”和“B”`, `2个部门整体评价中,县交通运输局评价结果为“优秀”,县市场监督管理局为
    “良好”`, `上沅镇评价结果为“优秀”,石塅乡为“一般”` (web7 T04; parallel clauses that drop the cue are word12's and
    web2's too): the quoted names take the grade and count before them, the clause after a graded one grades its own
    subject, and a place graded in a round of places is its object."""
    report = _parse(
        "葑埠县2025年度财政重点绩效评价结果公开",
        "县财政局开展重点评价26项,其中项目支出评价18项、部门整体评价2项、乡镇财政运行综合评价2项。",
        "18个项目支出评价中,评价为“一般”的2个项目为“县城智慧停车系统建设”和“农村客运公交化改造补助”。",
        "2个部门整体评价中,县交通运输局评价结果为“优秀”,县市场监督管理局为“良好”。",
        "2个乡镇财政运行综合评价中,上沅镇评价结果为“优秀”,石塅乡为“一般”。",
    )
    assert {(p.project_name, p.batch_type, p.grade_raw) for p in report.projects} == {
        ("县城智慧停车系统建设", "key", "一般"),
        ("农村客运公交化改造补助", "key", "一般"),
        ("上沅镇", "other", "优秀"),
        ("石塅乡", "other", "一般"),
    }
    units = {(u.unit_name, u.grade_raw) for u in report.units}
    assert units == {("县交通运输局", "优秀"), ("县市场监督管理局", "良好")}


def test_a_policys_money_arranged_for_the_year() -> None:
    """`（一）X政策。该政策主管部门为县水利局，2023年度安排资金4560.00万元，评价得分88.6分，评价结果为“良”。` (word14;
    `安排资金` is the genre's word for a year's money, beside word6's `兑现资金`): the policy's money."""
    report = _parse(
        "苘溪县财政局关于2023年度财政政策绩效评价结果的通报",
        "县财政局委托第三方机构对1项县级财政政策开展了事后绩效评价。",
        "（一）苘溪县农村饮水安全工程长效管护补助政策。该政策主管部门为县水利局，2023年度安排资金4560.00万元，"
        "评价得分88.6分，评价结果为“良”。",
    )
    [policy] = report.projects
    assert (policy.project_name, policy.grade, policy.amount.yuan if policy.amount else None) == (
        "苘溪县农村饮水安全工程长效管护补助政策",
        "良",
        Decimal("45600000.00"),
    )


def test_projects_named_in_quotes_after_their_organisation() -> None:
    """`对县人民医院“医疗设备购置项目”、县城乡建设局“城区雨污分流改造工程”2个项目开展重点绩效评价` (web8; an organ
    before a quoted name is word6's and web6's too): the organisation is the department, the quoted words the name."""
    report = _parse(
        "蕙岫县2022年度预算绩效管理工作情况",
        "县财政局委托会计师事务所对县人民医院“医疗设备购置项目”、县城乡建设局“城区雨污分流改造工程”2个项目开展重点"
        "绩效评价,涉及资金1.18亿元。评价得分分别为92.4分、72分。",
    )
    assert {(p.project_name, p.department_raw, p.score) for p in report.projects} == {
        ("医疗设备购置项目", "县人民医院", Decimal("92.4")),
        ("城区雨污分流改造工程", "县城乡建设局", Decimal("72")),
    }


def test_places_where_a_projects_money_is_used_are_not_graded() -> None:
    """`主要用于全县14个乡镇、112处集中供水工程的管网维修` (web8), `建设地点涉及城关镇、柳溪镇等6个乡镇` (word14;
    web7's `覆盖全县9个乡镇`): no grading of lower governments."""
    report = _parse(
        "茆川县2023年度农村饮水安全工程维修养护项目支出绩效自评报告",
        "(一)项目概况。本项目主要用于全县14个乡镇、112处集中供水工程的管网维修,建设地点涉及城关镇、柳溪镇等6个乡镇。",
        "(二)自评结论。项目自评得分94.5分,自评等级为“优”。",
    )
    assert "lower_government_evaluations" not in {m.metric for m in report.metrics}


def test_a_pages_publisher_field_ends_at_its_subject_field() -> None:
    """`发布机构 区水利局 主题分类 政务公开`, its spaces lost in the PDF (web8's bond page; `主题分类` is a field of the
    government sites' template, as the real pages show): the publisher is 区水利局, not `区水利局主题分类政务公开`."""
    report = _parse(
        "2024年度新增地方政府专项债券项目绩效评价情况",
        "发布机构荠岚区水利局主题分类政务公开",
        "我局对2024年度新增专项债券项目开展绩效自评，评价结果如下：",
        PlainTable(
            (
                ("项目名称", "发行金额（亿元）", "自评得分", "自评等级"),
                ("荠岚区南部片区防洪排涝提升工程", "2.4", "93.5", "优"),
            )
        ),
    )
    assert report.report.publisher == "荠岚区水利局"


def test_a_one_project_report_that_reads_another_batch_says_so() -> None:
    """`对11个市开展了资料审核，实地抽查了8个县、24个乡镇` in a province department's report on one subsidy (word11):
    whatever the parser makes of such counts, a report on one project holding a batch of more must fail a check."""
    report = _parse(
        "2023年苡江省耕地地力保护补贴项目绩效自评报告",
        "耕地地力保护补贴由省农业农村厅主管，2023年全年安排补贴资金286,450.00万元，涉及全省11个市。",
        "省农业农村厅会同省财政厅成立自评工作小组，采取县级自评、市级复核、省级抽查的方式，对11个市开展了资料审核，"
        "实地抽查了8个县、24个乡镇、120户农户。",
        "经自评，该项目综合得分94.5分，自评等级为“优”。",
    )
    others = [batch for batch in report.batches if (batch.project_count or 1) > 1]
    failed = {check.check_name for check in report.checks if not check.passed}
    assert not others or "one_project_one_batch" in failed
