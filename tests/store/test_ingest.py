"""Ingesting for real: the coder runs once per new document, the store keeps what it says."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from dyadscope.ingest import Defaults, read_inputs
from dyadscope.records import Rejected
from dyadscope.store import DocumentResult, Store

ROOT = Path(__file__).resolve().parents[2]

ARTICLES = [
    {"id": "art-1", "date": "2024-03-04", "source": "Reuters", "title": "Russia and China sign trade deal",
     "text": "Russia and China signed an agreement on Monday to expand trade in national currencies. "
             "Russian Foreign Minister Sergei Lavrov said relations with Beijing were at their best level."},
    {"id": "art-2", "date": "2024-03-05", "source": "AP", "title": "Japan condemns North Korean launch",
     "text": "Japan condemned North Korea on Tuesday after Pyongyang fired a ballistic missile into the sea. "
             "Tokyo said it had lodged a protest through diplomatic channels in Beijing."},
    {"id": "art-3", "date": "2024-03-06", "source": "AFP", "title": "Ukraine asks Germany for air defence",
     "text": "Ukraine urged Germany to send more air defence systems. "
             "President Volodymyr Zelensky met German Chancellor Olaf Scholz in Berlin on Wednesday."},
]


def _write_jsonl(path: Path, records: list[dict], bad_line: bool = False) -> Path:
    lines = [json.dumps(r) for r in records]
    if bad_line:
        lines.insert(1, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class CountingCoder:
    """A real coder that remembers which documents it was asked to code."""

    def __init__(self, coder):
        self.coder = coder
        self.settings = coder.settings
        self.seen: list[str] = []

    def run(self, items):
        items = list(items)
        self.seen.extend(d.id for d in items)
        return self.coder.run(items)


def test_ingest_stores_what_the_coder_says(tmp_path, coder, rec):
    corpus = _write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    store = Store(tmp_path / "i.duckdb")
    report = store.ingest(read_inputs([str(corpus)], Defaults(), coder.settings), coder)
    expected = {e.event_id: e for item in coder.run(read_inputs([str(corpus)], Defaults(), coder.settings))
                if isinstance(item, tuple) for e in item[1]}
    assert (report.documents_new, report.documents_skipped, report.rejected) == (3, 0, 0)
    assert report.events == len(expected) > 0
    stored = {e.event.event_id: e.event for e in store.events(limit=1000)}
    assert stored == expected
    assert store.document("art-2").document.title == "Japan condemns North Korean launch"


def test_reingest_skips_before_coding_and_changes_nothing(tmp_path, coder, rec):
    corpus = _write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    path = tmp_path / "i.duckdb"
    counting = CountingCoder(coder)
    Store(path).ingest(read_inputs([str(corpus)], Defaults(), coder.settings), counting)
    assert counting.seen == ["art-1", "art-2", "art-3"]
    before = rec.snapshot(path)
    renamed = _write_jsonl(tmp_path / "b.jsonl", [dict(ARTICLES[0], id="renamed")] + ARTICLES)
    results: list = []
    report = Store(path).ingest(read_inputs([str(corpus), str(renamed)], Defaults(), coder.settings), counting,
                                results.append)
    assert counting.seen == ["art-1", "art-2", "art-3"]  # nothing coded the second time
    assert (report.documents_new, report.documents_skipped, report.events) == (0, 7, 0)
    assert all(isinstance(r, DocumentResult) and not r.stored for r in results)
    assert results[3].reason == "same text as stored document art-1"
    assert rec.snapshot(path) == before


def test_rejected_input_is_reported_in_order(tmp_path, coder):
    corpus = _write_jsonl(tmp_path / "bad.jsonl", ARTICLES, bad_line=True)
    seen: list = []
    report = Store(tmp_path / "r.duckdb").ingest(read_inputs([str(corpus)], Defaults(), coder.settings), coder,
                                                 seen.append)
    assert (report.documents_new, report.rejected) == (3, 1)
    rejected = [s for s in seen if isinstance(s, Rejected)]
    assert len(rejected) == 1 and str(rejected[0]).startswith(f"{corpus}:2: ")


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dyadscope.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=600, check=False, env=_env())


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env.pop("DYADSCOPE_DB", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_the_ingest_command(tmp_path):
    corpus = _write_jsonl(tmp_path / "bad.jsonl", ARTICLES, bad_line=True)
    first = _cli("ingest", str(corpus), cwd=tmp_path)
    assert first.returncode == 1, first.stderr
    assert f"{corpus}:2: " in first.stderr
    assert "3 documents new, 0 skipped, 1 rejected" in first.stderr
    assert (tmp_path / "dyadscope.duckdb").is_file()  # the default database, in the current folder
    good = _write_jsonl(tmp_path / "good.jsonl", ARTICLES)
    again = _cli("ingest", str(good), "--db", "dyadscope.duckdb", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "0 documents new, 3 skipped, 0 rejected, 0 events" in again.stderr
    listed = _cli("query", "events", "--format", "jsonl", cwd=tmp_path)
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) > 0


def test_the_ingest_command_refuses_a_bad_date(tmp_path):
    result = _cli("ingest", "x.jsonl", "--date", "soon", cwd=tmp_path)
    assert result.returncode == 2 and "--date 'soon'" in result.stderr


def test_the_ingest_command_names_a_missing_folder(tmp_path):
    corpus = _write_jsonl(tmp_path / "a.jsonl", ARTICLES[:1])
    result = _cli("ingest", str(corpus), "--db", str(tmp_path / "no" / "such" / "x.duckdb"), cwd=tmp_path)
    assert result.returncode == 2 and "does not exist" in result.stderr
