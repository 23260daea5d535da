"""View > Language offers to restart now: the window closes as usual, then the app starts again."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from explorer.ui.common.translations import LANG_ENV
from explorer.ui.window import restart
from explorer.ui.window.language_menu import install_language_menu
from explorer.ui.window.settings import AppSettings
from tests.ui.test_interface_language import _window


def _buttons(box: QMessageBox) -> dict[str, object]:
    return {button.text().replace("&", ""): button for button in box.buttons()}


def _menu(qtbot, dataset, projected_countries, tmp_path, monkeypatch):
    monkeypatch.delenv(LANG_ENV, raising=False)
    window = _window(qtbot, dataset, projected_countries, "en")
    window.show()
    qtbot.waitExposed(window)
    return window, install_language_menu(window, AppSettings(tmp_path / "settings.ini"))


def test_choosing_a_language_asks_to_restart_and_restart_now_closes_for_a_new_start(
    qtbot, qapp, dataset, projected_countries, tmp_path, monkeypatch
):
    window, menu = _menu(qtbot, dataset, projected_countries, tmp_path, monkeypatch)
    menu.actions["fr"].trigger()
    box = menu.restart_box
    assert box is not None and box.isVisible()
    assert "next time" in box.text()
    assert set(_buttons(box)) == {"Restart now", "Later"}
    assert box.defaultButton() is _buttons(box)["Later"]  # Enter does not close the window

    _buttons(box)["Restart now"].click()
    assert not window.isVisible()
    assert restart.restart_requested()

    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        restart.QProcess,
        "startDetached",
        lambda program, args: (started.append((program, args)) or True, 4242),
    )
    monkeypatch.setattr(sys, "argv", ["explorer", "--workspace", "/data/w.tfe-workspace"])
    assert restart.restart_if_requested()
    assert started == [(sys.executable, ["-m", "explorer", "--workspace", "/data/w.tfe-workspace"])]
    qapp.setProperty(restart._REQUESTED, False)  # the next tests start unmarked


def test_later_keeps_the_window_and_asks_for_no_restart(
    qtbot, dataset, projected_countries, tmp_path, monkeypatch
):
    window, menu = _menu(qtbot, dataset, projected_countries, tmp_path, monkeypatch)
    menu.actions["zh_CN"].trigger()
    _buttons(menu.restart_box)["Later"].click()
    assert window.isVisible()
    assert not restart.restart_requested()


def test_a_window_that_refuses_to_close_is_not_restarted(qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    class Keeps(QWidget):
        def closeEvent(self, event):
            event.ignore()  # as when the user keeps unsaved work

    widget = Keeps()
    qtbot.addWidget(widget)
    widget.show()
    assert not restart.request_restart(widget)
    assert widget.isVisible()
    assert not restart.restart_requested()


def test_the_same_language_or_a_forcing_variable_asks_nothing(
    qtbot, dataset, projected_countries, tmp_path, monkeypatch
):
    window, menu = _menu(qtbot, dataset, projected_countries, tmp_path, monkeypatch)
    menu.actions["en"].trigger()  # the language the window is in already
    assert menu.restart_box is None
    monkeypatch.setenv(LANG_ENV, "ru")
    menu.actions["fr"].trigger()
    assert menu.restart_box is None
    assert "TRAFFICKING_EXPLORER_LANG=ru" in window.statusBar().currentMessage()


def test_a_frozen_app_restarts_itself_with_the_same_arguments(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert restart.restart_command(["--workspace", "w.tfe-workspace"]) == (
        sys.executable,
        ["--workspace", "w.tfe-workspace"],
    )
