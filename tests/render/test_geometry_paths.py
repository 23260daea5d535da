"""Geometry to paths: rings become subpaths, holes stay holes, y points down."""

from __future__ import annotations

import shapely
from PySide6.QtCore import QPointF

from explorer.render.map.paths import main_part_rect, path_from_geometry

SQUARE = shapely.Polygon(
    [(0, 0), (10_000, 0), (10_000, 10_000), (0, 10_000)],
    holes=[[(4_000, 4_000), (6_000, 4_000), (6_000, 6_000), (4_000, 6_000)]],
)


def test_polygon_with_hole(qapp):
    path = path_from_geometry(SQUARE)
    assert path.contains(QPointF(1, -1))  # 1 km east, 1 km north: inside, y flipped
    assert not path.contains(QPointF(5, -5))  # the hole
    assert not path.contains(QPointF(1, 1))  # south of the square


def test_main_part_is_the_part_holding_the_anchor(qapp):
    far = shapely.box(900_000, 0, 901_000, 1_000)
    multi = shapely.MultiPolygon([SQUARE, far])
    rect = main_part_rect(multi, shapely.Point(1_000, 1_000))
    assert (rect.left(), rect.right(), rect.top(), rect.bottom()) == (0, 10, -10, 0)


def test_normals_and_arcs_restart_at_every_piece():
    import numpy as np

    from explorer.render.flows.outlines import piece_normals_and_arcs

    points = np.array([[0, 0], [3, 0], [6, 0], [0, 10], [0, 14]], dtype=float)
    normals, arcs = piece_normals_and_arcs(points, np.array([0, 3, 5]))
    assert arcs.tolist() == [0, 3, 6, 0, 4]
    np.testing.assert_allclose(normals[:3], [[0, 1]] * 3)  # left of travel along +x
    np.testing.assert_allclose(normals[3:], [[-1, 0]] * 2)  # left of travel along +y
