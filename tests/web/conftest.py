"""Shared web fixtures: one demo store per session (the bundled corpus plus one hostile article),
the app over it, an in-process client, and a real uvicorn server for the browser tests."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_support import ARTIFACTS, XSS_ARTICLE, LiveServer  # type: ignore[import-not-found]


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus and the XSS article coded into a fresh store (about 10 s, once per session)."""
    from dyadscope.web_cli import build_demo

    folder = tmp_path_factory.mktemp("web")
    extra = folder / "xss.jsonl"
    extra.write_text(json.dumps(XSS_ARTICLE) + "\n", encoding="utf-8")
    db = folder / "demo.duckdb"
    report = build_demo(db, [extra])
    assert report.documents_new == 41 and report.rejected == 0, report
    return db


@pytest.fixture(scope="session")
def app(web_db: Path):
    from dyadscope.web import create_app

    return create_app(web_db)


@pytest.fixture(scope="session")
def client(app):
    with warnings.catch_warnings():
        # starlette's TestClient asks for httpx2; httpx works the same here
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def live_server(app) -> Iterator[LiveServer]:
    with LiveServer(app) as server:
        yield server


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
