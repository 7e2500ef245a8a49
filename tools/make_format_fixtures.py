"""The development corpora in the other formats bureaus publish, for `make accuracy`'s per-format lines:

- `tests/fixtures/real/html/<stem>.html`: each real document's text as a bureau's article page
  (tools/render_real_html.py);
- `tests/fixtures/word{,2}/docx/<stem>.docx`: the Word documents the Word-made fixtures are exported from (their
  generators' `--keep-docx`; the gold is the same);
- `tests/fixtures/word{,2}/doc/<stem>.doc`: those converted to Word 97 .doc by LibreOffice, as older offices save.

Usage: python tools/make_format_fixtures.py   (needs LibreOffice and python-docx: `make office`)
"""

from __future__ import annotations

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
sys.path.insert(0, str(TOOLS))

WORD_CORPORA = {"word": "make_word_fixtures.py", "word2": "make_word_fixtures_2.py"}


def to_doc(soffice: str, docx_files: list[Path], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jixiao-soffice-") as profile:
        command = [soffice, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   "--convert-to", "doc:MS Word 97", "--outdir", str(out), *map(str, docx_files)]  # fmt: skip
        subprocess.run(command, check=True, capture_output=True, timeout=600, env=dict(os.environ, HOME=profile))
    missing = [path.name for path in docx_files if not (out / f"{path.stem}.doc").is_file()]
    if missing:
        raise SystemExit(f"make_format_fixtures: LibreOffice made no .doc of {missing}")


def main() -> int:
    from render_real_html import render_folder

    for path in render_folder(ROOT / "tests" / "fixtures" / "real"):
        print(f"wrote {path.relative_to(ROOT)}")
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise SystemExit("make_format_fixtures: LibreOffice (`soffice`) not found: run `make office`")
    for corpus, generator in WORD_CORPORA.items():
        folder = ROOT / "tests" / "fixtures" / corpus
        with tempfile.TemporaryDirectory(prefix=f"jixiao-{corpus}-") as scratch:
            subprocess.run([sys.executable, str(TOOLS / generator), scratch, "--keep-docx"], check=True)
            for gold in Path(scratch).glob("*.json"):  # the generator is deterministic: same data, same gold
                if not filecmp.cmp(gold, folder / gold.name, shallow=False):
                    raise SystemExit(f"make_format_fixtures: {gold.name} differs from {folder / gold.name}")
            docx_files = sorted(Path(scratch).glob("*.docx"))
            (folder / "docx").mkdir(exist_ok=True)
            for path in docx_files:
                shutil.copy(path, folder / "docx" / path.name)
            to_doc(soffice, docx_files, folder / "doc")
        print(f"wrote {corpus}/docx and {corpus}/doc: {len(docx_files)} documents each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
