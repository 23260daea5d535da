"""Which flows a map shows, without Qt: the window and the headless export share it."""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.core.data.dataset import Dataset
from explorer.core.demo.generate import demo_dataset
from explorer.core.flows.map_flows import MapFlows
from explorer.core.flows.settings import FlowSettings
from explorer.core.geo.countries import PROJECTIONS, load_countries, project_countries

CRS = PROJECTIONS["Equal Earth"]


@pytest.fixture(scope="module")
def countries():
    return project_countries(load_countries(), CRS)


@pytest.fixture
def flows(countries) -> MapFlows:
    return MapFlows(demo_dataset(), FlowSettings(), countries, CRS)


def test_the_view_follows_the_settings_and_the_key_says_so(flows):
    indicator = flows.dataset.indicators()[0]
    year = flows.dataset.years(indicator)[-1]
    key = flows.key(indicator, year, None)
    view = flows.view(indicator, year, None)
    assert view is not None and len(view.drawn) > 0
    flows.settings.top_n = 5
    assert flows.key(indicator, year, None) != key
    assert len(flows.view(indicator, year, None).drawn) == 5
    flows.settings.visible = False
    assert flows.view(indicator, year, None) is None


def test_between_subregions_flows_join_places_with_names_and_ends(flows):
    indicator = flows.dataset.indicators()[0]
    year = flows.dataset.years(indicator)[-1]
    assert flows.flow_ends() == {}
    flows.settings.between = "subregions"
    view = flows.view(indicator, year, None)
    ends = set(view.drawn["origin"]) | set(view.drawn["destination"])
    names, anchors = flows.flow_names(), flows.flow_ends()
    assert ends and ends <= set(names) and ends <= set(anchors)
    # The same flows as summing the country flows by subregion in plain pandas.
    table = flows.dataset.flows
    rows = table[(table["indicator"] == indicator) & (table["year"] == year)]
    sub = {
        iso3: flows.places.book.country_subregion(iso3)
        for iso3 in set(rows["origin"]) | set(rows["destination"])
    }
    exact = rows[rows["value"].notna()].assign(
        o=lambda d: d["origin"].map(lambda c: sub[c].code if sub.get(c) else None),
        d=lambda d: d["destination"].map(lambda c: sub[c].code if sub.get(c) else None),
    )
    first = view.drawn.sort_values("value", ascending=False).iloc[0]
    expected = exact[(exact["o"] == first["origin"]) & (exact["d"] == first["destination"])]
    assert first["value"] >= expected["value"].sum() > 0


def test_partners_are_the_other_ends_of_the_drawn_flows(flows):
    indicator = flows.dataset.indicators()[0]
    year = flows.dataset.years(indicator)[-1]
    view = flows.view(indicator, year, "DEU")
    drawn = view.drawn
    mine = drawn[(drawn["origin"] == "DEU") | (drawn["destination"] == "DEU")]
    partners = flows.partners("DEU", view, year, indicator)
    assert partners and "DEU" not in partners
    assert set(partners) <= set(mine["origin"]) | set(mine["destination"])


def test_a_flow_of_zero_makes_no_partner_of_the_country(countries):
    cell = dict(dataset="z", year=2020, indicator="Victims", lower=None, upper=None, flag="")
    rows = [
        dict(origin="FRA", destination="DEU", value=12.0, origin_label="France", **cell),
        dict(origin="POL", destination="DEU", value=0.0, origin_label="Poland", **cell),
    ]
    data = Dataset("z", flows=pd.DataFrame(rows))
    flows = MapFlows(data, FlowSettings(), countries, CRS)
    assert list(flows.view("Victims", 2020, "DEU").drawn["origin"]) == ["FRA"]
    assert flows.partners("DEU", None, 2020, "Victims") == ["FRA"]
