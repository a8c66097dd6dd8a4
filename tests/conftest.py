"""Shared fixtures: one loaded coder per test session (the model takes ~1 s to load)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DYADSCOPE_SHARED", ROOT.parent / "shared"))
SCHEMA = SHARED / "spec" / "event.schema.json"
SEED = SHARED / "data" / "seed" / "kim_putin_visit.jsonl"


@pytest.fixture(scope="session")
def coder():
    from dyadscope import Coder

    return Coder()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"the shared folder is missing at {SHARED}; set DYADSCOPE_SHARED")
    return SHARED


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the real `dyadscope` command in a subprocess."""
    return subprocess.run([sys.executable, "-m", "dyadscope.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=600, check=False)
