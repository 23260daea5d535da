"""Traces of the figures a country shows: read from the file, or derived from two of them.

Why one module per kind of figure is not needed: every country figure is
either an observation (its rows), a flow (its rows, with the labels resolved),
or one of the derived indicators of :mod:`explorer.core.indicators.derived`
and :mod:`explorer.core.indicators.rates`, each made of observations by one
rule, which is written out in the words of the derived module.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from explorer.core.data.breakdown import CHILDREN, Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.schema import DOMESTIC, SUPPRESSED, UNKNOWN
from explorer.core.data.values import format_value
from explorer.core.indicators.derived import (
    CHANGE_SUFFIX,
    CHILDREN_SHARE,
    VICTIMS,
    WOMEN_GIRLS_SHARE,
)
from explorer.core.indicators.kinds import REGIONAL_SUFFIX
from explorer.core.indicators.rates import MAX_YEAR_GAP, SUFFIX
from explorer.core.trace.lookup import Figure, flow, observation, rows_of
from explorer.core.trace.traced import Traced

_BETWEEN = re.compile(r"^(?P<base>.*): change (?P<first>\d{4}) to (?P<second>\d{4}) \(%\)$")
NO_FIGURE = "no figure"


def shown(row: Figure | None, indicator: str) -> str:
    """The figure as the panel shows it (a share or change with its per cent sign)."""
    if row is None:
        return NO_FIGURE
    text = format_value(row["value"], row["lower"], row["upper"], row["flag"])
    if indicator.endswith("(%)") and (text[:1].isdigit() or text.startswith("-")):
        return f"{text}%"
    return text


#: How the classes of origin read in a trace's labels.
_CLASS_NAMES = {DOMESTIC: "own nationals", UNKNOWN: "origin not known"}


def _name(names: Mapping[str, str], code: str) -> str:
    return names.get(code) or _CLASS_NAMES.get(code, code)


def _note(row: Figure) -> str:
    if isinstance(row["flag"], str) and row["flag"] == SUPPRESSED:
        return "<5 kept as a range (1 to 4), never a made-up number"
    return ""


def trace_observation(
    dataset: Dataset,
    iso3: str,
    year: int,
    indicator: str,
    breakdown: Breakdown = Breakdown.TOTAL,
    names: Mapping[str, str] | None = None,
) -> Traced:
    """A country's figure: read from the file, or made by a derived indicator's rule."""
    names = names or {}
    derived = _derived(dataset, iso3, int(year), indicator, breakdown, names)
    if derived is not None:
        return derived
    row = observation(dataset, iso3, year, indicator, breakdown)
    label = f"{_name(names, iso3)}, {int(year)}: {indicator}"
    if breakdown != Breakdown.TOTAL:
        label += f", {breakdown.label}"
    if row is None:
        return Traced(label, NO_FIGURE)
    return Traced(label, shown(row, indicator), rows=rows_of(row), note=_note(row))


def trace_flow(
    dataset: Dataset,
    origin: str,
    destination: str,
    year: int,
    indicator: str,
    names: Mapping[str, str] | None = None,
) -> Traced:
    """A flow: the rows it was read from, with the raw origin labels."""
    names = names or {}
    row = flow(dataset, origin, destination, year, indicator)
    label = f"{_name(names, origin)} -> {_name(names, destination)}, {int(year)}: {indicator}"
    if row is None:
        return Traced(label, NO_FIGURE)
    raw = row.get("origin_label")
    note = _label_note(raw, origin, destination, names) if isinstance(raw, str) else ""
    if _note(row):
        note = f"{note}; {_note(row)}" if note else _note(row)
    return Traced(label, shown(row, indicator), rows=rows_of(row), note=note)


#: The resolver's methods in words (see :data:`explorer.core.names.resolution.METHODS`).
_HOW = {
    "code": "as a country code",
    "name": "by its name",
    "alias": "by a known other name",
    "demonym": "as the people of that country",
    "class": "as a class of origin",
    "fuzzy": "by an approximate match",
}


def _label_note(raw: str, code: str, detected_in: str, names: Mapping[str, str]) -> str:
    """ "origin label 'Nigerians' read as own nationals (DOMESTIC), as the people of that
    country"; labels meaning one origin are said so, each with how it was read."""
    from explorer.core.names.resolver import resolve  # lazily: fuzzy tables load on first use

    labels = [label for label in raw.split(" + ") if label] or [raw]
    hows = []
    for label in labels:
        found = resolve(label, detected_in=detected_in)
        agrees = found.result == code or (found.result == detected_in and code == DOMESTIC)
        how = _HOW.get(found.method, found.method) if agrees else "by your alias or rule"
        hows.append(f"{label!r} {how}" if len(labels) > 1 else how)
    read = f"{_name(names, code)} ({code})"
    if len(labels) > 1:
        return f"origin labels meaning one origin, summed: read as {read}: " + "; ".join(hows)
    return f"origin label {raw!r} read as {read}, {hows[0]}"


def _derived(
    dataset: Dataset,
    iso3: str,
    year: int,
    indicator: str,
    breakdown: Breakdown,
    names: Mapping[str, str],
) -> Traced | None:
    """The trace of a derived indicator's figure, or None for a figure read from a file."""
    if breakdown != Breakdown.TOTAL:
        return None

    def part(ind: str, y: int = year, b: Breakdown = Breakdown.TOTAL) -> Traced:
        return trace_observation(dataset, iso3, y, ind, b, names)

    label = f"{_name(names, iso3)}, {year}: {indicator}"
    value = shown(observation(dataset, iso3, year, indicator, Breakdown.TOTAL), indicator)
    if indicator == CHILDREN_SHARE:
        parts = (part(VICTIMS, b=Breakdown(age=CHILDREN)), part(VICTIMS))
        rule = "victims aged 0 to 17 / all detected victims x 100, both exact"
    elif indicator == WOMEN_GIRLS_SHARE:
        parts = (part(VICTIMS, b=Breakdown(sex="Female")), part(VICTIMS))
        rule = "female victims / all detected victims x 100, both exact"
    elif indicator.endswith(CHANGE_SUFFIX):
        base = indicator.removesuffix(CHANGE_SUFFIX)
        parts = (part(base, year - 1), part(base))
        rule = f"({year} - {year - 1}) / {year - 1} x 100, both exact, the previous year not zero"
    elif match := _BETWEEN.match(indicator):
        base, first = match["base"], int(match["first"])
        parts = (part(base, first), part(base, int(match["second"])))
        rule = f"(second year - {first}) / {first} x 100, both exact, {first} not zero"
    elif indicator.endswith(SUFFIX):
        parts = (part(indicator.removesuffix(SUFFIX)),)
        rule = (
            "count / population x 100,000; the population of the same year from the loaded "
            f"population indicator, else the nearest year at most {MAX_YEAR_GAP} years away "
            "(its rows are in that dataset)"
        )
    elif indicator.endswith(REGIONAL_SUFFIX):
        return None  # a regional total is traced as its region (see places)
    else:
        return None
    return Traced(label, value, rule=rule, parts=parts)
