"""Place figures on the shared GLOTIP workbook, against the same figures computed here with pandas.

The rules (DESIGN.md section 2, places): a change between two years is over the
countries with an exact figure in both; the children's share over the countries
that reported both age groups (sex total) exactly. Computed below straight from
the workbook's cells, without the app's reader.
"""

from __future__ import annotations

import pandas as pd
import pyogrio
import pytest

from explorer.core.geo.countries import load_countries
from explorer.core.geo.locations import countries_gpkg
from explorer.core.places.book import PlaceBook
from explorer.core.places.summary import summarise
from explorer.core.places.summary_json import summary_json
from tests.shared_data import GLOTIP_WORKBOOK, workbook_cells

pytestmark = pytest.mark.skipif(
    not GLOTIP_WORKBOOK.exists(), reason="the shared GLOTIP workbook is not beside the clone"
)
VICTIMS = "Detected trafficking victims"


@pytest.fixture(scope="module")
def cells() -> pd.DataFrame:
    """The workbook's rows as text, header row found by its first cell."""
    return workbook_cells()


@pytest.fixture(scope="module")
def members() -> dict[str, set[str]]:
    """Codes of the World and of each UN region, read from the bundled GeoPackage directly."""
    table = pyogrio.read_dataframe(countries_gpkg(), layer="countries", read_geometry=False)
    table = table[table["region"].notna() & (table["region"] != "Antarctica")]
    found = {"world": set(table["iso3"])}
    for region, rows in table.groupby("region"):
        found[f"region:{region}"] = set(rows["iso3"])
    return found


@pytest.fixture(scope="module")
def imported(glotip_import):
    dataset, _ = glotip_import
    return dataset, PlaceBook(load_countries())


def _totals(cells: pd.DataFrame, age: str = "Total") -> pd.DataFrame:
    rows = cells[
        (cells["Indicator"] == VICTIMS)
        & (cells["Dimension"] == "Total")
        & (cells["Category"] == "Total")
        & (cells["Sex"] == "Total")
        & (cells["Age"] == age)
    ]
    assert not rows.duplicated(["Iso3_code", "Year"]).any(), "one row per country and year"
    exact = rows[rows["txtVALUE"].str.strip() != "<5"]
    return exact.assign(
        year=exact["Year"].astype(int),
        value=exact["txtVALUE"].str.replace(",", "").astype(int),
    )[["Iso3_code", "year", "value"]]


@pytest.mark.parametrize("place", ["world", "region:Europe", "region:Americas"])
def test_the_change_2019_to_2020_is_over_the_countries_that_reported_both_years(
    cells, members, imported, place
):
    exact = _totals(cells)
    exact = exact[exact["Iso3_code"].isin(members[place])]
    wide = exact.pivot(index="Iso3_code", columns="year", values="value")
    both = wide[[2019, 2020]].dropna()
    expected = (both[2020].sum() - both[2019].sum()) / both[2019].sum() * 100

    dataset, book = imported
    summary = summarise(dataset, book, place, VICTIMS, 2020)
    assert summary.change.countries == len(both)
    assert summary.change.before == both[2019].sum()
    assert summary.change.after == both[2020].sum()
    assert summary.change.pct == pytest.approx(expected)
    assert summary_json(summary)["change_pct"] == round(expected, 2)
    # Naive sums over whoever reported each year would give another answer:
    naive = wide[2020].sum() / wide[2019].sum() * 100 - 100
    assert round(naive, 1) != round(expected, 1)


def test_the_world_total_2020_is_the_sum_of_exact_figures_with_its_n(cells, members, imported):
    exact = _totals(cells)
    exact = exact[(exact["year"] == 2020) & exact["Iso3_code"].isin(members["world"])]
    rows = cells[
        (cells["Indicator"] == VICTIMS)
        & (cells["Dimension"] == "Total")
        & (cells["Category"] == "Total")
        & (cells["Sex"] == "Total")
        & (cells["Age"] == "Total")
        & (cells["Year"] == "2020")
        & cells["Iso3_code"].isin(members["world"])
    ]
    dataset, book = imported
    summary = summarise(dataset, book, "world", VICTIMS, 2020)
    assert summary.total.exact_sum == exact["value"].sum()
    assert summary.total.exact_countries == len(exact)
    assert summary.total.reporting == len(rows)
    assert summary.total.members == len(members["world"])
    suppressed = int((rows["txtVALUE"].str.strip() == "<5").sum())
    assert (summary.total.low, summary.total.high) == (
        exact["value"].sum() + suppressed,
        exact["value"].sum() + 4 * suppressed,
    )


def test_the_childrens_share_2020_is_over_the_countries_that_reported_both_age_groups(
    cells, members, imported
):
    children = _totals(cells, "0 to 17 years")
    adults = _totals(cells, "18 years or over")
    both = children.merge(adults, on=["Iso3_code", "year"], suffixes=("_c", "_a"))
    both = both[(both["year"] == 2020) & both["Iso3_code"].isin(members["world"])]
    expected = both["value_c"].sum() / (both["value_c"].sum() + both["value_a"].sum()) * 100

    dataset, book = imported
    summary = summarise(dataset, book, "world", VICTIMS, 2020)
    share = summary.share("age", "Children (0-17)")
    assert share.countries == len(both)
    assert share.pct == pytest.approx(expected)
    out = summary_json(summary)
    assert out["children_share_pct"] == round(expected, 2)
    assert out["children_countries"] == len(both)
