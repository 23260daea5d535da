"""The hatching of suppressed (<5) figures, drawn in device pixels at every scale.

Why device pixels: a texture brush is transformed by the painter's matrix, so
an 8-pixel tile under the map's scene transform (a few hundredths of a pixel
per scene unit) was sampled at a third of a pixel per tile: a checkerboard
moiré on screen and in every PNG, and a smudge in PDFs. Here the tile is made
for the output's scale (``scale``: device pixels per screen pixel, the factor
outlines are widened by) and its brush transform cancels the painter's, so the
lines keep one spacing and width in output pixels at any zoom or export size.
Vector devices (PDF, SVG) get the lines as shapes cut to the country instead
of an image, so the hatch stays sharp when the page is zoomed or printed.
"""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)

#: Horizontal distance between two hatch lines, in screen pixels (the perpendicular
#: spacing is this over the square root of two).
HATCH_SPACING = 8.0
#: Width of a hatch line, in screen pixels.
HATCH_WIDTH = 1.2


def is_hatched(brush: QBrush) -> bool:
    """Whether ``brush`` is the hatch of a suppressed figure (the only texture fills use)."""
    return brush.style() == Qt.BrushStyle.TexturePattern


def hatch_colours(colour: QColor | str) -> tuple[QColor, QColor]:
    """The hatch's background and line colours for its base colour."""
    base = QColor(colour)
    return base.lighter(125), base.darker(150)


def _line_pen(colour: QColor, width: float) -> QPen:
    return QPen(colour, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)


def tile_size(scale: float) -> int:
    """The tile's side in device pixels: the spacing at ``scale``, a whole number so
    tiles join seamlessly (at least 3 pixels, so a line never fills its tile)."""
    return max(3, round(HATCH_SPACING * scale))


@lru_cache(maxsize=32)
def hatch_tile(colour: str, size: int, width: float) -> QPixmap:
    """A ``size``-pixel square of background with one antialiased "/" line through it.

    The line runs through the pixel centres of the anti-diagonal; the two corner
    pieces are the neighbouring tiles' lines, so the tiles join into unbroken lines.
    """
    background, line = hatch_colours(colour)
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(_line_pen(line, width))
    reach = width + 1  # past the tile's edges, so the caps fall outside it
    for offset in (0, size, 2 * size):  # the lines x + y = offset crossing the tile
        painter.drawLine(QLineF(offset + reach, -reach, offset - size - reach, size + reach))
    painter.end()
    return QPixmap.fromImage(image)


def screen_scale(painter: QPainter) -> float:
    """Device pixels per screen pixel of ``painter``'s device (its device pixel ratio)."""
    device = painter.device()
    return device.devicePixelRatioF() if device is not None else 1.0


#: The last device brush made per (colour, scale), with the transform it was made for:
#: the map paints every hatched country of a frame under one transform.
_LAST: dict[tuple[int, float], tuple[QTransform, QBrush]] = {}


def device_hatch(brush: QBrush, painter: QPainter, scale: float) -> QBrush:
    """``brush``'s hatch as a texture laid 1:1 on ``painter``'s device pixels.

    The tiles are anchored at the device position of the scene's origin, rounded
    to a whole pixel: neighbouring countries' lines join, panning moves the
    lines with the map, and the fill stays a plain copy of the tile (no resampling).
    """
    key = (brush.color().rgba(), scale)
    device = painter.deviceTransform()
    last = _LAST.get(key)
    if last is not None and last[0] == device:
        return last[1]
    size = tile_size(scale)
    tile = hatch_tile(QColor(brush.color()).name(), size, HATCH_WIDTH * scale)
    hatch = QBrush(tile)
    hatch.setColor(brush.color())
    inverse, invertible = device.inverted()
    if invertible:
        origin = device.map(QPointF(0, 0))
        anchor = QTransform.fromTranslate(round(origin.x()) % size, round(origin.y()) % size)
        hatch.setTransform(anchor * inverse)  # brush space -> device pixels: ``anchor`` alone
    _LAST[key] = (device, hatch)
    return hatch


def is_vector(painter: QPainter) -> bool:
    """Whether ``painter`` writes a vector file (PDF, SVG, a QPicture) rather than pixels."""
    engine = painter.paintEngine()
    return engine is not None and engine.type() != QPaintEngine.Type.Raster


def fill_path(painter: QPainter, path: QPainterPath, brush: QBrush, scale: float) -> None:
    """Fill ``path`` with ``brush`` and no outline; a hatch in device pixels at ``scale``."""
    painter.setPen(Qt.PenStyle.NoPen)
    if not is_hatched(brush):
        painter.setBrush(brush)
        painter.drawPath(path)
    elif is_vector(painter):
        _vector_hatch(painter, path, brush, scale)
    else:
        painter.setBrush(device_hatch(brush, painter, scale))
        painter.drawPath(path)


def _vector_hatch(painter: QPainter, path: QPainterPath, brush: QBrush, scale: float) -> None:
    """The background, then "/" stripes ``HATCH_SPACING * scale`` device units apart,
    limited to ``path``: shapes in the file, sharp at any zoom.

    A PDF clips the stripes to the country. Anything else (SVG) gets them cut to
    it: Qt's SVG writer (SVG Tiny) drops clipping, so clipped lines would cross
    the whole page. Cutting costs milliseconds per large country (Russia: 50 ms),
    clipping next to nothing.
    """
    background, line = hatch_colours(brush.color())
    painter.setBrush(background)
    painter.drawPath(path)
    world = painter.worldTransform()
    shape = world.map(path)  # device units from here
    bounds = shape.boundingRect()
    if painter.hasClipping():  # only the visible part needs stripes (a zoomed view)
        bounds = bounds.intersected(world.mapRect(painter.clipBoundingRect()))
    if bounds.isEmpty():
        return
    stripes = hatch_stripes(bounds, world.map(QPointF(0, 0)), scale)
    clip = painter.paintEngine().type() == QPaintEngine.Type.Pdf
    if not clip:
        stripes = shape.intersected(stripes)
        if stripes.isEmpty():  # an islet between two lines (an empty path is invalid SVG)
            return
    painter.save()
    try:
        if clip:
            painter.setClipPath(path, Qt.ClipOperation.IntersectClip)
        painter.setWorldTransform(QTransform())
        painter.setBrush(line)
        painter.drawPath(stripes)
    finally:
        painter.restore()


def hatch_stripes(bounds: QRectF, anchor: QPointF, scale: float) -> QPainterPath:
    """The hatch's lines over ``bounds`` as thin parallelograms, one through ``anchor``.

    Lines run "/" (``x + y`` constant), ``HATCH_SPACING * scale`` apart across
    and ``HATCH_WIDTH * scale`` thick, as the raster tile draws them.
    """
    spacing = HATCH_SPACING * scale
    half = HATCH_WIDTH * scale / math.sqrt(2)  # half the thickness, measured across x
    through = anchor.x() + anchor.y()
    first = math.floor((bounds.left() + bounds.top() - through) / spacing)
    last = math.ceil((bounds.right() + bounds.bottom() - through) / spacing)
    top, bottom = bounds.top() - 1, bounds.bottom() + 1
    stripes = QPainterPath()
    for k in range(first, last + 1):
        c = through + k * spacing  # the line x + y = c
        stripes.addPolygon(
            QPolygonF(
                [
                    QPointF(c - bottom - half, bottom),
                    QPointF(c - top - half, top),
                    QPointF(c - top + half, top),
                    QPointF(c - bottom + half, bottom),
                ]
            )
        )
        stripes.closeSubpath()
    return stripes
