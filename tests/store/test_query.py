"""Reading events: each filter, paging, merged events, top actors, and hostile filter values."""

from __future__ import annotations

import duckdb
import pytest

from dyadscope.errors import StoreError
from dyadscope.records import Place
from dyadscope.store import EventFilter, Store

INJECTIONS = ["'; DROP TABLE events; --", "%' OR '1'='1", "' OR 1=1 --", "RUS' OR 'x'='x", "%", "_", "\\",
              "\"; DELETE FROM documents; --"]


@pytest.fixture
def filled(tmp_path, rec) -> Store:
    """Four documents: Russia-North Korea talks and aid, a US accusation, a UN threat, an assault."""
    store = Store(tmp_path / "q.duckdb")
    vladivostok = Place(name="Vladivostok", country="RUS", admin1="Primorsky Krai", feature="PPLA")
    store.add([
        (rec.document("d1", date="2023-09-13"), [
            rec.event("d1", 0, "2023-09-13", "RUSGOV", "PRKGOV", "040", place=vladivostok),
            rec.event("d1", 1, "2023-09-13", "PRKGOV", "RUSGOV", "070"),
            rec.event("d1", 2, None, "USAGOV", "RUSGOV", "111"),
        ]),
        (rec.document("d2", date="2023-10-02", source="AP"), [
            rec.event("d2", 0, "2023-10-01", "RUSMIL", "UKRGOV", "190"),
            rec.event("d2", 1, "2023-10-02", "IGOUNO", "RUSGOV", "130", status="possible"),
        ]),
        (rec.document("d3", date="2024-06-19", source="AP"), [
            rec.event("d3", 0, "2024-06-19", "RUSGOV", "PRKGOV", "057", status="planned"),
            rec.event("d3", 1, "1950-06-25", "PRKGOV", "USAGOV", "190", historical=True),
            rec.event("d3", 2, "2024-06-19", "RUSGOV", "PRKGOV", "040", status="negated"),
        ]),
    ])
    return store


def ids(events) -> list[str]:
    return sorted(f"{e.event.doc_id}:{e.event.sentence}" for e in events)


def test_no_filter_lists_everything_newest_first(filled):
    events = filled.events(limit=100)
    assert len(events) == 8
    days = [e.day for e in events]
    assert days == sorted(days, reverse=True)


def test_actor_and_target_match_country_code_prefix_or_name(filled):
    assert ids(filled.events(actor="RUS")) == ["d1:0", "d2:0", "d3:0", "d3:2"]
    assert ids(filled.events(actor="RUSMIL")) == ["d2:0"]
    assert ids(filled.events(actor="vladimir putin")) == ["d1:0", "d3:0", "d3:2"]
    assert ids(filled.events(target="RUS")) == ["d1:1", "d1:2", "d2:1"]
    assert ids(filled.events(actor="IGOUNO")) == ["d2:1"]
    assert ids(filled.events(actor="IGO")) == ["d2:1"]


def test_a_dyad_matches_both_directions(filled):
    assert ids(filled.events(dyad=("RUS", "PRK"))) == ["d1:0", "d1:1", "d3:0", "d3:2"]
    assert ids(filled.events(actor="PRK", target="RUS")) == ["d1:1"]


def test_country_matches_source_target_or_place(filled):
    assert ids(filled.events(country="ukr")) == ["d2:0"]
    assert ids(filled.events(country="USA")) == ["d1:2", "d3:1"]


def test_type_code_status_and_history_filters(filled):
    assert ids(filled.events(plover="assault")) == ["d2:0", "d3:1"]
    assert ids(filled.events(plover=["AID", "AGREE"])) == ["d1:1", "d3:0"]
    assert ids(filled.events(cameo="19")) == ["d2:0", "d3:1"]
    assert ids(filled.events(cameo="04")) == ["d1:0", "d3:2"]
    assert ids(filled.events(status="negated")) == ["d3:2"]
    assert ids(filled.events(status=["planned", "possible"])) == ["d2:1", "d3:0"]
    assert ids(filled.events(historical=True)) == ["d3:1"]
    assert len(filled.events(historical=False)) == 7


