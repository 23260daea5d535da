"""CI's entry point runs before any venv exists: its checks need only the standard library."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _precheck_lines() -> list[str]:
    """The ``python3 -c '...'`` lines of ``.ci/run``: they run with the machine's bare python3."""
    text = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    return re.findall(r"^python3 -c '([^']*)'", text, flags=re.MULTILINE)


def test_ci_precheck_runs_without_any_third_party_package():
    lines = _precheck_lines()
    assert lines, ".ci/run no longer prints where the shared workbook is"
    blocker = (
        "import sys\n"
        "for name in ('pandas', 'numpy', 'PySide6', 'geopandas', 'shapely', 'explorer'):\n"
        "    sys.modules[name] = None\n"
    )
    for line in lines:
        done = subprocess.run(
            [sys.executable, "-I", "-c", blocker + line],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert "shared GLOTIP workbook:" in done.stdout


def test_ci_installs_the_browser_and_requires_it():
    text = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "export TFE_REQUIRE_BROWSER=1" in text
    assert 'missing="$missing chromium"' in text
