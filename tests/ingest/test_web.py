"""Fetching pages and feeds over HTTP, against a real server on 127.0.0.1 started by each test."""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar

import httpx
import pytest

from dyadscope.errors import ConfigError
from dyadscope.ingest.common import Defaults
from dyadscope.ingest.web import (
    USER_AGENT,
    FetchLimits,
    fetch_entry,
    fetch_feed,
    fetch_url,
    is_url,
    open_client,
    read_feed,
    read_urls,
)
from dyadscope.records import Document, Rejected

R = TypeVar("R", Document, Rejected)

DEFAULTS = Defaults(date="2024-06-20")
# Short everything, so the slow paths take tenths of a second.
LIMITS = FetchLimits(timeout_s=0.5, max_bytes=100_000, retries=2, backoff_s=0.01, max_redirects=3, deadline_s=2.0)

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"

ARTICLE = """<!DOCTYPE html>
<html><head><title>Kenya and Ethiopia agree to share Omo River data | Lakeside Wire</title>
<meta property="article:published_time" content="2024-03-12T09:30:00Z"></head>
<body><nav>Home | World | Africa | Sport</nav>
<article><h1>Kenya and Ethiopia agree to share Omo River data</h1>
<p>The foreign ministers of Kenya and Ethiopia agreed in Nairobi on Tuesday to exchange daily
measurements of the Omo River's flow, ending a two-year dispute over the filling of an upstream
reservoir that fishing communities around Lake Turkana say has shrunk their catch.</p>
<p>Under the accord, engineers from both countries will staff a joint monitoring station near the
border and publish their readings every morning. Kenyan officials said the deal was a first step
and that talks on minimum seasonal releases would resume in Addis Ababa next month.</p>
<p>Ethiopia's delegation called the agreement proof that the two neighbours could settle water
questions without outside mediators. A group of Turkana elders who travelled to the capital for
the talks welcomed the data sharing but warned that it would not, by itself, refill the lake.</p>
</article><footer>Copyright Lakeside Wire. All rights reserved.</footer></body></html>
"""


def news_page(headline: str, body: str) -> str:
    """An undated article page, so the feed entry's date is what the document gets."""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html><head><title>{headline} - Harbour Times</title></head><body>"
            f"<nav>News | Politics | Weather</nav><article><h1>{headline}</h1>{paragraphs}</article>"
            f"<footer>Harbour Times</footer></body></html>")


STORIES = {
    "/news/port-strike.html": news_page("Dock workers strike in Mombasa", (
        "Thousands of dock workers walked off the job in Mombasa on Monday, halting the unloading of "
        "container ships after talks with the port authority over night-shift pay collapsed.\n\n"
        "Union leaders said the strike would continue until the authority restored allowances it cut "
        "in January. The transport ministry urged both sides to return to the table and warned that "
        "shipping lines could divert cargo to Dar es Salaam if the stoppage dragged on.")),
    "/news/border-talks.html": news_page("Uganda and South Sudan reopen border talks", (
        "Delegations from Uganda and South Sudan met in Kampala on Wednesday to resume talks on the "
        "demarcation of their shared border, three months after a clash between patrols near Kajo Keji.\n\n"
        "Both governments pledged to withdraw troops from the disputed villages while surveyors map "
        "the line. Local leaders asked that farmers be allowed to harvest their fields before any move.")),
    "/news/aid-pledge.html": news_page("Donors pledge aid after Malawi floods", (
        "International donors pledged forty million dollars in emergency aid to Malawi on Thursday after "
        "floods displaced more than ten thousand families in the southern districts.\n\n"
        "The World Food Programme said the first lorries of maize would reach Nsanje within days. "
        "Malawi's president thanked the donors and promised that the funds would be audited.")),
}

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Times: Africa</title><link>{base}/</link>
<description>Latest news</description>
<item><title>Dock workers strike in Mombasa</title><link>{base}/news/port-strike.html</link>
  <guid isPermaLink="false">port-strike</guid><pubDate>Mon, 11 Mar 2024 07:15:00 GMT</pubDate></item>
