"""The extractor on the bundled sample and on bad inputs."""

from __future__ import annotations

import pytest
from jixiao.extractors import (
    CorruptPdfError,
    EmptyFileError,
    ExtractionError,
    GarbledTextError,
    NotAPdfError,
    NoTextLayerError,
    TruncatedPdfError,
    extract_document,
)

from tests import bad_inputs


def test_sample_pages_and_page_numbers(sample_document) -> None:  # type: ignore[no-untyped-def]
    assert sample_document.page_count == 5
    assert sample_document.engines == ("pypdfium2",)  # a text page: the fast path
    for page in sample_document.pages:
        assert [line.text for line in page.furniture] == [f"— {page.number} —"]
        assert all("—" not in line.text for line in page.lines)


def test_fake_bold_title_is_read_once(sample_document) -> None:  # type: ignore[no-untyped-def]
    assert sample_document.paragraphs[0].text == "2023年度湖州市本级预算绩效管理情况"


def test_paragraph_joined_across_a_page_break(sample_document) -> None:  # type: ignore[no-untyped-def]
    paragraph = next(p for p in sample_document.paragraphs if "市电子商务专项资金、养老服务" in p.text)
    assert paragraph.pages == (1, 2)
    offset = paragraph.text.index("专项资金、养老")
    assert paragraph.page_at(offset - 1) == 1
    assert paragraph.page_at(offset) == 2
    assert "市电子商务\n专项资金" in paragraph.raw_text


def test_extraction_spaces_removed_in_paragraphs(sample_document) -> None:  # type: ignore[no-untyped-def]
    texts = [p.text for p in sample_document.paragraphs]
    assert any("在线上完成对上年度2007个项目绩效自评。10月，" in t for t in texts)
    assert any("评价结果等次为优的项目68个，良124个，中7个，差1个。" in t for t in texts)
    assert any(t == "项目6：服务业专项" for t in texts)
    assert any(t.startswith("2023年市财政局共组织开展重点绩效评价项目12个") for t in texts)


def test_headings_and_list_items_are_their_own_paragraphs(sample_document) -> None:  # type: ignore[no-untyped-def]
    texts = [p.text for p in sample_document.paragraphs]
    for heading in ("一、工作开展情况", "（二）财政抽评结果", "（三）财政重点评价结果", "二、绩效评价结果情况"):
        assert heading in texts
    assert texts.count("评价结果：优。") == 5
    assert texts.count("评价结果：良。") == 7


@pytest.mark.parametrize(
    ("make", "error", "code"),
    [
        (lambda pdf: b"", EmptyFileError, "empty_file"),
        (lambda pdf: bad_inputs.html_page(), NotAPdfError, "not_a_pdf"),
        (bad_inputs.truncated, TruncatedPdfError, "truncated_pdf"),
        (lambda pdf: bad_inputs.corrupt(), CorruptPdfError, "corrupt_pdf"),
        (lambda pdf: bad_inputs.image_only_pdf(), NoTextLayerError, "no_text_layer"),
        (lambda pdf: bad_inputs.garbage_text_pdf(), GarbledTextError, "garbled_text"),
    ],
)
def test_bad_input_raises_a_specific_error(sample_bytes: bytes, make, error, code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(error) as raised:
        extract_document(make(sample_bytes))
    assert isinstance(raised.value, ExtractionError)
    assert raised.value.code == code
    assert raised.value.message


def test_html_is_named_as_html() -> None:
    with pytest.raises(NotAPdfError, match="HTML"):
        extract_document(bad_inputs.html_page())


def test_encrypted_pdf_without_or_with_a_wrong_password() -> None:
    from jixiao.extractors import EncryptedPdfError

    data = bad_inputs.encrypted_pdf("secret")
    with pytest.raises(EncryptedPdfError, match="--password"):
        extract_document(data)
    with pytest.raises(EncryptedPdfError, match="wrong"):
        extract_document(data, password="guess")


def test_running_header_and_footer_are_furniture() -> None:
    from tests.conftest import ROOT

    corpus = ROOT / "tests" / "fixtures" / "corpus"
    document = extract_document((corpus / "synthetic_07_prose_unit_grades.pdf").read_bytes())
    for page in document.pages:
        texts = [line.text for line in page.furniture]
        assert any("预算绩效管理" in text for text in texts) and any("联系电话" in text for text in texts)
    assert document.paragraphs[0].text == "2024年度碧水市本级部门整体支出绩效评价情况"


def test_text_beside_a_table_in_the_other_column_is_kept() -> None:
    """A gazette in two columns with a ruled table in the right column (tests/fixtures/word4, SYNTHETIC): the left
    column's text at the table's height is read, column by column, and the table stays a table."""
    from pathlib import Path

    from jixiao.extractors import extract_document

    path = Path(__file__).parent / "fixtures" / "word4" / "word4_10_gazette_two_column.pdf"
    document = extract_document(path.read_bytes())
    text = "\n".join(block.text for block in document.blocks)
    assert "市财政局会同市审计局对市级28家部门（单位）开展了部门整体支出绩效评价，涉及预算资金86,432.57万元" in text
    assert "28家部门（单位）中，评价结果为“优秀”的9家" in text
    assert sum(len(table.rows) - 1 for table in document.tables) == 28
