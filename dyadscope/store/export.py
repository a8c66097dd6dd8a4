"""Exports: Parquet by month, a GDELT 2.0 event table, POLECAT-style CSV.

Each export is one DuckDB COPY of a named query; the output path and the date
window are bound parameters. Parquet goes to a fresh folder in hive layout
(`year_month=YYYY-MM/`), which DuckDB (`read_parquet(..., hive_partitioning=true)`),
pyarrow and pandas (`pandas.read_parquet(folder)`) read as one table.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import duckdb

from ..errors import StoreError
from .db import sql

log = logging.getLogger(__name__)

FORMATS = ("parquet", "gdelt", "polecat")

# GDELT 2.0 Event Codebook (V2.0, 2/19/2015): the 61 columns of an export file, in order.
GDELT_COLUMNS = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
assert len(GDELT_COLUMNS) == 61


def _window(since: dt.date | None, until: dt.date | None) -> list[dt.date | None]:
    return [since, since, until, until]


def _copy(con: duckdb.DuckDBPyConnection, query: str, options: str, params: list[object], out: Path) -> int:
    """COPY (query) TO out (options); returns the rows written. `options` is a constant of this module."""
    try:
        row = con.execute(f"COPY ({query}\n) TO ? ({options})", [*params, str(out)]).fetchone()
    except duckdb.Error as exc:
        raise StoreError(f"cannot export to {out}: {exc}") from exc
    return int(row[0]) if row else 0


def _file_target(out: Path, overwrite: bool) -> None:
    if out.is_dir():
        raise StoreError(f"{out} is a folder; give a file name")
    if out.exists() and not overwrite:
        raise StoreError(f"{out} exists; pass --overwrite to replace it")
    if not out.parent.is_dir():
        raise StoreError(f"cannot write {out}: folder {out.parent} does not exist")


def export_parquet(con: duckdb.DuckDBPyConnection, out: Path, merged: bool = False, since: dt.date | None = None,
                   until: dt.date | None = None, overwrite: bool = False) -> int:
    """Write mentions (or merged events) as Parquet files partitioned by month.

    Args:
        con: an open store connection.
        out: a folder that does not exist yet or is empty (or any folder with overwrite).
        merged: write event clusters instead of mentions.
        since: first event date to include.
        until: last event date to include.
        overwrite: replace the folder's contents.

    Returns:
        Rows written.

    Raises:
        StoreError: the folder holds files (without overwrite) or cannot be written.
    """
    if out.exists() and not out.is_dir():
        raise StoreError(f"{out} is a file; --format parquet writes a folder")
    if out.is_dir() and any(out.iterdir()):
        if not overwrite:
            raise StoreError(f"{out} is not empty; pass --overwrite to replace its contents")
        _clear_export(out)
    if not out.parent.is_dir():
        raise StoreError(f"cannot write {out}: folder {out.parent} does not exist")
    query = sql("export_clusters" if merged else "export_events")
    options = "FORMAT parquet, PARTITION_BY (year_month), OVERWRITE_OR_IGNORE"
    return _copy(con, query, options, _window(since, until), out)


def _clear_export(out: Path) -> None:
    """Remove an earlier Parquet export, refusing a folder that holds anything else."""
    parts = list(out.iterdir())
    for part in parts:
        if not (part.is_dir() and part.name.startswith("year_month=")
                and all(f.is_file() and f.suffix == ".parquet" for f in part.iterdir())):
            raise StoreError(f"{out} holds {part.name}, which is not part of a dyadscope Parquet export; "
                             "choose another --out")
    for part in parts:
        for file in part.iterdir():
            file.unlink()
        part.rmdir()


def export_gdelt(con: duckdb.DuckDBPyConnection, out: Path, since: dt.date | None = None,
                 until: dt.date | None = None, overwrite: bool = False, header: bool = False) -> int:
    """Write merged events as a GDELT 2.0 event table: tab-separated, 61 columns, no header by default.

    Returns:
        Rows written.

    Raises:
        StoreError: the file exists (without overwrite) or cannot be written.
    """
    _file_target(out, overwrite)
    options = "FORMAT csv, DELIMITER '\t', QUOTE '', ESCAPE '', HEADER " + ("true" if header else "false")
    return _copy(con, sql("export_gdelt"), options, _window(since, until), out)


def export_polecat(con: duckdb.DuckDBPyConnection, out: Path, since: dt.date | None = None,
                   until: dt.date | None = None, overwrite: bool = False) -> int:
    """Write mentions as POLECAT-style CSV with a header row.

    Returns:
        Rows written.

    Raises:
        StoreError: the file exists (without overwrite) or cannot be written.
    """
    _file_target(out, overwrite)
    return _copy(con, sql("export_polecat"), "FORMAT csv, HEADER true", _window(since, until), out)
