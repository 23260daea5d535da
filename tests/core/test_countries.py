"""The bundled country shapes draw right on a flat map and carry the facts the app needs."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely

from explorer.core.data.schema import COUNTRY_COLUMNS
from explorer.core.geo.countries import (
    DEFAULT_PROJECTION,
    PROJECTIONS,
    load_countries,
    project_countries,
)
from explorer.core.geo.locations import countries_gpkg

EQUAL_EARTH = PROJECTIONS["Equal Earth"]


@pytest.fixture(scope="module")
def countries() -> gpd.GeoDataFrame:
    return load_countries()


def _row(countries: gpd.GeoDataFrame, iso3: str):
    return countries.loc[countries["iso3"] == iso3].iloc[0]


def _world_width(crs: str) -> float:
    edge = gpd.GeoSeries([shapely.Point(180, 0)], crs="EPSG:4326").to_crs(crs)
    return 2 * float(edge.x.iloc[0])


def _part_widths(countries: gpd.GeoDataFrame, crs: str) -> gpd.GeoDataFrame:
    parts = project_countries(countries, crs)[["iso3", "geometry"]].explode(index_parts=False)
    bounds = parts.geometry.bounds
    return parts.assign(width=bounds["maxx"] - bounds["minx"])


def test_table_shape(countries):
    assert list(countries.columns) == list(COUNTRY_COLUMNS)
    assert len(countries) >= 200
    assert countries["iso3"].is_unique
    assert countries["iso3"].str.fullmatch(r"[A-Z]{3}").all()
    assert countries.crs.to_epsg() == 4326
    assert countries["label_point"].crs.to_epsg() == 4326
    assert list(countries.index) == list(range(len(countries)))
    assert countries[["name", "region", "subregion"]].notna().all().all()


def test_every_geometry_is_a_valid_multipolygon_on_the_flat_world(countries):
    geoms = countries.geometry
    assert geoms.is_valid.all()
    assert not geoms.is_empty.any()
    assert (geoms.geom_type == "MultiPolygon").all()
    minx, miny, maxx, maxy = geoms.total_bounds
    assert (minx, maxx) == (-180, 180)
    assert miny >= -90 and maxy <= 90


def test_big_small_and_unusual_entities_are_present(countries):
    wanted = {"BRA", "FRA", "USA", "NOR", "CHL", "FJI", "RUS", "ATA"}  # big, or cut at 180
    wanted |= {"NRU", "MLT", "VAT", "KIR", "MCO", "SMR", "LIE", "PLW", "MHL", "TON"}  # small
    wanted |= {"XKX", "XSO", "XNC", "XSG", "CXR", "CCK"}  # no ISO numeric id in the source
    assert wanted - set(countries["iso3"]) == set()


def test_known_absences(countries):
    """Natural Earth 1:50m has no Tuvalu, and the French overseas departments are part
    of France; Ashmore and Cartier Is. (ISO numeric 036) is merged into Australia."""
    present = set(countries["iso3"])
    assert present.isdisjoint({"TUV", "GUF", "GLP", "MTQ", "REU", "MYT", "XAC", "XIO"})


def test_label_points_sit_on_the_main_landmass(countries):
    france = _row(countries, "FRA").label_point
    assert -5 < france.x < 10 and 41 < france.y < 51
    usa = _row(countries, "USA").label_point
    assert -125 < usa.x < -67 and 25 < usa.y < 49
    norway = _row(countries, "NOR").label_point
    assert norway.y < 71 and norway.x > 4
    chile = _row(countries, "CHL").label_point
    assert chile.x > -76
    malaysia = _row(countries, "MYS").label_point
    assert malaysia.x < 105  # the peninsula, not Borneo


def test_every_label_point_is_inside_its_country(countries):
    inside = countries.geometry.contains(gpd.GeoSeries(countries["label_point"]))
    assert inside.all(), countries.loc[~inside, "iso3"].tolist()


@pytest.mark.parametrize("iso3", ["RUS", "FJI"])
def test_antimeridian_countries_have_no_part_spanning_the_map(countries, iso3):
    parts = _part_widths(countries, EQUAL_EARTH)
    mine = parts[parts["iso3"] == iso3]
    assert len(mine) > 1
    assert (mine["width"] < _world_width(EQUAL_EARTH) / 2).all()
    # and it does reach both edges: the cut kept the pieces east of 180 degrees
    lons = shapely.get_coordinates(_row(countries, iso3).geometry)[:, 0]
    assert lons.min() == -180 and lons.max() == 180


def test_only_antarctica_is_wider_than_half_the_map(countries):
    parts = _part_widths(countries, EQUAL_EARTH)
    wide = parts.loc[parts["width"] > _world_width(EQUAL_EARTH) / 2, "iso3"]
    assert set(wide) == {"ATA"}


@pytest.mark.parametrize("name", sorted(PROJECTIONS))
def test_every_projection_is_finite_and_valid(countries, name):
    projected = project_countries(countries, PROJECTIONS[name])
    assert np.isfinite(shapely.get_coordinates(projected.geometry.values)).all()
    assert np.isfinite(shapely.get_coordinates(projected["label_point"].values)).all()
    antarctica = _row(projected, "ATA").geometry
    assert antarctica.is_valid and not antarctica.is_empty


def test_antarctica_is_closed_over_the_pole(countries):
    antarctica = _row(countries, "ATA").geometry
    mainland = max(antarctica.geoms, key=lambda p: p.area)
    assert mainland.bounds[0] == -180 and mainland.bounds[2] == 180
    assert mainland.bounds[1] == -90
    assert mainland.contains(shapely.Point(0, -89.5))


def test_projection_moves_label_points_too(countries):
    projected = project_countries(countries)
    assert projected.crs == PROJECTIONS[DEFAULT_PROJECTION]
    assert projected["label_point"].crs == projected.crs
    france = _row(projected, "FRA")
    assert france.geometry.contains(france.label_point)
    assert abs(france.label_point.y) > 1000  # metres, not degrees


@pytest.mark.parametrize(
    ("iso3", "region", "subregion"),
    [
        ("BRA", "Americas", "Latin America and the Caribbean"),
        ("NGA", "Africa", "Sub-Saharan Africa"),
        ("DEU", "Europe", "Western Europe"),
        ("USA", "Americas", "Northern America"),
        ("SRB", "Europe", "Southern Europe"),
        ("XKX", "Europe", "Southern Europe"),
        ("ATA", "Antarctica", "Antarctica"),
    ],
)
def test_un_m49_regions(countries, iso3, region, subregion):
    row = _row(countries, iso3)
    assert (row["region"], row["subregion"]) == (region, subregion)


def test_readable_names(countries):
    names = dict(zip(countries["iso3"], countries["name"], strict=True))
    assert names["BOL"] == "Bolivia"
    assert names["TUR"] == "Türkiye"
    assert names["CIV"] == "Côte d'Ivoire"
    assert names["XKX"] == "Kosovo"
    assert not any(", " in n for n in names.values())


def test_loading_is_cached_but_callers_cannot_corrupt_it():
    first = load_countries()
    first.loc[0, "name"] = "changed"
    again = load_countries()
    assert again.loc[0, "name"] != "changed"
    explicit = load_countries(countries_gpkg())
    assert explicit["iso3"].tolist() == again["iso3"].tolist()
