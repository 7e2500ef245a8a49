"""`import jixiao`: the Python API an analyst uses from a plain script or a notebook, the README's examples run as
they are written, and the wheel an analyst installs (a fresh virtualenv, no checkout on the path)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import ROOT

SAMPLES = ROOT / "samples"
QINGSHAN = "青山市本级"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    import jixiao

    wh = jixiao.open(tmp_path_factory.mktemp("api") / "warehouse")
    result = wh.ingest([SAMPLES])
    return wh, result


def _plain_script(tmp_path: Path, body: str, python: str = sys.executable) -> subprocess.CompletedProcess[str]:
    """`body` as a script file run by `python` from `tmp_path` (no `__main__` guard: as an analyst writes one)."""
    script = tmp_path / "analysis.py"
    script.write_text(body, encoding="utf-8")
    return subprocess.run(
        [python, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=600, env=_clean_env()
    )


def _clean_env() -> dict[str, str]:
    import os

    return {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "JIXIAO_WAREHOUSE")}


PLAIN_SCRIPT = """\
import json, jixiao
wh = jixiao.open("warehouse")
result = wh.ingest([{samples!r}])
projects = wh.table("project_evaluations")
print(json.dumps({{"loaded": result.loaded, "failed": result.failed, "rows": len(projects),
                   "regions": sorted(set(projects["region"].dropna())), "errors": len(wh.table("ingest_errors"))}}))
"""


def test_a_plain_script_without_a_guard_ingests_and_reads(tmp_path: Path) -> None:
    """The README's first example pasted into a file: no `if __name__ == "__main__":`, in this process."""
    shutil.copytree(SAMPLES, tmp_path / "samples")
    # The checkout on the path, as `pip install -e` gives it (the wheel's own test below installs it instead).
    run = _plain_script(
        tmp_path, f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n" + PLAIN_SCRIPT.format(samples="samples")
    )
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["loaded"] == len(list(SAMPLES.glob("*.pdf"))) and figures["failed"] == figures["errors"] == 0
    assert figures["rows"] > 0 and QINGSHAN in figures["regions"]


def test_a_plain_script_that_asks_for_workers_runs_its_top_level_once(tmp_path: Path) -> None:
    """Spawned workers imported the script again: without a guard its ingest ran once more in every worker."""
    script = (
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nimport jixiao\nprint('top level')\n"
        f"print(jixiao.open('warehouse').ingest([{str(SAMPLES)!r}], workers=2).summary())\n"
    )
    run = _plain_script(tmp_path, script)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.count("top level") == 1
    assert f"{len(list(SAMPLES.glob('*.pdf')))} loaded" in run.stdout


def test_a_script_that_reads_exits_cleanly_every_time(loaded) -> None:  # type: ignore[no-untyped-def]
    """DuckDB connections left open to the interpreter's shutdown aborted such a script now and then (SIGABRT,
    "FATAL: exception not rethrown": 2 of 5 runs before connections were closed at exit)."""
    wh, _ = loaded
    script = (
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nimport jixiao\nwh = jixiao.open({wh.root!r})\n"
        "wh.table('project_evaluations'); wh.sql('SELECT count(*) FROM metrics'); wh.compare('青山市本级')\n"
    )
    codes = [
        subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300, env=_clean_env()).returncode
        for _ in range(6)
    ]
    assert codes == [0] * 6


def test_tables_hold_the_latest_version_of_each_report_with_region_and_year(tmp_path: Path) -> None:
    """A re-sent report (other bytes, same region and year) is a second version: `table` gives the latest one's rows
    only, `all_versions=True` both; every row carries its region and year."""
    import jixiao

    original = (SAMPLES / "synthetic_qingshan_2023.pdf").read_bytes()
    resent = tmp_path / "resent.pdf"
    resent.write_bytes(original + b"\n%resent\n")  # a PDF reader ignores bytes after %%EOF; the hash differs
    wh = jixiao.open(tmp_path / "warehouse")
    assert wh.ingest(SAMPLES / "synthetic_qingshan_2023.pdf").loaded == 1
    assert wh.ingest(resent).loaded == 1
    reports = wh.table("reports", all_versions=True)
    assert len(reports) == 2 and reports["is_latest"].sum() == 1
    latest = wh.table("metrics")
    every = wh.table("metrics", all_versions=True)
    assert len(every) == 2 * len(latest) > 0
    assert set(latest["report_id"]) == set(reports.loc[reports["is_latest"].astype(bool), "report_id"])
    assert set(latest["region"]) == {QINGSHAN} and set(latest["fiscal_year"]) == {2023}


