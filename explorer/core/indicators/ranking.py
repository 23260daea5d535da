"""Countries in order of one indicator's figure: what Up and Down step through on the map.

Why its own rule (and not ``dataset_queries.rank_by_size``): a keyboard user walks
the list from the largest figure down, and a ``<5`` cell is not a figure
"about 1". So the order is:

1. every exact figure, largest first;
2. then every inexact one (suppressed ``<5``, "at least N", a range), by its
   lower bound, largest first (a missing lower bound counts as 0), then by
   its upper bound, largest first;
3. ties in either part by ISO3 code, so the order is stable.

Countries without any figure that year are not in the list. A categorical
indicator (tiers) is ordered by its stored rank, last level first, like any
number; that is an order of levels, not of sizes.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np
import pandas as pd

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import SUPPRESSED

#: Flags whose ``value`` (if any) is a lower bound, never an exact figure.
INEXACT_FLAGS = (SUPPRESSED, "at_least")


def rank_frame(values: pd.DataFrame) -> list[str]:
    """The index (iso3) of a value/lower/upper/flag frame in ranking order (module rules)."""
    if values.empty:
        return []
    value = values["value"].astype("float64")
    lower = values["lower"].astype("float64")
    upper = values["upper"].astype("float64")
    inexact = values["flag"].isin(INEXACT_FLAGS).fillna(False).to_numpy(dtype=bool)
    exact = value.notna().to_numpy() & ~inexact
    bounded = ~exact & (value.notna() | lower.notna() | upper.notna()).to_numpy()
    # An "at least N" cell keeps N in value; a suppressed one has only bounds.
    low = value.where(value.notna(), lower).fillna(0.0).to_numpy()
    high = np.where(exact, 0.0, upper.fillna(-np.inf).to_numpy())
    size = np.where(exact, value.fillna(0.0).to_numpy(), low)
    codes = np.asarray([str(c) for c in values.index], dtype=object)
    keep = exact | bounded
    order = np.lexsort((codes, -high, -size, ~exact))
    return [str(codes[i]) for i in order if keep[i]]


def ranking(
    dataset: Dataset,
    indicator: str,
    year: int,
    breakdown: Breakdown = Breakdown.TOTAL,
    among: Collection[str] | None = None,
) -> list[str]:
    """ISO3 codes of the countries with a figure, largest first (see module docstring).

    ``among`` keeps only those codes (e.g. the countries the map can show).
    """
    if not indicator:
        return []
    values = dataset.values(indicator, int(year), breakdown)
    if among is not None:
        wanted = set(among)
        values = values.loc[[code for code in values.index if code in wanted]]
    return rank_frame(values)