<item><title>Uganda and South Sudan reopen border talks</title><link>{base}/news/border-talks.html</link>
  <guid isPermaLink="false">border-talks</guid><pubDate>Wed, 13 Mar 2024 16:40:00 GMT</pubDate></item>
<item><title>Donors pledge aid after Malawi floods</title><link>{base}/news/aid-pledge.html</link>
  <guid isPermaLink="false">aid-pledge</guid><pubDate>Thu, 14 Mar 2024 10:05:00 GMT</pubDate></item>
</channel></rss>
"""

# Relative links: resolved against the feed's own address.
ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Times: Politics</title>
<id>urn:harbour:politics</id><updated>2024-03-14T12:00:00Z</updated>
<entry><title>Border talks reopen</title><id>urn:harbour:1</id>
  <link rel="alternate" href="/news/border-talks.html"/><updated>2024-03-13T16:40:00Z</updated></entry>
<entry><title>Aid for Malawi</title><id>urn:harbour:2</id>
  <link rel="alternate" href="/news/aid-pledge.html"/><published>2024-03-14T10:05:00Z</published>
  <updated>2024-03-15T08:00:00Z</updated></entry>
</feed>
"""

BROKEN_FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Broken Wire</title>
<description>unterminated & <<< garbage </chan"""

LATIN1_PAGE = """<html><head><title>Gen\u00e8ve accueille des pourparlers</title>
<meta charset="utf-8"></head><body><article><h1>Gen\u00e8ve accueille des pourparlers</h1>
<p>Les ministres des Affaires \u00e9trang\u00e8res de la Colombie et du Venezuela se sont r\u00e9unis
\u00e0 Gen\u00e8ve jeudi pour discuter de la r\u00e9ouverture de trois postes fronti\u00e8res ferm\u00e9s
depuis l'\u00e9t\u00e9 dernier. La ministre Mar\u00eda Pe\u00f1a a salu\u00e9 un \u00ab\u00a0dialogue
franc\u00a0\u00bb.</p>
<p>Les deux d\u00e9l\u00e9gations ont convenu de se retrouver \u00e0 C\u00facuta le mois prochain,
selon un communiqu\u00e9 conjoint publi\u00e9 apr\u00e8s la r\u00e9union.</p></article></body></html>
"""


@dataclass
class Reply:
    """One canned response. `endless` streams filler until the client hangs up."""

    status: int = 200
    body: bytes = b""
    content_type: str | None = HTML
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    endless: bool = False
    trickle: float = 0.0  # seconds between 1 KB chunks


def page(text: str, content_type: str | None = HTML, delay: float = 0.0, trickle: float = 0.0) -> Reply:
    return Reply(body=text.encode("utf-8"), content_type=content_type, delay=delay, trickle=trickle)


class Site:
    """A real HTTP server on 127.0.0.1. A path maps to replies given in turn; the last one repeats."""

    def __init__(self) -> None:
        self.routes: dict[str, list[Reply]] = {}
        self.hits: Counter[str] = Counter()
        self.agents: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                site.hits[self.path] += 1
                site.agents.append(self.headers.get("User-Agent", ""))
                replies = site.routes.get(self.path) or [Reply(status=404, body=b"<html>gone</html>")]
                reply = replies[min(site.hits[self.path], len(replies)) - 1]
                try:
                    self._send(reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up first: that is the point of several tests

            def _send(self, reply: Reply) -> None:
                time.sleep(reply.delay)
                self.send_response(reply.status)
                if reply.content_type is not None:
                    self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if not (reply.endless or reply.trickle):
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if reply.endless:
                    for _ in range(1000):  # 64 MB at most, should the client not stop
                        self.wfile.write(b"<p>" + b"filler " * 9362 + b"</p>")
                elif reply.trickle:
                    for start in range(0, len(reply.body), 1024):
                        self.wfile.write(reply.body[start:start + 1024])
                        self.wfile.flush()
                        time.sleep(reply.trickle)
                else:
                    self.wfile.write(reply.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def serve(self, path: str, *replies: Reply) -> str:
        self.routes[path] = list(replies)
        return self.url(path)


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site()
    server.thread.start()
    for path, html in STORIES.items():
        server.serve(path, page(html))
    yield server
    server.server.shutdown()
    server.server.server_close()


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with open_client(LIMITS) as http:
        yield http


def rss(site: Site) -> str:
    return RSS_FEED.format(base=site.url(""))


def only(item: Document | Rejected, kind: type[R]) -> R:
    assert isinstance(item, kind), item
    return item


# Article pages


def test_a_good_article_page_becomes_a_document(site: Site, client: httpx.Client) -> None:
    url = site.serve("/world/omo.html", page(ARTICLE))
    doc = fetch_url(url, client, DEFAULTS, LIMITS)
    assert isinstance(doc, Document), doc
    assert doc.id == url and doc.url == url
    assert "joint monitoring station" in doc.text and "Turkana elders" in doc.text
    assert "Copyright" not in doc.text and "Sport" not in doc.text
    assert doc.title is not None and doc.title.startswith("Kenya and Ethiopia agree")
    assert doc.date == "2024-03-12"  # the page's own date beats the default


def test_requests_name_dyadscope_in_the_user_agent(site: Site, client: httpx.Client) -> None:
    fetch_url(site.serve("/a.html", page(ARTICLE)), client, DEFAULTS, LIMITS)
    assert site.agents == [USER_AGENT]
    assert USER_AGENT.startswith("dyadscope/") and USER_AGENT.endswith("(+offline event coder)")


def test_a_page_in_iso_8859_1_is_decoded_by_the_charset_in_its_header(site: Site, client: httpx.Client) -> None:
    # The header wins over the page's (wrong) <meta charset="utf-8">, as HTML specifies.
    url = site.serve("/fr/geneve.html", Reply(body=LATIN1_PAGE.encode("iso-8859-1"),
                                               content_type="text/html; charset=ISO-8859-1"))
    doc = only(fetch_url(url, client, DEFAULTS, LIMITS), Document)
    assert "Gen\u00e8ve" in doc.text and "Mar\u00eda Pe\u00f1a" in doc.text and "C\u00facuta" in doc.text
    assert "\ufffd" not in doc.text
    # The header really decides: the same bytes declared windows-1251 read as Cyrillic (è, 0xE8, is и there).
    url = site.serve("/fr/cyrillic.html", Reply(body=LATIN1_PAGE.encode("iso-8859-1"),
                                                content_type="text/html; charset=windows-1251"))
    assert "Gen\u0438ve" in only(fetch_url(url, client, DEFAULTS, LIMITS), Document).text


def test_a_redirect_is_followed_and_the_final_address_is_the_id(site: Site, client: httpx.Client) -> None:
    target = site.serve("/2024/03/omo.html", page(ARTICLE))
    site.serve("/short/omo", Reply(status=301, headers={"Location": "/go/omo"}))
    site.serve("/go/omo", Reply(status=302, headers={"Location": target}))
    doc = only(fetch_url(site.url("/short/omo"), client, DEFAULTS, LIMITS), Document)
    assert doc.id == target and doc.url == target


def test_too_many_redirects_are_rejected(site: Site, client: httpx.Client) -> None:
    url = site.serve("/loop", Reply(status=302, headers={"Location": "/loop"}))
    rejected = only(fetch_url(url, client, DEFAULTS, LIMITS), Rejected)
    assert rejected.reason == "more than 3 redirects"
    assert site.hits["/loop"] == 4  # the first request and three hops, then it stops


def test_a_redirect_off_the_web_is_rejected(site: Site, client: httpx.Client) -> None:
    url = site.serve("/to-ftp", Reply(status=302, headers={"Location": "ftp://127.0.0.1/file.html"}))
    rejected = only(fetch_url(url, client, DEFAULTS, LIMITS), Rejected)
    assert "non-http(s)" in rejected.reason


# Failures: each a Rejected whose path is the address asked for


def test_a_404_is_rejected_at_once_without_retries(site: Site, client: httpx.Client) -> None:
    url = site.url("/no/such/page.html")
    rejected = only(fetch_url(url, client, DEFAULTS, LIMITS), Rejected)
    assert (rejected.path, rejected.line, rejected.reason) == (url, None, "HTTP 404 Not Found")
    assert str(rejected) == f"{url}: HTTP 404 Not Found"
    assert site.hits["/no/such/page.html"] == 1


def test_a_500_then_success_is_retried(site: Site, client: httpx.Client) -> None:
    url = site.serve("/flaky.html", Reply(status=500), page(ARTICLE))
    doc = only(fetch_url(url, client, DEFAULTS, LIMITS), Document)
    assert "Omo River" in doc.text
    assert site.hits["/flaky.html"] == 2


def test_a_429_is_retried_after_the_wait_the_server_asks_for(site: Site, client: httpx.Client) -> None:
    url = site.serve("/busy.html", Reply(status=429, headers={"Retry-After": "0.2"}), page(ARTICLE))
    started = time.monotonic()
    only(fetch_url(url, client, DEFAULTS, LIMITS), Document)
    assert time.monotonic() - started >= 0.2


def test_a_server_asking_for_a_long_pause_is_not_waited_for(site: Site, client: httpx.Client) -> None:
    url = site.serve("/closed.html", Reply(status=429, headers={"Retry-After": "3600"}))
    rejected = only(fetch_url(url, client, DEFAULTS, LIMITS), Rejected)
    assert rejected.reason == "HTTP 429 Too Many Requests; the server asks to wait 3600 s"
    assert site.hits["/closed.html"] == 1


def test_retries_are_bounded_and_back_off_exponentially(site: Site, client: httpx.Client) -> None:
    url = site.serve("/down.html", Reply(status=503))
    limits = FetchLimits(timeout_s=0.5, retries=2, backoff_s=0.1)
    started = time.monotonic()
    rejected = only(fetch_url(url, client, DEFAULTS, limits), Rejected)
    assert rejected.reason == "HTTP 503 Service Unavailable (3 tries)"
    assert site.hits["/down.html"] == 3
    assert time.monotonic() - started >= 0.1 + 0.2


def test_a_slow_server_times_out(site: Site, client: httpx.Client) -> None:
    url = site.serve("/slow.html", page(ARTICLE, delay=1.5))
    limits = FetchLimits(timeout_s=0.2, retries=1, backoff_s=0.01)
    started = time.monotonic()
    rejected = only(fetch_url(url, client, DEFAULTS, limits), Rejected)
    assert rejected.reason == "timed out after 0.2 s (2 tries)"
    assert time.monotonic() - started < 1.2


def test_a_server_that_trickles_bytes_hits_the_deadline(site: Site, client: httpx.Client) -> None:
    # 1 KB every 0.1 s: never idle long enough for the read timeout, but 3 s in all.
    url = site.serve("/trickle.html", page(ARTICLE.ljust(30_000), trickle=0.1))
    limits = FetchLimits(timeout_s=0.5, deadline_s=0.3, retries=0)
    started = time.monotonic()
    rejected = only(fetch_url(url, client, DEFAULTS, limits), Rejected)
    assert rejected.reason == "timed out after 0.3 s (the whole response)"
    assert time.monotonic() - started < 1


def test_a_refused_connection_is_retried_then_rejected(client: httpx.Client) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article.html"
    rejected = only(fetch_url(url, client, DEFAULTS, LIMITS), Rejected)
    assert rejected.path == url
    assert rejected.reason.startswith("connection failed:") and rejected.reason.endswith("(3 tries)")


def test_a_response_declared_too_large_is_rejected_before_reading(site: Site, client: httpx.Client) -> None:
    huge = ARTICLE.replace("</article>", "<p>" + "more words " * 20_000 + "</p></article>")
    url = site.serve("/huge.html", page(huge))
    rejected = only(fetch_url(url, client, DEFAULTS, LIMITS), Rejected)
    assert rejected.reason == "response larger than 100000 bytes"


def test_an_endless_response_is_cut_off_at_the_limit(site: Site, client: httpx.Client) -> None:
    # No Content-Length and 64 MB on offer: only counting while streaming stops it.
    url = site.serve("/endless.html", Reply(endless=True))
    started = time.monotonic()
    rejected = only(fetch_url(url, client, DEFAULTS, LIMITS), Rejected)
    assert rejected.reason == "response larger than 100000 bytes"
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(("content_type", "body"), [
    ("application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"),
    ("application/json", b'{"headline": "Dock workers strike in Mombasa"}'),
    ("image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
])
def test_a_non_html_response_is_rejected_by_its_content_type(site: Site, client: httpx.Client, content_type: str,
                                                             body: bytes) -> None:
    url = site.serve("/file", Reply(body=body, content_type=content_type))
    rejected = only(fetch_url(url, client, DEFAULTS, LIMITS), Rejected)
    assert rejected.reason == f"not an HTML page ({content_type})"


def test_an_untyped_response_is_sniffed(site: Site, client: httpx.Client) -> None:
    html = site.serve("/untyped.html", page(ARTICLE, content_type=None))
    text = site.serve("/notes", page("Just some notes, no markup at all.", content_type="text/plain"))
    assert isinstance(fetch_url(html, client, DEFAULTS, LIMITS), Document)
    assert only(fetch_url(text, client, DEFAULTS, LIMITS), Rejected).reason == "not an HTML page (text/plain)"


def test_a_feed_is_not_an_article_page(site: Site, client: httpx.Client) -> None:
    url = site.serve("/rss.xml", page(rss(site), RSS))
    assert only(fetch_url(url, client, DEFAULTS, LIMITS), Rejected).reason == \
        "not an HTML page (application/rss+xml)"


def test_a_page_without_article_text_is_rejected(site: Site, client: httpx.Client) -> None:
    url = site.serve("/empty.html", page("<html><head><title>Soon</title></head><body></body></html>"))
    assert "no article text" in only(fetch_url(url, client, DEFAULTS, LIMITS), Rejected).reason


# Feeds


def test_an_rss_feed_yields_one_document_per_entry(site: Site, client: httpx.Client) -> None:
    url = site.serve("/rss.xml", page(rss(site), RSS))
    docs = [only(item, Document) for item in read_feed(url, client, DEFAULTS, LIMITS)]
    assert [d.url for d in docs] == [site.url(path) for path in STORIES]
    # The entry's title, and its date because the pages carry none (it beats --date too).
    assert [(d.title, d.date) for d in docs] == [
        ("Dock workers strike in Mombasa", "2024-03-11"),
        ("Uganda and South Sudan reopen border talks", "2024-03-13"),
        ("Donors pledge aid after Malawi floods", "2024-03-14"),
    ]
    assert "night-shift pay" in docs[0].text and "Kajo Keji" in docs[1].text and "Nsanje" in docs[2].text
    assert site.hits["/rss.xml"] == 1


def test_an_atom_feed_with_relative_links(site: Site, client: httpx.Client) -> None:
    url = site.serve("/politics.atom", page(ATOM_FEED, ATOM))
    entries = fetch_feed(url, client, LIMITS)
    assert not isinstance(entries, Rejected), entries
    assert [(e.link, e.title, e.date, e.guid) for e in entries] == [
        (site.url("/news/border-talks.html"), "Border talks reopen", "2024-03-13", "urn:harbour:1"),
        (site.url("/news/aid-pledge.html"), "Aid for Malawi", "2024-03-14", "urn:harbour:2"),  # published wins
    ]
    docs = [only(fetch_entry(e, client, DEFAULTS, LIMITS), Document) for e in entries]
    assert [d.title for d in docs] == ["Border talks reopen", "Aid for Malawi"]


def test_the_page_date_beats_the_entry_date(site: Site, client: httpx.Client) -> None:
    site.serve("/world/omo.html", page(ARTICLE))
    feed = rss(site).replace("/news/port-strike.html", "/world/omo.html")
    url = site.serve("/rss.xml", page(feed, RSS))
    first = only(next(read_feed(url, client, DEFAULTS, LIMITS)), Document)
    assert first.date == "2024-03-12"


def test_a_dead_entry_link_is_rejected_and_the_rest_are_read(site: Site, client: httpx.Client) -> None:
    del site.routes["/news/border-talks.html"]
    url = site.serve("/rss.xml", page(rss(site), RSS))
    items = list(read_feed(url, client, DEFAULTS, LIMITS))
    assert [type(item).__name__ for item in items] == ["Document", "Rejected", "Document"]
    assert str(items[1]) == f"{site.url('/news/border-talks.html')}: HTTP 404 Not Found"


def test_an_entry_without_a_link_is_rejected(site: Site, client: httpx.Client) -> None:
    feed = rss(site).replace(f"<link>{site.url('/news/aid-pledge.html')}</link>", "")
    url = site.serve("/rss.xml", page(feed, RSS))
    items = list(read_feed(url, client, DEFAULTS, LIMITS))
    assert str(items[2]) == f"{url}: feed entry 'Donors pledge aid after Malawi floods' has no http(s) link"


def test_a_broken_feed_yields_one_rejected(site: Site, client: httpx.Client) -> None:
    url = site.serve("/broken.xml", Reply(body=BROKEN_FEED, content_type=RSS))
    items = list(read_feed(url, client, DEFAULTS, LIMITS))
    assert len(items) == 1
    rejected = only(items[0], Rejected)
    assert rejected.path == url and rejected.reason.startswith("not a readable feed:")


def test_a_sloppy_feed_with_readable_entries_is_still_read(site: Site, client: httpx.Client) -> None:
    # An unescaped "&" breaks strict XML; the entries are still there, so they are read.
    sloppy = rss(site).replace("Dock workers strike in Mombasa", "Dock workers & crane drivers strike")
    entries = fetch_feed(site.serve("/rss.xml", page(sloppy, RSS)), client, LIMITS)
    assert not isinstance(entries, Rejected)
    assert [e.title for e in entries][0] == "Dock workers & crane drivers strike" and len(entries) == 3


def test_a_feed_address_serving_an_error_page(site: Site, client: httpx.Client) -> None:
    url = site.serve("/feed", page("<html><body><p>Our feed has moved.</p></body></html>"))
    (rejected,) = read_feed(url, client, DEFAULTS, LIMITS)
    assert only(rejected, Rejected).reason == "not an RSS or Atom feed (an HTML page, served as text/html)"


def test_an_empty_feed_yields_nothing(site: Site, client: httpx.Client) -> None:
    empty = '<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert list(read_feed(site.serve("/quiet.xml", page(empty, RSS)), client, DEFAULTS, LIMITS)) == []


# read_urls: pages and feeds told apart by what comes back


def test_read_urls_tells_feeds_from_pages(site: Site) -> None:
    article = site.serve("/world/omo.html", page(ARTICLE))
    atom = site.serve("/politics.atom", page(ATOM_FEED, ATOM))
    as_xml = site.serve("/feed.xml", page(rss(site), "text/xml"))  # generic XML: the root element decides
    as_html = site.serve("/feed.php", page(rss(site), HTML))  # a misconfigured server
    pdf = site.serve("/report.pdf", Reply(body=b"%PDF-1.4", content_type="application/pdf"))
    items = list(read_urls([article, atom, as_xml, "notes.txt", as_html, pdf], DEFAULTS, LIMITS))
    kinds = ["D" if isinstance(item, Document) else "R" for item in items]
    assert kinds == ["D", "D", "D", "D", "D", "D", "R", "D", "D", "D", "R"]
    assert only(items[0], Document).id == article
    assert str(items[6]) == "notes.txt: not an http(s) address"
    assert str(items[10]) == f"{pdf}: neither an HTML page nor a feed (application/pdf)"
    assert site.hits["/feed.xml"] == 1 and site.hits["/feed.php"] == 1  # each feed fetched once


def test_read_urls_uses_a_given_client_and_leaves_it_open(site: Site, client: httpx.Client) -> None:
    items = list(read_urls([site.serve("/a.html", page(ARTICLE))], DEFAULTS, LIMITS, client=client))
    assert isinstance(items[0], Document) and not client.is_closed


def test_is_url() -> None:
    assert is_url("https://example.org/a") and is_url("HTTP://example.org")
    assert not is_url("example.org/a") and not is_url("file:///etc/hosts") and not is_url("http://")


def test_fetch_limits_refuse_nonsense() -> None:
    assert FetchLimits() == FetchLimits(timeout_s=10.0, max_bytes=5_000_000, retries=3, backoff_s=0.5)
    with pytest.raises(ConfigError, match="timeout_s must be positive"):
        FetchLimits(timeout_s=0)
    with pytest.raises(ConfigError, match="retries must not be negative"):
        FetchLimits(retries=-1)
