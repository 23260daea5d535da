"""A dataset's figures by their full key, built once: what a trace looks each figure up in.

Why an index: the World's total is made of a hundred country figures, and
"Show source rows" must open in well under a tenth of a second.
"""

from __future__ import annotations

import weakref

import pandas as pd

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.dataset_queries import FLOW_KEY, OBSERVATION_KEY

_OBS: weakref.WeakKeyDictionary[Dataset, dict[tuple, int]] = weakref.WeakKeyDictionary()
_FLOWS: weakref.WeakKeyDictionary[Dataset, dict[tuple, int]] = weakref.WeakKeyDictionary()


def _index(frame: pd.DataFrame, key: list[str]) -> dict[tuple, int]:
    columns = [frame[c].astype(object).to_numpy() for c in key]
    years = key.index("year")
    columns[years] = [int(y) for y in columns[years]]
    return {k: i for i, k in enumerate(zip(*columns, strict=True))}


def observation(
    dataset: Dataset, iso3: str, year: int, indicator: str, breakdown: Breakdown
) -> pd.Series | None:
    """The one observation behind a figure (after the duplicates rule), or None."""
    if dataset not in _OBS:
        _OBS[dataset] = _index(dataset.observation_figures, OBSERVATION_KEY)
    key = (iso3, int(year), indicator, breakdown.dimension, breakdown.category)
    position = _OBS[dataset].get((*key, breakdown.sex, breakdown.age))
    return None if position is None else dataset.observation_figures.iloc[position]


def flow(
    dataset: Dataset, origin: str, destination: str, year: int, indicator: str
) -> pd.Series | None:
    """The one flow behind a figure (after the duplicates rule), or None."""
    if dataset not in _FLOWS:
        _FLOWS[dataset] = _index(dataset.flow_figures, FLOW_KEY)
    position = _FLOWS[dataset].get((origin, destination, int(year), indicator))
    return None if position is None else dataset.flow_figures.iloc[position]


def rows_of(row: pd.Series) -> tuple[int, ...]:
    """The file rows of an observation or flow: ``source_rows`` when several, else its row."""
    many = row.get("source_rows")
    if isinstance(many, str) and many:
        return tuple(int(r) for r in many.split(";") if r)
    one = row.get("source_row")
    return () if one is None or pd.isna(one) else (int(one),)
