"""HTML article pages: boilerplate removed and metadata read by trafilatura."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..records import Document, Rejected
from ..settings import Settings
from .common import Defaults, content_id, normalize_date
from .text import read_bytes_checked


def html_document(html: bytes | str, path: str, doc_id: str | None, defaults: Defaults, url: str | None = None,
                  date: str | None = None) -> Document | Rejected:
    """Extract an article's text, title, date and site from an HTML page."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted: Any = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if extracted is None:
        return Rejected(path, None, "no article text found in the HTML page")
    data = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = (data.get("text") or "").strip()
    if not text:
        return Rejected(path, None, "no article text found in the HTML page")
    try:
        page_date = normalize_date(data.get("date"))
    except ValueError:
        page_date = None
    return Document(
        id=doc_id or content_id(text),
        text=text,
        title=data.get("title") or None,
        date=page_date or date or defaults.date,
        source=data.get("sitename") or defaults.source,
        url=data.get("url") or url,
    )


def read_html(path: Path, defaults: Defaults, settings: Settings) -> Document | Rejected:
    """Read an .html/.htm file as one article whose id is the file name."""
    data = read_bytes_checked(path, settings)
    if isinstance(data, Rejected):
        return data
    return html_document(data, str(path), path.name, defaults)
