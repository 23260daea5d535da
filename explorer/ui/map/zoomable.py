"""A graphics view the user zooms with the wheel and pans by dragging, fitted to a world.

Why apart from the map: zoom limits, drag-to-pan with a click slop, and
"fit the world until the user moves" are the same for the main map and the
side-by-side maps, and have nothing to do with countries or flows. The map
says what hovering and clicking mean (:meth:`hover`, :meth:`click`, :meth:`left`).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QTransform, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

CLICK_SLOP_PX = 4
MIN_ZOOM, MAX_ZOOM = 0.6, 80.0


class ZoomableView(QGraphicsView):
    """Wheel zoom (within MIN_ZOOM..MAX_ZOOM of the world fit), drag pan, whole-world fit."""

    zoom_changed = Signal(float)
    view_moved = Signal()  # after any pan or zoom (the flows layer drafts until it settles)

    def __init__(self, world_rect: QRectF, parent=None) -> None:
        super().__init__(parent)
        self.world_rect = world_rect
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setMouseTracking(True)
        self._press: QPoint | None = None
        self._dragging = False
        self._user_zoomed = False
        # The area last framed (a country, a place, a remembered view) until the user moves:
        # a resize fits it again, as the world is fitted again (see resizeEvent).
        self._framed: QRectF | None = None

    # -- what the pointer means (the map's) ----------------------------------
    def hover(self, pos: QPoint, global_pos: QPoint) -> None:
        """The pointer rests at ``pos`` (viewport) without a drag."""

    def click(self, pos: QPoint) -> None:
        """A left click at ``pos`` that was not the start of a drag."""

    def left(self) -> None:
        """The pointer left the view."""

    # -- navigation ----------------------------------------------------------
    def reset_view(self) -> None:
        self._user_zoomed = False
        self._framed = None
        self.fitInView(self.world_rect, Qt.AspectRatioMode.KeepAspectRatio)

    def visible_area(self) -> QRectF | None:
        """The scene area on screen, or None while the view shows the whole world."""
        if not self._user_zoomed:
            return None
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def show_area(self, area: QRectF) -> None:
        """Show ``area`` of the scene (a remembered view), as if the user had zoomed there."""
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        self._user_zoomed = True
        self._framed = QRectF(area)
        self.zoom_changed.emit(self.zoom_factor())
        self.view_moved.emit()

    def frame(self, area: QRectF) -> None:
        """Fit ``area`` of the scene in the view (a country, a region)."""
        self._user_zoomed = True
        self._framed = QRectF(area)
        self.fitInView(area, Qt.AspectRatioMode.KeepAspectRatio)
        self.zoom_changed.emit(self.zoom_factor())
        self.view_moved.emit()

    def follow(self, transform: QTransform, centre: QPointF) -> None:
        """Take another view's scale and centre (side-by-side maps move together)."""
        self._user_zoomed = True
        self._framed = None
        self.setTransform(transform)
        self.centerOn(centre)
        self.viewport().update()

    def zoom_factor(self) -> float:
        """Current scale relative to the whole-world fit."""
        fit = min(
            self.viewport().width() / self.world_rect.width(),
            self.viewport().height() / self.world_rect.height(),
        )
        return self.transform().m11() / fit if fit else 1.0

    def zoom_by(self, factor: float) -> None:
        target = self.zoom_factor() * factor
        if MIN_ZOOM <= target <= MAX_ZOOM:
            self._user_zoomed = True
            self._framed = None
            self.scale(factor, factor)
            self.zoom_changed.emit(self.zoom_factor())
            self.view_moved.emit()

    # -- events --------------------------------------------------------------
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._dragging = False
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = pos - self._press
            if self._dragging or delta.manhattanLength() > CLICK_SLOP_PX:
                self._dragging = True
                self._user_zoomed = True
                self._framed = None
                self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
                self.translate(
                    delta.x() / self.transform().m11(), delta.y() / self.transform().m22()
                )
                self.view_moved.emit()
                self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
                self._press = pos
                return
        self.hover(pos, event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragging:
                self.click(event.position().toPoint())
            self._press = None
            self._dragging = False
        super().mouseReleaseEvent(event)

    def leaveEvent(self, event) -> None:
        self.left()
        super().leaveEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self._user_zoomed:
            self.fitInView(self.world_rect, Qt.AspectRatioMode.KeepAspectRatio)
        elif self._framed is not None:
            # Framed before the window had its size (a --place or --select at start, a
            # remembered view): fitted to the first small viewport, the world stayed small.
            self.fitInView(self._framed, Qt.AspectRatioMode.KeepAspectRatio)
            self.zoom_changed.emit(self.zoom_factor())
