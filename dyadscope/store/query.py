"""Reading: events, merged events, dyad series, top actors, documents.

Filters become WHERE clauses made of fixed fragments with `?` placeholders;
user values only ever travel as parameters. Table and column names come from
this module's constants, never from the caller.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

import duckdb

from ..dedup import cluster_label, parse_cluster_label
from ..errors import StoreError
from ..records import Actor, Document, Event, Place, Trigger
from ..relations import DyadQuery, Row
from .db import sql

STATUSES = ("asserted", "planned", "possible", "negated")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# Which table a read counts, and its id column: merged events or mentions.
_TABLES = {True: ("event_clusters", "cluster_id"), False: ("events", "event_id")}
# A page never returns more than this many rows, whatever --limit says.
MAX_LIMIT = 100_000
# An actor spec in capitals is a country or code prefix; anything else is a name.
_CODE = re.compile(r"^[A-Z]{3,}$")
# Matches no stored cluster: cluster numbers are positive.
_NO_CLUSTER = -1


def parse_date(value: dt.date | str | None, name: str) -> dt.date | None:
    """A date from a date or a YYYY-MM-DD string (None stays None).

    Raises:
        StoreError: not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise StoreError(f"{name} {value!r} is not a date; use YYYY-MM-DD") from None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _many(value: str | Iterable[str] | None) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    return tuple(v.strip() for v in value if v and v.strip())


@dataclass(frozen=True)
class EventFilter:
    """Which events to read; every field left empty matches everything.

    An actor spec (`actor`, `target`, each side of `dyad`) written in capitals
    matches an actor whose country equals it or whose code starts with it
    (`RUS`, `PRKGOV`, `IGOUNO`); any other spec matches the actor's name,
    ignoring case (`Kim Jong Un`, `vladimir putin`).
    """

    actor: str | None = None          # the source (who acts)
    target: str | None = None         # the target (acted upon)
    dyad: tuple[str, str] | None = None  # A and B, either way round
    country: str | None = None        # source, target or place in this ISO3 country
    plover: tuple[str, ...] = ()      # any of these PLOVER types
    cameo: str | None = None          # CAMEO code prefix: "04", "042"
    status: tuple[str, ...] = ()      # any of these statuses
    historical: bool | None = None    # True only historical, False none, None both
    since: dt.date | None = None      # on or after (the stored date)
    until: dt.date | None = None      # on or before
    place: str | None = None          # place name, admin1 or country, ignoring case
    text: str | None = None           # words in the evidence sentence, ignoring case
    doc_id: str | None = None
    cluster_id: str | None = None

    @classmethod
    def build(cls, **values: Any) -> EventFilter:
        """A filter from loose values (strings for dates, a string or list for plover/status).

        Raises:
            StoreError: an unknown filter name, a bad date, status or PLOVER type.
        """
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(values) - known)
        if unknown:
            raise StoreError(f"unknown event filter {', '.join(unknown)}; use {', '.join(sorted(known))}")
        dyad = values.get("dyad")
        if dyad is not None:
            pair = tuple(_text(v) for v in dyad)
            if len(pair) != 2 or None in pair:
                raise StoreError("a dyad filter needs two actors, e.g. dyad=('RUS', 'PRK')")
            dyad = (str(pair[0]), str(pair[1]))
        status = tuple(s.lower() for s in _many(values.get("status")))
        for s in status:
            if s not in STATUSES:
                raise StoreError(f"status {s!r} is not one of {', '.join(STATUSES)}")
        plover = tuple(p.upper() for p in _many(values.get("plover")))
        for p in plover:
            if p not in PLOVER_TYPES:
                raise StoreError(f"PLOVER type {p!r} is not one of {', '.join(PLOVER_TYPES)}")
        historical = values.get("historical")
        return cls(
            actor=_text(values.get("actor")), target=_text(values.get("target")), dyad=dyad,
            country=_text(values.get("country")), plover=plover, cameo=_text(values.get("cameo")), status=status,
            historical=None if historical is None else bool(historical),
            since=parse_date(values.get("since"), "since"), until=parse_date(values.get("until"), "until"),
            place=_text(values.get("place")), text=_text(values.get("text")),
            doc_id=_text(values.get("doc_id")), cluster_id=_text(values.get("cluster_id")),
        )


def _actor(side: str, spec: str) -> tuple[str, list[Any]]:
    """`side` is the constant "source" or "target"; the spec is a parameter."""
    assert side in ("source", "target")
    if _CODE.match(spec):
        return f"({side}_country = ? OR starts_with({side}_code, ?))", [spec, spec]
    return f"lower({side}_name) = ?", [spec.lower()]


