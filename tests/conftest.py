"""Suite-wide setup: Qt renders offscreen; sockets are disabled by pytest-socket (pyproject)."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app reads and writes the user's default workspace under XDG_DATA_HOME;
# tests (and the app processes they start) get a private one, never the real one.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="tfe-tests-data-")
# Likewise the app's settings (QSettings, under XDG_CONFIG_HOME on Linux).
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="tfe-tests-config-")
# And the map's prepared outlines (XDG_CACHE_HOME): shared by the suite, not the machine's.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="tfe-tests-cache-")
# Tests read the English source texts whatever the machine's language (the app
# and its subprocesses load translations for this instead of the system locale).
os.environ["TRAFFICKING_EXPLORER_LANG"] = "en"

from hypothesis import settings

# CI explores the same examples on every run, so a landing never hinges on luck;
# developers' runs stay random and keep finding new cases.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# folium imports requests -> urllib3, whose import probes IPv6 support by
# opening (and closing) a local socket: no traffic, but pytest-socket would
# report it from whichever test first imports folium. Import it here, before
# sockets are disabled, so a socket warning in a test always means real use.
import folium  # noqa: E402, F401
