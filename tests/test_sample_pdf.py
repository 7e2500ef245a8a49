"""The committed sample PDF is exactly what the committed generator makes from the committed text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT, SAMPLE_PDF, SAMPLE_TEXT


def test_generator_reproduces_the_committed_sample(tmp_path: Path) -> None:
    output = tmp_path / "sample.pdf"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "render_reference_report.py"), str(SAMPLE_TEXT), str(output)],
        check=True,
        capture_output=True,
    )
    assert output.read_bytes() == SAMPLE_PDF.read_bytes()
