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
- Titles, legend, source line, caveats and the synthetic-data band are the same words as on
  screen and in the image exports: they all come from one ``ViewData``.
"""

from __future__ import annotations

import html
import math
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import ClassVar

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from branca.element import Element, MacroElement
from folium.template import Template

from explorer.core.choropleth import SUPPRESSED_KIND
from explorer.core.flow_geometry import flow_curves
from explorer.core.flow_labels import people_noun
from explorer.core.view_data import SYNTHETIC_MARK, ViewData

LEAFLET_VERSION = "1.9.4"
SEA_COLOUR = "#e8eef5"
OUTLINE_COLOUR = "#8c8c8c"
FALLBACK_COLOUR = "#9e9e9e"
SIMPLIFY_DEGREES = 0.05  # about 5 km: invisible at the zoom levels a world map is read at
DECIMALS = 3  # about 100 m
WORLD_BOUNDS = [[-58.0, -170.0], [80.0, 180.0]]  # (lat, lon): the inhabited world
MIN_ZOOM, MAX_ZOOM = 1, 8

_HEX_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_CSS_URL = re.compile(r"url\([^)]*\)")
_ELEMENT_ID = re.compile(r"(?<=[a-z]_)[0-9a-f]{32}(?![0-9a-zA-Z])")
_SOURCE_MAP = re.compile(r"/[*/][#@]\s*sourceMappingURL=[^\s*]*(?:\s*\*/)?")
#: Control characters (but tab, newline and carriage return): not allowed in HTML text.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _esc(text: object) -> str:
    """Text as inert HTML that is also safe inside a JavaScript template literal.

    Control characters (a NUL from a file) become U+FFFD, as a browser would
    show them, so the page is valid HTML.
    """
    return (
        html.escape(_CONTROLS.sub("\ufffd", str(text)), quote=True)
        .replace("`", "&#96;")
        .replace("$", "&#36;")
        .replace("\\", "&#92;")
    )


def _colour(value: object) -> str:
    """A hex colour or a neutral grey: colours reach CSS and JS, so nothing else may pass."""
    return value if isinstance(value, str) and _HEX_COLOUR.fullmatch(value) else FALLBACK_COLOUR


@cache
def _leaflet_assets() -> tuple[str, str]:
    """Leaflet's JS and CSS, made inert: no image URLs, no source-map lookups."""
    base = resources.files("js_lib_leaflet") / "static" / "js_lib_leaflet"
    js = (base / "leaflet.js").read_text(encoding="utf-8")
    css = (base / "leaflet.css").read_text(encoding="utf-8")
    if LEAFLET_VERSION not in js[:300]:
        raise RuntimeError(f"expected Leaflet {LEAFLET_VERSION} in django-js-lib-leaflet")
    js = _SOURCE_MAP.sub("", js).replace("</script", "<\\/script")
    # Marker and layer-control images are the only url() references; neither is used here.
    css = _CSS_URL.sub("none", _SOURCE_MAP.sub("", css)).replace("</style", "")
    return js, css


class _OfflineMap(folium.Map):
    """A folium Map that links no CDN resource; Leaflet is inlined by ``_page``.

    A subclass rather than editing ``folium.Map.default_js``: those lists are shared by
    every folium map in the process.
    """

    default_js: ClassVar[list[tuple[str, str]]] = []
    default_css: ClassVar[list[tuple[str, str]]] = []


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
            f'fill="{_colour(colour)}" fill-opacity="{alpha:.2f}" '
            f'transform="rotate({angle:.1f})"/></svg>'
        )
        self.icon = {
            "className": "tfe-arrow",
            "html": svg,
            "iconSize": [0, 0],
            "iconAnchor": [0, 0],
        }


class _MoveIntoMap(MacroElement):
    """Moves the legend panel into Leaflet's bottom-left corner once the map exists.

    Why not build the legend in JavaScript: the panel stays plain, escaped HTML in the page;
    the script only moves the node and stops wheel and click events from reaching the map.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            (function () {
                var panel = document.getElementById({{ this.element_id|tojson }});
                var corner = {{ this._parent.get_name() }}.getContainer()
                    .querySelector(".leaflet-bottom.leaflet-left");
                if (!panel || !corner) { return; }
                panel.classList.add("leaflet-control");
                corner.appendChild(panel);
                L.DomEvent.disableClickPropagation(panel);
                L.DomEvent.disableScrollPropagation(panel);
            })();
        {% endmacro %}
        """
    )

    def __init__(self, element_id: str) -> None:
        super().__init__()
        self._name = "MoveIntoMap"
        self.element_id = element_id


