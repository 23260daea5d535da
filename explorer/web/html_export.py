"""The interactive HTML export: the current view as one self-contained, offline Leaflet page.

Why folium and why this much care (DESIGN.md sections 4 and 5):
- The page must open on a machine without internet and must never fetch anything. folium's
  templates point at CDNs (Leaflet, jQuery, Bootstrap, Font Awesome...) and folium markers
  load icon images; here the map class carries no CDN links, Leaflet 1.9.4 is read from the
  installed ``django-js-lib-leaflet`` package and inlined, its CSS loses every ``url(...)``
  and source-map comment, there is no tile layer, and arrowheads are ``L.divIcon`` SVGs
  created directly (a folium ``Marker`` first builds Leaflet's default image icon).
- Every text comes from data files and is data, never markup: it is HTML-escaped before it
  reaches the page, and backticks, ``$`` and backslashes become character references too,
  because folium puts tooltip text inside a JavaScript template literal.
- The map is drawn in the view's projection (Equal Earth unless the window shows another),
  in projected kilometres on a flat Leaflet CRS (``html_projection``): no Web Mercator, so
  areas compare as on the slide.
- Titles, legend, source line, caveats and the synthetic-data band are the same words as on
  screen and in the image exports: they all come from one ``ViewData``.
"""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd

from explorer.core.view.data import ViewData
from explorer.web.html_escape import esc
from explorer.web.html_flows import add_flows
from explorer.web.html_fonts import with_script_fonts
from explorer.web.html_language import PageLanguage, html_tag
from explorer.web.html_layers import add_countries, add_sea, add_selection
from explorer.web.html_page import OfflineMap, add_page
from explorer.web.html_projection import CRS_NAME, FIT_MARGIN, SCROLL_MARGIN, Plane

MIN_ZOOM, MAX_ZOOM = 1, 8

_ELEMENT_ID = re.compile(r"(?<=[a-z]_)[0-9a-f]{32}(?![0-9a-zA-Z])")


def html_text(view: ViewData, countries: gpd.GeoDataFrame) -> str:
    """The export as one HTML document, drawn in ``view.crs`` like the app's map.

    ``countries`` needs iso3, name, geometry (any CRS; lon/lat when it has none). Uses
    ``label_point`` for flow ends when present, a representative point otherwise.
    """
    if countries.crs is not None and not countries.crs.equals("EPSG:4326"):
        countries = countries.to_crs("EPSG:4326")
    plane = Plane.of(view.crs)
    language = PageLanguage(view.lang)
    (south, west), (north, east) = plane.lat_lng_box(SCROLL_MARGIN)
    m = OfflineMap(
        location=[0.0, 0.0],
        zoom_start=2,
        crs=CRS_NAME,
        tiles=None,
        min_zoom=MIN_ZOOM,
        max_zoom=MAX_ZOOM,
        max_bounds=True,
        min_lat=south,
        max_lat=north,
        min_lon=west,
        max_lon=east,
        world_copy_jump=False,
        zoom_control="topleft" if language.rtl else "topright",  # away from the legend
        attribution_control=False,
        zoomSnap=0.25,
        zoomDelta=0.5,
    )
    root = m.get_root()
    root.title = esc(view.texts.title)
    add_sea(m, plane)
    add_countries(m, view, countries, plane)
    add_selection(m, view, countries, plane)
    add_flows(m, view, countries, plane)
    m.fit_bounds(plane.lat_lng_box(FIT_MARGIN))
    add_page(m, view, plane)
    return with_script_fonts(html_tag(_stable_names(root.render()), language))


def _stable_names(text: str) -> str:
    """folium names elements with random UUIDs; number them so equal views give equal files."""
    seen: dict[str, str] = {}

    def number(match: re.Match[str]) -> str:
        return seen.setdefault(match.group(0), f"{len(seen) + 1:x}")

    return _ELEMENT_ID.sub(number, text)


def write_html(view: ViewData, countries: gpd.GeoDataFrame, path: Path) -> Path:
    """Write the export as UTF-8 and return ``path``."""
    path = Path(path)
    path.write_text(html_text(view, countries), encoding="utf-8")
    return path


__all__ = ["html_text", "write_html"]
