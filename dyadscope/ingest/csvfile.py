"""CSV: one document per row, columns named like the document record."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from ..records import Document, Rejected
from ..settings import Settings
from .common import Defaults, looks_binary, make_document


def read_csv(path: Path, defaults: Defaults, settings: Settings) -> Iterator[Document | Rejected]:
    """Yield a Document or Rejected per data row; the header must name a `text` column."""
    with path.open("rb") as probe:
        if looks_binary(probe.read(8192)):
            yield Rejected(str(path), None, "binary file, not CSV text")
            return
    csv.field_size_limit(settings.max_line_bytes)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        try:
            header = reader.fieldnames
        except (UnicodeDecodeError, csv.Error) as exc:
            yield Rejected(str(path), 1, f"cannot read CSV header: {exc}")
            return
        if not header or "text" not in header:
            yield Rejected(str(path), 1, "CSV header must name a `text` column")
            return
        line = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                yield Rejected(str(path), reader.line_num + 1, f"not UTF-8 text (byte {exc.start} of a block)")
                return
            except csv.Error as exc:
                yield Rejected(str(path), reader.line_num, f"malformed CSV: {exc}")
                continue
            line += 1
            record = {key: value for key, value in row.items() if key is not None}
            yield make_document(record, str(path), reader.line_num, f"{path.name}:{reader.line_num}", defaults)
