"""Article pages and RSS/Atom feeds fetched over HTTP(S), for `ingest URL...` and `watch`.

Every fetch is bounded, and every failure is data: a `Rejected(url, None, reason)`.

- connect and read timeouts (`timeout_s`), plus a deadline for one whole try
  (`deadline_s`) so a server that trickles bytes cannot hold a fetch forever;
- a byte limit checked while the body streams in (`max_bytes`), so a huge or
  endless response is cut off, not loaded;
- redirects followed here one hop at a time (`max_redirects`), so the bound holds
  whatever client the caller passes, and only to http(s) addresses;
- retries with exponential backoff (`retries`, `backoff_s`) on connection errors,
  timeouts, 5xx and 429 (honouring a short Retry-After); a 4xx is final;
- the content type checked before the body is read: a PDF or an image is
  rejected without downloading it; untyped bodies are sniffed.

feedparser only parses bytes fetched here. It is handed a stream, never a URL or
a string, because given a string it fetches URLs and opens files by itself.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
import httpx

from .. import __version__
from ..errors import ConfigError
from ..records import Document, Rejected
from .common import Defaults
from .html import html_document

__all__ = [
    "USER_AGENT",
    "FeedEntry",
    "FetchLimits",
    "fetch_entry",
    "fetch_feed",
    "fetch_url",
    "is_url",
    "open_client",
    "read_feed",
    "read_urls",
]

log = logging.getLogger(__name__)

USER_AGENT = f"dyadscope/{__version__} (+offline event coder)"

# A server asking for a longer pause than this will not be back within one run: give up.
_RETRY_AFTER_CAP_S = 60.0

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml"})
_XML_TYPES = frozenset({"text/xml", "application/xml"})  # a feed or XHTML: the root element decides
_UNTYPED = frozenset({"", "text/plain", "application/octet-stream", "binary/octet-stream"})  # sniffed

_HTML = frozenset({"html"})
_FEED = frozenset({"feed"})
_ANY = _HTML | _FEED

_ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"

# The first element of a document: `<` then a name (skips `<?xml`, `<!DOCTYPE`, `<!--`).
_ROOT = re.compile(rb"<([A-Za-z][\w:.-]*)")
_SNIFF_BYTES = 4096
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass(frozen=True)
class FetchLimits:
    """Bounds on every fetch; the defaults suit news sites, tests shrink them."""

    timeout_s: float = 10.0  # connect timeout, and the longest wait for any chunk of the body
    max_bytes: int = 5_000_000  # news article pages weigh 50-500 KB; 5 MB is ten times the heaviest
    retries: int = 3  # tries after the first, on connection errors, timeouts, 5xx and 429
    backoff_s: float = 0.5  # wait before the first retry, doubled each time: 0.5, 1, 2 s
    max_redirects: int = 5  # news links pass through 1-3 hops (tracker, http->https, canonical)
    user_agent: str = USER_AGENT
    deadline_s: float = 60.0  # the longest one try may take, body included (a trickling server)

    def __post_init__(self) -> None:
        for name in ("timeout_s", "max_bytes", "deadline_s"):
            if getattr(self, name) <= 0:
                raise ConfigError(f"fetch limit {name} must be positive (got {getattr(self, name)})")
        for name in ("retries", "backoff_s", "max_redirects"):
            if getattr(self, name) < 0:
                raise ConfigError(f"fetch limit {name} must not be negative (got {getattr(self, name)})")


@dataclass(frozen=True)
class FeedEntry:
    """One feed item: where its article lives and what the feed says about it."""

    link: str  # absolute http(s) address of the article, or "" when the entry has none
    feed: str  # the feed's address, for messages
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, from the entry's published (else updated) time
    guid: str | None = None  # the entry's id/guid

    @property
    def key(self) -> str:
        """What identifies the entry across polls: its link, else its guid, else its title."""
        return self.link or self.guid or self.title or ""


@dataclass(frozen=True)
class _Page:
    """A fetched response that passed every check."""

    url: str  # after redirects
    content_type: str  # the full header, charset included
    charset: str | None
    body: bytes
    kind: str  # "html" or "feed"


@dataclass(frozen=True)
class _Retry:
    """A failure worth another try, with the server's Retry-After if it sent one."""

    reason: str
    wait_s: float | None = None


