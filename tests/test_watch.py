"""Watching feeds: only new entries are fetched and handed over, across rounds and restarts."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from dyadscope.errors import ConfigError, StoreError
from dyadscope.ingest.web import FetchLimits
from dyadscope.records import Document, Rejected
from dyadscope.watch import SeenLinks, parse_interval, watch

LIMITS = FetchLimits(timeout_s=0.5, retries=0, backoff_s=0.01)

STORIES = {
    "ceasefire": ("Ceasefire holds in eastern Congo",
                  "A ceasefire between the Congolese army and M23 rebels held for a third day on Sunday, "
                  "local officials in Goma said, as aid convoys reached villages cut off since January. "
                  "Angola, which brokered the truce, said monitors would arrive within the week."),
    "election": ("Senegal sets date for delayed vote",
                 "Senegal's constitutional council set the presidential election for the last Sunday of "
                 "March, ending weeks of uncertainty after the president's attempt to postpone the vote. "
                 "Opposition parties welcomed the ruling and called on supporters to register."),
    "grain": ("Egypt signs wheat deal with Kazakhstan",
              "Egypt agreed on Monday to buy half a million tonnes of Kazakh wheat over two years, its "
              "supply ministry said, as Cairo seeks to widen its sources of grain. The first cargo is "
              "due to leave the Caspian port of Aktau in May."),
    "summit": ("Gulf leaders meet in Doha",
               "Leaders of the six Gulf Cooperation Council states met in Doha on Tuesday to discuss "
               "maritime security and a common customs system. Qatar's emir opened the summit with a "
               "call for closer coordination on shipping in the Red Sea."),
}


def article(slug: str) -> bytes:
    title, text = STORIES[slug]
    half = text.index(". ") + 1
    return (f"<html><head><title>{title}</title></head><body><nav>Home | World</nav><article>"
            f"<h1>{title}</h1><p>{text[:half]}</p><p>{text[half + 1:]}</p></article></body></html>").encode()


class Site:
    """A real HTTP server on 127.0.0.1 serving a feed of /news/<slug>.html articles."""

    def __init__(self) -> None:
        self.slugs: list[str] = ["ceasefire", "election", "grain"]
        self.feed_status = 200
        self.hits: Counter[str] = Counter()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
                site.hits[self.path] += 1
                status, kind, body = site.reply(self.path)
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = "http://{}:{}".format(*self.server.server_address[:2])
        self.feed = self.base + "/feed.xml"

    def reply(self, path: str) -> tuple[int, str, bytes]:
        if path == "/feed.xml":
            items = "".join(f"<item><title>{STORIES.get(s, (s.title(),))[0]}</title>"
                            f"<link>{self.base}/news/{s}.html</link>"
                            f"<pubDate>Mon, 18 Mar 2024 08:00:00 GMT</pubDate></item>" for s in reversed(self.slugs))
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'
            return self.feed_status, "application/rss+xml", body.encode()
        slug = path.removeprefix("/news/").removesuffix(".html")
        if slug in STORIES:
            return 200, "text/html; charset=utf-8", article(slug)
        return 404, "text/html", b"<html>not here</html>"

    def article_hits(self) -> dict[str, int]:
        return {path.removeprefix("/news/"): n for path, n in self.hits.items() if path.startswith("/news/")}


@pytest.fixture
def site() -> Iterator[Site]:
    server = Site()
    thread = threading.Thread(target=server.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.server.shutdown()
    server.server.server_close()


class Inbox:
    """The caller's side: collects what `watch` hands over, batch by batch."""

    def __init__(self) -> None:
        self.batches: list[list[Document | Rejected]] = []

    def __call__(self, items: list[Document | Rejected]) -> None:
        self.batches.append(items)

    def titles(self) -> list[list[str | None]]:
        return [[item.title if isinstance(item, Document) else str(item) for item in batch] for batch in self.batches]


@pytest.mark.parametrize(("text", "seconds"), [
    ("15m", 900), ("30s", 30), ("2h", 7200), ("90", 90), ("1.5h", 5400), (" 10M ", 600), ("0.5m", 30),
])
def test_parse_interval(text: str, seconds: int) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "m", "15x", "-5m", "1h30m", "fifteen minutes", "0s", "0.2s"])
def test_parse_interval_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(ConfigError, match="interval"):
        parse_interval(text)


def test_each_round_hands_over_only_the_new_entries(site: Site) -> None:
    inbox = Inbox()
    waits: list[float] = []

    def sleep(seconds: float) -> None:  # between rounds, the wire publishes a story
        waits.append(seconds)
        site.slugs.append("summit")

    count = watch([site.feed], 60, inbox, LIMITS, set(), stop_after=2, sleep=sleep)
    assert inbox.titles() == [
        ["Egypt signs wheat deal with Kazakhstan", "Senegal sets date for delayed vote",
         "Ceasefire holds in eastern Congo"],  # in feed order, newest first
        ["Gulf leaders meet in Doha"],
    ]
    assert count == 4
    assert site.article_hits() == {"ceasefire.html": 1, "election.html": 1, "grain.html": 1, "summit.html": 1}
    assert site.hits["/feed.xml"] == 2
    assert len(waits) == 1 and 59 < waits[0] <= 60  # the interval less the round's own time; none after the last


