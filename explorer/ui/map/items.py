"""The map's graphics items: countries, the sea and the selection/hover outlines.

Why apart from the view: the items are what every picture of the map paints,
on screen and in every export (``scene.render``), while the view only handles
the user's pointer and zoom. Each item paints the level of detail that fits
the current scale and widens its outline in renders off screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem

from explorer.render.map.fills import export_pen, outline_pen
from explorer.render.map.paths import DetailPaths


class DetailPathItem(QGraphicsPathItem):
    """A path item that paints the level of detail fitting the current scale.

    Hit-testing and bounds use the full path; only painting is simplified.
    """

    def __init__(self, paths: DetailPaths | None = None) -> None:
        super().__init__()
        #: Brush used on screen instead of ``brush()`` (the colour-vision preview).
        self.screen_brush: QBrush | None = None
        #: Outline widths times this in renders off screen (set by exports).
        self.export_scale = 1.0
        self.set_paths(paths)

    def set_paths(self, paths: DetailPaths | None) -> None:
        self.paths = paths
        self.setPath(paths.full if paths else QPainterPath())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.paths is None:
            return
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(export_pen(self.pen(), self.export_scale))
        # ``widget`` is the view's viewport on screen and None in scene.render()
        # (every export), so the preview never reaches an exported picture.
        on_screen = widget is not None and self.screen_brush is not None
        painter.setBrush(self.screen_brush if on_screen else self.brush())
        painter.drawPath(self.paths.for_scale(scale))


class PlaceOutlineItem(QGraphicsItem):
    """The outline of every country of the place the panel shows (a region, a group).

    Screen only: an export is of the data, not of the panel's choice of place.
    """

    def __init__(self, pen: QPen) -> None:
        super().__init__()
        self.pen = pen
        self.paths: list[DetailPaths] = []
        self._bounds = QRectF()

    def set_paths(self, paths: list[DetailPaths]) -> None:
        self.prepareGeometryChange()
        self.paths = paths
        bounds = QRectF()
        for detail in paths:
            bounds = bounds.united(detail.full.boundingRect())
        self._bounds = bounds
        self.setVisible(bool(paths))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if widget is None:  # scene.render() of an export
            return
        scale = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        painter.setPen(self.pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for detail in self.paths:
            painter.drawPath(detail.for_scale(scale))


class SeaItem(QGraphicsPathItem):
    """The sea: the projection's outline of the sphere, behind the countries."""

    def __init__(self, path: QPainterPath) -> None:
        super().__init__(path)
        #: Outline width times this in renders off screen (set by exports).
        self.export_scale = 1.0

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setPen(export_pen(self.pen(), self.export_scale))
        painter.setBrush(self.brush())
        painter.drawPath(self.path())


class CountryItem(DetailPathItem):
    """A country's shape; ``iso3`` identifies it to tests and to the panel."""

    def __init__(self, iso3: str, name: str, paths: DetailPaths) -> None:
        super().__init__(paths)
        self.iso3 = iso3
        self.name = name
        self.setPen(outline_pen())
