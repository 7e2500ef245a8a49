# Two commands on a fresh machine: `make demo` and `make test`. Every install step lives here and in pyproject.toml.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
WAREHOUSE ?= data/warehouse
STAMP := $(VENV)/.installed
# The installer, pinned; it installs exactly what uv.lock says (every package, every version).
UV_VERSION := 0.13.8
UV := $(BIN)/uv

# Keep Prefect's state inside the checkout and its telemetry off (it fails offline and logs errors).
export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false
export DO_NOT_TRACK ?= 1

.PHONY: venv lock dist demo test lint format sample samples bench bench-formats bench-scale bench-hostile bench-publish fonts browser office postgres fixtures word-fixtures word-fixtures-3 word-fixtures-4 word-fixtures-15 word-fixtures-14 word-fixtures-13 word-fixtures-5 word-fixtures-6 word-fixtures-7 word-fixtures-8 word-fixtures-9 word-fixtures-10 word-fixtures-11 word-fixtures-12 format-fixtures accuracy clean server

venv: $(STAMP)

$(STAMP): pyproject.toml uv.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(UV) && $(UV) --version | grep -q ' $(UV_VERSION)' || $(BIN)/python -m pip install --quiet --disable-pip-version-check 'uv==$(UV_VERSION)'
	# Bytecode compiled at install: with PYTHONDONTWRITEBYTECODE set (as on CI machines) every command would
	# otherwise compile pandas, pyarrow and duckdb's Python from source at each start (≈ 2.5 s of CPU per call).
	UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --frozen --all-extras --inexact --compile-bytecode
	$(BIN)/python -m compileall -q -j 0 jixiao extractors parsers warehouse acquisition presentation evaluation flows
	touch $(STAMP)

# Resolve every dependency again within pyproject.toml's ranges and write uv.lock (commit it with the change).
lock:
	test -x $(UV) || $(MAKE) venv
	$(UV) lock --upgrade

# The analyst's package: dist/jixiao-<version>-py3-none-any.whl (`pip install dist/jixiao-*.whl`, extras as
# `'jixiao[office,ocr]'`). Built in an isolated environment by the pinned uv (setuptools from PyPI or uv's cache).
dist: venv
	rm -rf dist
	$(UV) build --wheel --out-dir dist --quiet
	rm -rf build
	@ls -l dist

demo: venv
	$(BIN)/jixiao ingest samples --warehouse $(WAREHOUSE)
	@echo
	$(BIN)/jixiao show --warehouse $(WAREHOUSE)
	@echo
	$(BIN)/jixiao compare --region 青山市本级 --warehouse $(WAREHOUSE)
	$(BIN)/jixiao compare --region 青山市本级 --format html --out data/compare_qingshan.html --warehouse $(WAREHOUSE)

test: venv lint fonts browser office postgres
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: venv
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Regenerate the bundled sample PDF from its source text (byte-for-byte reproducible).
sample: venv
	$(BIN)/python tools/render_reference_report.py

# A real Prefect server on loopback (schedules need one; the temporary server refuses them). Ctrl-C stops it.
# Then, in another shell: export PREFECT_API_URL=http://127.0.0.1:4200/api; jixiao serve --cron ... --source ...
PREFECT_PORT ?= 4200
server: venv
	$(BIN)/prefect server start --host 127.0.0.1 --port $(PREFECT_PORT)

clean:
	rm -rf data dist build .prefect .pytest_cache .ruff_cache

bench: venv
	$(BIN)/python bench/pipeline_bench.py

# Time to read a page of each format (PDF, web page, .docx, .doc, .xlsx, .xls, a scan), side by side.
bench-formats: venv office
	$(BIN)/python bench/formats_bench.py

# Peak memory of the whole process tree of `jixiao ingest --workers 2` over a decompression bomb and a huge page.
bench-hostile: venv
	$(BIN)/python bench/hostile_memory.py --disguised

