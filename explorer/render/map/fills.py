"""Brushes and pens for country fills: the single source of map colours.

Why here: the on-screen view and every image export must paint a country the
same way, so both ask this module for its brush instead of making QColors.
Suppressed figures (<5) get a hatched brush so they never look like a class.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPixmap

from explorer.core.view.fill import SUPPRESSED_KIND, Fill
from explorer.core.view.map_style import (  # noqa: F401  (the colours' home for Qt code)
    OUTLINE_COLOUR,
    OUTLINE_WIDTH,
    SEA_COLOUR,
    SEA_OUTLINE_COLOUR,
    SEA_OUTLINE_WIDTH,
    SELECTED_COLOUR,
)
from explorer.render.map.hatch import HATCH_WIDTH, hatch_tile, tile_size

HOVER_COLOUR = "#2b2b2b"


def _hatch_pixmap(colour: str) -> QPixmap:
    # The hatch at the screen's scale: what a brush carries until a painter lays it
    # out in its own device pixels (:func:`explorer.render.map.hatch.fill_path`).
    return hatch_tile(colour, tile_size(1.0), HATCH_WIDTH)


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
