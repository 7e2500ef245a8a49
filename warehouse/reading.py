"""Read a table's Parquet files into one Arrow table, file by file with pyarrow.parquet.

Not pyarrow.dataset: importing it pulls in pandas (≈ 0.4 s at every command's start), and what the warehouse asks
for is simple: these files, these columns, the rows of these reports. A file written by an older version may lack
a newer column (it reads as null), and a partitioned table's `fiscal_year` comes from the folder name."""

from __future__ import annotations

from collections.abc import Iterable

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from warehouse import schemas
from warehouse.layout import DEFAULT_PARTITION
from warehouse.storage import Storage


def partition_year(path: str) -> int | None:
    """The fiscal year in a partitioned file's folder name (`metrics/fiscal_year=2023/…`), None for the default."""
    for part in path.split("/")[:-1]:
        if part.startswith(f"{schemas.PARTITION_KEY}="):
            value = part.split("=", 1)[1]
            return None if value == DEFAULT_PARTITION else int(value)
    return None


def read_file(
    storage: Storage,
    table: str,
    path: str,
    columns: list[str] | None = None,
    where: tuple[str, Iterable[str]] | None = None,
) -> pa.Table:
    """One file's rows as `table`'s schema (or `columns` of it); `where=(column, values)` keeps the rows whose
    column is one of the values."""
    schema = schemas.ALL_TABLES[table]
    wanted = columns if columns is not None else schema.names
    filesystem, base = storage.arrow_filesystem()
    source = filesystem.open_input_file(f"{base}/{path}") if filesystem is not None else f"{base}/{path}"
    parquet = pq.ParquetFile(source)
    stored = set(parquet.schema_arrow.names)
    reading = [name for name in dict.fromkeys([*wanted, *([where[0]] if where else [])]) if name in stored]
    found = parquet.read(columns=reading)
    if where is not None:
        found = found.filter(pc.is_in(found.column(where[0]), value_set=pa.array(list(where[1]), pa.string())))
    arrays = []
    for name in wanted:
        field = schema.field(name)
        if name in stored:
            arrays.append(found.column(name).cast(field.type))
        elif name == schemas.PARTITION_KEY:
            arrays.append(pa.array([partition_year(path)] * found.num_rows, field.type))
        else:
            arrays.append(pa.nulls(found.num_rows, field.type))
    return pa.Table.from_arrays(arrays, schema=pa.schema([schema.field(name) for name in wanted]))


def read_files(storage: Storage, table: str, files: list[str], columns: list[str] | None = None) -> pa.Table:
    """`read_file` of every file, concatenated."""
    if not files:
        empty = schemas.ALL_TABLES[table].empty_table()
        return empty if columns is None else empty.select(columns)
    return pa.concat_tables([read_file(storage, table, path, columns) for path in files])
