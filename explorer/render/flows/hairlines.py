"""The small flows among thousands, drawn as one-pixel lines with small arrowheads.

Why apart from the tapered arrows: below the largest flows the widths are near
the minimum anyway, and a tapered, antialiased outline costs by its length in
pixels. Lines of one colour are gathered into one path and drawn with a single
call, so 5,000 flows stay drawable while still showing their direction. The
paths are built from arrays in one step per colour (``path_from_pieces``), not
one Python call per flow: gathering 4,500 lines one by one took two thirds of
a 5,000-flow repaint.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen

from explorer.render.map.qt_arrays import path_from_pieces

HEAD_PX = 5.0  # length and width of a hairline's arrowhead, in pixels at scale 1


class Hairlines:
    """One paint's hairlines (the flows below the painter's DETAIL_LIMIT), one path per colour.

    ``add`` gathers the pieces, ``paint`` draws every path with one call.
    """

    def __init__(self, scale: float) -> None:
        self.scale = scale
        self.lines: list[tuple[tuple[int, int, int], np.ndarray, np.ndarray]] = []
        self.heads: list[tuple[tuple[int, int, int], np.ndarray, np.ndarray]] = []

    def add(
        self,
        points: np.ndarray,
        starts: np.ndarray,
        rgb: np.ndarray,
        alpha: np.ndarray,
        arrow: np.ndarray,
        normal: np.ndarray,
    ) -> None:
        """Pieces ``points[starts[i]:starts[i + 1]]`` (device coordinates, in drawing
        order), each with its colour ``rgb`` (n, 3), opacity ``alpha`` (n,), whether it
        ends at the destination (``arrow``) and the curve's normal there."""
        if len(starts) < 2:
            return
        # Opaque, pre-mixed with white: Qt draws translucent one-pixel lines about
        # twelve times slower than opaque ones (170 ms against 14 ms for 4,500).
        mixed = np.round(255 - (255 - rgb.astype(float)) * alpha[:, None] / 255).astype(int)
        keys, first, which = np.unique(mixed, axis=0, return_index=True, return_inverse=True)
        which = which.reshape(-1)
        counts = np.diff(starts)
        sample_piece = np.repeat(np.arange(len(counts)), counts)
        for key in np.argsort(first, kind="stable"):  # colours in order of first use
            colour = (int(keys[key][0]), int(keys[key][1]), int(keys[key][2]))
            mine = which == key
            self.lines.append((colour, points[mine[sample_piece]], _starts(counts[mine])))
            heads = mine & arrow
            if heads.any():
                tips = points[starts[1:][heads] - 1]
                self.heads.append((colour, *_arrowheads(tips, normal[heads], self.scale)))

    def paint(self, painter: QPainter, pixel: float = 1.0) -> None:
        """Draw every path; ``pixel``: device pixels per output pixel (the line width)."""
        for (r, g, b), points, starts in self.lines:
            pen = QPen(QColor(r, g, b, 255), 0 if pixel == 1.0 else pixel)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path_from_pieces(points, starts))
        for (r, g, b), points, starts in self.heads:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(r, g, b, 255))
            painter.drawPath(path_from_pieces(points, starts))


def _starts(counts: np.ndarray) -> np.ndarray:
    return np.concatenate([[0], np.cumsum(counts)])


def _arrowheads(
    tips: np.ndarray, normals: np.ndarray, scale: float
) -> tuple[np.ndarray, np.ndarray]:
    """Each tip's small triangle (tip, two back corners, tip again), as path pieces."""
    along = np.column_stack([normals[:, 1], -normals[:, 0]])  # the direction of travel
    size = HEAD_PX * scale
    back = tips - along * size
    corners = np.stack(
        [tips, back + normals * size / 2, back - normals * size / 2, tips], axis=1
    ).reshape(-1, 2)
    return corners, np.arange(0, len(corners) + 1, 4)
