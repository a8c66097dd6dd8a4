"""The web commands: `serve` (the dashboard over a store) and `demo` (build the demo store, then serve it).

A thin shell over dyadscope.web and dyadscope.store: parse flags, call the
library, print, serve. `register(app)` adds both commands to the main
`dyadscope` app; `python -m dyadscope.web_cli` runs them on their own.
"""

from __future__ import annotations

import logging
import socket
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer

from .errors import DyadscopeError

__all__ = ["DEMO_DB", "DEMO_DYAD", "build_demo", "demo_ids", "register", "serve_app"]

EXIT_OK, EXIT_USAGE = 0, 2
DEMO_DB = Path("demo.duckdb")
# The dyad the demo opens on: 26 of its 40 articles are about Russia and North Korea.
DEMO_DYAD = ("RUS", "PRK")
DEFAULT_DB = Path("dyadscope.duckdb")

log = logging.getLogger(__name__)

HostOpt = Annotated[str, typer.Option("--host", help="address to listen on (127.0.0.1: this machine only)")]
PortOpt = Annotated[int, typer.Option("--port", min=1, max=65535, help="port to listen on")]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"dyadscope: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def _check_port(host: str, port: int) -> None:
    """Fail early, with the fix, when the port is taken (uvicorn would only log it)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise _fail(f"--host {host!r} is not an address of this machine: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise _fail(f"cannot listen on {host}:{port} ({exc.strerror}); pass another --port, "
                        f"e.g. --port {port + 1}") from None


def _url(host: str, port: int, path: str = "/") -> str:
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else (f"[{host}]" if ":" in host else host)
    return f"http://{shown}:{port}{path}"


def serve_app(app: Any, host: str, port: int) -> None:
    """Serve an ASGI app with uvicorn until Ctrl-C."""
    import gc

    import uvicorn

    # Everything loaded so far lives as long as the server: moving it out of the
    # collector's reach removes the full-collection pauses that made one relations
    # query in ten take ~120 ms instead of ~40 ms (benchmarks/store_bench.py).
    gc.collect()
    gc.freeze()
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def demo_ids() -> list[str]:
    """The document ids of the bundled demo corpus."""
    import json

    corpus = resources.files("dyadscope.demo").joinpath("corpus.jsonl")
    return [json.loads(line)["id"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_demo(db: Path, extra: list[Path] | None = None) -> Any:
    """Code the bundled demo corpus (and any extra input files) into a fresh store at `db`.

    A file already at `db` is replaced only when it is a dyadscope store holding
    nothing but demo documents, so a mistyped --db never deletes real data.

    Returns:
        The store's IngestReport.

    Raises:
        StoreError: `db` holds other data, or cannot be written.
    """
    from .errors import StoreError
    from .ingest import Defaults, read_inputs
    from .ingest.jsonl import read_jsonl
    from .pipeline import Coder
    from .store import Store, views

    if db.exists():
        try:
            with views.session(Store(db, read_only=True, timeout=5)) as old, views.connection(old) as con:
                foreign = views.count_foreign_documents(con, demo_ids())
        except StoreError as exc:
            raise StoreError(f"{db} exists and is not a demo store ({exc}); pass another --db") from None
        if foreign:
            raise StoreError(f"{db} holds {foreign} documents that are not from the demo corpus; "
                             "the demo deletes its database first, so pass another --db")
        db.unlink()
        Path(f"{db}.wal").unlink(missing_ok=True)
    coder = Coder()
    store = Store(db)
    corpus = resources.files("dyadscope.demo").joinpath("corpus.jsonl")

    def items() -> Any:
        with corpus.open("rb") as fh:
            yield from read_jsonl(fh, "corpus.jsonl", Defaults(), coder.settings)
        if extra:
            yield from read_inputs([str(p) for p in extra], Defaults(), coder.settings)

    return store.ingest(items(), coder)


def serve(
    db: Annotated[Path, typer.Option("--db", envvar="DYADSCOPE_DB", show_envvar=True,
                                     help="the DuckDB store ($DYADSCOPE_DB, else dyadscope.duckdb)")] = DEFAULT_DB,
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
) -> None:
    """Serve the dashboard and the JSON API over a store, read-only, until Ctrl-C.

    Pages: / (overview), /dyad/A/B, /event/ID, /actor/SPEC, /network, /map, /search;
    each has a JSON twin under /api/ (described at /docs and /api/openapi.json).
    `dyadscope ingest` can write to the store while it is served.

    Example: dyadscope serve --db events.duckdb --port 8000
    """
    from .web import create_app

    try:
        app = create_app(db)
    except DyadscopeError as exc:
        raise _fail(str(exc)) from None
    _check_port(host, port)
    typer.echo(f"dyadscope: serving {db} at {_url(host, port)} (Ctrl-C stops)", err=True)
    serve_app(app, host, port)


def demo(
    db: Annotated[Path, typer.Option("--db", help="the demo database, rebuilt from scratch")] = DEMO_DB,
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    no_serve: Annotated[bool, typer.Option("--no-serve", help="build the database and print the URL, then exit")] = False,
) -> None:
    """Code the bundled demo corpus into a fresh database and serve its Russia-North Korea dyad.

    The 40 demo articles (26 on Russia-North Korea relations, 2019-2025) are coded
    into --db (deleted first, unless it holds other data), then the dashboard is
    served and the dyad page's URL printed.

    Example: dyadscope demo --db demo.duckdb --port 8000
    """
    from .web import create_app

    if not no_serve:
        _check_port(host, port)
    typer.echo(f"dyadscope: coding the demo corpus into {db} ...", err=True)
    try:
        report = build_demo(db)
        app = None if no_serve else create_app(db)
    except DyadscopeError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"dyadscope: {report} ({db})", err=True)
    url = _url(host, port, f"/dyad/{DEMO_DYAD[0]}/{DEMO_DYAD[1]}")
    typer.echo(url)
    if no_serve:
        return
    typer.echo("dyadscope: serving; open the URL above (Ctrl-C stops)", err=True)
    serve_app(app, host, port)


def register(app: typer.Typer) -> None:
    """Add `serve` and `demo` to a typer app."""
    app.command("serve")(serve)
    app.command("demo")(demo)
