"""How a number with qualifiers is shown and summed.

Why: GLOTIP publishes small counts as ``<5``. Stored as ``value=NaN, lower=1,
upper=4, flag="suppressed"``, such a cell must read ``<5`` wherever it is shown
and must turn a sum into "at least N" (exact values plus lower bounds), never
into a made-up midpoint like 2.5 and never into a silent zero. Every label,
tooltip, table and export uses these functions so they cannot disagree.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from explorer.core.data.categories import level_of
from explorer.core.data.local_numbers import number_text, percent_text
from explorer.core.data.schema import SUPPRESSED
from explorer.core.texts import QT_TRANSLATE_NOOP, words

#: Flag of a derived value known only as a range (a rate from a suppressed count).
RANGE = "range"
#: Flag of a sum that includes ``<5`` cells: ``value`` is then a lower bound.
AT_LEAST = "at_least"

NO_DATA = "no data"
AT_LEAST_TEXT = QT_TRANSLATE_NOOP("Figures", "at least {number}")
RANGE_TEXT = QT_TRANSLATE_NOOP("Figures", "{low} to {high}")
NO_DATA_TEXT = QT_TRANSLATE_NOOP("Figures", "no data")


def _number(x: Any) -> float | None:
    """``x`` as a float, or None when it is missing (None, NaN, pd.NA)."""
    if x is None or x is pd.NA:
        return None
    try:
        f = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(f) else f


def format_number(x: float, lang: str | None = None) -> str:
    """``1234`` -> ``"1,234"``; non-integers keep one decimal (``"12.5"``); in ``lang``'s
    digits and separators when given (French ``"1 234"``)."""
    return number_text(x, lang)


def format_value(
    value: Any, lower: Any = None, upper: Any = None, flag: Any = None, lang: str | None = None
) -> str:
    """The text for one cell: ``"1,234"``, ``"<5"``, ``"Tier 2"`` or ``"no data"``.

    A suppressed cell shows ``<upper+1`` (GLOTIP's 1-4 becomes ``<5``; ``<5``
    also when the bounds were lost). Any other cell without a value but with
    bounds shows them, so what the source knew is never hidden.
    """
    level = level_of(flag)
    if level is not None:  # a categorical indicator: the level's words, not its rank
        return level
    v, lo, hi = _number(value), _number(lower), _number(upper)
    if v is not None:
        number = format_number(v, lang)
        if not (isinstance(flag, str) and flag == AT_LEAST):
            return number
        return _say(lang, AT_LEAST_TEXT, "number", number)
    suppressed = isinstance(flag, str) and flag == SUPPRESSED
    bounded_count = not (isinstance(flag, str) and flag == RANGE)
    if suppressed or (bounded_count and hi is not None and (lo is None or lo <= 1)):
        return f"<{format_number(hi + 1, lang)}" if hi is not None else "<5"
    if lo is not None and hi is not None:
        low, high = format_number(lo, lang), format_number(hi, lang)
        return words(lang).say(RANGE_TEXT, low=low, high=high)
    if lo is not None:
        return _say(lang, AT_LEAST_TEXT, "number", format_number(lo, lang))
    return NO_DATA if lang is None else words(lang).say(NO_DATA_TEXT)


def _say(lang: str | None, template: str, name: str, value: str) -> str:
    """A one-value template in ``lang`` (English without a language: a cell of a data
    export must cost no more than the f-string it was)."""
    if lang is None:
        return template.replace("{" + name + "}", value)
    return words(lang).say(template, **{name: value})


def format_column(frame: pd.DataFrame) -> pd.Series:
    """``format_value`` for every row of a frame with value/lower/upper/flag."""
    texts = [
        format_value(v, lo, hi, f)
        for v, lo, hi, f in zip(
            frame["value"], frame["lower"], frame["upper"], frame["flag"], strict=True
        )
    ]
    return pd.Series(texts, index=frame.index, dtype="string")


def sum_bounds(frame: pd.DataFrame) -> tuple[float, float | None, bool]:
    """(lower, upper, exact) bounds of the sum of a frame's cells.

    lower = exact values + lower bounds of bounded cells; upper = exact values +
    upper bounds, or None when some bounded cell has no upper bound. ``exact`` is
    True when every cell with information had a value. Cells with neither a
    value nor bounds carry no information and are left out.
    """
    # Plain arrays: the country panel sums two tables on every year change.
    value, lower, upper = (
        frame[c].to_numpy(dtype="float64", na_value=np.nan) for c in ("value", "lower", "upper")
    )
    exact = ~np.isnan(value)
    bounded = ~exact & ~(np.isnan(lower) & np.isnan(upper))
    total = float(value[exact].sum())
    low = total + float(np.nansum(lower[bounded]))
    high = None if np.isnan(upper[bounded]).any() else total + float(upper[bounded].sum())
    return low, high, not bool(bounded.any())


def format_total(frame: pd.DataFrame) -> str:
    """The sum of a frame's cells: ``"1,234"`` or ``"at least 1,236"``.

    "at least N" appears as soon as one cell is suppressed; N adds the exact
    values and the lower bounds (1 for each ``<5``).
    """
    if frame.empty:
        return NO_DATA
    informative = frame["value"].notna() | frame["lower"].notna() | frame["upper"].notna()
    if not bool(informative.any()):
        return NO_DATA
    low, _, exact = sum_bounds(frame)
    return format_number(low) if exact else f"at least {format_number(low)}"


def format_share(share: float | None, lang: str | None = None) -> str:
    """A share as a whole percentage; a small non-zero share reads "<1%", never "0%";
    written as ``lang`` writes percentages ("12 %" in French)."""
    if share is None or share != share:
        return ""
    if 0 < share < 0.005:
        return "<" + percent_text(0.01, lang, 0)
    return percent_text(share, lang, 0)
