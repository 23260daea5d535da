"""What an indicator's unit says about it: a rate (never summed) or a count.

Why in core: importers learn the unit from a column header ("Prevalence (per
1,000 population)", "Estimated number of ...") or a unit column and record it
in the dataset's provenance caveats ("Unit of 'X': ..."); the count/rate rule
(:mod:`explorer.core.indicators.kinds`) reads it back from there, so a rate
whose name does not say so is still never summed into regional totals.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from typing import Literal

UnitKind = Literal["rate", "count", ""]

_RATE = re.compile(
    r"\bper\s*(?:cent|mille|capita|[\d][\d,. ]*|thousand|hundred|million)|%|‰|\brates?\b"
    r"|\bpercent(?:age)?\b|\bratio\b|\bshare\b|\bprevalence\b|\bindex\b",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"\bnumber\b|\bcounts?\b|\bpersons\b|\bpeople\b|\bvictims\b|\bcases\b", re.IGNORECASE
)
_UNIT_CAVEAT = re.compile(r"^Unit of ('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"): (.*)$", re.DOTALL)


def unit_kind(text: str) -> UnitKind:
    """``"Prevalence (per 1,000 population)"`` -> rate; ``"Estimated number of ..."`` -> count.

    A rate wins over a count ("number per 100,000" is a rate); "" when the text says neither.
    """
    if _RATE.search(text):
        return "rate"
    return "count" if _COUNT.search(text) else ""


def unit_caveat(name: str, unit: str, from_name: bool = False) -> str:
    """The provenance caveat recording ``name``'s unit (read back by :func:`stated_units`)."""
    said = " (as its name says)" if from_name else ""
    rate = unit_kind(unit) == "rate" and unit != "a rate"
    return f"Unit of {name!r}: {unit}{said}." + (" A rate: never summed." if rate else "")


def stated_units(caveats: Iterable[str]) -> dict[str, str]:
    """``{indicator: unit text}`` from the ``Unit of 'X': ...`` caveats of a provenance."""
    units: dict[str, str] = {}
    for caveat in caveats:
        match = _UNIT_CAVEAT.match(caveat)
        if match is None:
            continue
        try:
            name = ast.literal_eval(match.group(1))
        except (ValueError, SyntaxError):
            continue
        units[str(name)] = match.group(2)
    return units


def stated_kind(caveats: Iterable[str], indicator: str) -> UnitKind:
    """Whether the unit recorded for ``indicator`` makes it a rate or a count ("" unknown)."""
    unit = stated_units(caveats).get(indicator)
    return unit_kind(unit) if unit else ""
