"""Traces of a place's figures: its total and its change, each with the countries it covers.

Why from the same grid as the place panel: the countries a trace lists must
be exactly those the panel's figure was summed over (the N it states), so the
trace reads the summary's grid (:mod:`explorer.core.places.grid`) for which
countries reported, and each country's figure from its rows.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.local_numbers import percent_text, signed_percent_text
from explorer.core.indicators.shown_names import breakdown_name
from explorer.core.places.book import WORLD, Place, PlaceBook
from explorer.core.places.grid import Grid, grid_of
from explorer.core.places.wording import signed_pct
from explorer.core.texts import phrase
from explorer.core.trace import words as w
from explorer.core.trace.figures import trace_observation
from explorer.core.trace.traced import Traced, traced


def _setup(
    dataset: Dataset, book: PlaceBook, code: str, indicator: str, names: Mapping[str, str] | None
) -> tuple[Mapping[str, str], Place, Grid, np.ndarray]:
    """(names, the place, the indicator's total grid, the place's members as a mask)."""
    grid = grid_of(dataset, book.codes, indicator, Breakdown.TOTAL)
    names = names if names is not None else all_names(book)
    return names, book.get(code), grid, book.mask(code)


def _by_name(codes, names: Mapping[str, str]) -> list[str]:
    """Country codes in the order of their names (how the rows table lists the figures)."""
    return sorted((str(c) for c in codes), key=lambda c: names.get(c, c))


def all_names(book: PlaceBook, countries: Mapping[str, str] | None = None) -> dict[str, str]:
    """Names of every country and place code of ``book``: what a trace's labels say. In
    English with ``countries`` (the English country names), whatever language the book
    names its places in: a trace's words are English until said in a language."""
    if countries is None:
        return {**book.country_names, **book.names()}
    return {**book.country_names, **countries, **{p.code: _english(p) for p in book.places()}}


def _english(place: Place) -> str:
    """A place's English name: the World's, or its region's as its code spells it (a
    group: the name the user gave it)."""
    if place.code == WORLD:
        return "World"
    kind, _, name = place.code.partition(":")
    return name if kind in ("region", "subregion") and name else place.name


def trace_place_total(
    dataset: Dataset,
    book: PlaceBook,
    code: str,
    indicator: str,
    year: int,
    names: Mapping[str, str] | None = None,
) -> Traced:
    """The place's total: the exact figures summed, and the ``<5`` ranges beside them."""
    names, place, grid, mask = _setup(dataset, book, code, indicator, names)
    where = w.place(code, names.get(code, place.name))
    label = phrase(
        w.PLACE_TOTAL, place=where, year=w.digits(int(year)), indicator=w.indicator(indicator)
    )
    j = grid.column(year)
    if j is None:
        return traced(label, w.template(w.NO_FIGURE), rule=phrase(w.NO_COUNTRY, place=where))
    codes = np.asarray(grid.codes, dtype=object)
    exact = mask & grid.is_exact[:, j]
    bounded = mask & grid.is_bounded[:, j]
    parts = tuple(
        trace_observation(dataset, str(c), year, indicator, names=names)
        for c in _by_name(codes[exact | bounded], names)
    )
    total = float(np.nansum(grid.exact[exact, j]))
    rule = phrase(
        w.TOTAL_RULE,
        exact=w.number(int(exact.sum())),
        total=w.number(total),
        members=w.number(int(mask.sum())),
        place=where,
    )
    if bounded.any():
        low, high = grid.lower[bounded, j].sum(), grid.upper[bounded, j].sum()
        rule = phrase(
            w.BOUNDED_RULE,
            rule=rule,
            more=w.number(int(bounded.sum())),
            low=w.number(low),
            high=w.number(high),
        )
    return traced(label, w.number(total), rule=rule, parts=parts)


