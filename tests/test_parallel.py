"""Local workers: the same events in the same order as one process, from the real command."""

from __future__ import annotations

from pathlib import Path

from support import ROOT, run_cli

DEMO = ROOT / "dyadscope" / "demo" / "corpus.jsonl"


def test_two_workers_give_output_identical_to_one(tmp_path: Path) -> None:
    settings = tmp_path / "small-batches.toml"
    settings.write_text("[nlp]\nbatch_size = 4\n", encoding="utf-8")  # 40 articles -> 10 batches over 2 workers
    one = run_cli("code", str(DEMO), "--workers", "1", "--settings", str(settings))
    two = run_cli("code", str(DEMO), "--workers", "2", "--settings", str(settings))
    assert one.returncode == 0 and two.returncode == 0, two.stderr.decode()
    assert one.stdout and one.stdout == two.stdout


def test_bad_worker_count_is_a_usage_error() -> None:
    assert run_cli("code", "--workers", "0", stdin=b"Russia attacked Ukraine.").returncode == 2


def _stored_ids(db: Path) -> list[str]:
    import json

    result = run_cli("query", "events", "--db", str(db), "--limit", "100000", "--format", "jsonl")
    assert result.returncode == 0, result.stderr.decode()
    return sorted(json.loads(line)["event_id"] for line in result.stdout.splitlines())


def test_ingest_with_two_workers_stores_the_same_events(tmp_path: Path) -> None:
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert run_cli("ingest", str(DEMO), "--db", str(one), "--workers", "1").returncode == 0
    assert run_cli("ingest", str(DEMO), "--db", str(two), "--workers", "2").returncode == 0
    ids = _stored_ids(one)
    assert len(ids) > 100 and ids == _stored_ids(two)
