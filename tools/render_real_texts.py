"""Lay the texts of real documents (`texts/<stem>.txt`, as published on the web) out as report PDFs, two ways:
`pdf/cid/<stem>.pdf` with reportlab's built-in STSong-Light CID font and `pdf/ttf/<stem>.pdf` with an embedded
TrueType CJK font and a fake-bold title, as the development set in `tests/fixtures/real` was made.

The first non-empty line is the title when it is short and names the genre; pipe rows (`a | b | c |`) become a
ruled table; every other line is a paragraph. The words are the page's own: nothing is added or corrected.

Usage: python tools/render_real_texts.py [FOLDER]   (default tests/fixtures/real; renders texts without PDFs)
       python tools/render_real_texts.py FOLDER --all   (renders every text again)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_layout import Para, Style, Table, Title, render

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FOLDER = ROOT / "tests" / "fixtures" / "real"
_TITLE_WORDS = re.compile(r"绩效|评价|预算|债券")
_PIPE_ROW = re.compile(r"^.*\S\s*\|\s*\S.*\|\s*$")
STYLES = {
    "cid": Style(producer="reportlab-cid", margin_left=90.0, margin_right=90.0),
    "ttf": Style(producer="reportlab-ttf", margin_left=90.0, margin_right=90.0, fake_bold_title=True),
}


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().rstrip("|").split("|")]


def _table(rows: list[list[str]]) -> Table | Para:
    if len(rows) == 1:  # a lone pipe row is a line of text, not a table
        return Para(" | ".join(rows[0]) + " |", indent=False)
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    longest = [max(2, *(len(row[column]) for row in rows)) for column in range(width)]
    weights = [min(length, 14) for length in longest]
    return Table(header=rows[0], rows=rows[1:], widths=[weight / sum(weights) for weight in weights])


def elements(text: str) -> list[Title | Para | Table]:
    lines = [line for line in text.splitlines()[1:] if line.strip()]  # line 1 is `# source: URL`
    found: list[Title | Para | Table] = []
    pipe_rows: list[list[str]] = []
    for index, line in enumerate(lines):
        if _PIPE_ROW.match(line):
            pipe_rows.append(_cells(line))
            continue
        if pipe_rows:
            found.append(_table(pipe_rows))
            pipe_rows = []
        stripped = line.strip()
        if index == 0 and len(stripped) <= 40 and _TITLE_WORDS.search(stripped) and "。" not in stripped:
            found.append(Title(stripped))
        else:
            found.append(Para(stripped))
    if pipe_rows:
        found.append(_table(pipe_rows))
    return found


def render_folder(folder: Path, everything: bool = False) -> list[Path]:
    written = []
    for text_path in sorted((folder / "texts").glob("*.txt")):
        for name, style in STYLES.items():
            out = folder / "pdf" / name / f"{text_path.stem}.pdf"
            if out.exists() and not everything:
                continue
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(render(elements(text_path.read_text(encoding="utf-8")), style, text_path.stem))
            written.append(out)
    return written


if __name__ == "__main__":
    arguments = [argument for argument in sys.argv[1:] if not argument.startswith("--")]
    for path in render_folder(Path(arguments[0]) if arguments else DEFAULT_FOLDER, "--all" in sys.argv):
        print(f"wrote {path}")
