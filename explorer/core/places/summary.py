"""Everything the place panel, the place brief and ``summary --json`` say about one place.

Why one object: the panel, the clipboard text, the PDF brief and the command
line must give the same figures with the same N; they all read a
:class:`PlaceSummary` and word it with :mod:`explorer.core.places.wording`.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy as np

from explorer.core.data.breakdown import ADULTS, CHILDREN, FORM_DIMENSION, FORMS, Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.indicators.kinds import is_count_indicator
from explorer.core.places.aggregate import (
    PlaceChange,
    PlaceTotal,
    Share,
    TrendYear,
    change_in,
    shares_in,
    total_in,
    trend_of,
)
from explorer.core.places.book import Place, PlaceBook
from explorer.core.places.grid import Grid, grids_of
from explorer.core.places.levels import LevelCount, indicator_levels, level_counts
from explorer.core.places.origins import PlaceOrigins, origins_in

AGE_PARTS = {"Children (0-17)": Breakdown(age=CHILDREN), "Adults (18+)": Breakdown(age=ADULTS)}
SEX_PARTS = {"Women and girls": Breakdown(sex="Female"), "Men and boys": Breakdown(sex="Male")}
SEX_AGE_PARTS = {
    "Girls": Breakdown(sex="Female", age=CHILDREN),
    "Boys": Breakdown(sex="Male", age=CHILDREN),
    "Women": Breakdown(sex="Female", age=ADULTS),
    "Men": Breakdown(sex="Male", age=ADULTS),
}
FORM_PARTS = {form: Breakdown(FORM_DIMENSION, form) for form in FORMS}
PROFILE_GROUPS: dict[str, dict[str, Breakdown]] = {
    "age": AGE_PARTS,
    "sex": SEX_PARTS,
    "sex_age": SEX_AGE_PARTS,
    "forms": FORM_PARTS,
}


@dataclass(frozen=True)
class Ranked:
    """A member country's figure in the place's ranking (exact figures first)."""

    iso3: str
    value: float
    lower: float
    upper: float


@dataclass(frozen=True)
class PlaceSummary:
    place: Place
    indicator: str
    year: int
    is_count: bool
    total: PlaceTotal
    change: PlaceChange | None
    trend: tuple[TrendYear, ...]
    profile: dict[str, tuple[Share, ...]]  # keys of PROFILE_GROUPS that apply
    origins: PlaceOrigins | None
    median: float | None  # of the exact figures, for indicators that are not counts
    ranking: tuple[Ranked, ...]
    levels: tuple[LevelCount, ...] = ()  # countries per level of a categorical indicator

    def share(self, group: str, label: str) -> Share | None:
        for share in self.profile.get(group, ()):
            if share.label == label:
                return share
        return None


class _Facts:
    """What one summary after another needs of one indicator, worked out once."""

    def __init__(self, dataset: Dataset, book: PlaceBook, indicator: str) -> None:
        self.count = is_count_indicator(dataset, indicator)
        found = set(dataset.breakdowns(indicator)) if self.count else set()
        present = {
            group: parts
            for group, parts in PROFILE_GROUPS.items()
            if any(b in found for b in parts.values())
        }
        wanted = [Breakdown.TOTAL] + [b for parts in present.values() for b in parts.values()]
        grids = grids_of(dataset, book.codes, indicator, wanted)
        self.grid = grids[Breakdown.TOTAL]
        self.groups = {
            group: {label: grids[b] for label, b in parts.items()}
            for group, parts in present.items()
        }
        self.origins = self.count and indicator in dataset.flow_indicators()
        self.levels = ((), ()) if self.count else indicator_levels(dataset, indicator)
        self.trends: dict[tuple[str, frozenset[str]], tuple[TrendYear, ...]] = {}

    def trend(self, place: Place, mask: np.ndarray) -> tuple[TrendYear, ...]:
        key = (place.code, place.members)
        if key not in self.trends:
            self.trends[key] = trend_of(self.grid, mask)
        return self.trends[key]


_FACTS: weakref.WeakKeyDictionary[Dataset, dict[tuple, _Facts]] = weakref.WeakKeyDictionary()


def _facts(dataset: Dataset, book: PlaceBook, indicator: str) -> _Facts:
    cache = _FACTS.setdefault(dataset, {})
    key = (book.codes, indicator)
    if key not in cache:
        cache[key] = _Facts(dataset, book, indicator)
    return cache[key]


def _ranking(grid: Grid, mask: np.ndarray, year: int) -> tuple[Ranked, ...]:
    j = grid.column(year)
    if j is None:
        return ()
    codes = np.asarray(grid.codes, dtype=object)[mask]
    exact, lower, upper = grid.exact[mask, j], grid.lower[mask, j], grid.upper[mask, j]
    reported = ~np.isnan(exact) | ~np.isnan(lower) | ~np.isnan(upper)
    size = np.where(np.isnan(exact), np.nan_to_num(lower, nan=-np.inf), exact)
    order = np.lexsort((codes.astype(str), np.isnan(exact), -size))
    return tuple(
        Ranked(str(codes[i]), float(exact[i]), float(lower[i]), float(upper[i]))
        for i in order
        if reported[i]
    )


def summarise(
    dataset: Dataset, book: PlaceBook, code: str, indicator: str, year: int
) -> PlaceSummary:
    """The summary of place ``code`` for ``indicator`` in ``year`` (KeyError: no such place)."""
    place = book.get(code)
    mask = book.mask(code)
    year = int(year)
    facts = _facts(dataset, book, indicator)
    grid = facts.grid
    profile: dict[str, tuple[Share, ...]] = {}
    change = None
    trend: tuple[TrendYear, ...] = ()
    median = None
    if facts.count:
        change = change_in(grid, mask, year)
        trend = facts.trend(place, mask)
        profile = {group: shares_in(grids, mask, year) for group, grids in facts.groups.items()}
    else:
        j = grid.column(year)
        values = grid.exact[mask, j] if j is not None else np.zeros(0)
        values = values[~np.isnan(values)]
        median = float(np.median(values)) if len(values) else None
    origins = origins_in(dataset, book, mask, indicator, year) if facts.origins else None
    return PlaceSummary(
        place,
        indicator,
        year,
        facts.count,
        total_in(grid, mask, year),
        change,
        trend,
        profile,
        origins,
        median,
        _ranking(grid, mask, year),
        level_counts(dataset, indicator, year, place.members, facts.levels),
    )
