"""Brushes and pens for country fills: the single source of map colours.

Why here: the on-screen view and every image export must paint a country the
same way, so both ask this module for its brush instead of making QColors.
Suppressed figures (<5) get a hatched brush so they never look like a class.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap

from explorer.core.view.fill import SUPPRESSED_KIND, Fill
from explorer.core.view.map_style import (  # noqa: F401  (the colours' home for Qt code)
    OUTLINE_COLOUR,
    OUTLINE_WIDTH,
    SEA_COLOUR,
    SEA_OUTLINE_COLOUR,
    SEA_OUTLINE_WIDTH,
    SELECTED_COLOUR,
)

HOVER_COLOUR = "#2b2b2b"


@cache
def _hatch_pixmap(colour: str) -> QPixmap:
    size = 8
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour).lighter(125))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour).darker(150), 1.2))
    painter.drawLine(0, size, size, 0)
    painter.drawLine(-2, 2, 2, -2)
    painter.drawLine(size - 2, size + 2, size + 2, size - 2)
    painter.end()
    return pixmap


@cache
def _solid_brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


def brush_for(fill: Fill) -> QBrush:
    """The brush of a country fill (a texture for suppressed, solid otherwise)."""
    if fill.kind == SUPPRESSED_KIND:
        brush = QBrush(_hatch_pixmap(fill.colour))
        brush.setColor(QColor(fill.colour))  # keeps the base colour queryable
        return brush
    return _solid_brush(fill.colour)


def flat_brush(brush: QBrush) -> QBrush:
    """A solid stand-in for a hatched brush, for SVG (Qt's SVG writer drops textures).

    The hatch's lightened base colour keeps suppressed countries apart from
    every class colour.
    """
    if brush.style() != Qt.BrushStyle.TexturePattern:
        return brush
    return QBrush(QColor(brush.color()).lighter(125))


def outline_pen(width: float = OUTLINE_WIDTH, colour: str = OUTLINE_COLOUR) -> QPen:
    """A cosmetic pen: the same width in pixels at every zoom level."""
    pen = QPen(QColor(colour), width)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


#: Export outlines up to this many pixels wide are drawn as one-pixel hairlines.
HAIRLINE_UP_TO = 1.5


def export_pen(pen: QPen, scale: float) -> QPen:
    """An outline pen ``scale`` times wider, drawn by Qt's fast stroker where it can be.

    Why: Qt strokes an antialiased line up to one pixel wide with its cosmetic
    stroker and wider lines with the general one, which is six times slower
    (0.11 s against 0.02 s for the world's borders in a 4K picture). Borders
    that would come out between 1 and HAIRLINE_UP_TO pixels are drawn one
    pixel wide (a difference hard to see on a slide); wider ones keep their
    width with bevel joins, which cost a third less than round ones and look
    the same at a few pixels.
    """
    if scale == 1.0 or pen.style() == Qt.PenStyle.NoPen:
        return pen
    width = pen.widthF() * scale
    wider = QPen(pen)
    if width <= HAIRLINE_UP_TO:
        wider.setWidthF(min(width, 1.0))
    else:
        wider.setWidthF(width)
        wider.setJoinStyle(Qt.PenJoinStyle.BevelJoin)
    return wider
