"""What an analyst installs: the wheel's base install and with extras, measured in fresh virtualenvs.

    .venv/bin/python bench/package_bench.py [--extras office,ocr]

Prints, for the base install and each extras set: packages, size on disk, and the time of `import jixiao` and of
the first table read (median of 5 runs each, side by side), and the developer's `.venv` for comparison.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UV = ROOT / ".venv" / "bin" / "uv"


def size_mb(path: Path) -> float:
    return sum(file.stat().st_size for file in path.rglob("*") if file.is_file() and not file.is_symlink()) / 2**20


def median_seconds(command: list[str], cwd: Path, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=True, capture_output=True, timeout=600)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extras", action="append", default=[], help="an extras set to measure, e.g. office,ocr")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jixiao-package-") as scratch:
        work = Path(scratch)
        subprocess.run([str(UV), "build", "--wheel", "--out-dir", str(work / "dist"), "--quiet"], cwd=ROOT, check=True)
        (wheel,) = (work / "dist").glob("jixiao-*.whl")
        shutil.copytree(ROOT / "samples", work / "samples")
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "jixiao"), "ingest", "samples", "--warehouse", "warehouse", "--quiet"],
            cwd=work,
            check=True,
            capture_output=True,
        )
        print(f"wheel {wheel.name}: {wheel.stat().st_size / 1024:.0f} KB")
        print(f"{'install':<28} {'packages':>8} {'MB':>8} {'import jixiao s':>16} {'first table s':>14}")
        for extras in ["", *args.extras]:
            venv = work / f"venv-{extras or 'base'}"
            subprocess.run([str(UV), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
            python = venv / "bin" / "python"
            target = f"{wheel}[{extras}]" if extras else str(wheel)
            # Compiled at install as pip does by default (uv does not): else, with PYTHONDONTWRITEBYTECODE set, every
            # start would compile pandas and pyarrow's Python again.
            install = [str(UV), "pip", "install", "--quiet", "--compile-bytecode", "--python", str(python), target]
            subprocess.run(install, check=True)
            listed = subprocess.run(
                [str(UV), "pip", "list", "--python", str(python), "--format", "json"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
            imported = median_seconds([str(python), "-c", "import jixiao"], work)
            first_table = median_seconds(
                [str(python), "-c", "import jixiao; jixiao.open('warehouse').table('project_evaluations')"], work
            )
            name = f"jixiao[{extras}]" if extras else "jixiao (base)"
            print(
                f"{name:<28} {len(json.loads(listed)):>8} {size_mb(venv):>8.0f} {imported:>16.3f} {first_table:>14.3f}"
            )
        developer = ROOT / ".venv"
        print(f"{'the developer .venv (make venv)':<28} {'':>8} {size_mb(developer):>8.0f}")


if __name__ == "__main__":
    main()
