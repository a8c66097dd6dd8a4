"""Readers: every format the contract names, and every kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

from dyadscope.ingest import Defaults, read_inputs, read_stream
from dyadscope.records import Document, Rejected
from dyadscope.settings import load_settings

SETTINGS = load_settings()
DEFAULTS = Defaults(date="2024-06-20", source="Test Wire")

ARTICLE = "<html><head><title>Summit in Pyongyang</title></head><body><nav>Home | World | Sport</nav>" \
          "<article><h1>Summit in Pyongyang</h1><p>Russian President Vladimir Putin arrived in Pyongyang " \
          "on Wednesday for talks with North Korean leader Kim Jong Un, the first visit in 24 years.</p>" \
          "<p>The two leaders signed a partnership treaty that includes a mutual defence clause, officials " \
          "in both capitals said after the ceremony.</p></article><footer>Copyright notice</footer></body></html>"


def read(*paths: Path) -> list[Document | Rejected]:
    return list(read_inputs([str(p) for p in paths], DEFAULTS, SETTINGS))


def test_jsonl_documents_get_defaults_and_ids(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"text": "Russia attacked Ukraine."}) + "\n\n"
                    + json.dumps({"id": "b", "text": "Kenya protested.", "date": "2024-06-25T10:00:00Z"}) + "\n")
    first, second = read(path)
    assert isinstance(first, Document) and first.id == "docs.jsonl:1"
    assert first.date == "2024-06-20" and first.source == "Test Wire"
    assert isinstance(second, Document) and second.id == "b" and second.date == "2024-06-25"


def test_bad_jsonl_lines_are_rejected_with_their_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    lines = [
        b'{"id": "ok", "text": "China warned Taiwan."}',
        b'{"id": "broken", "text": ',
        b'{"id": "notext"}',
        b'{"id": "empty", "text": "   "}',
        b'["not", "an", "object"]',
        b'{"id": "latin1", "text": "caf\xe9"}',
        b'{"id": "baddate", "text": "x", "date": "yesterday"}',
        b'{"id": "ok2", "text": "India struck Pakistan."}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    items = read(path)
    rejected = {r.line: r.reason for r in items if isinstance(r, Rejected)}
    assert [d.id for d in items if isinstance(d, Document)] == ["ok", "ok2"]
    assert set(rejected) == {2, 3, 4, 5, 6, 7}
    assert "malformed JSON" in rejected[2]
    assert "no text" in rejected[3]
    assert "empty text" in rejected[4]
    assert "UTF-8" in rejected[6]
    assert all(str(r).startswith(f"{path}:") for r in items if isinstance(r, Rejected))


def test_a_five_megabyte_line_is_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    huge = json.dumps({"id": "huge", "text": "word " * 1_000_000})
    path.write_text(json.dumps({"id": "a", "text": "Iran threatened Israel."}) + "\n" + huge + "\n"
                    + json.dumps({"id": "c", "text": "Egypt mediated."}) + "\n")
    items = read(path)
    assert [d.id for d in items if isinstance(d, Document)] == ["a", "c"]
    (bad,) = [r for r in items if isinstance(r, Rejected)]
    assert bad.line == 2 and "longer than" in bad.reason


def test_text_file_is_one_document_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Japan protested to China.\n\nA second paragraph.", encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, Document) and doc.id == "story.txt" and doc.text.startswith("Japan")


def test_binary_and_non_utf8_files_are_rejected(tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"first line\nMexico r\xe9pondit.")
    missing = tmp_path / "nothing.jsonl"
    items = read(binary, latin, missing)
    assert all(isinstance(r, Rejected) for r in items)
    reasons = [r.reason for r in items if isinstance(r, Rejected)]
    assert "binary" in reasons[0] and "UTF-8" in reasons[1] and "no such file" in reasons[2]
    assert isinstance(items[1], Rejected) and items[1].line == 2


def test_csv_rows_become_documents(tmp_path: Path) -> None:
    path = tmp_path / "docs.csv"
    path.write_text('id,title,date,text\nx1,Talks,2023-09-12,"Moscow hosted talks, officials said."\n'
                    'x2,Empty,2023-09-12,\n', encoding="utf-8")
    doc, bad = read(path)
    assert isinstance(doc, Document) and doc.id == "x1" and doc.title == "Talks" and "hosted" in doc.text
    assert isinstance(bad, Rejected) and bad.line == 3


def test_html_page_loses_its_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(ARTICLE, encoding="utf-8")
    (doc,) = read(path)
    assert isinstance(doc, Document)
    assert "Putin arrived in Pyongyang" in doc.text
    assert "Copyright notice" not in doc.text and "Home | World" not in doc.text
    assert doc.title == "Summit in Pyongyang"


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, ctype, body in (
            ("https://example.org/a", "text/html; charset=utf-8", ARTICLE.encode()),
            ("https://example.org/logo.png", "image/png", b"\x89PNG..."),
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)


def test_warc_html_responses_become_documents(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    _warc(path)
    items = read(path)
    assert len(items) == 1
    (doc,) = items
    assert isinstance(doc, Document) and doc.url == "https://example.org/a" and "mutual defence" in doc.text


def test_broken_warc_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(gzip.compress(b"this is not a warc record\r\n\r\n"))
    items = read(path)
    assert items and all(isinstance(r, Rejected) for r in items)


def test_folders_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [d.id for d in read(tmp_path) if isinstance(d, Document)] == ["a.txt", "two.txt"]


def test_stdin_is_sniffed_as_jsonl_or_plain_text() -> None:
    jsonl = io.BytesIO(b'\n  {"id": "s1", "text": "Russia vetoed the resolution."}\n{"id": "s2", "text": "x"}\n')
    assert [d.id for d in read_stream(jsonl, "<stdin>", DEFAULTS, SETTINGS) if isinstance(d, Document)] == ["s1", "s2"]
    plain = io.BytesIO("Kim Jong Un’s train crossed into Russia.".encode())
    (doc,) = read_stream(plain, "<stdin>", DEFAULTS, SETTINGS)
    assert isinstance(doc, Document) and doc.id.startswith("sha256-") and doc.text.startswith("Kim")
    empty = io.BytesIO(b"   \n")
    (bad,) = read_stream(empty, "<stdin>", DEFAULTS, SETTINGS)
    assert isinstance(bad, Rejected)
