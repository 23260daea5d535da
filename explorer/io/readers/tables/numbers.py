"""Years in the text cells of a generic table; its numbers are read by the shared rules.

Why the numbers live in :mod:`explorer.io.importing.numbers`: every reader
(indicator and flow tables, GLOTIP) parses figures by one rule set, and
readers share only :mod:`explorer.io.importing`. They are named here too so
that the table readers import their cell rules from one place.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from explorer.io.importing.cells import BOUND
from explorer.io.importing.numbers import MISSING_TOKENS, parse_numbers
from explorer.io.readers.tables.columns import FIRST_YEAR, LAST_YEAR

__all__ = ["MISSING_TOKENS", "number_counts", "parse_numbers", "parse_years"]


def number_counts(cells: pd.Series, bounds: bool = False) -> tuple[int, int]:
    """``(filled, numbers)``: cells holding anything, and those that are numbers.

    ``bounds``: a suppressed count (``<5``) is a number too (flow tables).
    Each distinct cell is parsed once, weighed by how often it occurs.
    """
    codes, uniques = pd.factorize(cells.to_numpy(dtype=object))
    _, missing, number = parse_numbers(uniques)
    if bounds:
        number |= pd.Series(uniques, dtype=object).astype(str).str.match(BOUND).to_numpy(bool)
    counts = np.bincount(codes, minlength=len(uniques))
    return int(counts[~missing].sum()), int(counts[number].sum())


_YEAR_CELL = re.compile(r"^(\d{4})(?:\.0+)?$|^(\d{4})-\d{1,2}(?:-\d{1,2})?(?:[ T][\d:]+)?$")


def parse_years(cells: pd.Series) -> np.ndarray:
    """Years (float, NaN when not a whole year 1800-2100): "2020", "2020.0", "2020-12-31".

    Each distinct cell is parsed once: a long table repeats a few dozen years,
    and the regex over every row cost 2.4 s of a million-row import.
    """
    codes, uniques = pd.factorize(cells.astype(str), use_na_sentinel=False)
    found = pd.Series(uniques, dtype=object).str.strip().str.extract(_YEAR_CELL)
    year = pd.to_numeric(found[0].fillna(found[1]), errors="coerce").to_numpy(dtype="float64")
    year = np.where((year >= FIRST_YEAR) & (year <= LAST_YEAR), year, np.nan)
    return year[codes]
