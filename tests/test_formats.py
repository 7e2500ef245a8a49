"""Every format bureaus publish, into the one document model: sniffed from the bytes (not the name), web pages
(charset, main content without the site's frame, merged-cell tables, attachments), Word (numbering as drawn,
merged cells, pages), spreadsheets (regions, merges, title rows), pictures, and a specific code for what cannot
be read. The fixtures are built here (SYNTHETIC texts)."""

from __future__ import annotations

import io
import shutil

import pytest
from jixiao.extractors.errors import ExtractionError
from jixiao.extractors.formats import DOCX, HTML, IMAGE, OLE_EXCEL, OLE_WORD, PDF, RTF, XLSX, extract_any, sniff
from jixiao.extractors.html import decode, extract_html, page_links

from tests.conftest import ROOT, SAMPLE_PDF

PAGE = """<html><head><meta charset="{charset}"><title>关于2023年度绩效评价结果的公告_示例市财政局</title></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li><li><a href="/b">预算绩效</a>
</li></ul></div><div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/b">预算绩效</a></div>
<div class="article"><h1>关于2023年度绩效评价结果的公告</h1><div class="info">字号：[大 中 小]</div>
<div id="zoom"><p>根据有关规定，现将2023年度重点评价结果公告如下。共评价项目3个，涉及资金3.2亿元。（合成）</p>
<table border="1"><tr><th>序号</th><th>项目名称</th><th>主管部门</th><th>得分</th><th>等级</th></tr>
<tr><td>1</td><td>道路建设项目</td><td rowspan="2">交通局</td><td>91</td><td>优</td></tr>
<tr><td>2</td><td>桥梁维护项目</td><td>85</td><td>良</td></tr>
<tr><td colspan="3">合计</td><td>&nbsp;</td><td></td></tr></table>
<p>示例市财政局<br>2024年5月10日</p><p>附件：<a href="files/1.xls">1.评价结果表.xls</a></p></div></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/x">关于2022年度绩效评价结果的公告</a></li></ul></div>
<div class="footer">版权所有：示例市财政局 地址：示例路1号 ICP备案号：示ICP备000号</div></body></html>"""


@pytest.mark.parametrize("charset", ["utf-8", "gbk", "gb2312", "gb18030"])
def test_a_web_page_is_its_article_in_any_chinese_charset(charset: str) -> None:
    data = PAGE.format(charset=charset).encode("gb18030" if charset.startswith("gb") else charset)
    document = extract_any(data)
    texts = [block.text for block in document.blocks]
    assert texts[0] == "关于2023年度绩效评价结果的公告"
    assert texts[-3:] == ["示例市财政局", "2024年5月10日", "附件：1.评价结果表.xls"]
    page_text = "\n".join(texts)
    for frame in ("首页", "当前位置", "相关链接", "关于2022年度", "版权所有"):
        assert frame not in page_text, frame
    assert texts[1] == "字号：[大中小]"  # the article's own metadata line: the parsers read publisher and date there
    [table] = document.tables
    assert table.rows == (
        ("序号", "项目名称", "主管部门", "得分", "等级"),
        ("1", "道路建设项目", "交通局", "91", "优"),
        ("2", "桥梁维护项目", None, "85", "良"),
        ("合计", None, None, "", ""),
    )
    assert table.location.endswith("/table") and document.pages[0].engine == "html"
    assert document.metadata["attachments"] == "1.评价结果表.xls\tfiles/1.xls"


def test_a_page_without_a_declared_charset_is_detected_and_its_links_are_absolute() -> None:
    data = PAGE.replace('<meta charset="{charset}">', "").encode("gbk")
    text, used = decode(data)
    assert used in ("gb18030", "gbk", "gb2312") and "绩效评价结果" in text
    links = page_links(data, "http://127.0.0.1/col/jx/art/1.html")
    assert ("http://127.0.0.1/col/jx/art/files/1.xls", "1.评价结果表.xls") in [(link.url, link.text) for link in links]


