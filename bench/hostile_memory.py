"""Peak memory of `jixiao ingest --workers 2` over hostile documents (issue 14, finding 3).

The inputs are SYNTHETIC, made by tests/bad_inputs.py: a ~1 MB PDF whose content stream inflates to 1 GB
(`flate_bomb_pdf`) and a 1.7 KB PDF with one 14,400-point image-only page (`huge_image_page_pdf`), which on main at
4debc02 peaked at 3.6 and 3.8 GB. The run goes into a fresh warehouse without a Prefect server (as an interactive
`jixiao ingest`); the resident memory of the whole process tree (the CLI and every descendant: workers, resource
tracker) is summed every 50 ms with psutil. The target is ≤ 1 GB. Each document's error code is read back from
the warehouse's `ingest_errors`.

Usage: python bench/hostile_memory.py [--copies N] [--disguised] [--interval 0.05]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests import bad_inputs  # noqa: E402 (the checkout on the path first)

TARGET_MB = 1024


def _tree_rss(pid: int) -> tuple[int, int]:
    """(summed resident bytes, processes) of `pid` and all its descendants; processes that vanish are skipped."""
    import psutil

    try:
        root = psutil.Process(pid)
        tree = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    total = counted = 0
    for process in tree:
        try:
            total += process.memory_info().rss
            counted += 1
        except psutil.Error:
            pass
    return total, counted


def measure(inputs: list[Path], warehouse: Path, interval: float) -> dict[str, object]:
    environment = {key: value for key, value in os.environ.items() if key != "PREFECT_API_URL"}
    command = [str(Path(sys.executable).parent / "jixiao"), "ingest", *map(str, inputs), "--workers", "2"]
    started = time.monotonic()
    run = subprocess.Popen(
        [*command, "--warehouse", str(warehouse)], env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    peak = peak_processes = samples = 0
    while run.poll() is None:
        rss, processes = _tree_rss(run.pid)
        if rss > peak:
            peak, peak_processes = rss, processes
        samples += 1
        time.sleep(interval)
    out, err = run.communicate()
    return {
        "exit_code": run.returncode,
        "seconds": time.monotonic() - started,
        "peak_mb": peak / 2**20,
        "processes_at_peak": peak_processes,
        "samples": samples,
        "stdout": out.decode(errors="replace"),
        "stderr": err.decode(errors="replace"),
    }


def error_codes(warehouse: Path) -> dict[str, str]:
    from jixiao.warehouse import connect

    rows = connect(warehouse).execute("SELECT source_path, error_code FROM ingest_errors").fetchall()
    return {Path(path).name: code for path, code in rows}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=1, help="how many of each hostile file (default 1)")
    parser.add_argument(
        "--disguised",
        action="store_true",
        help="also a twice-deflated bomb, a page of six 200 MB streams, bombs behind ASCIIHex/ASCII85 and RC4, "
        "a 30,000 × 30,000 JPEG and 100,000 tiny pages",
    )
    parser.add_argument("--interval", type=float, default=0.05, help="sampling interval in seconds (≤ 0.05)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="jixiao-hostile-") as folder:
        inbox = Path(folder)
        inputs = []
        for copy in range(args.copies):
            bomb, huge = inbox / f"bomb{copy}.pdf", inbox / f"huge_page{copy}.pdf"
            # Each copy differs by a trailing comment, so that none is skipped as the same bytes as another.
            bomb.write_bytes(bad_inputs.flate_bomb_pdf() + b"%%copy %d\n" % copy)
            huge.write_bytes(bad_inputs.huge_image_page_pdf() + b"%%copy %d\n" % copy)
            inputs += [bomb, huge]
            if args.disguised:
                double, many = inbox / f"double_flate{copy}.pdf", inbox / f"many_streams{copy}.pdf"
                double.write_bytes(bad_inputs.double_flate_bomb_pdf() + b"%%copy %d\n" % copy)
                many.write_bytes(bad_inputs.many_streams_bomb_pdf() + b"%%copy %d\n" % copy)
                inputs += [double, many]
                # issue 23: bombs behind other filters or encryption, a huge JPEG, 100,000 tiny pages
                for name, make in [
                    ("hex_flate", bad_inputs.hex_flate_bomb_pdf),
                    ("ascii85_flate", bad_inputs.ascii85_flate_bomb_pdf),
                    ("rc4_empty_password", bad_inputs.rc4_flate_bomb_pdf),
                    ("huge_jpeg", bad_inputs.huge_jpeg_pdf),
                    ("tiny_pages", bad_inputs.tiny_pages_pdf),
                ]:
                    path = inbox / f"{name}{copy}.pdf"
                    path.write_bytes(make() + b"%%copy %d\n" % copy)
                    inputs.append(path)
        sizes = ", ".join(f"{path.name} {path.stat().st_size:,} B" for path in inputs)
        result = measure(inputs, inbox / "warehouse", args.interval)
        codes = error_codes(inbox / "warehouse")
    print(f"inputs (SYNTHETIC): {sizes}")
    print(
        f"jixiao ingest --workers 2: exit {result['exit_code']} in {result['seconds']:.1f} s; "
        f"peak RSS of the process tree {result['peak_mb']:.0f} MB ({result['processes_at_peak']} processes at the "
        f"peak, {result['samples']} samples every {args.interval * 1000:.0f} ms); target ≤ {TARGET_MB} MB"
    )
    print(f"ingest_errors rows: {dict(sorted(codes.items()))}")
    for line in result["stdout"].splitlines():  # the CLI's own line per document (copies share their bytes)
        if line.split(" ", 1)[0] in ("FAILED", "loaded", "skipped"):
            print(f"  {line[:160]}")
    if result["exit_code"] not in (0, 1):
        print(result["stderr"], file=sys.stderr)
        return 1
    return 0 if result["peak_mb"] <= TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
