"""A place's figures the way UNODC computes them: totals with N, changes on constant sets.

Why these rules (DESIGN.md section 2, "places"): countries report different
years, so a sum over "whoever reported" rises whenever reporting rises. The
rules below keep every figure comparable and say how many countries it covers:

- Total: the sum of the exact figures of the place's countries that year.
  Countries that reported only a ``<5`` are counted apart, as a range.
- Change since the previous year: over the countries with an exact figure in
  both the year and the calendar year before; a ``<5`` or a gap in either year
  leaves the country out.
- Trend: each year's change on its own constant set, chained into an index
  (first year = 100) that only moves with countries that reported both years.
- Shares (children, girls, forms ...): over the countries that reported every
  part of the breakdown with an exact figure; the range with the ``<5`` parts
  of the other reporting countries is given beside it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from explorer.core.places.grid import Grid

CONTRIBUTORS = 3  # countries listed as driving a change, each way


@dataclass(frozen=True)
class PlaceTotal:
    """The sum of a place's exact figures in one year, and what was left out."""

    year: int
    exact_sum: float
    exact_countries: int
    bounded_countries: int  # reported only a <5 (or other range)
    bounded_low: float  # sum of their lower bounds
    bounded_high: float  # sum of their upper bounds
    members: int

    @property
    def reporting(self) -> int:
        return self.exact_countries + self.bounded_countries

    @property
    def low(self) -> float:
        return self.exact_sum + self.bounded_low

    @property
    def high(self) -> float:
        return self.exact_sum + self.bounded_high


