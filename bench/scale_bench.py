"""`make bench-scale REPORTS=N SCALE_WAREHOUSE=DIR`: a warehouse of N SYNTHETIC reports built through the
project's own loader, then the interactive commands timed against it, each through the CLI in a new process with
no Prefect server configured (as a user at a terminal runs them).

The warehouse: N/10 fictional regions (示例县0001 …) × 10 years (2015–2024), each report with 20–45 evaluated
projects drawn from its region's pool (names recur across years, some reworded, so identities have work to do),
its grade counts, headline metrics, batches, 0–6 unit evaluations and department mentions. Nothing is a real
figure. Reports are loaded with `Warehouse.load_report` (the loader `jixiao ingest` uses) and compacted as a run
does; project identities are then built for every region. A warehouse already built to N reports is reused.

Then, each command run `--repeat` times (median wall, max peak):
  sql        jixiao sql "SELECT count(*) FROM project_evaluations"
  compare    jixiao compare --region <a region with ten years>
  show       jixiao show (the 20 most recently ingested reports)
  noop       jixiao ingest of 200 PDFs already loaded (bench/make_corpus.py's, loaded once before the clock)
  ingest_one jixiao ingest --force of one PDF (a different one each repeat: the whole work of a new report)
Peak memory is the resident size of the command's process tree, sampled every 20 ms.

Usage: python bench/scale_bench.py --reports N --warehouse DIR [--repeat 3] [--checkpoints 1000,3000]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jixiao.parsers import PARSER_VERSION, ParsedReport  # noqa: E402
from jixiao.parsers.departments import department_id  # noqa: E402
from jixiao.parsers.records import (  # noqa: E402
    Amount,
    EvaluationBatch,
    GradeCount,
    Mention,
    Metric,
    ProjectEvaluation,
    ReportInfo,
    Source,
    UnitEvaluation,
)
from jixiao.warehouse import DocumentInfo, Warehouse  # noqa: E402
from jixiao.warehouse.identities import project_members, stale_regions, write_identities  # noqa: E402

YEARS = range(2015, 2025)
BULK = 250  # reports per transaction while building
SINGLE_LOADS = 20
NOOP_FILES = 200
DEPARTMENTS = [
    "县教育局",
    "县民政局",
    "县财政局",
    "县水利局",
    "县农业农村局",
    "县卫生健康局",
    "县交通运输局",
    "县生态环境局",
    "县科学技术局",
    "县商务局",
    "县文化广电旅游局",
    "县住房和城乡建设局",
    "县人力资源和社会保障局",
    "县市场监督管理局",
    "县医疗保障局",
    "县自然资源和规划局",
]
SUBJECTS = [
    "农村饮水安全",
    "义务教育薄弱环节改善",
    "高标准农田建设",
    "城乡居民医疗救助",
    "困难群众基本生活救助",
    "公共文化服务体系建设",
    "农村公路养护",
    "中小河流治理",
    "生活垃圾分类处理",
    "科技创新券",
    "就业创业扶持",
    "养老服务体系建设",
    "老旧小区改造",
    "畜禽粪污资源化利用",
    "学前教育发展",
    "基层医疗卫生机构能力提升",
    "森林防火",
    "乡村振兴衔接",
    "消费券发放",
    "污水管网建设",
]
KINDS = ["专项资金", "项目", "补助资金", "工程"]
GRADES = [("优", "优秀"), ("良", "良好"), ("中", "中"), ("差", "差")]


def region_name(number: int) -> str:
    return f"示例县{number:04d}"


def _source(page: int, text: str) -> Source:
    return Source(page=page, text=text)


def synthetic_report(region_number: int, year: int) -> ParsedReport:
    """One fictional report (SYNTHETIC): deterministic in region and year."""
    generator = random.Random(region_number * 100 + year)
    pool_generator = random.Random(region_number)
    region = region_name(region_number)
    pool = [f"{subject}{pool_generator.choice(KINDS)}" for subject in SUBJECTS for _ in range(2)]
    pool = list(dict.fromkeys(pool + [f"{subject}（二期）{KINDS[0]}" for subject in SUBJECTS[:8]]))
    title = f"{year}年度{region}预算绩效管理情况（合成）"
    projects = []
    for seq, name in enumerate(generator.sample(pool, generator.randint(20, min(45, len(pool)))), start=1):
        if generator.random() < 0.15:
            name = f"{year}年{name}"  # reworded across years: the fuzzy matcher's work
        grade, raw = generator.choices(GRADES, weights=[35, 50, 12, 3])[0]
        department = generator.choice(DEPARTMENTS)
        wan = Decimal(generator.randint(50, 50_000)) / 10
        text = f"项目{seq}：{name}，主管部门：{department}，评价结果：{raw}。"
        projects.append(
            ProjectEvaluation(
                batch_type="key",
                seq=seq,
                project_name=name,
                department_raw=department,
                department=department,
                grade=grade,
                grade_raw=raw,
                score=Decimal(generator.randint(550, 990)) / 10,
                amount=Amount(wan * 10_000, wan, "万元"),
                source=_source(3 + seq // 12, text),
                department_id=department_id(region, department),
            )
        )
    counts: dict[str, int] = {}
    for project in projects:
        counts[project.grade or ""] = counts.get(project.grade or "", 0) + 1
    summary = "，".join(f"“{grade}”{count}个" for grade, count in counts.items())
    grade_counts = [
        GradeCount("key", grade, grade, count, None, _source(3, f"评价结果为{summary}。"))
        for grade, count in counts.items()
    ]
    self_evaluated = generator.randint(200, 3000)
    amount_wan = Decimal(generator.randint(10_000, 900_000)) / 10
    headline = f"全年绩效自评项目{self_evaluated}个，重点评价项目{len(projects)}个，涉及资金{amount_wan}万元。"
    metrics = [
        Metric(
            "self_evaluated_projects",
            Decimal(self_evaluated),
            "个",
            Decimal(self_evaluated),
            "个",
            _source(1, headline),
        ),
        Metric(
            "key_evaluated_projects", Decimal(len(projects)), "个", Decimal(len(projects)), "个", _source(1, headline)
        ),
        Metric("key_evaluated_amount", amount_wan * 10_000, "元", amount_wan, "万元", _source(1, headline)),
    ]
    batches = [
        EvaluationBatch("self", "绩效自评", self_evaluated, None, None, _source(1, headline)),
        EvaluationBatch(
            "key",
            "财政重点评价",
            len(projects),
            None,
            Amount(amount_wan * 10_000, amount_wan, "万元"),
            _source(1, headline),
        ),
    ]
    units = []
    for department in generator.sample(DEPARTMENTS, generator.randint(0, 6)):
        grade, raw = generator.choices(GRADES, weights=[40, 50, 9, 1])[0]
        units.append(
            UnitEvaluation(
                "department_overall",
                department,
                None,
                grade,
                raw,
                Decimal(generator.randint(600, 990)) / 10,
                None,
                _source(2, f"对{department}开展部门整体评价，评价结果为“{raw}”。"),
                department,
                department_id(region, department),
            )
        )
    mentions = [
        Mention("department", name, name, department_id(region, name), _source(2, f"{name}配合开展评价。"))
        for name in sorted({project.department for project in projects if project.department})
    ]
    return ParsedReport(
        report=ReportInfo(title, region, year, _source(1, title), f"{region}财政局", "annual_round"),
        status="ok",
        parser_version=PARSER_VERSION,
        metrics=metrics,
        batches=batches,
        grade_counts=grade_counts,
        projects=projects,
        units=units,
        mentions=mentions,
    )


def synthetic_document(region_number: int, year: int) -> DocumentInfo:
    sha = f"{region_number:08x}{year:08x}" * 4
    return DocumentInfo(sha[:16], sha, f"synthetic/{region_name(region_number)}/{year}.pdf", 8, "synthetic")


def build(root: Path, reports: int) -> dict[str, float]:
    """Load `reports` synthetic reports (those not already there), compact as runs do, build identities."""
    warehouse = Warehouse(root)
    loaded = set(warehouse.current_report_keys())
    wanted = [(region, year) for region in range(1, reports // len(YEARS) + 1) for year in YEARS]
    missing = [(region, year) for region, year in wanted if synthetic_document(region, year).report_id not in loaded]
    started = time.perf_counter()
    since_compaction = 0
    # Bulk transactions of BULK reports (Warehouse.load_reports): a commit per table each, where `jixiao ingest`
    # commits per report (≈ 8 commits, 15–30 ms each here): the single-load cost is measured below, and by
    # `ingest one`.
    for start in range(0, len(missing), BULK):
        chunk = missing[start : start + BULK]
        warehouse.load_reports([(synthetic_report(r, y), synthetic_document(r, y)) for r, y in chunk])
        since_compaction += len(chunk)
        if since_compaction >= 1000:
            warehouse.compact()
            since_compaction = 0
        print(f"  loaded {start + len(chunk)}/{len(missing)} ({time.perf_counter() - started:.0f} s)", flush=True)
    warehouse.compact()
    load_seconds = time.perf_counter() - started
    started = time.perf_counter()
    if missing or stale_regions(warehouse):  # (a build cut short before its identities)
        from jixiao.parsers.project_identity import match_projects

        with warehouse.locked():
            write_identities(warehouse, match_projects(project_members(warehouse)))
    identities_seconds = time.perf_counter() - started
    # One report loaded again, SINGLE_LOADS times, as `jixiao ingest` loads each document: its own transaction.
    single = []
    for region, year in wanted[:SINGLE_LOADS]:
        begun = time.perf_counter()
        warehouse.load_report(synthetic_report(region, year), synthetic_document(region, year))
        single.append(time.perf_counter() - begun)
    return {
        "loaded": len(missing),
        "load_s": load_seconds,
        "identities_s": identities_seconds,
        "single_load_ms": 1000 * statistics.median(single),
    }


def timed(command: list[str], environment: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, peak MB of the process tree, stdout) of one CLI command."""
    import psutil

    # Output to files, not pipes: a command printing more than a pipe holds (show) would wait for a reader.
    with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out_file, stderr=err_file, env=environment)
        tree = psutil.Process(process.pid)
        peak = 0.0
        while process.poll() is None:
            total = 0.0
            with contextlib.suppress(psutil.Error):
                for member in [tree, *tree.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        total += member.memory_info().rss
            peak = max(peak, total / 1024 / 1024)
            time.sleep(0.02)
        wall = time.perf_counter() - started
        out_file.seek(0)
        err_file.seek(0)
        out, err = out_file.read(), err_file.read()
    if process.returncode not in (0,):
        raise RuntimeError(f"{' '.join(command)} exited {process.returncode}: {err.decode()[-2000:]}")
    return wall, peak, out.decode()


def measure(warehouse: Path, repeat: int, corpus: Path) -> dict[str, tuple[float, float]]:
    """Median wall and peak MB of each interactive command against `warehouse`, through the CLI."""
    wanted = NOOP_FILES + repeat
    if len(list(corpus.glob("*.pdf"))) < wanted:
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(corpus), "--reports", str(wanted)], check=True
        )
    pdfs = sorted(corpus.glob("*.pdf"))[:wanted]
    noop, fresh = pdfs[:NOOP_FILES], pdfs[NOOP_FILES:]
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_API")}
    environment["PREFECT_HOME"] = tempfile.mkdtemp(prefix="jixiao-scale-prefect-")  # no profile with a server
    jixiao = [str(Path(sys.executable).with_name("jixiao"))]
    where = ["--warehouse", str(warehouse)]
    subprocess.run(
        [*jixiao, "ingest", *map(str, noop), *where, "--workers", "2"],
        check=True,
        env=environment,
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
    )
    commands = {
        "sql": [*jixiao, "sql", "SELECT count(*) FROM project_evaluations", *where, "--format", "csv"],
        "compare": [*jixiao, "compare", "--region", region_name(1), *where],
        "show": [*jixiao, "show", *where],
        "noop": [*jixiao, "ingest", *map(str, noop), *where],
    }
    results: dict[str, tuple[float, float]] = {}
    for name, command in commands.items():
        runs = [timed(command, environment) for _ in range(repeat)]
        results[name] = (statistics.median(run[0] for run in runs), max(run[1] for run in runs))
        if name == "noop":
            assert all(run[2].count("skipped") >= NOOP_FILES for run in runs), runs[0][2][-500:]
        print(f"  {name}: {results[name][0]:.2f} s, {results[name][1]:.0f} MB", flush=True)
    # --force: on a second bench run these are loaded already, and a forced ingest does all a new one does
    # (read, parse, load, the identities of its region).
    runs = [timed([*jixiao, "ingest", str(path), *where, "--force"], environment) for path in fresh]
    assert all("loaded" in run[2] for run in runs), runs[0][2][-500:]
    results["ingest_one"] = (statistics.median(run[0] for run in runs), max(run[1] for run in runs))
    print(f"  ingest_one: {results['ingest_one'][0]:.2f} s, {results['ingest_one'][1]:.0f} MB", flush=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--checkpoints", default="", help="also measure at these sizes on the way, e.g. 1000,3000 (one build)"
    )
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "jixiao-scale-corpus")
    arguments = parser.parse_args()
    sizes = sorted({int(size) for size in arguments.checkpoints.split(",") if size} | {arguments.reports})
    rows = []
    for size in sizes:
        print(f"building {size} synthetic reports in {arguments.warehouse} …", flush=True)
        built = build(arguments.warehouse, size)
        print(
            f"  {built['loaded']:.0f} loaded in {built['load_s']:.0f} s "
            f"({1000 * built['load_s'] / max(built['loaded'], 1):.1f} ms/report), "
            f"identities {built['identities_s']:.0f} s, one report's load (its own transaction) "
            f"{built['single_load_ms']:.0f} ms (median of {SINGLE_LOADS})",
            flush=True,
        )
        load_before = os.getloadavg()[0]
        results = measure(arguments.warehouse, arguments.repeat, arguments.corpus)
        reports = len(Warehouse(arguments.warehouse).current_report_keys())
        snapshot = Warehouse(arguments.warehouse).snapshot()
        files = sum(len(snapshot.files(table)) for table in snapshot.versions)  # the current version's data files
        cells = [f"{results[name][0]:.2f} s / {results[name][1]:.0f} MB" for name in COMMANDS]
        rows.append(f"| {reports:,} | {files:,} | " + " | ".join(cells) + f" | {load_before:.1f} |")
        print("\n| reports | data files | " + " | ".join(COMMANDS.values()) + " | load average |")
        print("|---:|---:|" + "---:|" * len(COMMANDS) + "---:|")
        print("\n".join(rows), flush=True)
    return 0


COMMANDS = {
    "sql": "sql count",
    "compare": "compare --region",
    "show": "show (20)",
    "noop": "no-op re-run of 200",
    "ingest_one": "ingest one",
}


if __name__ == "__main__":
    sys.exit(main())
