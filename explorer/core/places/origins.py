"""Where the victims detected in a place came from: own nationals, near, far, unknown.

Why relative to each country of detection: "from the same subregion" means the
subregion of the country where the victim was detected, so a region's share
of "own nationals" is the share of victims detected in their own country.
Every flow row of the place's countries counts once, in one class:

- own nationals: the citizenship is the country of detection (or DOMESTIC);
- same subregion / other subregions of the same region / other regions: from
  the UN M49 region and subregion of both countries;
- a region only ("Africa", ``REGION:Africa``): other regions when it is not
  the region of detection, else not stated precisely (with the unknown); a
  subregion only (``REGION:Western Europe``) is classed like a country of it;
- unknown: UNKNOWN, regional groupings that are not UN regions, codes the map
  does not know.

A ``<5`` row is 1 to 4 victims: each share is a range, from every ``<5``
at the end that makes it smallest to the end that makes it largest. The one
number given beside it (``share``) counts each ``<5`` at its lower bound, as
"at least N" totals do; it always lies inside the range.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, SUPPRESSED
from explorer.core.data.values import AT_LEAST
from explorer.core.places.aggregate import _ratio
from explorer.core.places.book import PlaceBook

CLASSES: tuple[str, ...] = (
    "Own nationals",
    "Same subregion",
    "Other subregions of the region",
    "Other regions",
    "Unknown or not stated",
)
OWN, SAME_SUBREGION, SAME_REGION, OTHER_REGIONS, UNKNOWN_CLASS = range(len(CLASSES))
TOP_SUBREGIONS = 5


@dataclass(frozen=True)
class OriginShare:
    label: str
    exact: float  # victims of this class counted exactly
    low: float  # with every <5 row at its lower bound
    high: float  # ... at its upper bound
    share: float | None  # of all victims, every <5 at its lower bound (inside the range)
    share_low: float | None
    share_high: float | None

    @property
    def pct(self) -> float | None:
        return None if self.share is None else self.share * 100


@dataclass(frozen=True)
class PlaceOrigins:
    """The classes of origin of a place's detected victims in one year."""

    year: int
    countries: int  # countries of detection that reported victims by citizenship
    exact_total: float
    low_total: float
    high_total: float
    classes: tuple[OriginShare, ...]
    top_subregions: tuple[OriginShare, ...]  # foreign victims by origin subregion

    def share(self, index: int) -> OriginShare:
        return self.classes[index]


@dataclass(frozen=True, eq=False)
class _OriginRows:
    """Flow rows of one indicator, classed once: destination position, year, class, bounds."""

    dest: np.ndarray
    year: np.ndarray
    cls: np.ndarray
    origin_subregion: np.ndarray  # position in ``subregions``; -1 when none
    subregions: tuple[str, ...]
    exact: np.ndarray  # value where exact, else 0
    low: np.ndarray  # exact value or lower bound
    high: np.ndarray  # exact value or upper bound


