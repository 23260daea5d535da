"""Places as sets of countries, origins by class, flows summed between places, anchors on land."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import shapely

from explorer.core.data.dataset import Dataset
from explorer.core.data.values import format_value
from explorer.core.flows.settings import Between
from explorer.core.geo.countries import load_countries
from explorer.core.places.anchors import place_anchors
from explorer.core.places.between import place_flows
from explorer.core.places.book import PlaceBook, PlaceKind
from explorer.core.places.origins import origins_in

VICTIMS = "Detected trafficking victims"


@pytest.fixture(scope="module")
def countries():
    return load_countries()


@pytest.fixture(scope="module")
def book(countries) -> PlaceBook:
    return PlaceBook(countries)


def _flows(rows: list[tuple]) -> pd.DataFrame:
    records = []
    for origin, destination, value in rows:
        small = value == "<5"
        records.append(
            {
                "origin": origin,
                "destination": destination,
                "year": 2020,
                "indicator": VICTIMS,
                "value": math.nan if small else float(value),
                "lower": 1.0 if small else math.nan,
                "upper": 4.0 if small else math.nan,
                "flag": "suppressed" if small else "",
                "origin_label": origin,
            }
        )
    return pd.DataFrame(records)


def test_the_book_holds_the_world_regions_subregions_and_groups(book, countries):
    assert book.world().size == len(countries) - 1  # all but Antarctica
    regions = {p.name for p in book.regions()}
    assert regions == {"Africa", "Americas", "Asia", "Europe", "Oceania"}
    western = book.find("  western   EUROPE ")
    assert western.kind is PlaceKind.SUBREGION and {"FRA", "DEU", "BEL"} <= western.members
    assert western.parent == "region:Europe"
    assert book.country_subregion("NGA").name == "Sub-Saharan Africa"
    heard = []
    book.groups_changed.connect(heard.append)
    book.set_group(" EU   founders ", ["fra", "DEU", "ITA", "BEL", "NLD", "LUX", "XXX"])
    group = book.find("eu founders")
    assert group.code == "group:EU founders" and group.size == 6  # XXX is not on the map
    assert heard[-1] == {"EU founders": ["BEL", "DEU", "FRA", "ITA", "LUX", "NLD"]}
    with pytest.raises(ValueError):
        book.set_group("Nowhere", ["XXX"])
    book.remove_group("EU founders")
    assert book.find("EU founders") is None and heard[-1] == {}


def test_origins_are_classed_relative_to_the_country_of_detection(book):
    flows = _flows(
        [
            ("DOMESTIC", "DEU", 40),
            ("FRA", "DEU", 20),  # Western Europe -> Western Europe
            ("POL", "DEU", 10),  # Eastern Europe: same region, other subregion
            ("NGA", "DEU", 20),  # Africa: another region
            ("REGION:Africa", "DEU", 5),  # a region only, not Europe: other regions
            ("UNKNOWN", "DEU", 5),
            ("ROU", "DEU", "<5"),  # Eastern Europe, suppressed
        ]
    )
    data = Dataset("t", flows=flows)
    origins = origins_in(data, book, book.mask("world"), VICTIMS, 2020)
    shares = {c.label: c for c in origins.classes}
    assert origins.countries == 1 and origins.exact_total == 100
    assert (origins.low_total, origins.high_total) == (101, 104)  # Romania's <5: 1 to 4
    # One number per class: every <5 at its lower bound ("at least"), of the at least 101.
    assert shares["Own nationals"].share == pytest.approx(40 / 101)
    assert shares["Same subregion"].share == pytest.approx(20 / 101)
    assert shares["Other regions"].share == pytest.approx(25 / 101)
    assert shares["Unknown or not stated"].share == pytest.approx(5 / 101)
    region = shares["Other subregions of the region"]  # 10 exact + Romania's 1 to 4
    assert (region.low, region.high) == (11, 14)
    assert region.share_low == pytest.approx(11 / (11 + 90))
    assert region.share_high == pytest.approx(14 / (14 + 90))
    own = shares["Own nationals"]  # smallest with Romania at 4, largest at 1
    assert (own.share_low, own.share_high) == (pytest.approx(40 / 104), pytest.approx(40 / 101))
    for share in origins.classes:
        assert share.share_low - 1e-12 <= share.share <= share.share_high + 1e-12
    top = [s.label for s in origins.top_subregions]
    assert top[:2] == ["Sub-Saharan Africa", "Western Europe"]  # 20 each; Eastern Europe 11


def test_an_origin_stated_only_as_a_subregion_is_classed_by_it(book):
    flows = _flows(
        [
            ("REGION:Western Europe", "DEU", 6),
            ("REGION:Eastern Europe", "DEU", 3),
            ("REGION:Eastern Asia", "DEU", 2),
            ("REGION:Former Yugoslavia", "DEU", 1),
        ]
    )
    origins = origins_in(Dataset("t", flows=flows), book, book.mask("world"), VICTIMS, 2020)
    sums = {c.label: c.exact for c in origins.classes}
    assert sums == {
        "Own nationals": 0,
        "Same subregion": 6,
        "Other subregions of the region": 3,
        "Other regions": 2,
        "Unknown or not stated": 1,
    }


def test_flows_between_subregions_add_up_to_the_country_flows(book):
    flows = _flows(
        [
            ("FRA", "DEU", 20),
            ("BEL", "DEU", 5),
            ("NGA", "DEU", 30),
            ("GHA", "FRA", "<5"),
            ("NGA", "FRA", 12),
            ("DOMESTIC", "NGA", 100),
            ("GHA", "NGA", 8),
            ("UNKNOWN", "DEU", 7),
            ("REGION:Africa", "DEU", 3),
        ]
    )
    data = Dataset("t", flows=flows)
    summed = place_flows(data, book, Between.SUBREGIONS).dataset.flows_for(2020, VICTIMS)
    by_pair = {(r.origin, r.destination): r for r in summed.itertuples()}
    west, ssa = "subregion:Western Europe", "subregion:Sub-Saharan Africa"
    assert by_pair[(west, west)].value == 25  # France and Belgium into Germany: a ring
    mixed = by_pair[(ssa, west)]  # 30 + 12 exact and a <5
    assert (mixed.value, mixed.lower, mixed.upper, mixed.flag) == (43, 43, 46, "at_least")
    assert format_value(mixed.value, mixed.lower, mixed.upper, mixed.flag) == "at least 43"
    assert by_pair[(ssa, ssa)].value == 108  # own nationals and Ghana -> Nigeria
    assert by_pair[("UNKNOWN", west)].value == 7  # not placed: kept as unknown
    assert ("REGION:Africa", west) in by_pair  # a region is not a subregion
    exact_in = flows["value"].fillna(0).sum()
    assert summed["value"].fillna(0).sum() - 1 == exact_in  # the <5 counted once, as its 1
    regions = place_flows(data, book, Between.REGIONS).dataset.flows_for(2020, VICTIMS)
    pairs = {(r.origin, r.destination): r.value for r in regions.itertuples()}
    assert pairs[("region:Africa", "region:Europe")] == 43 + 3  # the region-only origin joins


def test_a_place_flow_of_only_suppressed_parts_is_a_range_never_a_number(book):
    data = Dataset("t", flows=_flows([("GHA", "FRA", "<5"), ("NGA", "DEU", "<5")]))
    row = place_flows(data, book, Between.REGIONS).dataset.flows_for(2020, VICTIMS).iloc[0]
    assert math.isnan(row["value"]) and (row["lower"], row["upper"]) == (2, 8)
    assert format_value(row["value"], row["lower"], row["upper"], row["flag"]) == "2 to 8"
    behind = place_flows(data, book, Between.REGIONS).rows_behind(
        "region:Africa", "region:Europe", 2020, VICTIMS
    )
    assert sorted(behind["origin"]) == ["GHA", "NGA"]


def test_every_anchor_is_on_the_land_of_one_of_its_countries(book, countries):
    anchors = place_anchors(book, countries)
    shapes = countries.set_index("iso3").geometry
    assert set(anchors) == {p.code for p in book.places() if p.kind is not PlaceKind.WORLD}
    for code, (lon, lat) in anchors.items():
        point = shapely.Point(lon, lat)
        members = book.get(code).members
        distance = min(shapes[c].distance(point) for c in members)
        assert distance < 1e-6, f"{code} anchor at {lon:.2f}, {lat:.2f} is in the sea"
    lon, _ = anchors["subregion:Polynesia"]
    assert abs(lon) > 140  # in the Pacific, not averaged across the antimeridian to Africa
    assert np.isfinite(list(anchors.values())).all()
