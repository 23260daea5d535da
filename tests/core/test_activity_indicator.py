"""Activities become a map indicator: counted per year under way, zeros only where listed."""

from __future__ import annotations

import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.indicators.activities import (
    ACTIVITY_INDICATOR,
    activity_counts,
    with_activity_indicator,
)


def _activities() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "dataset": "t",
            "iso3": ["NGA", "NGA", "ITA", "ITA"],
            "title": ["a", "b", "c", "undated"],
            "kind": "training",
            "start": pd.to_datetime(["2016-05-01", "2018-01-01", "2019-03-01", None]),
            "end": pd.to_datetime(["2018-06-30", None, "2019-04-01", None]),
        }
    )


def test_counts_follow_the_years_each_activity_is_under_way():
    counts = activity_counts(_activities(), [2015, 2016, 2017, 2018, 2019, 2020], "t")
    table = counts.pivot(index="iso3", columns="year", values="value")
    assert table.loc["NGA"].tolist() == [0, 1, 1, 2, 1, 1]  # b runs on: no end date
    assert table.loc["ITA"].tolist() == [0, 0, 0, 0, 1, 0]  # the undated one is not placed


def test_dataset_gains_the_indicator_and_unlisted_countries_have_no_figure():
    observations = pd.DataFrame(
        {
            "dataset": "t",
            "iso3": ["NGA", "BRA"],
            "year": [2016, 2018],
            "indicator": "Detected trafficking victims",
            "value": [10.0, 20.0],
        }
    )
    dataset = with_activity_indicator(
        Dataset("t", observations=observations, activities=_activities())
    )
    assert dataset.indicators()[-1] == ACTIVITY_INDICATOR
    values = dataset.values(ACTIVITY_INDICATOR, 2017)
    assert values.loc["NGA", "value"] == 1 and values.loc["ITA", "value"] == 0
    assert "BRA" not in values.index
    assert dataset.years(ACTIVITY_INDICATOR) == [2016, 2017, 2018]


def test_a_dataset_without_activities_is_unchanged():
    dataset = Dataset("t")
    assert with_activity_indicator(dataset) is dataset


def test_an_activities_only_dataset_gets_the_indicator_over_its_own_years():
    import pandas as pd

    from explorer.core.data.dataset import Dataset
    from explorer.core.indicators.activities import ACTIVITY_INDICATOR, with_activity_indicator

    activities = pd.DataFrame(
        {
            "iso3": ["GHA", "GHA", "NGA"],
            "title": ["a", "b", "c"],
            "kind": ["training", "legal", "policy"],
            "status": ["completed", "ongoing", "planned"],
            "start": pd.to_datetime(["2021-03-01", "2022-01-01", "2024-05-01"]),
            "end": pd.to_datetime(["2021-12-31", None, "2025-06-30"]),
        }
    )
    shown = with_activity_indicator(Dataset("activities", activities=activities))
    assert shown.years(ACTIVITY_INDICATOR) == [2021, 2022, 2023, 2024, 2025]
    assert shown.values(ACTIVITY_INDICATOR, 2022).loc["GHA", "value"] == 1
    assert shown.values(ACTIVITY_INDICATOR, 2025).loc["NGA", "value"] == 1
