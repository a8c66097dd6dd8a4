"""The web app: a JSON API under /api/ and HTML pages built on the same functions.

    >>> from dyadscope.web import create_app
    >>> app = create_app("events.duckdb")      # then: uvicorn.run(app, host="127.0.0.1")

Every page at `/PATH` has a JSON twin at `/api/PATH` (and at `/PATH?format=json`):
both call one function of `pages.py` and differ only in how they answer. The
front page's twin is `/api/overview`. The API is described by
`/api/openapi.json` and, for people, by the `/docs` page (no CDN needed).

The store is opened read-only, one connection per request, so `dyadscope
ingest` can write between requests. Every error, HTML or JSON, goes through
one handler: JSON errors have one shape, `{"error": {"status": 404, "message":
"..."}}`; bad query values are 422 with a message that names the parameter.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar
from urllib.parse import quote, urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import DyadscopeError, StoreError
from ..store import PLOVER_TYPES, STATUSES, EventFilter, Store, views
from . import draw, pages
from .pages import BadParameter, NotFound

__all__ = ["WEB_TIMEOUT", "create_app", "error_response"]

log = logging.getLogger(__name__)

# Seconds a request waits for `dyadscope ingest` to release the file before
# answering 503: a batch commit takes well under a second.
WEB_TIMEOUT = 10.0
MAX_LIMIT = 1000
MAX_TEXT = 200

Plover = Enum("Plover", {p: p for p in PLOVER_TYPES}, type=str)  # type: ignore[misc]
Status = Enum("Status", {s: s for s in STATUSES}, type=str)  # type: ignore[misc]
T = TypeVar("T")


class ErrorDetail(BaseModel):
    """What went wrong."""

    status: int
    message: str


class ErrorBody(BaseModel):
    """The one shape of every error the API returns."""

    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "No such event, document or actor"},
    422: {"model": ErrorBody, "description": "A bad query parameter; the message names it"},
    503: {"model": ErrorBody, "description": "The store is missing or locked by a writer for too long"},
}


# --- errors -----------------------------------------------------------------------------
def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path == "/api" or path.startswith("/api/") or request.query_params.get("format") == "json"


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body") and not isinstance(x, int)]
        name = ".".join(loc) or "request"
        given = err.get("input")
        shown = f" (got {given!r:.60})" if isinstance(given, (str, int, float)) else ""
        parts.append(f"{name}: {err.get('msg', 'invalid')}{shown}")
    return "; ".join(parts) or "invalid request"


def _status_and_message(exc: Exception) -> tuple[int, str]:
    if isinstance(exc, RequestValidationError):
        return 422, _validation_message(exc)
    if isinstance(exc, StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = "no such page; / lists the pages and /docs the API"
        return exc.status_code, message
    if isinstance(exc, NotFound):
        return 404, str(exc)
    if isinstance(exc, BadParameter):
        return 422, str(exc)
    if isinstance(exc, StoreError):
        return 503, f"the event store cannot be read: {exc}"
    log.exception("unexpected error", exc_info=exc)
    return 500, "internal error; the server log has the details"


def error_response(request: Request, exc: Exception) -> Response:
    """The one error handler: JSON `{"error": {"status", "message"}}` for the API, an HTML page otherwise."""
    status, message = _status_and_message(exc)
    if _wants_json(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status)


def _requery(request: Request, **changes: Any) -> str:
    """The request's query string with some parameters replaced (repeated parameters kept)."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k not in changes and k != "format"]
    return urlencode(kept + [(k, v) for k, v in changes.items() if v is not None])


def _http_url(url: Any) -> str | None:
    """A link target only for http(s) URLs: a stored `javascript:` URL must never become a link."""
    text = str(url or "").strip()
    return text if text.lower().startswith(("http://", "https://")) else None


def _twin(request: Request) -> str:
    """The URL of a page's JSON twin: /PATH -> /api/PATH (the front page's is /api/overview)."""
    path = quote(request.url.path, safe="/")
    api = "/api/overview" if path == "/" else "/api" + path
    query = _requery(request)
    return f"{api}?{query}" if query else api


