"""Flows between subregions as a user sees them: ends, rings, legend, tooltip, click, exports."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from explorer.core.data.schema import DOMESTIC
from explorer.core.data.values import format_value
from explorer.core.flows.settings import Between
from explorer.core.places.between import place_flows
from explorer.core.view.export_spec import ExportSpec, Format
from explorer.io.exports.view_csv import csv_companions
from explorer.ui.export.map_export import export
from tests.ui.test_flows import _largest_flow_point

VICTIMS = "Detected trafficking victims"
YEAR = 2020


@pytest.fixture
def subregions(window):
    window.state.year = YEAR
    window.flow_settings.between = "subregions"
    window.map_view.viewport().repaint()
    return window


def _place_of(window) -> dict[str, str]:
    """Country -> "subregion:<name>", from the country table (Antarctica is no place)."""
    c = window.countries
    c = c[c["region"].notna() & (c["region"] != "Antarctica")]
    return {str(i): f"subregion:{s}" for i, s in zip(c["iso3"], c["subregion"], strict=True)}


def _country_flows(window) -> pd.DataFrame:
    """Plain pandas: the year's country flows, with their places and their exact part."""
    f = window.dataset.flows
    f = f[(f["indicator"] == VICTIMS) & (f["year"] == YEAR)].copy()
    place = _place_of(window)
    f["d_place"] = f["destination"].map(lambda c: place.get(c, c))
    own = (f["origin"] == DOMESTIC) | (f["origin"] == f["destination"])
    f["o_place"] = np.where(own, f["d_place"], f["origin"].map(lambda c: place.get(c, c)))
    f["exact"] = f["value"].notna() & (f["flag"].fillna("") != "suppressed")
    f["low"] = np.where(f["exact"], f["value"], f["lower"].fillna(0.0))
    return f


def test_flows_join_subregions_with_rings_inside_them(subregions):
    view = subregions.flows.view
    drawn = view.drawn
    assert len(drawn) > 0
    assert drawn["origin"].str.startswith("subregion:").all()
    assert drawn["destination"].str.startswith("subregion:").all()
    assert not (drawn["origin"] == drawn["destination"]).any()
    assert len(view.domestic) > 0
    assert view.domestic["iso3"].str.startswith("subregion:").all()
    assert len(subregions.flows.item.prepared.rings) == len(view.domestic)
    legend = subregions.flows.legend()
    assert legend.title == f"Flows between subregions: detected victims, {YEAR}"
    assert legend.domestic_text == "Within the place (own nationals included)"
    subregions.flow_settings.between = "countries"
    assert not subregions.flows.view.drawn["origin"].str.contains(":").any()
    assert subregions.flows.legend().title == f"Flows: detected victims, {YEAR}"


def test_place_flows_add_up_to_the_country_flows(subregions):
    country = _country_flows(subregions)
    places = place_flows(subregions.dataset, subregions.places, Between.SUBREGIONS)
    summed = places.dataset.flows
    summed = summed[(summed["indicator"] == VICTIMS) & (summed["year"] == YEAR)]
    # Every victim counted in a country flow is in exactly one place flow.
    low = summed["value"].fillna(summed["lower"]).fillna(0.0)
    assert low.sum() == pytest.approx(country["low"].sum())
    groups = country.groupby(["o_place", "d_place"]).agg(
        low=("low", "sum"), exact_n=("exact", "sum"), n=("exact", "size")
    )
    assert len(summed) == len(groups)
    got = summed.set_index(["origin", "destination"])
    whole = groups[groups["exact_n"] == groups["n"]]
    assert (got.loc[whole.index, "flag"] == "").all()
    assert got.loc[whole.index, "value"].to_dict() == whole["low"].to_dict()
    numbered = groups[groups["exact_n"] > 0]
    # With every flow drawn, the curves, the rings and the unplaced flows hold them all.
    subregions.flow_settings.top_n = 1000
    subregions.flow_settings.show_suppressed = True
    view = subregions.flows.view
    shown = pd.concat(
        [
            view.drawn[["origin", "destination", "value"]],
            view.domestic.assign(origin=view.domestic["iso3"], destination=view.domestic["iso3"]),
            view.unplaced[["origin", "destination", "value"]],
        ]
    )
    assert shown["value"].fillna(0.0).sum() == pytest.approx(numbered["low"].sum())
    exact_total = country.loc[country["exact"], "value"].sum()
    assert exact_total > 0 and numbered["low"].sum() >= exact_total


def test_tooltip_lists_the_country_pairs_behind_a_place_flow(subregions):
    flows = subregions.flows
    drawn = flows.view.drawn
    row = drawn.loc[drawn["value"].idxmax()]
    names = subregions.places.names()
    text = flows.flow_text(row)
    lines = text.splitlines()
    origin, destination = names[row["origin"]], names[row["destination"]]
    assert lines[0] == (
        f"{origin} \u2192 {destination}, {YEAR}: "
        f"{format_value(row['value'], row['lower'], row['upper'], row['flag'])} detected victims"
    )
    country = _country_flows(subregions)
    behind = country[
        (country["o_place"] == row["origin"]) & (country["d_place"] == row["destination"])
    ]
    assert lines[1] == f"Country pairs behind it ({len(behind)}):"
    largest = behind.loc[behind["low"].idxmax()]
    first = (
        f"  {subregions._names[largest['origin']]} \u2192 "
        f"{subregions._names[largest['destination']]}: "
    )
    assert lines[2].startswith(first)
    assert lines[-1].startswith("Source:")


