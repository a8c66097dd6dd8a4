"""`dyadscope serve` and `dyadscope demo`: flags, messages, exit codes, and a real demo served over HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
import typer
from typer.testing import CliRunner
from web_support import ROOT, free_port  # type: ignore[import-not-found]

from dyadscope import web_cli

runner = CliRunner()


@pytest.fixture(scope="module")
def cli() -> typer.Typer:
    app = typer.Typer(add_completion=False, rich_markup_mode=None)
    web_cli.register(app)
    return app


@pytest.fixture(scope="module")
def demo_db(cli, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    result = runner.invoke(cli, ["demo", "--db", str(db), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().splitlines()[-1] == "http://127.0.0.1:8000/dyad/RUS/PRK"
    return db


def test_every_command_help_ends_with_an_example(cli):
    for name in ("serve", "demo"):
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0
        assert "Example: dyadscope " + name in result.output
    for command in (web_cli.serve, web_cli.demo):
        assert command.__doc__.strip().splitlines()[-1].strip().startswith("Example: dyadscope ")


def test_demo_builds_the_bundled_corpus(demo_db):
    from dyadscope.store import Store

    stats = Store(demo_db, read_only=True).stats()
    assert stats.documents == 40 and stats.events > 400
    assert Store(demo_db, read_only=True).relations("RUS", "PRK").total.events > 10


def test_demo_refuses_to_delete_a_database_with_other_documents(cli, web_db):
    before = web_db.stat().st_size
    result = runner.invoke(cli, ["demo", "--db", str(web_db), "--no-serve"])
    assert result.exit_code == 2
    assert "not from the demo corpus" in result.output and "--db" in result.output
    assert web_db.exists() and web_db.stat().st_size == before


def test_demo_refuses_a_file_that_is_not_a_store(cli, tmp_path):
    other = tmp_path / "notes.duckdb"
    other.write_text("my notes", encoding="utf-8")
    result = runner.invoke(cli, ["demo", "--db", str(other), "--no-serve"])
    assert result.exit_code == 2 and other.read_text(encoding="utf-8") == "my notes"


def test_serve_defaults_to_localhost(cli, web_db, monkeypatch):
    seen = {}
    monkeypatch.setattr(web_cli, "serve_app", lambda app, host, port: seen.update(app=app, host=host, port=port))
    monkeypatch.setattr(web_cli, "_check_port", lambda host, port: None)
    result = runner.invoke(cli, ["serve", "--db", str(web_db)])
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 8000
    assert "http://127.0.0.1:8000/" in result.output


def test_serve_without_a_database_is_a_usage_error(cli, tmp_path):
    result = runner.invoke(cli, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2
    assert "no database at" in result.output and "dyadscope ingest" in result.output


def test_serve_on_a_busy_port_says_which_port_to_use(cli, web_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(cli, ["serve", "--db", str(web_db), "--port", str(port)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.output and "--port" in result.output


def test_demo_rebuilds_and_serves_until_interrupted(demo_db):
    """What `make demo` runs: a fresh database, the URL on stdout, the page served, Ctrl-C stops it."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "dyadscope.cli", "demo", "--db", str(demo_db),
                                "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        url = process.stdout.readline().strip()
        assert url == f"http://127.0.0.1:{port}/dyad/RUS/PRK"
        deadline = time.monotonic() + 60
        while True:
            try:
                page = httpx.get(url, timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and process.poll() is None, process.stderr.read()
                time.sleep(0.2)
        assert page.status_code == 200 and "Russia" in page.text
        stats = httpx.get(f"http://127.0.0.1:{port}/api/stats").json()
        assert stats["documents"] == 40  # rebuilt from scratch, not 40 skipped on top of the old ones
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