def _direction(a: str, b: str) -> tuple[str, list[Any]]:
    """A as source and B as target."""
    sa, pa = _actor("source", a)
    tb, pb = _actor("target", b)
    return f"({sa} AND {tb})", pa + pb


def where(flt: EventFilter, merged: bool) -> tuple[str, list[Any]]:
    """The WHERE clause of a filter for the events (merged=False) or event_clusters table."""
    parts: list[str] = []
    params: list[Any] = []

    def add(fragment: str, values: Sequence[Any]) -> None:
        parts.append(fragment)
        params.extend(values)

    if flt.actor:
        add(*_actor("source", flt.actor))
    if flt.target:
        add(*_actor("target", flt.target))
    if flt.dyad:
        ab, pab = _direction(*flt.dyad)
        ba, pba = _direction(flt.dyad[1], flt.dyad[0])
        add(f"({ab} OR {ba})", pab + pba)
    if flt.country:
        code = flt.country.upper()
        add("(source_country = ? OR target_country = ? OR location_country = ?)", [code, code, code])
    if flt.plover:
        add("list_contains(?::VARCHAR[], plover)", [list(flt.plover)])
    if flt.cameo:
        add("starts_with(cameo, ?)", [flt.cameo])
    if flt.status:
        add("list_contains(?::VARCHAR[], status)", [list(flt.status)])
    if flt.historical is not None:
        add("historical = ?", [flt.historical])
    if flt.since:
        add("date >= ?", [flt.since])
    if flt.until:
        add("date <= ?", [flt.until])
    if flt.place:
        needle = flt.place.lower()
        add("(contains(lower(location_name), ?) OR contains(lower(location_admin1), ?) "
            "OR lower(location_country) = ?)", [needle, needle, needle])
    if flt.text:
        add("cluster_id IN (SELECT cluster_id FROM events WHERE contains(lower(evidence), ?))" if merged
            else "contains(lower(evidence), ?)", [flt.text.lower()])
    if flt.doc_id:
        add("cluster_id IN (SELECT cluster_id FROM events WHERE doc_id = ?)" if merged else "doc_id = ?",
            [flt.doc_id])
    if flt.cluster_id:
        key = parse_cluster_label(flt.cluster_id)
        add("cluster_id = ?", [_NO_CLUSTER if key is None else key])
    return (" AND ".join(parts) if parts else "TRUE"), params


def _fill(name: str, **fragments: str) -> str:
    """A named statement with its {markers} replaced by fixed fragments built in this module."""
    text = sql(name)
    for marker, fragment in fragments.items():
        text = text.replace("{" + marker + "}", fragment)
    return text


def _limit(limit: int, offset: int) -> list[int]:
    if limit < 0 or offset < 0:
        raise StoreError("limit and offset must not be negative")
    return [min(limit, MAX_LIMIT), offset]


@dataclass(frozen=True)
class StoredEvent:
    """An event as stored: the contract's record plus what the store adds."""

    event: Event
    day: str | None               # the stored date: the event's own, or the publication date
    date_is_publication: bool     # True when the coder found no date and `day` is the publication date
    cluster_id: str | None        # the merged event this mention belongs to

    def to_dict(self) -> dict[str, Any]:
        """The contract's event dict, plus `day`, `date_is_publication` and `cluster_id`."""
        record = self.event.to_dict()
        record.update(day=self.day, date_is_publication=self.date_is_publication, cluster_id=self.cluster_id)
        return record

    def to_row(self) -> dict[str, Any]:
        """One flat row (actors and place spread into columns) for CSV and tables."""
        e = self.event
        row: dict[str, Any] = {"event_id": e.event_id, "doc_id": e.doc_id, "day": self.day,
                               "date": e.date, "date_is_publication": self.date_is_publication}
        for side, actor in (("source", e.source), ("target", e.target)):
            for key in ("text", "name", "code", "country", "sector"):
                row[f"{side}_{key}"] = getattr(actor, key) if actor else None
        row.update(cameo=e.cameo, plover=e.plover, plover_mode=e.plover_mode, goldstein=e.goldstein,
                   quad_class=e.quad_class, status=e.status, historical=e.historical)
        for key in ("name", "country", "admin1", "lat", "lon", "geonameid", "feature"):
            row[f"location_{key}"] = getattr(e.location, key) if e.location else None
        row.update(trigger=e.trigger.text, attribution="; ".join(e.attribution), confidence=e.confidence,
                   rule=e.rule, sentence=e.sentence, evidence=e.evidence, cluster_id=self.cluster_id)
        return row


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _event(row: tuple[Any, ...]) -> StoredEvent:
    (event_id, doc_id, sentence, evidence, day, from_pub,
     s_text, s_name, s_code, s_country, s_sector, s_start, s_end,
     t_text, t_name, t_code, t_country, t_sector, t_start, t_end,
     cameo, plover, plover_mode, goldstein, quad_class, status, historical,
     l_name, l_country, l_admin1, l_lat, l_lon, l_geonameid, l_feature,
     tr_text, tr_start, tr_end, attribution, confidence, rule, cluster_id) = row
    source = Actor(s_text, s_name, s_code, s_country, s_sector, s_start, s_end) if s_text is not None else None
    target = Actor(t_text, t_name, t_code, t_country, t_sector, t_start, t_end) if t_text is not None else None
    place = Place(l_name, l_country, l_admin1, l_lat, l_lon, l_geonameid, l_feature) if l_name is not None else None
    event = Event(event_id=event_id, doc_id=doc_id, sentence=sentence, evidence=evidence,
                  date=None if from_pub else _iso(day), source=source, target=target, cameo=cameo, plover=plover,
                  plover_mode=plover_mode, goldstein=goldstein, quad_class=quad_class, status=status,
                  historical=historical, location=place, trigger=Trigger(tr_text, tr_start, tr_end),
                  attribution=tuple(attribution or ()), confidence=confidence, rule=rule)
    return StoredEvent(event=event, day=_iso(day), date_is_publication=bool(from_pub),
                       cluster_id=cluster_label(cluster_id) if cluster_id is not None else None)