# A warehouse of REPORTS synthetic reports (REPORTS/10 regions × 10 years) built through the project's own loader,
# then the CLI timed against it: `make bench-scale REPORTS=30000 SCALE_WAREHOUSE=/tmp/scale-30k`.
# CHECKPOINTS=1000,3000 measures at those sizes too, on the way (one build).
REPORTS ?= 1000
SCALE_WAREHOUSE ?= data/scale-$(REPORTS)
CHECKPOINTS ?=
bench-scale: venv
	$(BIN)/python bench/scale_bench.py --reports $(REPORTS) --warehouse $(SCALE_WAREHOUSE) \
	  $(if $(CHECKPOINTS),--checkpoints $(CHECKPOINTS))

# `jixiao publish` of the scale warehouse to a PostgreSQL started here and to Delta tables: full, no-op, and after
# one new report (`make bench-scale` builds the warehouse): `make bench-publish SCALE_WAREHOUSE=/dev/shm/scale-30k`.
bench-publish: venv postgres
	$(BIN)/python bench/publish_bench.py --warehouse $(SCALE_WAREHOUSE)

# The fixture corpus: regenerate (needs Debian CJK fonts for the embedded-font fixtures) and score.
FIXTURES := tests/fixtures/corpus

# The CJK fonts the embedded-font fixtures are made with (Debian packages). Installed where we are root; elsewhere
# the test that regenerates the corpus is skipped and says why.
FONT_FILES := /usr/share/fonts/truetype/wqy/wqy-microhei.ttc /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

fonts:
	@if ls $(FONT_FILES) >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei fonts-noto-cjk >/dev/null; \
	else echo "note: fonts-wqy-microhei and fonts-noto-cjk are not installed (needed only to regenerate fixtures)"; fi

# Headless Chromium for the HTML report's screenshot test (Debian's package; where we are root).
browser:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "note: chromium is not installed (the HTML screenshot test will be skipped)"; fi

# PostgreSQL for the `jixiao publish` tests and bench (Debian's package, where we are root): they run its server
# binaries themselves (initdb in a temporary folder, the postmaster on a free port, stopped by its pid); the package's
# own cluster is not used.
postgres:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	else echo "note: PostgreSQL is not installed (the publish tests against PostgreSQL will be skipped)"; fi

# LibreOffice (Writer and Calc: .doc/.wps and .xls/.et conversions at ingest, the Word-made fixtures) and the CJK
# fonts bureaus' fonts map to.
OFFICE_FONTS := /usr/share/fonts/truetype/arphic/uming.ttc /usr/share/fonts/truetype/arphic/ukai.ttc
OFFICE_CALC := /usr/lib/libreoffice/program/libscfiltlo.so

office:
	@if command -v soffice >/dev/null 2>&1 && ls $(OFFICE_FONTS) $(OFFICE_CALC) >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    libreoffice-writer-nogui libreoffice-calc-nogui fonts-arphic-uming fonts-arphic-ukai fonts-wqy-microhei fonts-noto-cjk \
	    fonts-liberation2 >/dev/null; \
	else echo "note: LibreOffice is not installed (needed only to regenerate the Word-exported fixtures)"; fi

word-fixtures: venv office
	$(BIN)/python tools/make_word_fixtures.py tests/fixtures/word
	$(BIN)/python tools/make_word_fixtures_2.py tests/fixtures/word2

# A third, independent set: scanned (image-only) reports, picture tables, two columns, watermarks, full-width digits.
word-fixtures-3: venv office
	$(BIN)/python tools/make_word_fixtures_3.py tests/fixtures/word3

# A fourth, independent set: a work report in Word lists, a department's 部门整体 self-report, a 公告 with 备注, a
# bond 公示 in 亿元, a policy report, key/value cards, letter grades with last year's, two scores, a scanned 附件, a gazette.
word-fixtures-4: venv office
	$(BIN)/python tools/make_word_fixtures_4.py tests/fixtures/word4

# A fifteenth, independent set: a county's annual summary, a city's 重点评价 通报 with its results table across
# pages, 部门整体 under merged 主管部门, a 抽查复核 通报, a one-project 自评 report, a bond 公示, a provincial 政策
# 公告 in prose, a scanned city grading of its counties, a 镇（街道） grading and a provincial landscape table in 元.
word-fixtures-15: venv office
	$(BIN)/python tools/make_word_fixtures_15.py tests/fixtures/word15

