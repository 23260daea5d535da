"""numpy arrays to Qt polygons without a Python object per point.

Why: the flows layer builds thousands of polygons on every repaint; making a
QPointF per vertex costs about a microsecond each, while copying into the
polygon's own buffer costs about as much per polygon.
"""

from __future__ import annotations

import ctypes

import numpy as np
import shiboken6
from PySide6.QtCore import QByteArray, QDataStream, QIODevice
from PySide6.QtGui import QPainterPath, QPolygonF


def polygon_from_array(points: np.ndarray) -> QPolygonF:
    """A QPolygonF holding the (N, 2) float coordinates of ``points``."""
    n = len(points)
    polygon = QPolygonF()
    polygon.resize(n)
    if n:
        buffer = shiboken6.VoidPtr(polygon.data(), n * 16, True)
        np.frombuffer(buffer, np.float64).reshape(n, 2)[:] = points
    return polygon


class PolygonSlices:
    """One QPolygonF refilled in place with slices of an (N, 2) array, one per draw call.

    Why: a painter draws a polygon the moment it gets it, so the hundreds of
    outlines of one paint can share a single polygon; refilling it is one copy
    (a third of the time ``polygon_from_array`` takes). A caller that keeps a
    polygon past the next ``take`` must copy it (``QPolygonF(polygon)``).
    """

    def __init__(self, points: np.ndarray) -> None:
        self._points = np.ascontiguousarray(points, dtype=np.float64).reshape(-1, 2)
        self._address = self._points.ctypes.data
        self._count = len(self._points)
        self.polygon = QPolygonF()

    def take(self, start: int, stop: int) -> QPolygonF:
        """The polygon holding ``points[start:stop]``."""
        if not 0 <= start <= stop <= self._count:  # the copy below trusts these bounds
            raise IndexError(f"slice {start}:{stop} of {self._count} points")
        n = stop - start
        polygon = self.polygon
        polygon.resize(n)
        if n:  # data() detaches: the address of the polygon's own buffer, as it is now
            target = shiboken6.getCppPointer(polygon.data())[0]
            ctypes.memmove(target, self._address + 16 * start, 16 * n)
        return polygon


#: One element of a QPainterPath as QDataStream writes it (big-endian): type, x, y.
_ELEMENT = np.dtype([("type", ">i4"), ("x", ">f8"), ("y", ">f8")])
_MOVE_TO, _LINE_TO = 0, 1  # QPainterPath.ElementType
_ODD_EVEN_FILL = 0  # Qt.FillRule.OddEvenFill, a new path's rule


def path_from_pieces(points: np.ndarray, starts: np.ndarray) -> QPainterPath:
    """One path holding every piece of ``points`` (N, 2) as an open subpath: piece ``i``
    is ``points[starts[i]:starts[i + 1]]`` (``starts`` ends with N).

    The same path as ``addPolygon`` called once per piece, built without a Python
    call per piece: the elements are written in the form QDataStream reads a
    path in (count; type, x, y per element; start of the last subpath; fill rule).
    """
    n = len(points)
    if n == 0:
        return QPainterPath()
    elements = np.empty(n, dtype=_ELEMENT)
    elements["type"] = _LINE_TO
    elements["type"][starts[:-1]] = _MOVE_TO
    elements["x"], elements["y"] = points[:, 0], points[:, 1]
    tail = np.array([starts[-2], _ODD_EVEN_FILL], dtype=">i4")
    data = QByteArray(np.array([n], dtype=">i4").tobytes() + elements.tobytes() + tail.tobytes())
    path = QPainterPath()
    QDataStream(data, QIODevice.OpenModeFlag.ReadOnly) >> path
    return path
