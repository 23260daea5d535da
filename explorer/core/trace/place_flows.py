"""Trace of a flow between places (subregions or regions): the country flows it sums.

Why apart from country flows: a flow from Sub-Saharan Africa to Western Europe
is a sum of many country pairs (own nationals counted in their country's
place); its rows are the rows of each of those country flows.
"""

from __future__ import annotations

from collections.abc import Mapping

from explorer.core.data.dataset import Dataset
from explorer.core.flows.settings import Between
from explorer.core.places.between import place_flows
from explorer.core.places.book import PlaceBook
from explorer.core.trace.figures import shown, trace_flow
from explorer.core.trace.lookup import flow
from explorer.core.trace.traced import Traced


def trace_place_flow(
    dataset: Dataset,
    book: PlaceBook,
    between: Between,
    origin: str,
    destination: str,
    year: int,
    indicator: str,
    names: Mapping[str, str],
) -> Traced:
    """The place flow ``origin`` -> ``destination`` and each country flow summed into it."""
    summed = place_flows(dataset, book, between)
    pairs = summed.rows_behind(origin, destination, year, indicator)
    parts = tuple(
        trace_flow(dataset, str(o), str(d), year, indicator, names)
        for o, d in pairs[["origin", "destination"]].itertuples(index=False, name=None)
    )
    label = (
        f"{names.get(origin, origin)} -> {names.get(destination, destination)}, "
        f"{int(year)}: {indicator}"
    )
    total = shown(flow(summed.dataset, origin, destination, year, indicator), indicator)
    rule = (
        f"sum of the {len(parts)} country flows from {names.get(origin, origin)} to "
        f"{names.get(destination, destination)} (own nationals counted in their country's "
        "place; a <5 adds its range 1 to 4)"
    )
    return Traced(label, total, rule=rule, parts=parts)
