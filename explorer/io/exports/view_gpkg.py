"""The current view as a GeoPackage for QGIS: countries and flows as layers, with the texts.

Why geometry: GIS users want the shapes and the flow lines, not only the
numbers. Layers "countries" (MultiPolygon), "flows" (MultiLineString, only
when there are flows) and the attribute-only table "about", all in
EPSG:4326; every spatial layer also carries the texts as layer metadata and
the title as its description, which QGIS shows.
"""

from __future__ import annotations

import os
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from explorer.core.flows.geometry import GEOGRAPHIC_CRS, flow_curves
from explorer.core.view.data import SYNTHETIC_MARK, ViewData
from explorer.io.exports.target_files import checked_target, replacing
from explorer.io.exports.view_tables import about_lines, countries_table, flows_table


def _multi_polygons(geoms: gpd.GeoSeries) -> list[object]:
    """Polygons promoted to one-part MultiPolygons, so the layer has a single type."""
    out = []
    for g in geoms:
        if g is None or g.is_empty:
            out.append(None)
        elif g.geom_type == "Polygon":
            out.append(shapely.MultiPolygon([g]))
        else:
            out.append(g)
    return out


def _label_points(countries: gpd.GeoDataFrame) -> dict[str, tuple[float, float]]:
    """(lon, lat) of each country's label point: where the map starts and ends its flows."""
    if "label_point" in countries.columns:
        points = gpd.GeoSeries(countries["label_point"])
        if points.crs is not None and not points.crs.equals(GEOGRAPHIC_CRS):
            points = points.to_crs(GEOGRAPHIC_CRS)
    else:
        points = countries.geometry.to_crs(GEOGRAPHIC_CRS).representative_point()
    return {
        str(code): (p.x, p.y)
        for code, p in zip(countries["iso3"], points, strict=True)
        if p is not None and not p.is_empty
    }


def flow_lines(view: ViewData, countries: gpd.GeoDataFrame) -> list[object]:
    """One lon/lat MultiLineString per drawn flow, split at the antimeridian as on the map.

    ``None`` for a flow without a line (domestic, or an end without a country).
    """
    points = _label_points(countries) | dict(view.flow_ends)
    nan = (np.nan, np.nan)
    origins = np.array([points.get(str(c), nan) for c in view.flows["origin"]], dtype=float)
    targets = np.array([points.get(str(c), nan) for c in view.flows["destination"]], dtype=float)
    curves = flow_curves(origins.reshape(-1, 2), targets.reshape(-1, 2), GEOGRAPHIC_CRS)
    pieces: list[list[np.ndarray]] = [[] for _ in range(len(view.flows))]
    for k, flow in enumerate(curves.piece_flow):
        start, stop = curves.piece_start[k], curves.piece_start[k + 1]
        pieces[int(flow)].append(curves.points[start:stop])
    return [shapely.MultiLineString(p) if p else None for p in pieces]


def _metadata(view: ViewData) -> dict[str, str]:
    return {k.upper(): v for k, v in about_lines(view)}


def _description(view: ViewData) -> str:
    title = view.texts.title
    return f"{title} ({SYNTHETIC_MARK})" if view.texts.synthetic else title


def write_gpkg(view: ViewData, countries: gpd.GeoDataFrame, path: str | os.PathLike[str]) -> Path:
    """Layers countries, flows (when any) and about, in EPSG:4326. Returns ``path``.

    ``countries`` gives the shapes (iso3 + geometry, optionally label_point);
    a country of the view without a shape keeps its row with no geometry.
    """
    path = checked_target(path)
    shapes = countries[["iso3", countries.geometry.name]].drop_duplicates("iso3")
    shapes = shapes.set_crs(GEOGRAPHIC_CRS) if shapes.crs is None else shapes
    shapes = shapes.to_crs(GEOGRAPHIC_CRS).set_index("iso3").geometry
    table = countries_table(view).assign(colour=view.countries["colour"].astype(object).to_numpy())
    geometry = _multi_polygons(shapes.reindex(table["iso3"]))
    spatial = {
        "layer_metadata": _metadata(view),
        "layer_options": {"DESCRIPTION": _description(view)},
        "driver": "GPKG",
        "engine": "pyogrio",
    }
    with replacing(path) as tmp:
        gpd.GeoDataFrame(table, geometry=geometry, crs=GEOGRAPHIC_CRS).to_file(
            tmp, layer="countries", geometry_type="MultiPolygon", **spatial
        )
        if len(view.flows):
            lines = flow_lines(view, countries)
            gpd.GeoDataFrame(flows_table(view), geometry=lines, crs=GEOGRAPHIC_CRS).to_file(
                tmp, layer="flows", geometry_type="MultiLineString", **spatial
            )
        about = pd.DataFrame(about_lines(view), columns=["field", "text"])
        pyogrio.write_dataframe(about, tmp, layer="about", driver="GPKG")
    return path
