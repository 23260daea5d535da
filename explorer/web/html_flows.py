"""The flows as folium layers: curves in the page's projection, each with an arrowhead.

Why this care: the curves are the app's (``flow_curves`` in the view's projection,
the shorter way round, cut at the map's edge), so they meet the countries where the
slide shows them; every word is escaped (tooltips are data); arrowheads are
``L.divIcon`` SVGs created directly, because a folium ``Marker`` first builds
Leaflet's default image icon, which an offline page must never fetch.
"""

from __future__ import annotations

import math

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
from branca.element import MacroElement
from folium.template import Template

from explorer.core.flows.geometry import flow_curves
from explorer.core.view.data import ViewData
from explorer.web.html_escape import esc, safe_colour
from explorer.web.html_language import ARROW_LTR, PageLanguage
from explorer.web.html_projection import Plane, to_km

DECIMALS = 1  # km: 100 m


class _Arrowhead(MacroElement):
    """A small filled triangle at a flow's destination, in screen pixels.

    Why a divIcon with inline SVG: it keeps its size at every zoom, needs no plugin, and
    unlike ``folium.Marker`` never creates Leaflet's default (image) marker icon first.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            L.marker({{ this.location|tojson }}, {
                icon: L.divIcon({{ this.icon|tojavascript }}),
                interactive: false,
                keyboard: false
            }).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        location: list[float],
        angle: float,
        length: float,
        half: float,
        colour: str,
        alpha: float,
    ) -> None:
        super().__init__()
        self._name = "Arrowhead"
        self.location = location
        svg = (
            '<svg width="1" height="1" style="overflow:visible;display:block">'
            f'<polygon points="{length:.1f},0 0,{-half:.1f} 0,{half:.1f}" '
            f'fill="{safe_colour(colour)}" fill-opacity="{alpha:.2f}" '
            f'transform="rotate({angle:.1f})"/></svg>'
        )
        self.icon = {
            "className": "tfe-arrow",
            "html": svg,
            "iconSize": [0, 0],
            "iconAnchor": [0, 0],
        }


def line_weight(width: float) -> float:
    """Line width in pixels; a suppressed (<5) flow has no width and is a thin dashed line."""
    return 1.0 if not math.isfinite(width) else 1.5 + 10.0 * width


def _screen_angle(a: np.ndarray, b: np.ndarray) -> float:
    """Direction a->b (page km, y up) on screen (y down), degrees clockwise from east."""
    return math.degrees(math.atan2(-(b[1] - a[1]), b[0] - a[0]))


def _end_angle(piece: np.ndarray) -> float | None:
    """Direction of a piece at its last point, from the last sample that differs from it."""
    end = piece[-1]
    for prev in piece[-2::-1]:
        if np.hypot(*(end - prev)) > 1e-9:
            return _screen_angle(prev, end)
    return None


#: The window's flow tooltip (its translations are the page's).
FLOW_TIP = "{origin} \u2192 {destination}, {year}: {what}"


def _flow_tip(row: pd.Series, indicator: str, language: PageLanguage) -> folium.Tooltip:
    """ "Origin → Destination, year: figure detected victims", as the window's tooltip says
    it; the arrow points from the origin in either direction of text."""
    template = language.word("FlowsOverlay", FLOW_TIP)
    text = template.replace(ARROW_LTR, language.arrow).format(
        origin=row["origin_name"],
        destination=row["destination_name"],
        year=language.year(row["year"]),
        what=language.count(indicator, row),
    )
    return folium.Tooltip(esc(text), sticky=True)


def _label_points(countries: gpd.GeoDataFrame) -> dict[str, tuple[float, float]]:
    """Flow ends in lon/lat: the label points, reprojected if they carry another CRS."""
    if "label_point" in countries:
        points = gpd.GeoSeries(countries["label_point"])
        if points.crs is not None and not points.crs.equals("EPSG:4326"):
            points = points.to_crs("EPSG:4326")
    else:
        points = countries.geometry.representative_point()
    return {
        str(iso3): (float(p.x), float(p.y))
        for iso3, p in zip(countries["iso3"], points, strict=True)
        if p is not None and not p.is_empty
    }


def _at(point: np.ndarray) -> list[float]:
    """A page point (km) as Leaflet's ``[lat, lng]``: y first."""
    return [round(float(point[1]), DECIMALS), round(float(point[0]), DECIMALS)]


def add_flows(m: folium.Map, view: ViewData, countries: gpd.GeoDataFrame, plane: Plane) -> None:
    """Flows as the app's curves, smallest first so the largest end up on top, with arrowheads."""
    flows = view.flows.reset_index(drop=True)
    if flows.empty:
        return
    where = _label_points(countries) | dict(view.flow_ends)
    nan = (math.nan, math.nan)
    origins = np.array([where.get(c, nan) for c in flows["origin"]], dtype=float)
    targets = np.array([where.get(c, nan) for c in flows["destination"]], dtype=float)
    curves = flow_curves(origins, targets, plane.crs)
    points = to_km(curves.points)
    language = PageLanguage(view.lang)
    for i in range(len(flows) - 1, -1, -1):
        row = flows.iloc[i]
        width = float(row["width"])
        weight = line_weight(width)
        colour = safe_colour(row["colour"])
        alpha = 0.8 if bool(row["emphasised"]) else 0.2
        dash = "4 4" if not math.isfinite(width) else None
        if row["origin"] == row["destination"]:
            if row["origin"] in where:
                folium.CircleMarker(
                    _at(plane.points(np.array([where[row["origin"]]]))[0]),
                    radius=5.0 + 1.2 * weight,
                    color=colour,
                    weight=max(1.0, weight / 2),
                    opacity=alpha,
                    fill=False,
                    dash_array=dash,
                    tooltip=_flow_tip(row, view.indicator, language),
                ).add_to(m)
            continue
        for k in np.flatnonzero(curves.piece_flow == i):
            piece = points[curves.piece_start[k] : curves.piece_start[k + 1]]
            folium.PolyLine(
                np.round(piece[:, ::-1], DECIMALS).tolist(),
                color=colour,
                weight=weight,
                opacity=alpha,
                dash_array=dash,
                line_cap="butt",
                tooltip=_flow_tip(row, view.indicator, language),
            ).add_to(m)
            angle = _end_angle(piece) if curves.piece_ends_at_destination[k] else None
            if angle is not None:
                _Arrowhead(
                    _at(piece[-1]),
                    angle,
                    length=5.0 + 1.1 * weight,
                    half=2.5 + 0.8 * weight,
                    colour=colour,
                    alpha=min(1.0, alpha + 0.1),
                ).add_to(m)
