"""The store's commands: ingest, query (events, relations, actors) and export.

A thin shell over dyadscope.store: parse flags, call the library, print, set the
exit status (0 done, 1 some input rejected, 2 usage or store error).
`register(app)` adds the commands to the main `dyadscope` app; `python -m
dyadscope.store_cli` runs them on their own.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer

from .errors import DyadscopeError

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
OUTPUT_FORMATS = ("table", "jsonl", "csv")

DbOpt = Annotated[Path, typer.Option("--db", envvar="DYADSCOPE_DB", show_envvar=True,
                                     help="the DuckDB store ($DYADSCOPE_DB, else dyadscope.duckdb)")]
FormatOpt = Annotated[str | None, typer.Option(
    "--format", help="table, jsonl or csv (default: table on a terminal, else jsonl)")]
SinceOpt = Annotated[str | None, typer.Option("--since", help="first date, YYYY-MM-DD")]
UntilOpt = Annotated[str | None, typer.Option("--until", help="last date, YYYY-MM-DD")]
DEFAULT_DB = Path("dyadscope.duckdb")


def _fail(message: str) -> typer.Exit:
    typer.echo(f"dyadscope: error: {message}", err=True)
    return typer.Exit(EXIT_USAGE)


@contextmanager
def _errors() -> Iterator[None]:
    """Turn dyadscope errors into a one-line message and exit status 2."""
    try:
        yield
    except DyadscopeError as exc:
        raise _fail(str(exc)) from None


def _format(value: str | None) -> str:
    if value is None:
        return "table" if sys.stdout.isatty() else "jsonl"
    if value not in OUTPUT_FORMATS:
        raise _fail(f"--format {value!r} is not one of {', '.join(OUTPUT_FORMATS)}")
    return value


def _write(rows: Iterable[dict[str, Any]], fmt: str, out: TextIO, columns: list[str] | None = None) -> None:
    """Rows as JSON lines or CSV (the header from the first row, or `columns`)."""
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    writer: csv.DictWriter[str] | None = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=columns or list(row), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: json.dumps(v) if isinstance(v, (dict, list)) else v for k, v in row.items()})
    if writer is None and columns:
        csv.DictWriter(out, fieldnames=columns).writeheader()


def _table(title: str, headers: list[str], rows: Iterable[list[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(*headers, title=title)
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    Console().print(table)


# --- ingest ---------------------------------------------------------------------------
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="files or folders; - reads stdin")],
    db: DbOpt = DEFAULT_DB,
    date: Annotated[str | None, typer.Option("--date", help="publication date for documents without one")] = None,
    source: Annotated[str | None, typer.Option("--source", help="publisher for documents without one")] = None,
    settings_file: Annotated[Path | None, typer.Option("--settings", help="a TOML file layered over defaults.toml")] = None,
    lexicon_dir: Annotated[Path | None, typer.Option("--lexicon", help="a folder of extra lexicon TSV files")] = None,
    workers: Annotated[int | None, typer.Option("--workers", help="coding processes (default: the machine's cores)")] = None,
    engine: Annotated[str, typer.Option("--engine", help="local (processes on this machine) or ray")] = "local",
    address: Annotated[str | None, typer.Option("--address", help="Ray cluster address (default: start a local one)")] = None,
) -> None:
    """Code documents and store them with their events; stored documents are skipped.

    Each batch (settings batch_size) is written in one transaction: an interrupted
    ingest keeps whole batches and a rerun finishes the job. Rejected input goes to
    stderr as FILE:LINE: reason; the exit status is 1 when any was rejected.

    Example: dyadscope ingest articles/ feed.jsonl https://example.org/world.rss --db events.duckdb --workers 2
    """
    from .ingest import Defaults, read_inputs
    from .ingest.common import normalize_date
    from .lexicon import load_lexicon
    from .pipeline import Coder
    from .records import Rejected
    from .settings import load_settings
    from .store import DocumentResult, Store

    try:
        published = normalize_date(date)
    except ValueError:
        raise _fail(f"--date {date!r} is not YYYY-MM-DD") from None
    from .parallel import WorkerPool, default_workers

    if engine not in ("local", "ray"):
        raise _fail(f"--engine {engine!r} must be local or ray")
    if workers is not None and workers < 1:
        raise _fail("--workers must be at least 1")
    workers = workers or default_workers()
    with _errors():
        store = Store(db)
        settings = load_settings(settings_file)
        lexicon = load_lexicon(lexicon_dir)  # validated here even when workers load their own
    items = read_inputs(inputs, Defaults(date=published, source=source), settings)
    with _errors(), _progress(sys.stderr.isatty()) as tell:
        def on_item(item: Rejected | DocumentResult) -> None:
            if isinstance(item, Rejected):
                tell(str(item), False)
            else:
                tell(None, True)

        if engine == "ray":
            report = _ingest_on_ray(store, items, settings, workers, address, lexicon_dir, on_item)
        elif workers > 1:
            with WorkerPool(settings, workers, lexicon_dir) as pool:
                report = store.ingest(items, pool, on_item)
        else:
            report = store.ingest(items, Coder(settings, lexicon), on_item)
    typer.echo(f"dyadscope: {report} ({db})", err=True)
    raise typer.Exit(EXIT_REJECTED if report.rejected else EXIT_OK)


def _ingest_on_ray(store, items, settings, workers, address, lexicon_dir, on_item):  # type: ignore[no-untyped-def]
    """Code on Ray, write here: Ray actors code, this process is the store's single writer."""
    from .records import Rejected
    from .scale import coded_with_ray
    from .store import IngestReport

    tally = {"new": 0, "skipped": 0, "rejected": 0, "events": 0, "batches": 0}
    buffer: list = []  # type: ignore[type-arg]

    def flush() -> None:
        for result in store.add(buffer):
            on_item(result)
            tally["new" if result.stored else "skipped"] += 1
            tally["events"] += result.events if result.stored else 0
        tally["batches"] += 1
        buffer.clear()

    for item in coded_with_ray(items, settings, address=address, actors=workers, lexicon_dir=lexicon_dir):
        if isinstance(item, Rejected):
            tally["rejected"] += 1
            on_item(item)
            continue
        buffer.append(item)
        if len(buffer) >= max(settings.batch_size, 1):
            flush()  # one transaction per batch, as in a local ingest
    if buffer:
        flush()
    new, skipped, rejected, events, batches = (tally[k] for k in ("new", "skipped", "rejected", "events", "batches"))
    return IngestReport(documents_new=new, documents_skipped=skipped, rejected=rejected, events=events,
                        batches=batches)