# --- templates ----------------------------------------------------------------------------
def _templates() -> Jinja2Templates:
    env = Environment(loader=PackageLoader("dyadscope.web", "templates"), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["seg"] = lambda value: quote(str(value), safe="")
    env.filters["signed"] = lambda value: "" if value is None else f"{value:+.2f}"
    env.filters["num"] = lambda value, digits=2: "" if value is None else f"{value:.{digits}f}"
    env.filters["country"] = pages.label
    env.filters["http_url"] = _http_url
    env.globals["query"] = lambda **kw: urlencode(
        [(k, x) for k, v in kw.items() if v not in (None, "", False) for x in (v if isinstance(v, list) else [v])])
    env.globals["requery"] = _requery
    env.globals["twin"] = _twin
    env.globals["version"] = __version__
    env.globals["plover_types"] = PLOVER_TYPES
    env.globals["statuses"] = STATUSES
    return Jinja2Templates(env=env)


# --- parameters ---------------------------------------------------------------------------
def _text_param(description: str) -> Any:
    return Query(max_length=MAX_TEXT, description=description)


def event_filters(
    actor: Annotated[str | None, _text_param("source actor: a country (RUS), a code prefix (PRKGOV) or a name")] = None,
    target: Annotated[str | None, _text_param("target actor: a country, code prefix or name")] = None,
    dyad: Annotated[str | None, Query(max_length=MAX_TEXT, pattern=r"^[^,]+,[^,]+$",
                                      description="two actors either way round, comma-separated: RUS,PRK")] = None,
    country: Annotated[str | None, _text_param("source, target or place in this ISO3 country")] = None,
    plover: Annotated[list[Plover], Query(description="PLOVER type; repeat for several")] = [],  # noqa: B006
    cameo: Annotated[str | None, Query(max_length=4, pattern=r"^[0-9]{1,4}$", description="CAMEO code prefix: 04, 042")] = None,
    status: Annotated[list[Status], Query(description="event status; repeat for several")] = [],  # noqa: B006
    historical: Annotated[bool | None, Query(description="true: only historical events; false: none")] = None,
    since: Annotated[dt.date | None, Query(description="first date, YYYY-MM-DD")] = None,
    until: Annotated[dt.date | None, Query(description="last date, YYYY-MM-DD")] = None,
    place: Annotated[str | None, _text_param("place name, region or ISO3 country of the event")] = None,
    text: Annotated[str | None, _text_param("words in the evidence sentence")] = None,
    doc_id: Annotated[str | None, _text_param("events of this document")] = None,
    cluster_id: Annotated[str | None, _text_param("mentions of this merged event (ec-...)")] = None,
) -> EventFilter:
    """The event filters shared by the list, network and map endpoints."""
    pair = tuple(p.strip() for p in dyad.split(",")) if dyad else None
    if pair is not None and not all(pair):
        raise BadParameter("dyad needs two actors, comma-separated: RUS,PRK")
    return pages.event_filter(actor=actor, target=target, dyad=pair, country=country,
                              plover=[p.value for p in plover], cameo=cameo, status=[s.value for s in status],
                              historical=historical, since=since, until=until, place=place, text=text,
                              doc_id=doc_id, cluster_id=cluster_id)


Filters = Annotated[EventFilter, Depends(event_filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="rows per page")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip")]
Merged = Annotated[bool, Query(description="count merged events (event clusters) rather than mentions")]


def output_format(request: Request) -> str:
    """`?format=json` asks a page for its JSON twin; html (the default) and json are the only formats."""
    fmt = request.query_params.get("format") or "html"
    if fmt not in ("html", "json"):
        raise BadParameter(f"format {fmt!r} is not one of html, json")
    return fmt


Format = Annotated[str, Depends(output_format)]


class DropEmptyParams:
    """ASGI middleware: a query parameter with an empty value counts as not given.

    HTML forms send every field, filled or not (`?since=&plover=`); without this an
    empty date or PLOVER type would be a 422.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            parts = scope["query_string"].split(b"&")
            kept = [p for p in parts if b"=" in p and not p.endswith(b"=")]
            if len(kept) != len(parts):
                scope = {**scope, "query_string": b"&".join(kept)}
        await self.app(scope, receive, send)


# --- the app ------------------------------------------------------------------------------
def create_app(db_path: str | Path, timeout: float = WEB_TIMEOUT) -> FastAPI:
    """The dyadscope web app over one event store, opened read-only.

    Args:
        db_path: the DuckDB store (built by `dyadscope ingest` or `dyadscope demo`).
        timeout: seconds a request waits while a writer holds the file.

    Returns:
        A FastAPI app; serve it with uvicorn.

    Raises:
        StoreError: no store at db_path, or not a dyadscope store.
    """
    store = Store(db_path, read_only=True, timeout=timeout)
    app = FastAPI(
        title="dyadscope",
        version=__version__,
        description="Political events coded from news text (CAMEO/PLOVER), read-only. Every HTML page at /PATH "
                    "has this JSON twin at /api/PATH. Errors: {\"error\": {\"status\": ..., \"message\": ...}}.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.templates = _templates()
    for kind in (StarletteHTTPException, RequestValidationError, DyadscopeError, NotFound, BadParameter, Exception):
        app.add_exception_handler(kind, error_response)  # type: ignore[arg-type]
    app.mount("/static", StaticFiles(packages=[("dyadscope.web", "static")]), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        started = time.perf_counter()
        response: Response = await call_next(request)
        # how long the app took, for browsers' devtools and benchmarks/page_load.py
        response.headers["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
            "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    app.add_middleware(DropEmptyParams)
    _routes(app)
    return app


def _answer(request: Request, fmt: str, template: str, compute: Callable[[Store], dict[str, Any]],
            extra: Callable[[], dict[str, Any]] | None = None) -> Response:
    """Run a page function on one read-only connection; answer JSON or render its template.

    `extra` adds drawing-only values to the HTML (the map's land outline), never data.
    """
    with views.session(request.app.state.store) as store:
        payload = compute(store)
    if fmt == "json" or _wants_json(request):
        return JSONResponse(payload)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, {"page": payload, **(extra() if extra else {})})


def _routes(app: FastAPI) -> None:
    """Register every page twice: /api/PATH (JSON, documented) and /PATH (HTML)."""
    api = {"responses": ERRORS, "response_class": JSONResponse}
    html = {"include_in_schema": False, "response_class": HTMLResponse}

    @app.get("/api/overview", tags=["pages"], summary="Front page: store size, latest events, busiest dyads", **api)
    @app.get("/", **html)
    def overview(request: Request, fmt: Format) -> Response:
        """The store's size, the latest merged events, the busiest dyads and actors, the latest documents (with tone)."""
        return _answer(request, fmt, "overview.html", pages.overview_page)

    @app.get("/api/stats", tags=["store"], summary="Counts of documents and events", **api)
    def stats(request: Request) -> Response:
        """Documents, near-duplicate clusters, mentions, merged events, and the span of event dates."""
        with views.session(request.app.state.store) as store:
            return JSONResponse(store.stats().to_dict())

    @app.get("/api/events", tags=["events"], summary="Events, filtered, newest first", **api)
    @app.get("/events", **html)
    def events(request: Request, fmt: Format, flt: Filters, merged: Merged = False, limit: Limit = 50,
               offset: Offset = 0) -> Response:
        """A page of event mentions (or, with merged=true, merged events with their evidence), newest first."""
        return _answer(request, fmt, "events.html", lambda s: pages.events_page(s, flt, merged, limit, offset))

    @app.get("/api/event/{event_id}", tags=["events"], summary="One event with its evidence and articles", **api)
    @app.get("/event/{event_id}", **html)
    def event(request: Request, fmt: Format,
              event_id: Annotated[str, PathParam(max_length=MAX_TEXT, description="ev-... or ec-...")]) -> Response:
        """An event mention (ev-...) or merged event (ec-...): the record, the evidence sentence with the
        source, trigger and target located in it, the merged event, all its mentions and the articles."""
        return _answer(request, fmt, "event.html", lambda s: pages.event_page(s, event_id))

    @app.get("/api/documents", tags=["documents"], summary="Documents, newest first", **api)
    @app.get("/documents", **html)
    def documents(request: Request, fmt: Format,
                  q: Annotated[str | None, _text_param("words in the title or text")] = None,
                  limit: Limit = 50, offset: Offset = 0) -> Response:
        """Stored documents without their text, newest first, with their tone (null when not coded)."""
        return _answer(request, fmt, "documents.html", lambda s: pages.documents_page(s, q, limit, offset))

    @app.get("/api/document/{doc_id:path}", tags=["documents"], summary="One document and its events", **api)
    @app.get("/document/{doc_id:path}", **html)
    def document(request: Request, fmt: Format,
                 doc_id: Annotated[str, PathParam(max_length=MAX_TEXT, description="the document id")]) -> Response:
        """The document with its text, its events (triggers located in the text) and near-duplicates."""
        return _answer(request, fmt, "document.html", lambda s: pages.document_page(s, doc_id))

    @app.get("/api/actors", tags=["actors"], summary="The actors with most events", **api)
    @app.get("/actors", **html)
    def actors(request: Request, fmt: Format, flt: Filters, merged: Merged = True, limit: Limit = 30) -> Response:
        """Actors by number of events as source or target, and the busiest directed dyads of actor codes."""
        return _answer(request, fmt, "actors.html", lambda s: pages.actors_page(s, flt, merged, limit))

    @app.get("/api/actor/{spec}", tags=["actors"], summary="One actor: codes, counts, partners", **api)
    @app.get("/actor/{spec}", **html)
    def actor(request: Request, fmt: Format,
              spec: Annotated[str, PathParam(max_length=MAX_TEXT, description="country (RUS), code prefix or name")],
              merged: Merged = True) -> Response:
        """The codes and names an actor spec matches, its events as source and target, its PLOVER types,
        its partners and its latest events."""
        return _answer(request, fmt, "actor.html", lambda s: pages.actor_page(s, spec, merged))

    @app.get("/api/dyads", tags=["relations"], summary="The busiest dyads", **api)
    @app.get("/dyads", **html)
    def dyads(request: Request, fmt: Format, flt: Filters, merged: Merged = True, limit: Limit = 30) -> Response:
        """Country pairs with most events either way round, and directed dyads of actor codes."""
        return _answer(request, fmt, "dyads.html", lambda s: pages.dyads_page(s, flt, merged, limit))

    @app.get("/api/dyad/{a}/{b}", tags=["relations"], summary="A dyad as a time series", **api)
    @app.get("/dyad/{a}/{b}", **html)
    def dyad(request: Request, fmt: Format,
             a: Annotated[str, PathParam(max_length=MAX_TEXT, description="first actor: RUS, PRKGOV or a name")],
             b: Annotated[str, PathParam(max_length=MAX_TEXT, description="second actor")],
             by: Annotated[Literal["day", "week", "month"], Query(description="period")] = "month",
             direction: Annotated[Literal["both", "ab", "ba"], Query(description="ab: A acts on B")] = "both",
             since: Annotated[dt.date | None, Query(description="first day, YYYY-MM-DD")] = None,
             until: Annotated[dt.date | None, Query(description="last day, YYYY-MM-DD")] = None,
             include_historical: Annotated[bool, Query(description="count historical events")] = False,
             include_negated: Annotated[bool, Query(description="count negated events")] = False,
             include_possible: Annotated[bool, Query(description="count possible events")] = False,
             merged: Merged = True) -> Response:
        """Per day, week or month: counts by quad class and PLOVER type, the Goldstein mean, the
        cooperation-conflict index (coop - conflict) / (coop + conflict), and the ids of the events
        behind each point. `events_query` gives the /api/events parameters that list a point's events."""
        return _answer(request, fmt, "dyad.html", lambda s: pages.dyad_page(
            s, a, b, by=by, direction=direction, since=since.isoformat() if since else None,
            until=until.isoformat() if until else None, include_historical=include_historical,
            include_negated=include_negated, include_possible=include_possible, merged=merged))

    @app.get("/api/network", tags=["relations"], summary="The actor network: nodes, edges, layout", **api)
    @app.get("/network", **html)
    def network(request: Request, fmt: Format, flt: Filters, merged: Merged = True,
                level: Annotated[Literal["actor", "country"], Query(description="one node per actor code or per country")] = "country",
                limit: Annotated[int, Query(ge=1, le=150, description="the busiest directed edges to draw")] = 60) -> Response:
        """The busiest directed edges between actors or countries, with a force-directed layout (x, y)."""
        return _answer(request, fmt, "network.html", lambda s: pages.network_page(s, flt, merged, level, limit))

    @app.get("/api/map", tags=["places"], summary="Event locations", **api)
    @app.get("/map", **html)
    def event_map(request: Request, fmt: Format, flt: Filters, merged: Merged = True,
                  limit: Annotated[int, Query(ge=1, le=2000, description="places to show")] = 500) -> Response:
        """Places with coordinates and their event counts, with equirectangular map positions (x, y)."""
        return _answer(request, fmt, "map.html", lambda s: pages.map_page(s, flt, merged, limit),
                       lambda: {"land": draw.land_path()})

    @app.get("/api/search", tags=["search"], summary="Search events, documents and actors", **api)
    @app.get("/search", **html)
    def search(request: Request, fmt: Format,
               q: Annotated[str, Query(max_length=MAX_TEXT, description="words to find")] = "",
               limit: Annotated[int, Query(ge=1, le=200, description="results per kind")] = 20) -> Response:
        """Events whose evidence holds q, documents whose title or text holds it, actors it names."""
        return _answer(request, fmt, "search.html", lambda s: pages.search_page(s, q, limit))

    @app.get("/docs", **html)
    def docs(request: Request) -> Response:
        """The API described for people, from the OpenAPI spec (works offline)."""
        templates: Jinja2Templates = request.app.state.templates
        return templates.TemplateResponse(request, "docs.html", {"spec": request.app.openapi()})

