"""A workspace that cannot be read: said plainly, a new one offered, the file never written,
and data imported meanwhile not lost by closing the window without a question."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from explorer.io.workspace.store import load_workspace
from explorer.ui.window.app import LaunchOptions, build_window
from explorer.ui.window.settings import AppSettings, install_settings
from explorer.ui.workspace.damaged import CloseAnswer
from tests.io.test_glotip import write_csv
from tests.io.test_workspace_durability import DAMAGE, make_damaged
from tests.ui.test_workspace_session import GLOTIP_NAME, ROWS


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


def _open(qtbot, path: Path):
    window = build_window(LaunchOptions(workspace=path, size=(800, 500)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_workspace_is_explained_a_new_one_offered_and_it_is_never_written(
    qtbot, tmp_path, monkeypatch, warnings, kind
):
    damaged, words = make_damaged(kind, tmp_path / "workspace.sqlite")
    before = damaged.read_bytes()
    window = _open(qtbot, damaged)
    session = window.context.session
    assert window.dataset.is_synthetic  # the demo, so the app is usable
    assert words in session.load_error and str(damaged) in session.load_error
    assert "could not be read" in window.statusBar().currentMessage()

    asked: list[str] = []
    assert not session.offer_new_workspace(ask=lambda message: asked.append(message) or False)
    assert asked == [session.load_error]  # the user is told why before choosing
    assert damaged.read_bytes() == before  # declined: nothing written

    proposed: list[str] = []

    def save_dialog(parent, caption, directory, *args, **kwargs):
        proposed.append(directory)
        return directory, ""  # the user accepts the proposed name

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert session.offer_new_workspace(ask=lambda message: True)
    new = Path(proposed[0])
    assert new != damaged and new.parent == damaged.parent
    assert session.path == new and session.load_error is None
    assert load_workspace(new).datasets == []  # a real, empty workspace
    assert new.name in window.windowTitle()
    assert damaged.read_bytes() == before

    # Choosing the damaged file by hand is refused with a message, and closing saves elsewhere.
    assert not session.save_as(damaged)
    assert not session.new_workspace(damaged)
    assert len(warnings) == 2 and all("kept as it is" in w for w in warnings)
    window.close()
    assert damaged.read_bytes() == before
    assert not warnings[2:]


def test_the_offer_proposes_a_name_not_taken(qtbot, tmp_path, monkeypatch, warnings):
    damaged, _ = make_damaged("random bytes", tmp_path / "workspace.sqlite")
    (tmp_path / "new-workspace.tfe-workspace").write_bytes(b"someone else's file")
    window = _open(qtbot, damaged)
    proposed: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: proposed.append(a[2]) or ("", "")
    )
    assert not window.context.session.offer_new_workspace(
        ask=lambda message: True
    )  # then cancelled
    assert Path(proposed[0]).name == "new-workspace-2.tfe-workspace"
    assert (tmp_path / "new-workspace.tfe-workspace").read_bytes() == b"someone else's file"


def test_the_offer_dialog_says_why_and_that_the_file_is_kept(qtbot, tmp_path):
    damaged, _ = make_damaged("a future schema version", tmp_path / "workspace.sqlite")
    before = damaged.read_bytes()
    window = _open(qtbot, damaged)
    seen: list[tuple[str, str, list[str]]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text() == "Not now").click()

    QTimer.singleShot(0, answer)
    assert not window.context.session.offer_new_workspace()
    text, informative, buttons = seen[0]
    assert "newer version of the app" in text and str(damaged) in text
    assert "kept exactly as it is" in informative
    assert "Start a new workspace…" in buttons
    assert damaged.read_bytes() == before


def test_a_readable_workspace_is_not_offered_a_new_one(qtbot, tmp_path):
    window = _open(qtbot, tmp_path / "fresh.sqlite")
    assert not window.context.session.offer_new_workspace(ask=lambda message: pytest.fail("asked"))


# -- closing with data imported since the workspace could not be read -------------------


@pytest.fixture
def imported(qtbot, tmp_path, warnings):
    """A window on a damaged workspace, with GLOTIP data imported since: (window, file, bytes).

    The window remembers its settings in ``settings.ini`` as the app's does (installed
    after the session, before any import)."""
    damaged, _ = make_damaged("random bytes", tmp_path / "workspace.sqlite")
    before = damaged.read_bytes()
    window = _open(qtbot, damaged)
    install_settings(window, AppSettings(tmp_path / "settings.ini"))
    job = window.context.session.start_import(write_csv(tmp_path / "glotip.csv", ROWS))
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert window.dataset.name == GLOTIP_NAME and window.context.session.load_error
    return window, damaged, before


def _save_dialog(monkeypatch, answers: list[str]) -> list[tuple[str, str]]:
    """Answer the file dialogs in turn with ``answers`` ("" = cancelled); return what they
    proposed (caption, file)."""
    proposed: list[tuple[str, str]] = []

    def save_dialog(parent, caption, directory, *args, **kwargs):
        proposed.append((caption, directory))
        return answers.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    return proposed


def _files(folder: Path) -> list[Path]:
    """The files in ``folder`` but the app's settings (written at every close)."""
    return sorted(p for p in folder.iterdir() if p.name != "settings.ini")


