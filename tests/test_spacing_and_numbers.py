from decimal import Decimal

import pytest
from jixiao.extractors.spacing import join_wrapped, normalize_spacing
from jixiao.parsers.amounts import AmountError, find_amounts, to_amount, unit_from_header
from jixiao.parsers.grades import UnknownGradeError, normalize_grade


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("在线上完成对上年度 2007 个项目绩效自评。10 月，指导督", "在线上完成对上年度2007个项目绩效自评。10月，指导督"),
        ("2023 年市财政局", "2023年市财政局"),
        ("项目 1 ：市工业专项资金", "项目1：市工业专项资金"),
        ("资金额 11.49", "资金额11.49"),
        ("Word  Excel 2020 - 2022", "Word Excel 2020 - 2022"),
    ],
)
def test_normalize_spacing_removes_only_extraction_spaces(raw: str, expected: str) -> None:
    assert normalize_spacing(raw) == expected


def test_join_wrapped_lines() -> None:
    assert join_wrapped("市电子商务", "专项资金") == "市电子商务专项资金"
    assert join_wrapped("资金额11.49", "亿元") == "资金额11.49亿元"
    assert join_wrapped("performance", "report") == "performance report"


@pytest.mark.parametrize(
    ("stated", "unit", "yuan"),
    [
        ("8.46", "亿元", Decimal("846000000.00")),
        ("16.4", "亿元", Decimal("1640000000.00")),  # cn2an's float gives 1639999999
        ("340915.5112", "万元", Decimal("3409155112.00")),
        ("1,234.5", "元", Decimal("1234.50")),
    ],
)
def test_amounts_are_exact_decimals_in_yuan(stated: str, unit: str, yuan: Decimal) -> None:
    amount = to_amount(stated, unit)
    assert amount.yuan == yuan
    assert amount.stated_unit == unit
    assert amount.stated_value == Decimal(stated.replace(",", ""))


def test_find_amounts_and_units_from_headers() -> None:
    found = find_amounts("涉及财政资金8.46亿元，其中500万元")
    assert [(a.stated_value, a.stated_unit) for a, _, _ in found] == [(Decimal("8.46"), "亿元"), (Decimal(500), "万元")]
    assert unit_from_header("资金量（万元）") == "万元"
    assert unit_from_header("发行金额(亿元)") == "亿元"
    with pytest.raises(AmountError):
        to_amount("8.46", "美元")


@pytest.mark.parametrize(
    ("raw", "grade"),
    [
        ("优", "优"),
        ("“优”", "优"),
        ("优秀", "优"),
        ("良好", "良"),
        ("中(一般)", "中"),
        ("中（一般）", "中"),
        ("一般", "中"),
        ("较差", "差"),
        ("差。", "差"),
        ("合格", None),
        ("不合格", None),
        ("优良", None),
        ("B", None),
    ],
)
def test_grade_vocabulary(raw: str, grade: str | None) -> None:
    assert normalize_grade(raw) == grade


def test_unknown_grade_word_is_an_error() -> None:
    with pytest.raises(UnknownGradeError):
        normalize_grade("很好")
