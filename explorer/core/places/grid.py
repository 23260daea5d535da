"""One indicator and breakdown as a country x year grid: exact figures, bounds, reported.

Why a grid: a place's total, its change on a constant set of countries, its
trend and its shares are sums over the place's rows of a few arrays. Built
once per dataset, indicator and breakdown, every summary afterwards is numpy
on a boolean mask (all places for all years well under a second).

A cell is *exact* when it has a value and is not suppressed or a partial sum;
*bounded* when it only has bounds (a GLOTIP ``<5``: 1 to 4); *reported* when
it is either. Categorical cells (levels such as tiers) are never exact here:
they are not quantities.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from explorer.core.breakdown import Breakdown
from explorer.core.categories import CATEGORY_FLAG_PREFIX
from explorer.core.dataset import Dataset
from explorer.core.schema import SUPPRESSED
from explorer.core.values import AT_LEAST


@dataclass(frozen=True, eq=False)
class Grid:
    """Arrays of shape (countries, years); NaN where a cell has no such number."""

    codes: tuple[str, ...]
    years: tuple[int, ...]
    exact: np.ndarray  # the value where exact, else NaN
    lower: np.ndarray  # lower bound of a bounded cell, else NaN
    upper: np.ndarray  # upper bound of a bounded cell, else NaN

    @property
    def is_exact(self) -> np.ndarray:
        return ~np.isnan(self.exact)

    @property
    def is_bounded(self) -> np.ndarray:
        return np.isnan(self.exact) & ~(np.isnan(self.lower) & np.isnan(self.upper))

    @property
    def reported(self) -> np.ndarray:
        return self.is_exact | self.is_bounded

    def column(self, year: int) -> int | None:
        """Position of ``year`` among the grid's years, or None."""
        try:
            return self.years.index(int(year))
        except ValueError:
            return None


@cache
def _row_of(codes: tuple[str, ...]) -> dict[str, int]:
    return {c: i for i, c in enumerate(codes)}


def _empty(codes: Sequence[str], years: Sequence[int]) -> Grid:
    nan = np.full((len(codes), len(years)), np.nan)
    return Grid(tuple(codes), tuple(years), nan, nan.copy(), nan.copy())


def build_grid(
    dataset: Dataset,
    codes: Sequence[str],
    indicator: str,
    breakdown: Breakdown,
    years: Sequence[int],
) -> Grid:
    """The grid of one indicator and breakdown over ``codes`` and ``years``."""
    grid = _empty(codes, years)
    cells = dataset.cells(indicator, breakdown)
    if not len(cells["iso3"]) or not len(years):
        return grid
    row_of = _row_of(tuple(codes))
    rows = np.fromiter((row_of.get(c, -1) for c in cells["iso3"]), np.int64, len(cells["iso3"]))
    year_axis = np.asarray(years, dtype="float64")
    cols = np.searchsorted(year_axis, cells["year"])
    cols = np.where(
        (cols < len(year_axis))
        & (year_axis[np.minimum(cols, len(year_axis) - 1)] == cells["year"]),
        cols,
        -1,
    )
    inside = (rows >= 0) & (cols >= 0)
    flags = cells["flag"]
    categorical = np.fromiter(
        (str(f).startswith(CATEGORY_FLAG_PREFIX) for f in flags), bool, len(flags)
    )
    loose = np.isin(flags, [SUPPRESSED, AT_LEAST])
    value, lower, upper = cells["value"], cells["lower"], cells["upper"]
    exact = ~np.isnan(value) & ~loose & ~categorical
    bounded = ~exact & ~categorical & ~(np.isnan(lower) & np.isnan(upper))
    for mask, target, source in (
        (inside & exact, grid.exact, value),
        (inside & bounded, grid.lower, np.where(np.isnan(lower), 0.0, lower)),
        (inside & bounded, grid.upper, np.where(np.isnan(upper), np.inf, upper)),
    ):
        target[rows[mask], cols[mask]] = source[mask]
    return grid


_GRIDS: weakref.WeakKeyDictionary[Dataset, dict[tuple[Any, ...], Grid]] = (
    weakref.WeakKeyDictionary()
)


def grid_of(
    dataset: Dataset, codes: Sequence[str], indicator: str, breakdown: Breakdown = Breakdown.TOTAL
) -> Grid:
    """``build_grid`` over every year of ``indicator``, memoised per dataset (read-only frames)."""
    cache = _GRIDS.setdefault(dataset, {})
    key = (tuple(codes), indicator, breakdown)
    if key not in cache:
        cache[key] = build_grid(dataset, codes, indicator, breakdown, dataset.years(indicator))
    return cache[key]
