"""Indicators computed from the loaded figures: shares of children and of women and girls,
and the change against the previous year.

Why derived, not stored: they must always agree with the figures they come
from (after a re-import or an alias), and they are arithmetic the user could
check by hand: exact figures only, never from a suppressed ``<5`` (a share or a
change of an unknown small number would be invented precision).

- Share of children among detected victims (%): victims aged 0 to 17 years /
  all detected victims x 100, per country and year, where both are exact.
- Share of women and girls among detected victims (%): female victims / all
  detected victims x 100, where both are exact.
- "<indicator>: change since the previous year (%)": (this year - previous
  year) / previous year x 100, the previous year being the calendar year
  before (a gap gives no change), both exact and the previous one not zero.
  Made for the count indicators of the dataset (the map draws it with a
  diverging palette around 0).
"""

from __future__ import annotations

import re
from typing import ClassVar

import pandas as pd

from explorer.core.data.breakdown import CHILDREN, Breakdown
from explorer.core.data.categories import CATEGORY_FLAG_PREFIX
from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import TOTAL
from explorer.core.indicators.kinds import REGIONAL_SUFFIX, count_indicators

VICTIMS = "Detected trafficking victims"
CHILDREN_SHARE = "Share of children among detected victims (%)"
WOMEN_GIRLS_SHARE = "Share of women and girls among detected victims (%)"
CHANGE_SUFFIX = ": change since the previous year (%)"


def is_change(indicator: str) -> bool:
    """True for a change indicator (drawn with a diverging palette centred on 0)."""
    return indicator.endswith(CHANGE_SUFFIX) or bool(_BETWEEN.search(indicator))


_BETWEEN = re.compile(r": change \d{4} to \d{4} \(%\)$")


def change_name(indicator: str, first: int, second: int) -> str:
    return f"{indicator}: change {first} to {second} (%)"


def with_change_between(dataset: Dataset, indicator: str, first: int, second: int) -> Dataset:
    """``dataset`` plus "<indicator>: change <first> to <second> (%)", dated ``second``.

    The difference map of two chosen years: (second - first) / first x 100 per
    country, exact figures only, the first not zero.
    """
    if first == second:
        raise ValueError("choose two different years")
    exact = ExactFigures(dataset)(indicator, Breakdown.TOTAL)
    start = exact[exact["year"] == first].assign(year=second)
    end = exact[exact["year"] == second]
    both = end.merge(start, on=["iso3", "year"], suffixes=("", "_before"))
    both = both[both["value_before"] != 0]
    both["value"] = (both["value"] - both["value_before"]) / both["value_before"] * 100
    rows = _rows(both, change_name(indicator, first, second), dataset.name)
    observations = pd.concat([dataset.observations, rows], ignore_index=True)
    return Dataset(
        dataset.name, dataset.provenance, observations, dataset.flows, dataset.activities
    )


class ExactFigures:
    """A dataset's exact figures (a value, not a category flag), grouped once by indicator
    and breakdown: every derived indicator reads one or two of these groups, and finding
    each by comparing five text columns over the whole table took a quarter of the launch
    on a GLOTIP workspace."""

    KEY: ClassVar[list[str]] = ["indicator", "dimension", "category", "sex", "age"]

    def __init__(self, dataset: Dataset) -> None:
        obs = dataset.observations
        flags = obs["flag"].fillna("").astype(str)
        exact = obs[obs["value"].notna() & ~flags.str.startswith(CATEGORY_FLAG_PREFIX)]
        self.rows = exact[["iso3", "year", "value"]]
        self.groups = exact[self.KEY].groupby(self.KEY, sort=False).indices if len(exact) else {}

    def __call__(self, indicator: str, breakdown: Breakdown) -> pd.DataFrame:
        """(iso3, year) -> value of one breakdown's exact figures (the last of repeats)."""
        key = (indicator, breakdown.dimension, breakdown.category, breakdown.sex, breakdown.age)
        positions = self.groups.get(key, [])
        frame = self.rows.iloc[positions].copy()
        frame["iso3"] = frame["iso3"].astype(str)
        frame["year"] = frame["year"].astype(int)
        return frame.drop_duplicates(["iso3", "year"], keep="last")


def _rows(frame: pd.DataFrame, indicator: str, dataset: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "dataset": dataset,
            "iso3": frame["iso3"].to_numpy(),
            "year": frame["year"].to_numpy(),
            "indicator": indicator,
            "dimension": TOTAL,
            "category": TOTAL,
            "sex": TOTAL,
            "age": TOTAL,
            "value": frame["value"].to_numpy(dtype=float),
            "flag": "",
        }
    )


def _share(exact: ExactFigures, part: Breakdown, name: str, dataset: str) -> pd.DataFrame:
    total = exact(VICTIMS, Breakdown.TOTAL)
    piece = exact(VICTIMS, part)
    both = piece.merge(total, on=["iso3", "year"], suffixes=("_part", "_total"))
    both = both[both["value_total"] > 0]
    both["value"] = both["value_part"] / both["value_total"] * 100
    return _rows(both, name, dataset)


def _change(exact: ExactFigures, indicator: str, dataset: str) -> pd.DataFrame:
    now = exact(indicator, Breakdown.TOTAL)
    before = now.assign(year=now["year"] + 1)
    both = now.merge(before, on=["iso3", "year"], suffixes=("", "_before"))
    both = both[both["value_before"] != 0]
    both["value"] = (both["value"] - both["value_before"]) / both["value_before"] * 100
    return _rows(both, indicator + CHANGE_SUFFIX, dataset)


def regional_name(indicator: str) -> str:
    return indicator + REGIONAL_SUFFIX


def _regional(
    exact_figures: ExactFigures, indicator: str, region_of: dict[str, str], dataset: str
) -> pd.DataFrame:
    """Each country's value is its UN region's total of exact figures that year.

    Why: "colour by regional totals" compares regions at a glance; a country
    without a figure still shows its region's total, which the legend note and
    the indicator's name say.
    """
    exact = exact_figures(indicator, Breakdown.TOTAL)
    exact["region"] = exact["iso3"].map(region_of)
    exact = exact.dropna(subset=["region"])
    totals = exact.groupby(["region", "year"], as_index=False)["value"].sum()
    members = pd.DataFrame({"iso3": list(region_of), "region": list(region_of.values())})
    rows = members.merge(totals, on="region")[["iso3", "year", "value"]]
    return _rows(rows, regional_name(indicator), dataset)


def with_derived_indicators(dataset: Dataset, region_of: dict[str, str] | None = None) -> Dataset:
    """``dataset`` plus the shares (when it has detected victims by age or sex), changes
    and, given ``region_of`` (iso3 -> UN region), regional totals of count indicators."""
    parts = []
    exact, name = ExactFigures(dataset), dataset.name
    if VICTIMS in dataset.indicators():
        parts.append(_share(exact, Breakdown(age=CHILDREN), CHILDREN_SHARE, name))
        parts.append(_share(exact, Breakdown(sex="Female"), WOMEN_GIRLS_SHARE, name))
    counts = count_indicators(dataset)
    parts += [_change(exact, indicator, name) for indicator in counts]
    if region_of:
        parts += [_regional(exact, indicator, region_of, name) for indicator in counts]
    parts = [part for part in parts if len(part)]
    if not parts:
        return dataset
    observations = pd.concat([dataset.observations, *parts], ignore_index=True)
    return Dataset(
        dataset.name, dataset.provenance, observations, dataset.flows, dataset.activities
    )
