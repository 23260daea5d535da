"""The flows layer's scene item: renders once into an image, reuses it while nothing changes.

Why an image of its own: filling hundreds of long antialiased curves costs more
than a frame (about 20 ms for 500 flows here, supersampled), while hover, selection
outlines and legends repaint the map all the time. Like a desktop GIS, the item
keeps its last rendering; while the user pans or zooms it shows that image
moved and scaled (blank where nothing was drawn yet), and when the view has
settled the overlay asks for a fresh, antialiased rendering.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem

from explorer.render.flows.hits import FlowHits, flow_hits
from explorer.render.flows.painter import paint_flows
from explorer.render.flows.prepared_flows import PreparedFlows

FLOW_Z = 5


def _key(transform: QTransform) -> tuple[float, ...]:
    return (
        transform.m11(),
        transform.m12(),
        transform.m21(),
        transform.m22(),
        transform.dx(),
        transform.dy(),
    )


class FlowLayerItem(QGraphicsItem):
    """Paints prepared flows; answers where they lie for hover and click."""

    def __init__(self, rect: QRectF) -> None:
        super().__init__()
        self._rect = rect
        self.prepared: PreparedFlows | None = None
        self.highlight: int | None = None
        self.draft = False  # True while the view changes: quick edges, refined when it settles
        self.renders = 0  # how often the curves were really drawn (not reused)
        self._hits: tuple[tuple[float, ...], FlowHits] | None = None
        self._image: QImage | None = None
        self._image_transform = QTransform()
        self.setZValue(FLOW_Z)

    def boundingRect(self) -> QRectF:
        return self._rect

    def set_prepared(self, prepared: PreparedFlows | None) -> None:
        self.prepared = prepared
        self._hits = None
        self.invalidate()

    def set_highlight(self, index: int | None) -> None:
        if index != self.highlight:
            self.highlight = index
            self.invalidate()

    def invalidate(self) -> None:
        """Forget the last rendering: the next paint draws the curves again."""
        self._image = None
        self.update()

    def hits(self, transform: QTransform) -> FlowHits | None:
        """Where the flows lie on screen for the view ``transform`` (memoised per transform)."""
        if self.prepared is None:
            return None
        key = _key(transform)
        if self._hits is None or self._hits[0] != key:
            self._hits = (key, flow_hits(self.prepared, transform))
        return self._hits[1]

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if self.prepared is None:
            return
        if widget is None:  # a render of the scene itself: draw straight onto that device
            paint_flows(painter, self.prepared, highlight=self.highlight)
            return
        current = painter.worldTransform()
        ratio = widget.devicePixelRatioF()
        size = widget.size() * ratio
        image = self._image
        fits = image is not None and image.size() == size
        if fits and _key(current) == _key(self._image_transform):
            self._blit(painter, QTransform())
            return
        if fits and self.draft:  # the view is moving: show the last rendering moved
            self._blit(painter, self._image_transform.inverted()[0] * current)
            return
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        image.fill(Qt.GlobalColor.transparent)
        image_painter = QPainter(image)
        image_painter.setWorldTransform(current)
        self._render(image_painter)
        image_painter.end()
        self._image, self._image_transform = image, current
        self._blit(painter, QTransform())

    def _render(self, painter: QPainter) -> None:
        self.renders += 1
        paint_flows(
            painter,
            self.prepared,
            highlight=self.highlight,
            draft=self.draft,
            supersample=True,  # the screen: quick smooth edges (exports keep exact ones)
        )

    def _blit(self, painter: QPainter, relative: QTransform) -> None:
        painter.save()
        painter.setWorldTransform(relative)
        painter.drawImage(QPointF(0, 0), self._image)
        painter.restore()
