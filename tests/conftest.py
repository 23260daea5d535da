"""Suite-wide setup: Qt renders offscreen; sockets are disabled by pytest-socket (pyproject)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings

# CI explores the same examples on every run, so a landing never hinges on luck;
# developers' runs stay random and keep finding new cases.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
