"""What a trend chart of one country's figures draws: lines, ranges, gaps and levels.

Why Qt-free: the rules are the point and deserve tests. Consecutive years with
exact figures are joined by a line; a missing year breaks the line (a gap, not
an interpolation); a suppressed year is a range from its lower to its upper
bound (1 to 4 for a GLOTIP ``<5``), never a point. A categorical indicator
(TIP tiers) draws its ranks on an axis of its levels, and a year at a level
outside the order ("Special case", stored with no rank) is neither a point on
that axis nor a gap: it is listed in ``unranked``, to be marked apart.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.categories import indicator_levels, level_of
from explorer.core.data.dataset import Dataset


@dataclass(frozen=True)
class Trend:
    """The pieces of one series across ``years``."""

    years: tuple[int, ...]
    runs: tuple[tuple[tuple[int, float], ...], ...]  # each a line through consecutive exact years
    ranges: tuple[tuple[int, float, float], ...]  # (year, lower, upper) of bounded figures
    missing: tuple[int, ...]
    top: float  # the largest value or upper bound (0 when nothing)
    #: A categorical indicator's levels in order (rank 1 first); empty for numbers.
    levels: tuple[str, ...] = ()
    #: (year, level) of years at a level outside the order (e.g. "Special case").
    unranked: tuple[tuple[int, str], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.runs and not self.ranges and not self.unranked

    def level(self, rank: float) -> str | None:
        """The level of a rank (1 is the first level); None for numbers or an unknown rank."""
        index = round(rank) - 1
        return self.levels[index] if self.levels and 0 <= index < len(self.levels) else None


def trend(series: pd.DataFrame, years: Sequence[int], levels: Sequence[str] = ()) -> Trend:
    """Split ``series`` (index year; value, lower, upper, flag) over every year of ``years``.

    ``levels``: the indicator's ordered levels when it is categorical.
    """
    runs: list[list[tuple[int, float]]] = []
    ranges: list[tuple[int, float, float]] = []
    missing: list[int] = []
    unranked: list[tuple[int, str]] = []
    current: list[tuple[int, float]] = []
    top = 0.0
    for year in sorted(int(y) for y in years):
        row = series.loc[year] if year in series.index else None
        value = float(row["value"]) if row is not None else math.nan
        if not math.isnan(value):
            current.append((year, value))
            top = max(top, value)
            continue
        if current:
            runs.append(current)
            current = []
        lower = float(row["lower"]) if row is not None else math.nan
        upper = float(row["upper"]) if row is not None else math.nan
        outside = level_of(row.get("flag")) if row is not None else None
        if outside is not None:
            unranked.append((year, outside))
        elif not (math.isnan(lower) and math.isnan(upper)):
            low = 0.0 if math.isnan(lower) else lower
            high = low if math.isnan(upper) else upper
            ranges.append((year, low, high))
            top = max(top, high)
        else:
            missing.append(year)
    if current:
        runs.append(current)
    return Trend(
        tuple(int(y) for y in sorted(years)),
        tuple(tuple(run) for run in runs),
        tuple(ranges),
        tuple(missing),
        max(top, float(len(levels))),
        tuple(levels),
        tuple(unranked),
    )


def country_trend(
    dataset: Dataset, iso3: str, indicator: str, breakdown: Breakdown = Breakdown.TOTAL
) -> Trend:
    """One country's trend over the indicator's years, on its levels when categorical."""
    series = dataset.series(iso3, indicator, breakdown)
    categorical = any(level_of(flag) is not None for flag in series["flag"])
    levels = indicator_levels(dataset.observations, indicator)[0] if categorical else ()
    return trend(series, dataset.years(indicator), levels)
