"""WARC archives: every HTML response record is an article page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..records import Document, Rejected
from ..settings import Settings
from .common import Defaults
from .html import html_document


def read_warc(path: Path, defaults: Defaults, settings: Settings) -> Iterator[Document | Rejected]:
    """Yield a Document or Rejected for each HTML response in a .warc or .warc.gz file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    with path.open("rb") as fh:
        number = html = 0
        try:
            for record in ArchiveIterator(fh):
                if record.rec_type != "response":
                    continue
                number += 1
                content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
                if "html" not in content_type.lower():
                    continue
                html += 1
                url = record.rec_headers.get_header("WARC-Target-URI")
                record_id = record.rec_headers.get_header("WARC-Record-ID") or f"{path.name}#{number}"
                warc_date = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                body = record.content_stream().read(settings.max_file_bytes + 1)
                where = f"{path}#{number}"
                if len(body) > settings.max_file_bytes:
                    yield Rejected(where, None, f"response larger than {settings.max_file_bytes} bytes")
                    continue
                yield html_document(body, where, record_id.strip("<>"), defaults, url=url, date=warc_date)
        except ArchiveLoadFailed as exc:
            yield Rejected(str(path), None, f"not a readable WARC file: {exc}")
            return
        if html == 0:
            yield Rejected(str(path), None, "the archive holds no HTML response records")
