"""The event store: coded documents and events in one DuckDB file.

    >>> from dyadscope import Coder
    >>> from dyadscope.ingest import Defaults, read_inputs
    >>> from dyadscope.store import Store
    >>> store = Store("events.duckdb")
    >>> coder = Coder()
    >>> report = store.ingest(read_inputs(["articles/"], Defaults(), coder.settings), coder)
    >>> store.events(dyad=("RUS", "PRK"), since="2023-09-01", limit=10)
    >>> store.relations("RUS", "PRK", by="month").points

Tables: `documents` (with a near-duplicate `cluster_id`), `events` (every
mention, every field of the event record), `event_clusters` (merged events
with GDELT-style NumMentions/NumSources/NumArticles), and the dedup index
(`doc_signatures`, `doc_lsh`). See schema.sql.

Only one process may write at a time, and DuckDB lets no process read while
one writes; the store therefore holds the file only for the duration of each
call (or of a `with store:` block) and waits for its turn when another
process holds it. A web app can open `Store(path, read_only=True)` and serve
while `dyadscope ingest` runs: they take turns between batches.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from .. import dedup
from ..errors import StoreError
from ..records import Document, Event, Rejected
from ..relations import DyadQuery, Relations, series
from . import db, export, query, write
from .db import BUSY_TIMEOUT, DEFAULT_DB, ENV_DB, SCHEMA_VERSION, default_path
from .export import FORMATS, GDELT_COLUMNS
from .query import (
    PLOVER_TYPES,
    STATUSES,
    ActorCount,
    DyadCount,
    EventCluster,
    EventFilter,
    StoredDocument,
    StoredEvent,
    StoreStats,
)
from .write import DocumentResult, IngestReport, content_hash

log = logging.getLogger(__name__)

__all__ = [
    "BUSY_TIMEOUT",
    "DEFAULT_DB",
    "ENV_DB",
    "FORMATS",
    "GDELT_COLUMNS",
    "PLOVER_TYPES",
    "SCHEMA_VERSION",
    "STATUSES",
    "ActorCount",
    "DocumentResult",
    "DyadCount",
    "EventCluster",
    "EventFilter",
    "IngestReport",
    "Store",
    "StoreStats",
    "StoredDocument",
    "StoredEvent",
    "content_hash",
    "default_path",
]


class Store:
    """A dyadscope event database (a DuckDB file).

    Args:
        path: the database file; None means $DYADSCOPE_DB or ./dyadscope.duckdb.
        read_only: open for reading only (the file must exist); writes raise StoreError.
        timeout: seconds to wait for another process's lock before giving up.

    Raises:
        StoreError: the file cannot be opened, is not a dyadscope store, or has an unknown schema.

    The constructor opens the file once to create or check the schema, then
    closes it; each method opens it for its own duration. Inside `with store:`
    one connection serves every call (faster; other processes wait meanwhile).
    """

    def __init__(self, path: str | Path | None = None, read_only: bool = False,
                 timeout: float = BUSY_TIMEOUT) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.read_only = read_only
        self.timeout = timeout
        self._held: duckdb.DuckDBPyConnection | None = None
        self._depth = 0
        self._dedup_checked = False
        with self._connection() as con:
            if read_only:
                db.check(db.version(con), self.path)
            else:
                db.migrate(con, self.path)

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, read_only={self.read_only})"

    # --- connections --------------------------------------------------------------
    def __enter__(self) -> Store:
        if self._depth == 0:
            self._held = db.connect(self.path, self.read_only, self.timeout)
        self._depth += 1
        return self

    def __exit__(self, *exc: object) -> None:
        self._depth -= 1
        if self._depth == 0:
            self.close()

    def close(self) -> None:
        """Release a connection held by `with store:` (a no-op otherwise)."""
        if self._held is not None:
            self._held.close()
            self._held = None
        self._depth = 0

    @contextmanager
    def session(self) -> Iterator[Store]:
        """A copy of this store holding one connection for the block (one per web request).

        The copy shares the path, mode and timeout but not the connection, so threads
        serving requests at once never share one; the file is released on exit, so
        `dyadscope ingest` can write between requests.
        """
        view = Store.__new__(Store)
        view.path, view.read_only, view.timeout = self.path, self.read_only, self.timeout
        view._held, view._depth, view._dedup_checked = None, 0, self._dedup_checked
        with view:
            yield view

    @contextmanager
    def connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The connection a `with store:` block or `session()` holds, or a fresh one for this block."""
        with self._connection() as con:
            yield con

    @contextmanager
    def _connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """The held connection, or a fresh one closed afterwards."""
        if self._held is not None:
            yield self._held
            return
        con = db.connect(self.path, self.read_only, self.timeout)
        try:
            yield con
        finally:
            con.close()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only; open Store(path) to write")

    # --- writing ------------------------------------------------------------------
    def ingest(self, items: Iterable[Document | Rejected], coder: Any,
               on_item: Callable[[Rejected | DocumentResult], None] | None = None) -> IngestReport:
        """Code and store documents; documents already stored (same id or same text) are skipped uncoded.

        Each batch of `coder.settings.batch_size` documents is coded, then
        written with its events in one transaction, so an interrupted ingest
        leaves whole batches and the next one finishes the job.

        Args:
            items: Documents and Rejected records, as dyadscope.ingest.read_inputs yields them.
            coder: a loaded dyadscope.pipeline.Coder (its models are reused for every batch).
            on_item: called with each Rejected record and each DocumentResult, in input order.

        Returns:
            The tally: documents new, skipped, rejected; events stored.

        Raises:
            StoreError: read-only store, or a batch could not be written.
        """
        self._writable()
        self._check_dedup_params()
        return write.ingest(self._connection, items, coder, coder.settings.batch_size, on_item)

    def add(self, coded: Iterable[tuple[Document, Sequence[Event]]]) -> list[DocumentResult]:
        """Store already-coded documents with their events in one transaction (no coding).

        Documents already stored, by id or by text, are skipped.

        Returns:
            One result per document, in order.

        Raises:
            StoreError: read-only store, or the write failed (nothing was stored).
        """
        self._writable()
        self._check_dedup_params()
        prepared = write.prepare(coded)
        with self._connection() as con:
            return write.write_prepared(con, prepared, dt.datetime.now(dt.UTC).replace(tzinfo=None))

    def rebuild_clusters(self) -> None:
        """Recompute near-duplicate clusters and merged events from the stored texts.

        Raises:
            StoreError: read-only store, or the rebuild failed (nothing changed).
        """
        self._writable()
        with self._connection() as con:
            write.rebuild_clusters(con)

    def _check_dedup_params(self) -> None:
        """Rebuild the clusters when the dedup parameters differ from those the store was built with."""
        if self._dedup_checked:
            return
        with self._connection() as con:
            row = con.execute(db.sql("meta_get"), ["dedup"]).fetchone()
            empty = con.execute(db.sql("count_documents")).fetchone()
            if row is not None and row[0] == dedup.params():
                pass
            elif row is None and empty is not None and empty[0] == 0:
                with db.transaction(con):
                    con.execute(db.sql("meta_insert"), ["dedup", dedup.params()])
            else:
                log.warning("dedup parameters changed since %s was built; rebuilding its clusters", self.path)
                write.rebuild_clusters(con)
        self._dedup_checked = True

    # --- reading ------------------------------------------------------------------
    def events(self, limit: int = 50, offset: int = 0, **filters: Any) -> list[StoredEvent]:
        """A page of event mentions, newest first.

        Args:
            limit: rows per page.
            offset: rows to skip.
            **filters: EventFilter fields: actor, target, dyad, country, plover, cameo, status,
                historical, since, until, place, text, doc_id, cluster_id.

        Returns:
            The matching events.

        Raises:
            StoreError: an unknown filter or a bad value (date, status, PLOVER type).
        """
        flt = EventFilter.build(**filters)
        with self._connection() as con:
            return query.read_events(con, flt, limit, offset)

    def clusters(self, limit: int = 50, offset: int = 0, **filters: Any) -> list[EventCluster]:
        """A page of merged events, newest first; filters as for `events`."""
        flt = EventFilter.build(**filters)
        with self._connection() as con:
            return query.read_clusters(con, flt, limit, offset)

    def count(self, merged: bool = False, **filters: Any) -> int:
        """How many mentions (or merged events, with merged=True) match the filters."""
        flt = EventFilter.build(**filters)
        with self._connection() as con:
            return query.count(con, flt, merged)

    def relations(self, a: str, b: str, by: str = "month", direction: str = "both",
                  since: dt.date | str | None = None, until: dt.date | str | None = None,
                  include_historical: bool = False, include_negated: bool = False,
                  include_possible: bool = False, merged: bool = True) -> Relations:
        """The dyad A-B as a time series (see dyadscope.relations for the measures).

        Args:
            a: first actor: country (RUS), code prefix (PRKGOV) or name.
            b: second actor.
            by: day, week or month.
            direction: ab (A acts on B), ba, or both.
            since: first day of the window (default: the first event).
            until: last day of the window (default: the last event).
            include_historical: count historical (background) events too.
            include_negated: count negated events too.
            include_possible: count possible (speculative) events too.
            merged: count merged events (default) rather than mentions.

        Returns:
            The points, gap-free, each with the ids of its events.

        Raises:
            StoreError: a bad period, direction or date.
        """
        try:
            dyad = DyadQuery(a=a.strip(), b=b.strip(), by=by, direction=direction,
                             since=query.parse_date(since, "since"), until=query.parse_date(until, "until"),
                             include_historical=include_historical, include_negated=include_negated,
                             include_possible=include_possible, merged=merged)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        with self._connection() as con:
            return series(query.relation_rows(con, dyad), dyad)

    def actors(self, limit: int = 20, merged: bool = True, **filters: Any) -> list[ActorCount]:
        """The actors in most (merged) events, as source or target; filters as for `events`."""
        flt = EventFilter.build(**filters)
        with self._connection() as con:
            return query.top_actors(con, flt, merged, limit)

    def dyads(self, limit: int = 20, merged: bool = True, **filters: Any) -> list[DyadCount]:
        """The directed dyads with most (merged) events; filters as for `events`."""
        flt = EventFilter.build(**filters)
        with self._connection() as con:
            return query.top_dyads(con, flt, merged, limit)

    def document(self, doc_id: str) -> StoredDocument | None:
        """One stored document by id, or None."""
        with self._connection() as con:
            return query.read_document(con, doc_id)

    def near_duplicates(self, doc_id: str) -> list[str]:
        """The ids of the documents in `doc_id`'s near-duplicate cluster (itself included)."""
        with self._connection() as con:
            found = query.read_document(con, doc_id)
            return query.cluster_members(con, found.cluster_id) if found else []

    def stats(self) -> StoreStats:
        """Counts of documents, document clusters, events and merged events."""
        with self._connection() as con:
            return query.stats(con)

    # --- exports ------------------------------------------------------------------
    def export(self, fmt: str, out: str | Path, since: dt.date | str | None = None,
               until: dt.date | str | None = None, merged: bool = False, overwrite: bool = False) -> int:
        """Export to `out` as parquet (a folder partitioned by month), gdelt (TSV) or polecat (CSV).

        Args:
            fmt: parquet, gdelt or polecat.
            out: the folder (parquet) or file to write.
            since: first event date to include.
            until: last event date to include.
            merged: parquet only: write merged events instead of mentions (gdelt is always merged).
            overwrite: replace an existing file or folder contents.

        Returns:
            Rows written.

        Raises:
            StoreError: an unknown format, an existing target, or a failed write.
        """
        if fmt not in FORMATS:
            raise StoreError(f"export format {fmt!r} is not one of {', '.join(FORMATS)}")
        start, end = query.parse_date(since, "since"), query.parse_date(until, "until")
        target = Path(out)
        with self._connection() as con:
            if fmt == "parquet":
                return export.export_parquet(con, target, merged, start, end, overwrite)
            if fmt == "gdelt":
                return export.export_gdelt(con, target, start, end, overwrite)
            return export.export_polecat(con, target, start, end, overwrite)

    def export_parquet(self, out: str | Path, **options: Any) -> int:
        """Mentions (or merged=True: merged events) as Parquet partitioned by year_month."""
        return self.export("parquet", out, **options)

    def export_gdelt(self, out: str | Path, **options: Any) -> int:
        """Merged events as a GDELT 2.0 event table (61 tab-separated columns)."""
        return self.export("gdelt", out, **options)

    def export_polecat(self, out: str | Path, **options: Any) -> int:
        """Mentions as POLECAT-style CSV."""
        return self.export("polecat", out, **options)