def is_url(text: str) -> bool:
    """True for an absolute http:// or https:// address."""
    parts = urlsplit(text.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def open_client(limits: FetchLimits) -> httpx.Client:
    """An httpx client with the limits' timeout and User-Agent; the caller closes it.

    Args:
        limits: the fetch limits.

    Returns:
        A client that does not follow redirects by itself (the fetchers here do, bounded).
    """
    return httpx.Client(headers={"User-Agent": limits.user_agent}, timeout=limits.timeout_s,
                        follow_redirects=False)


def fetch_url(url: str, client: httpx.Client, defaults: Defaults, limits: FetchLimits) -> Document | Rejected:
    """Fetch one article page and extract its text.

    Args:
        url: an http(s) address.
        client: the HTTP client (see `open_client`); redirects and retries are handled here.
        defaults: date and source for a page that names neither.
        limits: timeouts, size limit, retries, redirects, User-Agent.

    Returns:
        A Document whose id is the address after redirects, or a Rejected whose path
        is `url` and whose reason says what failed ("HTTP 404 Not Found",
        "timed out after 10 s (4 tries)", "not an HTML page (application/pdf)").
    """
    return _article(url, client, defaults, limits, date=None)


def fetch_feed(url: str, client: httpx.Client, limits: FetchLimits) -> list[FeedEntry] | Rejected:
    """Fetch an RSS or Atom feed and list its entries, without fetching their articles.

    Args:
        url: the feed's http(s) address.
        client: the HTTP client.
        limits: the fetch limits.

    Returns:
        The entries in feed order (links made absolute), or one Rejected when the feed
        cannot be fetched or parsed. A well-formed feed with no entries gives [].
    """
    page = _fetch(url, client, limits, _FEED)
    if isinstance(page, Rejected):
        return page
    return _entries(url, page)


def fetch_entry(entry: FeedEntry, client: httpx.Client, defaults: Defaults, limits: FetchLimits) -> Document | Rejected:
    """Fetch a feed entry's article.

    The entry's title becomes the document's title; its date is used when the page
    has none (before `defaults.date`).

    Args:
        entry: an entry from `fetch_feed`.
        client: the HTTP client.
        defaults: date and source for pages that lack them.
        limits: the fetch limits.

    Returns:
        A Document, or a Rejected whose path is the entry's link (or the feed's
        address when the entry has no usable link).
    """
    if not is_url(entry.link):
        label = entry.title or entry.guid or "without a title"
        return Rejected(entry.feed, None, f"feed entry {label!r} has no http(s) link")
    result = _article(entry.link, client, defaults, limits, date=entry.date)
    if isinstance(result, Rejected):
        return result
    return dataclasses.replace(result, title=entry.title) if entry.title else result


def read_feed(url: str, client: httpx.Client, defaults: Defaults, limits: FetchLimits) -> Iterator[Document | Rejected]:
    """Fetch a feed, then each entry's article, one at a time.

    Args:
        url: the feed's http(s) address.
        client: the HTTP client.
        defaults: date and source for pages that lack them.
        limits: the fetch limits.

    Returns:
        An iterator of one Document or Rejected per entry, in feed order; a feed that
        cannot be fetched or parsed yields a single Rejected.
    """
    entries = fetch_feed(url, client, limits)
    if isinstance(entries, Rejected):
        yield entries
        return
    for entry in entries:
        yield fetch_entry(entry, client, defaults, limits)


def read_urls(inputs: Iterable[str], defaults: Defaults, limits: FetchLimits | None = None,
              client: httpx.Client | None = None) -> Iterator[Document | Rejected]:
    """Read http(s) inputs in order: each is an article page or a feed, told apart by what comes back.

    A feed is recognised by its content type (RSS, Atom, RDF) or, for XML and untyped
    responses, by its root element (`<rss>`, `<feed>`, `<rdf:RDF>`); its entries'
    articles are then fetched in turn. The feed is fetched once, not twice.

    Args:
        inputs: addresses as given on the command line; anything not http(s) is rejected.
        defaults: date and source for documents that lack them.
        limits: the fetch limits (FetchLimits() when None).
        client: an HTTP client to use; when None one is opened and closed here.

    Returns:
        An iterator of Documents and Rejected records, in input order.
    """
    limits = limits or FetchLimits()
    scope = contextlib.nullcontext(client) if client is not None else open_client(limits)
    with scope as http:
        for url in inputs:
            if not is_url(url):
                yield Rejected(url, None, "not an http(s) address")
                continue
            page = _fetch(url, http, limits, _ANY)
            if isinstance(page, Rejected):
                yield page
            elif page.kind == "html":
                yield _page_document(url, page, defaults, date=None)
            else:
                entries = _entries(url, page)
                if isinstance(entries, Rejected):
                    yield entries
                    continue
                for entry in entries:
                    yield fetch_entry(entry, http, defaults, limits)


def _article(url: str, client: httpx.Client, defaults: Defaults, limits: FetchLimits,
             date: str | None) -> Document | Rejected:
    """Fetch an HTML page and extract it; `date` is used when the page has none."""
    page = _fetch(url, client, limits, _HTML)
    if isinstance(page, Rejected):
        return page
    return _page_document(url, page, defaults, date)


def _page_document(url: str, page: _Page, defaults: Defaults, date: str | None) -> Document | Rejected:
    """The article in a fetched HTML page; its id is the address after redirects."""
    return html_document(_decoded(page), url, page.url, defaults, url=page.url, date=date)


def _decoded(page: _Page) -> bytes | str:
    """The page as text in the response's charset; bytes (for trafilatura to detect) when it names none."""
    if not page.charset:
        return page.body
    try:
        text = page.body.decode(page.charset, errors="replace")
    except LookupError:
        log.warning("%s: unknown charset %r; detecting the encoding instead", page.url, page.charset)
        return page.body
    # lxml refuses a str that still carries an encoding declaration.
    return _XML_DECLARATION.sub("", text.lstrip("\ufeff"), count=1)


def _entries(url: str, page: _Page) -> list[FeedEntry] | Rejected:
    """Parse fetched feed bytes into entries, or one Rejected when nothing readable is there."""
    headers = {"content-type": page.content_type, "content-location": page.url}
    parsed = feedparser.parse(io.BytesIO(page.body), response_headers=headers)
    items = parsed.get("entries") or []
    if parsed.get("bozo") and not items:
        return Rejected(url, None, f"not a readable feed: {_describe(parsed.get('bozo_exception'))}")
    if not parsed.get("version") and not items:
        return Rejected(url, None, "not an RSS or Atom feed")
    if parsed.get("bozo"):
        log.warning("%s: the feed is not well-formed (%s); read %d entries anyway",
                    url, _describe(parsed.get("bozo_exception")), len(items))
    entries = []
    for item in items:
        link = (item.get("link") or "").strip()
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        entries.append(FeedEntry(
            link=urljoin(page.url, link) if link else "",
            feed=url,
            title=(item.get("title") or "").strip() or None,
            date=time.strftime("%Y-%m-%d", stamp) if stamp else None,
            guid=item.get("id") or None,
        ))
    return entries


def _fetch(url: str, client: httpx.Client, limits: FetchLimits, wanted: frozenset[str]) -> _Page | Rejected:
    """GET a page of a wanted kind, retrying transient failures with exponential backoff."""
    if not is_url(url):
        return Rejected(url, None, "not an http(s) address")
    tries = 0
    while True:
        tries += 1
        outcome = _attempt(url, client, limits, wanted)
        if not isinstance(outcome, _Retry):
            return outcome
        if tries > limits.retries:
            return Rejected(url, None, outcome.reason if tries == 1 else f"{outcome.reason} ({tries} tries)")
        wait = limits.backoff_s * 2 ** (tries - 1)
        if outcome.wait_s is not None:
            if outcome.wait_s > _RETRY_AFTER_CAP_S:
                return Rejected(url, None, f"{outcome.reason}; the server asks to wait {outcome.wait_s:g} s")
            wait = max(wait, outcome.wait_s)
        log.info("%s: %s; try %d of %d in %.2g s", url, outcome.reason, tries + 1, limits.retries + 1, wait)
        time.sleep(wait)


def _attempt(url: str, client: httpx.Client, limits: FetchLimits, wanted: frozenset[str]) -> _Page | _Retry | Rejected:
    """One try: follow redirects (bounded), check status and type, read the body (bounded)."""
    started = time.monotonic()
    headers = {"User-Agent": limits.user_agent, "Accept": _ACCEPT}
    timeout = httpx.Timeout(limits.timeout_s)
    current = url
    try:
        for _hop in range(limits.max_redirects + 1):
            with client.stream("GET", current, headers=headers, timeout=timeout, follow_redirects=False) as response:
                if response.is_redirect:
                    current = urljoin(str(response.url), response.headers["location"])
                    if not is_url(current):
                        return Rejected(url, None, f"redirected to a non-http(s) address: {current}")
                    continue
                return _read(url, response, limits, wanted, started)
    except httpx.TimeoutException:
        return _Retry(f"timed out after {limits.timeout_s:g} s")
    except (httpx.NetworkError, httpx.RemoteProtocolError) as exc:
        return _Retry(f"connection failed: {_describe(exc)}")
    except httpx.InvalidURL as exc:
        return Rejected(url, None, f"not a valid address: {exc}")
    except httpx.HTTPError as exc:  # unsupported protocol, undecodable gzip, a proxy refusing
        return Rejected(url, None, f"cannot fetch: {_describe(exc)}")
    return Rejected(url, None, f"more than {limits.max_redirects} redirects")


def _read(url: str, response: httpx.Response, limits: FetchLimits, wanted: frozenset[str],
          started: float) -> _Page | _Retry | Rejected:
    """Check a final (non-redirect) response and read its body within the limits."""
    status = response.status_code
    label = f"HTTP {status} {response.reason_phrase}".strip()
    if status == 429 or status >= 500:
        return _Retry(label, _retry_after(response))
    if not 200 <= status < 300:
        return Rejected(url, None, label)
    content_type = response.headers.get("content-type", "")
    media = content_type.split(";", 1)[0].strip().lower()
    known = _HTML_TYPES | _FEED_TYPES | _XML_TYPES | _UNTYPED
    if media not in known or (media in _FEED_TYPES and "feed" not in wanted):
        return Rejected(url, None, _unwanted(wanted, media))
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > limits.max_bytes:
        return Rejected(url, None, f"response larger than {limits.max_bytes} bytes")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():  # decompressed: the limit also stops gzip bombs
        size += len(chunk)
        if size > limits.max_bytes:
            return Rejected(url, None, f"response larger than {limits.max_bytes} bytes")
        if time.monotonic() - started > limits.deadline_s:
            return Rejected(url, None, f"timed out after {limits.deadline_s:g} s (the whole response)")
        chunks.append(chunk)
    body = b"".join(chunks)
    if not body.strip():
        return Rejected(url, None, "empty response")
    kind = _kind(media, body)
    if kind not in wanted:
        return Rejected(url, None, _unwanted(wanted, media, kind))
    return _Page(str(response.url), content_type, response.charset_encoding, body, kind or "")


def _kind(media: str, body: bytes) -> str | None:
    """"html", "feed" or None, from the media type and, where it is vague, the root element."""
    if media in _FEED_TYPES:
        return "feed"
    match = _ROOT.search(body[:_SNIFF_BYTES])
    root = match[1].decode("ascii").lower().rpartition(":")[2] if match else ""
    if root in ("rss", "feed", "rdf"):
        return "feed"
    if media in _HTML_TYPES or root == "html":
        return "html"
    return None


def _unwanted(wanted: frozenset[str], media: str, kind: str | None = None) -> str:
    """The reason for a response of the wrong kind, naming what it was."""
    what = media or "no content type"
    if kind == "feed":
        what = f"a feed, served as {what}"
    elif kind == "html":
        what = f"an HTML page, served as {what}"
    if wanted == _HTML:
        return f"not an HTML page ({what})"
    if wanted == _FEED:
        return f"not an RSS or Atom feed ({what})"
    return f"neither an HTML page nor a feed ({what})"


def _retry_after(response: httpx.Response) -> float | None:
    """The Retry-After header in seconds, when it is a number."""
    value = response.headers.get("retry-after", "").strip()
    try:
        return max(float(value), 0.0) if value else None
    except ValueError:  # an HTTP date: rare; the backoff applies
        return None


def _describe(exc: object) -> str:
    """An exception as a short message, its class name when it carries none."""
    return str(exc) or type(exc).__name__
