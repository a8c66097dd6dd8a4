"""Helpers for the web tests: the hostile article, a free port, a live uvicorn server.

A module of its own because conftest files are not importable by name (two
conftest.py files would shadow each other).
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"

# An article written to break out of the page: script and markup in title, source, url and text.
XSS_ID = "xss-001"
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ARTICLE = {
    "id": XSS_ID,
    "title": f"{XSS_SCRIPT} Moscow and Pyongyang sign pact",
    "date": "2024-07-01",
    "source": "<b>Evil</b> Times",
    "url": "javascript:alert(2)",
    "text": f"MOSCOW, July 1 - Russia signed a new military agreement with North Korea on Monday {XSS_SCRIPT} "
            "officials said.\n\nPutin met Kim Jong Un in Moscow to discuss <img src=x onerror=alert(3)> cooperation.",
}


def free_port() -> int:
    """A port nobody listens on at 127.0.0.1 right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class LiveServer:
    """uvicorn serving an app on 127.0.0.1 in a background thread."""

    def __init__(self, app) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start within 20 s")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
