"""Near-duplicate articles and merged events: specified on our own short articles.

The store's SQL merge is held to `dedup.event_clusters`, the plain-Python reference,
on random mentions split into random batches; both must be order-independent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from importlib import resources
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dyadscope import dedup
from dyadscope.records import Actor, Document, Event, Trigger
from dyadscope.store import Store

ORIGINAL = (
    "MOSCOW, March 3 - Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Moscow on "
    "Monday and the two sides signed an agreement to expand trade in national currencies, the foreign ministry "
    "said. Lavrov told reporters that relations between Moscow and Beijing were at their best level in history "
    "and that the two countries would coordinate their positions at the United Nations. Wang said China valued "
    "its strategic partnership with Russia and called for a political settlement in Ukraine. The ministers also "
    "discussed energy deliveries, a new gas pipeline through Mongolia and cooperation in the Arctic."
)
# A wire copy: new dateline, a few words edited, a closing paragraph added.
WIRE_COPY = (
    "BEIJING, March 4 - Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi in Moscow on "
    "Monday, and the two sides signed a deal to expand trade in national currencies, the foreign ministry "
    "said. Lavrov told journalists that relations between Moscow and Beijing were at their best level in history "
    "and that the two countries would coordinate their positions at the United Nations. Wang said China valued "
    "its strategic partnership with Russia and called for a political settlement in Ukraine. The ministers also "
    "discussed energy supplies, a new gas pipeline through Mongolia and cooperation in the Arctic. "
    "Western governments have watched the growing ties with concern."
)
# The same event told by another reporter: shares facts, not wording.
OTHER_STORY = (
    "Beijing and Moscow pledged on Monday to settle more of their commerce in yuan and roubles after talks "
    "between Wang Yi and Sergei Lavrov, the latest sign of a partnership that Western capitals view warily. "
    "The accord, signed at a Moscow mansion used for state receptions, follows a year in which bilateral trade "
    "reached a record. Officials gave no figures for the planned currency swap."
)
UNRELATED = (
    "Heavy rain flooded parts of southern Brazil on Sunday, forcing thousands of residents from their homes as "
    "rivers burst their banks. Rescue teams used boats to reach families stranded on rooftops."
)


# --- documents ------------------------------------------------------------------------
def test_shingles_are_lowercased_word_triples():
    assert dedup.shingles("The Cat sat on the mat") == {b"the cat sat", b"cat sat on", b"sat on the", b"on the mat"}
    assert dedup.shingles("Two words") == {b"two words"}


def test_signatures_are_stable_uint32_vectors():
    a = list(dedup.signatures([ORIGINAL, ORIGINAL]))
    assert len(a[0]) == dedup.NUM_PERM and a[0].dtype.name == "uint32"
    assert (a[0] == a[1]).all()
    assert dedup.band_keys(a[0]) == dedup.band_keys(a[1])
    bands, rows = dedup.lsh_bands()
    assert bands * rows <= dedup.NUM_PERM and len(dedup.band_keys(a[0])) == bands


def test_a_wire_copy_is_similar_and_another_story_is_not():
    original, copy, other, unrelated = dedup.signatures([ORIGINAL, WIRE_COPY, OTHER_STORY, UNRELATED])
    assert dedup.similarity(original, copy) >= dedup.NEAR_DUP_THRESHOLD
    assert dedup.similarity(original, other) < 0.15
    assert dedup.similarity(original, unrelated) < 0.15


def test_grouping_in_memory_with_minhash_lsh():
    groups = dedup.group_near_duplicates([("b-copy", WIRE_COPY), ("a-orig", ORIGINAL), ("c-other", OTHER_STORY),
                                          ("d-rain", UNRELATED)])
    assert groups == {"b-copy": "a-orig", "a-orig": "a-orig", "c-other": "c-other", "d-rain": "d-rain"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=15), st.randoms())
def test_components_do_not_depend_on_edge_order(edges, rnd):
    nodes = [f"n{i}" for i in range(10)]
    pairs = [(f"n{a}", f"n{b}") for a, b in edges]
    shuffled = pairs[:]
    rnd.shuffle(shuffled)
    first = dedup.label_components(nodes, pairs)
    second = dedup.label_components(list(reversed(nodes)), shuffled)
    assert first == second
    for a, b in pairs:
        assert first.get(a, a) == first.get(b, b)
    for node, label in first.items():
        assert label <= node


def _doc(doc_id: str, text: str, date: str = "2024-03-04", source: str = "Reuters") -> Document:
    return Document(id=doc_id, text=text, date=date, source=source)


def _clusters_of(path: Path) -> dict[str, str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return dict(con.execute("SELECT id, cluster_id FROM documents").fetchall())
    finally:
        con.close()


def test_the_store_groups_a_wire_copy_that_comes_in_a_later_run(tmp_path):
    path = tmp_path / "wire.duckdb"
    Store(path).add([(_doc("b-orig", ORIGINAL), []), (_doc("rain", UNRELATED), [])])
    Store(path).add([(_doc("c-copy", WIRE_COPY, source="AP"), []), (_doc("other", OTHER_STORY), [])])
    assert _clusters_of(path) == {"b-orig": "b-orig", "c-copy": "b-orig", "rain": "rain", "other": "other"}
    assert Store(path, read_only=True).near_duplicates("c-copy") == ["b-orig", "c-copy"]
    # a copy with a smaller id than the cluster's label relabels the whole cluster
    Store(path).add([(_doc("a-copy", WIRE_COPY.replace("BEIJING", "SEOUL"), source="AFP"), [])])
    assert _clusters_of(path) == {"a-copy": "a-copy", "b-orig": "a-copy", "c-copy": "a-copy", "rain": "rain",
                                  "other": "other"}


def test_a_bridging_document_merges_two_clusters_and_recounts_stories(tmp_path):
    words = [f"token{i:02d}" for i in range(60)]
    a, b, bridge = " ".join(words[0:40]), " ".join(words[20:60]), " ".join(words[10:50])
    a_sig, b_sig, m_sig = dedup.signatures([a, b, bridge])
    assert dedup.similarity(a_sig, b_sig) < dedup.NEAR_DUP_THRESHOLD
    assert min(dedup.similarity(a_sig, m_sig), dedup.similarity(b_sig, m_sig)) >= dedup.NEAR_DUP_THRESHOLD
    path = tmp_path / "bridge.duckdb"
    store = Store(path)
    store.add([(_doc("z-a", a), [_event("z-a", 0, "2024-03-04", "RUSGOV", "PRKGOV", "040")]),
               (_doc("y-b", b, source="AP"), [_event("y-b", 0, "2024-03-04", "RUSGOV", "PRKGOV", "040")])])
    assert _clusters_of(path) == {"z-a": "z-a", "y-b": "y-b"}
    (before,) = store.clusters()
    assert (before.num_articles, before.num_stories) == (2, 2)
    store.add([(_doc("m-bridge", bridge), [])])
    assert _clusters_of(path) == {"z-a": "m-bridge", "y-b": "m-bridge", "m-bridge": "m-bridge"}
    (after,) = store.clusters()
    assert (after.num_articles, after.num_stories) == (2, 1)


# --- events ---------------------------------------------------------------------------
def _actor(code: str) -> Actor:
    return Actor(text=code, name=code, code=code, country=code[:3], sector=code[3:] or None, start=0, end=3)


def _event(doc_id: str, n: int, date: str | None, source: str, target: str, cameo: str,
           status: str = "asserted") -> Event:
    return Event(event_id="ev-" + hashlib.sha256(f"{doc_id}/{n}".encode()).hexdigest()[:20], doc_id=doc_id,
                 sentence=n, evidence=f"{source} {cameo} {target}", date=date, source=_actor(source),
                 target=_actor(target), cameo=cameo, plover="CONSULT", plover_mode=None, goldstein=1.0, quad_class=1,
                 status=status, historical=False, location=None, trigger=Trigger("met", 0, 3))


def test_reference_merge_chains_dates_within_the_window():
    day = dt.date(2024, 6, 19)
    key = ("RUSGOV", "PRKGOV", "057", "asserted", False)
    mentions = [dedup.Mention("a", key, day), dedup.Mention("b", key, day + dt.timedelta(days=1)),
                dedup.Mention("c", key, day + dt.timedelta(days=2)), dedup.Mention("d", key, day + dt.timedelta(days=4)),
                dedup.Mention("e", ("RUSGOV", "PRKGOV", "040", "asserted", False), day),
                dedup.Mention("f", key, None), dedup.Mention("g", key, None)]
    clusters = dedup.event_clusters(mentions)
    assert clusters["a"] == clusters["b"] == clusters["c"] == dedup.cluster_id("a")
    assert len({clusters["a"], clusters["d"], clusters["e"], clusters["f"], clusters["g"]}) == 5


def test_the_same_event_from_several_articles_is_one_merged_event(tmp_path):
    path = tmp_path / "merge.duckdb"
    store = Store(path)
    store.add([
        (_doc("r1", ORIGINAL, "2024-03-04", "Reuters"), [_event("r1", 0, "2024-03-04", "RUSGOV", "CHNGOV", "057")]),
        (_doc("a1", WIRE_COPY, "2024-03-05", "AP"), [_event("a1", 0, "2024-03-04", "RUSGOV", "CHNGOV", "057")]),
        (_doc("x1", OTHER_STORY, "2024-03-05", "Xinhua"), [
            _event("x1", 0, None, "RUSGOV", "CHNGOV", "057"),         # dated by publication, one day later
            _event("x1", 1, "2024-03-04", "RUSGOV", "CHNGOV", "111"),  # another code: another event
            _event("x1", 2, "2024-03-04", "CHNGOV", "RUSGOV", "057"),  # the other direction: another event
            _event("x1", 3, "2024-03-04", "RUSGOV", "CHNGOV", "057", status="negated"),
        ]),
        (_doc("r2", UNRELATED, "2024-03-20", "Reuters"), [_event("r2", 0, "2024-03-20", "RUSGOV", "CHNGOV", "057")]),
    ])
    clusters = {(c.source_code, c.target_code, c.cameo, c.status, c.date): c for c in store.clusters(limit=20)}
    signing = clusters[("RUSGOV", "CHNGOV", "057", "asserted", "2024-03-04")]
    assert (signing.num_mentions, signing.num_articles, signing.num_sources, signing.num_stories) == (3, 3, 3, 2)
    assert signing.date_last == "2024-03-05"
    assert len(clusters) == 5  # signing, accusation, reverse signing, negated signing, the later signing
    assert clusters[("RUSGOV", "CHNGOV", "057", "asserted", "2024-03-20")].num_mentions == 1


def _random_corpus(seed: int) -> list[tuple[Document, list[Event]]]:
    rnd = random.Random(seed)
    corpus = []
    for d in range(rnd.randint(3, 12)):
        doc_id = f"doc{d:02d}"
        events = []
        for n in range(rnd.randint(0, 5)):
            date = None if rnd.random() < 0.1 else (dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randint(0, 8))).isoformat()
            events.append(_event(doc_id, n, date, rnd.choice(["RUSGOV", "PRKGOV"]), rnd.choice(["CHNGOV", "USAGOV"]),
                                 rnd.choice(["040", "057"]), rnd.choice(["asserted", "asserted", "planned"])))
        text = f"story {d} " + " ".join(f"word{rnd.randint(0, 10_000)}" for _ in range(30))
        corpus.append((Document(id=doc_id, text=text, date=f"2024-01-0{1 + d % 9}", source=rnd.choice("ABC")), events))
    return corpus


@pytest.mark.parametrize("seed", range(8))
def test_the_store_merge_matches_the_reference_in_any_batching(tmp_path, seed):
    corpus = _random_corpus(seed)
    rnd = random.Random(seed)
    order = corpus[:]
    rnd.shuffle(order)
    one = Store(tmp_path / "one.duckdb")
    one.add(corpus)
    many = Store(tmp_path / "many.duckdb")
    i = 0
    while i < len(order):
        step = rnd.randint(1, 4)
        many.add(order[i:i + step])
        i += step
    published = {doc.id: doc.date for doc, _ in corpus}
    mentions = [dedup.Mention(e.event_id, (e.source.code, e.target.code, e.cameo, e.status, e.historical),
                              dt.date.fromisoformat(e.date or published[e.doc_id]))
                for _, events in corpus for e in events]
    expected = dedup.event_clusters(mentions)
    for store in (one, many):
        got = {e.event.event_id: e.cluster_id for e in store.events(limit=1000)}
        assert got == expected
    assert sorted((c.cluster_id, c.num_mentions, c.num_articles, c.num_sources) for c in one.clusters(limit=1000)) == \
        sorted((c.cluster_id, c.num_mentions, c.num_articles, c.num_sources) for c in many.clusters(limit=1000))


def test_rebuilding_the_clusters_changes_nothing(tmp_path):
    path = tmp_path / "rebuild.duckdb"
    store = Store(path)
    store.add(_random_corpus(3) + [(_doc("orig", ORIGINAL), []), (_doc("copy", WIRE_COPY), [])])
    before_docs = _clusters_of(path)
    before = sorted((e.event.event_id, e.cluster_id) for e in store.events(limit=1000))
    store.rebuild_clusters()
    assert _clusters_of(path) == before_docs
    assert sorted((e.event.event_id, e.cluster_id) for e in store.events(limit=1000)) == before


def test_changed_dedup_parameters_trigger_a_rebuild(tmp_path, monkeypatch):
    path = tmp_path / "params.duckdb"
    Store(path).add([(_doc("a-orig", ORIGINAL), []), (_doc("b-copy", WIRE_COPY), [])])
    assert _clusters_of(path)["b-copy"] == "a-orig"
    monkeypatch.setattr(dedup, "NEAR_DUP_THRESHOLD", 0.9)
    Store(path).add([(_doc("rain", UNRELATED), [])])
    assert _clusters_of(path) == {"a-orig": "a-orig", "b-copy": "b-copy", "rain": "rain"}


# --- the bundled demo corpus, coded for real ------------------------------------------
@pytest.fixture(scope="module")
def demo_store(tmp_path_factory, coder):
    from dyadscope.ingest import Defaults
    from dyadscope.ingest.jsonl import read_jsonl

    path = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    store = Store(path)
    corpus = resources.files("dyadscope.demo").joinpath("corpus.jsonl")
    with corpus.open("rb") as fh:
        store.ingest(read_jsonl(fh, "corpus.jsonl", Defaults(), coder.settings), coder)
    return store


def test_demo_wire_copies_join_their_original(demo_store):
    assert demo_store.near_duplicates("demo-011") == ["demo-011", "demo-037", "demo-038"]


def test_demo_stories_on_the_same_event_stay_separate_documents(demo_store):
    for doc_id in ("demo-017", "demo-018", "demo-039", "demo-040"):
        assert demo_store.near_duplicates(doc_id) == [doc_id]
    assert demo_store.stats().document_clusters == demo_store.stats().documents - 2


def test_demo_merged_events_keep_their_mentions_consistent(demo_store):
    """Every merged event's mentions share its key, and its dates chain within the window."""
    con = duckdb.connect(str(demo_store.path), read_only=True)
    try:
        rows = con.execute("SELECT e.cluster_id, e.source_code, e.target_code, e.cameo, e.status, e.historical, "
                           "e.date, e.doc_id FROM events e").fetchall()
    finally:
        con.close()
    by_cluster: dict[str, list[tuple]] = {}
    for row in rows:
        by_cluster.setdefault(row[0], []).append(row)
    merged_across_docs = 0
    for members in by_cluster.values():
        assert len({m[1:6] for m in members}) == 1
        dates = sorted(m[6] for m in members if m[6] is not None)
        assert all((b - a).days <= dedup.EVENT_WINDOW_DAYS for a, b in zip(dates, dates[1:], strict=False))
        merged_across_docs += len({m[7] for m in members}) > 1
    assert merged_across_docs > 0
    # the wire copies of demo-011 report its events: some merged event counts all three articles
    clusters = demo_store.clusters(doc_id="demo-037", limit=100)
    assert any(c.num_articles >= 2 and c.num_stories == 1 for c in clusters)


def test_demo_reingest_changes_nothing(demo_store, coder):
    from dyadscope.ingest import Defaults
    from dyadscope.ingest.jsonl import read_jsonl

    before = demo_store.stats()
    corpus = resources.files("dyadscope.demo").joinpath("corpus.jsonl")
    with corpus.open("rb") as fh:
        report = demo_store.ingest(read_jsonl(fh, "corpus.jsonl", Defaults(), coder.settings), coder)
    assert report.documents_new == 0 and report.documents_skipped == before.documents
    assert demo_store.stats() == before
