"""A dataset's figures by their full key, built once: what a trace looks each figure up in.

Why an index of plain values: the World's total is made of a hundred country
figures, and "Show source rows" must open in well under a tenth of a second;
a pandas row per figure costs a fifth of a millisecond, a dict lookup nothing.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping

import pandas as pd

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.dataset_queries import FLOW_KEY, OBSERVATION_KEY

#: What a trace reads of a figure.
FIELDS = ("value", "lower", "upper", "flag", "source_row", "source_rows", "origin_label")
Figure = Mapping[str, object]


class _Index:
    """Positions by key, and the traced fields as arrays: a figure is read when asked for."""

    def __init__(self, frame: pd.DataFrame, key: list[str]) -> None:
        columns = [frame[c].astype(object).to_numpy() for c in key]
        years = key.index("year")
        columns[years] = [int(y) for y in columns[years]]
        self.positions = {k: i for i, k in enumerate(zip(*columns, strict=True))}
        fields = [f for f in FIELDS if f in frame.columns]
        self.arrays = {f: frame[f].astype(object).to_numpy() for f in fields}

    def get(self, key: tuple) -> Figure | None:
        at = self.positions.get(key)
        return None if at is None else {f: a[at] for f, a in self.arrays.items()}


_OBS: weakref.WeakKeyDictionary[Dataset, _Index] = weakref.WeakKeyDictionary()
_FLOWS: weakref.WeakKeyDictionary[Dataset, _Index] = weakref.WeakKeyDictionary()


def observation(
    dataset: Dataset, iso3: str, year: int, indicator: str, breakdown: Breakdown
) -> Figure | None:
    """The one observation behind a figure (after the duplicates rule), or None."""
    if dataset not in _OBS:
        _OBS[dataset] = _Index(dataset.observation_figures, OBSERVATION_KEY)
    key = (iso3, int(year), indicator, breakdown.dimension, breakdown.category)
    return _OBS[dataset].get((*key, breakdown.sex, breakdown.age))


def flow(
    dataset: Dataset, origin: str, destination: str, year: int, indicator: str
) -> Figure | None:
    """The one flow behind a figure (after the duplicates rule), or None."""
    if dataset not in _FLOWS:
        _FLOWS[dataset] = _Index(dataset.flow_figures, FLOW_KEY)
    return _FLOWS[dataset].get((origin, destination, int(year), indicator))


def rows_of(figure: Figure) -> tuple[int, ...]:
    """The file rows of an observation or flow: ``source_rows`` when several, else its row."""
    many = figure.get("source_rows")
    if isinstance(many, str) and many:
        return tuple(int(r) for r in many.split(";") if r)
    one = figure.get("source_row")
    return () if one is None or pd.isna(one) else (int(one),)
