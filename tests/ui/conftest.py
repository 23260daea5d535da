"""Fixtures for widget tests: one demo dataset and projected countries per session."""

from __future__ import annotations

import pytest

from explorer.core.data.breakdown import Breakdown
from explorer.core.demo.generate import demo_dataset
from explorer.core.geo.countries import PROJECTIONS, load_countries, project_countries
from explorer.core.view.state import ViewState

CRS = PROJECTIONS["Equal Earth"]


@pytest.fixture(scope="session")
def dataset():
    return demo_dataset()


@pytest.fixture(scope="session")
def projected_countries():
    return project_countries(load_countries(), CRS)


def shown_window(qtbot, dataset, projected_countries, indicator: str, year: int):
    """The main window on ``dataset`` showing ``indicator`` in ``year``, at 1440x900."""
    from explorer.ui.window.main_window import MainWindow

    state = ViewState(indicator=indicator, year=year, breakdown=Breakdown.TOTAL)
    win = MainWindow(dataset, projected_countries, CRS, state)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, dataset, projected_countries):
    indicator = "Detected trafficking victims"
    return shown_window(
        qtbot, dataset, projected_countries, indicator, dataset.years(indicator)[-1]
    )


@pytest.fixture
def full_window(qtbot, tmp_path):
    """The window as the app builds it (menus, keys, help, a workspace in ``tmp_path``),
    shown, active, the map holding the keyboard focus."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from explorer.ui.window.app import LaunchOptions, build_window

    window = build_window(LaunchOptions(workspace=tmp_path / "w.sqlite"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.map_view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.map_view)
    yield window
    window.controls.play_button.setChecked(False)  # stop the play timer


@pytest.fixture
def warnings_shown(monkeypatch) -> list[str]:
    """Warnings the app would show in a message box, recorded instead of blocking."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown
