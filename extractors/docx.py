"""Word .docx → paragraphs and tables in the order of the document's body.

- Numbering: Word draws list labels (`一、`, `（二）`, `3.`) from numbering.xml; they are not in the paragraph's
  text. They are rendered here as the reader sees them: counters per list and level, restarts, start overrides,
  the level's format (decimal, chineseCounting, …) and its text (`%1、`, `（%2）`), a label put before its text.
- Tables: the grid with merged cells laid out as in a PDF's ruled table (the text in a merge's first cell, None in
  the cells it covers: `w:gridSpan` across, `w:vMerge` down); a table inside a cell is read into that cell's text.
- Text: runs, tabs and line breaks, hyperlinks, fields' results, content controls and tracked insertions; not
  deleted text, field codes, or the fallback copy of alternate content. Headers and footers (page numbers, a
  running title) are page furniture, left out as they are in PDFs.
- Provenance: `paragraph N` / `table N` (counted in the body, from 1); pages counted by the document's own page
  breaks (explicit breaks, page-break-before, new-page sections and the breaks Word saved as rendered).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from jixiao.extractors.errors import CorruptDocumentError, office_extra_missing
from jixiao.extractors.flowed import Flowed, build_document
from jixiao.extractors.model import ExtractedDocument

ENGINE = "docx"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_SKIP = {f"{W}del", f"{W}delText", f"{W}instrText", f"{MC}Fallback", f"{W}pPr", f"{W}rPr", f"{W}txbxContent"}
_SKIP_ENDS = ("}txbxContent",)

_CN_DIGITS = "零一二三四五六七八九"
_CN_CAPITAL = "零壹贰叁肆伍陆柒捌玖"


def _chinese(number: int, digits: str = _CN_DIGITS, ten: str = "十", hundred: str = "百") -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (as Word's chineseCounting draws them)."""
    if number <= 0:
        return str(number)
    if number < 10:
        return digits[number]
    if number < 20:
        return ten + (digits[number % 10] if number % 10 else "")
    if number < 100:
        return digits[number // 10] + ten + (digits[number % 10] if number % 10 else "")
    if number < 1000:
        rest = number % 100
        tail = "" if not rest else (digits[0] + digits[rest] if rest < 10 else _chinese(rest, digits, ten, hundred))
        if 10 <= rest < 20:
            tail = digits[1] + tail  # 一百一十二
        return digits[number // 100] + hundred + tail
    return str(number)


def _roman(number: int) -> str:
    values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL")]
    values += [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, letters in values:
        while number >= value:
            out += letters
            number -= value
    return out


def _letters(number: int) -> str:
    return chr(ord("A") + (number - 1) % 26) * ((number - 1) // 26 + 1)


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def format_number(number: int, kind: str) -> str:
    """A counter in one of Word's number formats (w:numFmt)."""
    if kind in (
        "chineseCounting",
        "chineseCountingThousand",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "japaneseCounting",
        "chineseLegalSimplified",
        "ideographTraditional",
    ):
        if kind == "chineseLegalSimplified":
            return _chinese(number, _CN_CAPITAL, "拾", "佰")
        if kind == "ideographTraditional":
            return "甲乙丙丁戊己庚辛壬癸"[(number - 1) % 10]
        return _chinese(number)
    if kind == "upperLetter":
        return _letters(number)
    if kind == "lowerLetter":
        return _letters(number).lower()
    if kind == "upperRoman":
        return _roman(number)
    if kind == "lowerRoman":
        return _roman(number).lower()
    if kind in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        return _CIRCLED[number - 1] if 0 < number <= len(_CIRCLED) else str(number)
    if kind == "decimalZero":
        return f"{number:02d}"
    if kind in ("none", "bullet"):
        return ""
    if kind in ("decimalFullWidth", "decimalFullWidth2"):
        return str(number).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    return str(number)


@dataclass
class _Level:
    kind: str = "decimal"
    text: str = "%1."
    start: int = 1
    suffix: str = "tab"


@dataclass
class _Numbering:
    """numbering.xml: each list instance's levels (its abstract definition with its overrides) and counters."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId → ilvl → level
    abstract_of: dict[str, str] = field(default_factory=dict)  # numId → abstractNumId
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # counter key → ilvl → current value
    restarts: dict[str, dict[int, int]] = field(default_factory=dict)  # numId → ilvl → startOverride
    # LibreOffice's .docx of an old .doc: one list is written as a list instance for its first item and another
    # (an identical definition) for the rest; counters then follow the definition, restarting at an instance used
    # by a single paragraph (LibreOffice's own rendering of the .doc numbers them so).
    uses: dict[str, int] | None = None

    @classmethod
    def read(cls, root: Any) -> _Numbering:
        numbering = cls()
        if root is None:
            return numbering
        abstract: dict[str, dict[int, _Level]] = {}
        for element in root.iter(f"{W}abstractNum"):
            abstract[element.get(f"{W}abstractNumId")] = {
                int(level.get(f"{W}ilvl") or 0): _level(level) for level in element.iter(f"{W}lvl")
            }
        for element in root.iter(f"{W}num"):
            num_id = element.get(f"{W}numId")
            ref = element.find(f"{W}abstractNumId")
            abstract_id = ref.get(f"{W}val") if ref is not None else None
            levels = dict(abstract.get(abstract_id or "", {}))
            restarts = {}
            for override in element.iter(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl") or 0)
                start = override.find(f"{W}startOverride")
                if start is not None:
                    restarts[ilvl] = int(start.get(f"{W}val") or 1)
                own = override.find(f"{W}lvl")
                if own is not None:
                    levels[ilvl] = _level(own)
            numbering.levels[num_id] = levels
            numbering.abstract_of[num_id] = abstract_id or num_id
            numbering.restarts[num_id] = restarts
        return numbering

    def label(self, num_id: str, ilvl: int) -> str:
        """The next label of list `num_id` at level `ilvl` (counters shared by instances of one definition unless
        an instance restarts them, as Word counts)."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        key = num_id if self.restarts.get(num_id) else self.abstract_of.get(num_id, num_id)
        if self.uses is not None:
            key = repr(sorted((lvl, level.kind, level.text, level.start) for lvl, level in levels.items()))
            if self.uses.get(num_id, 0) == 1 and ilvl == 0:
                self.counters[key] = {}
        counters = self.counters.setdefault(key, {})
        level = levels[ilvl]
        start = self.restarts.get(num_id, {}).get(ilvl, level.start)
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            del counters[deeper]  # a higher level's item restarts the levels below it

        def value(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            own = levels.get(at, _Level())
            number = counters.get(at, self.restarts.get(num_id, {}).get(at, own.start))
            return format_number(number, own.kind)

        return re.sub(r"%([1-9])", value, level.text)


def _level(element: Any) -> _Level:
    def val(name: str, default: str) -> str:
        found = element.find(f"{W}{name}")
        return found.get(f"{W}val") if found is not None and found.get(f"{W}val") is not None else default

    return _Level(val("numFmt", "decimal"), val("lvlText", "%1."), int(val("start", "1")), val("suff", "tab"))


def _text(element: Any) -> str:
    """The text a reader sees in a paragraph (or any part of one)."""
    pieces: list[str] = []

    def walk(node: Any) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP or tag.endswith(_SKIP_ENDS):
            return
        if tag == f"{W}t":
            pieces.append(node.text or "")
        elif tag == f"{W}tab":
            pieces.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            pieces.append("" if node.get(f"{W}type") == "page" else "\n")
        elif tag == f"{W}noBreakHyphen":
            pieces.append("-")
        for child in node:
            walk(child)

    walk(element)
    return "".join(pieces)


def _join_lines(text: str) -> str:
    """Soft line breaks inside a paragraph are wrapping by hand (a title broken over two lines): joined as the
    PDF reader joins wrapped lines."""
    from jixiao.extractors.spacing import join_wrapped

    joined = ""
    for line in text.split("\n"):
        line = line.strip()
        joined = join_wrapped(joined, line) if joined else line
    return joined


class _Reader:
    def __init__(self, document: Any, converted: bool = False) -> None:
        numbering_part = None
        try:
            numbering_part = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            numbering_part = None
        self.numbering = _Numbering.read(numbering_part)
        if converted:
            uses: dict[str, int] = {}
            for num_id in document.element.body.iter(f"{W}numId"):
                value = num_id.get(f"{W}val")
                uses[value] = uses.get(value, 0) + 1
            self.numbering.uses = uses
        self.style_numbers = _style_numbering(document)
        self.page = 1
        self.paragraphs = 0
        self.tables = 0
        self.items: list[Flowed] = []

    def numbered(self, paragraph: Any, text: str) -> str:
        ppr = paragraph.find(f"{W}pPr")
        num_pr = ppr.find(f"{W}numPr") if ppr is not None else None
        num_id = ilvl = None
        if num_pr is not None:
            found_id, found_lvl = num_pr.find(f"{W}numId"), num_pr.find(f"{W}ilvl")
            num_id = found_id.get(f"{W}val") if found_id is not None else None
            ilvl = int(found_lvl.get(f"{W}val") or 0) if found_lvl is not None else 0
        if num_id is None and ppr is not None:
            style = ppr.find(f"{W}pStyle")
            if style is not None:
                num_id, ilvl = self.style_numbers.get(style.get(f"{W}val"), (None, None))
        if not num_id or num_id == "0":
            return text
        label = self.numbering.label(num_id, ilvl or 0)
        if not label:
            return text
        level = self.numbering.levels[num_id].get(ilvl or 0, _Level())
        gap = "" if level.suffix == "nothing" or not label[-1].isalnum() else " "
        return f"{label}{gap}{text}"

    def breaks_before(self, paragraph: Any) -> None:
        ppr = paragraph.find(f"{W}pPr")
        if ppr is not None and ppr.find(f"{W}pageBreakBefore") is not None and self.paragraphs:
            self.page += 1
        rendered = sum(1 for _ in paragraph.iter(f"{W}lastRenderedPageBreak"))
        explicit = sum(1 for br in paragraph.iter(f"{W}br") if br.get(f"{W}type") == "page")
        # Word saves a rendered break where each page began (after an explicit break too): counted once.
        self.page += rendered or explicit

    def section_break(self, paragraph: Any) -> None:
        ppr = paragraph.find(f"{W}pPr")
        sect = ppr.find(f"{W}sectPr") if ppr is not None else None
        if sect is not None:
            kind = sect.find(f"{W}type")
            if kind is None or kind.get(f"{W}val") in (None, "nextPage", "oddPage", "evenPage"):
                self.page += 1

    def body(self, body: Any) -> None:
        for child in body:
            if child.tag == f"{W}p":
                self.paragraph(child)
            elif child.tag == f"{W}tbl":
                self.table(child)
            elif child.tag == f"{W}sdt":  # a content control around body content
                content = child.find(f"{W}sdtContent")
                if content is not None:
                    self.body(content)

    def paragraph(self, paragraph: Any) -> None:
        self.breaks_before(paragraph)
        self.paragraphs += 1
        text = _join_lines(_text(paragraph).replace("\t", " "))
        if text.strip():
            text = self.numbered(paragraph, text)
            self.items.append(Flowed(f"paragraph {self.paragraphs}", text, page=self.page))
        self.section_break(paragraph)

    def table(self, table: Any) -> None:
        self.tables += 1
        rows = table_grid(table, self)
        self.items.append(Flowed(f"table {self.tables}", rows=rows, page=self.page))


def _style_numbering(document: Any) -> dict[str, tuple[str, int]]:
    """Paragraph styles that carry numbering (a heading style numbered 一、 by its definition)."""
    found: dict[str, tuple[str, int]] = {}
    try:
        styles = document.styles.element
    except (KeyError, AttributeError):
        return found
    for style in styles.iter(f"{W}style"):
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is None:
            continue
        num_id = num_pr.find(f"{W}numId")
        ilvl = num_pr.find(f"{W}ilvl")
        if num_id is not None:
            level = int(ilvl.get(f"{W}val") or 0) if ilvl is not None else 0
            found[style.get(f"{W}styleId")] = (num_id.get(f"{W}val"), level)
    return found


def _cell_paragraphs(cell: Any, reader: _Reader) -> Iterator[str]:
    for child in cell:
        if child.tag == f"{W}p":
            text = _join_lines(_text(child).replace("\t", " ")).strip()
            if text:
                yield reader.numbered(child, text)
        elif child.tag == f"{W}tbl":  # a table inside a cell: its rows as lines of the cell
            for row in table_grid(child, reader):
                yield " ".join(cell or "" for cell in row if cell)
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                yield from _cell_paragraphs(content, reader)


def table_grid(table: Any, reader: _Reader) -> tuple[tuple[str | None, ...], ...]:
    """Rows of cell texts on the table's grid: a merge's text in its first cell, None in the cells it covers."""
    from jixiao.extractors.spacing import join_wrapped

    rows: list[list[str | None]] = []
    open_merges: dict[int, bool] = {}  # grid column → a vertical merge continues there
    for tr in table.iter(f"{W}tr"):
        if tr.getparent() is not table and tr.getparent().tag != f"{W}sdtContent":
            continue  # a row of a nested table
        row: list[str | None] = []
        before = tr.find(f"{W}trPr/{W}gridBefore")
        if before is not None:
            row.extend([""] * int(before.get(f"{W}val") or 0))
        for tc in tr.iter(f"{W}tc"):
            if tc.getparent() is not tr and tc.getparent().tag != f"{W}sdtContent":
                continue
            props = tc.find(f"{W}tcPr")
            span = props.find(f"{W}gridSpan") if props is not None else None
            width = int(span.get(f"{W}val") or 1) if span is not None else 1
            merge = props.find(f"{W}vMerge") if props is not None else None
            column = len(row)
            if merge is not None and merge.get(f"{W}val") != "restart":
                row.extend([None] * width)  # the cell above goes on down
                continue
            text = ""
            for piece in _cell_paragraphs(tc, reader):
                text = join_wrapped(text, piece) if text else piece
            row.append(text)
            row.extend([None] * (width - 1))
            open_merges[column] = merge is not None
        rows.append(row)
    width = max((len(row) for row in rows), default=0)
    return tuple(tuple(row + [""] * (width - len(row))) for row in rows)


def extract_docx(data: bytes, converted: bool = False) -> ExtractedDocument:
    """A .docx's body as pages → blocks (`converted`: made by LibreOffice from an old .doc, whose lists it writes
    in its own way)."""
    try:
        from docx import Document
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as error:
        raise office_extra_missing("a Word document", error) from error

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise CorruptDocumentError(f"not a readable Word document: {type(error).__name__}: {error}") from error
    except Exception as error:  # lxml's XMLSyntaxError and the like: a damaged part
        raise CorruptDocumentError(f"not a readable Word document: {type(error).__name__}: {error}") from error
    try:
        reader = _Reader(document, converted)
        reader.body(document.element.body)
    except (ValueError, KeyError, AttributeError, TypeError, IndexError) as error:  # a part with impossible values
        raise CorruptDocumentError(f"a damaged Word document: {type(error).__name__}: {error}") from error
    metadata = {"format": "docx"}
    properties = document.core_properties
    for name in ("title", "author"):
        value = getattr(properties, name, None)
        if value:
            metadata[name] = str(value)
    return build_document(reader.items, ENGINE, metadata, "the Word document")
