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
import pandas as pd

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.categories import CATEGORY_FLAG_PREFIX
from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import SUPPRESSED
from explorer.core.data.values import AT_LEAST


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


def _lookup(values: np.ndarray, rule, dtype) -> np.ndarray:
    """``rule`` of every value, applied once per distinct value (there are few)."""
    positions, uniques = pd.factorize(values, use_na_sentinel=False)
    return np.array([rule(u) for u in uniques], dtype=dtype).reshape(-1)[positions]


def _empty(codes: Sequence[str], years: Sequence[int]) -> Grid:
    nan = np.full((len(codes), len(years)), np.nan)
    return Grid(tuple(codes), tuple(years), nan, nan.copy(), nan.copy())


def build_grids(
    dataset: Dataset,
    codes: Sequence[str],
    indicator: str,
    breakdowns: Sequence[Breakdown],
    years: Sequence[int],
) -> dict[Breakdown, Grid]:
    """The grids of ``breakdowns`` of ``indicator`` over ``codes`` and ``years``, in one pass."""
    cells, slices = dataset.breakdown_cells(indicator)
    grids = {b: _empty(codes, years) for b in breakdowns}
    wanted = [(b, slices[b]) for b in breakdowns if b in slices]
    if not wanted or not len(years):
        return grids
    take = np.concatenate([np.arange(part.start, part.stop) for _, part in wanted])
    cells = {name: column[take] for name, column in cells.items()}
    row_of = _row_of(tuple(codes))
    rows = _lookup(cells["iso3"], lambda code: row_of.get(code, -1), np.int64)
    year_axis = np.asarray(years, dtype="float64")
    cols = np.searchsorted(year_axis, cells["year"])
    known = year_axis[np.minimum(cols, len(year_axis) - 1)] == cells["year"]
    cols = np.where((cols < len(year_axis)) & known, cols, -1)
    inside = (rows >= 0) & (cols >= 0)
    flags = cells["flag"]
    categorical = _lookup(flags, lambda f: str(f).startswith(CATEGORY_FLAG_PREFIX), bool)
    loose = np.isin(flags, [SUPPRESSED, AT_LEAST])
    value, lower, upper = cells["value"], cells["lower"], cells["upper"]
    exact = inside & ~np.isnan(value) & ~loose & ~categorical
    bounded = inside & ~exact & ~categorical & ~(np.isnan(lower) & np.isnan(upper))
    lower, upper = np.where(np.isnan(lower), 0.0, lower), np.where(np.isnan(upper), np.inf, upper)
    start = 0
    for breakdown, part in wanted:
        piece = slice(start, start + part.stop - part.start)
        start = piece.stop
        grid, r, c = grids[breakdown], rows[piece], cols[piece]
        for mask, target, source in (
            (exact[piece], grid.exact, value[piece]),
            (bounded[piece], grid.lower, lower[piece]),
            (bounded[piece], grid.upper, upper[piece]),
        ):
            target[r[mask], c[mask]] = source[mask]
    return grids


_GRIDS: weakref.WeakKeyDictionary[Dataset, dict[tuple[Any, ...], dict[Breakdown, Grid]]] = (
    weakref.WeakKeyDictionary()
)


def grids_of(
    dataset: Dataset, codes: Sequence[str], indicator: str, breakdowns: Sequence[Breakdown]
) -> dict[Breakdown, Grid]:
    """The grids of ``breakdowns`` over every year of ``indicator``; those not built yet are
    built together, and all are memoised per dataset (its frames are read-only)."""
    cache = _GRIDS.setdefault(dataset, {})
    key = (tuple(codes), indicator)
    built = cache.setdefault(key, {})
    missing = [b for b in dict.fromkeys(breakdowns) if b not in built]
    if missing:
        built.update(build_grids(dataset, codes, indicator, missing, dataset.years(indicator)))
    return {b: built[b] for b in breakdowns}


def grid_of(
    dataset: Dataset, codes: Sequence[str], indicator: str, breakdown: Breakdown = Breakdown.TOTAL
) -> Grid:
    """One breakdown's grid over every year of ``indicator`` (see ``grids_of``)."""
    return grids_of(dataset, codes, indicator, [breakdown])[breakdown]
