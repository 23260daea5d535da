"""The small flows among thousands, drawn as one-pixel lines with small arrowheads.

Why apart from the tapered arrows: below the largest flows the widths are near
the minimum anyway, and a tapered, antialiased outline costs by its length in
pixels. Lines of one colour are gathered into one path and drawn with a single
call, so 5,000 flows stay drawable while still showing their direction.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from explorer.render.map.qt_arrays import polygon_from_array


class Hairlines:
    """One paint's hairlines (the flows below the painter's DETAIL_LIMIT), one path per colour.

    ``add`` gathers the pieces, ``paint`` draws every path with one call.
    """

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self.paths: dict[tuple[int, int, int, int], QPainterPath] = {}
        self.heads: dict[tuple[int, int, int, int], QPainterPath] = {}

    def add(
        self, piece: np.ndarray, rgb: np.ndarray, alpha: int, arrow: bool, normal: np.ndarray
    ) -> None:
        # Opaque, pre-mixed with white: Qt draws translucent one-pixel lines about
        # twelve times slower than opaque ones (170 ms against 14 ms for 4,500).
        mixed = np.round(255 - (255 - rgb.astype(float)) * alpha / 255).astype(int)
        key = (int(mixed[0]), int(mixed[1]), int(mixed[2]), 255)
        self.paths.setdefault(key, QPainterPath()).addPolygon(polygon_from_array(piece))
        if arrow:
            tip = piece[-1]
            along = np.array([normal[1], -normal[0]])  # the direction of travel
            size = 5.0 * self.scale
            head = np.array(
                [
                    tip,
                    tip - along * size + normal * size / 2,
                    tip - along * size - normal * size / 2,
                    tip,
                ]
            )
            self.heads.setdefault(key, QPainterPath()).addPolygon(polygon_from_array(head))

    def paint(self, painter: QPainter) -> None:
        for (r, g, b, a), path in self.paths.items():
            painter.setPen(QPen(QColor(r, g, b, a), 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        for (r, g, b, a), path in self.heads.items():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(r, g, b, a))
            painter.drawPath(path)
