"""The web app's extra store reads (dyadscope/store/views.py), on the session's demo store."""

from __future__ import annotations

import pytest
from web_support import XSS_ID  # type: ignore[import-not-found]

from dyadscope.store import EventFilter, Store, views


@pytest.fixture(scope="module")
def con(web_db):
    with views.session(Store(web_db, read_only=True)) as store, views.connection(store) as connection:
        yield connection


def test_session_holds_one_connection_and_releases_the_file(web_db):
    store = Store(web_db, read_only=True)
    with views.session(store) as held:
        with views.connection(held) as a, views.connection(held) as b:
            assert a is b
    assert store._held is None and held._held is None
    # released: a writer can open the file now
    writer = Store(web_db)
    assert writer.stats().documents == 41


def test_event_by_id_finds_mentions_and_merged_events(con, web_db):
    mention = Store(web_db, read_only=True).events(limit=1, dyad=("RUS", "PRK"))[0]
    assert views.event_by_id(con, mention.event.event_id) == mention
    merged = views.event_by_id(con, mention.cluster_id)
    assert merged is not None and merged.cluster_id == mention.cluster_id
    assert views.event_by_id(con, "ev-missing") is None and views.event_by_id(con, "ec-000000000000000") is None


def test_articles_of_a_merged_event(con, web_db):
    mention = Store(web_db, read_only=True).events(limit=1, doc_id=XSS_ID)[0]
    articles = views.articles_of_cluster(con, mention.cluster_id)
    assert XSS_ID in {a["id"] for a in articles if a["mentions"]}
    assert views.articles_of_cluster(con, "not-a-cluster") == []


def test_documents_and_counts(con):
    page = views.documents(con, 5, 0)
    assert len(page) == 5 and {"id", "title", "tone", "events", "story"} <= set(page[0])
    assert page[0]["date"] >= page[-1]["date"]
    assert views.count_documents(con) == 41
    assert views.count_documents(con, "vladivostok") >= 1
    assert [d["id"] for d in views.documents(con, 5, 0, XSS_ID)] == [XSS_ID]
    assert views.count_foreign_documents(con, [XSS_ID]) == 40
    assert views.has_column(con, "documents", "tone") and not views.has_column(con, "documents", "nope")


def test_actor_profile(con):
    profile = views.actor_profile(con, "PRK")
    assert profile["events"] > 0 and profile["as_source"] > 0 and profile["as_target"] > 0
    assert all(c["country"] == "PRK" for c in profile["codes"])
    assert sum(p["as_source"] for p in profile["plover"]) == profile["as_source"]
    assert views.actor_profile(con, "Kim Jong Un")["codes"][0]["code"] == "PRKGOV"
    assert views.actor_profile(con, "Nobody At All")["events"] == 0


def test_edges_locations_and_search(con):
    countries = views.edges(con, EventFilter(), True, "country", 10)
    assert {(countries[0]["source"], countries[0]["target"])} <= {("RUS", "PRK"), ("PRK", "RUS")}
    assert all(e["source"] != e["target"] for e in countries)
    actors = views.edges(con, EventFilter(plover=("CONSULT",)), True, "actor", 10)
    assert actors and all(e["events"] == e["cooperation"] + e["conflict"] for e in actors)
    pairs = views.country_dyads(con, EventFilter(), True, 5)
    assert all(p["a"] < p["b"] for p in pairs)
    places = views.locations(con, EventFilter(country="PRK"), True, 50)
    assert places and all(p["lat"] is not None for p in places)
    assert views.search_actors(con, "kim jong")[0]["code"] == "PRKGOV"
