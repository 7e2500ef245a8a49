"""Time to read a page of each format bureaus publish (`extract_any`, in this process, warm), side by side in one
run: the same documents as PDFs and as web pages (the real development texts), as exported PDFs, .docx and .doc
(the Word-made fixtures: .doc includes its LibreOffice conversion), and a synthetic notice as .xlsx, .xls (LibreOffice
made) and a 144-dpi .png scan (OCR). A page is the PDF rendering's page: the web page and Word versions of a
document are divided by its PDF's page count, so that the figures compare; a workbook's sheet and a picture are
one page each.

Usage: python bench/formats_bench.py [--repeat 3] [--out bench/formats_results.md]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.extractors.formats import extract_any  # noqa: E402

from tests.helpers.bureau_site import convert, png_bytes, report, xlsx_bytes  # noqa: E402

REAL = ROOT / "tests" / "fixtures" / "real"
WORD = ROOT / "tests" / "fixtures" / "word"


def seconds(data: bytes, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        extract_any(data)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pdf_pages(path: Path) -> int:
    return extract_any(path.read_bytes()).page_count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "bench" / "formats_results.md"))
    args = parser.parse_args()
    rows: list[tuple[str, int, float, float]] = []  # (format, documents, pages, seconds)

    def measure(name: str, documents: list[tuple[Path | bytes, int]]) -> None:
        total_pages = sum(pages for _, pages in documents)
        total = sum(seconds(d if isinstance(d, bytes) else d.read_bytes(), args.repeat) for d, _ in documents)
        rows.append((name, len(documents), total_pages, total))
        print(f"{name}: {len(documents)} documents, {total_pages} pages, {1000 * total / total_pages:.1f} ms a page")

    stems = sorted(path.stem for path in (REAL / "html").glob("*.html"))
    pages = {stem: pdf_pages(REAL / "pdf" / "cid" / f"{stem}.pdf") for stem in stems}
    extract_any((REAL / "html" / f"{stems[0]}.html").read_bytes())  # warm: trafilatura's first import
    measure("PDF (real texts, CID font)", [(REAL / "pdf" / "cid" / f"{s}.pdf", pages[s]) for s in stems])
    measure("HTML (real texts as article pages)", [(REAL / "html" / f"{s}.html", pages[s]) for s in stems])
    word = sorted(path.stem for path in WORD.glob("*.pdf"))
    word_pages = {stem: pdf_pages(WORD / f"{stem}.pdf") for stem in word}
    measure("PDF (Word-exported)", [(WORD / f"{s}.pdf", word_pages[s]) for s in word])
    measure(".docx", [(WORD / "docx" / f"{s}.docx", word_pages[s]) for s in word])
    measure(".doc (LibreOffice → .docx)", [(WORD / "doc" / f"{s}.doc", word_pages[s]) for s in word])
    title, paragraphs, table = report("示例市", 2023)
    workbook = xlsx_bytes(title, table)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "notice.xlsx"
        source.write_bytes(workbook)
        convert([source], "xls:MS Excel 97", Path(folder))
        old_workbook = (Path(folder) / "notice.xls").read_bytes()
    measure(".xlsx (one sheet)", [(workbook, 1)])
    measure(".xls (one sheet)", [(old_workbook, 1)])
    measure(".png scan (OCR, 144 dpi)", [(png_bytes(title, paragraphs), 1)])
    lines = [
        "# Time to read a page, per format (`python bench/formats_bench.py`)",
        "",
        f"Median of {args.repeat} reads per document, in one process, warm; one run, side by side. A web page's or",
        "a Word file's page is its PDF rendering's page (its time divided by that PDF's page count).",
        "",
        "| format | documents | pages | ms a page | vs PDF of the same texts |",
        "|---|---:|---:|---:|---:|",
    ]
    base = {"HTML": rows[0], ".docx": rows[2], ".doc": rows[2]}
    for name, documents, page_count, total in rows:
        per_page = 1000 * total / page_count
        reference = next((base[key] for key in base if name.startswith(key)), None)
        ratio = f"{per_page / (1000 * reference[3] / reference[2]):.2f}×" if reference else ""
        lines.append(f"| {name} | {documents} | {page_count} | {per_page:.1f} | {ratio} |")
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
