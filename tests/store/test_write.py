"""Writing coded documents: every field kept, skips by id and text, one transaction per batch."""

from __future__ import annotations

import dataclasses

import duckdb
import pytest

from dyadscope.errors import StoreError
from dyadscope.records import Place
from dyadscope.store import Store, content_hash


def test_every_field_of_the_event_record_comes_back(store, rec):
    place = Place(name="Vladivostok", country="RUS", admin1="Primorsky Krai", lat=43.1, lon=131.9,
                  geonameid=2013348, feature="PPLA")
    doc = rec.document("d1")
    full = dataclasses.replace(rec.event("d1", 0, "2023-09-12", "RUSGOV", "PRKGOV", "036", place=place),
                               attribution=("Reuters", "a senior official"), plover_mode="visit")
    bare = dataclasses.replace(rec.event("d1", 1, None, None, "IGOUNO", "111", status="negated", historical=True),
                               attribution=())
    store.add([(doc, [full, bare])])
    got = {e.event.event_id: e for e in store.events(limit=10)}
    assert got[full.event_id].event == full
    assert got[full.event_id].event.to_dict() == full.to_dict()
    assert got[bare.event_id].event == bare


def test_a_dateless_event_takes_the_publication_date_with_a_flag(store, rec):
    doc = rec.document("d1", date="2023-09-13")
    dated = rec.event("d1", 0, "2023-09-12", "RUSGOV", "PRKGOV", "040")
    dateless = rec.event("d1", 1, None, "RUSGOV", "PRKGOV", "057")
    store.add([(doc, [dated, dateless])])
    got = {e.event.event_id: e for e in store.events()}
    assert (got[dated.event_id].day, got[dated.event_id].date_is_publication) == ("2023-09-12", False)
    assert (got[dateless.event_id].day, got[dateless.event_id].date_is_publication) == ("2023-09-13", True)
    assert got[dateless.event_id].event.date is None
    assert got[dateless.event_id].to_dict()["day"] == "2023-09-13"


def test_no_date_anywhere_stays_null(store, rec):
    store.add([(rec.document("d1", date=None), [rec.event("d1", 0, None, "RUSGOV", "PRKGOV", "040")])])
    (stored,) = store.events()
    assert stored.day is None and stored.date_is_publication is False


def test_documents_keep_their_fields_and_get_a_tone(store, rec):
    doc = rec.document("d1")
    store.add([(doc, [rec.event("d1", 0, "2023-09-12", "RUSGOV", "PRKGOV", "040")])])
    stored = store.document("d1")
    assert stored is not None
    assert stored.document == doc
    assert stored.content_hash == content_hash(doc.text)
    assert stored.tone is not None and -10 <= stored.tone <= 10  # coded by stages/tone.py at write time
    assert stored.events == 1 and stored.cluster_id == "d1"
    assert store.document("nope") is None


def test_adding_again_changes_nothing(tmp_path, rec):
    path = tmp_path / "idem.duckdb"
    store = Store(path)
    batch = [(rec.document(f"d{i}"), [rec.event(f"d{i}", 0, "2023-09-12", "RUSGOV", "PRKGOV", "040")])
             for i in range(5)]
    first = store.add(batch)
    before = rec.snapshot(path)
    again = store.add(batch)
    assert all(r.stored for r in first)
    assert [r.reason for r in again] == ["already stored"] * 5
    assert rec.snapshot(path) == before


def test_the_same_text_under_another_id_is_skipped(store, rec):
    doc = rec.document("d1")
    copy = dataclasses.replace(doc, id="d1-copy", title="another title")
    results = store.add([(doc, []), (copy, [])])
    assert [r.stored for r in results] == [True, False]
    assert results[1].reason == "same text as document d1 in this input"
    later = store.add([(dataclasses.replace(doc, id="d1-later"), [])])
    assert later[0].reason == "same text as stored document d1"
    assert store.stats().documents == 1


def test_a_repeated_id_in_one_batch_is_skipped(store, rec):
    results = store.add([(rec.document("d1"), []), (rec.document("d1", text="other words entirely"), [])])
    assert [r.reason for r in results] == [None, "id repeated in this input"]


def test_a_failed_batch_leaves_nothing_behind(tmp_path, rec):
    path = tmp_path / "atomic.duckdb"
    store = Store(path)
    store.add([(rec.document("d0"), [rec.event("d0", 0, "2023-09-12", "RUSGOV", "PRKGOV", "040")])])
    before = rec.snapshot(path)
    broken = dataclasses.replace(rec.event("d2", 0, "2023-09-12", "RUSGOV", "PRKGOV", "040"), cameo=None)
    with pytest.raises(StoreError, match="rolled back"):
        store.add([(rec.document("d1"), [rec.event("d1", 0, "2023-09-12", "RUSGOV", "PRKGOV", "040")]),
                   (rec.document("d2"), [broken])])
    assert rec.snapshot(path) == before


def test_a_held_connection_serves_many_calls(tmp_path, rec):
    store = Store(tmp_path / "held.duckdb")
    with store:
        for i in range(3):
            store.add([(rec.document(f"d{i}"), [rec.event(f"d{i}", 0, "2023-09-12", "RUSGOV", "PRKGOV", "040")])])
        assert store.stats().documents == 3
    # released: another connection (here a read-only one) can open the file
    assert Store(store.path, read_only=True).stats().events == 3


def test_every_event_belongs_to_a_stored_cluster(tmp_path, rec):
    path = tmp_path / "clusters.duckdb"
    store = Store(path)
    for i in range(4):
        store.add([(rec.document(f"d{i}", date=f"2023-09-1{i}"),
                    [rec.event(f"d{i}", 0, f"2023-09-1{i}", "RUSGOV", "PRKGOV", "040"),
                     rec.event(f"d{i}", 1, None, "USAGOV", "RUSGOV", "111")])])
    con = duckdb.connect(str(path), read_only=True)
    orphans = con.execute("SELECT count(*) FROM events e LEFT JOIN event_clusters c USING (cluster_id) "
                          "WHERE c.cluster_id IS NULL").fetchone()
    mentions = con.execute("SELECT sum(num_mentions) FROM event_clusters").fetchone()
    con.close()
    assert orphans == (0,)
    assert mentions == (8,)


def test_events_must_come_with_their_own_document(store, rec):
    with pytest.raises(StoreError, match="names document 'd2' but came with document 'd1'"):
        store.add([(rec.document("d1"), [rec.event("d2", 0, "2023-09-12", "RUSGOV", "PRKGOV", "040")])])
    assert store.stats().documents == 0


def test_hostile_ids_and_texts_are_stored_as_written(store, rec):
    hostile = "d'; DROP TABLE documents; --"
    doc = dataclasses.replace(rec.document(hostile), title="'); DELETE FROM events; --", source="%' OR '1'='1")
    store.add([(doc, [rec.event(hostile, 0, "2023-09-12", "RUSGOV", "PRKGOV", "040")])])
    stored = store.document(hostile)
    assert stored is not None and stored.document == doc
    assert [e.event.doc_id for e in store.events(doc_id=hostile)] == [hostile]
    assert store.stats().events == 1
