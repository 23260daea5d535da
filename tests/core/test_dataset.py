"""Queries the map and the detail panel ask, on a small dataset whose answers are known."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from explorer.core.data.breakdown import CHILDREN, FORM_DIMENSION, Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.provenance import Provenance
from explorer.core.data.schema import (
    ACTIVITY_DTYPES,
    FLOW_DTYPES,
    OBSERVATION_DTYPES,
    SUPPRESSED,
    UNKNOWN,
)
from explorer.core.data.values import format_value

NAN = float("nan")
T = "Total"
V = "Victims"
C = "Convicted"


def _obs(
    iso3,
    year,
    value,
    indicator=V,
    dimension=T,
    category=T,
    sex=T,
    age=T,
    lower=NAN,
    upper=NAN,
    flag="",
):
    return dict(
        iso3=iso3,
        year=year,
        indicator=indicator,
        dimension=dimension,
        category=category,
        sex=sex,
        age=age,
        value=value,
        lower=lower,
        upper=upper,
        flag=flag,
    )


def _flow(origin, destination, value, label, year=2018, lower=NAN, upper=NAN, flag=""):
    return dict(
        origin=origin,
        destination=destination,
        year=year,
        indicator=V,
        value=value,
        lower=lower,
        upper=upper,
        flag=flag,
        origin_label=label,
    )


def _suppressed() -> dict:
    return dict(value=NAN, lower=1.0, upper=4.0, flag=SUPPRESSED)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    observations = pd.DataFrame(
        [
            _obs("AAA", 2018, 100),
            _obs("AAA", 2019, 120),
            _obs("AAA", 2021, 150),  # 2020 missing
            _obs("AAA", 2018, 60, sex="Female"),
            _obs("AAA", 2018, 40, sex="Male"),
            _obs("AAA", 2018, 10, sex="Female", age=CHILDREN),
            _obs("AAA", 2018, 50, dimension=FORM_DIMENSION, category="Sexual exploitation"),
            _obs(
                "AAA", 2018, 30, dimension="by citizenship", category="BBB"
            ),  # a flow, not a map key
            _obs("BBB", 2018, **_suppressed()),
            _obs("BBB", 2019, 7),
            _obs("CCC", 2018, 30),
            _obs("CCC", 2018, 35),  # duplicate: the last one wins
            _obs("DDD", 2020, 9, indicator=C, dimension=None, category=None, sex=None, age=None),
        ]
    )
    flows = pd.DataFrame(
        [
            _flow("CCC", "AAA", **_suppressed(), label="Gamma"),
            _flow("EEE", "AAA", 1, "Epsilon"),
            _flow("BBB", "AAA", 25, "Beta"),
            _flow("AAA", "AAA", 40, "Nationals"),
            _flow(UNKNOWN, "AAA", 5, "Unknown"),
            _flow("REGION:Africa", "AAA", 12, "Africa others"),
            _flow("BBB", "AAA", 30, "Beta"),  # duplicate: the last one wins
            _flow("AAA", "BBB", 8, "Alpha"),
            _flow("AAA", "BBB", 9, "Alpha", year=2019),
        ]
    )
    activities = pd.DataFrame(
        [
            dict(
                iso3="AAA",
                title="Old",
                kind="training",
                reference="R-1",
                start=pd.Timestamp("2015-03-01"),
                end=pd.Timestamp("2015-06-01"),
            ),
            dict(
                iso3="AAA",
                title="Shared",
                kind="legal",
                reference="R-2",
                start=pd.Timestamp("2020-01-01"),
                end=pd.Timestamp("2021-01-01"),
            ),
            dict(
                iso3="BBB",
                title="Shared",
                kind="legal",
                reference="R-2",
                start=pd.Timestamp("2020-01-01"),
                end=pd.Timestamp("2021-01-01"),
            ),
            dict(
                iso3="AAA",
                title="<img src=x onerror=alert(1)>",
                kind="other",
                reference="R-3",
                start=pd.NaT,
                end=pd.NaT,
            ),
        ]
    )
    return Dataset("Hand-made", Provenance(publisher="Test"), observations, flows, activities)


def test_frames_are_conformed_to_the_schema(dataset: Dataset) -> None:
    assert dict(dataset.observations.dtypes.astype(str)) == dict(OBSERVATION_DTYPES)
    assert dict(dataset.flows.dtypes.astype(str)) == dict(FLOW_DTYPES)
    assert dict(dataset.activities.dtypes.astype(str)) == dict(ACTIVITY_DTYPES)


def test_indicators_and_years(dataset: Dataset) -> None:
    assert dataset.indicators() == [V, C]
    assert dataset.flow_indicators() == [V]
    assert dataset.years(V) == [2018, 2019, 2021]
    assert dataset.years(C) == [2020]
    assert dataset.years() == [2018, 2019, 2020, 2021]


def test_breakdowns_total_first_and_no_citizenship(dataset: Dataset) -> None:
    assert [b.label for b in dataset.breakdowns(V)] == [
        "Total",
        "Female",
        "Male",
        "Girls",
        "Sexual exploitation",
    ]
    assert dataset.breakdowns(C) == [Breakdown.TOTAL]  # missing fields read as Total


def test_values_for_a_year(dataset: Dataset) -> None:
    values = dataset.values(V, 2018)
    assert list(values.columns) == ["value", "lower", "upper", "flag"]
    assert values.index.name == "iso3"
    assert sorted(values.index) == ["AAA", "BBB", "CCC"]
    assert values.loc["AAA", "value"] == 100
    assert values.loc["CCC", "value"] == 35  # duplicates rule: the last row wins
    assert dataset.duplicate_observations == 1


def test_suppressed_cell_keeps_its_bounds_and_reads_less_than_five(dataset: Dataset) -> None:
    row = dataset.values(V, 2018).loc["BBB"]
    assert math.isnan(row["value"])
    assert (row["lower"], row["upper"], row["flag"]) == (1, 4, SUPPRESSED)
    assert format_value(row["value"], row["lower"], row["upper"], row["flag"]) == "<5"


def test_values_for_a_breakdown(dataset: Dataset) -> None:
    girls = dataset.values(V, 2018, Breakdown(sex="Female", age=CHILDREN))
    assert girls["value"].to_dict() == {"AAA": 10}
    forms = dataset.values(V, 2018, Breakdown(FORM_DIMENSION, "Sexual exploitation"))
    assert forms["value"].to_dict() == {"AAA": 50}


def test_values_for_a_missing_year_is_empty_with_columns(dataset: Dataset) -> None:
    values = dataset.values(V, 2020)
    assert values.empty
    assert list(values.columns) == ["value", "lower", "upper", "flag"]
    assert dataset.values("No such indicator", 2018).empty


def test_changing_a_result_does_not_change_the_dataset(dataset: Dataset) -> None:
    result = dataset.values(V, 2018)
    result.loc["AAA", "value"] = -1
    assert dataset.values(V, 2018).loc["AAA", "value"] == 100


def test_series_keeps_gaps(dataset: Dataset) -> None:
    series = dataset.series("AAA", V)
    assert list(series.index) == [2018, 2019, 2021]
    assert series["value"].tolist() == [100, 120, 150]
    assert dataset.series("ZZZ", V).empty


def test_series_of_suppressed_year(dataset: Dataset) -> None:
    series = dataset.series("BBB", V)
    assert series.loc[2018, "flag"] == SUPPRESSED
    assert series.loc[2019, "value"] == 7


def test_top_origins_largest_first_suppressed_last_nothing_dropped(dataset: Dataset) -> None:
    top = dataset.top_origins("AAA", 2018, V, n=None)
    assert list(top.columns) == ["code", "label", "value", "lower", "upper", "flag", "parts"]
    assert top["code"].tolist() == ["AAA", "BBB", "REGION:Africa", UNKNOWN, "EEE", "CCC"]
    assert top["label"].tolist()[:3] == ["Nationals", "Beta", "Africa others"]
    assert top.loc[1, "value"] == 30  # the later duplicate
    assert top.iloc[-1]["flag"] == SUPPRESSED
    assert dataset.duplicate_flows == 1


def test_top_origins_keeps_n(dataset: Dataset) -> None:
    assert dataset.top_origins("AAA", 2018, V, n=3)["code"].tolist() == [
        "AAA",
        "BBB",
        "REGION:Africa",
    ]
    assert dataset.top_origins("AAA", 2030, V).empty


def test_top_destinations(dataset: Dataset) -> None:
    top = dataset.top_destinations("AAA", 2018, V)
    assert top["code"].tolist() == ["AAA", "BBB"]
    assert top["value"].tolist() == [40, 8]


def test_flows_for_a_year(dataset: Dataset) -> None:
    assert len(dataset.flows_for(2018, V)) == 7
    assert dataset.flows_for(2019, V)["value"].tolist() == [9]
    assert dataset.flows_for(2018, "Other").empty


def test_activities_for_a_country_newest_first(dataset: Dataset) -> None:
    aaa = dataset.activities_for("AAA")
    assert aaa["reference"].tolist() == ["R-2", "R-1", "R-3"]
    assert aaa.iloc[-1]["title"] == "<img src=x onerror=alert(1)>"  # text, kept verbatim
    assert dataset.activities_for("BBB")["reference"].tolist() == ["R-2"]
    assert dataset.activities_for("CCC").empty


def test_countries_with_data_include_suppressed(dataset: Dataset) -> None:
    assert dataset.countries_with_data(V) == {"AAA", "BBB", "CCC"}
    assert dataset.countries_with_data(C) == {"DDD"}


def test_synthetic_comes_from_provenance(dataset: Dataset) -> None:
    assert not dataset.is_synthetic
    assert Dataset("x", Provenance(synthetic=True)).is_synthetic


def test_empty_dataset_answers_every_query() -> None:
    empty = Dataset("Empty")
    assert empty.indicators() == [] and empty.years() == []
    assert empty.breakdowns(V) == []
    assert empty.values(V, 2018).empty
    assert empty.top_origins("AAA", 2018, V).empty
    assert empty.activities_for("AAA").empty


def test_unknown_column_is_refused() -> None:
    with pytest.raises(ValueError, match="unexpected columns"):
        Dataset("Bad", observations=pd.DataFrame({"iso3": ["AAA"], "valeu": [1]}))


def test_flow_series_follows_one_pair_over_years():
    frame = pd.DataFrame(
        {
            "dataset": "t",
            "origin": ["NGA", "NGA", "NGA", "ITA"],
            "destination": ["ITA", "ITA", "ESP", "NGA"],
            "year": [2021, 2020, 2020, 2020],
            "indicator": "V",
            "value": [12.0, float("nan"), 3.0, 9.0],
            "lower": [float("nan"), 1.0, float("nan"), float("nan")],
            "upper": [float("nan"), 4.0, float("nan"), float("nan")],
            "flag": ["", "suppressed", "", ""],
        }
    )
    series = Dataset("t", flows=frame).flow_series("NGA", "ITA", "V")
    assert list(series.index) == [2020, 2021]
    assert series.loc[2020, "flag"] == "suppressed" and series.loc[2020, "upper"] == 4.0
    assert series.loc[2021, "value"] == 12.0
