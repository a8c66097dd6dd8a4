"""What each page shows, as plain data: one function per page, HTML and JSON alike.

Each function takes a store (inside `views.session`, one connection per
request) and validated values, and returns a JSON-ready dict. The app returns
that dict as the page's JSON twin or renders it with the page's template; no
page computes anything the JSON does not carry.

Raises `NotFound` (404) for an unknown id and `BadParameter` (422) for a value
the store refuses.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import Any

from ..errors import StoreError
from ..store import PLOVER_TYPES, STATUSES, EventFilter, Store, views
from ..store.query import parse_date
from . import draw

__all__ = [
    "BadParameter",
    "NotFound",
    "actor_page",
    "actors_page",
    "document_page",
    "documents_page",
    "dyad_page",
    "dyads_page",
    "event_page",
    "events_page",
    "event_filter",
    "label",
    "map_page",
    "network_page",
    "overview_page",
    "search_page",
]

NETWORK_WIDTH, NETWORK_HEIGHT = 960, 640
# A dyad series never has more points than this (20 years by week is 1,044; by day, 7,305).
MAX_POINTS = 7500
_PERIOD_DAYS = {"day": 1.0, "week": 7.0, "month": 30.44}
_ISO3 = re.compile(r"^[A-Z]{3}$")


class NotFound(LookupError):
    """No such event, document or actor (HTTP 404)."""


class BadParameter(ValueError):
    """A query value the store refuses (HTTP 422)."""


@contextmanager
def _checked() -> Iterator[None]:
    """A StoreError raised while building a filter is the caller's bad value."""
    try:
        yield
    except StoreError as exc:
        raise BadParameter(str(exc)) from None


def event_filter(**values: Any) -> EventFilter:
    """An EventFilter from request values (None and empty values are dropped).

    Raises:
        BadParameter: a bad date, status, PLOVER type, or `since` after `until`.
    """
    kept = {k: v for k, v in values.items() if v not in (None, "", [], ())}
    with _checked():
        flt = EventFilter.build(**kept)
    if flt.since and flt.until and flt.since > flt.until:
        raise BadParameter(f"since {flt.since} is after until {flt.until}")
    return flt


def _filter_dict(flt: EventFilter) -> dict[str, Any]:
    """The filter as JSON: only the fields that are set."""
    out: dict[str, Any] = {}
    for key, value in vars(flt).items():
        if value in (None, (), ""):
            continue
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[key] = value
    return out