def test_closing_asks_and_save_as_keeps_the_import_in_another_file(
    imported, tmp_path, monkeypatch, warnings
):
    window, damaged, before = imported
    session = window.context.session
    settings = window.context.settings_keeper.settings
    error = session.load_error
    kept = tmp_path / "kept.sqlite"
    proposed = _save_dialog(monkeypatch, ["", str(damaged), str(kept)])
    session.menu.save_as_action.trigger()  # File > Save workspace as…, cancelled: what it proposes
    asked: list[str] = []
    session.ask_unsaved = lambda message: asked.append(message) or CloseAnswer.SAVE_AS

    # Picking the unreadable file is refused: the window stays open, the file as it was.
    assert not window.close()
    assert window.isVisible() and len(warnings) == 1 and "kept as it is" in warnings[0]
    assert damaged.read_bytes() == before
    assert not settings.get("workspace/last")

    assert window.close()
    assert not window.isVisible()
    assert asked == [error, error]  # the user is told why, both times
    assert proposed[1] == proposed[2] == proposed[0]  # the same choice as the File menu's
    offered = Path(proposed[0][1])  # a free name next to it, never the unreadable file
    assert offered != damaged and offered.parent == damaged.parent and not offered.exists()
    assert load_workspace(kept).names() == [GLOTIP_NAME]  # the import is in the new file
    assert damaged.read_bytes() == before
    assert settings.last_workspace() == kept  # and the next start opens it
    assert len(warnings) == 1


def test_closing_asks_and_discard_closes_writing_nothing(imported, tmp_path, monkeypatch):
    window, damaged, before = imported
    _save_dialog(monkeypatch, [])  # a file dialog would fail the test (pop from empty list)
    files = _files(tmp_path)
    asked: list[str] = []
    window.context.session.ask_unsaved = lambda message: (
        asked.append(message) or CloseAnswer.DISCARD
    )
    assert window.close()
    assert not window.isVisible() and len(asked) == 1
    assert damaged.read_bytes() == before
    assert _files(tmp_path) == files  # nothing written anywhere


def test_closing_asks_and_cancel_keeps_the_window_and_its_data(imported, tmp_path, monkeypatch):
    window, damaged, before = imported
    _save_dialog(monkeypatch, [])
    files = _files(tmp_path)
    session = window.context.session
    session.ask_unsaved = lambda message: CloseAnswer.CANCEL
    assert not window.close()
    assert window.isVisible() and window.dataset.name == GLOTIP_NAME
    assert session.report_dialog.isVisible()  # nothing of the window was closed
    assert session.workspace.names() == [GLOTIP_NAME]
    assert damaged.read_bytes() == before and _files(tmp_path) == files

    session.ask_unsaved = lambda message: CloseAnswer.DISCARD  # asked again at the next close
    assert window.close()
    assert damaged.read_bytes() == before


def test_the_close_dialog_offers_save_as_discard_and_cancel(imported, qtbot):
    window, damaged, before = imported
    seen: list[tuple[str, str, list[str]]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        box.escapeButton().click()  # Esc: the same as Cancel

    QTimer.singleShot(0, answer)
    assert not window.close()
    assert window.isVisible()
    text, informative, buttons = seen[0]
    assert "not saved" in text and str(damaged) in text
    assert "kept exactly as it is" in informative
    assert sorted(b.replace("&", "") for b in buttons) == ["Cancel", "Discard", "Save as…"]
    window.context.session.ask_unsaved = lambda message: CloseAnswer.DISCARD
    assert window.close()
    assert damaged.read_bytes() == before


def test_closing_a_damaged_workspace_without_new_data_does_not_ask(qtbot, tmp_path):
    damaged, _ = make_damaged("empty file", tmp_path / "workspace.sqlite")
    window = _open(qtbot, damaged)
    window.context.session.ask_unsaved = lambda message: pytest.fail(
        "asked without anything to lose"
    )
    assert window.close()
    assert damaged.read_bytes() == b""


def test_a_partly_damaged_workspace_shows_the_rest_and_saves_it_elsewhere(qtbot, tmp_path):
    """A dataset whose figures no longer match their checksum is named and set aside; the
    window shows the rest, writes nothing to the damaged file, and keeps what is intact."""
    import sqlite3

    from explorer.io.workspace.store import load_workspace as load
    from explorer.ui.workspace.damaged import offer_intact_copy
    from tests.io.test_glotip import row, write_csv

    path = tmp_path / "w.sqlite"
    window = build_window(LaunchOptions(workspace=path, size=(900, 600)))
    qtbot.addWidget(window)
    for name, rows in (("a.csv", [row("NGA", value="193")]), ("b.csv", [row("FRA", value="5")])):
        job = window.context.session.start_import(write_csv(tmp_path / name, rows, False))
        with qtbot.waitSignal(job.done, timeout=30_000):
            pass
        window.context.session.report_dialog.close()
    window.close()
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE observations SET value = 139 WHERE iso3 = 'NGA'")
    con.close()
    before = path.read_bytes()

    again = build_window(LaunchOptions(workspace=path, size=(900, 600)))
    qtbot.addWidget(again)
    session = again.context.session
    assert [d.name for d in session.workspace.datasets] == ["b"]
    assert session.read_only.startswith("parts of it are damaged and were not read: a (")
    assert again.statusBar().currentMessage().startswith("Damaged: a (its content does not")
    asked = []
    session.ask_save_as = lambda: session.save_as(tmp_path / "intact.sqlite")
    assert offer_intact_copy(session, ask=lambda message: asked.append(message) or True)
    assert "Parts of" in asked[0] and "Save what is intact" in asked[0]
    assert load(tmp_path / "intact.sqlite").names() == ["b"]
    assert session.read_only is None and session.workspace.damaged == {}
    again.close()
    assert path.read_bytes() == before  # the damaged file, kept as it was