def test_an_old_page_laid_out_with_tables_keeps_its_title_and_lines() -> None:
    page = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
    <title>示例县财政局</title></head><body>
    <table><tr><td><a href="/">首页</a></td><td><a href="/x">政务公开</a></td></tr></table>
    <table><tr><td><a href="/a">通知公告</a><br><a href="/b">工作动态</a></td><td><table>
    <tr><td class="bt"><b>示例县2022年度项目绩效自评结果公示</b></td></tr><tr><td><font>
    &nbsp;&nbsp;根据县财政局要求，各单位开展了绩效自评，现将结果公示如下：<br>
    &nbsp;&nbsp;一、共自评项目25个，涉及资金1.2亿元，其中优12个，良10个，中3个。（合成）<br>
    示例县财政局<br>2023年3月1日</font></td></tr></table></td></tr></table>
    <table><tr><td>版权所有：示例县财政局 技术支持：某公司</td></tr></table></body></html>"""
    texts = [block.text for block in extract_html(page.encode("gb18030")).blocks]
    assert texts == [
        "示例县2022年度项目绩效自评结果公示",
        "根据县财政局要求，各单位开展了绩效自评，现将结果公示如下：",
        "一、共自评项目25个，涉及资金1.2亿元，其中优12个，良10个，中3个。（合成）",
        "示例县财政局",
        "2023年3月1日",
    ]


def test_word_numbering_merged_cells_and_pages() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    from word_doc import UP, WordDoc

    doc = WordDoc("示例市财政局")
    doc.title("示例市2023年度绩效评价情况（合成）")
    doc.heading(1, "评价结果", numbered=True)
    doc.heading(2, "重点评价", numbered=True)
    items = doc.new_list("decimal_dot")
    doc.item(items, "道路建设项目，评价等级：优。")
    doc.item(items, "桥梁维护项目，评价等级：良。")
    doc.heading(2, "部门评价", numbered=True)
    doc.heading(1, "结果应用", numbered=True)
    doc.page_break()
    doc.table([["部门", "项目", "等级"], ["交通局", "道路建设", "优"], [UP, "桥梁维护", "良"]], [3, 6, 3])
    out = io.BytesIO()
    doc.docx.save(out)
    document = extract_any(out.getvalue())
    texts = [block.text for block in document.paragraphs]
    assert texts == [
        "示例市2023年度绩效评价情况（合成）",
        "一、评价结果",
        "（一）重点评价",
        "1.道路建设项目，评价等级：优。",
        "2.桥梁维护项目，评价等级：良。",
        "（二）部门评价",
        "二、结果应用",
    ]
    [table] = document.tables
    assert table.rows == (("部门", "项目", "等级"), ("交通局", "道路建设", "优"), (None, "桥梁维护", "良"))
    assert table.page == 2 and table.location == "table 1" and document.paragraphs[1].location == "paragraph 2"


def test_a_spreadsheet_is_its_title_lines_and_one_table_per_region() -> None:
    import xlsxwriter

    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    sheet = workbook.add_worksheet("结果")
    sheet.merge_range("A1:D1", "示例市2023年度绩效评价结果表（合成）")
    sheet.write("A2", "单位：万元")
    sheet.write_row("A3", ["序号", "项目名称", "得分", "金额"])
    sheet.write_row("A4", ["1", "道路建设", 91.5, 1234.5])
    sheet.write_row("A5", ["2", "桥梁维护", 85, 0.1 + 0.2])
    sheet.write("A7", "填报单位：示例市财政局")
    hidden = workbook.add_worksheet("隐藏")
    hidden.write("A1", "不读")
    hidden.hide()
    workbook.close()
    document = extract_any(out.getvalue())
    assert [block.text for block in document.paragraphs] == [
        "示例市2023年度绩效评价结果表（合成）",
        "单位：万元",
        "填报单位：示例市财政局",
    ]
    [table] = document.tables
    assert table.rows == (
        ("序号", "项目名称", "得分", "金额"),
        ("1", "道路建设", "91.5", "1234.5"),
        ("2", "桥梁维护", "85", "0.3"),
    )
    assert table.location == "结果!A3:D5" and document.page_count == 1


def test_formats_are_told_from_bytes_and_unreadable_ones_have_their_codes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert sniff(SAMPLE_PDF.read_bytes()) == PDF
    assert sniff(PAGE.format(charset="utf-8").encode()) == HTML
    assert sniff(b"{\\rtf1\\ansi hello}") == RTF
    assert sniff(b"\x89PNG\r\n\x1a\n" + b"\x00" * 16) == IMAGE
    word = next((ROOT / "tests" / "fixtures" / "word" / "docx").glob("*.docx")).read_bytes()
    assert sniff(word) == DOCX
    old_word = next((ROOT / "tests" / "fixtures" / "word" / "doc").glob("*.doc")).read_bytes()
    assert sniff(old_word) == OLE_WORD
    import xlsxwriter

    out = io.BytesIO()
    xlsxwriter.Workbook(out, {"in_memory": True}).close()
    assert sniff(out.getvalue()) == XLSX
    cases = {
        b"MZ\x90\x00" + b"\x00" * 64: "unsupported_format",
        b"PK\x03\x04" + b"\x00" * 40: "corrupt_document",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600: "unsupported_format",
        b"<html><body><a href='/'>\xe9\xa6\x96\xe9\xa1\xb5</a></body></html>": "no_article",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 16: "corrupt_document",
        b"": "empty_file",
    }
    for data, code in cases.items():
        with pytest.raises(ExtractionError) as raised:
            extract_any(data)
        assert raised.value.code == code, (data[:12], raised.value)
    assert sniff(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le")) == OLE_EXCEL


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed (`make office`)")
def test_old_word_is_converted_and_reads_as_its_docx() -> None:
    stem = "word_03_district_vmerge_no_repeat"
    folder = ROOT / "tests" / "fixtures" / "word"
    native = extract_any((folder / "docx" / f"{stem}.docx").read_bytes())
    converted = extract_any((folder / "doc" / f"{stem}.doc").read_bytes())
    assert [block.text for block in converted.blocks] == [block.text for block in native.blocks]
    assert converted.metadata["converted_by"] == "libreoffice"


def test_a_document_that_cannot_be_converted_fails_with_its_code(monkeypatch: pytest.MonkeyPatch) -> None:
    from jixiao.extractors import office

    monkeypatch.setattr(office, "soffice", lambda: None)
    old_word = next((ROOT / "tests" / "fixtures" / "word" / "doc").glob("*.doc")).read_bytes()
    with pytest.raises(ExtractionError) as raised:
        extract_any(old_word)
    assert raised.value.code == "office_unavailable"
    if shutil.which("soffice"):  # past its time limit LibreOffice is stopped, with what it started
        monkeypatch.undo()
        monkeypatch.setattr(office, "CONVERSION_SECONDS", 0.2)
        with pytest.raises(ExtractionError) as raised:
            extract_any(old_word)
        assert raised.value.code == "office_conversion_failed" and "0.2 s" in raised.value.message
