"""Writing: coded documents into the store, one transaction per batch.

A batch goes in whole or not at all: its documents, their events, their
MinHash signatures and LSH buckets, the near-duplicate clusters they join and
the merged events they change are written in one transaction. A process killed
mid-batch leaves the database as it was after the previous batch, and the next
ingest skips what is stored and codes the rest.

The CPU work (hashing, signatures, column building) happens before the
connection opens, so the file is locked only while rows are written.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from itertools import islice
from typing import Any

import duckdb
import numpy as np

from .. import dedup
from ..errors import StoreError
from ..records import Document, Event, Rejected
from ..stages.tone import ToneScorer
from .db import sql, transaction

log = logging.getLogger(__name__)

Connect = Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]]
Coded = tuple[Document, Sequence[Event]]

# Documents whose signatures one rebuild step reads and hashes at a time.
REBUILD_CHUNK = 5000


@dataclass(frozen=True)
class DocumentResult:
    """What became of one document: stored with its events, or skipped and why."""

    doc_id: str
    stored: bool
    events: int = 0
    reason: str | None = None  # why it was skipped


@dataclass(frozen=True)
class IngestReport:
    """The tally of one ingest run."""

    documents_new: int = 0
    documents_skipped: int = 0
    rejected: int = 0
    events: int = 0
    batches: int = 0

    def __str__(self) -> str:
        return (f"{self.documents_new} documents new, {self.documents_skipped} skipped, "
                f"{self.rejected} rejected, {self.events} events")


def content_hash(text: str) -> str:
    """sha256 hex digest of a document's text: the same text is the same document."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_key(event_id: str) -> int:
    """A 60-bit number from sha256 of the event id: a cheap, stable sort key."""
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _column(values: list[Any]) -> np.ndarray:
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _columns(rows: dict[str, list[Any]]) -> dict[str, np.ndarray]:
    return {name: _column(values) for name, values in rows.items()}


def _actor_columns(prefix: str, actors: list[Any]) -> dict[str, list[Any]]:
    return {
        f"{prefix}_text": [a.text if a else None for a in actors],
        f"{prefix}_name": [a.name if a else None for a in actors],
        f"{prefix}_code": [a.code if a else None for a in actors],
        f"{prefix}_country": [a.country if a else None for a in actors],
        f"{prefix}_sector": [a.sector if a else None for a in actors],
        f"{prefix}_start": [a.start if a else None for a in actors],
        f"{prefix}_end": [a.end if a else None for a in actors],
    }


def event_columns(events: Sequence[Event], published: Sequence[str | None]) -> dict[str, np.ndarray]:
    """The events as columns of the events table (null dates take the publication date)."""
    places = [e.location for e in events]
    rows: dict[str, list[Any]] = {
        "event_id": [e.event_id for e in events],
        "event_key": [event_key(e.event_id) for e in events],
        "doc_id": [e.doc_id for e in events],
        "sentence": [e.sentence for e in events],
        "evidence": [e.evidence for e in events],
        "date": [e.date or p for e, p in zip(events, published, strict=True)],
        "date_is_publication": [e.date is None and p is not None for e, p in zip(events, published, strict=True)],
        **_actor_columns("source", [e.source for e in events]),
        **_actor_columns("target", [e.target for e in events]),
        "cameo": [e.cameo for e in events],
        "plover": [e.plover for e in events],
        "plover_mode": [e.plover_mode for e in events],
        "goldstein": [float(e.goldstein) for e in events],
        "quad_class": [e.quad_class for e in events],
        "status": [e.status for e in events],
        "historical": [bool(e.historical) for e in events],
        "location_name": [p.name if p else None for p in places],
        "location_country": [p.country if p else None for p in places],
        "location_admin1": [p.admin1 if p else None for p in places],
        "location_lat": [p.lat if p else None for p in places],
        "location_lon": [p.lon if p else None for p in places],
        "location_geonameid": [p.geonameid if p else None for p in places],
        "location_feature": [p.feature if p else None for p in places],
        "trigger_text": [e.trigger.text for e in events],
        "trigger_start": [e.trigger.start for e in events],
        "trigger_end": [e.trigger.end for e in events],
        "attribution": [list(e.attribution) for e in events],
        "confidence": [float(e.confidence) for e in events],
        "rule": [e.rule for e in events],
    }
    return _columns(rows)


