"""Run a few lines of Python in a fresh process, with a fresh data folder, for its JSON answer.

Why: what a launch or a command imports, and what it leaves on disk, shows only in
a process of its own; each probe prints one JSON line last, which is returned.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_probe(
    tmp_path: Path, code: str, *args: str, env: dict[str, str] | None = None, timeout: int = 300
) -> dict:
    """``python -c code args`` from the repository root, its data folders in ``tmp_path``."""
    environment = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    environment.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])
