"""Web pages (.html/.htm/.shtml, saved or fetched) → the article's paragraphs and tables.

- Charset: a byte-order mark, else the page's own declaration (`<meta charset>`, `http-equiv`, `<?xml encoding>`),
  else strict UTF-8, else charset-normalizer's detection. GB2312 and GBK declarations are read as GB18030, their
  superset (pages labelled gb2312 routinely hold GBK-only characters).
- Main content: trafilatura finds the article in the page; the page's own elements inside it are then read in
  order (trafilatura's output flattens tables and drops short lines such as a signature or a date). The article
  runs from its title to its last paragraph of prose or table, and what stands after it as a tail (signature,
  date, attachments); navigation, breadcrumbs, related-link lists and footers fall outside. Where trafilatura
  finds no article container (a short page: a one-sentence notice and its table), the same title-to-tail rule
  reads the whole page, without the link lists and footers.
- `<br>` ends a paragraph (bureau pages break their lines by hand); `<table>` is a table with its rowspan and
  colspan laid out (the text in the first cell of a span, None in the cells it covers), unless it is a layout
  table (tables in its cells, a cell holding an article), which is read as paragraphs.
- Provenance: each block's element path (`/html/body/div[2]/p[3]`); the page is page 1.
- Attachments linked from the page (by extension, or `附件` in their text) are in `metadata["attachments"]`, one
  `text<TAB>href` a line.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.html
from jixiao.extractors.errors import CorruptDocumentError, NoArticleError
from jixiao.extractors.flowed import Flowed, build_document
from jixiao.extractors.model import ExtractedDocument
from lxml import etree

ENGINE = "html"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.IGNORECASE)
# Labels that mean "some Chinese GB encoding": all read as GB18030, which contains GB2312 and GBK.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "gb_2312-80", "csgb2312", "hz-gb-2312"}
_SNIFF_BYTES = 4096

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "select")
_INLINE = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "img", "input"}
    | {"ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup"}
    | {"time", "tt", "u", "var", "wbr", "o:p", "st1:chsdate", "st1:chmetcnv"}
)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HEADING_TAGS = frozenset({"h1", "h2", "h3"})
_TITLE_HINT = re.compile(r"title|biaoti|bt\b|tit\b", re.IGNORECASE)
# Where a bureau page's own text has ended: related lists, previous/next, the site footer.
_TRAILER = re.compile(
    r"^(?:相关(?:阅读|新闻|文章|链接|信息|文件|稿件)|上一篇|下一篇|阅读下一篇|版权所有|Copyright|©|主办单位|承办单位|"
    r"技术支持|网站标识码|网站地图|联系我们|(?:单位)?地址\s*[:：]|邮编\s*[:：]|.*ICP备|.*公网安备|.*政府网站找错)",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[。；！？]")
_CHROME = re.compile(r"^(?:当前位置|您(?:现在)?的位置|您当前的位置|位置\s*[:：]|首页\s*[>›»/])")
_ATTACHMENT_SUFFIX = re.compile(r"\.(?:pdf|docx?|wps|xlsx?|et|ofd|zip|rar|7z|jpe?g|png|tiff?)(?:$|[?#])", re.IGNORECASE)
MIN_LINK_SHARE = 0.5  # a block with at least this share of its text in links is a link list (menus, related)


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, charset used) of a page: BOM, the declared charset (the HTTP header's, when the caller has it, else
    the page's own), strict UTF-8, then detection."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    head = data[:_SNIFF_BYTES]
    found = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    for label in (declared, found.group(1).decode("ascii", "ignore") if found else None):
        if not label:
            continue
        name = "gb18030" if label.strip().lower() in _GB_FAMILY else label.strip().lower()
        try:
            return data.decode(name), name
        except LookupError:
            continue  # a label no codec knows: the next clue
        except UnicodeDecodeError:
            if name == "gb18030" or name.startswith("utf"):
                return data.decode(name, errors="replace"), name  # declared right, with a few broken bytes
            continue  # declared wrong (a GBK page labelled iso-8859-1): the next clue
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "cp1252"]).best()
    name = best.encoding if best is not None else "gb18030"
    return data.decode(name, errors="replace"), name


def parse(text: str) -> etree._Element:
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)  # lxml refuses a str with an encoding declaration
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise CorruptDocumentError(f"not a readable web page: {error}") from error


def _tag(element: etree._Element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _hidden(element: etree._Element) -> bool:
    return element.get("hidden") is not None or bool(_HIDDEN_STYLE.search(element.get("style") or ""))


def _clean(root: etree._Element) -> None:
    for element in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        parent = element.getparent()
        if parent is not None:  # a comment's tail is text of the page: kept
            element.drop_tree() if hasattr(element, "drop_tree") else parent.remove(element)
    for element in list(root.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for element in list(root.iter()):
        if isinstance(element.tag, str) and _hidden(element) and element.getparent() is not None:
            element.drop_tree()
    head = root.find("head")
    if head is not None:
        root.remove(head)


@dataclass
class _Block:
    element: etree._Element
    location: str
    text: str = ""
    link_chars: int = 0
    rows: tuple[tuple[str | None, ...], ...] | None = None
    links: tuple[tuple[str, str], ...] = ()  # (text, href) of the links in the block

    @property
    def chars(self) -> int:
        if self.rows is None:
            return len(re.sub(r"\s+", "", self.text))
        return sum(len(cell or "") for row in self.rows for cell in row)

    @property
    def link_share(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


def _squash(text: str) -> str:
    return re.sub(r"[\s\u00a0\u3000]+", " ", text).strip()


class _Reader:
    """The page's blocks in reading order: runs of inline content between block elements and `<br>`s, and
    tables."""

    def __init__(self, tree: etree._ElementTree) -> None:
        self.tree = tree
        self.blocks: list[_Block] = []

    def path(self, element: etree._Element) -> str:
        return self.tree.getpath(element)

    def read(self, element: etree._Element) -> None:
        """Read a block element: a data table whole, anything else as runs of inline content (an inline element
        holding blocks, such as a `<font>` around a page's lines and tables, is read through)."""
        if _tag(element) == "table" and is_data_table(element):
            self.blocks.append(_Block(element, self.path(element), rows=table_rows(element)))
            return
        run: list[tuple[str, str | None]] = []  # (text, href of the link it is in)
        part = 0

        def flush() -> None:
            nonlocal run, part
            text = _squash("".join(piece for piece, _ in run))
            if text:
                link_chars = sum(len(re.sub(r"\s+", "", piece)) for piece, href in run if href is not None)
                links: dict[str, str] = {}
                for piece, href in run:
                    if href is not None:
                        links[href] = links.get(href, "") + piece
                suffix = f"#{part}" if part else ""
                self.blocks.append(
                    _Block(
                        element,
                        self.path(element) + suffix,
                        text,
                        link_chars,
                        links=tuple((_squash(t), h) for h, t in links.items()),
                    )
                )
                part += 1
            run = []

        def walk(node: etree._Element, href: str | None) -> None:
            if node.text and _tag(node) != "img":
                run.append((node.text, href))
            for child in node:
                tag = _tag(child)
                if tag == "br":
                    flush()
                elif tag in _INLINE or not tag:
                    walk(child, (child.get("href") or "") if tag == "a" else href)
                else:
                    flush()
                    self.read(child)
                if child.tail:
                    run.append((child.tail, href))

        walk(element, None)
        flush()


def _rows_of(table: etree._Element) -> list[etree._Element]:
    return table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")


def _cells_of(row: etree._Element) -> list[etree._Element]:
    return row.xpath("./td|./th")


def _cell_text(cell: etree._Element) -> str:
    """A cell's text, its paragraphs and lines joined as wrapped lines are (no space between CJK lines)."""
    from jixiao.extractors.spacing import join_wrapped, normalize_spacing

    reader = _Reader(cell.getroottree())
    reader.read(cell)
    text = ""
    for block in reader.blocks:
        inner = block.text if block.rows is None else " ".join(cell or "" for row in block.rows for cell in row)
        piece = normalize_spacing(inner)
        text = join_wrapped(text, piece) if text else piece
    return text


MAX_CELL_CHARS = 400  # a cell holding more is a layout cell (an article inside a page-layout table)


def is_data_table(table: etree._Element) -> bool:
    """A table of data, not one that lays out a page: no table inside it, at least two rows of two cells, no cell
    holding an article, and not a list of links."""
    if table.xpath(".//table"):
        return False
    rows = [_cells_of(row) for row in _rows_of(table)]
    if sum(1 for cells in rows if len(cells) >= 2) < 2 and not (len(rows) >= 2 and _spans_columns(rows)):
        return False
    text_chars = link_chars = 0
    for cells in rows:
        for cell in cells:
            chars = len(re.sub(r"\s+", "", cell.text_content()))
            if chars > MAX_CELL_CHARS:
                return False
            text_chars += chars
            link_chars += sum(len(re.sub(r"\s+", "", a.text_content())) for a in cell.iter("a"))
    return text_chars > 0 and link_chars / text_chars < MIN_LINK_SHARE


def _spans_columns(rows: list[list[etree._Element]]) -> bool:
    return any(_span(cell, "colspan") > 1 for cells in rows for cell in cells)


def _span(cell: etree._Element, name: str) -> int:
    try:
        return max(1, min(int(re.sub(r"\D", "", cell.get(name) or "1") or 1), 1000))
    except ValueError:
        return 1


def table_rows(table: etree._Element) -> tuple[tuple[str | None, ...], ...]:
    """The table's grid: each cell's text at its first position, None where a rowspan or colspan covers."""
    grid: dict[tuple[int, int], str | None] = {}
    width = 0
    rows = _rows_of(table)
    for r, row in enumerate(rows):
        c = 0
        for cell in _cells_of(row):
            while (r, c) in grid:
                c += 1
            rowspan, colspan = _span(cell, "rowspan"), _span(cell, "colspan")
            rowspan = min(rowspan, len(rows) - r)
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = None
            grid[(r, c)] = _cell_text(cell)
            c += colspan
            width = max(width, c)
    return tuple(tuple(grid.get((r, c), "") for c in range(width)) for r in range(len(rows)))


def _normal(text: str) -> str:
    return re.sub(r"[\s\u00a0\u3000]+", "", text)


def _article_scope(html_text: str, root: etree._Element, blocks: list[_Block]) -> tuple[etree._Element | None, str]:
    """(the element trafilatura's article lies in, or None when it found none that is not the whole page; the
    article title trafilatura reads from the page's metadata)."""
    import trafilatura

    extracted = trafilatura.bare_extraction(
        html_text, include_tables=True, include_comments=False, favor_recall=True, with_metadata=True
    )
    if extracted is None:
        return None, ""
    title = _squash(getattr(extracted, "title", None) or "")
    text = _normal(getattr(extracted, "text", None) or "")
    matched = [b.element for b in blocks if b.rows is None and b.chars >= 6 and _normal(b.text) in text]
    if not matched:
        return None, title
    scope = matched[0]
    ancestors = {id(element) for element in matched}
    for element in matched[1:]:
        while scope is not None and not _contains(scope, element):
            scope = scope.getparent()
    del ancestors
    if scope is None or _tag(scope) in ("html", "body"):
        return None, title
    inside = [b for b in blocks if _contains(scope, b.element)]
    chars = sum(b.chars for b in inside)
    if not chars or sum(b.link_chars for b in inside) / chars >= 0.35:
        return None, title  # a container of menus: not an article
    return scope, title


def _contains(ancestor: etree._Element, element: etree._Element) -> bool:
    while element is not None:
        if element is ancestor:
            return True
        element = element.getparent()
    return False


def _is_attachment(text: str, href: str) -> bool:
    return bool(_ATTACHMENT_SUFFIX.search(href)) or (text.startswith("附件") and bool(href))


def _good(block: _Block) -> bool:
    """Prose or a table: what an article is made of (not a menu, a list of links or a footer line)."""
    if block.rows is not None:
        return True
    if block.link_share >= MIN_LINK_SHARE or _TRAILER.match(block.text):
        return False
    own = block.chars - block.link_chars
    return (own >= 12 and bool(_SENTENCE.search(block.text))) or own >= 40


def _tail(block: _Block) -> bool:
    """A line that may follow an article's last paragraph: a signature, a date, an attachment (not a menu or a
    footer)."""
    if block.rows is not None or _TRAILER.match(block.text):
        return False
    if block.link_share >= MIN_LINK_SHARE:
        return all(_is_attachment(text, href) for text, href in block.links)
    return block.chars <= 60


def _title_index(blocks: list[_Block], title: str, first_good: int) -> int | None:
    """The block that is the article's title: one whose text is the page's title (a heading or an element named
    as a title preferred, else the last such block before the article's first paragraph); without one, the
    title-like block nearest before the first paragraph (a heading, an element named as a title, a bold line)."""
    wanted = _normal(title)
    found = []
    # A title stands after the page's menus and breadcrumb: not before a list of links or a location line.
    barrier = max(
        (
            index
            for index, block in enumerate(blocks[:first_good])
            if block.rows is None and (block.link_share >= MIN_LINK_SHARE or _CHROME.match(block.text))
        ),
        default=-1,
    )
    if wanted:
        found = [
            index
            for index, block in enumerate(blocks)
            if block.rows is None and block.link_share < MIN_LINK_SHARE and _normal(block.text) == wanted
        ] or [
            index
            for index, block in enumerate(blocks[: first_good + 1])
            if block.rows is None and wanted in _normal(block.text) and block.chars <= 1.5 * len(wanted) + 4
        ]
    found = [index for index in found if barrier < index <= first_good]  # before the text it heads
    for index in found:
        if _title_like(blocks[index]):
            return index
    if found:
        return found[-1]
    for index in range(first_good - 1, max(barrier, first_good - 4), -1):
        block = blocks[index]
        if block.rows is not None or block.link_share >= MIN_LINK_SHARE or _CHROME.match(block.text):
            break
        if _title_like(block) and 4 <= block.chars <= 80:
            return index
    return None


def _title_like(block: _Block) -> bool:
    element = block.element
    if _tag(element) in _HEADING_TAGS:
        return True
    for ancestor in (element, element.getparent()):
        if ancestor is None:
            continue
        names = " ".join(ancestor.get(attribute) or "" for attribute in ("class", "id"))
        if _TITLE_HINT.search(names):
            return True
    emphasised = (child for child in element.iter("b", "strong", "h1", "h2", "h3", "font") if child is not element)
    bold = "".join("".join(child.itertext()) for child in emphasised)
    return _normal(bold) == _normal(block.text) if block.text else False


def _lead_in(blocks: list[_Block], first_good: int) -> int:
    """The first block of the article's opening: the blocks before its first paragraph in the same container
    (lines of the same element, or its sibling elements), back to the first list of links. A page whose title
    is not marked as one keeps its title line, and a lead-in line (`现将结果公示如下：`), this way."""
    element = blocks[first_good].element
    parent = element.getparent()
    start = first_good
    while start > 0:
        block = blocks[start - 1]
        same = block.element is element or (parent is not None and block.element.getparent() is parent)
        if not same or (block.rows is None and block.link_share >= MIN_LINK_SHARE):
            break
        start -= 1
    return start


def _page_title(root: etree._Element, html_text: str) -> str:
    """The article title a page's <title> carries before its site name (`标题_某某财政局`); '' when the title
    is the site's name alone."""
    match = re.search(r"<title[^>]*>(.*?)</title>", html_text, re.IGNORECASE | re.DOTALL)
    if not match:
        return ""
    text = _squash(lxml.html.fromstring(f"<p>{match.group(1)}</p>").text_content() if match.group(1).strip() else "")
    parts = re.split(r"\s*(?:_|\||｜| - | -- |—)\s*", text)
    return parts[0] if len(parts) > 1 and len(parts[0]) >= 4 else ""


def article_blocks(html_text: str) -> tuple[list[_Block], dict[str, str]]:
    """The article's blocks, in reading order, and the page's metadata."""
    root = parse(html_text)
    _clean(root)
    tree = root.getroottree()
    body = root.find("body")
    reader = _Reader(tree)
    reader.read(body if body is not None else root)
    blocks = reader.blocks
    metadata: dict[str, str] = {"format": "html"}
    if not blocks:
        return [], metadata
    scope, title = _article_scope(html_text, root, blocks)
    goods = [index for index, block in enumerate(blocks) if _good(block)]
    if not goods:
        return [], metadata
    # The article is anchored on its first paragraph of prose (a table above the title is the page's metadata,
    # `索引号 … 发布机构 …`); a page of tables alone on its first table.
    anchor = next((index for index in goods if blocks[index].rows is None), goods[0])
    title_at = _title_index(blocks, title, anchor)
    if title_at is None and title:  # trafilatura's title is the site's name: the page's <title>, or a title line
        title = _page_title(root, html_text)
        title_at = _title_index(blocks, title, anchor)
    if title_at is not None:
        title = blocks[title_at].text
    in_scope = {
        index
        for index, block in enumerate(blocks)
        if scope is None or _contains(scope, block.element) or index == title_at
    }
    start = _lead_in(blocks, anchor)
    if title_at is not None and title_at < start:
        start = title_at
    scoped_goods = [index for index in goods if index in in_scope and index >= start] or [anchor]
    end = scoped_goods[-1]
    last = blocks[end].element
    while end + 1 < len(blocks):
        following = blocks[end + 1]
        # The article's own container goes on to its end (a newspaper's address line, a note); past it, only a
        # signature, a date or attachments follow before the site's lists and footer.
        own = following.element is last or following.element.getparent() is last.getparent()
        if not (own and (following.rows is not None or following.link_share < MIN_LINK_SHARE)) and not _tail(following):
            break
        end += 1
    allowed = in_scope if scope is not None else set(range(len(blocks)))
    chosen = [
        block
        for index, block in enumerate(blocks[start : end + 1], start=start)
        if (index in allowed or index == start)
        and (block.rows is not None or block.link_share < MIN_LINK_SHARE or _attachment_block(block))
    ]
    if title and title_at is None:
        chosen.insert(0, _Block(root, "/html/head/title", title))
    if title:
        metadata["title"] = title
    attachments = [(text, href) for block in blocks for text, href in block.links if _is_attachment(text, href)]
    if attachments:
        metadata["attachments"] = "\n".join(f"{text}\t{href}" for text, href in dict.fromkeys(attachments))
    return chosen, metadata


def _attachment_block(block: _Block) -> bool:
    return bool(block.links) and all(_is_attachment(text, href) for text, href in block.links)


def extract_html(data: bytes, charset: str | None = None) -> ExtractedDocument:
    """A web page's article as pages → blocks (one page)."""
    text, used = decode(data, charset)
    blocks, metadata = article_blocks(text)
    if not blocks:
        raise NoArticleError(
            "the web page has no article: no paragraph of text or table outside its menus and link lists "
            "(an error page, a listing or a page of links)"
        )
    metadata["charset"] = used
    items = [Flowed(block.location, block.text, block.rows) for block in blocks]
    return build_document(items, ENGINE, metadata, "the web page")


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    text: str


def page_links(data: bytes, base_url: str, charset: str | None = None) -> list[Link]:
    """Every link of a page (absolute URLs, in order, with their text or title), for a crawler choosing what to
    open; the page's `<base href>` is honoured."""
    text, _ = decode(data, charset)
    root = parse(text)
    base = root.find(".//base[@href]")
    base_url = urljoin(base_url, base.get("href")) if base is not None else base_url
    links = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        label = _squash(anchor.text_content()) or _squash(anchor.get("title") or "")
        title = _squash(anchor.get("title") or "")
        links.append(Link(urljoin(base_url, href), f"{label} {title}".strip() if title and title != label else label))
    return links
