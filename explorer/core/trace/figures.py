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
from explorer.core.data.local_numbers import percent_text
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
from explorer.core.texts import SEMICOLON, Phrase, phrase
from explorer.core.trace import words as w
from explorer.core.trace.lookup import Figure, flow, observation, rows_of
from explorer.core.trace.traced import Traced, traced

_BETWEEN = re.compile(r"^(?P<base>.*): change (?P<first>\d{4}) to (?P<second>\d{4}) \(%\)$")
NO_FIGURE = "no figure"
NO_FIGURE_SAID = w.NO_FIGURE


def shown(row: Figure | None, indicator: str, lang: str | None = None) -> str:
    """The figure as the panel shows it (a share or change with its per cent sign), in
    ``lang``'s digits."""
    if row is None:
        return w.words(lang).say(w.NO_FIGURE)
    value = row["value"]
    text = format_value(value, row["lower"], row["upper"], row["flag"])
    if indicator.endswith("(%)") and (text[:1].isdigit() or text.startswith("-")):
        return f"{text}%" if lang is None else percent_text(float(value) / 100, lang)
    return format_value(value, row["lower"], row["upper"], row["flag"], lang) if lang else text


def shown_said(row: Figure | None, indicator: str) -> w.Said:
    """:func:`shown` kept to be said in any language."""
    return w.Said(lambda r, lang: shown(r, indicator, lang), row)


#: How the classes of origin read in a trace's labels.
_CLASS_NAMES = {DOMESTIC: w.OWN_NATIONALS, UNKNOWN: w.ORIGIN_NOT_KNOWN}


def _name(names: Mapping[str, str], code: str) -> str:
    return names.get(code) or _CLASS_NAMES.get(code, code)


def _place(names: Mapping[str, str], code: str) -> w.Said:
    """A country, place or class of origin, said by its name in the language."""
    if code in _CLASS_NAMES and code not in names:
        return w.template(_CLASS_NAMES[code])
    return w.place(code, _name(names, code))


def _note(row: Figure) -> w.Said | str:
    if isinstance(row["flag"], str) and row["flag"] == SUPPRESSED:
        return w.template(w.SUPPRESSED_NOTE)
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
    values = {"place": _place(names, iso3), "year": w.digits(int(year))}
    values["indicator"] = w.indicator(indicator)
    label = phrase(w.LABEL, **values)
    if breakdown != Breakdown.TOTAL:
        label = phrase(w.LABEL_BREAKDOWN, **values, breakdown=w.breakdown(breakdown.label))
    if row is None:
        return traced(label, w.template(NO_FIGURE_SAID))
    return traced(label, shown_said(row, indicator), rows=rows_of(row), note=_note(row))


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
    label = phrase(
        w.FLOW_LABEL,
        origin=_place(names, origin),
        destination=_place(names, destination),
        year=w.digits(int(year)),
        indicator=w.indicator(indicator),
    )
    if row is None:
        return traced(label, w.template(NO_FIGURE_SAID))
    raw = row.get("origin_label")
    notes = [_label_note(raw, origin, destination, names) if isinstance(raw, str) else ""]
    notes.append(_note(row))
    note = w.Said(_joined, tuple(n for n in notes if n)) if any(notes) else ""
    return traced(label, shown_said(row, indicator), rows=rows_of(row), note=note)


def _joined(parts: tuple, lang: str | None) -> str:
    """Notes one after another, "; " between them (as the language writes it)."""
    return w.words(lang).join((p.text(lang) for p in parts), SEMICOLON)


def _label_note(raw: str, code: str, detected_in: str, names: Mapping[str, str]) -> Phrase:
    """ "origin label 'Nigerians' read as own nationals (DOMESTIC), as the people of that
    country"; labels meaning one origin are said so, each with how it was read."""
    from explorer.core.names.resolver import resolve  # lazily: fuzzy tables load on first use

    labels = [label for label in raw.split(" + ") if label] or [raw]
    hows = []
    for label in labels:
        found = resolve(label, detected_in=detected_in)
        agrees = found.result == code or (found.result == detected_in and code == DOMESTIC)
        how = w.HOW.get(found.method, found.method) if agrees else w.BY_YOUR_RULE
        said = w.template(how)
        hows.append(phrase(w.LABEL_HOW, label=repr(label), how=said) if len(labels) > 1 else said)
    read = phrase(w.READ_AS, name=_place(names, code), code=code)
    if len(labels) > 1:
        return phrase(w.SEVERAL_LABELS, read=read, hows=w.Said(_joined, tuple(hows)))
    return phrase(w.ONE_LABEL, label=repr(raw), read=read, how=hows[0])


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

    label = phrase(
        w.LABEL, place=_place(names, iso3), year=w.digits(year), indicator=w.indicator(indicator)
    )
    value = shown_said(observation(dataset, iso3, year, indicator, Breakdown.TOTAL), indicator)
    if indicator == CHILDREN_SHARE:
        parts = (part(VICTIMS, b=Breakdown(age=CHILDREN)), part(VICTIMS))
        rule = phrase(w.CHILDREN_RULE)
    elif indicator == WOMEN_GIRLS_SHARE:
        parts = (part(VICTIMS, b=Breakdown(sex="Female")), part(VICTIMS))
        rule = phrase(w.WOMEN_RULE)
    elif indicator.endswith(CHANGE_SUFFIX):
        base = indicator.removesuffix(CHANGE_SUFFIX)
        parts = (part(base, year - 1), part(base))
        rule = phrase(w.CHANGE_RULE, year=w.digits(year), previous=w.digits(year - 1))
    elif match := _BETWEEN.match(indicator):
        base, first = match["base"], int(match["first"])
        parts = (part(base, first), part(base, int(match["second"])))
        rule = phrase(w.BETWEEN_RULE, first=w.digits(first))
    elif indicator.endswith(SUFFIX):
        parts = (part(indicator.removesuffix(SUFFIX)),)
        rule = phrase(w.RATE_RULE, gap=w.digits(MAX_YEAR_GAP))
    elif indicator.endswith(REGIONAL_SUFFIX):
        return None  # a regional total is traced as its region (see places)
    else:
        return None
    return traced(label, value, rule=rule, parts=parts)
