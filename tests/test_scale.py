"""The Ray engine on a real local Ray cluster: the same events as a local run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from support import ROOT, run_cli

RAY = Path(sys.executable).with_name("ray")


@pytest.fixture(scope="module")
def ray_cluster(tmp_path_factory):  # type: ignore[no-untyped-def]
    """Start a real single-node Ray cluster with the `ray` command, and stop it afterwards."""
    pytest.importorskip("ray", reason="the test extra installs Ray; without it this module cannot run")
    temp = tmp_path_factory.mktemp("ray")
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    start = [str(RAY), "start", "--head", "--num-cpus", "2", "--include-dashboard", "false",
             "--disable-usage-stats", "--node-ip-address", "127.0.0.1", "--temp-dir", str(temp)]
    subprocess.run(start, check=True, capture_output=True, env=env, timeout=180)
    try:
        yield "auto"
    finally:
        subprocess.run([str(RAY), "stop", "--force"], capture_output=True, env=env, timeout=120)
        shutil.rmtree(temp, ignore_errors=True)


def test_ray_and_local_give_identical_events_on_the_guardian_sample(shared, ray_cluster) -> None:  # type: ignore[no-untyped-def]
    sample = shared / "data" / "guardian_sample" / "docs.jsonl"
    local = run_cli("code", str(sample), "--workers", "1")
    on_ray = run_cli("code", str(sample), "--engine", "ray", "--address", ray_cluster, "--workers", "2")
    assert local.returncode == 0 and on_ray.returncode == 0, on_ray.stderr.decode()[-2000:]
    local_events = [json.loads(line) for line in local.stdout.splitlines()]
    ray_events = [json.loads(line) for line in on_ray.stdout.splitlines()]
    assert len(local_events) > 1000
    assert ray_events == local_events  # same events, same order


def test_ray_writes_parquet_shards_readable_by_pyarrow(tmp_path: Path, ray_cluster) -> None:  # type: ignore[no-untyped-def]
    import pyarrow.parquet as pq

    out = tmp_path / "shards"
    demo = ROOT / "dyadscope" / "demo" / "corpus.jsonl"
    result = run_cli("code", str(demo), "--engine", "ray", "--address", ray_cluster, "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    table = pq.read_table(out)
    local = run_cli("code", str(demo), "--workers", "1")
    local_ids = sorted(json.loads(line)["event_id"] for line in local.stdout.splitlines())
    assert sorted(table.column("event_id").to_pylist()) == local_ids
    first = json.loads(table.column("event").to_pylist()[0])
    assert {"event_id", "cameo", "source", "target", "status"} <= set(first)


def test_without_ray_the_message_names_the_extra(tmp_path: Path) -> None:
    code = ("import sys; sys.modules['ray'] = None; sys.argv = ['dyadscope', 'code', '--engine', 'ray', '-'];"
            "from dyadscope.cli import main; main()")
    result = subprocess.run([sys.executable, "-c", code], input=b"Russia attacked Ukraine.", capture_output=True,
                            cwd=ROOT, timeout=300, check=False)
    assert result.returncode == 2
    assert "pip install 'dyadscope[ray]'" in result.stderr.decode()


def test_ray_ingest_stores_the_same_events_as_a_local_one(tmp_path: Path, ray_cluster) -> None:  # type: ignore[no-untyped-def]
    from test_parallel import _stored_ids

    demo = ROOT / "dyadscope" / "demo" / "corpus.jsonl"
    local, on_ray = tmp_path / "local.duckdb", tmp_path / "ray.duckdb"
    assert run_cli("ingest", str(demo), "--db", str(local), "--workers", "1").returncode == 0
    result = run_cli("ingest", str(demo), "--db", str(on_ray), "--engine", "ray", "--address", ray_cluster)
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    ids = _stored_ids(local)
    assert len(ids) > 100 and ids == _stored_ids(on_ray)
