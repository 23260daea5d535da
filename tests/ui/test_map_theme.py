"""View > Map theme: light or dark around the map, following the system by default."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage

from explorer.core.view.export_spec import ExportSpec, Format, Theme
from explorer.render.map.fills import SEA_COLOUR
from explorer.render.page.layout import DARK
from explorer.ui.export.map_export import export
from explorer.ui.map import theme as map_theme
from explorer.ui.map.theme import MapTheme, install_map_theme


@pytest.fixture
def themed(window):
    window.flow_settings.visible = False
    install_map_theme(window, MapTheme.LIGHT)
    return window


def _sea_pixel(window) -> str:
    """The colour on screen at a point of open sea (mid South Pacific)."""
    view = window.map_view
    corner = view.sea_item.path().boundingRect()
    point = view.mapFromScene(QPointF(corner.left() + corner.width() * 0.04, corner.center().y()))
    image = view.viewport().grab().toImage()
    return image.pixelColor(point.x(), point.y()).name()


def _background_pixel(window) -> str:
    return window.map_view.viewport().grab().toImage().pixelColor(2, 2).name()


def test_dark_theme_darkens_background_and_sea_but_not_the_data(themed, qtbot):
    window = themed
    colour_before = window.map_view.displayed_colour("BRA")
    assert _sea_pixel(window) == SEA_COLOUR
    window.context.theme.actions[MapTheme.DARK].trigger()
    assert _sea_pixel(window) == DARK.sea
    assert _background_pixel(window) == DARK.background
    assert window.map_view.displayed_colour("BRA") == colour_before
    window.context.theme.actions[MapTheme.LIGHT].trigger()
    assert _sea_pixel(window) == SEA_COLOUR
    assert _background_pixel(window) == "#ffffff"


def test_system_theme_follows_the_desktop_while_running(themed, monkeypatch):
    window = themed
    dark = {"now": False}
    monkeypatch.setattr(map_theme, "system_is_dark", lambda: dark["now"])
    window.context.theme.set_theme(MapTheme.SYSTEM)
    assert window.context.theme.current() is MapTheme.LIGHT
    assert _sea_pixel(window) == SEA_COLOUR
    dark["now"] = True
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert window.context.theme.current() is MapTheme.DARK
    assert _sea_pixel(window) == DARK.sea
    # A fixed choice ignores the desktop.
    window.context.theme.set_theme(MapTheme.LIGHT)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert _sea_pixel(window) == SEA_COLOUR


def test_the_theme_survives_a_dataset_switch(themed):
    window = themed
    window.context.theme.set_theme(MapTheme.DARK)
    window.set_dataset(window.dataset)
    assert _sea_pixel(window) == DARK.sea


def test_exports_use_their_own_theme_whatever_the_screen_shows(themed, tmp_path):
    window = themed
    window.context.theme.set_theme(MapTheme.DARK)
    light = QImage(str(export(window, ExportSpec(Format.PNG, 960, 540), tmp_path / "l.png")))
    assert _background_pixel(window) == DARK.background  # the screen keeps its theme
    dark_spec = ExportSpec(Format.PNG, 960, 540, theme=Theme.DARK)
    dark = QImage(str(export(window, dark_spec, tmp_path / "d.png")))
    light_colours = {light.pixelColor(x, 270).name() for x in range(0, 960, 4)}
    dark_colours = {dark.pixelColor(x, 270).name() for x in range(0, 960, 4)}
    assert SEA_COLOUR in light_colours and DARK.sea not in light_colours
    assert DARK.sea in dark_colours and SEA_COLOUR not in dark_colours
    assert _sea_pixel(window) == DARK.sea  # the screen keeps its theme
    assert _background_pixel(window) == DARK.background


def test_the_export_dialog_starts_from_the_theme_on_screen(themed, qtbot):
    from explorer.ui.export.dialog import ExportDialog

    window = themed
    light = ExportDialog(window)
    qtbot.addWidget(light)
    assert light.theme_box.currentData() == Theme.LIGHT
    window.context.theme.set_theme(MapTheme.DARK)
    dark = ExportDialog(window)
    qtbot.addWidget(dark)
    assert dark.theme_box.currentData() == Theme.DARK
