"""Which indicators are counts of people (they may be summed, changed, turned into rates).

Why one rule: the derived changes, the rates per 100,000, the regional totals
and the place summaries must agree on what a count is. They once kept two
copies of this rule, which drifted apart: one let "Assistance activities
(number)" become a rate per 100,000 population.

A count is an indicator whose figures are whole numbers, none negative, that is
not named as a share, rate, ratio, index or change (``%``, ``per``, ...), not
recorded with a rate's unit (a unit column, or a header such as "per 1,000
population": :mod:`explorer.core.indicators.units`), not a regional total, not
the number of assistance activities (projects, often one for several countries)
and not categorical (levels such as tiers). A unit recorded as a count lets
estimates with decimals count.
"""

from __future__ import annotations

import re

import numpy as np

from explorer.core.data.categories import CATEGORY_FLAG_PREFIX
from explorer.core.data.dataset import Dataset
from explorer.core.indicators.activities import ACTIVITY_INDICATOR
from explorer.core.indicators.units import stated_kind

_RATE_LIKE = re.compile(r"\b(?:per|rate|ratio|share|percent|index|score)\b|%", re.I)
_CHANGE = re.compile(r": change (?:since the previous year|\d{4} to \d{4}) \(%\)$")
_POPULATION = re.compile(r"^\s*population\b(?!.*\b(?:growth|density|share|per|%))", re.I)
REGIONAL_SUFFIX = ": regional total"


def is_population(indicator: str) -> bool:
    """``"Population, total"``, ``"Population"``; not ``"Population growth (annual %)"``."""
    return bool(_POPULATION.match(indicator))


def is_count_indicator(dataset: Dataset, indicator: str) -> bool:
    """True for a count of people (victims, persons convicted ...): see the module rule."""
    if _RATE_LIKE.search(indicator) or _CHANGE.search(indicator):
        return False
    if indicator.endswith(REGIONAL_SUFFIX) or indicator == ACTIVITY_INDICATOR:
        return False
    unit = stated_kind(dataset.provenance.caveats, indicator)
    if unit == "rate":
        return False
    cells = dataset.cells(indicator)
    if not len(cells["value"]):  # no national totals: judge by every breakdown
        rows = dataset.observations[dataset.observations["indicator"] == indicator]
        cells = {"flag": rows["flag"].to_numpy(dtype=object, na_value=""), "value": rows["value"]}
    if any(str(f).startswith(CATEGORY_FLAG_PREFIX) for f in cells["flag"]):
        return False
    values = np.asarray(cells["value"], dtype=float)
    values = values[~np.isnan(values)]
    whole = unit == "count" or np.allclose(values, np.round(values))  # estimates may be fractional
    return bool(len(values)) and bool((values >= 0).all()) and bool(whole)


def count_indicators(dataset: Dataset) -> list[str]:
    """The dataset's count indicators, in its order."""
    return [i for i in dataset.indicators() if is_count_indicator(dataset, i)]
