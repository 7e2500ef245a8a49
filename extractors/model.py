"""What the extractors hand on: pages of positioned text lines, and the paragraphs joined from them."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class TextLine:
    """One printed line, in PDF points with the origin at the page's top-left corner."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    # The type size of most of its glyphs (0 where unknown: OCR). Glyph boxes are no measure of it: a Latin font
    # beside a CJK one makes a line's box taller at the same size (Word's Times New Roman digits).
    size: float = 0.0
    # On a page in two columns (extractors/columns.py): the column (0 left, 1 right; None across both) and the top
    # of the band of columns it belongs to. Lines are read by (band, column, top).
    column: int | None = None
    band_top: float | None = None

    @property
    def reading_key(self) -> tuple[float, int, float]:
        return (self.top if self.band_top is None else self.band_top, self.column or 0, self.top)

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass(frozen=True, slots=True)
class TableBlock:
    """A ruled table found on one page: rows of cell texts (None for a cell spanned by its neighbour).

    Cell texts have their wrapped lines joined and extraction spaces removed. A table that continues on the
    next page is a second TableBlock; joining them is the parsers' business (they know what a header is).
    """

    page: int
    top: float
    bottom: float
    rows: tuple[tuple[str | None, ...], ...]
    # Where the table is in a document without pages of positions (a web page's element path, a Word table's
    # index, a spreadsheet's sheet and cell range); empty for a PDF, whose page and `top` say it.
    location: str = ""
    # Its left and right edges on a PDF page: text beside it (the other column of a page in two) is not in it.
    x0: float = 0.0
    x1: float = float("inf")

    @property
    def text(self) -> str:
        return "\n".join("\t".join(cell or "" for cell in row) for row in self.rows)

    def holds(self, x: float, y: float) -> bool:
        """Whether a point of the page (a glyph's or a line's centre) is within the table, a point of slack round it."""
        return self.top - 1 <= y <= self.bottom + 1 and self.x0 - 1 <= x <= self.x1 + 1

    @property
    def pages(self) -> tuple[int, ...]:
        return (self.page,)

    def page_at(self, offset: int) -> int:
        return self.page


@dataclass(frozen=True, slots=True)
class PageText:
    number: int
    width: float
    height: float
    engine: str
    lines: tuple[TextLine, ...]
    # Lines recognised as page furniture (page numbers, running headers/footers) and left out of `lines`.
    furniture: tuple[TextLine, ...] = ()
    char_count: int = 0
    tables: tuple[TableBlock, ...] = ()
    confidence: float | None = None  # OCR pages only: the mean confidence of the recognised lines


@dataclass(frozen=True, slots=True)
class Paragraph:
    """Wrapped lines joined back into one paragraph.

    `text` has the extraction spaces between CJK and Latin removed; `raw_text` is the lines as printed, joined
    with newlines. `page_spans` maps character offsets of `text` to page numbers: ((0, 3), (41, 4)) means the
    paragraph starts on page 3 and its characters from offset 41 on are on page 4.
    """

    text: str
    raw_text: str
    page_spans: tuple[tuple[int, int], ...]
    top: float = 0.0
    x0: float = 0.0
    location: str = ""  # as TableBlock.location: an element path, `paragraph 12`, `Sheet1!A1`

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(page for _, page in self.page_spans)

    def page_at(self, offset: int) -> int:
        page = self.page_spans[0][1]
        for start, number in self.page_spans:
            if start > offset:
                break
            page = number
        return page


@dataclass(frozen=True, slots=True)
class ExtractedDocument:
    pages: tuple[PageText, ...]
    # Paragraphs and tables in reading order: what the parsers read.
    blocks: tuple[Paragraph | TableBlock, ...]
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        return tuple(block for block in self.blocks if isinstance(block, Paragraph))

    @property
    def tables(self) -> tuple[TableBlock, ...]:
        return tuple(block for block in self.blocks if isinstance(block, TableBlock))

    @property
    def page_count(self) -> int:
        return len(self.pages)

    @property
    def engines(self) -> tuple[str, ...]:
        return tuple(sorted({page.engine for page in self.pages}))

    @property
    def page_engines(self) -> dict[int, tuple[str, float | None]]:
        """Which engine read each page, and the OCR confidence where OCR did."""
        return {page.number: (page.engine, page.confidence) for page in self.pages}