@dataclass(frozen=True)
class EventCluster:
    """A merged event: its mentions' shared fields and GDELT-style counts."""

    cluster_id: str
    date: str | None
    date_last: str | None
    source_name: str | None
    source_code: str | None
    source_country: str | None
    source_sector: str | None
    target_name: str | None
    target_code: str | None
    target_country: str | None
    target_sector: str | None
    cameo: str
    plover: str | None
    plover_mode: str | None
    goldstein: float
    quad_class: int
    status: str
    historical: bool
    location: Place | None
    num_mentions: int
    num_sources: int
    num_articles: int
    num_stories: int
    avg_tone: float | None
    confidence: float
    is_root: bool
    event_id: str      # the representative mention
    doc_id: str
    url: str | None
    date_added: str

    def to_dict(self) -> dict[str, Any]:
        """The merged event as a JSON-ready dict."""
        return asdict(self)

    def to_row(self) -> dict[str, Any]:
        """One flat row for CSV and tables."""
        row = self.to_dict()
        place = row.pop("location") or {}
        row.update({f"location_{k}": place.get(k) for k in ("name", "country", "admin1", "lat", "lon",
                                                            "geonameid", "feature")})
        return row


def _cluster(row: tuple[Any, ...]) -> EventCluster:
    values = list(row)
    location = Place(*values[18:25]) if values[18] is not None else None
    head = values[:18]
    tail = values[25:]
    head[0], head[1], head[2] = cluster_label(head[0]), _iso(head[1]), _iso(head[2])
    tail[-1] = tail[-1].isoformat(sep=" ") if tail[-1] is not None else ""
    return EventCluster(*head, location, *tail)  # type: ignore[arg-type]


def read_events(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int, offset: int) -> list[StoredEvent]:
    """A page of mentions, newest first."""
    clause, params = where(flt, merged=False)
    rows = con.execute(_fill("select_events", where=clause), params + _limit(limit, offset)).fetchall()
    return [_event(r) for r in rows]


def read_clusters(con: duckdb.DuckDBPyConnection, flt: EventFilter, limit: int, offset: int) -> list[EventCluster]:
    """A page of merged events, newest first."""
    clause, params = where(flt, merged=True)
    rows = con.execute(_fill("select_clusters", where=clause), params + _limit(limit, offset)).fetchall()
    return [_cluster(r) for r in rows]


def count(con: duckdb.DuckDBPyConnection, flt: EventFilter, merged: bool) -> int:
    """How many mentions (or merged events) match."""
    clause, params = where(flt, merged=merged)
    table, _ = _TABLES[merged]
    row = con.execute(_fill("count_rows", table=table, where=clause), params).fetchone()
    return int(row[0]) if row else 0


