"""Scale-out on Ray: a pool of Ray actors, each holding one loaded coder, codes the documents.

    code_with_ray(items, settings, out=DIR)    -> Parquet shards of events (or JSONL rows)
    coded_with_ray(items, settings)            -> (Document, [Event]) pairs for one store writer

The driver reads the inputs with dyadscope's own readers (every format the contract
names), hands them to Ray Data in chunks, and Ray Data runs `map_batches` over an
actor pool; each actor loads the spaCy model and lexicon once. Events are the same as
a local run's: the coder is the same, and each document is coded whole by one actor.
Ray is an optional extra (`pip install 'dyadscope[ray]'`), imported only here.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from .errors import DyadscopeError
from .records import Document, Event, Rejected
from .settings import Settings

log = logging.getLogger(__name__)

# Documents handed to Ray Data at a time: bounds the driver's memory on any input size,
# while keeping each dataset large enough (~a minute of work on 2 actors) to amortise its start-up.
CHUNK_DOCUMENTS = 2000


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise DyadscopeError("the Ray engine needs Ray: pip install 'dyadscope[ray]'") from None
    return ray


@dataclass(frozen=True)
class RayReport:
    """What a Ray run did."""

    documents: int
    rejected: int
    events: int


class _CoderActor:
    """A Ray Data UDF that holds one loaded coder for its lifetime."""

    def __init__(self, settings: Settings, lexicon_dir: str | None) -> None:
        from .lexicon import load_lexicon
        from .pipeline import Coder

        self.coder = Coder(settings, load_lexicon(lexicon_dir))

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        documents = [Document(**json.loads(raw)) for raw in batch["document"]]
        seqs = [int(s) for s in batch["seq"]]
        rows: dict[str, list[Any]] = {"seq": [], "index": [], "doc_id": [], "event_id": [], "cameo": [],
                                      "plover": [], "date": [], "source_code": [], "target_code": [],
                                      "status": [], "event": []}
        for seq, result in zip(seqs, self.coder.run(documents), strict=True):
            assert not isinstance(result, Rejected)
            for index, event in enumerate(result[1]):
                rows["seq"].append(seq)
                rows["index"].append(index)
                rows["doc_id"].append(event.doc_id)
                rows["event_id"].append(event.event_id)
                rows["cameo"].append(event.cameo)
                rows["plover"].append(event.plover)
                rows["date"].append(event.date)
                rows["source_code"].append(event.source.code if event.source else None)
                rows["target_code"].append(event.target.code if event.target else None)
                rows["status"].append(event.status)
                rows["event"].append(json.dumps(event.to_dict(), ensure_ascii=False))
        return rows


def _connect(address: str | None) -> Any:
    ray = _ray()
    if not ray.is_initialized():
        # A cluster we start ourselves stays on loopback; a given address is the user's own.
        local = {"_node_ip_address": "127.0.0.1"} if address is None else {}
        ray.init(address=address, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True,
                 logging_level=logging.WARNING, **local)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the CLI draws its own; Ray's would interleave with JSONL
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    return ray


def _chunks(items: Iterable[Document | Rejected], rejected: list[Rejected]) -> Iterator[list[tuple[int, Document]]]:
    """Documents numbered in input order, CHUNK_DOCUMENTS at a time; Rejected records set aside."""
    seq = 0
    iterator = iter(items)
    while True:
        chunk: list[tuple[int, Document]] = []
        for item in islice(iterator, CHUNK_DOCUMENTS):
            if isinstance(item, Rejected):
                rejected.append(item)
                continue
            chunk.append((seq, item))
            seq += 1
        if not chunk:
            return
        yield chunk


def _coded_dataset(ray: Any, chunk: list[tuple[int, Document]], settings: Settings, actors: int,
                   lexicon_dir: str | None) -> Any:
    rows = [{"seq": seq, "document": json.dumps(doc.to_dict(), ensure_ascii=False)} for seq, doc in chunk]
    dataset = ray.data.from_items(rows)
    return dataset.map_batches(
        _CoderActor,
        fn_constructor_args=(settings, lexicon_dir),
        batch_size=settings.batch_size,
        concurrency=actors,
        num_cpus=1,
        batch_format="numpy",
    )


def code_with_ray(items: Iterable[Document | Rejected], settings: Settings, out: str | Path | None = None,
                  address: str | None = None, actors: int = 2, lexicon_dir: str | Path | None = None,
                  on_rejected: Any = None) -> Iterator[dict[str, Any]] | RayReport:
    """Code documents on Ray.

    Args:
        items: Documents and Rejected records, as dyadscope's readers yield them.
        settings: the coder's settings (shipped to every actor).
        out: a folder for Parquet shards; None streams the event dicts back in input order.
        address: a Ray cluster address ("auto", "ray://host:10001"); None starts a local one.
        actors: how many coder actors to run.
        lexicon_dir: a folder of extra lexicon files, loaded by every actor.
        on_rejected: called with each Rejected record as it is met.

    Returns:
        With `out`, a RayReport once every shard is written; without, an iterator of event dicts.

    Raises:
        DyadscopeError: Ray is not installed.
    """
    if out is None:
        return _stream(items, settings, address, actors, lexicon_dir, on_rejected)
    ray = _connect(address)
    rejected: list[Rejected] = []
    documents = events = 0
    target = Path(out)
    target.mkdir(parents=True, exist_ok=True)
    reported = 0
    for number, chunk in enumerate(_chunks(items, rejected)):
        for item in rejected[reported:]:
            if on_rejected:
                on_rejected(item)
        reported = len(rejected)
        documents += len(chunk)
        dataset = _coded_dataset(ray, chunk, settings, actors, None if lexicon_dir is None else str(lexicon_dir))
        dataset = dataset.materialize()
        events += dataset.count()
        dataset.write_parquet(str(target / f"chunk-{number:05d}"))
    for item in rejected[reported:]:
        if on_rejected:
            on_rejected(item)
    return RayReport(documents, len(rejected), events)


def _stream(items: Iterable[Document | Rejected], settings: Settings, address: str | None, actors: int,
            lexicon_dir: str | Path | None, on_rejected: Any) -> Iterator[dict[str, Any]]:
    ray = _connect(address)
    rejected: list[Rejected] = []
    reported = 0
    for chunk in _chunks(items, rejected):
        for item in rejected[reported:]:
            if on_rejected:
                on_rejected(item)
        reported = len(rejected)
        dataset = _coded_dataset(ray, chunk, settings, actors, None if lexicon_dir is None else str(lexicon_dir))
        rows = sorted(dataset.iter_rows(), key=lambda r: (int(r["seq"]), int(r["index"])))
        for row in rows:
            yield json.loads(row["event"])
    for item in rejected[reported:]:
        if on_rejected:
            on_rejected(item)


def coded_with_ray(items: Iterable[Document | Rejected], settings: Settings, address: str | None = None,
                   actors: int = 2, lexicon_dir: str | Path | None = None) -> Iterator[tuple[Document, list[Event]] | Rejected]:
    """Code documents on Ray and give them back, in input order, to a single writer (the store).

    Documents without events come back too, so the store records them as coded.
    """
    ray = _connect(address)
    rejected: list[Rejected] = []
    reported = 0
    for chunk in _chunks(items, rejected):
        yield from rejected[reported:]
        reported = len(rejected)
        dataset = _coded_dataset(ray, chunk, settings, actors, None if lexicon_dir is None else str(lexicon_dir))
        by_seq: dict[int, list[tuple[int, Event]]] = {}
        for row in dataset.iter_rows():
            by_seq.setdefault(int(row["seq"]), []).append((int(row["index"]), Event.from_dict(json.loads(row["event"]))))
        for seq, document in chunk:
            yield document, [event for _, event in sorted(by_seq.get(seq, []), key=lambda p: p[0])]
    yield from rejected[reported:]
