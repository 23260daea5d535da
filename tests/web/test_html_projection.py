"""The HTML map is the slide's map: the app's projection, its sea, its selection outline.

Why these tests: a choropleth of counts in Web Mercator shows Greenland as large as
Africa; the HTML export must draw the shapes where the PNG/SVG/PDF draw them.
"""

from __future__ import annotations

import dataclasses
import json
import re

import pytest
import shapely
from pyproj import Transformer

from explorer.cli import main
from explorer.core.view.map_style import SELECTED_COLOUR
from explorer.web.html_export import html_text
from tests.web.html_shapes import (
    features,
    geojson_layers,
    html_shape,
    page_pixels,
    svg_outline,
)
from tests.web.test_html_export import _parse, countries, demo_html, demo_view  # noqa: F401

EQUAL_EARTH = "EPSG:8857"
ROBINSON = "ESRI:54030"


def _km(geoms, crs: str):
    """Reference shapes: the bundled outlines projected by pyproj, in km."""
    projected = geoms.to_crs(crs).geometry.to_numpy()
    return shapely.transform(projected, lambda xy: xy / 1000.0)


def _ours(page: str) -> str:
    return "\n".join(code for _, code in _parse(page).scripts if "Leaflet 1.9.4" not in code)


def test_the_page_is_drawn_on_a_flat_crs_not_web_mercator(demo_html):  # noqa: F811
    ours = _ours(demo_html)
    assert "crs: L.CRS.TfeProjected" in ours
    assert "EPSG3857" not in ours and "EPSG:3857" not in ours  # Leaflet's own code has them
    assert "L.CRS.Simple" in demo_html  # the page's CRS extends Leaflet's flat one


def test_brazil_is_where_the_svg_export_draws_it(demo_html, tmp_path, qapp):  # noqa: F811
    """The page's Brazil and the SVG's selected Brazil land on the same page pixels."""
    svg = tmp_path / "map.svg"
    assert main(["export", "--demo", "--out", str(svg), "--select", "BRA", "--year", "2020"]) == 0
    scene, matrix = svg_outline(svg.read_text(encoding="utf-8"), SELECTED_COLOUR)
    on_slide = page_pixels(scene, matrix)
    # The page's plane is projected km with y up; the SVG's scene is km with y down.
    ours = shapely.transform(html_shape(demo_html, "BRA"), lambda xy: xy * (1.0, -1.0))
    in_page = page_pixels(ours, matrix)
    px_per_km = abs(matrix[0, 0])
    assert on_slide.bounds[2] - on_slide.bounds[0] > 150  # Brazil is big on a 1920 px slide
    assert shapely.hausdorff_distance(in_page.boundary, on_slide.boundary) < 10 * px_per_km
    assert in_page.area == pytest.approx(on_slide.area, rel=0.01)


def test_shapes_are_the_app_s_equal_earth_shapes(demo_html, countries):  # noqa: F811
    for iso3 in ("BRA", "GRL", "NOR", "FJI", "RUS"):
        reference = _km(countries[countries.iso3 == iso3], EQUAL_EARTH)[0]
        ours = html_shape(demo_html, iso3)
        assert shapely.hausdorff_distance(ours, reference) < 10.0, iso3
        # Simplified by 5 km: Norway's fjords lose a little area, nothing more.
        assert ours.area == pytest.approx(reference.area, rel=0.03), iso3


def test_greenland_is_small_next_to_africa_as_on_an_equal_area_map(demo_html, countries):  # noqa: F811
    african = countries[countries.region == "Africa"].iso3
    africa = sum(html_shape(demo_html, iso3).area for iso3 in african)
    greenland = html_shape(demo_html, "GRL").area
    # Real areas: Greenland 2.17 million km2, Africa 30.3 million: about 1 to 14.
    assert greenland / africa == pytest.approx(2.17 / 30.3, rel=0.05)
    assert html_shape(demo_html, "BRA").area == pytest.approx(8.5e6, rel=0.02)  # km2


def test_the_sea_is_the_app_s_sphere_outline(demo_html):  # noqa: F811
    sea = shapely.geometry.shape(features(geojson_layers(demo_html)[0])[0]["geometry"])
    to_ee = Transformer.from_crs("EPSG:4326", EQUAL_EARTH, always_xy=True)
    east, _ = to_ee.transform(180.0, 0.0)
    _, north = to_ee.transform(0.0, 90.0)
    assert sea.bounds[2] == pytest.approx(east / 1000.0, abs=5.0)
    assert sea.bounds[3] == pytest.approx(north / 1000.0, abs=5.0)
    # Equal Earth's poles are lines: the outline is rounded at the sides, flat at top.
    assert sea.area == pytest.approx(4 * 3.14159 * 6378.137**2, rel=0.01)
    assert "#e8f1f8" in demo_html and "#9db3c7" in demo_html  # the app's sea and its outline


def test_the_map_is_fitted_to_the_world_with_the_app_s_margin(demo_html):  # noqa: F811
    fit = re.search(r"\.fitBounds\(\s*(\[\[[-0-9., \[\]]*\]\])", _ours(demo_html))[1]
    (south, west), (north, east) = json.loads(fit)
    assert west == pytest.approx(-east) and south == pytest.approx(-north)
    assert 17_500 < east < 17_700  # half of Equal Earth's 34,487 km, plus 1% of it


def test_the_window_s_projection_is_the_page_s(demo_view, countries):  # noqa: F811
    robinson = dataclasses.replace(demo_view, crs=ROBINSON)
    page = html_text(robinson, countries)
    reference = _km(countries[countries.iso3 == "BRA"], ROBINSON)[0]
    assert shapely.hausdorff_distance(html_shape(page, "BRA"), reference) < 10.0


def test_the_selected_country_is_outlined_as_in_the_pictures(demo_view, countries):  # noqa: F811
    page = html_text(dataclasses.replace(demo_view, selected="BRA"), countries)
    selection = [
        f for layer in geojson_layers(page) for f in features(layer) if f.get("id") == "BRA"
    ]
    assert len(selection) == 2  # the country and, above it, its outline
    outline = selection[-1]
    assert outline["properties"] == {"selected": True}
    assert shapely.geometry.shape(outline["geometry"]).equals(html_shape(page, "BRA"))
    assert f'"color": "{SELECTED_COLOUR}"' in page and '"weight": 2.4' in page
    unselected = html_text(demo_view, countries)
    assert '"selected": true' not in unselected


def test_no_graticule_because_the_app_draws_none(demo_html):  # noqa: F811
    """The slide has no graticule (DESIGN.md section 3), so neither has the page."""
    assert len(geojson_layers(demo_html)) == 2  # the sea and the countries