def _clusters(store: Store, flt: EventFilter, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    """Merged events with the evidence sentence of their representative mention."""
    found = store.clusters(limit=limit, offset=offset, **_filter_kwargs(flt))
    with views.connection(store) as con:
        evidence = views.evidence_of(con, [c.event_id for c in found])
    return [{**c.to_dict(), "evidence": evidence.get(c.event_id)} for c in found]


def _named(pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Country pairs with the countries' names."""
    return [{**p, "a_name": label(p["a"]), "b_name": label(p["b"])} for p in pairs]


def _filter_kwargs(flt: EventFilter) -> dict[str, Any]:
    return {k: v for k, v in vars(flt).items() if v not in (None, (), "")}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """ISO3 code -> country name, from the lexicon's countries.tsv."""
    from ..lexicon import read_rows

    source = resources.files("dyadscope.lexicon").joinpath("data", "countries.tsv")
    return {row["iso3"]: row["name"] for _, row in read_rows(source, "countries.tsv")}


def label(spec: str) -> str:
    """A readable name for an actor spec: the country's name for an ISO3 code, else the spec."""
    return _countries().get(spec, spec) if _ISO3.match(spec) else spec


# --- pages ----------------------------------------------------------------------------------
def overview_page(store: Store) -> dict[str, Any]:
    """The front page: store size, latest merged events, most active dyads and actors, latest documents."""
    with views.connection(store) as con:
        docs = views.documents(con, 12, 0)
        has_tone = views.has_column(con, "documents", "tone")
        pairs = views.country_dyads(con, EventFilter(), True, 12)
    return {
        "stats": store.stats().to_dict(),
        "latest": _clusters(store, EventFilter(), 15),
        "country_dyads": _named(pairs),
        "dyads": [d.to_dict() for d in store.dyads(limit=12)],
        "actors": [a.to_dict() for a in store.actors(limit=12)],
        "documents": docs,
        "has_tone": has_tone,
    }


def events_page(store: Store, flt: EventFilter, merged: bool, limit: int, offset: int) -> dict[str, Any]:
    """A page of events (mentions, or merged events with merged=True), newest first."""
    kwargs = _filter_kwargs(flt)
    if merged:
        rows = _clusters(store, flt, limit, offset)
    else:
        rows = [e.to_dict() for e in store.events(limit=limit, offset=offset, **kwargs)]
    return {"filters": _filter_dict(flt), "merged": merged, "limit": limit, "offset": offset,
            "count": store.count(merged=merged, **kwargs), "events": rows}


def _marks(stored: Any, text: str | None) -> dict[str, Any]:
    """The evidence with source, trigger and target located within it."""
    event = stored.event
    start = draw.locate_sentence(text, event.evidence, event.trigger.start) if text else None
    wanted = [("trigger", event.trigger.start, event.trigger.end, event.trigger.text)]
    for kind, actor in (("source", event.source), ("target", event.target)):
        if actor is not None:
            wanted.append((kind, actor.start, actor.end, actor.text))
    spans = draw.relative_spans(event.evidence, start, wanted)
    return {"sentence_start": start, "highlights": [s.to_dict() for s in spans],
            "segments": draw.segments(event.evidence, spans)}


def event_page(store: Store, event_id: str) -> dict[str, Any]:
    """One event: the record, its evidence highlighted, its merged event, every mention and article.

    Raises:
        NotFound: no mention or merged event has this id.
    """
    with views.connection(store) as con:
        stored = views.event_by_id(con, event_id)
        if stored is None:
            raise NotFound(f"no event {event_id!r}; event ids look like ev-... (mentions) or ec-... (merged events)")
        articles = views.articles_of_cluster(con, stored.cluster_id) if stored.cluster_id else []
    document = store.document(stored.event.doc_id)
    cluster = None
    mentions: list[dict[str, Any]] = []
    if stored.cluster_id:
        found = store.clusters(limit=1, cluster_id=stored.cluster_id)
        cluster = found[0].to_dict() if found else None
        mentions = [m.to_dict() for m in store.events(limit=500, cluster_id=stored.cluster_id)]
    doc = document.to_dict() if document else None
    if doc:
        doc.pop("text", None)
    return {"event": stored.to_dict(), **_marks(stored, document.document.text if document else None),
            "document": doc, "cluster": cluster, "mentions": mentions, "articles": articles}


def document_page(store: Store, doc_id: str) -> dict[str, Any]:
    """One document: its record and text, its events, triggers marked in the text, its near-duplicates.

    Raises:
        NotFound: no document has this id.
    """
    stored = store.document(doc_id)
    if stored is None:
        raise NotFound(f"no document {doc_id!r}; /api/documents lists them")
    events = store.events(limit=2000, doc_id=doc_id)
    text = stored.document.text
    spans = []
    for e in sorted(events, key=lambda s: (s.event.trigger.start, s.event.event_id)):
        t = e.event.trigger
        if 0 <= t.start < t.end <= len(text):
            spans.append(draw.Span("trigger", t.start, t.end, t.text))
    pieces = draw.segments(text, spans)
    by_start = {e.event.trigger.start: e.event.event_id for e in events}
    at = 0
    for piece in pieces:
        if piece["kind"]:
            piece["event_id"] = by_start.get(at)
        at += len(piece["text"])
    return {"document": stored.to_dict(), "events": [e.to_dict() for e in events], "segments": pieces,
            "near_duplicates": [d for d in store.near_duplicates(doc_id) if d != doc_id]}


def documents_page(store: Store, text: str | None, limit: int, offset: int) -> dict[str, Any]:
    """A page of documents, newest first, optionally those whose title or text holds `text`."""
    with views.connection(store) as con:
        return {"q": text or "", "limit": limit, "offset": offset, "count": views.count_documents(con, text),
                "has_tone": views.has_column(con, "documents", "tone"),
                "documents": views.documents(con, limit, offset, text)}


def actors_page(store: Store, flt: EventFilter, merged: bool, limit: int) -> dict[str, Any]:
    """The actors with most events, and the directed dyads of actor codes with most events."""
    kwargs = _filter_kwargs(flt)
    return {"filters": _filter_dict(flt), "merged": merged,
            "actors": [a.to_dict() for a in store.actors(limit=limit, merged=merged, **kwargs)],
            "dyads": [d.to_dict() for d in store.dyads(limit=limit, merged=merged, **kwargs)]}


def actor_page(store: Store, spec: str, merged: bool = True) -> dict[str, Any]:
    """One actor spec (country, code prefix or name): codes, counts, PLOVER types, partners, latest events.

    Raises:
        NotFound: no event has this actor.
    """
    spec = spec.strip()
    if not spec:
        raise NotFound("an actor needs a country, code or name, e.g. /actor/RUS")
    with views.connection(store) as con:
        profile = views.actor_profile(con, spec, merged)
    if profile["events"] == 0:
        raise NotFound(f"no event has actor {spec!r}; specs are a country (RUS), a code prefix (PRKGOV) "
                       "or a name (Kim Jong Un)")
    latest = _clusters(store, EventFilter(actor=spec), 10) + _clusters(store, EventFilter(target=spec), 10)
    latest.sort(key=lambda c: (c["date"] or "", c["cluster_id"]), reverse=True)
    return {**profile, "merged": merged, "latest": latest[:15]}


def dyads_page(store: Store, flt: EventFilter, merged: bool, limit: int) -> dict[str, Any]:
    """Country pairs with most events (either way round), and the busiest directed dyads of actor codes."""
    with views.connection(store) as con:
        pairs = views.country_dyads(con, flt, merged, limit)
    return {"filters": _filter_dict(flt), "merged": merged, "country_dyads": _named(pairs),
            "dyads": [d.to_dict() for d in store.dyads(limit=limit, merged=merged, **_filter_kwargs(flt))]}


def dyad_page(store: Store, a: str, b: str, by: str = "month", direction: str = "both", since: str | None = None,
              until: str | None = None, include_historical: bool = False, include_negated: bool = False,
              include_possible: bool = False, merged: bool = True) -> dict[str, Any]:
    """A dyad's time series (see dyadscope.relations), with the query that lists a point's events.

    `events_query` holds the /api/events parameters that select the events of a
    point once `since` and `until` are set to the point's start and end.

    Raises:
        BadParameter: a bad period, direction or date, since after until, or more than MAX_POINTS periods.
    """
    if since or until:
        _check_window(store, by, since, until)
    with _checked():
        series = store.relations(a, b, by=by, direction=direction, since=since, until=until,
                                 include_historical=include_historical, include_negated=include_negated,
                                 include_possible=include_possible, merged=merged)
    if len(series.points) > MAX_POINTS:
        raise BadParameter(f"{len(series.points)} points by {by} is more than {MAX_POINTS}; use a longer period "
                           "(by=week or by=month) or a narrower since/until")
    data = series.to_dict()
    query: dict[str, Any] = {"status": data["statuses"], "merged": merged}
    if direction == "both":
        query["dyad"] = f"{series.query.a},{series.query.b}"
    elif direction == "ab":
        query.update(actor=series.query.a, target=series.query.b)
    else:
        query.update(actor=series.query.b, target=series.query.a)
    if not include_historical:
        query["historical"] = False
    values = {k: v for k, v in query.items() if k != "merged"}
    if "dyad" in values:
        values["dyad"] = (series.query.a, series.query.b)
    flt = event_filter(**values, since=since, until=until)
    return {**data, "plover_types": list(PLOVER_TYPES), "statuses": data["statuses"],
            "all_statuses": list(STATUSES), "events_query": query,
            "names": {"a": label(series.query.a), "b": label(series.query.b)},
            "latest": _clusters(store, flt, 20) if merged else
            [e.to_dict() for e in store.events(limit=20, **_filter_kwargs(flt))]}


def _check_window(store: Store, by: str, since: str | None, until: str | None) -> None:
    """Refuse an explicit window that would need more than MAX_POINTS periods, before building it."""
    stats = store.stats()
    with _checked():
        first = parse_date(since, "since") or parse_date(stats.first_date, "first date")
        last = parse_date(until, "until") or parse_date(stats.last_date, "last date")
    if first is None or last is None or last < first or by not in _PERIOD_DAYS:
        return
    periods = ((last - first).days + 1) / _PERIOD_DAYS[by]
    if periods > MAX_POINTS:
        raise BadParameter(f"{int(periods)} {by}s from {first} to {last} is more than {MAX_POINTS} points; use a "
                           "longer period (by=week or by=month) or a narrower since/until")


def network_page(store: Store, flt: EventFilter, merged: bool, level: str, limit: int) -> dict[str, Any]:
    """The actor (or country) network: nodes, directed edges and a force-directed layout.

    Edges are the `limit` busiest directed pairs; a node's size counts its events
    on those edges; an edge's colour is its share of conflict.
    """
    with views.connection(store) as con:
        links = views.edges(con, flt, merged, level, limit)
    weight: dict[str, int] = {}
    names: dict[str, str | None] = {}
    for link in links:
        for side in ("source", "target"):
            weight[link[side]] = weight.get(link[side], 0) + link["events"]
            names.setdefault(link[side], label(link[side]) if level == "country" else link[f"{side}_name"])
    order = sorted(weight, key=lambda n: (-weight[n], n))
    top = max(weight.values(), default=1)
    radius = {n: round(6 + 16 * math.sqrt(weight[n] / top), 1) for n in order}
    where = draw.layout(order, [(e["source"], e["target"], e["events"]) for e in links], NETWORK_WIDTH,
                        NETWORK_HEIGHT, radius)
    nodes = [{"id": n, "name": names.get(n), "events": weight[n], "x": where[n][0], "y": where[n][1],
              "r": radius[n]} for n in order]
    heaviest = max((e["events"] for e in links), default=1)
    edges = []
    for link in links:
        (x1, y1), (x2, y2) = where[link["source"]], where[link["target"]]
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1.0
        # bend each direction to its own side so A->B and B->A do not overlap; stop at the node's rim
        bend = 0.15
        mx, my = (x1 + x2) / 2 - dy * bend, (y1 + y2) / 2 + dx * bend
        ex, ey = x2 - (x2 - mx) / (math.hypot(x2 - mx, y2 - my) or 1) * (radius[link["target"]] + 3), \
            y2 - (y2 - my) / (math.hypot(x2 - mx, y2 - my) or 1) * (radius[link["target"]] + 3)
        total = link["cooperation"] + link["conflict"]
        share = link["conflict"] / total if total else 0.0
        edges.append({**link, "conflict_share": round(share, 3),
                      "width": round(1 + 6 * math.sqrt(link["events"] / heaviest), 1),
                      "path": f"M{x1:.1f} {y1:.1f} Q{mx:.1f} {my:.1f} {ex:.1f} {ey:.1f}", "length": round(dist, 1)})
    return {"filters": _filter_dict(flt), "merged": merged, "level": level, "limit": limit,
            "width": NETWORK_WIDTH, "height": NETWORK_HEIGHT, "nodes": nodes, "edges": edges}


def map_page(store: Store, flt: EventFilter, merged: bool, limit: int) -> dict[str, Any]:
    """Event locations on an equirectangular map: one dot per place, its area proportional to its events."""
    with views.connection(store) as con:
        places = views.locations(con, flt, merged, limit)
    top = max((p["events"] for p in places), default=1)
    for place in places:
        place["x"], place["y"] = draw.project(place["lat"], place["lon"])
        place["r"] = round(2.5 + 14 * math.sqrt(place["events"] / top), 1)
        total = place["cooperation"] + place["conflict"]
        place["conflict_share"] = round(place["conflict"] / total, 3) if total else 0.0
    return {"filters": _filter_dict(flt), "merged": merged, "limit": limit, "width": draw.MAP_WIDTH,
            "height": draw.MAP_HEIGHT, "graticule": draw.graticule(), "places": places}


def search_page(store: Store, text: str, limit: int) -> dict[str, Any]:
    """Events whose evidence holds `text`, documents whose title or text holds it, actors named by it."""
    text = text.strip()
    if not text:
        return {"q": "", "events": [], "documents": [], "actors": [], "event_count": 0, "document_count": 0}
    with views.connection(store) as con:
        documents = views.documents(con, limit, 0, text)
        document_count = views.count_documents(con, text)
        actors = views.search_actors(con, text, limit)
    return {"q": text, "events": [e.to_dict() for e in store.events(limit=limit, text=text)],
            "event_count": store.count(text=text), "documents": documents, "document_count": document_count,
            "actors": actors}