@dataclass(frozen=True)
class Prepared:
    """A batch ready to write: documents with hashes and signatures, events as columns."""

    documents: tuple[Document, ...]
    hashes: tuple[str, ...]
    event_counts: tuple[int, ...]
    signatures: tuple[np.ndarray, ...]
    events: tuple[Event, ...]
    tones: tuple[float | None, ...] = ()


def prepare(coded: Iterable[Coded]) -> Prepared:
    """Hash, sign and flatten a batch of coded documents (no database work).

    Raises:
        StoreError: an event names another document than the one it came with.
    """
    pairs = list(coded)
    for doc, events in pairs:
        for event in events:
            if event.doc_id != doc.id:
                raise StoreError(f"event {event.event_id} names document {event.doc_id!r} but came with "
                                 f"document {doc.id!r}; pass each document with its own events")
    documents = tuple(d for d, _ in pairs)
    return Prepared(
        documents=documents,
        hashes=tuple(content_hash(d.text) for d in documents),
        event_counts=tuple(len(evs) for _, evs in pairs),
        signatures=tuple(dedup.signatures(d.text for d in documents)),
        events=tuple(e for _, evs in pairs for e in evs),
        tones=tuple(_tone_scorer().score_text(d.text) for d in documents),
    )


@functools.lru_cache(maxsize=1)
def _tone_scorer() -> ToneScorer:
    """One VADER analyser per process: loading its lexicon takes ~50 ms."""
    return ToneScorer()


def stored_reasons(con: duckdb.DuckDBPyConnection, documents: Sequence[Document],
                   hashes: Sequence[str]) -> dict[int, str]:
    """Which documents of a batch to skip, by position: stored before, or repeated in the batch."""
    found = con.execute(sql("stored_documents"), [[d.id for d in documents], list(hashes)]).fetchall()
    ids = {row[0] for row in found}
    by_hash = {row[1]: row[0] for row in found}
    reasons: dict[int, str] = {}
    seen_ids: dict[str, str] = {}
    seen_hashes: dict[str, str] = {}
    for i, (doc, digest) in enumerate(zip(documents, hashes, strict=True)):
        if doc.id in ids:
            reasons[i] = "already stored"
        elif digest in by_hash:
            reasons[i] = f"same text as stored document {by_hash[digest]}"
        elif doc.id in seen_ids:
            reasons[i] = "id repeated in this input"
        elif digest in seen_hashes:
            reasons[i] = f"same text as document {seen_hashes[digest]} in this input"
        else:
            seen_ids[doc.id] = doc.id
            seen_hashes[digest] = doc.id
    return reasons


def _register(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, np.ndarray]) -> None:
    con.register(name, columns)


def _near_duplicate_labels(con: duckdb.DuckDBPyConnection, ids: list[str],
                           sigs: list[np.ndarray]) -> tuple[dict[str, str], dict[str, str]]:
    """Cluster labels of the new documents and the relabelling of stored clusters they merge."""
    bands, _ = dedup.lsh_bands()
    keys = [dedup.band_keys(s) for s in sigs]
    _register(con, "new_lsh", {
        "band": np.tile(np.arange(bands, dtype=np.int16), len(ids)),
        "bucket": np.array([k for row in keys for k in row], dtype=np.int64),
        "doc_id": _column([i for i in ids for _ in range(bands)]),
    })
    con.execute(sql("insert_lsh"))
    pairs = con.execute(sql("lsh_candidates")).fetchall()
    mine = dict(zip(ids, sigs, strict=True))
    others = sorted({b for _, b in pairs if b not in mine})
    stored: dict[str, np.ndarray] = {}
    labels: dict[str, str] = {}
    if others:
        for doc_id, blob, label in con.execute(sql("stored_signatures"), [others]).fetchall():
            stored[doc_id] = np.frombuffer(blob, dtype="<u4")
            labels[doc_id] = label
    edges = []
    for a, b in pairs:
        other = mine.get(b)
        if other is None:
            other = stored.get(b)
        if other is not None and dedup.similarity(mine[a], other) >= dedup.NEAR_DUP_THRESHOLD:
            edges.append((a, b))
    changed = dedup.label_components(ids, edges, labels)
    assigned = {i: changed.get(i, i) for i in ids}
    relabel = {labels[d]: new for d, new in changed.items() if d in labels}
    return assigned, relabel