def trace_place_change(
    dataset: Dataset,
    book: PlaceBook,
    code: str,
    indicator: str,
    year: int,
    names: Mapping[str, str] | None = None,
) -> Traced:
    """The place's change since the year before, over the countries exact in both years."""
    names, place, grid, mask = _setup(dataset, book, code, indicator, names)
    where, previous, this = (
        w.place(code, names.get(code, place.name)),
        w.digits(int(year) - 1),
        w.digits(int(year)),
    )
    label = phrase(
        w.PLACE_CHANGE, place=where, indicator=w.indicator(indicator), previous=previous, year=this
    )
    j, i = grid.column(year), grid.column(int(year) - 1)
    if j is None or i is None:
        return traced(label, w.template(w.NO_FIGURE), rule=phrase(w.NO_YEARS))
    both = mask & grid.is_exact[:, i] & grid.is_exact[:, j]
    codes = _by_name(np.asarray(grid.codes, dtype=object)[both], names)
    parts = tuple(
        figure
        for c in codes
        for figure in (
            trace_observation(dataset, c, int(year) - 1, indicator, names=names),
            trace_observation(dataset, c, year, indicator, names=names),
        )
    )
    before, after = float(grid.exact[both, i].sum()), float(grid.exact[both, j].sum())
    pct = (after - before) / before * 100 if before else None
    shown = w.Said(_signed, pct) if pct is not None else w.template(w.NOT_COMPUTABLE)
    rule = phrase(
        w.PLACE_CHANGE_RULE,
        after=w.number(after),
        before=w.number(before),
        count=w.number(len(codes)),
        place=where,
        previous=previous,
        year=this,
    )
    return traced(label, shown, rule=rule, parts=parts)


def _signed(pct: float, lang: str | None) -> str:
    return signed_pct(pct) if lang is None else signed_percent_text(pct / 100, lang)


def _share(share: float, lang: str | None) -> str:
    return f"{share * 100:.1f}%" if lang is None else percent_text(share, lang)


def trace_place_share(
    dataset: Dataset,
    book: PlaceBook,
    code: str,
    indicator: str,
    year: int,
    group: str,
    label: str,
    names: Mapping[str, str] | None = None,
) -> Traced:
    """A share of the place's profile (children among victims of known age, ...): every part
    of the group from each country that reported all of them exactly."""
    from explorer.core.places.grid import grids_of
    from explorer.core.places.summary import PROFILE_GROUPS

    names, place, _grid, mask = _setup(dataset, book, code, indicator, names)
    parts_of = PROFILE_GROUPS[group]
    grids = grids_of(dataset, book.codes, indicator, list(parts_of.values()))
    columns = {lab: grids[b].column(year) for lab, b in parts_of.items()}
    where = w.place(code, names.get(code, place.name))
    title = phrase(
        w.PLACE_SHARE,
        place=where,
        year=w.digits(int(year)),
        indicator=w.indicator(indicator),
        part=w.breakdown(label),
    )
    if any(j is None for j in columns.values()):
        return traced(title, w.template(w.NOT_COMPUTABLE), rule=phrase(w.NO_PART))
    exact = np.stack([grids[b].exact[:, columns[lab]] for lab, b in parts_of.items()])
    complete = mask & ~np.isnan(exact).any(axis=0)
    codes = _by_name(np.asarray(book.codes, dtype=object)[complete], names)
    parts = tuple(
        trace_observation(dataset, c, year, indicator, b, names)
        for c in codes
        for b in parts_of.values()
    )
    sums = exact[:, complete].sum(axis=1)
    total = float(sums.sum())
    mine = float(sums[list(parts_of).index(label)])
    shown = w.Said(_share, mine / total) if total else w.template(w.NOT_COMPUTABLE)
    rule = phrase(
        w.SHARE_RULE,
        part=w.number(mine),
        parts=w.Said(_sum_of, tuple(parts_of)),
        total=w.number(total),
        count=w.number(len(codes)),
        place=where,
    )
    return traced(title, shown, rule=rule, parts=parts)


def _sum_of(labels: tuple[str, ...], lang: str | None) -> str:
    return " + ".join(breakdown_name(label, lang) for label in labels)
