"""Architecture as code: the import-linter contracts (.importlinter) and mypy ([tool.mypy]) hold.

`make test` runs both tools directly; these tests run them too, so a plain pytest run catches a broken layer
rule or type before it lands.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}  # this checkout, not whatever is installed
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def test_import_contracts_are_kept():
    result = _run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    kept = [line for line in result.stdout.splitlines() if line.endswith("KEPT") or " KEPT (" in line]
    declared = (ROOT / ".importlinter").read_text(encoding="utf-8").count("[importlinter:contract:")
    assert declared >= 5 and len(kept) == declared, result.stdout  # every contract in .importlinter was checked


def test_mypy_finds_no_errors():
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
