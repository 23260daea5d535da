"""Sum flows that share one key after their labels were resolved.

Why: different source labels can name one country (``Romania`` and
``roumain``), and every unresolved label ends in UNKNOWN; the dataset holds one
flow per (origin, destination, year, indicator), so such rows are summed. A sum
with a suppressed ``<5`` part is itself only known within bounds: value NaN,
lower and upper the sums of the parts' bounds (an exact part counts as both).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

FLOW_KEY = ["origin", "destination", "year", "indicator"]


def merge_same_key(flows: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """``flows`` with one row per key, and how many rows were summed into another.

    Rows keep their order; a merged row goes after the unmerged ones, with its
    labels joined by " + " and an empty flag.
    """
    dup = flows.duplicated(FLOW_KEY, keep=False)
    if not dup.any():
        return flows, 0
    merged_away = int(flows.duplicated(FLOW_KEY).sum())
    parts = flows[dup]
    low = parts["value"].fillna(parts["lower"])
    high = parts["value"].fillna(parts["upper"])
    grouped = parts.assign(_low=low, _high=high, _exact=parts["value"].notna()).groupby(
        FLOW_KEY, sort=False
    )
    merged = grouped.agg(
        _low=("_low", "sum"),
        _high=("_high", "sum"),
        _exact=("_exact", "all"),
        origin_label=("origin_label", lambda s: " + ".join(dict.fromkeys(s.dropna()))),
        **({"dataset": ("dataset", "first")} if "dataset" in flows.columns else {}),
    ).reset_index()
    exact = merged["_exact"].to_numpy(dtype=bool)
    merged["value"] = np.where(exact, merged["_low"], np.nan)
    merged["lower"] = np.where(exact, np.nan, merged["_low"])
    merged["upper"] = np.where(exact, np.nan, merged["_high"])
    merged["flag"] = ""
    merged = merged.drop(columns=["_low", "_high", "_exact"])
    return pd.concat([flows[~dup], merged[list(flows.columns)]], ignore_index=True), merged_away
