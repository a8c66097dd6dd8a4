"""Opening the database: paths, locks, the schema and its version, named SQL.

DuckDB lets one process write a file, or several processes read it, never both
at once. The store therefore never keeps the file open longer than it must:
every operation opens a connection, does its work and closes it (a `with
store:` block keeps one open for many calls). When another process holds the
lock, opening retries until `timeout` seconds have passed, so a reader and
`dyadscope ingest` take turns, batch by batch.

SQL lives beside this module as data: `schema.sql` creates the tables and
writes the version row, `queries.sql` holds the named statements
(`-- name: NAME` starts one). Only `dyadscope/store/` imports duckdb.
"""

from __future__ import annotations

import logging
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path

import duckdb

from ..errors import StoreError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
# The database dyadscope uses when neither --db nor $DYADSCOPE_DB names one.
DEFAULT_DB = "dyadscope.duckdb"
ENV_DB = "DYADSCOPE_DB"
# Seconds to wait for another process's lock: a batch commit of 32 articles
# takes well under a second, a 1M-event export about ten.
BUSY_TIMEOUT = 60.0
# DuckDB's buffer pool cap (it spills to disk beyond it). Its default, 80% of
# RAM, lets a long ingest's RSS grow with the file: 320 -> 640 MB over 1M events
# at 1 GB; at 256 MB RSS stays within 340-370 MB at the same write speed
# (benchmarks/store_bench.py, 300k events, 12k events/s either way).
MEMORY_LIMIT = "256MB"

_LOCKED = ("could not set lock", "conflicting lock")
_NAME = re.compile(r"^--\s*name:\s*([a-z_][a-z0-9_]*)\s*$", re.MULTILINE)


def default_path() -> Path:
    """$DYADSCOPE_DB when set, else dyadscope.duckdb in the current folder."""
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


def _trim(statement: str) -> str:
    """A statement without the comment lines that trail it (they introduce the next one)."""
    lines = statement.strip().splitlines()
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith("--")):
        lines.pop()
    return "\n".join(lines)


@lru_cache(maxsize=1)
def queries() -> dict[str, str]:
    """The named statements of queries.sql: name -> SQL."""
    text = resources.files(__package__).joinpath("queries.sql").read_text(encoding="utf-8")
    parts = _NAME.split(text)
    named = {parts[i]: _trim(parts[i + 1]) for i in range(1, len(parts) - 1, 2)}
    if not named:
        raise StoreError("queries.sql holds no named statements (a line `-- name: NAME` starts one)")
    return named


def sql(name: str) -> str:
    """One named statement of queries.sql."""
    try:
        return queries()[name]
    except KeyError:
        raise StoreError(f"queries.sql has no statement named {name!r}") from None


def schema_sql() -> str:
    """The text of schema.sql."""
    return resources.files(__package__).joinpath("schema.sql").read_text(encoding="utf-8")


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=read_only, config={"memory_limit": MEMORY_LIMIT})


def connect(path: Path, read_only: bool, timeout: float = BUSY_TIMEOUT) -> duckdb.DuckDBPyConnection:
    """Open the database file, waiting up to `timeout` seconds while another process holds it.

    Raises:
        StoreError: no such database (read-only), not a DuckDB file, or still locked after the wait.
    """
    if read_only and not path.is_file():
        raise StoreError(f"no database at {path}; create one with `dyadscope ingest FILES --db {path}`")
    if not read_only and path.parent != Path("") and not path.parent.is_dir():
        raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")
    deadline = time.monotonic() + timeout
    pause = 0.01
    while True:
        try:
            return _open(path, read_only)
        except duckdb.IOException as exc:
            message = str(exc)
            if not any(cue in message.lower() for cue in _LOCKED):
                raise StoreError(f"cannot open {path}: {message}") from exc
            if time.monotonic() >= deadline:
                raise StoreError(f"{path} is locked by another process (a running `dyadscope ingest`?); "
                                 f"waited {timeout:.0f} s: try again when it has finished") from exc
        except duckdb.Error as exc:
            raise StoreError(f"cannot open {path}: {exc}") from exc
        time.sleep(pause)
        pause = min(pause * 2, 0.25)


def version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version of an open database, None when it has no dyadscope schema."""
    found = con.execute(sql("has_schema_version")).fetchone()
    if not found or not found[0]:
        return None
    row = con.execute(sql("schema_version")).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def migrate(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Create the schema in a new database, or check an existing one's version.

    Raises:
        StoreError: the file holds other tables, or a schema newer than this dyadscope.
    """
    current = version(con)
    if current is None:
        tables = con.execute(sql("user_tables")).fetchone()
        if tables and tables[0]:
            raise StoreError(f"{path} is a DuckDB database but not a dyadscope store (no schema_version table); "
                             "give --db a new file name")
        try:
            with transaction(con):
                con.execute(schema_sql())
                if version(con) != SCHEMA_VERSION:
                    raise StoreError(f"schema.sql writes version {version(con)}, the code expects {SCHEMA_VERSION}")
        except StoreError as exc:
            raise StoreError(f"cannot create the schema in {path}: {exc}") from exc
        log.info("created dyadscope store %s (schema %d)", path, SCHEMA_VERSION)
        return
    check(current, path)


def check(current: int | None, path: Path) -> None:
    """Refuse a database without a schema or with one this dyadscope does not know.

    Raises:
        StoreError: no schema, or a newer or older one.
    """
    if current is None:
        raise StoreError(f"{path} is not a dyadscope store; create one with `dyadscope ingest FILES --db {path}`")
    if current > SCHEMA_VERSION:
        raise StoreError(f"{path} has schema version {current}, newer than this dyadscope's "
                         f"({SCHEMA_VERSION}); upgrade dyadscope")
    if current < SCHEMA_VERSION:
        # No older schema exists yet; the first migration goes here.
        raise StoreError(f"{path} has schema version {current}; this dyadscope reads {SCHEMA_VERSION} "
                         "and has no migration for it")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    """BEGIN ... COMMIT, rolled back on any error (DuckDB errors become StoreError)."""
    con.begin()
    try:
        yield con
    except duckdb.Error as exc:
        con.rollback()
        raise StoreError(f"the write failed and was rolled back: {exc}") from exc
    except BaseException:
        con.rollback()
        raise
    con.commit()
