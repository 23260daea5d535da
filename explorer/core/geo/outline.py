"""The outline of the whole globe in a projection: the map's 'sea' shape.

Why: an Equal Earth or Robinson map reads as a world map only when the sphere
has its rounded outline; drawing a rectangle would suggest a plate carree.
"""

from __future__ import annotations

import numpy as np
import shapely
from pyproj import Transformer


def sphere_outline(crs: str, steps: int = 181) -> shapely.Polygon:
    """The boundary of lon [-180, 180] x lat [-90, 90], densified and projected to ``crs``."""
    lats = np.linspace(-90.0, 90.0, steps)
    lons = np.linspace(-180.0, 180.0, steps)
    lon = np.concatenate([np.full(steps, -180.0), lons, np.full(steps, 180.0), lons[::-1]])
    lat = np.concatenate([lats, np.full(steps, 90.0), lats[::-1], np.full(steps, -90.0)])
    transformer = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    x, y = transformer.transform(lon, lat)
    return shapely.Polygon(np.column_stack([x, y])).buffer(0)
