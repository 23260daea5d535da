"""The first frame of a launch: the map the user left, painted before the data loads.

Why: on a workspace holding the GLOTIP workbook the window needs about 1.6 s
of imports, reading and building before its map can be drawn; the map the
user left is known already (:mod:`explorer.core.view.first_frame`). This
window paints that map where the map will be (same outlines from the cache,
same fills, legend, sea and theme) within half a second, says the workspace
is opening, and gives way to the real window once it is built. It is a sight
of the same data, not a working window: it takes no input.

Only Qt and light modules here: nothing imports pandas, numpy, shapely or
geopandas before the frame is on screen (tests/test_launch_imports.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPolygonF, QTransform
from PySide6.QtWidgets import QApplication, QWidget

from explorer import __version__
from explorer.core.view.fill import NO_DATA, Fill
from explorer.core.view.first_frame import FirstFrame
from explorer.io.workspace.first_frames import read_frame, workspace_inputs
from explorer.render.map import geometry_cache
from explorer.render.map.detail_paths import DetailPaths
from explorer.render.map.fills import (
    OUTLINE_COLOUR,
    SEA_COLOUR,
    SEA_OUTLINE_COLOUR,
    SEA_OUTLINE_WIDTH,
    brush_for,
    outline_pen,
)
from explorer.render.map.picture_cache import PictureCache
from explorer.render.map.shape_painting import paint_sea, paint_shape
from explorer.ui.common.translations import interface_language, translate
from explorer.ui.map.legends import paint_class_legend
from explorer.ui.window.settings import SETTINGS, AppSettings

#: The stored settings that change how the map looks: every ``view/`` one. (The window's
#: size and docks are the frame's own: it is kept after the window closed and stored them.)
STYLE_SETTINGS = tuple(key for key in SETTINGS if key.startswith("view/"))


def frame_extra(app: QApplication, size: tuple[int, int], settings: AppSettings) -> list[str]:
    """What besides the workspace a frame depends on: the app's version, language,
    system colours, the window's size asked for and the map's style settings (as the
    window reads them, defaults included)."""
    extra = [
        __version__,
        interface_language(),  # the language installed (View > Language or the system)
        app.palette().window().color().name(),
        f"{size[0]}x{size[1]}",
    ]
    extra += [f"{key}={settings.get(key)!r}" for key in STYLE_SETTINGS]
    return extra


class FirstFrameWindow(QWidget):
    """Paints a :class:`FirstFrame` with the map's outlines; emits ``painted`` each time."""

    painted = Signal()

    def __init__(self, frame: FirstFrame, shapes: list[tuple], sea: QPainterPath) -> None:
        super().__init__()
        self.frame = frame
        self.shapes = [DetailPaths(full, levels) for full, levels, *_rest in shapes]
        self.bounds = [bounds for _full, _levels, bounds, *_rest in shapes]
        self.sea = sea
        self.times_painted = 0
        self._legends = PictureCache()
        self.setWindowTitle(frame.window_title)
        self.setAccessibleName(self.opening_text())
        self.resize(*frame.window_size)

    def opening_text(self) -> str:
        opening = translate("FirstFrame", "Opening the workspace…")
        return f"{self.frame.status}  ·  {opening}" if self.frame.status else opening

    def closeEvent(self, event) -> None:
        event.ignore()  # the real window takes its place in a moment; it can be closed

    def paintEvent(self, event) -> None:
        frame = self.frame
        painter = QPainter(self)
        try:
            colours = frame.colours
            painter.fillRect(self.rect(), QColor(colours.get("window", "#efefef")))
            x, y, w, h = frame.map_rect
            target = QRect(x, y, w, h)
            painter.fillRect(target, QColor(colours.get("view", "#ffffff")))
            painter.setClipRect(target)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            sx, sy, dx, dy = frame.transform
            view = QTransform(sx, 0, 0, sy, dx + x, dy + y)
            painter.setTransform(view)
            visible = view.inverted()[0].mapRect(QRectF(target))
            sea_pen = outline_pen(SEA_OUTLINE_WIDTH, colours.get("sea_outline", SEA_OUTLINE_COLOUR))
            paint_sea(painter, self.sea, sea_pen, QBrush(QColor(colours.get("sea", SEA_COLOUR))))
            pen = outline_pen(colour=colours.get("outline", OUTLINE_COLOUR))
            for iso3, paths, bounds in zip(frame.countries, self.shapes, self.bounds, strict=True):
                if bounds.intersects(visible):
                    paint_shape(painter, paths, pen, brush_for(frame.fill(iso3)))
            painter.resetTransform()
            painter.translate(x, y)
            paint_class_legend(
                painter,
                self._legends,
                (frame.legend_title, frame.legend, frame.legend_note),
                w,
                h,
                self.devicePixelRatioF(),
            )
            painter.resetTransform()
            painter.setClipping(False)
            painter.setPen(QColor(self.palette().windowText().color()))
            line = self.fontMetrics().height()
            painter.drawText(
                QRect(8, self.height() - line - 6, self.width() - 16, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.opening_text(),
            )
        finally:
            painter.end()
        self.times_painted += 1
        self.painted.emit()


def first_frame_window(
    app: QApplication, workspace: Path | None, size: tuple[int, int], settings: AppSettings
) -> FirstFrameWindow | None:
    """The first frame kept for ``workspace``, ready to show, if it still shows its data
    and its outlines are in the cache; None otherwise (the launch then just goes on)."""
    if workspace is None:
        return None
    inputs = workspace_inputs(workspace, frame_extra(app, size, settings))
    frame = read_frame(workspace, inputs.digest) if inputs is not None else None
    if frame is None:
        return None
    shapes = geometry_cache.read_shapes(frame.geometry_key, len(frame.countries))
    if shapes is None:
        return None
    window = FirstFrameWindow(frame, shapes, _sea(frame.sea))
    geometry = settings.get("window/geometry")
    if geometry:
        window.restoreGeometry(QByteArray(geometry))  # where the real window restores itself
    window.resize(*frame.window_size)  # the size it had when the frame was kept
    return window


def _sea(rings: tuple[tuple[float, ...], ...]) -> QPainterPath:
    """The sea's outline from its rings (flat x, y pairs), odd-even filled as drawn."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for ring in rings:
        path.addPolygon(QPolygonF([QPointF(ring[i], ring[i + 1]) for i in range(0, len(ring), 2)]))
        path.closeSubpath()
    return path


def _rings(sea: QPainterPath) -> tuple[tuple[float, ...], ...]:
    return tuple(
        tuple(c for point in polygon for c in (point.x(), point.y()))
        for polygon in sea.toSubpathPolygons()
    )


def record_frame(
    window, workspace: Path, app: QApplication, size: tuple[int, int], settings: AppSettings
) -> FirstFrame | None:
    """The frame of what ``window`` shows now, to paint at the next launch on ``workspace``;
    None when there is nothing to keep (no figures shown, the map's outlines not cached)."""
    view = window.map_view
    choropleth = view.choropleth
    geometry = view.geometry
    if choropleth is None or not geometry.cache_key:
        return None
    from explorer.core.view.snapshot import snapshot  # the window's modules: pandas is in

    shown = snapshot(window.state, window.flow_settings, window.dataset.name)
    inputs = workspace_inputs(workspace, frame_extra(app, size, settings))
    if inputs is None or inputs.view != json.loads(json.dumps(shown)):
        return None  # the file would open on another view (or dataset): not this picture
    viewport = view.viewport()
    corner = viewport.mapTo(window, QPoint(0, 0))
    transform = view.viewportTransform()
    sample = next(iter(view.items_by_iso3.values()), None)
    fills: dict[str, Fill] = {}
    for shape in geometry.countries:
        fill = choropleth.fill(shape.iso3)
        if fill.kind != NO_DATA:
            fills[shape.iso3] = fill
    sea = view.sea_item
    return FirstFrame(
        inputs=inputs.digest,
        geometry_key=geometry.cache_key,
        countries=tuple(shape.iso3 for shape in geometry.countries),
        window_size=(window.width(), window.height()),
        map_rect=(corner.x(), corner.y(), viewport.width(), viewport.height()),
        transform=(transform.m11(), transform.m22(), transform.dx(), transform.dy()),
        fills=fills,
        no_data=choropleth.fill(""),
        legend_title=choropleth.title_in(),
        legend=tuple(choropleth.legend),
        legend_note=choropleth.note_in(),
        sea=_rings(sea.path()),
        colours={
            "window": window.palette().window().color().name(),
            "view": view.backgroundBrush().color().name(),
            "sea": sea.brush().color().name(),
            "sea_outline": sea.pen().color().name(),
            "outline": sample.pen().color().name() if sample is not None else OUTLINE_COLOUR,
        },
        window_title=window.windowTitle(),
        status=window.status.dataset_label.text(),
    )
