"""End to end in a real browser: Debian's chromium, driven by Playwright, against a real uvicorn server.

No browser download: Playwright launches /usr/bin/chromium (`.ci/run` installs it
with apt). Screenshots go to test-artifacts/ for people to look at.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from web_support import XSS_ID, XSS_SCRIPT  # type: ignore[import-not-found]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists() and shutil.which("chromium") is None,
                                reason="needs Debian's chromium: apt-get install -y chromium")


class Watcher:
    """Collects what a page should never do: alert dialogs, script errors, console errors (CSP included)."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []

    def attach(self, page) -> None:
        def on_dialog(dialog) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)
        page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        page.on("console", lambda msg: self.errors.append(f"console: {msg.text}") if msg.type == "error" else None)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM if CHROMIUM.exists() else
                                                                  shutil.which("chromium")), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.watcher = Watcher()
    tab.watcher.attach(tab)
    yield tab
    context.close()


def test_dyad_chart_click_point_open_event(page, live_server, artifacts):
    page.goto(f"{live_server.url}/dyad/RUS/PRK")
    page.wait_for_selector("#chart svg circle.point")
    points = page.locator("#chart svg circle.point")
    assert points.count() > 0
    assert page.locator("#chart svg rect.bar").count() >= points.count()
    assert page.locator("#plover-legend span").count() > 0
    page.screenshot(path=str(artifacts / "dyad_RUS_PRK.png"), full_page=True)

    # the busiest month: the Vostochny summit, September 2023
    page.locator('#chart circle.point[data-start="2023-09-01"]').click()
    page.wait_for_selector("#point-events tr.point-event")
    rows = page.locator("#point-events tr.point-event")
    assert rows.count() >= 2
    assert "2023-09" in page.locator("#point-title").inner_text()
    assert page.locator('#chart circle.point.selected').count() == 1
    page.screenshot(path=str(artifacts / "dyad_RUS_PRK_point.png"), full_page=True)

    rows.first.locator("a").first.click()
    page.wait_for_url("**/event/**")
    evidence = page.locator("#evidence")
    for kind in ("source", "trigger", "target"):
        assert evidence.locator(f"mark.{kind}").count() == 1, kind
    marked = {kind: evidence.locator(f"mark.{kind}").inner_text() for kind in ("source", "trigger", "target")}
    assert all(marked.values())
    page.screenshot(path=str(artifacts / "event.png"), full_page=True)
    assert not page.watcher.dialogs and not page.watcher.errors, page.watcher.errors


def test_hostile_article_shows_as_text(page, live_server, artifacts):
    page.goto(f"{live_server.url}/document/{XSS_ID}")
    title = page.locator("#doc-title").inner_text()
    assert XSS_SCRIPT in title
    assert XSS_SCRIPT in page.locator("#doc-text").inner_text()
    assert "<img src=x onerror=alert(3)>" in page.locator("#doc-text").inner_text()
    assert page.locator("#doc-text script, #doc-title script, #doc-text img").count() == 0
    page.screenshot(path=str(artifacts / "xss_document.png"), full_page=True)

    # its event's page, and the chart's event list (built by script) for its month
    page.locator("#doc-text mark").first.click()
    page.wait_for_url("**/event/**")
    assert "<script>" in page.locator("#evidence").inner_text() or "<img" in page.locator("#evidence").inner_text()
    page.goto(f"{live_server.url}/dyad/RUS/PRK")
    page.locator('#chart circle.point[data-start="2024-07-01"]').click()
    page.wait_for_selector("#point-events tr.point-event")
    assert XSS_SCRIPT in page.locator("#point-events").inner_text()
    assert page.locator("#point-events script").count() == 0
    page.screenshot(path=str(artifacts / "xss_in_chart_list.png"), full_page=True)
    assert page.watcher.dialogs == [], "an alert fired: the article's script ran"
    assert not page.watcher.errors, page.watcher.errors


@pytest.mark.parametrize(("path", "selector", "name"), [
    ("/", "#top-dyads", "overview"),
    ("/network", "#network circle", "network"),
    ("/network?level=actor", "#network circle", "network_actors"),
    ("/map", "#map circle.place", "map"),
    ("/actor/PRK", "#partners", "actor_PRK"),
    ("/search?q=Vostochny", "table.events", "search"),
])
def test_pages_render(page, live_server, artifacts, path, selector, name):
    page.goto(live_server.url + path)
    assert page.locator(selector).count() > 0
    page.screenshot(path=str(artifacts / f"{name}.png"), full_page=True)
    assert not page.watcher.dialogs and not page.watcher.errors, page.watcher.errors
