"""The bundled country shapes, read once and projected for drawing.

Why here and Qt-free: the map, the exports, the HTML map and the tests all need the
same 241 shapes and label points. The GeoPackage is already validated and cut at the
antimeridian by ``geodata/build.py`` (see geodata/README.md), so loading does no
geometry repair; it only reads, types the columns and builds the label points.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import geopandas as gpd

from explorer.core.data.schema import COUNTRY_COLUMNS
from explorer.core.geo.locations import countries_gpkg
from explorer.core.view.style_defaults import DEFAULT_PROJECTION, PROJECTIONS

LAYER = "countries"
GEOGRAPHIC_CRS = "EPSG:4326"


def load_countries(path: Path | None = None) -> gpd.GeoDataFrame:
    """Countries with columns ``iso3, name, region, subregion, geometry, label_point``.

    ``geometry`` is the active MultiPolygon column and ``label_point`` a second
    GeoSeries of Points (where tooltips anchor and flows start), both in EPSG:4326,
    sorted by ``iso3`` with a 0..n-1 index. The bundled file is read once per process;
    each call returns a copy so a caller's changes never leak into another's.
    """
    if path is None:
        return _load_bundled().copy()
    return _read(Path(path))


@cache
def _load_bundled() -> gpd.GeoDataFrame:
    return _read(countries_gpkg())


def _read(path: Path) -> gpd.GeoDataFrame:
    raw = gpd.read_file(path, layer=LAYER, engine="pyogrio")
    if raw.crs is None or not raw.crs.equals(GEOGRAPHIC_CRS):
        raw = raw.set_crs(GEOGRAPHIC_CRS, allow_override=True)
    frame = raw.sort_values("iso3", ignore_index=True)
    for column in ("iso3", "name", "region", "subregion"):
        frame[column] = frame[column].astype("string")
    frame["label_point"] = gpd.GeoSeries.from_xy(
        frame["label_lon"], frame["label_lat"], crs=GEOGRAPHIC_CRS
    )
    return gpd.GeoDataFrame(frame[list(COUNTRY_COLUMNS)], geometry="geometry")


def project_countries(
    countries: gpd.GeoDataFrame, crs: str = PROJECTIONS[DEFAULT_PROJECTION]
) -> gpd.GeoDataFrame:
    """The same table with ``geometry`` and ``label_point`` both transformed to ``crs``.

    ``GeoDataFrame.to_crs`` moves only the active geometry column, so the label points
    are transformed separately; forgetting that would put every label in degrees on a
    map in metres.
    """
    points = gpd.GeoSeries(countries["label_point"])
    if points.crs is None:  # a plain column of Points is in the table's CRS
        points = points.set_crs(countries.crs)
    projected = countries.to_crs(crs)
    projected["label_point"] = points.to_crs(crs)
    return projected
