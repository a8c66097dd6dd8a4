"""The command line: a thin shell over the library.

Commands parse their flags, call library functions, write results and set the exit
status: 0 when every document was coded, 1 when some were skipped, 2 on usage errors.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from .errors import DyadscopeError
from .records import Document, Rejected

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="dyadscope: political event data from news text, offline.",
    rich_markup_mode=None,
)

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2


def _usage(message: str) -> typer.Exit:
    typer.echo(f"dyadscope: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise _usage(f"--date {value!r} is not YYYY-MM-DD") from None


def _coder(settings_file: Path | None, lexicon_dir: Path | None):  # type: ignore[no-untyped-def]
    from .lexicon import load_lexicon
    from .pipeline import Coder
    from .settings import load_settings

    try:
        return Coder(load_settings(settings_file), load_lexicon(lexicon_dir))
    except DyadscopeError as exc:
        raise _usage(str(exc)) from None


def _settings(settings_file: Path | None):  # type: ignore[no-untyped-def]
    from .settings import load_settings

    try:
        return load_settings(settings_file)
    except DyadscopeError as exc:
        raise _usage(str(exc)) from None


def _check_lexicon(lexicon_dir: Path | None) -> None:
    """Validate a user's lexicon folder up front, so a bad row is a usage error, not a worker crash."""
    if lexicon_dir is None:
        return
    from .lexicon import load_lexicon

    try:
        load_lexicon(lexicon_dir)
    except DyadscopeError as exc:
        raise _usage(str(exc)) from None


def _progress(items: Iterator, enabled: bool, total: int | None = None) -> Iterator:  # type: ignore[type-arg]
    """Wrap an iterator of coded results with a rich progress bar on a terminal."""
    if not enabled:
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True, console=None) as bar:
        task = bar.add_task("coding", total=total)
        for item in items:
            bar.advance(task)
            yield item


WorkersOpt = Annotated[int | None, typer.Option("--workers", help="worker processes (default: the machine's cores)")]
SettingsOpt = Annotated[Path | None, typer.Option("--settings", help="a TOML file layered over defaults.toml")]
LexiconOpt = Annotated[Path | None, typer.Option("--lexicon", help="a folder of extra lexicon TSV files")]


@app.command()
def code(
    inputs: Annotated[list[str] | None, typer.Argument(help="files or folders; - or nothing reads stdin")] = None,
    fmt: Annotated[str, typer.Option("--format", help="output format (jsonl)")] = "jsonl",
    date: Annotated[str | None, typer.Option("--date", help="publication date for documents without one")] = None,
    source: Annotated[str | None, typer.Option("--source", help="publisher for documents without one")] = None,
    settings_file: SettingsOpt = None,
    lexicon_dir: LexiconOpt = None,
    workers: WorkersOpt = None,
    engine: Annotated[str, typer.Option("--engine", help="local (processes on this machine) or ray")] = "local",
    address: Annotated[str | None, typer.Option("--address", help="Ray cluster address (default: start a local one)")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="with --engine ray: a folder for Parquet shards instead of stdout")] = None,
) -> None:
    """Code documents into events, one JSON event per line on stdout.

    Example: dyadscope code articles/ --date 2023-09-12 --source Reuters --workers 2 > events.jsonl
    """
    if engine not in ("local", "ray"):
        raise _usage(f"--engine {engine!r} must be local or ray")
    if engine == "ray":
        _code_on_ray(inputs or [], _check_date(date), source, settings_file, lexicon_dir, workers, address, out)
        return
    if out is not None:
        raise _usage("--out is for --engine ray; the local engine writes JSONL to stdout")
    from .ingest import Defaults, read_inputs
    from .parallel import default_workers, run_parallel

    if fmt != "jsonl":
        raise _usage(f"--format {fmt!r} is not supported; use jsonl")
    if workers is not None and workers < 1:
        raise _usage("--workers must be at least 1")
    defaults = Defaults(date=_check_date(date), source=source)
    settings = _settings(settings_file)
    _check_lexicon(lexicon_dir)
    documents = skipped = events = 0
    out = sys.stdout
    stream = run_parallel(read_inputs(inputs or [], defaults, settings), settings,
                          workers or default_workers(), lexicon_dir)
    for item in _progress(stream, sys.stderr.isatty()):
        if isinstance(item, Rejected):
            skipped += 1
            typer.echo(str(item), err=True)
            continue
        documents += 1
        for event in item[1]:
            events += 1
            out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
    out.flush()
    typer.echo(f"dyadscope: {documents} documents coded, {skipped} skipped, {events} events", err=True)
    raise typer.Exit(EXIT_SKIPPED if skipped else EXIT_OK)


def _code_on_ray(inputs: list[str], date: str | None, source: str | None, settings_file: Path | None,
                 lexicon_dir: Path | None, workers: int | None, address: str | None, out: Path | None) -> None:
    from .ingest import Defaults, read_inputs
    from .parallel import default_workers
    from .scale import RayReport, code_with_ray

    settings = _settings(settings_file)
    _check_lexicon(lexicon_dir)
    skipped = 0

    def report(item: Rejected) -> None:
        nonlocal skipped
        skipped += 1
        typer.echo(str(item), err=True)

    try:
        result = code_with_ray(read_inputs(inputs, Defaults(date=date, source=source), settings), settings, out=out,
                               address=address, actors=workers or default_workers(), lexicon_dir=lexicon_dir,
                               on_rejected=report)
        if isinstance(result, RayReport):
            typer.echo(f"dyadscope: {result.documents} documents coded on Ray, {result.rejected} skipped, "
                       f"{result.events} events in {out}", err=True)
        else:
            events = 0
            for event in result:
                events += 1
                sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
            sys.stdout.flush()
            typer.echo(f"dyadscope: coded on Ray, {skipped} skipped, {events} events", err=True)
    except DyadscopeError as exc:
        raise _usage(str(exc)) from None
    raise typer.Exit(EXIT_SKIPPED if skipped else EXIT_OK)


