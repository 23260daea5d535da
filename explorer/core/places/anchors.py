"""Where a flow between places starts and ends: a point on land inside the place.

Why not the centroid: the centroid of South-eastern Asia, Oceania's island
subregions or the Americas lies in the sea, and a flow ending in the sea reads
as a flow to nowhere. The anchor is the area-weighted centre of the members'
main landmasses (averaged on the sphere, so Polynesia across the antimeridian
stays in the Pacific, not in Africa) when that centre is on a member's land;
otherwise the main-landmass point (the country's label point) of the member
nearest to it among the largest quarter of the members.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import shapely

from explorer.core.places.book import PlaceBook, PlaceKind

EQUAL_AREA_CRS = "EPSG:8857"


def _unit(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    lon, lat = np.radians(lon), np.radians(lat)
    return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)


def _lonlat(v: np.ndarray) -> tuple[float, float]:
    x, y, z = v / np.linalg.norm(v)
    return float(np.degrees(np.arctan2(y, x))), float(np.degrees(np.arcsin(z)))


def place_anchors(book: PlaceBook, countries: pd.DataFrame) -> dict[str, tuple[float, float]]:
    """(lon, lat) of every region, subregion and group of ``book``.

    ``countries`` is the bundled table in EPSG:4326 (iso3, geometry, label_point).
    """
    table = countries.set_index("iso3")
    table = table[table.index.isin(book.codes)]
    points = table["label_point"]
    lon = np.array([p.x for p in points], dtype=float)
    lat = np.array([p.y for p in points], dtype=float)
    area = table.geometry.to_crs(EQUAL_AREA_CRS).area.to_numpy(dtype=float)
    weight = np.sqrt(np.maximum(area, 1.0))  # big countries lead, without drowning the rest
    vectors = _unit(lon, lat)
    position = {c: i for i, c in enumerate(table.index)}
    geometries = table.geometry.to_numpy()
    anchors: dict[str, tuple[float, float]] = {}
    for place in book.places():
        if place.kind is PlaceKind.WORLD:
            continue
        rows = np.array(sorted(position[c] for c in place.members if c in position), dtype=int)
        if not len(rows):
            continue
        centre = (vectors[rows] * weight[rows, None]).sum(axis=0)
        if np.linalg.norm(centre) < 1e-9:
            centre = vectors[rows[np.argmax(weight[rows])]]
        here = _lonlat(centre)
        point = shapely.Point(*here)
        if any(geometries[i].contains(point) for i in rows):
            anchors[place.code] = here
            continue
        larger = rows[weight[rows] >= np.quantile(weight[rows], 0.75)]
        unit = vectors[larger] @ (centre / np.linalg.norm(centre))
        best = larger[int(np.argmax(unit))]
        anchors[place.code] = (float(lon[best]), float(lat[best]))
    return anchors


def project_anchors(
    anchors: Mapping[str, tuple[float, float]], crs: str
) -> dict[str, tuple[float, float]]:
    """The anchors in ``crs`` (projected metres), as the map draws them."""
    from pyproj import Transformer

    if not anchors:
        return {}
    codes = list(anchors)
    lon, lat = np.array([anchors[c] for c in codes], dtype=float).T
    x, y = Transformer.from_crs("EPSG:4326", crs, always_xy=True).transform(lon, lat)
    return {c: (float(a), float(b)) for c, a, b in zip(codes, x, y, strict=True)}
