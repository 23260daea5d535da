"""The stateless steps behind ``Dataset``'s queries: key columns, duplicates rule, orders.

Why apart from the class: these steps keep no cache and need no index, so as
plain functions of a frame they read (and test) on their own, and ``Dataset``
is left with what only it knows: which indexes it built and what it cached.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.schema import OBSERVATION_DTYPES, empty_frame

BREAKDOWN_COLUMNS: tuple[str, ...] = ("dimension", "category", "sex", "age")
VALUE_COLUMNS: list[str] = ["value", "lower", "upper", "flag"]
OBSERVATION_KEY: list[str] = ["iso3", "year", "indicator", *BREAKDOWN_COLUMNS]
FLOW_KEY: list[str] = ["origin", "destination", "year", "indicator"]
RANKED_COLUMNS: list[str] = ["code", "label", *VALUE_COLUMNS, "parts"]


def breakdown_fields(breakdown: Breakdown) -> tuple[str, str, str, str]:
    """The breakdown as the tail of an observation group key (see ``BREAKDOWN_COLUMNS``)."""
    return (breakdown.dimension, breakdown.category, breakdown.sex, breakdown.age)


def empty_values(index_name: str, index_dtype: str) -> pd.DataFrame:
    """A value frame with no rows, typed like a full one so callers need no special case."""
    frame = empty_frame({c: OBSERVATION_DTYPES[c] for c in VALUE_COLUMNS})
    return frame.set_index(pd.Index([], dtype=index_dtype, name=index_name))


def last_of_duplicates(frame: pd.DataFrame, key: list[str]) -> tuple[pd.DataFrame, int]:
    """``frame`` without rows missing a key part, keeping the last row per key.

    Also how many rows were set aside as duplicates (a later correction wins).
    """
    usable = frame.dropna(subset=[c for c in key if c not in BREAKDOWN_COLUMNS])
    keep = ~usable.duplicated(key, keep="last")
    return usable[keep].reset_index(drop=True), int((~keep).sum())


def observation_arrays(obs: pd.DataFrame) -> dict[str, np.ndarray]:
    """Observations as plain arrays (iso3, year, value, lower, upper, flag), for fancy indexing."""
    return {
        "iso3": obs["iso3"].to_numpy(dtype=object, na_value=None),
        "year": obs["year"].to_numpy(dtype="float64", na_value=np.nan),
        "value": obs["value"].to_numpy(dtype="float64"),
        "lower": obs["lower"].to_numpy(dtype="float64"),
        "upper": obs["upper"].to_numpy(dtype="float64"),
        "flag": obs["flag"].to_numpy(dtype=object, na_value=""),
    }


def flow_arrays(flows: pd.DataFrame) -> dict[str, np.ndarray]:
    """Flows as plain arrays (origin, destination, year, value, lower, upper, flag)."""
    return {
        "origin": flows["origin"].to_numpy(dtype=object, na_value=""),
        "destination": flows["destination"].to_numpy(dtype=object, na_value=""),
        "year": flows["year"].to_numpy(dtype="float64", na_value=np.nan),
        "value": flows["value"].to_numpy(dtype="float64"),
        "lower": flows["lower"].to_numpy(dtype="float64"),
        "upper": flows["upper"].to_numpy(dtype="float64"),
        "flag": flows["flag"].to_numpy(dtype=object, na_value=""),
    }


def rank_by_size(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows sorted largest first; a bounded cell ranks by its lower bound.

    So a ``<5`` (lower bound 1) comes after every exact figure of 1 or more,
    and on a tie an exact figure comes first. Ties then sort by ``code``.
    """
    order = _size_order(
        frame["code"].fillna("").to_numpy(dtype=object),
        frame["value"].to_numpy(dtype="float64", na_value=np.nan),
        frame["lower"].to_numpy(dtype="float64", na_value=np.nan),
    )
    return frame.iloc[order].reset_index(drop=True)


def _size_order(code: np.ndarray, value: np.ndarray, lower: np.ndarray) -> np.ndarray:
    """The positions of ``rank_by_size``'s order, from plain arrays (no frame built)."""
    size = np.where(np.isnan(value), lower, value)
    size = np.where(np.isnan(size), -np.inf, size)
    return np.lexsort((code, np.isnan(value), -size))


def ranked_partners(
    flows: pd.DataFrame,
    mine: str,
    theirs: str,
    iso3: str,
    labels: str | None,
    n: int | None,
) -> pd.DataFrame:
    """The partners of ``iso3`` (its flows where column ``mine`` is ``iso3``), largest first.

    Columns ``RANKED_COLUMNS``; ``code`` is column ``theirs``, ``label`` column
    ``labels`` (or the code again). ``n=None`` keeps every row.
    """
    everything = np.arange(len(flows))
    return partners_at(flows, flow_arrays(flows), everything, mine, theirs, iso3, labels, n)


def partners_at(
    flows: pd.DataFrame,
    arrays: dict[str, np.ndarray],
    positions: np.ndarray,
    mine: str,
    theirs: str,
    iso3: str,
    labels: str | None,
    n: int | None,
) -> pd.DataFrame:
    """``ranked_partners`` among the rows ``positions`` of ``flows`` (``arrays`` its
    ``flow_arrays``): ordered on plain arrays, then only the rows and columns shown are
    taken, once (the country panel asks this twice on every year change)."""
    hit = positions[arrays[mine][positions] == iso3]
    order = hit[_size_order(arrays[theirs][hit], arrays["value"][hit], arrays["lower"][hit])]
    taken = order if n is None else order[:n]

    def column(name: str):
        return flows[name].array.take(taken)

    parts = column("parts").to_numpy(dtype="float64", na_value=np.nan)
    return pd.DataFrame(
        {
            "code": column(theirs),
            "label": column(labels or theirs),
            **{c: column(c) for c in VALUE_COLUMNS},
            "parts": np.where(np.isnan(parts), 1, parts).astype("int64"),
        },
        copy=False,
    )


def pair_series(flows: pd.DataFrame, origin: str, destination: str, indicator: str) -> pd.DataFrame:
    """One origin-destination pair of ``flows`` across years: index year, value columns."""
    mask = (
        (flows["origin"] == origin)
        & (flows["destination"] == destination)
        & (flows["indicator"] == indicator)
    ).fillna(False)
    rows = flows.loc[mask.to_numpy(dtype=bool), ["year", *VALUE_COLUMNS]]
    return rows.set_index(rows["year"].astype("int64")).drop(columns="year").sort_index()
