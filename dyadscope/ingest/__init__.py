"""Readers: turn files, folders and stdin into Documents, or into Rejected records.

Every reader streams: one document at a time, never a whole file in memory, so a
1 GB JSONL file codes in constant memory. A bad line, file or record becomes a
`Rejected(path, line, reason)` and reading goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..records import Document, Rejected
from ..settings import Settings
from .common import Defaults, looks_binary
from .csvfile import read_csv
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text, text_document
from .warc import read_warc

__all__ = ["Defaults", "SUFFIXES", "read_inputs", "read_path", "read_stream"]

# Extension -> reader. `.warc.gz` is matched before `.gz` would be.
SUFFIXES = (".jsonl", ".ndjson", ".txt", ".html", ".htm", ".csv", ".warc", ".warc.gz")


def _suffix(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    return None


def read_path(path: Path, defaults: Defaults, settings: Settings) -> Iterator[Document | Rejected]:
    """Read one file by its extension."""
    suffix = _suffix(path)
    if suffix is None:
        yield Rejected(str(path), None, f"unsupported file type; use one of {', '.join(SUFFIXES)}")
        return
    try:
        if suffix in (".jsonl", ".ndjson"):
            with path.open("rb") as fh:
                yield from read_jsonl(fh, str(path), defaults, settings)
        elif suffix == ".txt":
            yield read_text(path, defaults, settings)
        elif suffix in (".html", ".htm"):
            yield read_html(path, defaults, settings)
        elif suffix == ".csv":
            yield from read_csv(path, defaults, settings)
        else:
            yield from read_warc(path, defaults, settings)
    except OSError as exc:
        yield Rejected(str(path), None, f"cannot read file: {exc.strerror or exc}")


def _walk(folder: Path) -> Iterator[Path]:
    """Files under a folder with a known extension, in a stable (sorted) order."""
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.startswith(".") and _suffix(path) is not None:
            yield path


def read_stream(stream: BinaryIO, name: str, defaults: Defaults, settings: Settings) -> Iterator[Document | Rejected]:
    """Read stdin: JSONL when its first non-blank character is `{`, else one plain-text document."""
    head = b""
    while True:
        chunk = stream.read(1)
        if not chunk:
            break
        head += chunk
        if not chunk.isspace():
            break
    if not head.strip():
        yield Rejected(name, None, "empty input: no text on stdin")
        return
    if head.strip() == b"{":
        yield from read_jsonl(_Prefixed(head, stream), name, defaults, settings)
        return
    data = head + stream.read(settings.max_file_bytes + 1 - len(head))
    if len(data) > settings.max_file_bytes:
        yield Rejected(name, None, f"input larger than {settings.max_file_bytes} bytes")
        return
    if looks_binary(data):
        yield Rejected(name, None, "binary data, not text")
        return
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield Rejected(name, None, f"not UTF-8 text (byte {exc.start})")
        return
    yield text_document(text, name, None, defaults)


class _Prefixed:
    """A binary stream with some already-read bytes put back in front (for sniffing stdin)."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = prefix
        self._stream = stream

    def readline(self, limit: int = -1) -> bytes:
        if self._prefix:
            if b"\n" in self._prefix:
                line, _, self._prefix = self._prefix.partition(b"\n")
                return line + b"\n"
            head, self._prefix = self._prefix, b""
            rest_limit = -1 if limit < 0 else max(limit - len(head), 0)
            return head + (self._stream.readline(rest_limit) if rest_limit != 0 else b"")
        return self._stream.readline(limit)


def read_inputs(
    inputs: Iterable[str], defaults: Defaults, settings: Settings, stdin: BinaryIO | None = None
) -> Iterator[Document | Rejected]:
    """Read every input in order: files, folders (recursively) and `-` for stdin.

    Args:
        inputs: paths as given on the command line, http(s) URLs of pages or RSS/Atom
            feeds, and `-` for stdin; empty means stdin.
        defaults: date and source for documents that lack them.
        settings: size limits.
        stdin: the stream to read for `-` (sys.stdin.buffer when None).

    Returns:
        An iterator of Documents and Rejected records, in input order.
    """
    items = list(inputs) or ["-"]
    for item in items:
        if item == "-":
            yield from read_stream(stdin or sys.stdin.buffer, "<stdin>", defaults, settings)
            continue
        if item.startswith(("http://", "https://")):
            from .web import read_urls  # imported here: httpx is only needed for URLs

            yield from read_urls([item], defaults)
            continue
        path = Path(item)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield from read_path(file, defaults, settings)
            if not found:
                yield Rejected(str(path), None, "folder holds no readable documents")
        elif path.exists():
            yield from read_path(path, defaults, settings)
        else:
            yield Rejected(str(path), None, "no such file or folder")
