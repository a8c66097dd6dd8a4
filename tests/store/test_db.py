"""Opening the store: schema and version row, read-only rules, locks, the package boundary."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

import dyadscope.store as store_api
from dyadscope.errors import DyadscopeError, StoreError
from dyadscope.store import SCHEMA_VERSION, Store, default_path

PACKAGE = Path(__file__).resolve().parents[2] / "dyadscope"


def test_a_new_store_has_the_schema_and_one_version_row(tmp_path):
    path = tmp_path / "new.duckdb"
    Store(path)
    con = duckdb.connect(str(path), read_only=True)
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert {"schema_version", "documents", "events", "event_clusters", "doc_signatures", "doc_lsh"} <= tables
    assert con.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    columns = {r[0]: r[1] for r in con.execute("DESCRIBE documents").fetchall()}
    assert columns["tone"] == "DOUBLE" and columns["cluster_id"] == "VARCHAR"
    con.close()


def test_reopening_keeps_one_version_row(tmp_path):
    path = tmp_path / "again.duckdb"
    Store(path)
    Store(path)
    Store(path, read_only=True)
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT count(*) FROM schema_version").fetchone() == (1,)
    con.close()


def test_read_only_needs_an_existing_store(tmp_path):
    with pytest.raises(StoreError, match="no database at .*dyadscope ingest"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def test_a_foreign_duckdb_file_is_refused(tmp_path):
    path = tmp_path / "other.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE t (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a dyadscope store"):
        Store(path)


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.duckdb"
    Store(path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE schema_version SET version = ?", [SCHEMA_VERSION + 1])
    con.close()
    with pytest.raises(StoreError, match="newer than this dyadscope"):
        Store(path, read_only=True)


def test_a_read_only_store_refuses_writes(tmp_path, rec):
    path = tmp_path / "ro.duckdb"
    Store(path)
    with pytest.raises(StoreError, match="read-only"):
        Store(path, read_only=True).add([(rec.document("d1"), [])])


def test_store_error_is_a_dyadscope_error():
    assert issubclass(StoreError, DyadscopeError)


def test_the_default_path_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv("DYADSCOPE_DB", raising=False)
    assert default_path() == Path("dyadscope.duckdb")
    monkeypatch.setenv("DYADSCOPE_DB", str(tmp_path / "env.duckdb"))
    assert default_path() == tmp_path / "env.duckdb"


def test_a_locked_store_waits_then_says_why(tmp_path):
    path = tmp_path / "locked.duckdb"
    Store(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
                               "time.sleep(30)", str(path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        started = time.monotonic()
        with pytest.raises(StoreError, match="locked by another process"):
            Store(path, read_only=True, timeout=0.5)
        assert time.monotonic() - started >= 0.5
    finally:
        holder.kill()
        holder.wait()
    assert Store(path, read_only=True, timeout=5).stats().documents == 0


def test_only_the_store_package_imports_duckdb():
    offenders = []
    for file in PACKAGE.rglob("*.py"):
        if file.parent.name == "store" and file.parent.parent == PACKAGE:
            continue
        if re.search(r"^\s*(import duckdb|from duckdb)", file.read_text(encoding="utf-8"), re.MULTILINE):
            offenders.append(str(file.relative_to(PACKAGE)))
    assert offenders == []


def test_the_public_api_is_declared():
    for name in store_api.__all__:
        assert hasattr(store_api, name), name
    assert {"Store", "EventFilter", "StoredEvent", "EventCluster", "IngestReport"} <= set(store_api.__all__)


def test_every_statement_binds_its_values():
    """No statement in queries.sql carries a quoted literal that could have come from a user."""
    from dyadscope.store.db import queries

    for name, text in queries().items():
        code = re.sub(r"--[^\n]*", "", text)
        literals = set(re.findall(r"'([^']*)'", code))
        assert literals <= {"main", "ec-", "0x", "%Y-%m", "%Y%m%d", "%Y%m", "%Y%m%d%H%M%S", "undated", "; ",
                            "IGO", "country", "PCL", "admin1", "ADM1", "[\\t\\r\\n]", " ", "g", ", ",
                            "ab", "ba", "schema_version", ""}, name
