"""Shapes read back from exported files: the HTML page's GeoJSON and an SVG's outlines.

Why: a test of "the web map is the slide's map" must compare what the files carry,
not what the code meant to write.
"""

from __future__ import annotations

import json
import re

import numpy as np
import shapely

_GEOJSON_CALL = re.compile(r"geo_json_\w+_add\(\{")
_SVG_GROUP = re.compile(r"<g ([^>]*)>(.*?)</g>", re.S)
_PATH_D = re.compile(r'<path[^>]* d="([^"]*)"')
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def geojson_layers(page: str) -> list[dict]:
    """Every GeoJSON layer of the page, in drawing order (sea, countries, selection)."""
    decoder = json.JSONDecoder()
    return [decoder.raw_decode(page, m.end() - 1)[0] for m in _GEOJSON_CALL.finditer(page)]


def features(layer: dict) -> list[dict]:
    return layer["features"] if layer.get("type") == "FeatureCollection" else [layer]


def html_shape(page: str, iso3: str) -> shapely.Geometry:
    """A country's filled shape in the page, in its plane (projected km, y up)."""
    for layer in geojson_layers(page):
        for feature in features(layer):
            if feature.get("id") == iso3 and "fill" in feature.get("properties", {}):
                return shapely.geometry.shape(feature["geometry"])
    raise AssertionError(f"no country {iso3} in the page")


def svg_groups(svg: str) -> list[tuple[str, list[str]]]:
    """(attributes, path data) of every group in a Qt SVG."""
    return [(attrs, _PATH_D.findall(body)) for attrs, body in _SVG_GROUP.findall(svg)]


def svg_outline(svg: str, stroke: str) -> tuple[shapely.Geometry, np.ndarray]:
    """The first outline drawn with ``stroke``, in its own (scene) coordinates, and the
    3x3 matrix of its group's transform (scene to page pixels)."""
    for attrs, paths in svg_groups(svg):
        if f'stroke="{stroke}"' in attrs and paths:
            a, b, c, d, e, f = (
                float(v) for v in re.search(r"matrix\(([^)]*)\)", attrs)[1].split(",")
            )
            matrix = np.array([[a, c, e], [b, d, f], [0.0, 0.0, 1.0]])
            return _polygons(paths[0]), matrix
    raise AssertionError(f"no outline with stroke {stroke}")


def _polygons(d: str) -> shapely.Geometry:
    rings = []
    for part in d.split("M")[1:]:
        xy = np.array([float(v) for v in _NUMBER.findall(part)]).reshape(-1, 2)
        if len(xy) >= 3:
            rings.append(shapely.Polygon(xy))
    return shapely.MultiPolygon(rings)


def page_pixels(geom: shapely.Geometry, matrix: np.ndarray) -> shapely.Geometry:
    """``geom`` moved by a group's transform (to page pixels)."""
    return shapely.transform(geom, lambda xy: xy @ matrix[:2, :2].T + matrix[:2, 2])