def test_clicking_a_place_flow_selects_it_and_shows_its_series(subregions, qtbot):
    point = _largest_flow_point(subregions)
    flow = subregions.map_view.flow_at(point)
    assert flow is not None and str(flow["origin"]).startswith("subregion:")
    qtbot.mouseClick(subregions.map_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    pair = (flow["origin"], flow["destination"])
    assert subregions.state.selected_flow == pair
    names = subregions.places.names()
    section = subregions.detail_panel.flow_pair
    assert section.isVisible()
    assert section.title.text() == (
        f"Selected flow: {names[pair[0]]} \u2192 {names[pair[1]]} (detected victims)"
    )
    summed = place_flows(subregions.dataset, subregions.places, Between.SUBREGIONS).dataset.flows
    series = summed[
        (summed["origin"] == pair[0])
        & (summed["destination"] == pair[1])
        & (summed["indicator"] == VICTIMS)
    ]
    table = {
        section.table.item(r, 0).text(): section.table.item(r, 1).text()
        for r in range(section.table.rowCount())
    }
    for row in series.itertuples():
        shown = format_value(row.value, row.lower, row.upper, row.flag)
        assert table[str(row.year)] == shown, row.year
    subregions.flow_settings.between = "regions"
    assert subregions.state.selected_flow is None
    assert not section.isVisible()
    assert subregions.flows.view.drawn["origin"].str.startswith("region:").all()


def test_html_and_csv_exports_carry_the_subregions(subregions, tmp_path):
    names = subregions.places.names()
    drawn = subregions.flows.view.drawn
    html = export(subregions, ExportSpec(Format.HTML, 800, 450), tmp_path / "m.html")
    page = html.read_text(encoding="utf-8")
    top = drawn.loc[drawn["value"].idxmax()]
    assert f"{names[top['origin']]} \u2192 {names[top['destination']]}, {YEAR}" in page
    countries_csv = export(subregions, ExportSpec(Format.CSV), tmp_path / "m.csv")
    flows_csv, about = csv_companions(countries_csv)
    table = pd.read_csv(flows_csv)
    assert len(table) == len(drawn)
    assert table["origin"].str.startswith("subregion:").all()
    assert set(table["origin_name"]) == {names[c] for c in drawn["origin"]}
    assert set(table["destination_name"]) <= {p.name for p in subregions.places.subregions()}
    assert "between subregions" in about.read_text(encoding="utf-8").lower()


def test_png_of_subregion_flows_differs_from_the_country_flows(subregions, tmp_path):
    spec = ExportSpec(Format.PNG, 960, 540)
    by_place = QImage(str(export(subregions, spec, tmp_path / "places.png")))
    subregions.flow_settings.between = "countries"
    by_country = QImage(str(export(subregions, spec, tmp_path / "countries.png")))
    assert by_place.size() == by_country.size()
    assert by_place.width() == 960
    assert by_place != by_country
    differing = sum(
        by_place.pixelColor(x, y) != by_country.pixelColor(x, y)
        for x in range(0, 960, 8)
        for y in range(0, 540, 8)
    )
    assert differing > 50


def test_export_command_writes_subregion_flows(tmp_path, capsys):
    from explorer.cli import main

    out = tmp_path / "m.csv"
    args = ["export", "--demo", "--out", str(out), "--year", str(YEAR), "--between", "subregions"]
    assert main(args) == 0
    flows = pd.read_csv(csv_companions(out)[0])
    assert len(flows) > 0
    assert flows["origin"].str.startswith("subregion:").all()
    assert "Western Europe" in set(flows["origin_name"]) | set(flows["destination_name"])
    assert f"wrote {out}" in capsys.readouterr().out


def test_a_country_pair_picked_in_the_panel_shows_its_figures_between_subregions(subregions, qtbot):
    subregions.state.selected = "DEU"
    _, _, table, _ = subregions.detail_panel.flows.sections[0]  # where the victims came from
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Venezuela")
    shown_in_table = table.item(row, 1).text()
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert subregions.state.selected_flow == ("VEN", "DEU")
    pair = subregions.detail_panel.flow_pair
    assert pair.title.text().startswith("Selected flow: Venezuela \u2192 Germany")
    years = {pair.table.item(r, 0).text(): pair.table.item(r, 1).text() for r in range(8)}
    assert years[str(YEAR)] == shown_in_table


def test_a_country_keeps_its_flows_without_a_curve_between_subregions(subregions):
    subregions.flow_settings.between = "countries"
    lines = subregions.flows.unplaced_lines("DEU")
    assert any("of unknown origin" in line for line in lines)
    subregions.flow_settings.between = "subregions"
    assert subregions.flows.unplaced_lines("DEU") == lines
    assert lines[-1] in subregions.map_view.tooltip_text("DEU")
