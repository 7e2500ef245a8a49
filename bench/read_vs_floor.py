"""One worker's reading against bare pypdfium2, file by file in alternation so that both see the same load
(the machine is shared: absolute timings from different runs do not compare, ratios from one run do).

For each file, in an order that rotates from file to file: the floor (`page.get_textpage().get_text_range()` per
page, as pipeline_bench's run_floor), `extract_document` of this checkout, and optionally of another copy of the
package importable under another name (`--base extractors_base` with `--base-path DIR`: e.g. an older commit's
extractors/ with its imports renamed), so before and after are measured in one run.

Usage: python bench/read_vs_floor.py [--corpus DIR] [--limit N] [--base NAME --base-path DIR]
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def floor(data: bytes) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    pages = 0
    for page in pdf:
        page.get_textpage().get_text_range()
        pages += 1
    pdf.close()
    return pages


def reader(package: str) -> Callable[[bytes], int]:
    extract_document = importlib.import_module(f"{package}.document").extract_document
    return lambda data: extract_document(data).page_count


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default="/tmp/jixiao-scale-corpus")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--base")
    parser.add_argument("--base-path")
    args = parser.parse_args()
    if args.base_path:
        sys.path.insert(0, args.base_path)
    modes: dict[str, Callable[[bytes], int]] = {"floor": floor, "read": reader("jixiao.extractors")}
    if args.base:
        modes["base"] = reader(args.base)
    files = sorted(Path(args.corpus).glob("*.pdf"))[: args.limit]
    for run in modes.values():  # imports and first-call costs outside the clock
        run(files[0].read_bytes())
    seconds = dict.fromkeys(modes, 0.0)
    pages = dict.fromkeys(modes, 0)
    names = list(modes)
    load_before = os.getloadavg()
    for number, path in enumerate(files):
        data = path.read_bytes()
        for name in names[number % len(names) :] + names[: number % len(names)]:
            started = time.perf_counter()
            pages[name] += modes[name](data)
            seconds[name] += time.perf_counter() - started
    load_after = os.getloadavg()
    print(f"{len(files)} files, load average before {load_before[0]:.2f}, after {load_after[0]:.2f} (1 min)")
    rate = {name: pages[name] / seconds[name] for name in modes}
    for name in modes:
        print(
            f"{name:6} {pages[name]:5} pages {seconds[name]:7.2f} s {rate[name]:7.1f} pages/s "
            f"{rate[name] / rate['floor']:.3f}x floor"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
