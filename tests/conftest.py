"""Shared fixtures: one loaded coder per test session (the model takes ~1 s to load)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support import SHARED


@pytest.fixture(scope="session")
def coder():  # type: ignore[no-untyped-def]
    from dyadscope import Coder

    return Coder()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared folder is missing at {SHARED}; set DYADSCOPE_SHARED")
    return SHARED
