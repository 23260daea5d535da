"""Source rows behind figures of the shared GLOTIP workbook, against the rows found here with
pandas: a world total reaches the file row of every country figure it was summed from."""

from __future__ import annotations

import pandas as pd
import pyogrio
import pytest

from explorer.core.data.breakdown import CHILDREN, Breakdown
from explorer.core.geo.countries import load_countries
from explorer.core.geo.locations import countries_gpkg
from explorer.core.indicators.derived import CHILDREN_SHARE, with_derived_indicators
from explorer.core.places.book import PlaceBook
from explorer.core.places.summary import summarise
from explorer.core.trace.figures import trace_flow, trace_observation
from explorer.core.trace.places import trace_place_change, trace_place_total
from explorer.core.trace.rows_table import source_rows_table
from explorer.io.importing.row_notes import row_notes
from tests.shared_data import GLOTIP_WORKBOOK, workbook_cells

pytestmark = pytest.mark.skipif(
    not GLOTIP_WORKBOOK.exists(), reason="the shared GLOTIP workbook is not beside the clone"
)
V = "Detected trafficking victims"


@pytest.fixture(scope="module")
def imported(glotip_import):
    dataset, report = glotip_import
    return dataset, report, PlaceBook(load_countries())


@pytest.fixture(scope="module")
def world() -> set[str]:
    table = pyogrio.read_dataframe(countries_gpkg(), layer="countries", read_geometry=False)
    return set(table.loc[table["region"].notna() & (table["region"] != "Antarctica"), "iso3"])


def _total_rows(cells: pd.DataFrame, year: int, age: str = "Total") -> pd.DataFrame:
    """The victims' total rows of ``year`` (spreadsheet row = position in the sheet + 1)."""
    rows = cells[
        (cells["Indicator"] == V)
        & (cells["Dimension"] == "Total")
        & (cells["Category"].isin(["Total", ""]))
        & (cells["Sex"] == "Total")
        & (cells["Age"] == age)
        & (cells["Year"] == str(year))
    ]
    return rows.assign(sheet_row=rows.index + 1)


def test_a_world_total_reaches_the_row_of_every_country_it_sums(imported, world):
    dataset, report, book = imported
    cells = workbook_cells()
    expected = _total_rows(cells, 2020)
    expected = expected[expected["Iso3_code"].isin(world)]
    traced = trace_place_total(dataset, book, "world", V, 2020)
    assert traced.all_rows() == sorted(expected["sheet_row"])
    exact = expected[expected["txtVALUE"] != "<5"]
    total = exact["txtVALUE"].str.replace(",", "").astype(int).sum()
    assert traced.shown == f"{total:,}"
    summary = summarise(dataset, book, "world", V, 2020)
    assert summary.total.exact_sum == total
    assert f"the {summary.total.exact_countries} countries that reported one" in traced.rule

    table = source_rows_table(traced, report.source, row_notes(report))
    assert table.columns[:6] == ("Figure", "Shown", "File", "SHA-256", "Sheet", "Row")
    assert "Source" in table.columns and "txtVALUE" in table.columns
    assert len(table.rows) == len(expected)
    by_row = {int(r[5]): dict(zip(table.columns, r, strict=True)) for r in table.rows}
    for position, raw in expected.iterrows():
        shown = by_row[position + 1]
        assert shown["Iso3_code"] == raw["Iso3_code"] and shown["txtVALUE"] == raw["txtVALUE"]
        assert shown["Source"] == raw["Source"]
        assert (
            shown["File"] == GLOTIP_WORKBOOK.name and shown["SHA-256"] == dataset.provenance.sha256
        )
    small = [r for r in by_row.values() if r["txtVALUE"] == "<5"]
    assert small and all("kept as a range" in r["What the importer did"] for r in small)


def test_a_change_reaches_both_years_of_every_country_it_covers(imported, world):
    dataset, _, book = imported
    cells = workbook_cells()
    before, after = _total_rows(cells, 2019), _total_rows(cells, 2020)
    exact = [
        rows[(rows["txtVALUE"] != "<5") & rows["Iso3_code"].isin(world)] for rows in (before, after)
    ]
    both = set(exact[0]["Iso3_code"]) & set(exact[1]["Iso3_code"])
    traced = trace_place_change(dataset, book, "world", V, 2020)
    wanted = [r for rows in exact for r in rows.loc[rows["Iso3_code"].isin(both), "sheet_row"]]
    assert traced.all_rows() == sorted(wanted)
    assert f"over the {len(both)} countries" in traced.rule


