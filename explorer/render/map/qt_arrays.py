"""numpy arrays to Qt polygons without a Python object per point.

Why: the flows layer builds thousands of polygons on every repaint; making a
QPointF per vertex costs about a microsecond each, while copying into the
polygon's own buffer costs about as much per polygon.
"""

from __future__ import annotations

import numpy as np
import shiboken6
from PySide6.QtGui import QPolygonF


def polygon_from_array(points: np.ndarray) -> QPolygonF:
    """A QPolygonF holding the (N, 2) float coordinates of ``points``."""
    n = len(points)
    polygon = QPolygonF()
    polygon.resize(n)
    if n:
        buffer = shiboken6.VoidPtr(polygon.data(), n * 16, True)
        np.frombuffer(buffer, np.float64).reshape(n, 2)[:] = points
    return polygon
