""" "Assistance activities (number)": a map indicator derived from the activity list.

Why: desk officers ask where assistance goes, and the same map, classes,
legend and panel that show victims can show it, once the activity list becomes
observations: per country and year, the activities under way in that year.

Rules: an activity counts in every year from its start to its end (no end:
through the last year shown; no start: not counted, since it cannot be placed
in time). Countries that appear in the activity list get 0 in years without
activities, because the list records them; countries absent from it have no
figure ("no data"): an empty list is not evidence of no assistance. Counts of
activities are not suppressed: they are not counts of people.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset

ACTIVITY_INDICATOR = "Assistance activities (number)"


def activity_counts(activities: pd.DataFrame, years: Sequence[int], dataset: str) -> pd.DataFrame:
    """Observation rows (schema columns) counting activities under way per country and year."""
    years = sorted(int(y) for y in years)
    if activities.empty or not years:
        return pd.DataFrame(columns=["dataset", "iso3", "year", "indicator", "value"])
    start = activities["start"].dt.year.to_numpy(dtype="float64")
    end = activities["end"].dt.year.to_numpy(dtype="float64")
    end = np.where(np.isnan(end), years[-1], end)
    iso3 = activities["iso3"].astype("string").to_numpy(dtype=object)
    places = sorted({code for code in iso3 if isinstance(code, str)})
    index = {code: i for i, code in enumerate(places)}
    counts = np.zeros((len(places), len(years)), dtype="int64")
    year_array = np.array(years)
    for code, first, last in zip(iso3, start, end, strict=True):
        if isinstance(code, str) and not np.isnan(first):
            counts[index[code]] += (year_array >= first) & (year_array <= last)
    rows = np.repeat(np.array(places, dtype=object), len(years))
    return pd.DataFrame(
        {
            "dataset": dataset,
            "iso3": rows,
            "year": np.tile(year_array, len(places)),
            "indicator": ACTIVITY_INDICATOR,
            "value": counts.ravel().astype("float64"),
            "flag": "",
        }
    )


def with_activity_indicator(dataset: Dataset) -> Dataset:
    """The same dataset plus the activities indicator, over the span of years it covers."""
    if dataset.activities.empty or ACTIVITY_INDICATOR in dataset.indicators():
        return dataset
    years = dataset.years() or _activity_years(dataset.activities)
    if not years:
        return dataset
    span = range(years[0], years[-1] + 1)  # every year of the span, gaps included
    counts = activity_counts(dataset.activities, span, dataset.name)
    observations = pd.concat([dataset.observations, counts], ignore_index=True)
    return Dataset(
        dataset.name, dataset.provenance, observations, dataset.flows, dataset.activities
    )


def _activity_years(activities: pd.DataFrame) -> list[int]:
    """The years an activity list spans (for a dataset holding activities only)."""
    stamps = pd.concat([activities["start"], activities["end"]]).dropna()
    if stamps.empty:
        return []
    return list(range(int(stamps.dt.year.min()), int(stamps.dt.year.max()) + 1))
