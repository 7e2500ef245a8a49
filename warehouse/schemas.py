"""Explicit Arrow schemas of every warehouse table (the contract later work and users rely on).

Each table is a Delta Lake table at `<warehouse>/<table>/`, partitioned by `fiscal_year` where it has one. These
schemas are the only definition of the tables' columns: the loader writes them, the views and every reader show
them, and a column added here is added to the stored tables by the next write (old rows read as null). Columns
after the contract's ones: `load_id` ties a row to the load that wrote it, and `parser_version` says which parser
produced it.
"""

from __future__ import annotations

import pyarrow as pa

YUAN = pa.decimal128(20, 2)
VALUE = pa.decimal128(24, 4)
STATED = pa.decimal128(24, 6)
SHARE = pa.decimal128(9, 4)
SCORE = pa.decimal128(9, 3)
UTC = pa.timestamp("us", tz="UTC")

PARTITION_KEY = "fiscal_year"

REPORTS = pa.schema(
    [
        ("report_id", pa.string()),
        ("sha256", pa.string()),
        ("source_path", pa.string()),
        ("title", pa.string()),
        ("region", pa.string()),
        ("fiscal_year", pa.int32()),
        ("page_count", pa.int32()),
        ("status", pa.string()),
        ("is_latest", pa.bool_()),
        ("parser_version", pa.string()),
        ("ingested_at", UTC),
        ("load_id", pa.string()),
        ("first_ingested_at", UTC),
        ("failed_checks", pa.int32()),
        ("extraction_engines", pa.string()),
        # the document's shape, which chose its reader (parsers/shapes.py)
        ("document_kind", pa.string()),
        ("publisher", pa.string()),
        # the rule that found each field (parsers/report_fields.py)
        ("title_rule", pa.string()),
        ("region_rule", pa.string()),
        ("fiscal_year_rule", pa.string()),
        ("publisher_rule", pa.string()),
    ]
)

_REPORT_KEYS = [("report_id", pa.string()), ("fiscal_year", pa.int32()), ("region", pa.string())]
# Which engine read the row's page (pdfplumber, pypdfium2, rapidocr) and, for OCR, how sure it was (0-1).
_PROVENANCE = [
    ("page", pa.int32()),
    ("source_text", pa.string()),
    # the named rule that made the row (parsers/rules.py; `jixiao eval --rules` counts where each fires)
    ("rule", pa.string()),
    ("extraction_engine", pa.string()),
    ("ocr_confidence", pa.float64()),
]
_LINEAGE = [("load_id", pa.string()), ("parser_version", pa.string())]

METRICS = pa.schema(
    _REPORT_KEYS
    + [
        ("metric", pa.string()),
        ("value", VALUE),
        ("unit", pa.string()),
        ("stated_value", STATED),
        ("stated_unit", pa.string()),
    ]
    + _PROVENANCE
    + _LINEAGE
)

EVALUATION_BATCHES = pa.schema(
    _REPORT_KEYS
    + [
        ("batch_type", pa.string()),
        ("label_raw", pa.string()),
        ("project_count", pa.int32()),
        ("department_count", pa.int32()),
        ("amount_yuan", YUAN),
    ]
    + _PROVENANCE
    + [("stated_amount", STATED), ("stated_unit", pa.string())]
    + _LINEAGE
)

GRADE_COUNTS = pa.schema(
    _REPORT_KEYS
    + [
        ("batch_type", pa.string()),
        ("grade", pa.string()),
        ("grade_raw", pa.string()),
        ("count", pa.int32()),
        ("share_pct", SHARE),
    ]
    + _PROVENANCE
    + _LINEAGE
)

PROJECT_EVALUATIONS = pa.schema(
    _REPORT_KEYS
    + [
        ("batch_type", pa.string()),
        ("seq", pa.int32()),
        ("project_name", pa.string()),
        ("department_raw", pa.string()),
        ("department", pa.string()),
        ("grade", pa.string()),
        ("grade_raw", pa.string()),
        ("score", SCORE),
        ("amount_yuan", YUAN),
    ]
    + _PROVENANCE
    + [("stated_amount", STATED), ("stated_unit", pa.string()), ("department_id", pa.string())]
    + _LINEAGE
)

UNIT_EVALUATIONS = pa.schema(
    _REPORT_KEYS
    + [
        ("batch_type", pa.string()),
        ("unit_name", pa.string()),
        ("parent_department", pa.string()),
        ("grade", pa.string()),
        ("grade_raw", pa.string()),
        ("score", SCORE),
        ("amount_yuan", YUAN),
    ]
    + _PROVENANCE
    + [("department", pa.string()), ("department_id", pa.string())]
    + _LINEAGE
)

