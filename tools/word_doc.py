"""A 公文-style Word document built with python-docx, the way a county or city bureau writes one.

Used by tools/make_word_fixtures.py. A4 portrait pages with the margins of GB/T 9704 (党政机关公文格式), body text
in 仿宋_GB2312 三号 (16 pt) on a fixed 28-pt line pitch with a two-character first-line indent, titles in
方正小标宋简体, level-1 headings in 黑体 and level-2 in 楷体_GB2312, Latin runs in Times New Roman (or the CJK font),
ruled tables (Word's "Table Grid") with merged cells and optional repeated header rows (w:tblHeader), Word
auto-numbered lists (numbering.xml: the label is drawn by Word/LibreOffice, it is not in the paragraph text),
page-number footers as PAGE/NUMPAGES fields, red letterheads, 文号, signature blocks, 版记 and landscape sections.

`WordDoc.text` keeps what the document says (paragraph and cell texts, in order; auto-numbered labels excluded,
as in the .docx) so the fixture generator can check that every gold quote and name is really in the document.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NSDECL = f'xmlns:w="{W_NS}"'

# Fonts as a bureau's Word template names them (tools/word_fonts.conf maps them to installed CJK fonts).
FANGSONG = "仿宋_GB2312"
SONG = "宋体"
HEI = "黑体"
KAI = "楷体_GB2312"
XBS = "方正小标宋简体"
TIMES = "Times New Roman"

# Children of w:pPr that must come after w:pBdr (schema order), for insert_element_before.
_AFTER_PBDR = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)

# Auto-numbering kinds: (w:numFmt, w:lvlText) per level. The labels are what Word draws.
LIST_KINDS: dict[str, list[tuple[str, str]]] = {
    # 一、 / （一） / 1. : the usual three heading levels of a 公文
    "headings": [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3.")],
    "decimal_dot": [("decimal", "%1.")],  # 1. 2. 3.
    "decimal_dun": [("decimal", "%1、")],  # 1、 2、
    "decimal_paren": [("decimal", "（%1）")],  # （1） （2）
    "chinese_dun": [("chineseCounting", "%1、")],  # 一、 二、
    "chinese_paren": [("chineseCounting", "（%1）")],  # （一） （二）
}

# A vertical merge with the cell above / a horizontal merge with the cell on the left, in table specs.
UP = "^"
LEFT = "<"


class WordDoc:
    """One report as a Word document. Lengths in points unless named otherwise."""

    PORTRAIT_TEXT_WIDTH_CM = 21.0 - 2.8 - 2.6
    LANDSCAPE_TEXT_WIDTH_CM = 29.7 - 2.54 - 2.54

    def __init__(
        self,
        author: str,
        *,
        body_font: str = FANGSONG,
        latin_font: str = TIMES,
        body_size: float = 16,
        line_pitch: float = 28,
        list_suffix: str = "tab",
    ) -> None:
        self.docx = Document()
        self.author = author
        self.body_font = body_font
        self.latin_font = latin_font
        self.body_size = body_size
        self.line_pitch = line_pitch
        self.list_suffix = list_suffix
        self.text: list[str] = []
        self.table_count = 0
        self.landscape_sections = 0
        self._abstract_ids: dict[str, int] = {}
        self._next_num_id = 100
        self._headings_num: int | None = None

        section = self.docx.sections[0]
        self._portrait(section)
        normal = self.docx.styles["Normal"]
        normal.font.size = Pt(body_size)
        normal.font.name = latin_font
        rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
        rfonts.set(qn("w:eastAsia"), body_font)
        pf = normal.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        pf.line_spacing = Pt(line_pitch)
        pf.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        pf.widow_control = False
        props = self.docx.core_properties
        props.author = author
        props.last_modified_by = author
        props.created = dt.datetime(2024, 1, 1, 9, 0, 0)
        props.modified = dt.datetime(2024, 1, 1, 9, 0, 0)
        props.revision = 1

    # ---------------------------------------------------------------------------------------------- page setup
    @staticmethod
    def _portrait(section) -> None:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
        section.header_distance, section.footer_distance = Cm(1.5), Cm(2.6)

    def landscape(self) -> None:
        """Start a new page in a landscape section (a wide table in the middle of a portrait report)."""
        section = self.docx.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.3)
        section.left_margin, section.right_margin = Cm(2.54), Cm(2.54)
        section.header_distance, section.footer_distance = Cm(1.2), Cm(1.2)
        self.landscape_sections += 1

    def portrait(self) -> None:
        """Back to portrait pages after a landscape section."""
        self._portrait(self.docx.add_section(WD_SECTION.NEW_PAGE))

    def page_break(self) -> None:
        p = self.docx.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)

    # ------------------------------------------------------------------------------------------------ runs
    def _run(
        self,
        paragraph,
        text: str,
        *,
        font: str | None = None,
        latin: str | None = None,
        size: float | None = None,
        bold: bool = False,
        color: RGBColor | None = None,
        spacing: float | None = None,
    ):
        run = paragraph.add_run(text)
        font = font or self.body_font
        run.font.name = latin or (self.latin_font if font in (FANGSONG, SONG) else font)
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        if size is not None:
            run.font.size = Pt(size)
        if bold:
            run.font.bold = True
        if color is not None:
            run.font.color.rgb = color
        if spacing is not None:
            run._r.get_or_add_rPr().insert_element_before(
                parse_xml(f'<w:spacing {_NSDECL} w:val="{int(spacing * 20)}"/>'),
                *("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:lang"),
            )
        return run

    @staticmethod
    def _mark_font(paragraph, font: str, size: float | None = None, bold: bool = False) -> None:
        """Paragraph-mark run properties: Word and LibreOffice draw an auto-number label in these."""
        ppr = paragraph._p.get_or_add_pPr()
        size_xml = f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>' if size else ""
        bold_xml = "<w:b/>" if bold else ""
        ppr.append(
            parse_xml(
                f'<w:rPr {_NSDECL}><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>'
                f"{bold_xml}{size_xml}</w:rPr>"
            )
        )

    @staticmethod
    def _border(paragraph, side: str, *, size: int = 6, color: str = "auto", space: int = 1) -> None:
        ppr = paragraph._p.get_or_add_pPr()
        pbdr = ppr.find(qn("w:pBdr"))
        if pbdr is None:
            pbdr = parse_xml(f"<w:pBdr {_NSDECL}/>")
            ppr.insert_element_before(pbdr, *_AFTER_PBDR)
        pbdr.append(
            parse_xml(f'<w:{side} {_NSDECL} w:val="single" w:sz="{size}" w:space="{space}" w:color="{color}"/>')
        )

    def _paragraph(
        self,
        *,
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
        indent_chars: float = 0,
        pitch: float | None = None,
        before: float = 0,
        after: float = 0,
        right_chars: float = 0,
        keep_next: bool = False,
    ):
        p = self.docx.add_paragraph()
        pf = p.paragraph_format
        pf.alignment = align
        pf.first_line_indent = Pt(indent_chars * self.body_size) if indent_chars else Pt(0)
        if right_chars:
            pf.right_indent = Pt(right_chars * self.body_size)
        if pitch is not None:
            pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            pf.line_spacing = Pt(pitch)
        pf.space_before = Pt(before)
        pf.space_after = Pt(after)
        if keep_next:
            pf.keep_with_next = True
        return p

    # ---------------------------------------------------------------------------------------------- blocks
    def para(self, text: str, *, indent: bool = True, font: str | None = None, bold: bool = False) -> None:
        """A body paragraph: justified, two-character first-line indent."""
        p = self._paragraph(indent_chars=2 if indent else 0)
        self._run(p, text, font=font, bold=bold)
        self.text.append(text)

    def line(self, text: str, *, align: str = "left", font: str | None = None, size: float | None = None,
             bold: bool = False, before: float = 0, after: float = 0, keep_next: bool = False) -> None:  # fmt: skip
        """A one-line paragraph without indent (addressee, 单位：万元, 附件1, table captions)."""
        aligns = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                  "right": WD_ALIGN_PARAGRAPH.RIGHT}  # fmt: skip
        p = self._paragraph(align=aligns[align], before=before, after=after, keep_next=keep_next)
        self._run(p, text, font=font, size=size, bold=bold)
        self.text.append(text)

    def blank(self, pitch: float | None = None) -> None:
        self._paragraph(pitch=pitch)

    def red_letterhead(self, issuer: str, doc_number: str | None) -> None:
        """A red letterhead (版头): issuer in large red 小标宋, 文号 below, a red rule."""
        self.blank()
        p = self._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=60, before=24)
        self._run(p, issuer, font=XBS, size=34, color=RGBColor(0xE6, 0x00, 0x12), spacing=2)
        self.text.append(issuer)
        self.blank()
        p = self._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER)
        if doc_number:
            self._run(p, doc_number)
            self.text.append(doc_number)
        self._border(p, "bottom", size=18, color="E60012", space=8)
        self.blank()

    def doc_number(self, text: str, align: str = "center") -> None:
        """A 文号 line (`青财绩〔2024〕12号`) without letterhead."""
        self.line(text, align=align)

    def title(self, *lines: str, size: float = 22) -> str:
        """The document title in 方正小标宋简体, broken into lines by hand (soft breaks), centred. Returns it."""
        p = self._paragraph(align=WD_ALIGN_PARAGRAPH.CENTER, pitch=size * 1.6, before=6, after=size)
        for i, text in enumerate(lines):
            run = self._run(p, text, font=XBS, size=size)
            if i < len(lines) - 1:
                run.add_break()
        title = "".join(lines)
        self.text.append(title)
        return title

    def _headings_list(self) -> int:
        if self._headings_num is None:
            self._headings_num = self.new_list("headings", suffix="nothing")
        return self._headings_num

    def heading(self, level: int, text: str, *, numbered: bool = False, run_in: str = "") -> None:
        """Level 1: 黑体; level 2: 楷体_GB2312; level 3: 仿宋 bold. `numbered` uses the document's auto-numbered
        heading list (一、 / （一） / 1.); otherwise the number is typed in `text`. `run_in` continues the
        paragraph in body font after the heading (`（一）部门整体评价。2023年…`)."""
        font, bold = {1: (HEI, False), 2: (KAI, False), 3: (self.body_font, True)}[level]
        p = self._paragraph(indent_chars=2, keep_next=not run_in)
        if numbered:
            self._number(p, self._headings_list(), level - 1)
            self._mark_font(p, font, self.body_size, bold)
        self._run(p, text, font=font, bold=bold)
        if run_in:
            self._run(p, run_in)
        self.text.append(text + run_in)

    def item(self, num_id: int, text: str, *, level: int = 0, indent: bool = True) -> None:
        """A paragraph of an auto-numbered list made with `new_list`: the label is drawn, not typed."""
        p = self._paragraph(indent_chars=2 if indent else 0)
        self._number(p, num_id, level)
        self._mark_font(p, self.body_font, self.body_size)
        self._run(p, text)
        self.text.append(text)

    def signature(self, issuer: str, date: str, *, right_chars: float = 4) -> None:
        """Issuer and date at the right, some blank lines below the text (落款). Kept with the paragraph before
        it, so that no page holds the signature alone (GB/T 9704)."""
        last = self.docx.element.body[-2] if len(self.docx.element.body) > 1 else None
        if last is not None and last.tag == qn("w:p"):
            self.docx.paragraphs[-1].paragraph_format.keep_with_next = True
        for _ in range(2):
            self._paragraph(keep_next=True)
        for text in (issuer, date):
            p = self._paragraph(align=WD_ALIGN_PARAGRAPH.RIGHT, right_chars=right_chars, keep_next=text == issuer)
            self._run(p, text)
            self.text.append(text)

    def attachments(self, names: list[str]) -> None:
        """`附件：1．…` with the following names aligned under the first (typed numbers, as most 公文 do)."""
        self.blank()
        for i, name in enumerate(names, start=1):
            p = self._paragraph(indent_chars=2)
            if len(names) == 1:
                text = f"附件：{name}"
            else:
                text = ("附件：" if i == 1 else "　　　") + f"{i}．{name}"
            self._run(p, text)
            self.text.append(text)

    def imprint(self, copied_to: str, printer: str, date: str) -> None:
        """版记: 抄送 and 印发 lines between rules, at the end of the document."""
        self.blank()
        self.blank()
        p = self._paragraph(pitch=28)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        self._run(p, copied_to, size=14)
        self._border(p, "top", size=8, space=4)
        self._border(p, "bottom", size=4, space=4)
        self.text.append(copied_to)
        p = self._paragraph(pitch=28)
        p.paragraph_format.left_indent = Pt(14)
        p.paragraph_format.right_indent = Pt(14)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(self.PORTRAIT_TEXT_WIDTH_CM - 0.6), WD_TAB_ALIGNMENT.RIGHT)
        self._run(p, f"{printer}\t{date}印发", size=14)
        self._border(p, "bottom", size=8, space=4)
        self.text.append(f"{printer}\t{date}印发")

    # ----------------------------------------------------------------------------------------------- lists
    def _abstract(self, kind: str, suffix: str) -> int:
        key = f"{kind}/{suffix}"
        if key in self._abstract_ids:
            return self._abstract_ids[key]
        abstract_id = 10 + len(self._abstract_ids)
        levels = []
        for ilvl, (fmt, text) in enumerate(LIST_KINDS[kind]):
            levels.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:suff w:val="{suffix}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="0" w:firstLine="{int(2 * self.body_size * 20)}"/></w:pPr></w:lvl>'
            )
        multi = "multilevel" if len(levels) > 1 else "singleLevel"
        element = parse_xml(
            f'<w:abstractNum {_NSDECL} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="{multi}"/>{"".join(levels)}</w:abstractNum>'
        )
        numbering = self.docx.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:  # every w:abstractNum precedes every w:num
            first_num.addprevious(element)
        else:
            numbering.append(element)
        self._abstract_ids[key] = abstract_id
        return abstract_id

    def new_list(self, kind: str, *, suffix: str | None = None) -> int:
        """A new auto-numbered list instance (w:num) that starts again at 1. Returns its numId."""
        abstract_id = self._abstract(kind, suffix or self.list_suffix)
        num_id = self._next_num_id
        self._next_num_id += 1
        overrides = "".join(
            f'<w:lvlOverride w:ilvl="{i}"><w:startOverride w:val="1"/></w:lvlOverride>'
            for i in range(len(LIST_KINDS[kind]))
        )
        self.docx.part.numbering_part.element.append(
            parse_xml(
                f'<w:num {_NSDECL} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'
            )
        )
        return num_id

    @staticmethod
    def _number(paragraph, num_id: int, level: int) -> None:
        numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numpr.get_or_add_ilvl().val = level
        numpr.get_or_add_numId().val = num_id

    # ---------------------------------------------------------------------------------------------- tables
    def table(
        self,
        rows: list[list[str | None]],
        widths_cm: list[float],
        *,
        header_rows: int = 1,
        repeat_header: bool = True,
        font: str = FANGSONG,
        size: float = 12,
        header_font: str = HEI,
        align: list[str] | None = None,
        cant_split: bool = False,
    ) -> None:
        """A ruled table. `rows` includes the header rows; a cell `^` is merged with the cell above (vertical
        merge, w:vMerge), `<` with the cell on its left (w:gridSpan); None is an empty cell. `align` per column:
        'c' centre, 'l' left, 'r' right (body rows; headers are centred). `repeat_header` marks the header rows
        as Word's "repeat as header row at the top of each page" (w:tblHeader)."""
        n_rows, n_cols = len(rows), len(widths_cm)
        assert all(len(r) == n_cols for r in rows), "every row needs one entry per column"
        align = align or ["c"] * n_cols
        aligns = {"c": WD_ALIGN_PARAGRAPH.CENTER, "l": WD_ALIGN_PARAGRAPH.LEFT, "r": WD_ALIGN_PARAGRAPH.RIGHT}
        table = self.docx.add_table(rows=n_rows, cols=n_cols)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for col, width in zip(table.columns, widths_cm, strict=True):
            col.width = Cm(width)
        for r, row in enumerate(rows):
            tr = table.rows[r]
            trpr = tr._tr.get_or_add_trPr()
            trpr.append(parse_xml(f'<w:trHeight {_NSDECL} w:val="{int(0.75 * 567)}" w:hRule="atLeast"/>'))
            if cant_split:
                trpr.append(parse_xml(f"<w:cantSplit {_NSDECL}/>"))
            if r < header_rows and repeat_header:
                trpr.append(parse_xml(f"<w:tblHeader {_NSDECL}/>"))
            for c, value in enumerate(row):
                cell = tr.cells[c]
                cell.width = Cm(widths_cm[c])
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
                if value in (UP, LEFT) or value is None:
                    continue
                p = cell.paragraphs[0]
                pf = p.paragraph_format
                pf.first_line_indent = Pt(0)
                pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                pf.line_spacing = Pt(round(size * 1.4))
                is_header = r < header_rows
                pf.alignment = WD_ALIGN_PARAGRAPH.CENTER if is_header else aligns[align[c]]
                self._run(p, value, font=header_font if is_header else font, size=size)
                self.text.append(value)
        # merges: each origin cell extends right over `<` and down over `^`
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value in (UP, LEFT):
                    continue
                c2 = c
                while c2 + 1 < n_cols and rows[r][c2 + 1] == LEFT:
                    c2 += 1
                r2 = r
                while r2 + 1 < n_rows and rows[r2 + 1][c] == UP:
                    r2 += 1
                if (r2, c2) != (r, c):
                    table.cell(r, c).merge(table.cell(r2, c2))
        self.table_count += 1

    # ------------------------------------------------------------------------------------ headers and footers
    def _field(self, paragraph, instr: str, placeholder: str, size: float, font: str) -> None:
        for xml in (
            f'<w:fldChar {_NSDECL} w:fldCharType="begin"/>',
            f'<w:instrText {_NSDECL} xml:space="preserve"> {instr} </w:instrText>',
            f'<w:fldChar {_NSDECL} w:fldCharType="separate"/>',
        ):
            self._run(paragraph, "", font=font, size=size)._r.append(parse_xml(xml))
        self._run(paragraph, placeholder, font=font, size=size)
        self._run(paragraph, "", font=font, size=size)._r.append(
            parse_xml(f'<w:fldChar {_NSDECL} w:fldCharType="end"/>')
        )

    def _page_footer(self, paragraph, style: str, size: float) -> None:
        font = SONG
        if style == "page_of":
            self._run(paragraph, "第 ", font=font, size=size)
            self._field(paragraph, "PAGE", "1", size, font)
            self._run(paragraph, " 页 共 ", font=font, size=size)
            self._field(paragraph, "NUMPAGES", "1", size, font)
            self._run(paragraph, " 页", font=font, size=size)
            return
        dash = {"dash": "- ", "emdash": "— "}[style]
        self._run(paragraph, dash, font=font, size=size)
        self._field(paragraph, "PAGE", "1", size, font)
        self._run(paragraph, dash[::-1], font=font, size=size)

    def footer(self, style: str = "dash", *, odd_even: bool = False, size: float = 14) -> None:
        """Page numbers: 'dash' `- 1 -` centred, 'emdash' `— 1 —`, 'page_of' `第 1 页 共 3 页`. `odd_even`: odd
        pages at the right and even pages at the left, one character in (GB/T 9704)."""
        section = self.docx.sections[0]
        p = section.footer.paragraphs[0]
        if odd_even:
            self.docx.settings.odd_and_even_pages_header_footer = True
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.right_indent = Pt(size)
            self._page_footer(p, style, size)
            even = section.even_page_footer.paragraphs[0]
            even.alignment = WD_ALIGN_PARAGRAPH.LEFT
            even.paragraph_format.left_indent = Pt(size)
            self._page_footer(even, style, size)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            self._page_footer(p, style, size)

    def header(self, text: str, *, align: str = "right", size: float = 10.5) -> None:
        """A running header with a rule under it (a department's own report template)."""
        section = self.docx.sections[0]
        p = section.header.paragraphs[0]
        p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                       "center": WD_ALIGN_PARAGRAPH.CENTER}[align]  # fmt: skip
        self._run(p, text, font=SONG, size=size)
        self._border(p, "bottom", size=6, space=1)

    def save(self, path: Path) -> None:
        self.docx.save(str(path))
