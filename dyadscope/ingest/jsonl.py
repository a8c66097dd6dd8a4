"""JSON Lines: one document record per line, read line by line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from ..records import Document, Rejected
from ..settings import Settings
from .common import Defaults, make_document


class _LineSource(Protocol):
    def readline(self, limit: int = -1, /) -> bytes: ...


def read_jsonl(stream: _LineSource, path: str, defaults: Defaults, settings: Settings) -> Iterator[Document | Rejected]:
    """Yield a Document or a Rejected for every non-blank line of a JSONL stream."""
    limit = settings.max_line_bytes
    stem = Path(path).name
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            # Skip the rest of the over-long line in bounded chunks, never holding it whole.
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(limit + 1)
            yield Rejected(path, number, f"line longer than {limit} bytes; skipped")
            continue
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Rejected(path, number, f"not UTF-8 text (byte {exc.start} of the line)")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(path, number, f"malformed JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield Rejected(path, number, "a line must hold a JSON object (a document record)")
            continue
        yield make_document(record, path, number, f"{stem}:{number}", defaults)