@contextmanager
def _progress(enabled: bool) -> Iterator[Callable[[str | None, bool], None]]:
    """A `tell(message, advance)` callback: messages to stderr, a rich bar on a terminal."""
    if not enabled:
        def plain(message: str | None, advance: bool) -> None:
            if message:
                typer.echo(message, err=True)
        yield plain
        return
    from rich.console import Console
    from rich.progress import MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("ingesting"), MofNCompleteColumn(), TextColumn("documents"),
                  TimeElapsedColumn(), console=console, transient=True) as bar:
        task = bar.add_task("ingest", total=None)

        def fancy(message: str | None, advance: bool) -> None:
            if message:
                bar.console.print(message, markup=False, highlight=False)
            if advance:
                bar.advance(task)
        yield fancy


# --- query ----------------------------------------------------------------------------
query_app = typer.Typer(
    help="Read the store: events, dyad relations, top actors.\n\nExample: dyadscope query events --dyad RUS PRK",
    no_args_is_help=True, rich_markup_mode=None, add_completion=False,
)


@query_app.command("events")
def query_events(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option("--actor", help="source actor: country, code prefix or name")] = None,
    target: Annotated[str | None, typer.Option("--target", help="target actor: country, code prefix or name")] = None,
    dyad: Annotated[tuple[str, str] | None, typer.Option("--dyad", help="two actors, either way round")] = None,
    country: Annotated[str | None, typer.Option("--country", help="source, target or place in this ISO3 country")] = None,
    plover: Annotated[list[str] | None, typer.Option("--plover", help="PLOVER type (repeatable)")] = None,
    cameo: Annotated[str | None, typer.Option("--cameo", help="CAMEO code prefix, e.g. 04")] = None,
    status: Annotated[list[str] | None, typer.Option("--status", help="asserted, planned, possible, negated (repeatable)")] = None,
    historical: Annotated[bool | None, typer.Option("--historical/--no-historical", help="only / no historical events")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    place: Annotated[str | None, typer.Option("--place", help="place name, region or ISO3 country")] = None,
    text: Annotated[str | None, typer.Option("--text", help="words in the evidence sentence")] = None,
    doc: Annotated[str | None, typer.Option("--doc", help="events of this document id")] = None,
    merged: Annotated[bool, typer.Option("--merged", help="list merged events (event clusters), not mentions")] = False,
    limit: Annotated[int, typer.Option("--limit", help="rows to show")] = 50,
    offset: Annotated[int, typer.Option("--offset", help="rows to skip")] = 0,
    fmt: FormatOpt = None,
) -> None:
    """List stored events, newest first, filtered.

    Example: dyadscope query events --dyad RUS PRK --plover CONSULT --since 2023-09-01 --format csv
    """
    from .store import Store

    output = _format(fmt)
    if dyad is not None and None in dyad:
        dyad = None
    filters: dict[str, Any] = dict(actor=actor, target=target, dyad=dyad, country=country, plover=plover,
                                   cameo=cameo, status=status, historical=historical, since=since, until=until,
                                   place=place, text=text, doc_id=doc)
    with _errors():
        store = Store(db, read_only=True)
        if merged:
            clusters = store.clusters(limit=limit, offset=offset, **filters)
            if output == "table":
                _table(f"{len(clusters)} merged events",
                       ["date", "source", "cameo", "plover", "target", "status", "mentions", "articles", "sources"],
                       ([c.date, c.source_name, c.cameo, c.plover, c.target_name, c.status, c.num_mentions,
                         c.num_articles, c.num_sources] for c in clusters))
            else:
                _write((c.to_row() if output == "csv" else c.to_dict() for c in clusters), output, sys.stdout)
            return
        events = store.events(limit=limit, offset=offset, **filters)
    if output == "table":
        _table(f"{len(events)} events",
               ["date", "source", "cameo", "plover", "target", "status", "trigger", "doc"],
               ([e.day, e.event.source.name if e.event.source else None, e.event.cameo, e.event.plover,
                 e.event.target.name if e.event.target else None, e.event.status, e.event.trigger.text,
                 e.event.doc_id] for e in events))
    else:
        _write((e.to_row() if output == "csv" else e.to_dict() for e in events), output, sys.stdout)


