"""Store test helpers: hand-made records (no NLP) and store snapshots."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dyadscope.records import Actor, Document, Event, Place, Trigger
from dyadscope.store import Store

GOLDSTEIN = {"040": 1.0, "036": 4.0, "057": 8.0, "070": 7.0, "111": -2.0, "130": -4.4, "163": -8.0, "190": -10.0}
QUAD = {"040": 1, "036": 1, "057": 1, "070": 2, "111": 3, "130": 3, "163": 4, "190": 4}
PLOVER = {"040": "CONSULT", "036": "CONSULT", "057": "AGREE", "070": "AID", "111": "ACCUSE", "130": "THREATEN",
          "163": "COERCE", "190": "ASSAULT"}

ACTORS = {
    "RUSGOV": ("Vladimir Putin", "RUS", "GOV"),
    "PRKGOV": ("Kim Jong Un", "PRK", "GOV"),
    "RUSMIL": ("Russian army", "RUS", "MIL"),
    "UKRGOV": ("Volodymyr Zelensky", "UKR", "GOV"),
    "USAGOV": ("Joe Biden", "USA", "GOV"),
    "IGOUNO": ("United Nations", None, "IGO"),
}


def actor(code: str) -> Actor:
    """A resolved actor for a code of ACTORS."""
    name, country, sector = ACTORS[code]
    return Actor(text=name, name=name, code=code, country=country, sector=sector, start=0, end=len(name))


def event(doc_id: str, n: int, date: str | None, source: str | None, target: str | None, cameo: str,
          status: str = "asserted", historical: bool = False, place: Place | None = None,
          confidence: float = 0.6) -> Event:
    """A hand-made event; the id is unique per (doc, n)."""
    event_id = "ev-" + hashlib.sha256(f"{doc_id}/{n}".encode()).hexdigest()[:20]
    return Event(
        event_id=event_id, doc_id=doc_id, sentence=n, evidence=f"sentence {n} of {doc_id}", date=date,
        source=actor(source) if source else None, target=actor(target) if target else None,
        cameo=cameo, plover=PLOVER.get(cameo), plover_mode=None, goldstein=GOLDSTEIN.get(cameo, 0.0),
        quad_class=QUAD.get(cameo, 1), status=status, historical=historical, location=place,
        trigger=Trigger(text="met", start=0, end=3), attribution=("Reuters",), confidence=confidence,
        rule="test",
    )


def document(doc_id: str, date: str | None = "2023-09-13", source: str | None = "Reuters",
             text: str | None = None) -> Document:
    """A document with a text of its own (distinct words, so no near-duplicates unless asked)."""
    words = hashlib.sha256(doc_id.encode()).hexdigest()
    body = text or " ".join(f"w{words[i:i + 6]}" for i in range(0, 58, 2))
    return Document(id=doc_id, text=body, title=f"title of {doc_id}", date=date, source=source,
                    url=f"https://example.org/{doc_id}")


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, sorted, minus the wall-clock columns: equal snapshots, equal stores."""
    import duckdb  # the tests may read the file directly; the package only through dyadscope.store

    queries = {
        "documents": "SELECT * EXCLUDE (ingested_at) FROM documents",
        "events": "SELECT * FROM events",
        "event_clusters": "SELECT * EXCLUDE (date_added) FROM event_clusters",
        "doc_signatures": "SELECT * FROM doc_signatures",
        "doc_lsh": "SELECT * FROM doc_lsh",
        "schema_version": "SELECT version FROM schema_version",
    }
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {name: sorted(con.execute(q).fetchall(), key=repr) for name, q in queries.items()}
    finally:
        con.close()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "test.duckdb")


class Records:
    """The helpers above, handed to tests as the `rec` fixture (conftest is not importable)."""

    actor = staticmethod(actor)
    event = staticmethod(event)
    document = staticmethod(document)
    snapshot = staticmethod(snapshot)


@pytest.fixture
def rec() -> type[Records]:
    return Records
