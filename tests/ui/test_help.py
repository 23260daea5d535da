"""The Help menu (how to read, shortcuts, About) and the first-run notice."""

from __future__ import annotations

from importlib import metadata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel

import explorer
from explorer.ui.window.about_dialog import library_rows, licence_of
from explorer.ui.window.app import LaunchOptions, build_window
from explorer.ui.window.first_run import install_first_run
from explorer.ui.window.help_dialogs import install_help
from explorer.ui.window.settings import AppSettings


@pytest.fixture
def session_window(qtbot, tmp_path):
    window = build_window(LaunchOptions(workspace=tmp_path / "w.sqlite"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_help_menu_is_last_with_its_three_commands(window):
    help_menu = install_help(window)
    last = window.menuBar().actions()[-1]
    assert last.text() == "&Help"
    texts = [a.text() for a in last.menu().actions() if not a.isSeparator()]
    assert texts == [
        "How to &read this map",
        "&Keyboard shortcuts",
        "&About Trafficking Flows Explorer",
    ]
    help_menu.about_action.trigger()
    assert help_menu.dialogs["about"].isVisible()


def test_about_lists_version_sources_and_licences(window):
    dialog = install_help(window).show_about()
    text = dialog.text()
    assert f"Version {explorer.__version__}" in text
    assert "Natural Earth" in text and "public domain" in text
    assert "Leaflet 1.9.4" in text and "BSD-2-Clause" in text
    assert "synthetic" in text.lower()
    lines = text.splitlines()
    pyside = next(line for line in lines if line.startswith("- PySide6"))
    assert "LGPL-3.0" in pyside
    assert any(line.startswith("- pandas ") and "BSD-3-Clause" in line for line in lines)
    assert any(line.startswith("- pycountry ") and "LGPL-2.1" in line for line in lines)
    # Every runtime dependency has a row, with the version installed here.
    table = dialog.libraries
    shown = {
        table.item(r, 0).text().lower(): table.item(r, 1).text() for r in range(table.rowCount())
    }
    assert shown["folium"] == metadata.version("folium")
    assert {"geopandas", "shapely", "numpy", "xlsxwriter", "defusedxml"} <= set(shown)
    assert all(licence for _, _, licence in library_rows())
    # The shipped fonts, their licence and where its text is.
    assert any(line.startswith("- Noto Sans Arabic") and "OFL-1.1" in line for line in lines)
    assert any(line.startswith("- Noto Sans CJK SC") and "OFL-1.1" in line for line in lines)
    assert "OFL.txt" in text
    fonts = dialog.fonts
    assert [fonts.item(r, 2).text() for r in range(fonts.rowCount())] == ["OFL-1.1"] * 2


def test_licence_falls_back_to_the_known_table():
    vague = {"Classifier": "License :: OSI Approved :: BSD License"}
    assert licence_of(_Meta(vague), "django-js-lib-leaflet").startswith("BSD-2-Clause")
    assert licence_of(_Meta({}), "ftfy") == "Apache-2.0"
    assert licence_of(_Meta({"License": "BSD 3-Clause License"}), "unknown-pkg") == "BSD-3-Clause"
    assert licence_of(_Meta({"License-Expression": "MIT"}), "folium") == "MIT"


class _Meta(dict):
    """Just enough of PackageMetadata for licence_of."""

    def get_all(self, key):
        return [self[key]] if key in self else None


def test_shortcuts_are_read_from_the_window(session_window):
    window = session_window
    help_menu = install_help(window)
    rows = help_menu.show_shortcuts().rows
    assert ("File", "Export map…", "Ctrl+E") in rows
    assert ("File", "Import data…", "Ctrl+I") in rows
    added = QAction("Play years", window, shortcut=QKeySequence("Ctrl+Shift+P"))
    window.addAction(added)  # a shortcut added later by anyone is listed the next time
    assert ("Map", "Play years", "Ctrl+Shift+P") in help_menu.show_shortcuts().rows


def test_how_to_read_panel_explains_the_figures(window):
    help_menu = install_help(window)
    assert not help_menu.panel.isVisible()
    help_menu.how_to_read_action.trigger()
    assert help_menu.panel.isVisible()
    text = help_menu.panel.text()
    for phrase in (
        "do not estimate how many people are trafficked",
        "<5",
        "<10",
        "never as a number",
        "at least the number shown",
        "citizenship",
        "CTDC",
        "per 100,000",
        "provenance",
        "Total: the sum of the exact figures",  # a count on screen: the rules of figures
    ):
        assert phrase in text, phrase
    assert "Levels (such as TIP tiers)" not in text
    assert f"The dataset on screen: {window.dataset.name}" in text
    assert "SYNTHETIC" in text  # the dataset's own source line


def test_help_texts_are_plain_and_selectable(window):
    help_menu = install_help(window)
    labels = help_menu.panel.findChildren(QLabel) + help_menu.show_about().findChildren(QLabel)
    assert labels
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert all(
        label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        for label in labels
    )


def test_first_run_notice_until_dismissed(qtbot, tmp_path, window):
    ini = tmp_path / "settings.ini"
    assert install_first_run(window, AppSettings(ini)) is None  # offscreen: renders stay clean
    controller = install_first_run(window, AppSettings(ini), force=True)
    overlay = controller.overlay
    assert overlay.isVisible()
    assert "not official statistics" in overlay.text()
    assert "File > Import data…" in overlay.text() and "GLOTIP" in overlay.text()
    central = window.centralWidget().geometry()
    assert central.contains(overlay.geometry())  # over the map, not off in a corner
    qtbot.mouseClick(overlay.done_button, Qt.MouseButton.LeftButton)
    assert not overlay.isVisible()
    assert AppSettings(ini).first_run_done  # remembered for the next start
    again = install_first_run(window, AppSettings(ini), force=True)
    assert not again.overlay.isVisible()


def test_first_run_import_button_opens_the_import(qtbot, tmp_path, session_window, monkeypatch):
    asked: list[str] = []

    def get_open_file_name(parent, caption, *args, **kwargs):
        asked.append(caption)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    controller = install_first_run(session_window, AppSettings(tmp_path / "s.ini"), force=True)
    assert controller.overlay.import_button.isEnabled()
    qtbot.mouseClick(controller.overlay.import_button, Qt.MouseButton.LeftButton)
    assert asked == ["Import data"]
    assert controller.overlay.isVisible()  # nothing imported yet: the notice stays


def test_first_run_import_button_is_disabled_without_workspace(tmp_path, window):
    controller = install_first_run(window, AppSettings(tmp_path / "s.ini"), force=True)
    assert not controller.overlay.import_button.isEnabled()
