"""numpy -> QPolygonF copies every coordinate exactly."""

from __future__ import annotations

import numpy as np

from explorer.render.map.qt_arrays import polygon_from_array


def test_polygon_holds_the_same_points(qapp):
    points = np.array([[0.5, -1.25], [3.0, 4.0], [1e6, -2e6]])
    polygon = polygon_from_array(points)
    assert polygon.size() == 3
    assert [(p.x(), p.y()) for p in polygon.toList()] == [tuple(p) for p in points]


def test_empty_array_gives_empty_polygon(qapp):
    assert polygon_from_array(np.zeros((0, 2))).isEmpty()
