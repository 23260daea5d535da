"""The map's graphics items on screen: countries, the sea and the selection/hover outlines.

Why apart from the view: the items draw what the screen shows, through the
one map painter of ``render`` (:mod:`explorer.render.map.painter`), which
every picture uses too; the view only handles the user's pointer and zoom.
Each item paints the level of detail that fits the current scale.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from explorer.render.map.fills import outline_pen
from explorer.render.map.painter import paint_sea, paint_shape
from explorer.render.map.paths import DetailPaths


class DetailPathItem(QGraphicsPathItem):
    """A path item that paints the level of detail fitting the current scale.

    Hit-testing and bounds use the full path; only painting is simplified.
    """

    def __init__(self, paths: DetailPaths | None = None) -> None:
        super().__init__()
        self._screen_brush: QBrush | None = None
        self.set_paths(paths)

    @property
    def screen_brush(self) -> QBrush | None:
        """Brush shown instead of ``brush()`` (the colour-vision preview); pictures of
        the map take the true colours from the view's data, never from here."""
        return self._screen_brush

    @screen_brush.setter
    def screen_brush(self, brush: QBrush | None) -> None:
        if brush != self._screen_brush:
            self._screen_brush = brush
            self.update()  # a cached rendering of the item (CountryItem) is redrawn

    def set_paths(self, paths: DetailPaths | None) -> None:
        self.paths = paths
        self.setPath(paths.full if paths else QPainterPath())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.paths is not None:
            paint_shape(painter, self.paths, self.pen(), self.screen_brush or self.brush())


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
        no_brush = QBrush(Qt.BrushStyle.NoBrush)
        for detail in self.paths:
            paint_shape(painter, detail, self.pen, no_brush)


class SeaItem(QGraphicsPathItem):
    """The sea: the projection's outline of the sphere, behind the countries."""

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_sea(painter, self.path(), self.pen(), self.brush())


class CountryItem(DetailPathItem):
    """A country's shape; ``iso3`` identifies it to tests and to the panel."""

    def __init__(self, iso3: str, name: str, paths: DetailPaths) -> None:
        super().__init__(paths)
        self.iso3 = iso3
        self.name = name
        self.setPen(outline_pen())