def test_money_in_a_chosen_unit_or_exact(loaded) -> None:  # type: ignore[no-untyped-def]
    wh, _ = loaded
    exact = wh.table("metrics", exact=True)
    yuan = exact[exact["unit"] == "元"]
    assert len(yuan) > 0 and all(isinstance(value, Decimal) for value in yuan["value"])
    in_wan = wh.table("metrics", unit="万元")
    in_wan = in_wan.set_index(["report_id", "metric", "page"])
    for row in yuan.itertuples():
        converted = in_wan.loc[(row.report_id, row.metric, row.page)]
        converted = converted.iloc[0] if converted.ndim > 1 else converted
        assert converted["unit"] == "万元"
        assert converted["value"] == pytest.approx(float(row.value / Decimal(10_000)))
    counts = wh.table("metrics")
    assert counts.loc[counts["unit"] == "个", "value"].dtype == "float64"  # other figures as floats, unscaled
    projects = wh.table("project_evaluations", unit="亿元")
    assert projects["amount_yuan"].dtype == "float64" and projects["score"].dtype == "float64"


def test_region_and_year_filters_and_sql(loaded) -> None:  # type: ignore[no-untyped-def]
    wh, _ = loaded
    some = wh.table("project_evaluations", region=QINGSHAN, years=(2022, 2023))
    assert set(some["fiscal_year"]) == {2022, 2023} and set(some["region"]) == {QINGSHAN}
    assert set(wh.table("project_evaluations", region=QINGSHAN, years=2024)["fiscal_year"]) == {2024}
    frame = wh.sql("SELECT region, count(*) AS reports FROM reports WHERE is_latest GROUP BY region ORDER BY region")
    assert frame["reports"].sum() == len(list(SAMPLES.glob("*.pdf")))
    assert frame["reports"].dtype == "Int64"


def test_compare_and_sections_as_frames(loaded) -> None:  # type: ignore[no-untyped-def]
    wh, _ = loaded
    comparison = wh.compare(QINGSHAN, years=(2021, 2024))
    assert comparison.years == [2021, 2022, 2023, 2024]
    frame = comparison.section("headline_metrics").frame()
    assert {"metric", "fiscal_year", "value", "source_text"} <= set(frame.columns) and len(frame) > 0
    assert QINGSHAN in wh.regions()


def test_what_the_reading_commands_show_as_frames(loaded) -> None:  # type: ignore[no-untyped-def]
    wh, result = loaded
    reports = wh.reports(region=QINGSHAN)
    assert sorted(reports["fiscal_year"]) == [2021, 2022, 2023, 2024]
    sections = wh.summary(result[0].report_id)
    assert sections and all(len(section.frame().columns) == len(section.columns) for section in sections)
    assert list(wh.review_candidates().columns)[:1] == ["candidate"]


def test_rank_and_regions_side_by_side(loaded) -> None:  # type: ignore[no-untyped-def]
    import jixiao

    wh, _ = loaded
    assert "sampling_share_优" in set(wh.figures()["figure"])
    ranked = wh.rank("sampling_share_优", years=2023)
    assert list(ranked["rank"]) == sorted(ranked["rank"]) and set(ranked["fiscal_year"]) == {2023}
    assert len(ranked) >= 2 and ranked["source_text"].notna().all()
    side = wh.compare_regions([QINGSHAN], years=(2021, 2024))
    assert set(side["region"]) == {QINGSHAN} and side["figure"].nunique() > 3
    with pytest.raises(jixiao.UsageError, match="did you mean 青山市本级"):
        wh.rank("sampling_share_优", regions=["青山市"])


def test_mistakes_are_one_sentence(tmp_path: Path, loaded) -> None:  # type: ignore[no-untyped-def]
    import jixiao

    wh, _ = loaded
    with pytest.raises(jixiao.UsageError, match=r"no table 'reprts'; did you mean reports"):
        wh.table("reprts")
    with pytest.raises(jixiao.UsageError, match="did you mean 青山市本级"):
        wh.compare("青山市")
    with pytest.raises(jixiao.UsageError, match="unit is one of 元, 万元, 亿元"):
        wh.table("metrics", unit="千元")
    nowhere = jixiao.open("no/such/warehouse")
    with pytest.raises(
        jixiao.UsageError,
        match=r"that is /\S*no/such/warehouse \(a relative path is read from the current folder\).*JIXIAO_WAREHOUSE",
    ):
        nowhere.table("reports")
    with pytest.raises(jixiao.UsageError, match="no such file or folder"):
        jixiao.open(tmp_path / "w").ingest(tmp_path / "missing.pdf")


