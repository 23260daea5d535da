"""After the launch, modules imported later keep no copy of their source in memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import builtins, json, linecache, sys
from explorer.ui.common.plain_imports import PYTHON_IMPORT
from PySide6 import QtWidgets  # PySide6's hook is in place from here

import tomllib  # through the hook: it reads the module's source, linecache keeps it
hooked = any(name.endswith("tomllib/__init__.py") for name in linecache.cache)
from explorer.ui.window.app import _application

app = _application()
import colorsys  # after the launch
plain = not any(name.endswith("colorsys.py") for name in linecache.cache)
print(json.dumps([hooked, plain, builtins.__import__ is PYTHON_IMPORT]))
"""


def test_the_launch_drops_the_hook_that_kept_every_modules_source():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    hooked, plain, python_import = json.loads(done.stdout.strip().splitlines()[-1])
    assert hooked  # what the hook did before the launch's QApplication
    assert plain and python_import  # and no longer does after it
