"""What a newer edition revised: each figure changed, new, withdrawn or unchanged.

Why by value and not by text: an edition that writes ``1,757`` where the older
one wrote ``1757`` revised nothing, and a ``<5`` that became ``3`` did (the
figure became exact). Two figures are the same when their values, bounds and
flags are: both exact and equal, or both ``<5``. A changed figure is *raised*
when all the new edition allows is above all the old one allowed (``<5`` ->
``12``), *lowered* the other way, and *refined* when the two overlap (``<5`` ->
``3``: made exact within the old range). A level of a categorical indicator
(a TIP tier) is compared by its words, never by its rank: see
:mod:`explorer.core.editions.levels`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from explorer.core.data.dataset import Dataset
from explorer.core.data.dataset_queries import OBSERVATION_KEY
from explorer.core.data.values import format_column
from explorer.core.editions.figures import edition_figures
from explorer.core.editions.levels import LEVEL_DIRECTIONS, level_directions, level_rows, orders

CHANGED, NEW, WITHDRAWN, UNCHANGED = "changed", "new", "withdrawn", "unchanged"
KINDS: tuple[str, ...] = (CHANGED, NEW, WITHDRAWN, UNCHANGED)
RAISED, LOWERED, REFINED = "raised", "lowered", "refined"
#: How a figure reads on the revision map, in the legend's order.
DIRECTIONS: tuple[str, ...] = (
    RAISED, LOWERED, REFINED, *LEVEL_DIRECTIONS, NEW, WITHDRAWN, UNCHANGED
)  # fmt: skip

REVISION_COLUMNS: list[str] = [*OBSERVATION_KEY, "old", "new", "difference", "kind", "direction"]


@dataclass(frozen=True)
class Revisions:
    """Every figure of two editions side by side (``table``, columns of
    :data:`REVISION_COLUMNS` plus the old and new values and bounds)."""

    old_name: str
    new_name: str
    table: pd.DataFrame

    def revised(self) -> pd.DataFrame:
        """The figures the newer edition changed, added or withdrew (unchanged left out)."""
        return self.table[self.table["kind"] != UNCHANGED].reset_index(drop=True)

    @cached_property
    def _positions(self) -> dict[tuple, int]:
        keys = zip(*(self.table[c].astype(object) for c in OBSERVATION_KEY), strict=True)
        return {(k[0], int(k[1]), *k[2:]): i for i, k in enumerate(keys)}

    def row(self, key: tuple) -> pd.Series | None:
        """The figure of ``key`` (iso3, year, indicator, dimension, category, sex, age) in
        either edition, or None: the panel asks on every refresh, so by index."""
        at = self._positions.get((key[0], int(key[1]), *key[2:]))
        return None if at is None else self.table.iloc[at]

    def counts(self) -> dict[str, int]:
        """Figures per kind, every kind present (0 when none)."""
        found = self.table["kind"].value_counts()
        return {kind: int(found.get(kind, 0)) for kind in KINDS}


def compare_editions(old: Dataset, new: Dataset, indicator: str | None = None) -> Revisions:
    """Every figure of ``old`` and ``new`` (of ``indicator``, if given), with how it was revised."""
    before = edition_figures(old, indicator)
    after = edition_figures(new, indicator)
    table = before.merge(
        after, on=OBSERVATION_KEY, how="outer", suffixes=("_old", "_new"), indicator="_in"
    )
    old_side, new_side = _side(table, "_old"), _side(table, "_new")
    table["old"] = format_column(old_side).where(table["_in"] != "right_only", "")
    table["new"] = format_column(new_side).where(table["_in"] != "left_only", "")
    levels = level_rows(old_side, new_side)
    same = np.where(levels, (old_side["flag"] == new_side["flag"]).to_numpy(dtype=bool), False)
    same |= ~levels & _same(old_side, new_side)
    kind = np.select(
        [table["_in"] == "left_only", table["_in"] == "right_only", same],
        [WITHDRAWN, NEW, UNCHANGED],
        default=CHANGED,
    )
    table["kind"] = kind
    table["difference"] = (new_side["value"] - old_side["value"]).where(~levels)
    direction = _direction(kind, old_side, new_side).astype(object)
    moved = levels & (kind == CHANGED)
    if moved.any():
        indicators = table["indicator"].astype(str).to_numpy()[moved]
        direction[moved] = level_directions(
            indicators, old_side[moved], new_side[moved], orders(old, new, indicators)
        )
    table["direction"] = direction
    order = [*REVISION_COLUMNS, *(f"{c}_old" for c in _VALUES), *(f"{c}_new" for c in _VALUES)]
    table = table[order].sort_values(OBSERVATION_KEY, kind="stable").reset_index(drop=True)
    return Revisions(old.name, new.name, table)


_VALUES = ("value", "lower", "upper", "flag")


def _side(table: pd.DataFrame, suffix: str) -> pd.DataFrame:
    side = pd.DataFrame({c: table[c + suffix] for c in _VALUES})
    side["flag"] = side["flag"].astype("string").fillna("")
    return side


def _same_numbers(a: pd.Series, b: pd.Series) -> np.ndarray:
    a, b = a.to_numpy(dtype=float), b.to_numpy(dtype=float)
    return (a == b) | (np.isnan(a) & np.isnan(b))


def _same(old: pd.DataFrame, new: pd.DataFrame) -> np.ndarray:
    same = (old["flag"] == new["flag"]).to_numpy(dtype=bool)
    for column in ("value", "lower", "upper"):
        same &= _same_numbers(old[column], new[column])
    return same


def _span(side: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(lowest, highest) a figure allows: the value, else its bounds (open ends as 0 and inf)."""
    value = side["value"].to_numpy(dtype=float)
    low = np.where(np.isnan(value), side["lower"].to_numpy(dtype=float), value)
    high = np.where(np.isnan(value), side["upper"].to_numpy(dtype=float), value)
    return np.nan_to_num(low, nan=0.0), np.where(np.isnan(high), np.inf, high)


def _direction(kind: np.ndarray, old: pd.DataFrame, new: pd.DataFrame) -> np.ndarray:
    old_low, old_high = _span(old)
    new_low, new_high = _span(new)
    changed = kind == CHANGED
    return np.select(
        [~changed, changed & (new_low > old_high), changed & (new_high < old_low)],
        [kind, RAISED, LOWERED],
        default=REFINED,
    )