def test_a_share_reaches_the_rows_of_both_figures_it_was_made_of(imported):
    dataset, _, book = imported
    shown = with_derived_indicators(dataset)
    cells = workbook_cells()
    children = _total_rows(cells, 2020, age="0 to 17 years")
    children = children[children["txtVALUE"] != "<5"]
    totals = _total_rows(cells, 2020).set_index("Iso3_code")
    iso3 = next(c for c in children["Iso3_code"] if totals.loc[c, "txtVALUE"] != "<5")
    traced = trace_observation(shown, iso3, 2020, CHILDREN_SHARE, names=book.names())
    want = {
        int(children.loc[children["Iso3_code"] == iso3, "sheet_row"].iloc[0]),
        int(totals.loc[iso3, "sheet_row"]),
    }
    assert set(traced.all_rows()) == want
    assert "victims aged 0 to 17 / all detected victims" in traced.rule
    part = trace_observation(shown, iso3, 2020, V, Breakdown(age=CHILDREN))
    assert part.rows == (int(children.loc[children["Iso3_code"] == iso3, "sheet_row"].iloc[0]),)


def test_a_flow_shows_its_raw_origin_label_and_a_group_all_its_rows(imported):
    dataset, report, _ = imported
    flows = dataset.flows
    grouped = flows[flows["source_rows"].notna()].iloc[0]
    traced = trace_flow(
        dataset,
        grouped["origin"],
        grouped["destination"],
        int(grouped["year"]),
        grouped["indicator"],
    )
    rows = [int(r) for r in grouped["source_rows"].split(";")]
    assert traced.rows == tuple(rows) and len(rows) > 1
    table = source_rows_table(traced, report.source, row_notes(report))
    cells = workbook_cells()
    for row, shown in zip(rows, table.rows, strict=True):
        raw = cells.loc[row - 1]
        shown = dict(zip(table.columns, shown, strict=True))
        assert shown["Category"] == raw["Category"] and shown["Iso3_code"] == raw["Iso3_code"]
        assert shown["Dimension"] == "by citizenship"
        assert "rows sharing one breakdown" in shown["What the importer did"]


def test_a_flow_between_subregions_reaches_the_rows_of_every_country_flow(imported):
    from explorer.core.flows.settings import Between
    from explorer.core.places.book import PlaceKind, place_code
    from explorer.core.trace.place_flows import trace_place_flow
    from explorer.core.trace.places import all_names

    dataset, _, book = imported
    origin = place_code(PlaceKind.SUBREGION, "Sub-Saharan Africa")
    destination = place_code(PlaceKind.SUBREGION, "Western Europe")
    names = all_names(book)
    traced = trace_place_flow(
        dataset, book, Between.SUBREGIONS, origin, destination, 2020, V, names
    )
    assert len(traced.parts) > 3 and "country flows from Sub-Saharan Africa" in traced.rule
    exact = [float(p.shown.replace(",", "")) for p in traced.parts if p.shown[0].isdigit()]
    small = [p for p in traced.parts if p.shown == "<5"]
    low = sum(exact) + len(small)
    assert len(exact) + len(small) == len(traced.parts)
    assert traced.shown == (f"at least {low:,.0f}" if small else f"{low:,.0f}")
    cells = workbook_cells()
    west = book.get(destination).members
    rows = traced.all_rows()
    assert rows and rows == sorted({r for p in traced.parts for r in p.rows})
    for row in rows:
        raw = cells.loc[row - 1]
        assert raw["Iso3_code"] in west and raw["Year"] == "2020"
        assert raw["Dimension"] == "by citizenship" and raw["Indicator"] == V


def test_the_share_of_children_reaches_both_age_rows_of_every_country_it_covers(imported, world):
    from explorer.core.trace.places import trace_place_share

    dataset, _, book = imported
    cells = workbook_cells()
    ages = {
        age: _total_rows(cells, 2020, age=age).set_index("Iso3_code")
        for age in ("0 to 17 years", "18 years or over")
    }
    exact = [set(t.index[(t["txtVALUE"] != "<5")]) & world for t in ages.values()]
    both = exact[0] & exact[1]
    traced = trace_place_share(dataset, book, "world", V, 2020, "age", "Children (0-17)")
    want = sorted(int(ages[a].loc[c, "sheet_row"]) for a in ages for c in both)
    assert traced.all_rows() == want
    number = {
        a: ages[a].loc[sorted(both), "txtVALUE"].str.replace(",", "").astype(int) for a in ages
    }
    children, adults = number["0 to 17 years"].sum(), number["18 years or over"].sum()
    assert traced.shown == f"{children / (children + adults) * 100:.1f}%"
    assert f"over the {len(both)} countries of World" in traced.rule