def relation_rows(con: duckdb.DuckDBPyConnection, query: DyadQuery) -> list[Row]:
    """The aggregates behind a dyad series (see relations.series)."""
    table, id_column = _TABLES[query.merged]
    ab, p_ab = _direction(query.a, query.b)
    ba, p_ba = _direction(query.b, query.a)
    chosen = {"ab": (ab, p_ab), "ba": (ba, p_ba), "both": (f"({ab} OR {ba})", p_ab + p_ba)}[query.direction]
    clause = f"{chosen[0]} AND list_contains(?::VARCHAR[], status) AND historical IN (false, ?)"
    params: list[Any] = [*chosen[1], list(query.statuses), query.include_historical]
    if query.since:
        clause += " AND date >= ?"
        params.append(query.since)
    if query.until:
        clause += " AND date <= ?"
        params.append(query.until)
    text = _fill("relation_rows", table=table, id=id_column, direction=ab, where=clause)
    rows = con.execute(text, [query.by, *p_ab, *params]).fetchall()
    label = cluster_label if query.merged else str
    return [Row(period=r[0], direction=r[1], quad_class=int(r[2]), plover=r[3], count=int(r[4]),
                goldstein_sum=float(r[5] or 0.0), event_ids=tuple(label(i) for i in r[6])) for r in rows]


@dataclass(frozen=True)
class ActorCount:
    """An actor and how many events it takes part in."""

    code: str
    name: str | None
    country: str | None
    events: int
    as_source: int
    as_target: int

    def to_dict(self) -> dict[str, Any]:
        """As a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True)
class DyadCount:
    """A directed pair of actors and its events."""

    source_code: str
    target_code: str
    source_name: str | None
    target_name: str | None
    events: int
    cooperation: int  # quad classes 1-2
    conflict: int     # quad classes 3-4
    goldstein_mean: float | None

    def to_dict(self) -> dict[str, Any]:
        """As a JSON-ready dict."""
        return asdict(self)


def top_actors(con: duckdb.DuckDBPyConnection, flt: EventFilter, merged: bool, limit: int) -> list[ActorCount]:
    """The actors in most events, as source or target."""
    clause, params = where(flt, merged=merged)
    table, _ = _TABLES[merged]
    rows = con.execute(_fill("top_actors", table=table, where=clause),
                       params + params + [_limit(limit, 0)[0]]).fetchall()
    return [ActorCount(r[0], r[1], r[2], int(r[3]), int(r[4]), int(r[5])) for r in rows]


def top_dyads(con: duckdb.DuckDBPyConnection, flt: EventFilter, merged: bool, limit: int) -> list[DyadCount]:
    """The directed dyads with most events."""
    clause, params = where(flt, merged=merged)
    table, _ = _TABLES[merged]
    rows = con.execute(_fill("top_dyads", table=table, where=clause), params + [_limit(limit, 0)[0]]).fetchall()
    return [DyadCount(r[0], r[1], r[2], r[3], int(r[4]), int(r[5]), int(r[6]),
                      float(r[7]) if r[7] is not None else None) for r in rows]


@dataclass(frozen=True)
class StoredDocument:
    """A stored document with the store's fields."""

    document: Document
    content_hash: str
    tone: float | None
    cluster_id: str   # its near-duplicate cluster
    events: int
    ingested_at: str

    def to_dict(self) -> dict[str, Any]:
        """The document record plus the store's fields."""
        return {**self.document.to_dict(), "content_hash": self.content_hash, "tone": self.tone,
                "cluster_id": self.cluster_id, "events": self.events, "ingested_at": self.ingested_at}


def read_document(con: duckdb.DuckDBPyConnection, doc_id: str) -> StoredDocument | None:
    """One document by id, None when it is not stored."""
    row = con.execute(sql("get_document"), [doc_id]).fetchone()
    if row is None:
        return None
    (id_, digest, title, date, source, url, language, text, tone, cluster_id, events, ingested) = row
    document = Document(id=id_, text=text, title=title, date=_iso(date), source=source, url=url, language=language)
    return StoredDocument(document, digest, tone, cluster_id, int(events), ingested.isoformat(sep=" "))


def cluster_members(con: duckdb.DuckDBPyConnection, cluster_id: str) -> list[str]:
    """The ids of a near-duplicate document cluster, sorted."""
    return [r[0] for r in con.execute(sql("documents_in_cluster"), [cluster_id]).fetchall()]


@dataclass(frozen=True)
class StoreStats:
    """The size of the store."""

    documents: int
    document_clusters: int
    events: int
    event_clusters: int
    first_date: str | None
    last_date: str | None

    def to_dict(self) -> dict[str, Any]:
        """As a JSON-ready dict."""
        return asdict(self)


def stats(con: duckdb.DuckDBPyConnection) -> StoreStats:
    """Counts of documents, clusters and events, and the span of event dates."""
    row = con.execute(sql("stats")).fetchone()
    assert row is not None
    return StoreStats(int(row[0]), int(row[1]), int(row[2]), int(row[3]), _iso(row[4]), _iso(row[5]))