def write_prepared(con: duckdb.DuckDBPyConnection, batch: Prepared, now: dt.datetime) -> list[DocumentResult]:
    """Write one prepared batch in one transaction: documents, events, signatures, clusters.

    Documents stored meanwhile by another process are skipped, not written twice.

    Returns:
        One result per document of the batch, in order.

    Raises:
        StoreError: the write failed; nothing of the batch was stored.
    """
    with transaction(con):
        skip = stored_reasons(con, batch.documents, batch.hashes)
        keep = [i for i in range(len(batch.documents)) if i not in skip]
        results = [DocumentResult(d.id, False, 0, skip[i]) if i in skip
                   else DocumentResult(d.id, True, batch.event_counts[i])
                   for i, d in enumerate(batch.documents)]
        if not keep:
            return results
        docs = [batch.documents[i] for i in keep]
        ids = [d.id for d in docs]
        assigned, relabel = _near_duplicate_labels(con, ids, [batch.signatures[i] for i in keep])
        _register(con, "new_documents", _columns({
            "id": ids,
            "content_hash": [batch.hashes[i] for i in keep],
            "title": [d.title for d in docs],
            "date": [d.date for d in docs],
            "source": [d.source for d in docs],
            "url": [d.url for d in docs],
            "language": [d.language for d in docs],
            "text": [d.text for d in docs],
            "cluster_id": [assigned[i] for i in ids],
            "events": [batch.event_counts[i] for i in keep],
            "tone": [batch.tones[i] if batch.tones else None for i in keep],
        }))
        con.execute(sql("insert_documents"), [now])
        _register(con, "new_signatures", {
            "doc_id": _column(ids),
            "minhash": _column([batch.signatures[i].astype("<u4").tobytes() for i in keep]),
        })
        con.execute(sql("insert_signatures"))
        if relabel:
            _register(con, "relabel", _columns({"old_label": list(relabel), "new_label": list(relabel.values())}))
            con.execute(sql("relabel_events"))
            con.execute(sql("relabel_documents"))
        kept = set(ids)
        events = [e for e in batch.events if e.doc_id in kept]
        published = {d.id: d.date for d in docs}
        if events:
            columns = event_columns(events, [published[e.doc_id] for e in events])
            _register(con, "new_events", columns)
            clash = con.execute(sql("event_key_clash")).fetchone()
            if len(set(columns["event_key"])) < len(events) or (clash and clash[0]):
                raise StoreError("two event ids share a 60-bit event key (a sha256 collision, or an event stored "
                                 "twice); nothing of this batch was stored")
            con.execute(sql("insert_events"))
        recluster(con)
        for name in ("new_lsh", "new_documents", "new_signatures", "relabel", "new_events"):
            con.unregister(name)
    return results


def recluster(con: duckdb.DuckDBPyConnection) -> None:
    """Merge pending mentions (cluster_id NULL) into event clusters; inside the caller's transaction."""
    window = dedup.EVENT_WINDOW_DAYS
    con.execute(sql("recluster_touched"), [window, window])
    con.execute(sql("recluster_assign"), [window])
    con.execute(sql("recluster_update"))
    con.execute(sql("recluster_delete"))
    con.execute(sql("recluster_insert"))
    con.execute(sql("recluster_cleanup"))


