"""A country's origins or destinations in one year, largest first, with their shares.

Why apart from the rest of the profile: flow tables follow their own share rule
(see ``country_profile`` for the rules every part shares):

- Flow shares divide an exact row by the sum of the table's exact rows: most
  flow tables hold some ``<5`` cell, so requiring an exact table total would
  leave almost every table without shares. ``FlowTable.share_note`` says which
  rows were left out, and the table total stays "at least N".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from explorer.core.data.dataset import Dataset
from explorer.core.data.figures import AT_LEAST, NAN, Figure, figures_of, share_of_exact
from explorer.core.data.schema import DOMESTIC, UNKNOWN
from explorer.core.data.values import format_number, sum_bounds
from explorer.core.flows.labels import origin_name, people_counted, people_noun
from explorer.core.texts import QT_TRANSLATE_NOOP, fill, words


@dataclass(frozen=True)
class FlowRow:
    """One partner country of a flow table; ``share`` is None when not exact."""

    code: str
    name: str
    figure: Figure
    share: float | None
    parts: int = 1


@dataclass(frozen=True)
class FlowTable:
    """One country's origins (or destinations) in a year, largest first.

    ``share`` of a row is over the sum of the table's exact rows (see module
    docstring); ``share_note`` says so when some ``<5`` rows were left out.
    """

    rows: tuple[FlowRow, ...]
    total: Figure
    domestic_share: float | None
    unknown_share: float | None
    share_note: str = ""


def flow_table(
    dataset: Dataset,
    names: Mapping[str, str],
    iso3: str,
    year: int,
    indicator: str,
    direction: Literal["origins", "destinations"],
    lang: str | None = None,
) -> FlowTable:
    """Where victims detected in ``iso3`` come from, or where victims from ``iso3`` were found.

    Domestic share is the share of the row for the country itself (or
    ``DOMESTIC``), unknown share that of ``UNKNOWN``; None when that row is absent
    or not exact (an absent row is not claimed to be 0). Names and the note are in
    ``lang``'s words and numbers.
    """
    query = dataset.top_origins if direction == "origins" else dataset.top_destinations
    frame = query(iso3, int(year), indicator, n=None)
    if frame.empty:
        return FlowTable((), Figure(), None, None)
    figures = figures_of(frame)
    exact_sum = sum(f.number for f in figures if f.number is not None)
    left_out = sum(1 for f in figures if f.number is None and f.has_data)
    rows = tuple(
        FlowRow(
            str(code),
            origin_name(str(code), iso3, names, lang),
            f,
            share_of_exact(f, exact_sum),
            int(parts),
        )
        for code, f, parts in zip(frame["code"], figures, frame["parts"], strict=True)
    )
    low, high, exact = sum_bounds(frame)
    total = Figure(low) if exact else Figure(low, low, NAN if high is None else high, AT_LEAST)
    note, w = "", words(lang)
    if left_out and not exact_sum:
        note = w.say(QT_TRANSLATE_NOOP("FlowTable", "No shares: no row has an exact figure"))
    elif left_out:
        note = w.translate(
            "FlowTable",
            "Shares are of the {sum} {people} counted exactly; %n rows without an exact "
            "figure (<5) left out",
            None,
            left_out,
        )
        note = fill(
            note,
            {
                "sum": format_number(exact_sum, lang),
                "people": people_counted(people_noun(indicator), lang),
            },
        )

    def share_of(codes: set[str]) -> float | None:
        found = [r.share for r in rows if r.code in codes]
        return None if not found or None in found else sum(f or 0.0 for f in found)

    return FlowTable(rows, total, share_of({DOMESTIC, iso3}), share_of({UNKNOWN}), note)
