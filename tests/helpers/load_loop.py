"""Load two versions of one report into a warehouse, alternately, until killed (or N times).

Used by the kill test: version A has every project of the sample, version B one fewer; both have the same
report_id, so every load replaces the other version. With `compact`, 20 other reports share the partition and every
load is followed by a compaction (optimize and vacuum), so that the report's rows are merged into a file with the
others' and rewritten out of it again.
Usage: python load_loop.py WAREHOUSE [N] [compact]
"""

from __future__ import annotations

import copy
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from jixiao.extractors import extract_document  # noqa: E402
from jixiao.parsers import parse_report  # noqa: E402
from jixiao.parsers.records import Exclusion  # noqa: E402
from jixiao.warehouse import DocumentInfo, Warehouse, store  # noqa: E402


def versions():  # type: ignore[no-untyped-def]
    report = parse_report(extract_document((ROOT / "samples" / "huzhou_2023_report.pdf").read_bytes()).blocks)
    if not report.exclusions:  # every table holds rows of the report, so that a half-made load would show
        source = report.metrics[0].source
        report.exclusions = [Exclusion("count_not_evaluated", "count", "12", source)]
    version_a = copy.deepcopy(report)
    version_a.parser_version = "A"
    version_b = copy.deepcopy(report)
    version_b.parser_version = "B"
    version_b.projects = version_b.projects[:-1]
    return version_a, version_b


FILLERS = 20


def main() -> int:
    warehouse = Warehouse(sys.argv[1])
    limit = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] != "0" else None
    parts = "compact" in sys.argv[3:]
    document = DocumentInfo("f" * 16, "f" * 64, "sample.pdf", 5, "pdfplumber")
    both = versions()
    if parts:
        store.COMPACT_MIN_FILES = 2  # every load's files are merged with the others' at once
        if not warehouse.table_files("reports"):
            for number in range(FILLERS):
                other = f"{number:016x}"
                warehouse.load_report(both[0], DocumentInfo(other, other * 4, f"other{number}.pdf", 5, "pdfplumber"))
            warehouse.compact()
    print("ready", flush=True)  # from here on the process does nothing but load
    for count, version in enumerate(itertools.cycle(both), start=1):
        warehouse.load_report(version, document)
        if parts:
            warehouse.compact()
        print(f"loaded {version.parser_version}", flush=True)  # the kill test times some kills from here
        if limit is not None and count >= limit:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