RELATION_COLUMNS = ["start", "end", "events", "ab", "ba", "verbal_cooperation", "material_cooperation",
                    "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean", "index", "plover",
                    "event_ids"]


@query_app.command("relations")
def query_relations(
    a: Annotated[str, typer.Argument(help="first actor: country (RUS), code prefix (PRKGOV) or name")],
    b: Annotated[str, typer.Argument(help="second actor")],
    db: DbOpt = DEFAULT_DB,
    by: Annotated[str, typer.Option("--by", help="day, week or month")] = "month",
    direction: Annotated[str, typer.Option("--direction", help="both, ab (A acts on B) or ba")] = "both",
    since: SinceOpt = None,
    until: UntilOpt = None,
    include_historical: Annotated[bool, typer.Option("--include-historical", help="count historical events")] = False,
    include_negated: Annotated[bool, typer.Option("--include-negated", help="count negated events")] = False,
    include_possible: Annotated[bool, typer.Option("--include-possible", help="count possible events")] = False,
    mentions: Annotated[bool, typer.Option("--mentions", help="count every mention, not merged events")] = False,
    fmt: FormatOpt = None,
) -> None:
    """A dyad's time series: counts by quad class and PLOVER type, Goldstein, cooperation-conflict index.

    The index is (coop - conflict) / (coop + conflict) over quad classes (1+2 vs 3+4),
    from -1 (all conflict) to +1 (all cooperation). Merged events are counted; historical,
    negated and possible events are left out unless included.

    Example: dyadscope query relations RUS PRK --by month --since 2023-01-01 --format csv
    """
    from .store import Store

    output = _format(fmt)
    with _errors():
        series = Store(db, read_only=True).relations(
            a, b, by=by, direction=direction, since=since, until=until, include_historical=include_historical,
            include_negated=include_negated, include_possible=include_possible, merged=not mentions)
    points = [p.to_dict() for p in series.points]
    if output == "table":
        _table(f"{a} - {b} by {by} ({direction}): {series.total.events} events, index {series.total.index}",
               ["period", "events", "A->B", "B->A", "coop v/m", "conflict v/m", "goldstein", "index"],
               ([p["start"], p["events"], p["ab"], p["ba"],
                 f"{p['verbal_cooperation']}/{p['material_cooperation']}",
                 f"{p['verbal_conflict']}/{p['material_conflict']}", p["goldstein_mean"], p["index"]]
                for p in points))
    elif output == "csv":
        _write(({**p, "plover": ";".join(f"{k}:{v}" for k, v in p["plover"].items()),
                 "event_ids": " ".join(p["event_ids"])} for p in points), output, sys.stdout, RELATION_COLUMNS)
    else:
        _write(points, output, sys.stdout)


