"""numpy -> QPolygonF copies every coordinate exactly."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from explorer.render.map.qt_arrays import PolygonSlices, path_from_pieces, polygon_from_array


def test_polygon_holds_the_same_points(qapp):
    points = np.array([[0.5, -1.25], [3.0, 4.0], [1e6, -2e6]])
    polygon = polygon_from_array(points)
    assert polygon.size() == 3
    assert [(p.x(), p.y()) for p in polygon.toList()] == [tuple(p) for p in points]


def test_empty_array_gives_empty_polygon(qapp):
    assert polygon_from_array(np.zeros((0, 2))).isEmpty()


def _serialised(path) -> bytes:
    from PySide6.QtCore import QByteArray, QDataStream, QIODevice

    data = QByteArray()
    QDataStream(data, QIODevice.OpenModeFlag.WriteOnly) << path
    return bytes(data.data())


@pytest.mark.parametrize("starts", [[0, 20], [0, 5, 7, 12, 20], [0, 2, 4, 6, 20]])
def test_pieces_make_the_path_that_one_polygon_per_piece_makes(qapp, starts):
    from PySide6.QtGui import QPainterPath

    points = np.random.default_rng(7).random((20, 2)) * 1000 - 500
    starts = np.array(starts)
    one_by_one = QPainterPath()
    for a, b in itertools.pairwise(starts):
        one_by_one.addPolygon(polygon_from_array(points[a:b]))
    gathered = path_from_pieces(points, starts)
    assert gathered == one_by_one
    assert _serialised(gathered) == _serialised(one_by_one)  # element types, order, fill rule
    assert gathered.elementCount() == len(points)


def test_no_pieces_give_an_empty_path(qapp):
    assert path_from_pieces(np.zeros((0, 2)), np.array([0])).isEmpty()


def test_one_polygon_refilled_holds_each_slice_exactly(qapp):
    """Slices of every size, larger and smaller than the last, in any order."""
    points = (np.random.default_rng(3).random((120, 2)) * 2000 - 1000)[::2]
    assert not points.flags.c_contiguous  # a view with gaps: copied first
    slices = PolygonSlices(points)
    for a, b in [(0, 5), (5, 45), (45, 47), (10, 60), (59, 60), (0, 60), (3, 3)]:
        polygon = slices.take(a, b)
        assert [(p.x(), p.y()) for p in polygon.toList()] == [tuple(p) for p in points[a:b]]


def test_a_slice_outside_the_points_is_refused(qapp):
    slices = PolygonSlices(np.zeros((4, 2)))
    for a, b in [(0, 5), (-1, 2), (3, 2)]:
        with pytest.raises(IndexError):
            slices.take(a, b)
