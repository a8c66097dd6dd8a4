"""Local workers: the same events in the same order as one process, from the real command."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, run_cli

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
