"""Property tests for the parsers and a mutation corpus for the extractors, with bounded budgets."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from jixiao.extractors import ExtractionError
from jixiao.parsers import PlainBlock, parse_report
from jixiao.parsers.amounts import YUAN_PER_UNIT, find_amounts, to_amount
from jixiao.parsers.tables import find_tables
from jixiao.parsers.text import PlainTable, sections

from jixiao.ingest.isolation import RUNNER, DocumentTimeout
from jixiao.ingest.reading import extract_and_parse
from tests.conftest import ROOT, SAMPLE_PDF

FRAGMENTS = [
    "项目",
    "个",
    "项",
    "评价结果",
    "主管部门",
    "：",
    "，",
    "。",
    "；",
    "、",
    "“",
    "”",
    "（",
    "）",
    "优",
    "良",
    "中",
    "差",
    "优秀",
    "合格",
    "不合格",
    "A",
    "重点",
    "绩效",
    "评价",
    "抽评",
    "自评",
    "整体",
    "政策",
    "涉及",
    "资金",
    "亿元",
    "万元",
    "元",
    "%",
    "占",
    "分",
    "分别为",
    "对",
    "开展",
    "下属",
    "无等级为",
    "的项目",
    "拟",
    "共",
    "合计",
    "一、",
    "（二）",
    "一是",
    "项目1：",
    "2023年度",
    "市本级",
    "预算绩效管理情况",
    "\n",
    " ",
    "0",
    "1",
    "7",
    "12.5",
    "3.03",
]
report_like = st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=200), report_like), min_size=1, max_size=8))
@example([",", ""])  # a block of commas alone before another: it has no clause to carry over (an IndexError once)
@example(["项目0:评价结果:"])  # an item without a name and an empty field: no project (an empty name once)
def test_parser_never_raises_on_arbitrary_text(texts: list[str]) -> None:
    report = parse_report([PlainBlock(text, page=index + 1) for index, text in enumerate(texts)])
    assert report.status in {"ok", "partial", "empty", "not_a_report"}
    for project in report.projects:
        assert project.project_name


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.one_of(st.none(), report_like), min_size=1, max_size=6), min_size=1, max_size=6))
def test_table_parser_never_raises(rows: list[list[str | None]]) -> None:
    table = PlainTable(tuple(tuple(row) for row in rows))
    parts = sections([PlainBlock("（一）重点评价结果"), table])
    find_tables(parts, {1: "key"})


@settings(max_examples=300, deadline=None)
@given(
    st.decimals(min_value=0, max_value=Decimal("999999999"), places=4, allow_nan=False, allow_infinity=False),
    st.sampled_from(sorted(YUAN_PER_UNIT)),
)
def test_amounts_round_trip(value: Decimal, unit: str) -> None:
    stated = format(value, "f")
    amount = to_amount(stated, unit)
    assert amount.stated_value == value and amount.stated_unit == unit
    assert amount.yuan == (value * YUAN_PER_UNIT[unit]).quantize(Decimal("0.01"))
    [(found, _, _)] = find_amounts(f"涉及资金{stated}{unit}。")
    assert found == amount


def _mutants(data: bytes, seed: int, count: int) -> list[bytes]:
    rng = random.Random(seed)
    mutants = []
    for index in range(count):
        mutant = bytearray(data)
        kind = index % 3
        if kind == 0:  # flip a few bytes anywhere
            for _ in range(rng.randint(1, 8)):
                mutant[rng.randrange(len(mutant))] ^= 1 << rng.randrange(8)
        elif kind == 1:  # cut the tail, keeping the end marker so that it is not simply `truncated_pdf`
            cut = rng.randrange(len(mutant) // 4, len(mutant))
            mutant = mutant[:cut] + b"\n%%EOF\n"
        else:  # delete a chunk in the middle
            start = rng.randrange(len(mutant))
            del mutant[start : start + rng.randint(1, 512)]
        mutants.append(bytes(mutant))
    return mutants


MUTATED = [
    SAMPLE_PDF,
    ROOT / "tests" / "fixtures" / "corpus" / "synthetic_02_table_wan_ttf.pdf",
    ROOT / "tests" / "fixtures" / "corpus" / "synthetic_13_cff_font_pdfium.pdf",
    # the other formats, read from their bytes (a mutant may be any of them, or none)
    ROOT / "tests" / "fixtures" / "real" / "html" / "06_sanmen_bond_2024.html",
    ROOT / "tests" / "fixtures" / "word" / "docx" / "word_03_district_vmerge_no_repeat.docx",
]


@pytest.mark.parametrize("source", MUTATED, ids=lambda path: Path(path).stem)
def test_mutated_documents_fail_only_with_known_codes_and_never_hang(source: Path) -> None:
    codes: dict[str, int] = {}
    for mutant in _mutants(source.read_bytes(), seed=len(source.name), count=24):
        try:
            parsed = RUNNER.run(extract_and_parse, mutant, None, 2000, timeout=60)
            codes[f"loaded:{parsed.report.status}"] = codes.get(f"loaded:{parsed.report.status}", 0) + 1
        except ExtractionError as error:
            codes[error.code] = codes.get(error.code, 0) + 1
        except DocumentTimeout:
            pytest.fail(f"a mutant of {source.name} hung")
    assert sum(codes.values()) == 24
    print(source.name, dict(sorted(codes.items())))
