"""How two editions' figures of a categorical indicator compare: by level, never by rank.

Why apart from numbers: a level (a TIP tier) is stored as its rank in the
order of the levels its own file holds, so the same "Tier 3" is rank 3 in an
edition without a watch list and rank 4 in one with it; subtracting ranks, or
calling a higher rank "raised", would invent revisions. So a level figure is
unchanged when its words are, has no difference, and moves *later* or
*earlier* along the order both editions share, or *into* or *out of* a level
outside the order (the TIP Report's "Special case", stored with no rank),
which is neither up nor down.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd

from explorer.core.data.categories import CATEGORY_FLAG_PREFIX, indicator_levels, level_of
from explorer.core.data.dataset import Dataset

LATER, EARLIER = "later", "earlier"
INTO_UNRANKED, OUT_OF_UNRANKED = "into_unranked", "out_of_unranked"
#: How a level figure was revised, in the legend's order.
LEVEL_DIRECTIONS: tuple[str, ...] = (LATER, EARLIER, INTO_UNRANKED, OUT_OF_UNRANKED)


def merged_order(old: Sequence[str], new: Sequence[str]) -> list[str]:
    """The newer edition's order, with the older one's other levels after their neighbour."""
    order = list(new)
    for index, level in enumerate(old):
        if level in order:
            continue
        before = [other for other in old[:index] if other in order]
        order.insert(order.index(before[-1]) + 1 if before else 0, level)
    return order


def level_rows(old: pd.DataFrame, new: pd.DataFrame) -> np.ndarray:
    """True where either edition gives the figure as a level (its flag says so)."""
    found = np.zeros(len(old), dtype=bool)
    for side in (old, new):
        flags = side["flag"].astype("string").str.startswith(CATEGORY_FLAG_PREFIX)
        found |= flags.fillna(False).to_numpy(dtype=bool)
    return found


def orders(old: Dataset, new: Dataset, indicators: Sequence[str]) -> dict[str, list[str]]:
    """Each categorical indicator's order of levels, as both editions give it."""
    return {
        indicator: merged_order(
            indicator_levels(old.observations, indicator)[0],
            indicator_levels(new.observations, indicator)[0],
        )
        for indicator in dict.fromkeys(indicators)
    }


def level_directions(
    indicators: Sequence[str],
    old: pd.DataFrame,
    new: pd.DataFrame,
    order_of: Mapping[str, Sequence[str]],
) -> np.ndarray:
    """The direction of each changed level figure (rows given: both editions have it)."""
    found = []
    for indicator, (old_flag, new_flag), old_value, new_value in zip(
        indicators,
        zip(*_flags(old, new), strict=True),
        old["value"].to_numpy(dtype=float),
        new["value"].to_numpy(dtype=float),
        strict=True,
    ):
        old_ranked, new_ranked = not np.isnan(old_value), not np.isnan(new_value)
        if not new_ranked:
            found.append(INTO_UNRANKED)  # "Special case" is no step up or down
        elif not old_ranked:
            found.append(OUT_OF_UNRANKED)
        else:
            order = list(order_of.get(indicator, ()))
            a, b = level_of(old_flag), level_of(new_flag)
            if a in order and b in order:
                later = order.index(b) > order.index(a)
            else:  # a figure of numbers on one side: its rank is all there is
                later = new_value > old_value
            found.append(LATER if later else EARLIER)
    return np.array(found, dtype=object)


def _flags(old: pd.DataFrame, new: pd.DataFrame) -> tuple[list, list]:
    return old["flag"].tolist(), new["flag"].tolist()