def rebuild_clusters(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute signatures, LSH buckets, document clusters and merged events from the stored texts.

    Used when the dedup parameters change; one transaction.
    """
    with transaction(con):
        con.execute(sql("reset_dedup"))
        bands, _ = dedup.lsh_bands()
        offset = 0
        while True:
            rows = con.execute(sql("documents_text"), [REBUILD_CHUNK, offset]).fetchall()
            if not rows:
                break
            offset += len(rows)
            ids = [r[0] for r in rows]
            sigs = list(dedup.signatures(r[1] for r in rows))
            _register(con, "new_signatures", {"doc_id": _column(ids),
                                              "minhash": _column([s.astype("<u4").tobytes() for s in sigs])})
            con.execute(sql("insert_signatures"))
            _register(con, "new_lsh", {
                "band": np.tile(np.arange(bands, dtype=np.int16), len(ids)),
                "bucket": np.array([k for s in sigs for k in dedup.band_keys(s)], dtype=np.int64),
                "doc_id": _column([i for i in ids for _ in range(bands)]),
            })
            con.execute(sql("insert_lsh"))
        pairs = con.execute(sql("all_lsh_pairs")).fetchall()
        involved = sorted({d for pair in pairs for d in pair})
        sigs_of = {doc_id: np.frombuffer(blob, dtype="<u4")
                   for doc_id, blob in con.execute(sql("signatures_of"), [involved]).fetchall()}
        edges = [(a, b) for a, b in pairs if dedup.similarity(sigs_of[a], sigs_of[b]) >= dedup.NEAR_DUP_THRESHOLD]
        labels = dedup.label_components(involved, edges)
        if labels:
            _register(con, "labels", _columns({"doc_id": list(labels), "label": list(labels.values())}))
            con.execute(sql("set_labels"))
            con.unregister("labels")
        recluster(con)
        for name in ("new_lsh", "new_signatures"):
            con.unregister(name)
        con.execute(sql("meta_delete"), ["dedup"])
        con.execute(sql("meta_insert"), ["dedup", dedup.params()])


def _chunks(items: Iterable[Document | Rejected], size: int,
            on_rejected: Callable[[Rejected], None]) -> Iterator[list[Document]]:
    """Documents in lists of `size`, handing each Rejected record on as it comes."""
    iterator = iter(items)
    batch: list[Document] = []
    for item in iterator:
        if isinstance(item, Rejected):
            on_rejected(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(connect: Connect, items: Iterable[Document | Rejected], coder: Any, batch_size: int,
           on_item: Callable[[Rejected | DocumentResult], None] | None = None) -> IngestReport:
    """Code and store documents batch by batch, skipping stored ones before coding.

    Args:
        connect: opens the store's connection for one step (see Store._connection).
        items: Documents and Rejected records, as the readers yield them.
        coder: a loaded dyadscope.pipeline.Coder.
        batch_size: documents per batch and per transaction.
        on_item: called with each Rejected record and each DocumentResult, in order.

    Returns:
        The tally.

    Raises:
        StoreError: a batch could not be written (the batches before it stay stored).
    """
    tally = {"new": 0, "skipped": 0, "rejected": 0, "events": 0, "batches": 0}

    def tell(item: Rejected | DocumentResult) -> None:
        if isinstance(item, Rejected):
            tally["rejected"] += 1
        elif item.stored:
            tally["new"] += 1
            tally["events"] += item.events
        else:
            tally["skipped"] += 1
        if on_item is not None:
            on_item(item)

    for documents in _chunks(items, max(batch_size, 1), tell):
        hashes = [content_hash(d.text) for d in documents]
        with connect() as con:
            skip = stored_reasons(con, documents, hashes)
        fresh = [d for i, d in enumerate(documents) if i not in skip]
        coded: dict[str, Coded] = {}
        if fresh:
            for result in coder.run(fresh):
                if isinstance(result, Rejected):
                    tell(result)
                else:
                    coded[result[0].id] = result
        results: dict[str, DocumentResult] = {}
        if coded:
            prepared = prepare(coded.values())
            with connect() as con:
                for result in write_prepared(con, prepared, dt.datetime.now(dt.UTC).replace(tzinfo=None)):
                    results[result.doc_id] = result
            tally["batches"] += 1
        for i, doc in enumerate(documents):
            if i in skip:
                tell(DocumentResult(doc.id, False, 0, skip[i]))
            elif doc.id in results:
                tell(results[doc.id])
    return IngestReport(documents_new=tally["new"], documents_skipped=tally["skipped"], rejected=tally["rejected"],
                        events=tally["events"], batches=tally["batches"])


def take(items: Iterable[Coded], size: int) -> Iterator[list[Coded]]:
    """Coded documents in lists of `size` (for writers that bypass the coder)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
