"""The map's countries as folium layers: the sea, countries filled by class, the selection.

Why this care: the shapes are the app's, in the view's projection (``Plane``), so
the web map is the slide's map; they are simplified and rounded so a world map
stays a light page; every word is escaped (tooltips are data); the sea and the
selection are drawn with the app's colours and widths (``map_style``).
"""

from __future__ import annotations

import folium
import geopandas as gpd
import numpy as np
import shapely

from explorer.core.texts import QT_TRANSLATE_NOOP
from explorer.core.view import map_style
from explorer.core.view.choropleth import SUPPRESSED_KIND
from explorer.core.view.data import ViewData
from explorer.web.html_escape import esc, safe_colour
from explorer.web.html_language import PageLanguage
from explorer.web.html_projection import Plane

SIMPLIFY_KM = 5.0  # invisible at the zoom levels a world map is read at
DECIMALS = 1  # km: 100 m


def _light(geoms: np.ndarray) -> np.ndarray:
    """Shapes (km) simplified and rounded: what the page carries."""
    geoms = shapely.simplify(geoms, SIMPLIFY_KM, preserve_topology=True)
    return shapely.transform(geoms, lambda xy: np.round(xy, DECIMALS))


def _simplified_features(view: ViewData, countries: gpd.GeoDataFrame, plane: Plane) -> dict:
    """GeoJSON of every country in the page's plane: light shapes, escaped words, fills."""
    table = view.countries.set_index("iso3")
    language = PageLanguage(view.lang)
    geoms = _light(plane.shapes(countries))
    suppressed = _suppressed_label(view)
    features = []
    for iso3, name, geom in zip(countries["iso3"], countries["name"], geoms, strict=True):
        if geom is None or geom.is_empty:
            continue
        row = table.loc[iso3] if iso3 in table.index else None
        cls = "" if row is None else str(row["class"])
        features.append(
            {
                "type": "Feature",
                "id": str(iso3),
                "properties": {
                    "name": esc(name if row is None else row["name"]),
                    "shown": esc("" if row is None else language.value(row)),
                    "class": esc(cls),
                    "fill": safe_colour(None if row is None else row["colour"]),
                    "suppressed": cls == suppressed,
                },
                "geometry": shapely.geometry.mapping(geom),
            }
        )
    return {"type": "FeatureCollection", "features": features}


def _suppressed_label(view: ViewData) -> str:
    return next((e.label for e in view.legend if e.kind == SUPPRESSED_KIND), "Suppressed (<5)")


def _country_style(feature: dict) -> dict:
    props = feature["properties"]
    style = {
        "fillColor": props["fill"],
        "fillOpacity": 1.0,
        "color": map_style.OUTLINE_COLOUR,
        "weight": map_style.OUTLINE_WIDTH,
    }
    if props["suppressed"]:
        style["dashArray"] = "2 2"
    return style


def add_sea(m: folium.Map, plane: Plane) -> None:
    """The sphere's outline filled as the sea, as behind the app's countries."""
    folium.GeoJson(
        shapely.geometry.mapping(_light(np.array([plane.sphere]))[0]),
        name="sea",
        style_function=lambda _f: {
            "fillColor": map_style.SEA_COLOUR,
            "fillOpacity": 1.0,
            "color": map_style.SEA_OUTLINE_COLOUR,
            "weight": map_style.SEA_OUTLINE_WIDTH,
        },
        interactive=False,
    ).add_to(m)


def add_countries(m: folium.Map, view: ViewData, countries: gpd.GeoDataFrame, plane: Plane) -> None:
    """Every country filled by its class, with a tooltip in the export's language."""
    language = PageLanguage(view.lang)
    folium.GeoJson(
        _simplified_features(view, countries, plane),
        name="countries",
        style_function=_country_style,
        highlight_function=lambda _f: {"weight": 1.6, "color": "#333333"},
        tooltip=folium.GeoJsonTooltip(
            fields=["name", "shown", "class"],
            aliases=[
                esc(language.word("DetailPanel", "Country")),
                esc(f"{view.indicator}, {language.year(view.year)}"),
                esc(language.say(QT_TRANSLATE_NOOP("HtmlPage", "Class"))),
            ],
            sticky=True,
        ),
        smooth_factor=0.5,
    ).add_to(m)


def add_selection(m: folium.Map, view: ViewData, countries: gpd.GeoDataFrame, plane: Plane) -> None:
    """The selected country's outline above every country, as the app draws it."""
    chosen = countries[countries["iso3"] == view.selected] if view.selected else countries[:0]
    if chosen.empty:
        return
    geom = _light(plane.shapes(chosen))[0]
    folium.GeoJson(
        {
            "type": "Feature",
            "id": str(view.selected),
            "properties": {"selected": True},
            "geometry": shapely.geometry.mapping(geom),
        },
        name="selection",
        style_function=lambda _f: {
            "fill": False,
            "color": map_style.SELECTED_COLOUR,
            "weight": map_style.SELECTION_WIDTH,
            "className": "tfe-selected",
        },
        interactive=False,
    ).add_to(m)
