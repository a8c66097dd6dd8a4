"""Extra read queries for the web app: one event with its cluster and articles,
documents, actor profiles, network edges, event locations.

Every function takes an open DuckDB connection (from `session(store)` or
`connection(store)`), binds every user value as a `?` parameter and returns
plain dicts or the store's records. Filters reuse `query.where`, so the web app
filters events exactly as `Store.events` does.

    >>> store = Store("events.duckdb", read_only=True)
    >>> with session(store) as view, connection(view) as con:
    ...     edges(con, EventFilter(), merged=True, level="country", limit=50)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

import duckdb

from ..dedup import parse_cluster_label
from .query import MAX_LIMIT, EventFilter, StoredEvent, read_events, where

if TYPE_CHECKING:
    from . import Store

__all__ = [
    "LEVELS",
    "actor_profile",
    "articles_of_cluster",
    "connection",
    "count_documents",
    "count_foreign_documents",
    "country_dyads",
    "documents",
    "edges",
    "event_by_id",
    "evidence_of",
    "has_column",
    "locations",
    "search_actors",
    "session",
]

# Network levels: one node per actor code, or one per country.
LEVELS = {"actor": ("source_code", "target_code"), "country": ("source_country", "target_country")}
# Which table a read counts: merged events or mentions (as in query.py).
_TABLES = {True: "event_clusters", False: "events"}


def session(store: Store) -> AbstractContextManager[Store]:
    """One connection for a block: see Store.session."""
    return store.session()


def connection(store: Store) -> AbstractContextManager[duckdb.DuckDBPyConnection]:
    """The store's connection: the one `session` holds, or a fresh one for the block."""
    return store.connection()


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def has_column(con: duckdb.DuckDBPyConnection, table: str, column: str) -> bool:
    """Whether a table of the store has a column (older stores may lack newer optional columns)."""
    row = con.execute("SELECT count(*) FROM duckdb_columns() WHERE database_name = current_database() "
                      "AND table_name = ? AND column_name = ?", [table, column]).fetchone()
    return bool(row and row[0])


# --- events -------------------------------------------------------------------------------
def event_by_id(con: duckdb.DuckDBPyConnection, event_id: str) -> StoredEvent | None:
    """One mention by its event id, or the representative mention of a merged event (`ec-...`)."""
    key = parse_cluster_label(event_id)
    if key is not None:
        row = con.execute("SELECT event_id FROM event_clusters WHERE cluster_id = ?", [key]).fetchone()
        if row is None:
            return None
        event_id = row[0]
    found = con.execute("SELECT doc_id FROM events WHERE event_id = ? LIMIT 1", [event_id]).fetchone()
    if found is None:
        return None
    for stored in read_events(con, EventFilter(doc_id=found[0]), MAX_LIMIT, 0):
        if stored.event.event_id == event_id:
            return stored
    return None


def evidence_of(con: duckdb.DuckDBPyConnection, event_ids: Sequence[str]) -> dict[str, str]:
    """The evidence sentence of each mention id."""
    if not event_ids:
        return {}
    rows = con.execute("SELECT event_id, any_value(evidence) FROM events "
                       "WHERE list_contains(?::VARCHAR[], event_id) GROUP BY event_id", [list(event_ids)]).fetchall()
    return {r[0]: r[1] for r in rows}


def articles_of_cluster(con: duckdb.DuckDBPyConnection, cluster_id: str) -> list[dict[str, Any]]:
    """Every article that mentions a merged event, plus the near-duplicates of those articles.

    Returns:
        Dicts with id, title, date, source, url, story (near-duplicate cluster) and
        `mentions` (True when the article itself was coded with the event), sorted by date.
    """
    key = parse_cluster_label(cluster_id)
    if key is None:
        return []
    rows = con.execute(
        "WITH mentioning AS (SELECT DISTINCT doc_id FROM events WHERE cluster_id = ?) "
        "SELECT d.id, d.title, d.date, d.source, d.url, d.cluster_id, d.id IN (SELECT doc_id FROM mentioning) "
        "FROM documents d "
        "WHERE d.cluster_id IN (SELECT cluster_id FROM documents WHERE id IN (SELECT doc_id FROM mentioning)) "
        "ORDER BY d.date NULLS LAST, d.id", [key]).fetchall()
    return [{"id": r[0], "title": r[1], "date": _iso(r[2]), "source": r[3], "url": r[4], "story": r[5],
             "mentions": bool(r[6])} for r in rows]


# --- documents ----------------------------------------------------------------------------
def _documents_where(text: str | None) -> tuple[str, list[Any]]:
    if not text:
        return "TRUE", []
    needle = text.lower()
    return "(contains(lower(coalesce(title, '')), ?) OR contains(lower(text), ?) OR lower(id) = ?)", \
        [needle, needle, needle]


