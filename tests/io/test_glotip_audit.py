"""The audit's cases on the shared GLOTIP workbook, each checked against the file's own rows."""

from __future__ import annotations

import pandas as pd
import pytest

from explorer.core.data.breakdown import FORM_DIMENSION, Breakdown
from explorer.core.data.schema import DOMESTIC, UNKNOWN
from explorer.core.indicators.consistency import warnings_for
from explorer.core.indicators.country_flow_table import flow_table
from tests.shared_data import GLOTIP_WORKBOOK, workbook_cells

pytestmark = pytest.mark.skipif(
    not GLOTIP_WORKBOOK.exists(), reason="the shared GLOTIP workbook is not beside the clone"
)
V = "Detected trafficking victims"
KEY = ["Iso3_code", "Year", "Indicator", "Dimension", "Category", "Sex", "Age"]


@pytest.fixture(scope="module")
def cells() -> pd.DataFrame:
    return workbook_cells()


@pytest.fixture(scope="module")
def imported(glotip_import):
    return glotip_import


def _value(text: str) -> float:
    return float(text.replace(",", ""))


def _rows(cells, **where) -> pd.DataFrame:
    mask = pd.Series(True, index=cells.index)
    for column, value in where.items():
        mask &= cells[column] == value
    return cells[mask]


def test_the_three_other_forms_rows_of_the_philippines_2018_are_summed(cells, imported):
    dataset, _ = imported
    rows = _rows(
        cells,
        Iso3_code="PHL",
        Year="2018",
        Indicator=V,
        Dimension="by form of exploitation",
        Category="Other forms of exploitation",
        Sex="Total",
        Age="Total",
    )
    assert len(rows) == 3
    other = Breakdown(FORM_DIMENSION, "Other forms of exploitation")
    assert dataset.values(V, 2018, other).loc["PHL", "value"] == rows["txtVALUE"].map(_value).sum()
    assert dataset.parts_of("PHL", V, 2018, other) == 3


@pytest.mark.parametrize(("iso3", "year"), [("NAM", "2020"), ("PAN", "2021")])
def test_an_unlabelled_part_of_the_total_is_origin_not_stated(cells, imported, iso3, year):
    dataset, _ = imported
    blank = _rows(cells, Iso3_code=iso3, Year=year, Indicator=V, Dimension="by citizenship")
    blank = blank[blank["Category"].str.strip() == ""]
    (text,) = blank["txtVALUE"]
    total = (
        _rows(
            cells,
            Iso3_code=iso3,
            Year=year,
            Indicator=V,
            Dimension="Total",
            Sex="Total",
            Age="Total",
        )["txtVALUE"]
        .map(_value)
        .iloc[0]
    )
    assert _value(text) < total
    flows = dataset.flows_for(int(year), V)
    unknown = flows[(flows["destination"] == iso3) & (flows["origin"] == UNKNOWN)]
    assert unknown["value"].sum() == _value(text)


def test_own_nationals_named_twice_are_listed_once(cells, imported):
    dataset, _ = imported
    rows = _rows(cells, Iso3_code="SLB", Year="2019", Indicator=V, Dimension="by citizenship")
    own = rows[rows["Category"].isin(["Nationals", "Solomon Islands"])]
    assert sorted(own["txtVALUE"]) == ["8", "8"]
    table = flow_table(dataset, {}, "SLB", 2019, V, "origins")
    codes = [r.code for r in table.rows]
    assert codes.count(DOMESTIC) + codes.count("SLB") == 1
    assert next(r.figure.number for r in table.rows if r.code == DOMESTIC) == 8


@pytest.mark.parametrize(("iso3", "year"), [("QAT", "2019"), ("DEU", "2012")])
def test_contradictions_in_the_file_are_flagged_on_the_figure(cells, imported, iso3, year):
    dataset, report = imported
    rows = _rows(
        cells,
        Iso3_code=iso3,
        Year=year,
        Indicator=V,
        Dimension="Total",
        Category="Total",
        Age="Total",
    )
    total = rows[rows["Sex"] == "Total"]["txtVALUE"].iloc[0]
    parts = rows[rows["Sex"].isin(["Female", "Male"]) & (rows["txtVALUE"] != "<5")]
    exact = parts["txtVALUE"].map(_value)
    said = warnings_for(dataset, iso3, V, int(year))
    if total == "<5":
        assert f"The total is <5, but female + male add up to {exact.sum():,.0f}." in said
    else:
        assert exact.max() > _value(total) or exact.sum() > _value(total)
        assert any("above the total" in w or "more than the total" in w for w in said)
    listed = [c for c in report.consistency if (c[0], c[1], c[2]) == (iso3, int(year), V)]
    assert [c[5] for c in listed] == said


def test_every_group_of_rows_sharing_a_breakdown_is_in_the_report(cells, imported):
    _, report = imported
    observations = cells[~cells["Dimension"].isin(["by citizenship", "by country of repatriation"])]
    observations = observations[observations["Iso3_code"].str.fullmatch(r"[A-Z]{3}", na=False)]
    groups = observations.groupby(KEY, dropna=False)["txtVALUE"]
    differing = int((groups.nunique() > 1).sum())
    listed = [c for c in report.conflicts if c.key[3] not in ("by citizenship",)]
    assert len(listed) == differing
    assert {c.rule for c in report.conflicts} == {"parts", "repeats"}
    assert report.resolved_share > 0.996
