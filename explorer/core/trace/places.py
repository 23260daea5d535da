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
from explorer.core.data.values import format_number
from explorer.core.places.book import Place, PlaceBook
from explorer.core.places.grid import Grid, grid_of
from explorer.core.places.wording import signed_pct
from explorer.core.trace.figures import trace_observation
from explorer.core.trace.traced import Traced


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


def all_names(book: PlaceBook) -> dict[str, str]:
    """Names of every country and place code of ``book``: what a trace's labels say."""
    return {**book.country_names, **book.names()}


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
    label = f"{place.name}, {int(year)}: {indicator}, total"
    j = grid.column(year)
    if j is None:
        return Traced(label, "no figure", rule=f"no country of {place.name} reported")
    codes = np.asarray(grid.codes, dtype=object)
    exact = mask & grid.is_exact[:, j]
    bounded = mask & grid.is_bounded[:, j]
    parts = tuple(
        trace_observation(dataset, str(c), year, indicator, names=names)
        for c in _by_name(codes[exact | bounded], names)
    )
    total = float(np.nansum(grid.exact[exact, j]))
    rule = (
        f"sum of the exact figures of the {int(exact.sum())} countries that reported one "
        f"({format_number(total)}; {int(mask.sum())} countries in {place.name})"
    )
    if bounded.any():
        low, high = grid.lower[bounded, j].sum(), grid.upper[bounded, j].sum()
        rule += (
            f"; {int(bounded.sum())} more reported only <5, {format_number(low)} to "
            f"{format_number(high)} victims together, shown beside the sum, never in it"
        )
    return Traced(label, format_number(total), rule=rule, parts=parts)


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
    label = f"{place.name}: {indicator}, change {int(year) - 1} to {int(year)}"
    j, i = grid.column(year), grid.column(int(year) - 1)
    if j is None or i is None:
        return Traced(label, "no figure", rule="no figures for one of the two years")
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
    shown = signed_pct(pct) if pct is not None else "not computable"
    rule = (
        f"({format_number(after)} - {format_number(before)}) / {format_number(before)} x 100 "
        f"over the {len(codes)} countries of {place.name} with an exact figure in both "
        f"{int(year) - 1} and {int(year)} (a <5 or a gap in either year leaves a country out)"
    )
    return Traced(label, shown, rule=rule, parts=parts)


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
    title = f"{place.name}, {int(year)}: {indicator}, share {label}"
    if any(j is None for j in columns.values()):
        return Traced(title, "not computable", rule="a part of the group has no figures")
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
    shown = f"{mine / total * 100:.1f}%" if total else "not computable"
    words = " + ".join(parts_of)
    rule = (
        f"{format_number(mine)} / ({words} = {format_number(total)}) x 100 over the "
        f"{len(codes)} countries of {place.name} that reported every part exactly"
    )
    return Traced(title, shown, rule=rule, parts=parts)