ACTOR_COLUMNS = ["kind", "code", "name", "country", "events", "as_source", "as_target", "source_code",
                 "source_name", "target_code", "target_name", "cooperation", "conflict", "goldstein_mean"]


@query_app.command("actors")
def query_actors(
    db: DbOpt = DEFAULT_DB,
    limit: Annotated[int, typer.Option("--limit", help="actors and dyads to show")] = 20,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: Annotated[str | None, typer.Option("--country", help="only events involving this ISO3 country")] = None,
    mentions: Annotated[bool, typer.Option("--mentions", help="count every mention, not merged events")] = False,
    fmt: FormatOpt = None,
) -> None:
    """The actors and the directed dyads with the most events.

    Example: dyadscope query actors --since 2024-01-01 --limit 10
    """
    from .store import Store

    output = _format(fmt)
    filters = dict(since=since, until=until, country=country)
    with _errors():
        store = Store(db, read_only=True)
        with store:
            actors = store.actors(limit=limit, merged=not mentions, **filters)
            dyads = store.dyads(limit=limit, merged=not mentions, **filters)
    if output == "table":
        _table("top actors", ["code", "name", "country", "events", "as source", "as target"],
               ([x.code, x.name, x.country, x.events, x.as_source, x.as_target] for x in actors))
        _table("top dyads", ["source", "target", "events", "cooperation", "conflict", "goldstein"],
               ([f"{d.source_name} ({d.source_code})", f"{d.target_name} ({d.target_code})", d.events,
                 d.cooperation, d.conflict, d.goldstein_mean] for d in dyads))
        return
    rows = [{"kind": "actor", **x.to_dict()} for x in actors] + [{"kind": "dyad", **d.to_dict()} for d in dyads]
    _write(rows, output, sys.stdout, ACTOR_COLUMNS if output == "csv" else None)


# --- export ---------------------------------------------------------------------------
def export(
    fmt: Annotated[str, typer.Option("--format", help="parquet (folder by month), gdelt (TSV) or polecat (CSV)")],
    out: Annotated[Path, typer.Option("--out", help="the folder (parquet) or file to write")],
    db: DbOpt = DEFAULT_DB,
    since: SinceOpt = None,
    until: UntilOpt = None,
    merged: Annotated[bool, typer.Option("--merged", help="parquet: merged events instead of mentions")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="replace an existing file or folder contents")] = False,
) -> None:
    """Export the store: Parquet partitioned by month, a GDELT 2.0 event table, or POLECAT-style CSV.

    Parquet folders use hive layout (year_month=YYYY-MM) and read in DuckDB and pandas.
    The GDELT table has GDELT 2.0's 61 tab-separated columns, one row per merged event.

    Example: dyadscope export --format gdelt --out events.gdelt.tsv --since 2024-01-01
    """
    from .store import FORMATS, Store

    if fmt not in FORMATS:
        raise _fail(f"--format {fmt!r} is not one of {', '.join(FORMATS)}")
    with _errors():
        rows = Store(db, read_only=True).export(fmt, out, since=since, until=until, merged=merged,
                                                overwrite=overwrite)
    typer.echo(f"dyadscope: wrote {rows} rows to {out}", err=True)


def register(app: typer.Typer) -> None:
    """Add `ingest`, `query` (events, relations, actors) and `export` to a typer app."""
    app.command("ingest")(ingest)
    app.add_typer(query_app, name="query")
    app.command("export")(export)
