"""The labels of each row of an indicator table: its indicator, sex and age, and units.

Why apart from the reader: naming the indicator has its own precedence (an
indicator column, else the name the user gave, else the value column's
header, else the file name), one indicator reported in two units becomes two
indicators, and a unit is worth a caveat; none of that touches the values.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from explorer.core.data.schema import TOTAL
from explorer.core.indicators.units import unit_caveat, unit_kind
from explorer.io.readers.tables.columns import VALUE, normalise_header
from explorer.io.readers.tables.mapping import TableMapping

_TOTAL_WORDS = frozenset({"", "total", "all", "both sexes", "both", "all ages", "t", "_t"})


def indicator_names(
    body: pd.DataFrame,
    mapping: TableMapping,
    explicit: str | None,
    path: Path,
    caveats: list[str],
) -> np.ndarray:
    """The indicator of each row: its column, else the name given, the value's header, the file."""
    explicit = (explicit or mapping.indicator_name or "").strip() or None
    default = explicit
    generic = normalise_header(mapping.value or "") in VALUE and not mapping.values
    if default is None and mapping.layout == "long" and mapping.value and not generic:
        default = mapping.value
    default = default or path.stem
    n = len(body)
    if not mapping.indicator:
        names = np.full(n, default, dtype=object)
    else:
        column = body[mapping.indicator].to_numpy(dtype=object)
        distinct = [c for c in pd.unique(column) if c]
        if explicit and len(distinct) <= 1:
            names = np.full(n, explicit, dtype=object)
        else:
            if explicit:
                caveats.append(
                    f"The name {explicit!r} was not applied: the file holds "
                    f"{len(distinct)} indicators, named by its column {mapping.indicator!r}."
                )
            names = np.where(column == "", default, column).astype(object)
    if mapping.unit:
        units = body[mapping.unit].to_numpy(dtype=object)
        frame = pd.DataFrame({"name": names, "unit": units})
        several = frame[frame["unit"] != ""].groupby("name")["unit"].nunique() > 1
        split = frame["name"].isin(several[several].index) & (frame["unit"] != "")
        names = np.where(split, frame["name"] + " (" + frame["unit"] + ")", names).astype(object)
    return names


def unit_caveats(
    body: pd.DataFrame, mapping: TableMapping, indicators: np.ndarray, names: list[str]
) -> list[str]:
    """A caveat per indicator whose unit is known: from the unit column, else its name.

    The caveat is what the count/rate rule reads (:mod:`explorer.core.indicators.units`).
    """
    caveats = []
    for name in names:
        unit = ""
        if mapping.unit:
            units = [u for u in pd.unique(body[mapping.unit][indicators == name]) if u]
            unit = units[0] if len(units) == 1 else ""
        if unit:
            caveats.append(unit_caveat(name, unit))
            continue
        match = re.search(r"\(([^()]+)\)\s*$", name)
        kind = unit_kind(name)
        if match:
            caveats.append(unit_caveat(name, match.group(1), from_name=True))
        elif kind:
            caveats.append(unit_caveat(name, f"a {kind}", from_name=True))
    return caveats


def total_labels(body: pd.DataFrame, column: str | None) -> np.ndarray:
    """A sex or age column with total-like entries (and blanks) as "Total"."""
    if not column:
        return np.full(len(body), TOTAL, dtype=object)
    text = body[column]
    is_total = text.str.strip().str.casefold().isin(_TOTAL_WORDS)
    return text.where(~is_total, TOTAL).to_numpy(dtype=object)
