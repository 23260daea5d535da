"""Suite-wide setup: Qt renders offscreen; sockets are disabled by pytest-socket (pyproject)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest


def _private_folder(kind: str) -> str:
    """A fresh folder for the run, removed when the run ends (subprocesses included)."""
    folder = tempfile.mkdtemp(prefix=f"tfe-tests-{kind}-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app reads and writes the user's default workspace under XDG_DATA_HOME;
# tests (and the app processes they start) get a private one, never the real one.
os.environ["XDG_DATA_HOME"] = _private_folder("data")
# Likewise the app's settings (QSettings, under XDG_CONFIG_HOME on Linux).
os.environ["XDG_CONFIG_HOME"] = _private_folder("config")
# And the map's prepared outlines and first frames (XDG_CACHE_HOME): the suite's own.
os.environ["XDG_CACHE_HOME"] = _private_folder("cache")
# Tests read the English source texts whatever the machine's language (the app
# and its subprocesses load translations for this instead of the system locale).
os.environ["TRAFFICKING_EXPLORER_LANG"] = "en"

from hypothesis import settings  # noqa: E402  (after the folders above are set)

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


@pytest.fixture(scope="session")
def glotip_import():
    """(dataset, report) of the shared GLOTIP workbook as the app imports it (``read_any``),
    read once per run for every module that only reads it: each read takes 3 to 5 s on
    CI's machine. Nothing may change it: at the end of the run it must hold what it held
    when read, or the run fails here (copy it before changing it)."""
    from tests.shared_data import GLOTIP_WORKBOOK, state

    if not GLOTIP_WORKBOOK.is_file():
        pytest.skip("the shared GLOTIP workbook is not beside the clone")
    from explorer.io.importing.importers import read_any

    dataset, report = read_any(GLOTIP_WORKBOOK)

    def held() -> tuple:
        frames = (dataset.observations, dataset.flows, dataset.activities)
        return dataset.name, state(dataset.provenance), state(frames), state(report)

    before = held()
    yield dataset, report
    unchanged = held() == before  # (not in the assert: its diff would fill the screen)
    assert unchanged, "a test changed the shared GLOTIP import (copy it first)"


@pytest.fixture(scope="session", autouse=True)
def _shared_cells_unchanged():
    """The workbook's cells read once and shared (tests/shared_data.py) must end the run
    as they were read: a test that changed them would change what others expect."""
    yield
    from tests.shared_data import changed_reads

    assert not changed_reads(), f"a test changed the shared workbook cells: {changed_reads()}"
