"""The value cells of a flow table: one or several columns, each an indicator of its own.

Why apart from the reader: refugee statistics put several counts on one row
(refugees, asylum-seekers, returned refugees, ...), most of them empty for a
given pair. An empty cell in one column says nothing about the others, so a
row is imported for every column that has a value, and rejected only when a
cell is wrong (not a number, negative) or when no column has a value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from explorer.core.texts import fill
from explorer.io.importing import report_words as rw
from explorer.io.importing import table_words as tw
from explorer.io.importing.cells import BOUND
from explorer.io.readers.tables.numbers import parse_numbers


@dataclass(frozen=True)
class FlowValues:
    """Each row's value in each column (rows x columns), as the flows will carry them."""

    columns: tuple[str, ...]
    value: np.ndarray  #: exact value; NaN for a suppressed or empty cell
    bound: np.ndarray  #: N of a suppressed ``<N`` (NaN otherwise)
    present: np.ndarray  #: the cell carries a value (a number or ``<N``)

    @property
    def suppressed(self) -> np.ndarray:
        return self.bound >= 2

    @property
    def carried(self) -> np.ndarray:
        """What each cell carries in shares and totals: ``<N`` counts as 1, empty as 0."""
        return np.where(self.suppressed, 1.0, np.nan_to_num(self.value))


#: Why a cell is not a value, by whether the table has several value columns.
NOT_A_NUMBER = {False: rw.NOT_A_NUMBER, True: tw.NOT_A_NUMBER_IN_COLUMN}
NEGATIVE = {False: tw.NEGATIVE, True: tw.NEGATIVE_IN_COLUMN}


def read_values(body: pd.DataFrame, columns: Sequence[str]) -> tuple[FlowValues, np.ndarray]:
    """The value cells of ``columns`` and each row's rejection (None: the row is kept)."""
    n, several = len(body), len(columns) > 1
    reason = np.full(n, None, dtype=object)
    values, bounds, present = [], [], []
    for column in columns:
        text = body[column].to_numpy(dtype=object)
        value, missing, number = parse_numbers(text)
        codes, uniques = pd.factorize(text)  # each distinct cell once
        found = pd.Series(uniques, dtype=object).astype(str).str.extract(BOUND)[0]
        bound = pd.to_numeric(found, errors="coerce").to_numpy(dtype=float)[codes]
        suppressed = bound >= 2
        checks = [
            (~number & ~suppressed & ~missing, NOT_A_NUMBER[several]),
            (number & (value < 0), NEGATIVE[several]),
        ]
        if not several:  # one column: an empty cell is the row's reason (said as before)
            checks.insert(0, (missing, tw.NO_VALUE_CELL))
        for mask, why in checks:
            for i in np.flatnonzero(mask & pd.isna(reason)):
                said = {"cell": repr(text[i]), "column": repr(column)}
                reason[i] = (
                    str(tw.NO_VALUE) if why is tw.NO_VALUE_CELL and not text[i] else fill(why, said)
                )
        values.append(np.where(number, value, np.nan))
        bounds.append(np.where(suppressed, bound, np.nan))
        present.append(number | suppressed)
    found = FlowValues(
        tuple(columns),
        np.column_stack(values) if values else np.zeros((n, 0)),
        np.column_stack(bounds) if bounds else np.zeros((n, 0)),
        np.column_stack(present) if present else np.zeros((n, 0), dtype=bool),
    )
    if several:
        for i in np.flatnonzero(~found.present.any(axis=1) & pd.isna(reason)):
            reason[i] = str(tw.NO_VALUE_IN_ANY_COLUMN)
    return found, reason