def documents(con: duckdb.DuckDBPyConnection, limit: int, offset: int, text: str | None = None) -> list[dict[str, Any]]:
    """A page of stored documents, newest publication date first, without their text.

    Args:
        con: an open connection.
        limit: rows per page.
        offset: rows to skip.
        text: words the title or text must contain (ignoring case), or the exact id.

    Returns:
        Dicts with id, title, date, source, url, language, tone (None when the
        store has no tone column or no tone was coded), events and story.
    """
    clause, params = _documents_where(text)
    tone = "tone" if has_column(con, "documents", "tone") else "NULL"
    rows = con.execute(
        f"SELECT id, title, date, source, url, language, {tone}, events, cluster_id FROM documents "
        f"WHERE {clause} ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?",
        [*params, min(limit, MAX_LIMIT), offset]).fetchall()
    return [{"id": r[0], "title": r[1], "date": _iso(r[2]), "source": r[3], "url": r[4], "language": r[5],
             "tone": r[6], "events": int(r[7]), "story": r[8]} for r in rows]


def count_documents(con: duckdb.DuckDBPyConnection, text: str | None = None) -> int:
    """How many documents match `text` (as in `documents`)."""
    clause, params = _documents_where(text)
    row = con.execute(f"SELECT count(*) FROM documents WHERE {clause}", params).fetchone()
    return int(row[0]) if row else 0