def _classes(
    book: PlaceBook, origin: np.ndarray, destination: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(class, origin subregion name or "") of every row, looked up once per distinct code."""

    def lookup(codes: np.ndarray, table: dict[str, str]) -> np.ndarray:
        positions, uniques = pd.factorize(codes)
        return np.array([table.get(str(u), "") for u in uniques] + [""], dtype=object)[positions]

    o_region, d_region = lookup(origin, book.region_of), lookup(destination, book.region_of)
    o_sub, d_sub = lookup(origin, book.subregion_of), lookup(destination, book.subregion_of)
    positions, uniques = pd.factorize(origin)
    named = [
        str(u)[len(REGION_PREFIX) :] if str(u).startswith(REGION_PREFIX) else "" for u in uniques
    ]
    region_only = np.array([*named, ""], dtype=object)[positions]
    regions = set(book.region_of.values())
    stated_region = np.array([r in regions for r in region_only], dtype=bool)
    # A subregion only ("REGION:Western Europe"): its own subregion and region are known.
    region_of_sub = {s: book.region_of[c] for c, s in book.subregion_of.items()}
    sub_only = np.array([region_of_sub.get(r, "") for r in region_only], dtype=object)
    stated_sub = sub_only != ""
    own = (origin == DOMESTIC) | (origin == destination)
    known = o_region != ""
    cls = np.select(
        [
            own,
            known & (o_sub != "") & (o_sub == d_sub),
            known & (o_region == d_region),
            known,
            stated_region & (region_only != d_region),
            stated_sub & (region_only == d_sub),
            stated_sub & (sub_only == d_region),
            stated_sub,
        ],
        [
            OWN,
            SAME_SUBREGION,
            SAME_REGION,
            OTHER_REGIONS,
            OTHER_REGIONS,
            SAME_SUBREGION,
            SAME_REGION,
            OTHER_REGIONS,
        ],
        default=UNKNOWN_CLASS,
    )
    sub = np.where(own, d_sub, np.where(known, o_sub, np.where(stated_sub, region_only, "")))
    return cls.astype(int), sub


_ROWS: weakref.WeakKeyDictionary[Dataset, dict[tuple[Any, ...], _OriginRows]] = (
    weakref.WeakKeyDictionary()
)


def _rows(dataset: Dataset, book: PlaceBook, indicator: str) -> _OriginRows:
    cache = _ROWS.setdefault(dataset, {})
    key = (book.codes, indicator)
    if key in cache:
        return cache[key]
    flows = dataset.flow_cells(indicator)
    dest = pd.Index(list(book.codes), dtype=object).get_indexer(flows["destination"])
    keep = dest >= 0
    flows = {name: column[keep] for name, column in flows.items()}
    dest = dest[keep]
    cls, names = _classes(book, flows["origin"], flows["destination"])
    subregions = tuple(sorted({str(n) for n in names if n}))
    subs = pd.Index(subregions, dtype=object).get_indexer(names)
    value = flows["value"]
    exact = ~np.isnan(value) & ~np.isin(flows["flag"], [SUPPRESSED, AT_LEAST])
    lower = np.nan_to_num(flows["lower"], nan=0.0)
    upper = flows["upper"]
    upper = np.where(np.isnan(upper), np.where(np.isnan(value), np.inf, value), upper)
    rows = _OriginRows(
        dest=dest,
        year=flows["year"].astype("int64"),
        cls=cls,
        origin_subregion=subs,
        subregions=subregions,
        exact=np.where(exact, value, 0.0),
        low=np.where(exact, value, np.where(np.isnan(value), lower, value)),
        high=np.where(exact, value, upper),
    )
    cache[key] = rows
    return rows


def _share(
    label: str, exact: float, low: float, high: float, totals: tuple[float, float, float]
) -> OriginShare:
    _, low_total, high_total = totals
    rest_low, rest_high = low_total - low, high_total - high
    return OriginShare(
        label,
        exact,
        low,
        high,
        _ratio(low, low_total),
        _ratio(low, low + rest_high),
        _ratio(high, high + rest_low),
    )


def origins_in(
    dataset: Dataset, book: PlaceBook, mask: np.ndarray, indicator: str, year: int
) -> PlaceOrigins | None:
    """The place's victims by class of origin in ``year``; None when no country reported any."""
    rows = _rows(dataset, book, indicator)
    here = mask[rows.dest] & (rows.year == int(year)) if len(rows.dest) else np.zeros(0, bool)
    if not here.any():
        return None
    cls, exact, low, high = rows.cls[here], rows.exact[here], rows.low[here], rows.high[here]
    totals = (float(exact.sum()), float(low.sum()), float(high.sum()))
    k = len(CLASSES)
    sums = [np.bincount(cls, w, minlength=k) for w in (exact, low, high)]
    classes = tuple(
        _share(CLASSES[i], float(sums[0][i]), float(sums[1][i]), float(sums[2][i]), totals)
        for i in range(k)
    )
    foreign = (cls != OWN) & (cls != UNKNOWN_CLASS) & (rows.origin_subregion[here] >= 0)
    subs = rows.origin_subregion[here][foreign]
    n = len(rows.subregions)
    by_sub = [np.bincount(subs, w[foreign], minlength=n) for w in (exact, low, high)]
    order = np.lexsort((-by_sub[0], -by_sub[1]))
    top = tuple(
        _share(
            rows.subregions[i],
            float(by_sub[0][i]),
            float(by_sub[1][i]),
            float(by_sub[2][i]),
            totals,
        )
        for i in order[:TOP_SUBREGIONS]
        if by_sub[2][i] > 0
    )
    countries = len(np.unique(rows.dest[here]))
    return PlaceOrigins(int(year), countries, *totals, classes, top)
