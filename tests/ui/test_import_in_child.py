"""The window's import of a large file, read by a child process: result, Cancel and errors
as with a file read in the window's own process; the child started while the user picks
the file (the Import dialog, a drag over the window)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from explorer.io.importing import child_process
from explorer.io.workspace.store import load_workspace
from explorer.ui.window.app import LaunchOptions, build_window
from explorer.ui.workspace.imports import ask_import
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


def test_file_import_starts_the_child_while_the_dialog_is_open(
    qtbot, tmp_path, children, messages, monkeypatch
):
    window = _window(qtbot, tmp_path)
    session = window.context.session
    path = write_csv(tmp_path / "glotip.csv", ROWS)
    waiting: list[bool] = []

    def choose(*args, **kwargs):
        waiting.append(session.reader_ahead is not None and children[-1].poll() is None)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    ask_import(session)
    with qtbot.waitSignal(session.job.done, timeout=60_000):
        pass
    assert waiting == [True]  # started before the user chose
    assert len(children) == 1 and children[0].returncode == 0  # and it read the file
    assert window.dataset.name == "GLOTIP 30/05/2023" and session.reader_ahead is None


def test_a_cancelled_dialog_ends_the_waiting_child(qtbot, tmp_path, children, monkeypatch):
    window = _window(qtbot, tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    ask_import(window.context.session)
    assert len(children) == 1 and children[0].returncode is not None  # not left waiting
    assert window.context.session.reader_ahead is None and window.dataset.is_synthetic


def _drag(window, path: Path, leave: bool) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
    window.dragEnterEvent(
        QDragEnterEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    )
    if leave:
        window.dragLeaveEvent(QDragLeaveEvent())


def test_a_data_file_dragged_over_the_window_starts_a_child_that_ends_if_it_leaves(
    qtbot, tmp_path, children
):
    window = _window(qtbot, tmp_path)
    session = window.context.session
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"not data" * 100)
    _drag(window, notes, leave=True)
    assert children == []  # not a data file: nothing to read
    _drag(window, write_csv(tmp_path / "glotip.csv", ROWS), leave=False)
    assert session.reader_ahead is not None and children[0].poll() is None
    window.dragLeaveEvent(QDragLeaveEvent())
    assert session.reader_ahead is None and children[0].returncode is not None