CHECKS = pa.schema(
    [
        ("report_id", pa.string()),
        ("fiscal_year", pa.int32()),
        ("check_name", pa.string()),
        ("expected", pa.string()),
        ("actual", pa.string()),
        ("passed", pa.bool_()),
        ("detail", pa.string()),
    ]
    + _LINEAGE
)

MENTIONS = pa.schema(
    _REPORT_KEYS
    + [
        ("kind", pa.string()),
        ("name", pa.string()),
        ("canonical_name", pa.string()),
        ("canonical_id", pa.string()),
        ("page", pa.int32()),
        ("sentence", pa.string()),
    ]
    + _LINEAGE
)

# Result cues the parser read and left out, each with the rule that decided it (a plan's count, a score band,
# money of the accounts): what the parser did with every figure it saw is on record.
EXCLUSIONS = pa.schema(
    _REPORT_KEYS
    + [
        ("rule", pa.string()),
        ("cue", pa.string()),
        ("value", pa.string()),
        ("page", pa.int32()),
        ("source_text", pa.string()),
    ]
    + _LINEAGE
)

INGEST_ERRORS = pa.schema(
    [
        ("source_path", pa.string()),
        ("sha256", pa.string()),
        ("error_code", pa.string()),
        ("message", pa.string()),
        ("occurred_at", UTC),
        ("parser_version", pa.string()),
    ]
)

# Derived across reports after each ingest run (the rows of the regions a run changed are replaced).
PROJECTS = pa.schema(
    [
        ("project_id", pa.string()),
        ("region", pa.string()),
        ("canonical_name", pa.string()),
        ("department_id", pa.string()),
        ("aliases", pa.list_(pa.string())),
        ("years", pa.list_(pa.int32())),
    ]
)
PROJECT_LINKS = pa.schema(
    [
        ("region", pa.string()),
        ("fiscal_year", pa.int32()),
        ("report_id", pa.string()),
        ("seq", pa.int32()),
        ("project_name", pa.string()),
        ("project_key", pa.string()),
        ("project_id", pa.string()),
        ("match", pa.string()),
        ("score", pa.float64()),
    ]
)
PROJECT_CANDIDATES = pa.schema(
    [
        ("region", pa.string()),
        ("project_id_a", pa.string()),
        ("name_a", pa.string()),
        ("project_id_b", pa.string()),
        ("name_b", pa.string()),
        ("score", pa.float64()),
    ]
)
# What each region's identities were built from: a fingerprint of its latest reports' loads (and of the decisions
# people made on its pairs). A region whose fingerprint no longer matches is rebuilt by the next run, and
# `jixiao check` reports it: a killed or failed rebuild is never lost.
IDENTITY_SOURCES = pa.schema(
    [
        ("region", pa.string()),
        ("fingerprint", pa.string()),
        ("reports", pa.int32()),
        ("built_at", UTC),
    ]
)
# Derived tables are partitioned by a hash bucket of the region, so that a region's rebuild rewrites one small
# partition per table, not the table (warehouse.store.region_bucket).
IDENTITY_BUCKET_KEY = "region_bucket"
IDENTITY_BUCKETS = 64
PROJECTS = PROJECTS.append(pa.field(IDENTITY_BUCKET_KEY, pa.int32()))
PROJECT_LINKS = PROJECT_LINKS.append(pa.field(IDENTITY_BUCKET_KEY, pa.int32()))
PROJECT_CANDIDATES = PROJECT_CANDIDATES.append(pa.field(IDENTITY_BUCKET_KEY, pa.int32()))
IDENTITY_SOURCES = IDENTITY_SOURCES.append(pa.field(IDENTITY_BUCKET_KEY, pa.int32()))
DERIVED_TABLES: dict[str, pa.Schema] = {
    "projects": PROJECTS,
    "project_links": PROJECT_LINKS,
    "project_candidates": PROJECT_CANDIDATES,
    "identity_sources": IDENTITY_SOURCES,
}

# Tables written once per report, before its row in `reports` (the switch: warehouse/snapshot.py).
REPORT_TABLES: dict[str, pa.Schema] = {
    "metrics": METRICS,
    "evaluation_batches": EVALUATION_BATCHES,
    "grade_counts": GRADE_COUNTS,
    "project_evaluations": PROJECT_EVALUATIONS,
    "unit_evaluations": UNIT_EVALUATIONS,
    "mentions": MENTIONS,
    "exclusions": EXCLUSIONS,
    "checks": CHECKS,
}
ALL_TABLES: dict[str, pa.Schema] = {
    **REPORT_TABLES,
    "reports": REPORTS,
    "ingest_errors": INGEST_ERRORS,
    **DERIVED_TABLES,
}


# Tables partitioned by fiscal_year (the others are not partitioned).
PARTITIONED_TABLES = frozenset([*REPORT_TABLES, "reports"])