_PAGE_CSS = f"""
html, body {{ height: 100%; margin: 0; }}
body {{ display: flex; flex-direction: column; font-family: system-ui, "Segoe UI", Roboto,
  "Helvetica Neue", Arial, sans-serif; color: #222; background: #fff; }}
.folium-map {{ order: 2; flex: 1 1 auto; height: auto !important; min-height: 0; }}
/* folium appends the map's div after everything else in <body>; order puts it in place. */
.tfe-band {{ order: 0; }}
.tfe-head {{ order: 1; }}
.tfe-foot {{ order: 3; }}
.leaflet-container {{ background: {SEA_COLOUR}; font-family: inherit; }}
.tfe-arrow {{ background: none; border: none; }}
.tfe-band {{ background: #ffd400; color: #000; font-weight: 700; text-align: center;
  padding: 5px 8px; font-size: 14px; letter-spacing: 0.02em; border-bottom: 2px solid #000; }}
.tfe-head {{ padding: 8px 12px 6px; border-bottom: 1px solid #ccd; }}
.tfe-head h1 {{ font-size: 18px; margin: 0; }}
.tfe-head p {{ font-size: 13px; margin: 3px 0 0; color: #444; }}
.tfe-foot {{ padding: 5px 12px 6px; font-size: 11px; color: #444; border-top: 1px solid #ccd;
  line-height: 1.35; }}
.tfe-foot p {{ margin: 0; }}
.tfe-legend {{ background: rgba(255, 255, 255, 0.92); padding: 8px 10px; border-radius: 4px;
  box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); font-size: 12px; line-height: 1.3;
  max-height: 55vh; max-width: 300px; overflow: auto; }}
/* Until the script moves it into the map's corner the panel must take no room, or
   the map would be fitted to the world while smaller than it ends up. */
body > .tfe-legend {{ display: none; }}
.tfe-legend h2 {{ font-size: 12px; margin: 0 0 4px; }}
.tfe-legend h2 + ul {{ margin-top: 0; }}
.tfe-legend ul {{ list-style: none; padding: 0; margin: 0 0 6px; }}
.tfe-legend li {{ display: flex; align-items: center; gap: 6px; margin: 2px 0; }}
.tfe-sw {{ display: inline-block; width: 16px; height: 11px; border: 1px solid {OUTLINE_COLOUR};
  flex: none; }}
.tfe-sw.tfe-suppressed {{ border-style: dashed; }}
.tfe-line {{ display: inline-block; width: 22px; flex: none; }}
.tfe-note {{ color: #555; font-size: 11px; margin: 0 0 6px; }}
.tfe-credit {{ color: #777; }}
"""


def _simplified_features(view: ViewData, countries: gpd.GeoDataFrame) -> dict:
    """GeoJSON of every country: lighter shapes, escaped words, fill from the view."""
    table = view.countries.set_index("iso3")
    geoms = shapely.simplify(
        countries.geometry.to_numpy(), SIMPLIFY_DEGREES, preserve_topology=True
    )
    geoms = shapely.transform(geoms, lambda xy: np.round(xy, DECIMALS))
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
                    "name": _esc(name if row is None else row["name"]),
                    "shown": _esc("" if row is None else row["shown"]),
                    "class": _esc(cls),
                    "fill": _colour(None if row is None else row["colour"]),
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
        "color": OUTLINE_COLOUR,
        "weight": 0.5,
    }
    if props["suppressed"]:
        style["dashArray"] = "2 2"
    return style


def _add_countries(m: folium.Map, view: ViewData, countries: gpd.GeoDataFrame) -> None:
    folium.GeoJson(
        _simplified_features(view, countries),
        name="countries",
        style_function=_country_style,
        highlight_function=lambda _f: {"weight": 1.6, "color": "#333333"},
        tooltip=folium.GeoJsonTooltip(
            fields=["name", "shown", "class"],
            aliases=["Country", _esc(f"{view.indicator}, {view.year}"), "Class"],
            sticky=True,
        ),
        smooth_factor=0.5,
    ).add_to(m)


