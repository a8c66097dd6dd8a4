"""The store's commands, called in-process: output formats, exit statuses, help text."""

from __future__ import annotations

import csv
import io
import json

import pytest
import typer
from typer.testing import CliRunner

from dyadscope.store import Store
from dyadscope.store_cli import export, ingest, query_actors, query_app, query_events, query_relations, register

INJECTIONS = ["'; DROP TABLE events; --", "%' OR '1'='1"]


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


@pytest.fixture
def db(tmp_path, rec):
    path = tmp_path / "cli.duckdb"
    Store(path).add([
        (rec.document("d1", date="2023-09-13"), [
            rec.event("d1", 0, "2023-09-13", "RUSGOV", "PRKGOV", "040"),
            rec.event("d1", 1, "2023-09-13", "PRKGOV", "RUSGOV", "070"),
        ]),
        (rec.document("d2", date="2023-10-02"), [rec.event("d2", 0, "2023-10-01", "RUSMIL", "UKRGOV", "190")]),
    ])
    return path


def run(app, *args, env=None):
    return CliRunner().invoke(app, list(args), env=env)


def test_every_command_help_ends_with_an_example():
    for command in (ingest, export, query_events, query_relations, query_actors):
        assert command.__doc__ is not None
        assert command.__doc__.strip().splitlines()[-1].strip().startswith("Example:"), command.__name__
    assert query_app.info.help.strip().splitlines()[-1].startswith("Example:")


def test_register_adds_the_commands(app):
    result = run(app, "--help")
    assert result.exit_code == 0
    for name in ("ingest", "query", "export"):
        assert name in result.stdout
    result = run(app, "query", "--help")
    for name in ("events", "relations", "actors"):
        assert name in result.stdout


def test_query_events_as_jsonl_by_default_off_a_terminal(app, db):
    result = run(app, "query", "events", "--db", str(db))
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 3
    assert {"event_id", "source", "target", "cameo", "plover", "day", "cluster_id"} <= set(records[0])


def test_query_events_filters_and_csv(app, db):
    result = run(app, "query", "events", "--db", str(db), "--dyad", "RUS", "PRK", "--plover", "AID", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["source_code"], r["target_code"], r["plover"]) for r in rows] == [("PRKGOV", "RUSGOV", "AID")]


def test_query_events_table_and_merged(app, db):
    result = run(app, "query", "events", "--db", str(db), "--format", "table", "--merged")
    assert result.exit_code == 0, result.output
    assert "3 merged events" in result.stdout


def test_query_events_uses_the_environment_database(app, db):
    result = run(app, "query", "events", "--actor", "RUSMIL", env={"DYADSCOPE_DB": str(db)})
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1


def test_query_relations_csv(app, db):
    result = run(app, "query", "relations", "RUS", "PRK", "--db", str(db), "--by", "month", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["start"], r["events"], r["index"]) for r in rows] == [("2023-09-01", "2", "1.0")]
    assert rows[0]["plover"] == "AID:1;CONSULT:1"


def test_query_relations_jsonl_and_table(app, db):
    result = run(app, "query", "relations", "RUS", "UKR", "--db", str(db), "--by", "day", "--direction", "ab")
    assert result.exit_code == 0, result.output
    (point,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert point["material_conflict"] == 1 and point["index"] == -1.0
    table = run(app, "query", "relations", "RUS", "PRK", "--db", str(db), "--format", "table")
    assert table.exit_code == 0 and "RUS - PRK by month" in table.stdout


def test_query_actors(app, db):
    result = run(app, "query", "actors", "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = [r["kind"] for r in records]
    assert kinds.count("actor") == 4 and kinds.count("dyad") == 3
    csv_result = run(app, "query", "actors", "--db", str(db), "--format", "csv")
    assert csv_result.stdout.splitlines()[0].startswith("kind,code,name")


def test_export_commands(app, db, tmp_path):
    out = tmp_path / "g.tsv"
    result = run(app, "export", "--format", "gdelt", "--out", str(out), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "wrote 3 rows" in result.stderr
    assert all(len(line.split("\t")) == 61 for line in out.read_text().splitlines())
    again = run(app, "export", "--format", "gdelt", "--out", str(out), "--db", str(db))
    assert again.exit_code == 2 and "--overwrite" in again.stderr
    pq = run(app, "export", "--format", "parquet", "--out", str(tmp_path / "pq"), "--db", str(db))
    assert pq.exit_code == 0 and (tmp_path / "pq" / "year_month=2023-09").is_dir()
    bad = run(app, "export", "--format", "xml", "--out", str(tmp_path / "x"), "--db", str(db))
    assert bad.exit_code == 2 and "not one of parquet, gdelt, polecat" in bad.stderr


def test_usage_errors_exit_2_with_the_fix(app, db, tmp_path):
    result = run(app, "query", "events", "--db", str(db), "--since", "yesterday")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr
    result = run(app, "query", "events", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 2 and "dyadscope ingest" in result.stderr
    result = run(app, "query", "relations", "RUS", "PRK", "--db", str(db), "--by", "year")
    assert result.exit_code == 2 and "period 'year'" in result.stderr
    result = run(app, "query", "events", "--db", str(db), "--format", "xml")
    assert result.exit_code == 2


@pytest.mark.parametrize("hostile", INJECTIONS)
def test_hostile_flags_find_nothing_and_harm_nothing(app, db, hostile):
    for flag in ("--actor", "--target", "--country", "--cameo", "--place", "--text", "--doc"):
        result = run(app, "query", "events", "--db", str(db), flag, hostile)
        assert result.exit_code == 0, (flag, result.output)
        assert result.stdout == "", flag
    result = run(app, "query", "relations", hostile, "PRK", "--db", str(db), "--format", "jsonl")
    assert result.exit_code == 0 and result.stdout == ""
    assert Store(db, read_only=True).count() == 3
