"""What a trend chart of one country's figures draws: lines, ranges and gaps.

Why Qt-free: the rules are the point and deserve tests. Consecutive years with
exact figures are joined by a line; a missing year breaks the line (a gap, not
an interpolation); a suppressed year is a range from its lower to its upper
bound (1 to 4 for a GLOTIP ``<5``), never a point.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Trend:
    """The pieces of one series across ``years``."""

    years: tuple[int, ...]
    runs: tuple[tuple[tuple[int, float], ...], ...]  # each a line through consecutive exact years
    ranges: tuple[tuple[int, float, float], ...]  # (year, lower, upper) of bounded figures
    missing: tuple[int, ...]
    top: float  # the largest value or upper bound (0 when nothing)

    @property
    def empty(self) -> bool:
        return not self.runs and not self.ranges


def trend(series: pd.DataFrame, years: Sequence[int]) -> Trend:
    """Split ``series`` (index year; value, lower, upper) over every year of ``years``."""
    runs: list[list[tuple[int, float]]] = []
    ranges: list[tuple[int, float, float]] = []
    missing: list[int] = []
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
        if not (math.isnan(lower) and math.isnan(upper)):
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
        top,
    )
