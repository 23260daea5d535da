"""Categorical indicators (e.g. "Tier 1" ... "Tier 3"): stored as ranks, shown as words.

Why this encoding: the tables hold numbers, so an ordered category is kept as
its rank (1 for the first level) with the level's text in ``flag`` as
``"level:<text>"``. Displays show the text; the map gives each level its own
colour in order instead of computing numeric classes; nothing treats a rank
as a quantity. A level outside the order (the TIP Report's "Special case")
has no rank: ``value`` NaN with its ``"level:<text>"`` flag, so everything
that ranks or compares figures skips it while displays still show its words.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

CATEGORY_FLAG_PREFIX = "level:"


def level_of(flag: object) -> str | None:
    """The category text of a cell's flag, or None for an ordinary number."""
    if isinstance(flag, str) and flag.startswith(CATEGORY_FLAG_PREFIX):
        return flag[len(CATEGORY_FLAG_PREFIX) :]
    return None


def is_categorical(flags: pd.Series) -> bool:
    """True when the cells are category levels."""
    text = flags.dropna().astype(str)
    return bool(len(text)) and bool(text.str.startswith(CATEGORY_FLAG_PREFIX).all())


def ordered_levels(frame: pd.DataFrame) -> list[str]:
    """The level texts of rows with value (rank) and flag, in rank order."""
    pairs = {}
    for value, flag in zip(frame["value"], frame["flag"], strict=True):
        label = level_of(flag)
        if label is not None and not (isinstance(value, float) and math.isnan(value)):
            pairs[label] = float(value)
    return sorted(pairs, key=lambda label: (pairs[label], label))


def unranked_levels(frame: pd.DataFrame) -> list[str]:
    """The level texts outside the order (no rank, e.g. "Special case"), in first-seen order."""
    ranked = set(ordered_levels(frame))
    found = (
        level_of(flag)
        for value, flag in zip(frame["value"], frame["flag"], strict=True)
        if pd.isna(value)
    )
    return list(dict.fromkeys(label for label in found if label and label not in ranked))


def indicator_levels(
    observations: pd.DataFrame, indicator: str
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """An indicator's levels in order, and those outside it; both empty: not categorical."""
    mine = observations[(observations["indicator"] == indicator).to_numpy(dtype=bool)]
    return tuple(ordered_levels(mine)), tuple(unranked_levels(mine))


@dataclass(frozen=True)
class CategoryClasses:
    """Classes of a categorical indicator: one per level, in order (the classify API).

    ``unranked`` levels are no class: they get their own swatch after the classes.
    """

    levels: tuple[str, ...]
    unranked: tuple[str, ...] = ()

    @property
    def k(self) -> int:
        return len(self.levels)

    @property
    def upper_bounds(self) -> tuple[float, ...]:
        return tuple(float(i + 1) for i in range(self.k))

    def assign(self, values: pd.Series) -> pd.Series:
        """Class index of each rank (rank 1 -> class 0)."""
        index = np.clip(np.round(values.to_numpy(dtype=float)) - 1, 0, max(self.k - 1, 0))
        return pd.Series(index.astype("int64"), index=values.index, dtype="int64")

    def labels(self, lang: str | None = None) -> list[str]:
        return list(self.levels)
