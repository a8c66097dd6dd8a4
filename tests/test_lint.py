"""The code passes the linter the project configures (pyproject.toml, [tool.ruff])."""

from __future__ import annotations

import subprocess
import sys

from support import ROOT


def test_ruff_finds_nothing() -> None:
    # ruff ships as a Python package with its binary; `python -m ruff` finds it in this venv.
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "dyadscope", "scripts", "benchmarks", "tests"],
                            cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