def test_import_jixiao_loads_no_heavy_library() -> None:
    script = "import json, sys, jixiao\nprint(json.dumps(sorted(m.split('.')[0] for m in sys.modules)))"
    modules = set(json.loads(subprocess.check_output([sys.executable, "-c", script], cwd=ROOT, text=True)))
    assert modules.isdisjoint({"pandas", "pyarrow", "duckdb", "pdfplumber", "jieba", "prefect", "deltalake"})


def _readme_python_blocks() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("\n## Python\n") : readme.index("\n## The CLI\n")]
    return re.findall(r"```python\n(.*?)```", section, re.S)


def test_the_readme_python_examples_run_as_written(tmp_path: Path) -> None:
    blocks = _readme_python_blocks()
    assert len(blocks) >= 3
    shutil.copytree(SAMPLES, tmp_path / "samples")
    script = f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n" + "\n".join(blocks)
    (tmp_path / "readme_examples.py").write_text(script, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "readme_examples.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=900,
        env=_clean_env(),
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert "5 documents: 5 loaded" in run.stdout and "no table 'reprts'" in run.stdout


@pytest.mark.slow
def test_the_wheel_installs_in_a_fresh_virtualenv_and_a_plain_script_runs(tmp_path: Path) -> None:
    """`make dist`'s wheel in a new virtualenv (uv, from its cache or PyPI): no test tools, no OCR models, no
    OpenCV; one top-level package; the plain script runs from a folder that is not the checkout."""
    uv = ROOT / ".venv" / "bin" / "uv"
    if not uv.exists():
        pytest.skip("the pinned uv is installed by `make venv`")
    dist = tmp_path / "dist"
    leftover = not (ROOT / "build").exists()
    try:
        subprocess.run(
            [str(uv), "build", "--wheel", "--out-dir", str(dist), "--quiet"], cwd=ROOT, check=True, timeout=600
        )
    finally:
        if leftover:  # setuptools' build/ in the checkout, made by this test: not left for the next lint
            shutil.rmtree(ROOT / "build", ignore_errors=True)
    (wheel,) = dist.glob("jixiao-*.whl")
    import zipfile

    top_level = {name.split("/")[0] for name in zipfile.ZipFile(wheel).namelist()}
    assert top_level == {"jixiao", wheel.name.split("-py3")[0] + ".dist-info"}  # one import namespace
    venv = tmp_path / "venv"
    subprocess.run([str(uv), "venv", "--quiet", "--python", sys.executable, str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    subprocess.run([str(uv), "pip", "install", "--quiet", "--python", str(python), str(wheel)], check=True, timeout=900)
    installed = subprocess.run(
        [str(uv), "pip", "list", "--python", str(python), "--format", "json"],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    names = {package["name"].lower() for package in json.loads(installed)}
    assert names.isdisjoint({"pytest", "ruff", "moto", "onnxruntime", "opencv-python", "rapidocr-onnxruntime"})
    assert names.isdisjoint({"python-docx", "python-calamine"})  # the office extra
    work = tmp_path / "analyst"
    work.mkdir()
    shutil.copytree(SAMPLES, work / "samples")
    run = _plain_script(work, PLAIN_SCRIPT.format(samples="samples"), str(python))
    assert run.returncode == 0, run.stderr[-3000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    assert figures["loaded"] == len(list(SAMPLES.glob("*.pdf"))) and figures["failed"] == 0
    where = subprocess.run(
        [str(python), "-c", "import jixiao; print(jixiao.__file__, jixiao.__version__)"],
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert str(venv) in where and str(ROOT) not in where
    command = subprocess.run(
        [str(venv / "bin" / "jixiao"), "sql", "SELECT count(*) AS n FROM reports", "--warehouse", "warehouse"],
        cwd=work,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert command.returncode == 0 and str(len(list(SAMPLES.glob("*.pdf")))) in command.stdout, command.stderr
