"""The window's import of a large file, read by a child process: result, Cancel and errors
as with a file read in the window's own process."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from explorer.io.importing import child_process
from explorer.io.workspace.store import load_workspace
from explorer.ui.window.app import LaunchOptions, build_window
from tests.io.test_glotip import row, write_csv

ROWS = [
    row(iso3="DEU", value="494"),
    row(iso3="ITA", value="<5"),
    row(iso3="DEU", dim="by citizenship", cat="Zzyzx Qwerty", value="30"),  # not a place
    row(iso3="DEU", sex="Male", value="n/a"),  # rejected: not a number
]


@pytest.fixture
def children(monkeypatch) -> list[subprocess.Popen]:
    """Every file is "large": read in a child; the children started, for a look after."""
    started: list[subprocess.Popen] = []
    popen = subprocess.Popen

    def start(*args, **kwargs):
        started.append(popen(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(child_process, "CHILD_FROM_BYTES", 0)
    monkeypatch.setattr(child_process.subprocess, "Popen", start)
    return started


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _window(qtbot, tmp_path: Path):
    window = build_window(LaunchOptions(workspace=tmp_path / "w.sqlite"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _import(qtbot, window, path: Path, cancel: bool = False) -> None:
    job = window.context.session.start_import(path)
    assert job is not None
    if cancel:
        window.context.session.cancel_button.click()
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass


def test_the_child_reads_and_the_window_shows_stores_and_reports(
    qtbot, tmp_path, children, messages
):
    window = _window(qtbot, tmp_path)
    _import(qtbot, window, write_csv(tmp_path / "glotip.csv", ROWS))
    assert len(children) == 1 and children[0].returncode == 0  # read there, and it ended
    assert window.dataset.name == "GLOTIP 30/05/2023" and not messages
    dialog = window.context.session.report_dialog
    assert dialog.isVisible() and dialog.rejected_table.rowCount() == 1
    assert dialog.unresolved_table.item(0, 0).text() == "Zzyzx Qwerty"
    assert load_workspace(tmp_path / "w.sqlite").names() == ["GLOTIP 30/05/2023"]


def test_cancel_import_stops_the_child_and_keeps_the_window_as_it_was(
    qtbot, tmp_path, children, messages
):
    window = _window(qtbot, tmp_path)
    _import(qtbot, window, write_csv(tmp_path / "glotip.csv", ROWS), cancel=True)
    assert window.statusBar().currentMessage() == "Import of glotip.csv cancelled"
    assert children and children[0].returncode not in (None, 0)  # stopped, not finished
    assert window.dataset.is_synthetic and not messages
    assert not (tmp_path / "w.sqlite").exists()


def test_a_file_the_child_cannot_read_gets_the_readers_message(qtbot, tmp_path, children, messages):
    window = _window(qtbot, tmp_path)
    fake = tmp_path / "photo.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    _import(qtbot, window, fake)
    assert len(children) == 1
    assert messages and messages[0].startswith("Import failed: photo.xlsx: not an Excel workbook")
    assert window.dataset.is_synthetic
