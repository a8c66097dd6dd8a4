"""What every reader shares: defaults, field checks and document ids."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from ..records import Document, Rejected


@dataclass(frozen=True)
class Defaults:
    """Values for documents that lack them (`--date`, `--source`)."""

    date: str | None = None
    source: str | None = None


def content_id(text: str) -> str:
    """A stable id from the text alone: sha256, first 16 hex digits."""
    return "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def looks_binary(data: bytes) -> bool:
    """True when the first 8 KB hold a NUL byte: no text file does."""
    return b"\x00" in data[:8192]


def normalize_date(value: Any) -> str | None:
    """A `YYYY-MM-DD` from a date or ISO datetime string; None for nothing.

    Raises:
        ValueError: the value is neither.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"date must be a string, got {type(value).__name__}")
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat() if len(text) >= 10 else dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(f"date {value!r} is not YYYY-MM-DD or an ISO datetime") from None


def make_document(record: dict[str, Any], path: str, line: int | None, fallback_id: str, defaults: Defaults) -> Document | Rejected:
    """Check a record's fields and build a Document, or say what is wrong."""
    text = record.get("text")
    if not isinstance(text, str):
        return Rejected(path, line, "record has no text field" if text is None else "text must be a string")
    if not text.strip():
        return Rejected(path, line, "empty text")
    for key in ("id", "title", "source", "url", "language"):
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            return Rejected(path, line, f"{key} must be a string")
    try:
        date = normalize_date(record.get("date")) or defaults.date
    except ValueError as exc:
        return Rejected(path, line, str(exc))
    raw_id = record.get("id")
    doc_id = str(raw_id) if raw_id not in (None, "") else fallback_id
    return Document(
        id=doc_id,
        text=text,
        title=record.get("title") or None,
        date=date,
        source=record.get("source") or defaults.source,
        url=record.get("url") or None,
        language=record.get("language") or "en",
    )
