"""The map's style before the user picks one: projection, classification scheme and count.

Why apart from the modules that use them (``classify``, ``countries``): the
stored settings are read with these defaults at launch, before the first frame
is painted and before numpy, pandas or geopandas are imported.
"""

from __future__ import annotations

#: Map projections offered to the user: display name -> CRS understood by pyproj.
#: Equal Earth is the default because a choropleth must not inflate high latitudes.
#: Plate Carree is EPSG:4087 (equidistant cylindrical in metres, not degrees) so every
#: projection shares one unit and line widths and zoom limits mean the same everywhere.
PROJECTIONS: dict[str, str] = {
    "Equal Earth": "EPSG:8857",
    "Plate Carrée": "EPSG:4087",
    "Robinson": "ESRI:54030",
}
DEFAULT_PROJECTION = "Equal Earth"
DEFAULT_SCHEME = "quantiles"
DEFAULT_K = 5
