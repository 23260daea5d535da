"""A workspace that cannot be read: said plainly, a new one offered, the file never written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from explorer.io.workspace import load_workspace
from explorer.ui.app import LaunchOptions, build_window
from tests.io.test_workspace_durability import DAMAGE, make_damaged


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
    session = window.session
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
    (tmp_path / "new-workspace.sqlite").write_bytes(b"someone else's file")
    window = _open(qtbot, damaged)
    proposed: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: proposed.append(a[2]) or ("", "")
    )
    assert not window.session.offer_new_workspace(ask=lambda message: True)  # then cancelled
    assert Path(proposed[0]).name == "new-workspace-2.sqlite"
    assert (tmp_path / "new-workspace.sqlite").read_bytes() == b"someone else's file"


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
    assert not window.session.offer_new_workspace()
    text, informative, buttons = seen[0]
    assert "newer version of the app" in text and str(damaged) in text
    assert "kept exactly as it is" in informative
    assert "Start a new workspace…" in buttons
    assert damaged.read_bytes() == before


def test_a_readable_workspace_is_not_offered_a_new_one(qtbot, tmp_path):
    window = _open(qtbot, tmp_path / "fresh.sqlite")
    assert not window.session.offer_new_workspace(ask=lambda message: pytest.fail("asked"))
