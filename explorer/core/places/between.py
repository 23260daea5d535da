"""Flows between places: country flows summed into flows between subregions or regions.

Why: on real data the country pairs make a dense bundle into the few countries
that report citizenship; the report's signature map is flows between subregions
("victims detected in Western Europe who came from Sub-Saharan Africa"). Every
country flow lands in exactly one place pair, so the place flows add up to the
country flows; flows inside one place (own nationals included) become its ring.

Sums keep the ``<5`` rule: a pair with exact parts and some ``<5`` parts is
"at least" the exact sum plus one per ``<5`` (flag ``at_least``, with its upper
bound); a pair made only of ``<5`` parts is a range, never a number. Origins
the map cannot place (unknown, a regional grouping, a region when the level is
subregions) keep their code and stay unplaced, as for countries.
"""

from __future__ import annotations

import weakref
from typing import Any

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, SUPPRESSED
from explorer.core.data.values import AT_LEAST, RANGE
from explorer.core.flows.settings import Between
from explorer.core.places.book import PlaceBook, PlaceKind, place_code, split_code


def _place(book: PlaceBook, level: Between, code: str) -> str:
    """The place code of a country code at ``level``; other codes are returned unchanged."""
    if level is Between.REGIONS:
        if code in book.region_of:
            return place_code(PlaceKind.REGION, book.region_of[code])
        if code.startswith(REGION_PREFIX):
            region = code[len(REGION_PREFIX) :]
            if region in set(book.region_of.values()):
                return place_code(PlaceKind.REGION, region)
        return code
    sub = book.subregion_of.get(code)
    if sub is None:
        return code
    placed = place_code(PlaceKind.SUBREGION, sub)
    if placed in book:
        return placed
    return place_code(PlaceKind.REGION, book.region_of[code])


def place_region(book: PlaceBook, code: str) -> str | None:
    """The UN region a place code belongs to (colours flows by origin region)."""
    try:
        kind, name = split_code(code)
    except ValueError:
        return None
    if kind is PlaceKind.REGION:
        return name
    if kind is PlaceKind.SUBREGION:
        members = book.get(code).members
        return book.region_of.get(next(iter(members))) if members else None
    return None


class PlaceFlows:
    """One dataset's flows between the places of one level, with the country rows behind them.

    ``dataset`` is a flows-only :class:`Dataset` whose origin and destination are
    place codes, so every view of country flows (selection, widths, rings,
    legends, exports) works on it unchanged.
    """

    def __init__(self, source: Dataset, book: PlaceBook, level: Between) -> None:
        self.level = level
        flows = source.flows
        usable = flows.dropna(subset=["origin", "destination", "year", "indicator"])
        usable = usable[
            ~usable.duplicated(["origin", "destination", "year", "indicator"], keep="last")
        ]
        origin = usable["origin"].astype(object).to_numpy()
        destination = usable["destination"].astype(object).to_numpy()
        cache: dict[str, str] = {}

        def to_place(code: str) -> str:
            if code not in cache:
                cache[code] = _place(book, level, code)
            return cache[code]

        d_place = np.array([to_place(str(c)) for c in destination], dtype=object)
        own = (origin == DOMESTIC) | (origin == destination)
        o_place = np.array([to_place(str(c)) for c in origin], dtype=object)
        o_place = np.where(own, d_place, o_place)
        self.rows = usable.assign(origin_place=o_place, destination_place=d_place).reset_index(
            drop=True
        )
        self.dataset = Dataset(source.name, source.provenance, flows=_sums(self.rows))

    def rows_behind(self, origin: str, destination: str, year: int, indicator: str) -> pd.DataFrame:
        """The country flows summed into one place flow, largest first (a ``<5`` ranks by 1)."""
        rows = self.rows
        mask = (
            (
                (rows["origin_place"] == origin)
                & (rows["destination_place"] == destination)
                & (rows["year"] == int(year))
                & (rows["indicator"] == indicator)
            )
            .fillna(False)
            .to_numpy(dtype=bool)
        )
        found = rows.loc[mask]
        size = found["value"].fillna(found["lower"]).fillna(0.0)
        order = np.lexsort((found["origin"].astype(str), -size.to_numpy(dtype=float)))
        return found.iloc[order].reset_index(drop=True)


def _sums(rows: pd.DataFrame) -> pd.DataFrame:
    """One flow row per place pair, year and indicator, by the ``<5`` rule of the module."""
    if rows.empty:
        return rows.iloc[0:0][
            [
                "origin",
                "destination",
                "year",
                "indicator",
                "value",
                "lower",
                "upper",
                "flag",
                "origin_label",
            ]
        ]
    value = rows["value"].to_numpy(dtype="float64")
    flags = rows["flag"].astype(object).where(rows["flag"].notna(), "").to_numpy()
    exact = ~np.isnan(value) & ~np.isin(flags, [SUPPRESSED, AT_LEAST])
    lower = rows["lower"].to_numpy(dtype="float64")
    upper = rows["upper"].to_numpy(dtype="float64")
    low = np.where(exact, value, np.where(np.isnan(value), np.nan_to_num(lower), value))
    high = np.where(exact, value, np.where(np.isnan(upper), np.inf, upper))
    work = pd.DataFrame(
        {
            "origin": rows["origin_place"].to_numpy(),
            "destination": rows["destination_place"].to_numpy(),
            "year": rows["year"].to_numpy(dtype="int64"),
            "indicator": rows["indicator"].astype(object).to_numpy(),
            "exact_sum": np.where(exact, value, 0.0),
            "exact_n": exact.astype(int),
            "loose_n": (~exact).astype(int),
            "low": low,
            "high": high,
        }
    )
    sums = (
        work.groupby(["origin", "destination", "year", "indicator"], sort=True).sum().reset_index()
    )
    exact_n, loose_n = sums["exact_n"].to_numpy(), sums["loose_n"].to_numpy()
    low, high = sums["low"].to_numpy(), sums["high"].to_numpy()
    whole = loose_n == 0
    single = (exact_n == 0) & (loose_n == 1)
    out = pd.DataFrame(
        {
            "origin": sums["origin"],
            "destination": sums["destination"],
            "year": sums["year"],
            "indicator": sums["indicator"],
            "value": np.where(exact_n > 0, low, np.nan),
            "lower": np.where(whole, np.nan, low),
            "upper": np.where(whole, np.nan, np.where(np.isinf(high), np.nan, high)),
            "flag": np.select(
                [whole, exact_n > 0, single], ["", AT_LEAST, SUPPRESSED], default=RANGE
            ),
            "origin_label": sums["origin"],
        }
    )
    return out


_CACHE: weakref.WeakKeyDictionary[Dataset, dict[tuple[Any, ...], PlaceFlows]] = (
    weakref.WeakKeyDictionary()
)


def place_flows(dataset: Dataset, book: PlaceBook, level: Between) -> PlaceFlows:
    """The dataset's flows between places of ``level``, memoised (frames are read-only).

    A user group changes nothing here: groups overlap the regions and are not a level.
    """
    cache = _CACHE.setdefault(dataset, {})
    key = (book.codes, Between(level))
    if key not in cache:
        cache[key] = PlaceFlows(dataset, book, Between(level))
    return cache[key]