# A fourteenth, independent set: a county's annual summary, a city's 重点评价 通报 across pages, 部门整体 in 元 under
# merged 主管部门, a 抽查复核 通报 with two scores, a one-project 自评 report, a bond 公示 on a landscape page, a 政策
# notice in prose, a 乡镇（街道） grading; a scanned district notice and a provincial landscape table in 元 with 小计.
word-fixtures-14: venv office
	$(BIN)/python tools/make_word_fixtures_14.py tests/fixtures/word14

# A thirteenth, independent set, mostly ordinary: a county's annual summary, a city's 重点评价 通报 with its table
# across pages, 部门整体 in 元 under merged 主管部门, a 抽查复核 通报 with two scores, a provincial department's one-project
# 自评, a bond 公示 in 亿元, a 政策 notice in prose, 乡镇 and 县区 gradings; one scanned county 重点评价.
word-fixtures-13: venv office
	$(BIN)/python tools/make_word_fixtures_13.py tests/fixtures/word13

# A twelfth, independent set, mostly ordinary: a county's annual summary, a city's 重点评价 通报 across pages, 部门整体
# in 元 with merged 主管部门, a 抽查复核 通报 with two scores, a provincial department's 自评, a bond 公示 in 亿元, a 政策
# notice in prose, 乡镇 and 县区 gradings; one scanned county 重点评价.
word-fixtures-12: venv office
	$(BIN)/python tools/make_word_fixtures_12.py tests/fixtures/word12

# An eleventh, independent set, mostly ordinary: a county's annual summary, a city's 重点评价 通报 across pages, 部门整体
# in 元, a 抽查复核 通报 with two scores, a provincial department's 自评, a bond 公示 in 亿元, a 政策 notice, 乡镇 and
# 县区 gradings; one with letter grades in a landscape 附件 after the signature.
word-fixtures-11: venv office
	$(BIN)/python tools/make_word_fixtures_11.py tests/fixtures/word11

# A ninth, independent set, mostly ordinary: a county's annual summary, a city's 重点评价 公告 across two pages,
# 部门整体 in 元, a 抽查复核 通报 with two scores, a provincial department's one-project 自评, a bond 公示, a county
# grading its 乡镇, a city grading its 县区; a policy notice with a landscape appendix, grade counts only in a table.
word-fixtures-9: venv office
	$(BIN)/python tools/make_word_fixtures_9.py tests/fixtures/word9

# A tenth, independent set, mostly ordinary: a county's annual report, a city's 重点评价 通报, 部门整体 in 元, a 抽查复核
# 通报 with two scores, a provincial department's 自评, a landscape bond 公示, a 政策 notice, 乡镇 and 县区 gradings;
# one scanned 通报.
word-fixtures-10: venv office
	$(BIN)/python tools/make_word_fixtures_10.py tests/fixtures/word10

# An eighth, independent set, mostly ordinary: a county's annual summary, a city's 重点评价 公告, 部门整体 in 元, a
# 抽查复核 通报 with two scores, a provincial department's 自评, a bond 公示, a city grading its 县区, a 政策 notice,
# a landscape appendix across pages; one scanned 乡镇 通报.
word-fixtures-8: venv office
	$(BIN)/python tools/make_word_fixtures_8.py tests/fixtures/word8

# A fifth, independent set, mostly ordinary: an annual report, a 重点评价 公告, 部门整体 in 元, a 抽查复核 通报, a
# department's 自评, a bond 公示; projects one per paragraph, a landscape appendix after the signature, a scanned 通报.
word-fixtures-5: venv office
	$(BIN)/python tools/make_word_fixtures_5.py tests/fixtures/word5

# A sixth, independent set, mostly ordinary: an annual summary, a 重点评价 公告, 部门整体 in 元, a 抽查复核 通报, a
# provincial department's 自评, a bond 公示, a 政策 notice, 乡镇 and 县区 gradings; one scanned 通报.
word-fixtures-6: venv office
	$(BIN)/python tools/make_word_fixtures_6.py tests/fixtures/word6

# A seventh, independent set, mostly ordinary: a county's annual summary, a city's 重点评价 公告, a district's 部门整体,
# a 抽查复核 通报, a water bureau's 自评, a bond 公示, a policy 通报, a 乡镇 grading; a scanned county grading, a landscape 元 table.
word-fixtures-7: venv office
	$(BIN)/python tools/make_word_fixtures_7.py tests/fixtures/word7