def _weight(width: float) -> float:
    """Line width in pixels; a suppressed (<5) flow has no width and is a thin dashed line."""
    return 1.0 if not math.isfinite(width) else 1.5 + 10.0 * width


def _screen_angle(a: np.ndarray, b: np.ndarray) -> float:
    """Direction a->b (lon, lat) on a Web Mercator screen, degrees clockwise from east."""
    lat = np.radians(np.clip([a[1], b[1]], -85.0, 85.0))
    y = np.log(np.tan(np.pi / 4 + lat / 2))
    return math.degrees(math.atan2(-(y[1] - y[0]), math.radians(b[0] - a[0])))


def _end_angle(piece: np.ndarray) -> float | None:
    """Direction of a piece at its last point, from the last sample that differs from it."""
    end = piece[-1]
    for prev in piece[-2::-1]:
        if np.hypot(*(end - prev)) > 1e-9:
            return _screen_angle(prev, end)
    return None


def _flow_tip(row: pd.Series, noun: str) -> folium.Tooltip:
    text = f"{row['origin_name']} → {row['destination_name']}, {row['year']}: {row['shown']} {noun}"
    return folium.Tooltip(_esc(text), sticky=True)


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


def _add_flows(m: folium.Map, view: ViewData, countries: gpd.GeoDataFrame) -> None:
    """Flows as curves, smallest first so the largest end up on top, each with an arrowhead."""
    flows = view.flows.reset_index(drop=True)
    if flows.empty:
        return
    where = _label_points(countries)
    nan = (math.nan, math.nan)
    origins = np.array([where.get(c, nan) for c in flows["origin"]], dtype=float)
    targets = np.array([where.get(c, nan) for c in flows["destination"]], dtype=float)
    curves = flow_curves(origins, targets, "EPSG:4326")
    noun = people_noun(view.indicator)
    for i in range(len(flows) - 1, -1, -1):
        row = flows.iloc[i]
        width = float(row["width"])
        weight = _weight(width)
        colour = _colour(row["colour"])
        alpha = 0.8 if bool(row["emphasised"]) else 0.2
        dash = "4 4" if not math.isfinite(width) else None
        if row["origin"] == row["destination"]:
            if row["origin"] in where:
                lon, lat = where[row["origin"]]
                folium.CircleMarker(
                    [round(lat, DECIMALS), round(lon, DECIMALS)],
                    radius=5.0 + 1.2 * weight,
                    color=colour,
                    weight=max(1.0, weight / 2),
                    opacity=alpha,
                    fill=False,
                    dash_array=dash,
                    tooltip=_flow_tip(row, noun),
                ).add_to(m)
            continue
        for k in np.flatnonzero(curves.piece_flow == i):
            piece = curves.points[curves.piece_start[k] : curves.piece_start[k + 1]]
            folium.PolyLine(
                np.round(piece[:, ::-1], DECIMALS).tolist(),
                color=colour,
                weight=weight,
                opacity=alpha,
                dash_array=dash,
                line_cap="butt",
                tooltip=_flow_tip(row, noun),
            ).add_to(m)
            angle = _end_angle(piece) if curves.piece_ends_at_destination[k] else None
            if angle is not None:
                end = piece[-1]
                _Arrowhead(
                    [round(float(end[1]), DECIMALS), round(float(end[0]), DECIMALS)],
                    angle,
                    length=5.0 + 1.1 * weight,
                    half=2.5 + 0.8 * weight,
                    colour=colour,
                    alpha=min(1.0, alpha + 0.1),
                ).add_to(m)


