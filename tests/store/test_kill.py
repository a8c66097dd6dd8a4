"""An ingest killed with SIGKILL mid-run leaves whole batches; a rerun ends where a clean run ends."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from dyadscope.errors import StoreError
from dyadscope.store import Store

ROOT = Path(__file__).resolve().parents[2]
BATCH = 4
DOCS = 300

COUNTRIES = ["Russia", "China", "Japan", "Ukraine", "Germany", "France", "Iran", "India", "Turkey", "Brazil",
             "North Korea", "South Korea", "Israel", "Egypt", "Poland"]
TEMPLATES = [
    "{a} signed an agreement with {b} on {topic} on Monday. Officials said talks would continue in {n} weeks.",
    "{a} condemned {b} after a dispute over {topic}. The foreign ministry summoned the ambassador {n} times.",
    "{a} accused {b} of violating the deal on {topic}. A spokesman said {n} incidents had been recorded.",
    "{a} sent humanitarian aid to {b} on Tuesday, including {n} tonnes of supplies for {topic}.",
    "The leader of {a} met the president of {b} to discuss {topic}. They spoke for {n} hours.",
    "{a} threatened to impose sanctions on {b} over {topic}, giving it {n} days to respond.",
]
TOPICS = ["energy", "fishing rights", "grain exports", "nuclear power", "border security", "rail links", "tariffs"]


def _corpus(path: Path) -> Path:
    rnd = random.Random(20240619)
    texts: set[str] = set()
    with path.open("w", encoding="utf-8") as fh:
        for i in range(DOCS):
            a, b = rnd.sample(COUNTRIES, 2)
            text = rnd.choice(TEMPLATES).format(a=a, b=b, topic=rnd.choice(TOPICS), n=rnd.randint(2, 999))
            texts.add(text)
            day = f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}"
            fh.write(json.dumps({"id": f"gen-{i:04d}", "date": day, "source": rnd.choice(["Reuters", "AP", "AFP"]),
                                 "text": text}) + "\n")
    assert len(texts) == DOCS  # no text repeats, so every batch stores all of its documents
    return path


def _ingest(corpus: Path, db: Path, settings: Path) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.Popen([sys.executable, "-m", "dyadscope.cli", "ingest", str(corpus), "--db", str(db),
                             "--settings", str(settings)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)


def _documents(db: Path) -> int:
    """Stored documents, read the way a web app would (read-only, waiting its turn); -1 before the schema exists."""
    try:
        return Store(db, read_only=True, timeout=10).stats().documents
    except StoreError:
        return -1


def _consistent(db: Path) -> int:
    """Check the invariants of a store cut off between batches; returns its document count."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        docs, events = con.execute("SELECT count(*), coalesce(sum(events), 0) FROM documents").fetchone()
        assert con.execute("SELECT count(*) FROM events").fetchone() == (events,)
        assert con.execute("SELECT count(*) FROM events WHERE cluster_id IS NULL").fetchone() == (0,)
        assert con.execute("SELECT count(*) FROM events e LEFT JOIN documents d ON d.id = e.doc_id "
                           "WHERE d.id IS NULL").fetchone() == (0,)
        assert con.execute("SELECT coalesce(sum(num_mentions), 0) FROM event_clusters").fetchone() == (events,)
        assert con.execute("SELECT count(DISTINCT doc_id) FROM doc_signatures").fetchone() == (docs,)
        return int(docs)
    finally:
        con.close()


def test_a_killed_ingest_resumes_to_the_same_database(tmp_path, rec):
    corpus = _corpus(tmp_path / "corpus.jsonl")
    settings = tmp_path / "small.toml"
    settings.write_text(f"[nlp]\nbatch_size = {BATCH}\n", encoding="utf-8")

    clean = tmp_path / "clean.duckdb"
    done = _ingest(corpus, clean, settings)
    _, err = done.communicate(timeout=600)
    assert done.returncode == 0, err
    assert f"{DOCS} documents new" in err

    killed = tmp_path / "killed.duckdb"
    victim = _ingest(corpus, killed, settings)
    deadline = time.monotonic() + 300
    try:
        while _documents(killed) < BATCH:  # the first batch has committed
            assert victim.poll() is None, victim.communicate()[1]
            assert time.monotonic() < deadline, "the first batch never committed"
            time.sleep(0.02)
    finally:
        os.kill(victim.pid, signal.SIGKILL)
        victim.communicate()
    assert victim.returncode == -signal.SIGKILL

    stored = _consistent(killed)
    assert 0 < stored < DOCS, "the kill came after the ingest finished; nothing was tested"
    assert stored % BATCH == 0, "a batch was stored in part"

    resumed = _ingest(corpus, killed, settings)
    _, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err
    assert f"{DOCS - stored} documents new, {stored} skipped" in err
    assert _consistent(killed) == DOCS
    assert rec.snapshot(killed) == rec.snapshot(clean)