# Regenerate the synthetic multi-year samples (samples/synthetic_qingshan_*).
samples: venv
	$(BIN)/python tools/make_samples.py samples

fixtures: venv fonts
	$(BIN)/python tools/make_fixtures.py $(FIXTURES)

REAL := tests/fixtures/real
WORD := tests/fixtures/word
FIRST := tests/fixtures/first_sight/real
WEB := tests/fixtures/web_synthetic
WEB2 := tests/fixtures/web2
WEB3 := tests/fixtures/web3
WEB4 := tests/fixtures/web4
WEB5 := tests/fixtures/web5
WEB6 := tests/fixtures/web6
WEB7 := tests/fixtures/web7
WEB8 := tests/fixtures/web8
WEB9 := tests/fixtures/web9

# One line per corpus and format (synthetic; the real documents as PDFs in both renderings and as bureau article
# pages; the Word-made fixtures as exported PDFs, as .docx and as .doc; the first-sight sets) and the overall, then
# where each named rule fired (bench/first_sight.md keeps what each set scored before anyone read it). The .doc
# lines need LibreOffice (`make office`).
accuracy: venv office
	$(BIN)/jixiao eval --rules --corpus synthetic $(FIXTURES) $(FIXTURES) --corpus real-cid $(REAL)/gold $(REAL)/pdf/cid \
	  --corpus real-ttf $(REAL)/gold $(REAL)/pdf/ttf --corpus real-html $(REAL)/gold $(REAL)/html \
	  --corpus word-exported $(WORD) $(WORD) --corpus word-docx $(WORD) $(WORD)/docx --corpus word-doc $(WORD) $(WORD)/doc \
	  --corpus word-exported-2 $(WORD)2 $(WORD)2 --corpus word2-docx $(WORD)2 $(WORD)2/docx \
	  --corpus word2-doc $(WORD)2 $(WORD)2/doc --corpus word-exported-3 $(WORD)3 $(WORD)3 \
	  --corpus word-exported-4 $(WORD)4 $(WORD)4 --corpus word-exported-5 $(WORD)5 $(WORD)5 \
	  --corpus word-exported-6 $(WORD)6 $(WORD)6 --corpus word-exported-7 $(WORD)7 $(WORD)7 \
	  --corpus word-exported-8 $(WORD)8 $(WORD)8 --corpus word-exported-9 $(WORD)9 $(WORD)9 \
	  --corpus word-exported-10 $(WORD)10 $(WORD)10 --corpus word-exported-11 $(WORD)11 $(WORD)11 \
	  --corpus word-exported-12 $(WORD)12 $(WORD)12 --corpus word-exported-13 $(WORD)13 $(WORD)13 \
	  --corpus word-exported-14 $(WORD)14 $(WORD)14 --corpus word-exported-15 $(WORD)15 $(WORD)15 \
	  --corpus first-sight-real-cid $(FIRST)/gold $(FIRST)/pdf/cid --corpus first-sight-real-ttf $(FIRST)/gold $(FIRST)/pdf/ttf \
	  --corpus web-synthetic $(WEB)/gold $(WEB)/pdf/ttf --corpus web2 $(WEB2)/gold $(WEB2)/pdf/ttf \
	  --corpus web3 $(WEB3)/gold $(WEB3)/pdf/ttf --corpus web4 $(WEB4)/gold $(WEB4)/pdf/ttf \
	  --corpus web5 $(WEB5)/gold $(WEB5)/pdf/ttf --corpus web6 $(WEB6)/gold $(WEB6)/pdf/ttf \
	  --corpus web7 $(WEB7)/gold $(WEB7)/pdf/ttf --corpus web8 $(WEB8)/gold $(WEB8)/pdf/ttf \
	  --corpus web9 $(WEB9)/gold $(WEB9)/pdf/ttf

# The development corpora in the other formats (committed; regenerate after changing a text or a Word fixture):
# real texts as article pages (html/), Word fixtures as .docx and .doc (docx/, doc/).
format-fixtures: venv office
	$(BIN)/python tools/make_format_fixtures.py
