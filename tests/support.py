"""Helpers shared by the tests: where things are, and how to run the real command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("DYADSCOPE_SHARED", ROOT.parent / "shared"))
SCHEMA = SHARED / "spec" / "event.schema.json"
SEED = SHARED / "data" / "seed" / "kim_putin_visit.jsonl"


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run the real `dyadscope` command in a subprocess."""
    return subprocess.run([sys.executable, "-m", "dyadscope.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd or ROOT, timeout=900, check=False)
