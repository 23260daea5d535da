"""Suite-wide setup: Qt renders offscreen; sockets are disabled by pytest-socket (pyproject)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
