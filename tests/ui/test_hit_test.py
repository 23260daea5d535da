"""Which country the pointer is over: the painted outline, checked against the real one."""

from __future__ import annotations

import numpy as np
import shapely
from PySide6.QtCore import QPoint

from explorer.render.map.paths import DETAIL_TOLERANCES_M, SCENE_SCALE


def _truth(countries, x: float, y: float, margin: float) -> str | bool | None:
    """The country whose real outline holds (x, y) in metres; False: too near a border."""
    point = shapely.Point(x, y)
    near = countries[countries.geometry.distance(point) <= margin]
    inside = near[near.geometry.contains(point)]
    if len(near) != len(inside):  # within the simplification error of some border
        return False
    return str(inside.iloc[0]["iso3"]) if len(inside) else None


def test_hover_finds_the_country_of_the_real_geometry(window, projected_countries):
    view = window.map_view
    countries = projected_countries
    rng = np.random.default_rng(7)
    margin = max(DETAIL_TOLERANCES_M)  # points nearer a border than this are skipped
    checked = 0
    for _ in range(400):
        pos = QPoint(int(rng.integers(view.viewport().width())), int(rng.integers(10, 700)))
        scene = view.mapToScene(pos)
        expected = _truth(countries, scene.x() / SCENE_SCALE, -scene.y() / SCENE_SCALE, margin)
        if expected is False:
            continue
        found = view.country_at(pos)
        assert (found.iso3 if found else None) == expected, (pos, expected)
        checked += 1
    assert checked > 300  # most points are clear of borders


def test_hover_on_a_large_country_and_on_the_sea(window):
    view = window.map_view
    for iso3 in ("CAN", "RUS", "BRA", "AUS"):
        pos = view.mapFromScene(view.label_points[iso3])
        assert view.country_at(pos).iso3 == iso3
    assert view.country_at(QPoint(3, 3)) is None  # outside the sphere
