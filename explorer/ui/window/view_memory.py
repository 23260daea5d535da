"""The map's look and place, remembered across starts: style, manual breaks, theme, area.

Why apart from ``app_settings``: that module declares the keys and keeps the
window's geometry; this one knows the map (its style, theme and the area on
screen) and is installed only for an interactive run, never for a render or a
headless export, so a screenshot always shows the defaults.

The dataset, indicator, breakdown, year and selection are remembered in the
workspace (``view_snapshot``), because they belong to the data; what is here
belongs to the user.
"""

from __future__ import annotations

import contextlib
import math

from PySide6.QtCore import QEvent, QObject, QRectF

from explorer.core.view.classify import MANUAL, parse_breaks
from explorer.ui.map.theme import MapTheme
from explorer.ui.window.settings import AppSettings, projection_name


def area_text(area: QRectF, projection: str) -> str:
    """``area`` of the scene in ``projection`` as stored text."""
    return f"{area.x()!r} {area.y()!r} {area.width()!r} {area.height()!r} {projection}"


def parse_area(text: str, projection: str) -> QRectF | None:
    """The stored area if it is valid and in ``projection``, else None (the whole world)."""
    parts = text.split(" ", 4)
    if len(parts) != 5 or parts[4] != projection:
        return None
    try:
        x, y, width, height = (float(p) for p in parts[:4])
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (x, y, width, height)) or width <= 0 or height <= 0:
        return None
    return QRectF(x, y, width, height)


def breaks_text(breaks: tuple[float, ...]) -> list[str]:
    return [repr(float(b)) for b in breaks]


def stored_breaks(texts: list[str]) -> tuple[float, ...]:
    """Stored manual breaks, checked as typed ones are; unreadable ones give none."""
    try:
        return parse_breaks(" ".join(texts))
    except ValueError:
        return ()


class ViewMemory(QObject):
    """Restores the style, theme and map area at start; stores them as they change."""

    def __init__(self, window, settings: AppSettings) -> None:
        super().__init__(window)
        self.window, self.settings = window, settings
        self._restore_style()
        self._restore_theme()
        self._area = parse_area(settings.get("view/area"), self._projection())
        if self._area is not None:
            window.map_view.painted.connect(self._show_area_once)
        window.context.style.changed.connect(self._store_style)
        theme = window.context.theme
        if theme is not None:
            theme.changed.connect(lambda value: settings.set("view/theme", value))
        window.installEventFilter(self)

    def _projection(self) -> str:
        return projection_name(self.window.crs) or ""

    def _restore_style(self) -> None:
        style = self.window.context.style
        palette, scheme, k = self.settings.style()
        breaks = stored_breaks(self.settings.get("view/breaks"))
        with contextlib.suppress(ValueError):  # a style this version does not offer: default
            if scheme != MANUAL:
                style.apply(palette=palette, scheme=scheme, k=k)
                style.breaks = breaks  # kept for the next "Manual breaks…"
            elif breaks:
                style.apply(palette=palette, breaks=breaks)

    def _restore_theme(self) -> None:
        theme = self.window.context.theme
        if theme is not None:
            theme.set_theme(MapTheme(self.settings.get("view/theme")))

    def _store_style(self, *_: object) -> None:
        style = self.window.context.style
        self.settings.remember_style(style.palette, style.scheme, style.k)
        self.settings.set("view/breaks", breaks_text(style.breaks))

    def _show_area_once(self) -> None:
        view = self.window.map_view
        view.painted.disconnect(self._show_area_once)
        view.show_area(self._area)  # connected only when an area was stored

    def store_area(self) -> None:
        """Remember the map area on screen (nothing while the whole world shows)."""
        area = self.window.map_view.visible_area()
        projection = self._projection()
        text = area_text(area, projection) if area is not None and projection else ""
        self.settings.set("view/area", text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.store_area()
        return False


def install_view_memory(window, settings: AppSettings) -> ViewMemory:
    """Restore the remembered style, theme and area on ``window``; keep them up to date."""
    window.context.view_memory = ViewMemory(window, settings)
    return window.context.view_memory