def _flow_legend(view: ViewData) -> str:
    """Colours by origin region, widths and symbols actually drawn, as escaped HTML."""
    flows = view.flows
    if flows.empty:
        return ""
    regions = dict(zip(view.countries["iso3"], view.countries["region"], strict=True))
    by_colour: dict[str, set[str]] = {}
    for origin, colour in zip(flows["origin"], flows["colour"], strict=True):
        region = regions.get(origin)
        by_colour.setdefault(_colour(colour), set()).add(
            region if isinstance(region, str) and region else "Other"
        )
    noun = people_noun(view.indicator)
    rows = [
        f'<li><span class="tfe-line" style="border-top:4px solid {c}"></span>'
        f"From {_esc(', '.join(sorted(r)))}</li>"
        for c, r in by_colour.items()
    ]
    finite = flows["width"].to_numpy(dtype=float)
    finite = np.isfinite(finite)
    if finite.any():
        top = flows[finite].iloc[0]
        rows.append(
            f'<li><span class="tfe-line" style="border-top:{_weight(1.0):.0f}px solid #555">'
            f"</span>{_esc(top['shown'])} {_esc(noun)} (widest)</li>"
        )
    if (~finite).any():
        rows.append(
            '<li><span class="tfe-line" style="border-top:1px dashed #555"></span>'
            f"Fewer than 5 {_esc(noun)} (suppressed)</li>"
        )
    if (flows["origin"] == flows["destination"]).any():
        rows.append(
            '<li><span class="tfe-sw" style="border-radius:50%;border:2px solid #555"></span>'
            "Flow within a country</li>"
        )
    note = (
        f"Line width by number of {_esc(noun)}; arrowheads point to the destination. "
        "Faded flows are outside the current focus."
        if not flows["emphasised"].all()
        else f"Line width by number of {_esc(noun)}; arrowheads point to the destination."
    )
    return (
        f"<h2>Flows: {_esc(view.indicator)}, {_esc(view.year)}</h2>"
        f'<ul>{"".join(rows)}</ul><p class="tfe-note">{note}</p>'
    )


def _legend(view: ViewData) -> str:
    items = []
    for entry in view.legend:
        extra = " tfe-suppressed" if entry.kind == SUPPRESSED_KIND else ""
        items.append(
            f'<li><span class="tfe-sw{extra}" style="background:{_colour(entry.colour)}"></span>'
            f"{_esc(entry.label)}</li>"
        )
    heading = _esc(view.indicator + (f" ({view.breakdown})" if view.breakdown else ""))
    note = f'<p class="tfe-note">{_esc(view.classes_note)}</p>' if view.classes_note else ""
    return (
        f'<div id="tfe-legend" class="tfe-legend"><h2>{heading}, {_esc(view.year)}</h2>'
        f"<ul>{''.join(items)}</ul>{note}{_flow_legend(view)}</div>"
    )


def _page(m: folium.Map, view: ViewData) -> None:
    """Inline Leaflet and the page chrome: band, title, legend panel, footer."""
    root = m.get_root()
    js, css = _leaflet_assets()
    root.header.add_child(
        Element(f"<style>{css}</style>\n<script>{js}</script>\n<style>{_PAGE_CSS}</style>"),
        name="tfe_leaflet",
    )
    texts = view.texts
    top = ""
    if texts.synthetic:
        top += f'<div class="tfe-band" role="note">{_esc(SYNTHETIC_MARK)}</div>'
    subtitle = f"<p>{_esc(texts.subtitle)}</p>" if texts.subtitle else ""
    top += f'<header class="tfe-head"><h1>{_esc(texts.title)}</h1>{subtitle}</header>'
    root.html.add_child(Element(top), name="tfe_top", index=0)
    root.html.add_child(Element(_legend(view)), name="tfe_legend")
    foot = "".join(f"<p>{_esc(line)}</p>" for line in texts.footer_lines())
    foot += f'<p class="tfe-credit">Interactive map drawn with Leaflet {LEAFLET_VERSION}.</p>'
    root.html.add_child(Element(f'<footer class="tfe-foot">{foot}</footer>'), name="tfe_foot")
    m.add_child(_MoveIntoMap("tfe-legend"))


def html_text(view: ViewData, countries: gpd.GeoDataFrame) -> str:
    """The export as one HTML document; ``countries`` needs iso3, name, geometry (EPSG:4326).

    Uses ``label_point`` for flow ends when present, a representative point otherwise.
    """
    if countries.crs is not None and not countries.crs.equals("EPSG:4326"):
        countries = countries.to_crs("EPSG:4326")
    m = _OfflineMap(
        location=[20.0, 10.0],
        zoom_start=2,
        tiles=None,
        min_zoom=MIN_ZOOM,
        max_zoom=MAX_ZOOM,
        max_bounds=True,
        world_copy_jump=False,
        zoom_control="topright",
        attribution_control=False,
        zoomSnap=0.25,
        zoomDelta=0.5,
    )
    root = m.get_root()
    root.title = _esc(view.texts.title)
    _add_countries(m, view, countries)
    _add_flows(m, view, countries)
    m.fit_bounds(WORLD_BOUNDS)
    _page(m, view)
    return _stable_names(root.render())


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
