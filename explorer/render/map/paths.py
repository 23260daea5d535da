"""Projected shapely geometries to QPainterPaths, built once and reused.

Why: the map repaints often (hover, year change, pan); converting geometry is
the only expensive step, so it happens once per projection and every later
change only swaps brushes (DESIGN.md section 4). Scene units are projected
kilometres with y pointing down, as Qt expects.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import shapely
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath, QPolygonF

from explorer.render.map.detail_paths import MAX_ERROR_PX, DetailPaths  # noqa: F401
from explorer.render.map.qt_arrays import polygon_from_array

SCENE_SCALE = 1.0 / 1000.0  # metres -> kilometres


def to_scene(x: float, y: float) -> QPointF:
    """A projected coordinate (metres, y up) as a scene point (km, y down)."""
    return QPointF(x * SCENE_SCALE, -y * SCENE_SCALE)


def _ring_polygon(coords: np.ndarray) -> QPolygonF:
    # Copied into the polygon's buffer: a QPointF per vertex took 80 ms at launch.
    return polygon_from_array(coords[:, :2] * (SCENE_SCALE, -SCENE_SCALE))


def _polygons(geometry: shapely.Geometry) -> Iterable[shapely.Polygon]:
    if geometry is None or geometry.is_empty:
        return ()
    if isinstance(geometry, shapely.Polygon):
        return (geometry,)
    if isinstance(geometry, shapely.MultiPolygon | shapely.GeometryCollection):
        return [g for g in geometry.geoms if isinstance(g, shapely.Polygon)]
    return ()


def path_from_geometry(geometry: shapely.Geometry) -> QPainterPath:
    """A path with one closed subpath per ring; odd-even fill keeps holes open."""
    path = QPainterPath()
    path.setFillRule(path.fillRule().OddEvenFill)
    for polygon in _polygons(geometry):
        for ring in (polygon.exterior, *polygon.interiors):
            coords = shapely.get_coordinates(ring)
            if len(coords) >= 3:
                path.addPolygon(_ring_polygon(coords))
                path.closeSubpath()
    return path


def main_part_rect(geometry: shapely.Geometry, anchor: shapely.Point) -> QRectF:
    """Scene rectangle of the part holding ``anchor`` (the label point).

    Why: zooming to France should frame Europe, not the Atlantic between
    Paris and French Guiana.
    """
    parts = list(_polygons(geometry))
    main = next((p for p in parts if p.contains(anchor)), None)
    if main is None and parts:
        main = min(parts, key=lambda p: p.distance(anchor))
    if main is None:
        return QRectF()
    minx, miny, maxx, maxy = main.bounds
    top_left = to_scene(minx, maxy)
    bottom_right = to_scene(maxx, miny)
    return QRectF(top_left, bottom_right)


#: Simplification tolerances (projected metres) of the coarser levels of detail.
DETAIL_TOLERANCES_M: tuple[float, ...] = (8000.0, 3000.0)


def detail_paths(geometries: Sequence[shapely.Geometry]) -> list[DetailPaths]:
    """Paths at every level of detail for projected geometries (one per geometry).

    Simplification ignores topology (12 ms instead of 80 ms for the world);
    a part that vanishes falls back to the full path, and any self-crossing
    it makes is far below a pixel at the scale where the level is used.
    """
    array = np.asarray(geometries, dtype=object)
    full = [path_from_geometry(g) for g in array]
    per_level = []
    for tolerance in DETAIL_TOLERANCES_M:
        simplified = shapely.simplify(array, tolerance, preserve_topology=False)
        per_level.append(
            [
                path_from_geometry(s) if not shapely.is_empty(s) else f
                for s, f in zip(simplified, full, strict=True)
            ]
        )
    tolerances = [t * SCENE_SCALE for t in DETAIL_TOLERANCES_M]
    return [
        DetailPaths(f, tuple(zip(tolerances, (lv[i] for lv in per_level), strict=True)))
        for i, f in enumerate(full)
    ]
