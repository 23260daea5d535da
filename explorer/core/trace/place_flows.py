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
from explorer.core.texts import phrase
from explorer.core.trace import words as w
from explorer.core.trace.figures import shown_said, trace_flow
from explorer.core.trace.lookup import flow
from explorer.core.trace.traced import Traced, traced


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
    where = {
        "origin": w.place(origin, names.get(origin, origin)),
        "destination": w.place(destination, names.get(destination, destination)),
    }
    label = phrase(
        w.FLOW_LABEL, **where, year=w.digits(int(year)), indicator=w.indicator(indicator)
    )
    total = shown_said(flow(summed.dataset, origin, destination, year, indicator), indicator)
    rule = phrase(w.PLACE_FLOW_RULE, count=w.number(len(parts)), **where)
    return traced(label, total, rule=rule, parts=parts)
