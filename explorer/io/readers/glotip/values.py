"""GLOTIP value cells and country codes: ``<5``, thousands separators, ISO3 checks.

Why apart: the parsing rules are small, exact and tested on their own.
Numbers are read by the tables' one rule set
(:func:`~explorer.io.importing.numbers.parse_numbers`) with the comma
always a thousands separator, as UNODC writes them; a count below zero is
not a number here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from explorer.core.data.schema import SUPPRESSED
from explorer.io.importing.cells import BOUND
from explorer.io.importing.numbers import parse_numbers


def parse_values(text: pd.Series) -> tuple[pd.Series, ...]:
    """value, lower, upper, flag, ok for a txtVALUE column (see the module doc)."""
    bound = text.str.extract(BOUND, expand=False)
    is_bound = bound.notna()
    number, _, parsed = parse_numbers(text.to_numpy(dtype=object), decimal_comma=False)
    plain = pd.Series(parsed & ~(number < 0), index=text.index)
    value = pd.Series(np.where(plain, number, np.nan), index=text.index)
    upper = pd.to_numeric(bound, errors="coerce").astype("float64") - 1
    lower = pd.Series(np.where(is_bound, 1.0, np.nan), index=text.index)
    flag = pd.Series(np.where(is_bound, SUPPRESSED, ""), index=text.index)
    ok = (is_bound & (upper >= 1)) | plain
    return value, lower, upper.where(is_bound), flag, ok
