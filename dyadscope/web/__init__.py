"""The web dashboard and JSON API: `create_app(db_path)` gives a FastAPI app.

    >>> from dyadscope.web import create_app
    >>> import uvicorn
    >>> uvicorn.run(create_app("events.duckdb"), host="127.0.0.1", port=8000)

Needs fastapi, uvicorn and jinja2 (dependencies of dyadscope).
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
