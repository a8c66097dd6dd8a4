"""Plain text: one document per file."""

from __future__ import annotations

from pathlib import Path

from ..records import Document, Rejected
from ..settings import Settings
from .common import Defaults, content_id, looks_binary


def text_document(text: str, path: str, doc_id: str | None, defaults: Defaults) -> Document | Rejected:
    """A Document from a whole text, or a Rejected when it is empty."""
    if not text.strip():
        return Rejected(path, None, "empty text")
    return Document(id=doc_id or content_id(text), text=text, date=defaults.date, source=defaults.source)


def read_bytes_checked(path: Path, settings: Settings) -> bytes | Rejected:
    """A file's bytes, or a Rejected when it is too large or binary."""
    size = path.stat().st_size
    if size > settings.max_file_bytes:
        return Rejected(str(path), None, f"file larger than {settings.max_file_bytes} bytes")
    data = path.read_bytes()
    if looks_binary(data):
        return Rejected(str(path), None, "binary file, not text")
    return data


def read_text(path: Path, defaults: Defaults, settings: Settings) -> Document | Rejected:
    """Read a .txt file as one document whose id is the file name."""
    data = read_bytes_checked(path, settings)
    if isinstance(data, Rejected):
        return data
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Rejected(str(path), line, f"not UTF-8 text (byte {exc.start})")
    return text_document(text, str(path), path.name, defaults)
