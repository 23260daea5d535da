"""The HTML map's plane: the app's projection in kilometres, shown by Leaflet as a flat CRS.

Why: the page has no tiles, so it need not be Web Mercator; drawing it in the
view's projection (Equal Earth by default) makes the web map and the slide the
same map, with the same equal areas. Shapes are projected exactly as the app
projects them (``GeoDataFrame.to_crs``, as ``project_countries``), in kilometres
like the app's scene; Leaflet reads a GeoJSON ``[x, y]`` as ``lng, lat``, and the page's CRS
(``L.CRS.Simple`` with a scale) turns that into pixels with y pointing down.
"""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import shapely
from pyproj import Transformer

from explorer.core.geo.countries import GEOGRAPHIC_CRS
from explorer.core.geo.outline import sphere_outline

KM = 1000.0  # projected metres per page unit: the app's scene unit
#: Pixels the whole world is wide at zoom 0, as in a Web Mercator map: zoom levels 1..8
#: then mean what they meant on the earlier web map.
WORLD_PIXELS = 256.0
#: A world export shows the world with a 1% margin; the view may scroll 2% beyond it,
#: as on screen (``MapGeometry.export_rect`` and ``scene_rect``).
FIT_MARGIN, SCROLL_MARGIN = 0.01, 0.02
CRS_NAME = "TfeProjected"


def to_km(xy: np.ndarray) -> np.ndarray:
    return np.asarray(xy, dtype=float) / KM


@dataclass(frozen=True)
class Plane:
    """The view's projection as the page draws it: the sphere's outline and its bounds, in km."""

    crs: str
    sphere: shapely.Polygon
    bounds: tuple[float, float, float, float]  # min x, min y, max x, max y of the sphere

    @classmethod
    def of(cls, crs: str) -> Plane:
        sphere = shapely.transform(sphere_outline(crs), to_km)
        return cls(crs, sphere, tuple(float(v) for v in sphere.bounds))

    def scale(self) -> float:
        """Pixels per kilometre at zoom 0."""
        return WORLD_PIXELS / (self.bounds[2] - self.bounds[0])

    def lat_lng_box(self, margin: float) -> list[list[float]]:
        """The world with ``margin`` (a share of its width) around, as Leaflet bounds."""
        x0, y0, x1, y1 = self.bounds
        pad = margin * (x1 - x0)
        return [[round(y0 - pad, 1), round(x0 - pad, 1)], [round(y1 + pad, 1), round(x1 + pad, 1)]]

    def crs_script(self) -> str:
        """JavaScript defining the page's CRS: x right, y up, ``scale()`` pixels per km."""
        s = f"{self.scale():.10g}"
        return (
            f"L.CRS.{CRS_NAME} = L.extend({{}}, L.CRS.Simple, "
            f"{{transformation: new L.Transformation({s}, 0, -{s}, 0)}});"
        )

    def shapes(self, countries: gpd.GeoDataFrame) -> np.ndarray:
        """The countries' outlines in this projection and in km, as the app projects them."""
        if countries.crs is None:  # the bundled table's CRS
            countries = countries.set_crs(GEOGRAPHIC_CRS)
        elif not countries.crs.equals(GEOGRAPHIC_CRS):
            # Through lon/lat: a table in another CRS ends up exactly where the app puts it.
            countries = countries.to_crs(GEOGRAPHIC_CRS)
        return shapely.transform(countries.to_crs(self.crs).geometry.to_numpy(), to_km)

    def points(self, lon_lat: np.ndarray) -> np.ndarray:
        """(N, 2) lon/lat degrees as (N, 2) page km."""
        if len(lon_lat) == 0:
            return np.empty((0, 2))
        transformer = Transformer.from_crs(GEOGRAPHIC_CRS, self.crs, always_xy=True)
        x, y = transformer.transform(lon_lat[:, 0], lon_lat[:, 1])
        return to_km(np.column_stack([x, y]))
