"""How fast the Russia-North Korea dyad page loads on the demo database; the target is 300 ms.

    python benchmarks/page_load.py [--db demo.duckdb] [--runs 20] [--target-ms 300] [--check]

Serves the app with uvicorn on 127.0.0.1 (a free port, its own process) and measures, for
/dyad/RUS/PRK:

- server: the app's own time (its Server-Timing header) and the HTTP round trip
  of the HTML page and of its JSON twin, from a client on the same machine;
- browser: Debian's chromium (via Playwright, /usr/bin/chromium) loading the
  page in a fresh tab, from navigation start until the chart has drawn its
  points (dyad.js's `dyadscope:chart` performance mark) and until the load
  event (the browser's own Navigation Timing); the wall time Playwright sees is
  printed too, for reference (it adds the driver's round trips).

Without --db it codes the bundled demo corpus into a temporary database first
(about 10 s). Prints median and 95th percentile; --check exits 1 when a median
is over the target.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PAGE = "/dyad/RUS/PRK"
SERVE = ("import sys, uvicorn; from dyadscope.web import create_app; "
         "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning', "
         "access_log=False)")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _summary(name: str, values: list[float], target: float) -> tuple[str, float]:
    values = sorted(values)
    median = statistics.median(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    verdict = "ok" if median <= target else "OVER TARGET"
    print(f"  {name:<38} median {median:7.1f} ms   p95 {p95:7.1f} ms   max {values[-1]:7.1f} ms   {verdict}")
    return name, median


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a store to serve (default: build the demo into a temp folder)")
    parser.add_argument("--runs", type=int, default=20, help="measured loads per figure")
    parser.add_argument("--target-ms", type=float, default=300.0, help="the page-load target")
    parser.add_argument("--check", action="store_true", help="exit 1 when a median is over the target")
    options = parser.parse_args()

    import httpx
    from playwright.sync_api import sync_playwright

    from dyadscope.web_cli import build_demo

    with tempfile.TemporaryDirectory() as tmp:
        db = options.db
        if db is None:
            db = Path(tmp) / "demo.duckdb"
            started = time.perf_counter()
            report = build_demo(db)
            print(f"built the demo database in {time.perf_counter() - started:.1f} s: {report}")
        port = _free_port()
        # A separate process, as `dyadscope serve` runs: a server thread here would share the GIL with Playwright.
        server = subprocess.Popen([sys.executable, "-c", SERVE, str(db), str(port)])
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/stats", timeout=2).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start") from None
                time.sleep(0.1)
        results = []
        try:
            print(f"{PAGE} on {db} ({options.runs} runs, target {options.target_ms:.0f} ms)")
            with httpx.Client(base_url=base, timeout=30) as client:
                for _ in range(3):  # warm up: imports, templates, DuckDB's first open
                    client.get(PAGE).raise_for_status()
                app_ms, html_ms, json_ms = [], [], []
                for _ in range(options.runs):
                    t0 = time.perf_counter()
                    response = client.get(PAGE)
                    html_ms.append((time.perf_counter() - t0) * 1000)
                    response.raise_for_status()
                    app_ms.append(float(response.headers["server-timing"].split("dur=")[1]))
                    t0 = time.perf_counter()
                    client.get("/api" + PAGE).raise_for_status()
                    json_ms.append((time.perf_counter() - t0) * 1000)
            print("server")
            results.append(_summary("app time (Server-Timing)", app_ms, options.target_ms))
            results.append(_summary("HTML page, HTTP round trip", html_ms, options.target_ms))
            results.append(_summary("JSON twin, HTTP round trip", json_ms, options.target_ms))

            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                warm = context.new_page()
                warm.goto(base + PAGE)
                warm.close()
                load_ms, chart_ms, wall_ms = [], [], []
                for _ in range(options.runs):
                    tab = context.new_page()
                    t0 = time.perf_counter()
                    tab.goto(base + PAGE, wait_until="load")
                    tab.wait_for_selector("#chart circle.point")
                    wall_ms.append((time.perf_counter() - t0) * 1000)
                    timing = tab.evaluate(
                        "() => { const n = performance.getEntriesByType('navigation')[0];"
                        " const c = performance.getEntriesByName('dyadscope:chart')[0];"
                        " return [n.loadEventEnd - n.startTime, c ? c.startTime - n.startTime : null]; }")
                    load_ms.append(timing[0])
                    chart_ms.append(timing[1])
                    tab.close()
                browser.close()
            print("browser (chromium, headless)")
            results.append(_summary("navigation start to chart drawn", chart_ms, options.target_ms))
            results.append(_summary("navigation start to load event", load_ms, options.target_ms))
            _summary("goto + chart, seen from Playwright", wall_ms, options.target_ms)
        finally:
            server.terminate()
            server.wait(timeout=10)
    slow = [name for name, median in results if median > options.target_ms]
    print("all medians within target" if not slow else f"over target: {', '.join(slow)}")
    return 1 if (slow and options.check) else 0


if __name__ == "__main__":
    sys.exit(main())