def count_foreign_documents(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> int:
    """How many stored documents have an id outside `ids` (the demo checks it before deleting a file)."""
    row = con.execute("SELECT count(*) FROM documents WHERE NOT list_contains(?::VARCHAR[], id)",
                      [list(ids)]).fetchone()
    return int(row[0]) if row else 0


# --- actors and networks ------------------------------------------------------------------
def _either(spec: str, merged: bool) -> tuple[str, list[Any]]:
    """Events where `spec` is the source or the target."""
    as_source, p_source = where(EventFilter(actor=spec), merged)
    as_target, p_target = where(EventFilter(target=spec), merged)
    return f"(({as_source}) OR ({as_target}))", p_source + p_target


def actor_profile(con: duckdb.DuckDBPyConnection, spec: str, merged: bool = True) -> dict[str, Any]:
    """Who an actor spec matches and what it does: codes and names, counts, PLOVER types, partners.

    Args:
        con: an open connection.
        spec: a country (RUS), code prefix (PRKGOV) or name (Kim Jong Un), as in EventFilter.
        merged: count merged events (default) rather than mentions.

    Returns:
        A dict: spec, events, as_source, as_target, codes [{code, name, country, events}],
        plover [{plover, as_source, as_target}], partners [{code, name, country, events,
        cooperation, conflict, goldstein_mean}] (the other side of its events).
    """
    table = _TABLES[merged]
    clause, params = _either(spec, merged)
    src, p_src = where(EventFilter(actor=spec), merged)
    tgt, p_tgt = where(EventFilter(target=spec), merged)
    totals = con.execute(f"SELECT count(*), count(*) FILTER (WHERE {src}), count(*) FILTER (WHERE {tgt}) "
                         f"FROM {table} WHERE {clause}", [*p_src, *p_tgt, *params]).fetchone()
    codes = con.execute(
        f"WITH sides AS (SELECT source_code AS code, source_name AS name, source_country AS country "
        f"FROM {table} WHERE source_code IS NOT NULL AND {src} "
        f"UNION ALL SELECT target_code, target_name, target_country FROM {table} "
        f"WHERE target_code IS NOT NULL AND {tgt}) "
        "SELECT code, mode(name ORDER BY name), mode(country ORDER BY country), count(*) AS n FROM sides "
        "GROUP BY code ORDER BY n DESC, code LIMIT 50",
        [*p_src, *p_tgt]).fetchall()
    plover = con.execute(
        f"SELECT coalesce(plover, '(none)') AS p, count(*) FILTER (WHERE {src}), count(*) FILTER (WHERE {tgt}) "
        f"FROM {table} WHERE {clause} GROUP BY p ORDER BY count(*) DESC, p", [*p_src, *p_tgt, *params]).fetchall()
    partners = con.execute(
        f"WITH other AS (SELECT CASE WHEN {src} THEN target_code ELSE source_code END AS code, "
        f"CASE WHEN {src} THEN target_name ELSE source_name END AS name, "
        f"CASE WHEN {src} THEN target_country ELSE source_country END AS country, quad_class, goldstein "
        f"FROM {table} WHERE {clause}) "
        "SELECT code, mode(name ORDER BY name), mode(country ORDER BY country), count(*) AS n, "
        "count(*) FILTER (WHERE quad_class IN (1, 2)), "
        "count(*) FILTER (WHERE quad_class IN (3, 4)), round(avg(goldstein), 4) FROM other "
        "WHERE code IS NOT NULL GROUP BY code ORDER BY n DESC, code LIMIT 50",
        [*p_src, *p_src, *p_src, *params]).fetchall()
    total = totals or (0, 0, 0)
    return {
        "spec": spec, "events": int(total[0]), "as_source": int(total[1] or 0), "as_target": int(total[2] or 0),
        "codes": [{"code": r[0], "name": r[1], "country": r[2], "events": int(r[3])} for r in codes],
        "plover": [{"plover": r[0], "as_source": int(r[1]), "as_target": int(r[2])} for r in plover],
        "partners": [{"code": r[0], "name": r[1], "country": r[2], "events": int(r[3]), "cooperation": int(r[4]),
                      "conflict": int(r[5]), "goldstein_mean": r[6]} for r in partners],
    }


def search_actors(con: duckdb.DuckDBPyConnection, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """Actors whose name, code or country contains `text` (ignoring case), most events first."""
    needle = text.lower()
    rows = con.execute(
        "WITH sides AS (SELECT source_code AS code, source_name AS name, source_country AS country FROM events "
        "WHERE source_code IS NOT NULL UNION ALL SELECT target_code, target_name, target_country FROM events "
        "WHERE target_code IS NOT NULL) "
        "SELECT code, mode(name ORDER BY name), mode(country ORDER BY country), count(*) AS n FROM sides "
        "WHERE contains(lower(name), ?) OR contains(lower(code), ?) OR lower(country) = ? "
        "GROUP BY code ORDER BY n DESC, code LIMIT ?", [needle, needle, needle, min(limit, MAX_LIMIT)]).fetchall()
    return [{"code": r[0], "name": r[1], "country": r[2], "mentions": int(r[3])} for r in rows]


def edges(con: duckdb.DuckDBPyConnection, flt: EventFilter, merged: bool, level: str, limit: int) -> list[dict[str, Any]]:
    """Directed edges between actors (level "actor": codes) or countries, most events first.

    Returns:
        Dicts with source, target, source_name, target_name, events, cooperation,
        conflict and goldstein_mean.
    """
    source, target = LEVELS[level]
    names = ("source_name", "target_name") if level == "actor" else ("source_country", "target_country")
    clause, params = where(flt, merged)
    rows = con.execute(
        f"SELECT {source}, {target}, mode({names[0]} ORDER BY {names[0]}), mode({names[1]} ORDER BY {names[1]}), count(*) AS n, "
        "count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4)), "
        f"round(avg(goldstein), 4) FROM {_TABLES[merged]} "
        f"WHERE {source} IS NOT NULL AND {target} IS NOT NULL AND {source} <> {target} AND {clause} "
        f"GROUP BY {source}, {target} ORDER BY n DESC, {source}, {target} LIMIT ?",
        [*params, min(limit, MAX_LIMIT)]).fetchall()
    return [{"source": r[0], "target": r[1], "source_name": r[2], "target_name": r[3], "events": int(r[4]),
             "cooperation": int(r[5]), "conflict": int(r[6]), "goldstein_mean": r[7]} for r in rows]


def country_dyads(con: duckdb.DuckDBPyConnection, flt: EventFilter, merged: bool, limit: int) -> list[dict[str, Any]]:
    """Pairs of countries with most events between them, either way round (a < b alphabetically)."""
    clause, params = where(flt, merged)
    rows = con.execute(
        "SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b, "
        "count(*) AS n, count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4)), "
        f"round(avg(goldstein), 4), max(date) FROM {_TABLES[merged]} "
        "WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country "
        f"AND {clause} GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?", [*params, min(limit, MAX_LIMIT)]).fetchall()
    return [{"a": r[0], "b": r[1], "events": int(r[2]), "cooperation": int(r[3]), "conflict": int(r[4]),
             "goldstein_mean": r[5], "last": _iso(r[6])} for r in rows]


# --- places -------------------------------------------------------------------------------
def locations(con: duckdb.DuckDBPyConnection, flt: EventFilter, merged: bool, limit: int) -> list[dict[str, Any]]:
    """Places with coordinates and how many events happen there, most first.

    Returns:
        Dicts with name, country, admin1, lat, lon, events, cooperation, conflict, first and last date.
    """
    clause, params = where(flt, merged)
    rows = con.execute(
        "SELECT location_name, location_country, any_value(location_admin1), location_lat, location_lon, count(*) AS n, "
        "count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4)), "
        f"min(date), max(date) FROM {_TABLES[merged]} "
        f"WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL AND {clause} "
        "GROUP BY location_name, location_country, location_lat, location_lon "
        "ORDER BY n DESC, location_name LIMIT ?", [*params, min(limit, MAX_LIMIT)]).fetchall()
    return [{"name": r[0], "country": r[1], "admin1": r[2], "lat": r[3], "lon": r[4], "events": int(r[5]),
             "cooperation": int(r[6]), "conflict": int(r[7]), "first": _iso(r[8]), "last": _iso(r[9])} for r in rows]