def test_dates_place_text_and_document_filters(filled):
    assert ids(filled.events(since="2023-10-01", until="2023-12-31")) == ["d2:0", "d2:1"]
    # the dateless accusation counts on its publication date
    assert ids(filled.events(since="2023-09-13", until="2023-09-13")) == ["d1:0", "d1:1", "d1:2"]
    assert ids(filled.events(place="vladivostok")) == ["d1:0"]
    assert ids(filled.events(place="primorsky")) == ["d1:0"]
    assert ids(filled.events(text="SENTENCE 2 OF D3")) == ["d3:2"]
    assert ids(filled.events(doc_id="d2")) == ["d2:0", "d2:1"]


def test_paging_and_counting(filled):
    first = filled.events(limit=3)
    second = filled.events(limit=3, offset=3)
    assert len(first) == 3 and len(second) == 3
    assert not set(ids(first)) & set(ids(second))
    assert filled.count() == 8
    assert filled.count(actor="RUS") == 4
    assert filled.count(merged=True, dyad=("RUS", "PRK")) == 4


def test_merged_events_carry_gdelt_counts(filled):
    clusters = filled.clusters(limit=100)
    assert len(clusters) == 8  # no two mentions share a key and a date window here
    talk = next(c for c in clusters if c.doc_id == "d1" and c.cameo == "040")
    assert (talk.num_mentions, talk.num_articles, talk.num_sources, talk.num_stories) == (1, 1, 1, 1)
    assert talk.location is not None and talk.location.name == "Vladivostok"
    assert filled.clusters(doc_id="d2", limit=10)[0].doc_id == "d2"
    mentions = filled.events(cluster_id=talk.cluster_id)
    assert ids(mentions) == ["d1:0"]


def test_top_actors_and_dyads(filled):
    actors = {a.code: a for a in filled.actors(limit=10)}
    assert (actors["RUSGOV"].events, actors["RUSGOV"].as_source, actors["RUSGOV"].as_target) == (6, 3, 3)
    assert (actors["PRKGOV"].events, actors["PRKGOV"].as_source, actors["PRKGOV"].as_target) == (5, 2, 3)
    assert actors["RUSGOV"].name == "Vladimir Putin" and actors["RUSGOV"].country == "RUS"
    dyads = filled.dyads(limit=10)
    top = dyads[0]
    assert (top.source_code, top.target_code, top.events) == ("RUSGOV", "PRKGOV", 3)
    assert top.cooperation == 3 and top.conflict == 0
    assert [a.code for a in filled.actors(limit=2)] == ["RUSGOV", "PRKGOV"]
    assert [(d.source_code, d.target_code) for d in dyads[1:3]] == [("IGOUNO", "RUSGOV"), ("PRKGOV", "RUSGOV")]


def test_bad_filter_values_say_how_to_fix_them(filled):
    with pytest.raises(StoreError, match="YYYY-MM-DD"):
        filled.events(since="last tuesday")
    with pytest.raises(StoreError, match="status 'done' is not one of"):
        filled.events(status="done")
    with pytest.raises(StoreError, match="PLOVER type 'HUG'"):
        filled.events(plover="HUG")
    with pytest.raises(StoreError, match="unknown event filter colour"):
        filled.events(colour="red")
    with pytest.raises(StoreError, match="two actors"):
        EventFilter.build(dyad=("RUS",))
    with pytest.raises(StoreError, match="negative"):
        filled.events(limit=-1)


@pytest.mark.parametrize("hostile", INJECTIONS)
def test_hostile_filter_values_are_only_values(filled, hostile):
    text_filters = ["actor", "target", "country", "cameo", "place", "text", "doc_id", "cluster_id"]
    for name in text_filters:
        assert filled.events(**{name: hostile}) == [], name
        assert filled.clusters(**{name: hostile}) == [], name
        assert filled.count(**{name: hostile}) == 0, name
    assert filled.events(dyad=(hostile, "PRK")) == []
    assert filled.events(dyad=("RUS", hostile)) == []
    for name, value in (("status", hostile), ("plover", hostile), ("since", hostile), ("until", hostile)):
        with pytest.raises(StoreError):
            filled.events(**{name: value})
    relations = filled.relations(hostile, "PRK")
    assert relations.total.events == 0
    assert filled.relations("RUS", hostile).total.events == 0
    assert filled.actors(country=hostile) == [] and filled.dyads(country=hostile) == []
    assert filled.document(hostile) is None
    assert filled.near_duplicates(hostile) == []
    # nothing was dropped or added
    con = duckdb.connect(str(filled.path), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone() == (8,)
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (3,)
    con.close()
    assert len(filled.events(limit=100)) == 8
