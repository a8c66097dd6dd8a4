"""Local parallelism: code batches of documents in worker processes, results in input order.

Each worker process loads its own Coder once. The parent reads the input, cuts it
into batches, and keeps at most `2 × workers` batches in flight, so memory stays
bounded however large the input. Results come back in the order the documents came
in, so the output is identical to a single-process run. Short inputs (no more than
two batches) are coded in the parent: starting workers would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from .records import Document, Rejected
from .settings import Settings

if TYPE_CHECKING:
    from .pipeline import Coded, Coder

# One coder per worker process, built by _start_worker.
_WORKER: dict[str, object] = {}
IN_FLIGHT_PER_WORKER = 2  # batches queued per worker: enough to keep it busy, no more


def _die_with_parent() -> None:
    """Ask Linux to end this worker when its parent dies, even by SIGKILL.

    Without it a killed `dyadscope ingest` leaves its workers running, holding the
    caller's pipes open: a script reading the command's output would wait forever.
    """
    parent = os.getppid()
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pool's own shutdown still applies
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _start_worker(settings: Settings, lexicon_dir: str | None) -> None:
    _die_with_parent()
    # BLAS threads would fight over the cores the other workers use.
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")
    from .lexicon import load_lexicon
    from .pipeline import Coder

    _WORKER["coder"] = Coder(settings, load_lexicon(lexicon_dir))


def _code_batch(batch: list[Document | Rejected]) -> list[Coded | Rejected]:
    coder: Coder = _WORKER["coder"]  # type: ignore[assignment]
    return list(coder.run(batch))


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class WorkerPool:
    """Worker processes that each hold a loaded coder; `run` behaves like Coder.run.

    Use as a context manager; `settings` and `run` make it a drop-in coder for
    Store.ingest, which then keeps its one-transaction-per-batch writes.
    """

    def __init__(self, settings: Settings, workers: int, lexicon_dir: str | Path | None = None) -> None:
        self.settings = settings
        self.workers = workers
        self._lexicon = None if lexicon_dir is None else str(lexicon_dir)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> WorkerPool:
        context = multiprocessing.get_context("spawn")  # no forked copies of parent threads or BLAS state
        self._pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker,
                                         initargs=(self.settings, self._lexicon))
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def run(self, items: Iterable[Document | Rejected], batch_size: int | None = None) -> Iterator[Coded | Rejected]:
        """Code a stream in batches spread over the workers, results in input order."""
        if self._pool is None:
            raise RuntimeError("WorkerPool.run needs `with WorkerPool(...) as pool:`")
        # Store.ingest hands over one transaction's batch at a time: split it so every worker gets a share.
        size = batch_size if batch_size is not None else max(1, -(-self.settings.batch_size // self.workers))
        pending: deque[Future[list[Coded | Rejected]]] = deque()
        for batch in _batches(iter(items), size):
            pending.append(self._pool.submit(_code_batch, batch))
            if len(pending) >= self.workers * IN_FLIGHT_PER_WORKER:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def run_parallel(items: Iterable[Document | Rejected], settings: Settings, workers: int,
                 lexicon_dir: str | Path | None = None, coder: Coder | None = None) -> Iterator[Coded | Rejected]:
    """Code a stream of documents with `workers` processes; same results, same order as Coder.run.

    Args:
        items: Documents and Rejected records, as the readers yield them.
        settings: thresholds and batch size (each batch is one task).
        workers: worker processes; 1 codes in this process.
        lexicon_dir: a folder of extra lexicon files, loaded by every worker.
        coder: a loaded coder for this process, used when the input is short or workers is 1.

    Returns:
        For each document, (document, its events); each Rejected as it comes.
    """
    iterator = iter(items)
    head = list(islice(iterator, 2 * settings.batch_size))
    if workers <= 1 or len(head) < 2 * settings.batch_size:
        from .lexicon import load_lexicon
        from .pipeline import Coder

        local = coder or Coder(settings, load_lexicon(lexicon_dir))
        yield from local.run(_chain(head, iterator))
        return
    with WorkerPool(settings, workers, lexicon_dir) as pool:
        yield from pool.run(_chain(head, iterator), batch_size=settings.batch_size)


def _chain(head: list[Document | Rejected], rest: Iterator[Document | Rejected]) -> Iterator[Document | Rejected]:
    yield from head
    yield from rest


def _batches(items: Iterator[Document | Rejected], size: int) -> Iterator[list[Document | Rejected]]:
    while True:
        batch = list(islice(items, size))
        if not batch:
            return
        yield batch
