"""Painting one outline or the sea at the detail that fits the painter's scale.

Why apart from ``painter``: the screen's items, every picture and the first
frame of a launch paint shapes the same way; the first frame paints before
the data libraries (pandas, numpy) that the rest of the painter needs.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QBrush, QPaintEngine, QPainter, QPainterPath, QPen, QTransform

from explorer.render.map.detail_paths import DetailPaths
from explorer.render.map.hatch import device_hatch, fill_path, is_hatched, is_vector, screen_scale


def level_of_detail(transform: QTransform) -> float:
    """Device pixels per scene unit under ``transform`` (what Qt's graphics items call the
    level of detail): the scale that picks a country's simplified path."""
    if transform.type().value <= QTransform.TransformationType.TxTranslate.value:
        return 1.0
    across = transform.map(QLineF(0, 0, 1, 0)).length()
    down = transform.map(QLineF(0, 0, 0, 1)).length()
    return math.sqrt(across * down)


def paint_shape(
    painter: QPainter,
    paths: DetailPaths,
    pen: QPen,
    brush: QBrush,
    hatch_scale: float | None = None,
) -> None:
    """One outline (a country, a selection) at the detail that fits the painter's scale.

    On raster devices (the screen, PNG) an antialiased shape with both a fill and an
    outline is filled without antialiasing, then outlined with it: the outline covers
    the fill's edge pixels, so it looks the same, and Qt fills about four times faster
    without antialiasing (a 4K export spent 30 ms filling countries). Vector devices
    (SVG, PDF) keep one path per shape, but for a hatch (its lines come between).

    ``hatch_scale``: device pixels per screen pixel for a hatched fill (an export's
    outline scale); None is the device's pixel ratio (the screen).
    """
    path = paths.for_scale(level_of_detail(painter.worldTransform()))
    if is_hatched(brush):  # laid out in device pixels (or cut into lines on a vector device)
        scale = screen_scale(painter) if hatch_scale is None else hatch_scale
        if is_vector(painter):
            fill_path(painter, path, brush, scale)
            brush = QBrush(Qt.BrushStyle.NoBrush)
        else:
            brush = device_hatch(brush, painter, scale)
    if (
        brush.style() == Qt.BrushStyle.NoBrush
        or pen.style() == Qt.PenStyle.NoPen
        or not painter.testRenderHint(QPainter.RenderHint.Antialiasing)
        or painter.paintEngine().type() != QPaintEngine.Type.Raster
    ):
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawPath(path)
        return
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(brush)
    painter.drawPath(path)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)


def paint_sea(painter: QPainter, sea: QPainterPath, pen: QPen, brush: QBrush) -> None:
    painter.setPen(pen)
    painter.setBrush(brush)
    painter.drawPath(sea)