def test_a_restart_does_not_fetch_seen_entries_again(site: Site, tmp_path: Path) -> None:
    path = tmp_path / "state" / "seen.json"
    first, second = Inbox(), Inbox()
    watch([site.feed], 60, first, LIMITS, SeenLinks.open(path), stop_after=1)
    assert len(first.batches[0]) == 3
    links = [f"{site.base}/news/{slug}.html" for slug in ("grain", "election", "ceasefire")]
    assert json.loads(path.read_text())["links"] == links

    site.slugs.append("summit")
    watch([site.feed], 60, second, LIMITS, SeenLinks.open(path), stop_after=1)  # a new process, the same file
    assert second.titles() == [["Gulf leaders meet in Doha"]]
    assert set(site.article_hits().values()) == {1}


def test_a_quiet_round_calls_nobody(site: Site) -> None:
    inbox = Inbox()
    seen = {f"{site.base}/news/{s}.html" for s in site.slugs}
    assert watch([site.feed], 60, inbox, LIMITS, seen, stop_after=3, sleep=lambda _: None) == 0
    assert inbox.batches == [] and site.article_hits() == {}


def test_a_feed_that_is_down_is_reported_and_read_when_it_returns(site: Site) -> None:
    inbox = Inbox()
    site.feed_status = 503

    def sleep(seconds: float) -> None:
        site.feed_status = 200

    watch([site.feed], 60, inbox, LIMITS, set(), stop_after=2, sleep=sleep)
    assert inbox.titles()[0] == [f"{site.feed}: HTTP 503 Service Unavailable"]
    assert len(inbox.titles()[1]) == 3  # nothing was marked seen while the feed was down


def test_a_dead_article_link_is_handed_over_as_rejected_and_not_retried(site: Site) -> None:
    inbox = Inbox()
    site.slugs.append("withdrawn")  # listed in the feed, but its page is gone
    watch([site.feed], 60, inbox, LIMITS, set(), stop_after=2, sleep=lambda _: None)
    first = inbox.batches[0]
    assert [type(item).__name__ for item in first] == ["Rejected", "Document", "Document", "Document"]
    assert str(first[0]) == f"{site.base}/news/withdrawn.html: HTTP 404 Not Found"
    assert len(inbox.batches) == 1 and site.hits["/news/withdrawn.html"] == 1


def test_entries_are_marked_seen_only_after_the_callback_returns(site: Site) -> None:
    seen: set[str] = set()

    def crash(items: list[Document | Rejected]) -> None:
        raise RuntimeError("the database is locked")

    with pytest.raises(RuntimeError):
        watch([site.feed], 60, crash, LIMITS, seen, stop_after=1)
    assert seen == set()  # at least once: the next run fetches them again


def test_two_feeds_listing_one_story_fetch_it_once(site: Site) -> None:
    inbox = Inbox()
    watch([site.feed, site.feed], 60, inbox, LIMITS, set(), stop_after=1)
    assert len(inbox.batches) == 1 and set(site.article_hits().values()) == {1}


def test_seen_links_forget_the_oldest_beyond_their_limit(tmp_path: Path) -> None:
    seen = SeenLinks(["a", "b", "c"], path=tmp_path / "seen.json", limit=3)
    seen.add("a")  # still listed: becomes the newest
    seen.add("d")
    assert list(seen) == ["c", "a", "d"] and "b" not in seen
    seen.save()
    assert list(SeenLinks.open(tmp_path / "seen.json")) == ["c", "a", "d"]


def test_a_corrupt_seen_links_file_says_how_to_recover(tmp_path: Path) -> None:
    path = tmp_path / "seen.json"
    path.write_text("{not json")
    with pytest.raises(StoreError, match="delete it to start afresh"):
        SeenLinks.open(path)
    path.write_text('{"links": [1, 2]}')
    with pytest.raises(StoreError, match="not a seen-links file"):
        SeenLinks.open(path)


def test_watch_refuses_a_nonsense_interval(site: Site) -> None:
    with pytest.raises(ConfigError, match="positive"):
        watch([site.feed], 0, Inbox(), LIMITS, set(), stop_after=1)


def test_the_watch_command_ingests_a_feed_once(site: Site, tmp_path: Path) -> None:
    """`dyadscope watch` against the real local server: articles stored once, not again on the next run."""
    import subprocess
    import sys

    db = tmp_path / "watch.duckdb"
    command = [sys.executable, "-m", "dyadscope.cli", "watch", site.feed, "--every", "1s", "--rounds", "1",
               "--db", str(db)]
    first = subprocess.run(command, capture_output=True, timeout=300, check=False)
    assert first.returncode == 0, first.stderr.decode()
    assert "3 new articles" in first.stderr.decode()
    second = subprocess.run(command, capture_output=True, timeout=300, check=False)
    assert second.returncode == 0 and "0 new articles" in second.stderr.decode()
    stored = subprocess.run([sys.executable, "-m", "dyadscope.cli", "query", "events", "--db", str(db),
                             "--limit", "1000", "--format", "jsonl"], capture_output=True, timeout=300, check=False)
    events = [json.loads(line) for line in stored.stdout.splitlines()]
    assert {e["doc_id"] for e in events} <= {f"{site.base}/news/{slug}.html" for slug in site.slugs}
    assert events and all(site.article_hits()[f"{slug}.html"] == 1 for slug in site.slugs)