@app.command()
def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="gold files: PLOVER records JSON or labelled JSONL")],
    floor: Annotated[list[str] | None, typer.Option("--min", help="a floor, SCORE=VALUE or FILE:SCORE=VALUE")] = None,
    baseline: Annotated[Path | None, typer.Option("--baseline", help="a JSON file of floors")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the reports as JSON")] = False,
    settings_file: SettingsOpt = None,
    lexicon_dir: LexiconOpt = None,
) -> None:
    """Score the coder against gold files; fail (exit 1) when a score is below its floor.

    Example: dyadscope evaluate ../shared/data/plover_gsr/records.json --min type_found=0.6
    """
    from .evaluate import check_floors, evaluate_file

    floors: dict[str, float] = {}
    if baseline is not None:
        try:
            floors.update({k: float(v) for k, v in json.loads(baseline.read_text(encoding="utf-8")).items()})
        except (OSError, ValueError, AttributeError) as exc:
            raise _usage(f"cannot read baseline {baseline}: {exc}") from None
    for item in floor or []:
        key, sep, value = item.partition("=")
        try:
            floors[key] = float(value)
        except ValueError:
            raise _usage(f"--min {item!r} must be SCORE=NUMBER") from None
        if not sep:
            raise _usage(f"--min {item!r} must be SCORE=NUMBER")
    for path in gold:
        if not path.is_file():
            raise _usage(f"gold file {path} does not exist")
    coder = _coder(settings_file, lexicon_dir)
    reports = [evaluate_file(path, coder) for path in gold]
    if as_json:
        typer.echo(json.dumps([r.to_dict() for r in reports], indent=2))
    else:
        for report in reports:
            _print_report(report)
    failures = check_floors(reports, floors)
    for failure in failures:
        typer.echo(f"FLOOR: {failure}", err=True)
    raise typer.Exit(EXIT_SKIPPED if failures else EXIT_OK)


def _print_report(report) -> None:  # type: ignore[no-untyped-def]
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"[bold]{report.name}[/bold] ({report.kind}, {report.count} items)")
    for key, value in report.scores.items():
        console.print(f"  {key:<22} {value:.4f}")
    table = Table("type", "support", "recall", "precision")
    for label, row in report.per_type.items():
        precision = f"{row['precision']:.3f}" if "precision" in row else "-"
        table.add_row(label, str(int(row["support"])), f"{row['recall']:.3f}", precision)
    console.print(table)


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs")],
    every: Annotated[str, typer.Option("--every", help="polling interval: 90s, 15m, 1h")] = "15m",
    db: Annotated[Path | None, typer.Option("--db", help="the event database (default: dyadscope.duckdb)")] = None,
    state: Annotated[Path | None, typer.Option("--state", help="file remembering the links already fetched")] = None,
    rounds: Annotated[int | None, typer.Option("--rounds", help="stop after this many polls (default: never)")] = None,
    settings_file: SettingsOpt = None,
    lexicon_dir: LexiconOpt = None,
) -> None:
    """Poll feeds and ingest every new article into the event database.

    Example: dyadscope watch https://example.org/world.rss --every 15m --db events.duckdb
    """
    from .ingest.common import Defaults
    from .ingest.web import FetchLimits
    from .store import Store
    from .watch import SeenLinks, parse_interval
    from .watch import watch as poll_forever

    try:
        seconds = parse_interval(every)
    except DyadscopeError as exc:
        raise _usage(str(exc)) from None
    coder = _coder(settings_file, lexicon_dir)
    store = Store(db)
    seen = SeenLinks.open(state or Path(f"{store.path}.seen.json"))

    def on_documents(items: list[Document | Rejected]) -> None:
        for item in items:
            if isinstance(item, Rejected):
                typer.echo(str(item), err=True)
        report = store.ingest(items, coder)
        typer.echo(f"dyadscope: {report}", err=True)

    total = poll_forever(feeds, seconds, on_documents, FetchLimits(), seen, stop_after=rounds, defaults=Defaults())
    typer.echo(f"dyadscope: {total} new articles from {len(feeds)} feeds", err=True)


@app.command("lexicon")
def lexicon_info(lexicon_dir: LexiconOpt = None) -> None:
    """Validate the lexicon (and a folder of additions) and print its size.

    Example: dyadscope lexicon --lexicon my_actors/
    """
    from .lexicon import load_lexicon

    try:
        lex = load_lexicon(lexicon_dir)
    except DyadscopeError as exc:
        typer.echo(f"dyadscope: {exc}", err=True)
        raise typer.Exit(EXIT_SKIPPED) from None
    typer.echo(f"lexicon {lex.version}: {len(lex.cameo)} CAMEO codes, "
               f"{sum(map(len, lex.verbs.values()))} verb patterns, {sum(map(len, lex.nouns.values()))} noun patterns, "
               f"{len(lex.actors)} actor terms, {sum(map(len, lex.cues.values()))} cues")


def _register_extensions() -> None:
    """Commands that live beside their subsystems: the store's and the web app's."""
    from .store_cli import register as register_store

    register_store(app)
    from .web_cli import register as register_web

    register_web(app)


_register_extensions()


def main() -> None:
    """Entry point of the `dyadscope` script."""
    logging.basicConfig(level=logging.WARNING, format="dyadscope: %(message)s")
    try:
        app()
    except DyadscopeError as exc:
        typer.echo(f"dyadscope: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":
    main()
