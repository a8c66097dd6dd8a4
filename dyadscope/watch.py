"""Poll RSS/Atom feeds on a timer and hand each new article to the caller.

Nothing here codes events. `watch` fetches feeds, skips the entries it has seen
before, fetches the new entries' articles and calls the caller's function with
them; the CLI codes and stores what it is given. Seen entries live in a
`SeenLinks` file, so a restarted watch fetches only what appeared meanwhile.

Delivery is at least once: an entry is marked seen after the callback returns, so
a crash mid-batch refetches that batch on restart rather than losing it.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

import httpx

from .errors import ConfigError, StoreError
from .ingest.common import Defaults
from .ingest.web import FetchLimits, fetch_entry, fetch_feed, open_client
from .records import Document, Rejected

__all__ = ["SeenLinks", "SeenStore", "parse_interval", "poll", "watch"]

log = logging.getLogger(__name__)

_INTERVAL = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([smh]?)\s*", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600}
_SEEN_VERSION = 1

OnDocuments = Callable[[list[Document | Rejected]], None]


class SeenStore(Protocol):
    """Where `watch` remembers entries: anything with `in` and `add` (a plain set will do).

    When the object also has a `save()` method, `watch` calls it after each feed's
    new entries have been handed over.
    """

    def __contains__(self, key: object, /) -> bool: ...

    def add(self, key: str, /) -> None: ...


class SeenLinks:
    """Links already handled, kept in a small JSON file so a restart does not refetch them.

    The most recently listed `limit` links are kept: feeds list their latest 10-100
    entries, so the default 10,000 covers a hundred busy feeds in a file under 1 MB.
    """

    def __init__(self, links: Iterable[str] = (), path: Path | None = None, limit: int = 10_000) -> None:
        self.path = path
        self.limit = limit
        self._links: dict[str, None] = {}  # a dict keeps insertion order: oldest first
        for link in links:
            self.add(link)

    @classmethod
    def open(cls, path: str | Path, limit: int = 10_000) -> SeenLinks:
        """Load the seen links from a JSON file; a missing file starts empty.

        Args:
            path: the file (written by `save`).
            limit: how many links to keep.

        Returns:
            The seen links, bound to the file.

        Raises:
            StoreError: the file exists but cannot be read or is not a seen-links file.
        """
        path = Path(path)
        if not path.exists():
            return cls(path=path, limit=limit)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StoreError(f"cannot read seen-links file {path}: {exc}; delete it to start afresh "
                             "(every entry in the feeds is then fetched once more)") from exc
        links = data.get("links") if isinstance(data, dict) else None
        if not isinstance(links, list) or not all(isinstance(link, str) for link in links):
            raise StoreError(f"{path} is not a seen-links file (expected {{\"links\": [...]}}); "
                             "delete it or pass another file")
        return cls(links, path=path, limit=limit)

    def __contains__(self, key: object) -> bool:
        return key in self._links

    def __len__(self) -> int:
        return len(self._links)

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._links))

    def add(self, key: str) -> None:
        """Remember a link, as the newest; the oldest beyond `limit` is forgotten."""
        self._links.pop(key, None)
        self._links[key] = None
        while len(self._links) > self.limit:
            del self._links[next(iter(self._links))]

    def save(self) -> None:
        """Write the links to the file (via a temporary file, so a crash leaves the old one whole).

        Raises:
            StoreError: the file cannot be written.
        """
        if self.path is None:
            return
        temp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temp.write_text(json.dumps({"version": _SEEN_VERSION, "links": list(self._links)}, indent=0),
                            encoding="utf-8")
            os.replace(temp, self.path)
        except OSError as exc:
            raise StoreError(f"cannot write seen-links file {self.path}: {exc.strerror or exc}") from exc


def parse_interval(text: str) -> int:
    """Seconds in an interval such as `90s`, `15m`, `1.5h` or a bare `90`.

    Args:
        text: a number, optionally followed by s, m or h.

    Returns:
        The interval in whole seconds, at least 1.

    Raises:
        ConfigError: the text is not such an interval, or is under a second.
    """
    match = _INTERVAL.fullmatch(text)
    if match is None:
        raise ConfigError(f"interval {text!r} is not a number followed by s, m or h; write e.g. 90s, 15m or 1h")
    seconds = round(float(match[1]) * _UNIT_SECONDS[match[2].lower()])
    if seconds < 1:
        raise ConfigError(f"interval {text!r} is under one second; poll at most once a second (e.g. 30s)")
    return seconds


def poll(feeds: Sequence[str], client: httpx.Client, on_documents: OnDocuments, limits: FetchLimits,
         seen_store: SeenStore, defaults: Defaults | None = None) -> int:
    """Check every feed once and hand over the articles of entries not seen before.

    Args:
        feeds: the feeds' http(s) addresses.
        client: the HTTP client.
        on_documents: called once per feed that has news, with its new Documents and the
            Rejected records of entries whose article could not be read; a feed that
            cannot be fetched is reported as a one-item list holding its Rejected.
        limits: the fetch limits.
        seen_store: the entries already handled; new ones are added after `on_documents` returns.
        defaults: date and source for pages that lack them (none when None).

    Returns:
        How many Documents were handed over.
    """
    defaults = defaults or Defaults()
    delivered = 0
    for feed in feeds:
        entries = fetch_feed(feed, client, limits)
        if isinstance(entries, Rejected):
            log.info("%s", entries)
            on_documents([entries])
            continue
        fresh = []
        keys: set[str] = set()
        for entry in entries:
            if entry.key not in seen_store and entry.key not in keys:
                fresh.append(entry)
                keys.add(entry.key)
        log.info("%s: %d entries, %d new", feed, len(entries), len(fresh))
        if fresh:
            items = [fetch_entry(entry, client, defaults, limits) for entry in fresh]
            on_documents(items)
            delivered += sum(isinstance(item, Document) for item in items)
        # Touch every listed entry so a link still in the feed is never the oldest forgotten.
        for entry in entries:
            seen_store.add(entry.key)
        _save(seen_store)
    return delivered


def watch(feeds: Sequence[str], every_seconds: float, on_documents: OnDocuments, limits: FetchLimits,
          seen_store: SeenStore, stop_after: int | None = None, *, defaults: Defaults | None = None,
          client: httpx.Client | None = None, sleep: Callable[[float], None] = time.sleep) -> int:
    """Poll feeds every `every_seconds` and hand each new article to `on_documents`.

    A round starts every `every_seconds` (less the time the previous round took).
    Entries seen before, in this run or a previous one sharing `seen_store`, are not
    fetched again. Stop with Ctrl-C (KeyboardInterrupt propagates) or `stop_after`.

    Args:
        feeds: the feeds' http(s) addresses.
        every_seconds: time between the starts of two rounds (see `parse_interval`).
        on_documents: called with each feed's new Documents and Rejected records (see `poll`).
        limits: the fetch limits.
        seen_store: the entries already handled, e.g. `SeenLinks.open("seen.json")` or a set.
        stop_after: how many rounds to run; None runs until interrupted.
        defaults: date and source for pages that lack them (none when None).
        client: an HTTP client to use; when None one is opened and closed here.
        sleep: how to wait between rounds (tests pass a fake).

    Returns:
        How many Documents were handed over in all.

    Raises:
        ConfigError: `every_seconds` is not positive or `stop_after` is negative.
        StoreError: `seen_store` cannot be saved.
    """
    if every_seconds <= 0:
        raise ConfigError(f"the polling interval must be positive (got {every_seconds})")
    if stop_after is not None and stop_after < 0:
        raise ConfigError(f"stop_after must not be negative (got {stop_after})")
    own_client = client is None
    http = client if client is not None else open_client(limits)
    delivered = 0
    rounds = 0
    try:
        while stop_after is None or rounds < stop_after:
            started = time.monotonic()
            rounds += 1
            count = poll(feeds, http, on_documents, limits, seen_store, defaults)
            delivered += count
            log.info("round %d: %d new documents", rounds, count)
            if stop_after is not None and rounds >= stop_after:
                break
            sleep(max(0.0, every_seconds - (time.monotonic() - started)))
    finally:
        if own_client:
            http.close()
    return delivered


def _save(seen_store: SeenStore) -> None:
    """Persist the store when it knows how to."""
    save = getattr(seen_store, "save", None)
    if callable(save):
        save()