@dataclass(frozen=True)
class Contribution:
    """One country's part in a change: its figure in both years."""

    iso3: str
    before: float
    after: float

    @property
    def difference(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class PlaceChange:
    """The change from ``previous_year`` to ``year`` over a constant set of countries."""

    year: int
    previous_year: int
    before: float
    after: float
    countries: int
    rises: tuple[Contribution, ...] = ()
    falls: tuple[Contribution, ...] = ()

    @property
    def pct(self) -> float | None:
        if self.countries == 0 or self.before == 0:
            return None
        return (self.after - self.before) / self.before * 100


@dataclass(frozen=True)
class TrendYear:
    """One year of a place's trend: who reported, the exact total, the constant-set change."""

    year: int
    reporting: int
    exact_countries: int
    total: float
    change: PlaceChange | None
    index: float | None  # chained index, first year of a run = 100


@dataclass(frozen=True)
class Share:
    """One part's share of a breakdown over the countries that reported all parts exactly."""

    label: str
    numerator: float
    denominator: float
    countries: int  # reported every part exactly: the share's N
    reporting: int  # reported every part, some as <5
    low: float | None  # share range with the <5 parts of the other reporting countries
    high: float | None

    @property
    def share(self) -> float | None:
        return self.numerator / self.denominator if self.countries and self.denominator else None

    @property
    def pct(self) -> float | None:
        share = self.share
        return None if share is None else share * 100


def total_in(grid: Grid, mask: np.ndarray, year: int) -> PlaceTotal:
    """The place's total in ``year`` (all zeros when the year is not in the grid)."""
    members = int(mask.sum())
    j = grid.column(year)
    if j is None:
        return PlaceTotal(int(year), 0.0, 0, 0, 0.0, 0.0, members)
    exact = grid.exact[mask, j]
    bounded = grid.is_bounded[mask, j]
    return PlaceTotal(
        int(year),
        float(np.nansum(exact)),
        int((~np.isnan(exact)).sum()),
        int(bounded.sum()),
        float(grid.lower[mask, j][bounded].sum()),
        float(grid.upper[mask, j][bounded].sum()),
        members,
    )


def _change(
    grid: Grid, mask: np.ndarray, j: int, contributors: int, codes: Sequence[str] | None
) -> PlaceChange | None:
    """Change from column j-1 to column j when they are consecutive calendar years."""
    if j <= 0 or grid.years[j] - grid.years[j - 1] != 1:
        return None
    before, after = grid.exact[mask, j - 1], grid.exact[mask, j]
    both = ~np.isnan(before) & ~np.isnan(after)
    rises: tuple[Contribution, ...] = ()
    falls: tuple[Contribution, ...] = ()
    if contributors and codes is not None and both.any():
        members = np.asarray(codes, dtype=object)[mask][both]
        b, a = before[both], after[both]
        diff = a - b
        order = np.lexsort((members.astype(str), -diff))
        rises = tuple(
            Contribution(str(members[i]), float(b[i]), float(a[i]))
            for i in order[:contributors]
            if diff[i] > 0
        )
        order = np.lexsort((members.astype(str), diff))
        falls = tuple(
            Contribution(str(members[i]), float(b[i]), float(a[i]))
            for i in order[:contributors]
            if diff[i] < 0
        )
    return PlaceChange(
        grid.years[j],
        grid.years[j - 1],
        float(before[both].sum()),
        float(after[both].sum()),
        int(both.sum()),
        rises,
        falls,
    )


def change_in(grid: Grid, mask: np.ndarray, year: int) -> PlaceChange | None:
    """The change into ``year`` from the year before, with the countries that drive it.

    None when ``year`` or the year before has no figures of this indicator at all.
    """
    j = grid.column(year)
    if j is None:
        return None
    return _change(grid, mask, j, CONTRIBUTORS, grid.codes)


def trend_of(grid: Grid, mask: np.ndarray) -> tuple[TrendYear, ...]:
    """Every year: reporting countries, exact total, constant-set change and chained index."""
    exact = grid.exact[mask]
    reporting = grid.reported[mask].sum(axis=0)
    counts = (~np.isnan(exact)).sum(axis=0)
    totals = np.nansum(exact, axis=0)
    out: list[TrendYear] = []
    index: float | None = None
    for j, year in enumerate(grid.years):
        change = _change(grid, mask, j, 0, None)
        pct = change.pct if change is not None else None
        if index is not None and pct is not None:
            index = index * (1 + pct / 100)
        elif counts[j]:
            index = 100.0  # a run of the chain starts (again) here
        else:
            index = None
        out.append(
            TrendYear(year, int(reporting[j]), int(counts[j]), float(totals[j]), change, index)
        )
    return tuple(out)


def shares_in(parts: Mapping[str, Grid], mask: np.ndarray, year: int) -> tuple[Share, ...]:
    """Each part's share of the parts' sum, over the countries that reported all parts exactly.

    The range (``low``/``high``) adds the countries that reported every part
    with some ``<5``: each share at its lowest (this part at its lower bounds,
    the others at their upper bounds) and at its highest.
    """
    grids = list(parts.values())
    columns = [g.column(year) for g in grids]
    if not grids or any(j is None for j in columns):
        return tuple(Share(label, 0.0, 0.0, 0, 0, None, None) for label in parts)
    exact = np.stack([g.exact[mask, j] for g, j in zip(grids, columns, strict=True)])
    reported = np.stack([g.reported[mask, j] for g, j in zip(grids, columns, strict=True)])
    lows = np.stack(
        [
            np.where(np.isnan(g.exact[mask, j]), g.lower[mask, j], g.exact[mask, j])
            for g, j in zip(grids, columns, strict=True)
        ]
    )
    highs = np.stack(
        [
            np.where(np.isnan(g.exact[mask, j]), g.upper[mask, j], g.exact[mask, j])
            for g, j in zip(grids, columns, strict=True)
        ]
    )
    complete = ~np.isnan(exact).any(axis=0)
    every = reported.all(axis=0)
    numerators = exact[:, complete].sum(axis=1)
    denominator = float(numerators.sum())
    low_sum = np.nan_to_num(lows[:, every], nan=0.0).sum(axis=1)
    high_sum = np.nan_to_num(highs[:, every], nan=0.0).sum(axis=1)
    bounded = bool((every & ~complete).any())
    shares = []
    for k, label in enumerate(parts):
        low = high = None
        if bounded:
            rest_low = float(low_sum.sum() - low_sum[k])
            rest_high = float(high_sum.sum() - high_sum[k])
            low = _ratio(float(low_sum[k]), float(low_sum[k]) + rest_high)
            high = _ratio(float(high_sum[k]), float(high_sum[k]) + rest_low)
        shares.append(
            Share(
                label,
                float(numerators[k]),
                denominator,
                int(complete.sum()),
                int(every.sum()),
                low,
                high,
            )
        )
    return tuple(shares)


def _ratio(part: float, whole: float) -> float | None:
    if not whole or math.isinf(whole) or math.isnan(whole):
        return None if not whole or math.isnan(whole) else 0.0
    return part / whole
