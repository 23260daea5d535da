"""View > Map theme: light or dark around the map, following the system by default.

Why only around the map: the class colours carry the data and stay the same
in both themes; what changes is the background, the sea and its outline, the
colours a presenter sees behind the countries (the same ones as the export's
dark theme, ``page_layout.DARK``). "System" follows the desktop's colour
scheme (Qt's ``QStyleHints.colorScheme``) and changes with it while the app
runs; a platform that reports no scheme gets the light theme.
"""

from __future__ import annotations

from enum import StrEnum
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QMenu

from explorer.render.map.fills import SEA_COLOUR, SEA_OUTLINE_COLOUR, outline_pen
from explorer.render.page.layout import DARK
from explorer.ui.common.translations import translate


class MapTheme(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


THEME_TITLES = {
    MapTheme.SYSTEM: QT_TRANSLATE_NOOP("MapTheme", "Follow the &system"),
    MapTheme.LIGHT: QT_TRANSLATE_NOOP("MapTheme", "&Light"),
    MapTheme.DARK: QT_TRANSLATE_NOOP("MapTheme", "&Dark"),
}

#: Background and sea of each resolved theme on screen: (background, sea, sea outline).
SCREEN_COLOURS = {
    MapTheme.LIGHT: ("#ffffff", SEA_COLOUR, SEA_OUTLINE_COLOUR),
    MapTheme.DARK: (DARK.background, DARK.sea, DARK.frame),
}


def system_is_dark() -> bool:
    """True when the desktop says it uses a dark colour scheme."""
    app = QGuiApplication.instance()
    if app is None:
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolved(theme: MapTheme) -> MapTheme:
    """LIGHT or DARK: what ``theme`` means on this desktop now."""
    if theme is MapTheme.SYSTEM:
        return MapTheme.DARK if system_is_dark() else MapTheme.LIGHT
    return theme


def paint_sea(sea_item, theme: MapTheme) -> None:
    """Colour the screen's sea and its outline for ``theme``."""
    _background, sea, outline = SCREEN_COLOURS[resolved(theme)]
    sea_item.setBrush(QBrush(QColor(sea)))
    sea_item.setPen(outline_pen(1.0, outline))


def paint_theme(map_view, theme: MapTheme) -> None:
    """Colour the map view's background and sea for ``theme``."""
    map_view.setBackgroundBrush(QBrush(QColor(SCREEN_COLOURS[resolved(theme)][0])))
    paint_sea(map_view.sea_item, theme)
    map_view.viewport().update()


class MapThemeChooser(QObject):
    """Keeps the window's map theme, its menu and its response to the desktop."""

    #: After every change of the chosen theme (not of the system's scheme).
    changed = Signal(str)

    def __init__(self, window, theme: MapTheme = MapTheme.SYSTEM) -> None:
        super().__init__(window)
        self.window = window
        self.theme = theme
        self.menu = QMenu(translate("MapTheme", "Map &theme"), window)
        self.menu.setToolTip(
            translate("MapTheme", "Light or dark background and sea; the data colours stay")
        )
        group = QActionGroup(self.menu)
        self.actions: dict[MapTheme, QAction] = {}
        for choice in MapTheme:
            action = QAction(translate("MapTheme", THEME_TITLES[choice]), self.menu)
            action.setCheckable(True)
            action.triggered.connect(partial(self._chosen, choice))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[choice] = action
        window.view_menu.addMenu(self.menu)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.set_theme(theme)

    def set_theme(self, theme: MapTheme) -> None:
        self.theme = MapTheme(theme)
        self.actions[self.theme].setChecked(True)
        self.repaint()
        self.changed.emit(str(self.theme))

    def current(self) -> MapTheme:
        """LIGHT or DARK: the theme on screen now."""
        return resolved(self.theme)

    def repaint(self, *_: object) -> None:
        paint_theme(self.window.map_view, self.theme)

    def _chosen(self, theme: MapTheme, _checked: bool = False) -> None:
        self.set_theme(theme)

    def _system_changed(self, *_: object) -> None:
        if self.theme is MapTheme.SYSTEM:
            self.repaint()


def install_map_theme(window, theme: MapTheme = MapTheme.SYSTEM) -> MapThemeChooser:
    """Add View > Map theme to ``window``; ``theme`` is the remembered choice."""
    window.context.theme = MapThemeChooser(window, theme)
    return window.context.theme
