"""Unexpected errors in slots: a dialog with the details, a log file, and the app goes on."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from explorer.ui.window.app import LaunchOptions, build_window, run
from explorer.ui.window.error_handler import ErrorHandler, default_log_path

# pytest-qt would otherwise take the hook itself and fail the test on the first error.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def app_window(qtbot):
    window = build_window(LaunchOptions(demo_only=True, size=(900, 600)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def errors(app_window, tmp_path):
    handler = ErrorHandler(tmp_path / "logs" / "explorer.log").install()
    handler.attach(app_window)
    yield handler
    handler.uninstall()


def _failing_button(window, message: str) -> QPushButton:
    """A button in the window whose slot raises, as a bug in a real handler would."""

    def export_the_selection() -> None:
        raise ValueError(message)

    button = QPushButton("Export selection")
    button.clicked.connect(export_the_selection)
    window.statusBar().addPermanentWidget(button)
    button.show()
    return button


def test_an_error_in_a_slot_shows_details_writes_the_log_and_the_app_goes_on(
    qtbot, app_window, errors
):
    button = _failing_button(app_window, "no figures for Atlantis")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: errors.dialog is not None and errors.dialog.isVisible())
    dialog = errors.dialog
    assert "ValueError: no figures for Atlantis" in dialog.text()
    assert "keeps running" in dialog.informativeText()
    assert str(errors.log_path) in dialog.informativeText()
    assert "Traceback" in dialog.detailedText()
    assert "export_the_selection" in dialog.detailedText()  # the details name the failing code
    assert not dialog.isModal()  # the window stays usable while it is open
    text = errors.log_path.read_text(encoding="utf-8")
    assert "no figures for Atlantis" in text and "Traceback" in text
    assert "export_the_selection" in text
    # The window still answers a user: a click on the map selects a country even with
    # the dialog open; once it is closed, Left steps a year back.
    view = app_window.map_view
    point = view.mapFromScene(view.label_points["BRA"])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert app_window.state.selected == "BRA"
    assert "Brazil" in app_window.detail_panel.text()
    dialog.close()
    qtbot.waitUntil(lambda: errors.dialog is None)
    app_window.activateWindow()
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    year = app_window.state.year
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert app_window.controls.year_label.text() == str(year - 1)


def test_a_flood_of_one_error_opens_one_dialog_that_counts_it(qtbot, app_window, errors):
    button = _failing_button(app_window, "paint failed")
    for _ in range(200):
        button.click()
    qtbot.waitUntil(
        lambda: errors.dialog is not None and "200 times" in errors.dialog.informativeText()
    )
    dialogs = [w for w in app_window.findChildren(QMessageBox) if w.isVisible()]
    assert dialogs == [errors.dialog]
    # Another error while it is open is noted in it, not stacked on top.
    _failing_button(app_window, "something else").click()
    qtbot.waitUntil(lambda: "1 other error" in errors.dialog.informativeText())
    assert [w for w in app_window.findChildren(QMessageBox) if w.isVisible()] == [errors.dialog]
    log_text = errors.log_path.read_text(encoding="utf-8")
    assert log_text.count("Traceback") == 2  # one traceback per kind of error
    assert "again (200 times)" in log_text  # the repeats are counted, not written out
    assert log_text.count("paint failed") < 30
    # Closed, the same error does not come back as a dialog: the status bar counts it.
    errors.dialog.close()
    qtbot.waitUntil(lambda: errors.dialog is None)
    button.click()
    qtbot.waitUntil(lambda: "201 times" in app_window.statusBar().currentMessage())
    assert errors.dialog is None


def test_an_error_on_a_worker_thread_is_shown_by_the_gui_thread(qtbot, app_window, errors):
    class Worker(QThread):
        def run(self) -> None:
            raise KeyError("sheet 'data' not found")

    worker = Worker()
    worker.start()
    worker.wait()
    qtbot.waitUntil(lambda: errors.dialog is not None and errors.dialog.isVisible())
    assert "sheet 'data' not found" in errors.dialog.text()
    assert errors.dialog.thread() is app_window.thread()
    plain = threading.Thread(target=lambda: 1 / 0, name="reader")
    plain.start()
    plain.join()
    qtbot.waitUntil(lambda: "1 other error" in errors.dialog.informativeText())
    assert "ZeroDivisionError" in errors.log_path.read_text(encoding="utf-8")


def test_a_dialog_that_cannot_be_made_is_logged_without_looping(qtbot, app_window, tmp_path):
    made: list[int] = []

    def broken_factory(parent):
        made.append(1)
        raise RuntimeError("no display for dialogs")

    handler = ErrorHandler(tmp_path / "explorer.log", dialog_factory=broken_factory).install()
    try:
        handler.attach(app_window)
        _failing_button(app_window, "first").click()
        qtbot.wait(200)  # let queued reports run: a loop would keep calling the factory
        assert made == [1]
        text = handler.log_path.read_text(encoding="utf-8")
        assert "the error dialog could not be shown" in text and "no display" in text
        app_window.state.selected = "FRA"
        assert "France" in app_window.detail_panel.text()
    finally:
        handler.uninstall()


def test_an_injected_dialog_factory_gets_the_window_as_parent(qtbot, app_window, tmp_path):
    parents = []

    def factory(parent):
        parents.append(parent)
        return QMessageBox(parent)

    handler = ErrorHandler(tmp_path / "explorer.log", dialog_factory=factory).install()
    try:
        handler.attach(app_window)
        _failing_button(app_window, "x").click()
        qtbot.waitUntil(lambda: handler.dialog is not None)
        assert parents == [app_window]
        assert "ValueError: x" in handler.dialog.text()
    finally:
        handler.uninstall()


def test_help_names_the_log_file_and_opens_its_folder(qtbot, app_window, errors):
    assert errors.log_action in app_window.context.help.menu.actions()
    opened = []
    errors.open_folder = opened.append
    box = errors.show_log_info()
    assert str(errors.log_path) in box.text()
    folder_button = next(b for b in box.buttons() if "folder" in b.text())
    folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(errors.log_path.parent)]


def test_uninstall_gives_the_hooks_back(app_window, tmp_path):
    before = (sys.excepthook, threading.excepthook)
    handler = ErrorHandler(tmp_path / "explorer.log").install()
    assert sys.excepthook == handler.hook
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_the_log_lives_in_the_users_data_folder():
    data_home = Path(os.environ["XDG_DATA_HOME"])  # tests/conftest.py: a private one
    assert default_log_path().is_relative_to(data_home)
    assert default_log_path().name == "explorer.log"


def test_the_app_installs_the_handler_and_offers_a_new_workspace_when_it_runs(
    qtbot, tmp_path, monkeypatch
):
    """``run`` (what the command calls) logs to the data folder, adds Help > Error log and,
    when the workspace cannot be read, offers a new one once the window is up."""
    from explorer.ui.window.main_window import MainWindow
    from explorer.ui.workspace import damaged as damaged_workspace

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back what run installs
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    # The event loop is not entered (a test must not quit the application): run returns
    # once everything is set up, and the test runs the loop itself.
    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    asked: list[str] = []
    monkeypatch.setattr(
        damaged_workspace, "ask_start_new", lambda parent, message: asked.append(message) or False
    )
    damaged = tmp_path / "w.sqlite"
    damaged.write_bytes(b"not a workspace" * 100)
    assert run(LaunchOptions(workspace=damaged, size=(640, 400))) == 0
    (window,) = (
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow)
        and w.context.session is not None
        and w.context.session.path == damaged
    )
    qtbot.addWidget(window)
    handler = sys.excepthook.__self__
    try:
        assert isinstance(handler, ErrorHandler)
        assert handler.log_path == default_log_path()
        assert "started" in default_log_path().read_text(encoding="utf-8")
        assert handler.log_action in window.context.help.menu.actions()
        qtbot.waitUntil(lambda: bool(asked))
        assert "not a workspace file" in asked[0]
        assert damaged.read_bytes() == b"not a workspace" * 100
    finally:
        handler.uninstall()


def test_without_a_writable_log_the_dialog_still_has_the_details(qtbot, app_window, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    handler = ErrorHandler(blocked / "logs" / "explorer.log").install()  # cannot be made
    try:
        handler.attach(app_window)
        _failing_button(app_window, "read-only home").click()
        qtbot.waitUntil(lambda: handler.dialog is not None)
        assert "No log file could be written" in handler.dialog.informativeText()
        assert "read-only home" in handler.dialog.detailedText()
    finally:
        handler.uninstall()
