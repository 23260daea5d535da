"""GLOTIP value cells and country codes: ``<5``, thousands separators, ISO3 checks.

Why apart: the parsing rules are small, exact and tested on their own.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from explorer.core.data.schema import SUPPRESSED
from explorer.io.importing.cells import BOUND

_THOUSANDS = re.compile(r"^\d{1,3}(?:[,\u00a0\u202f' ]\d{3})+$")
_PLAIN = re.compile(r"^\d+(?:\.\d+)?$")


def parse_values(text: pd.Series) -> tuple[pd.Series, ...]:
    """value, lower, upper, flag, ok for a txtVALUE column (see the module doc)."""
    bound = text.str.extract(BOUND, expand=False)
    is_bound = bound.notna()
    grouped = text.str.match(_THOUSANDS)
    digits = text.where(~grouped, text.str.replace(r"\D", "", regex=True))
    plain = digits.str.match(_PLAIN)
    value = pd.to_numeric(digits.where(plain), errors="coerce").astype("float64")
    upper = pd.to_numeric(bound, errors="coerce").astype("float64") - 1
    lower = pd.Series(np.where(is_bound, 1.0, np.nan), index=text.index)
    flag = pd.Series(np.where(is_bound, SUPPRESSED, ""), index=text.index)
    ok = (is_bound & (upper >= 1)) | plain
    return value, lower, upper.where(is_bound), flag, ok
