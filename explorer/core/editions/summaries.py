"""What the editions window shows besides the table: the revision map's classes, the World
and regions as each edition gives them, and the panel's note on a revised figure.

Why in core: the map colours, the place figures with their N and the note's
words are rules about the data, tested without a window; the window only
draws them.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from explorer.core.data.breakdown import FLOW_DIMENSIONS, Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.editions.compare import (
    DIRECTIONS,
    LOWERED,
    NEW,
    RAISED,
    REFINED,
    UNCHANGED,
    WITHDRAWN,
    Revisions,
)
from explorer.core.editions.levels import LEVEL_DIRECTIONS
from explorer.core.editions.pairing import edition_date
from explorer.core.places.book import PlaceBook
from explorer.core.places.summary import summarise

#: How each direction reads in the legend and the panel.
DIRECTION_WORDS = {
    "raised": "raised",
    "lowered": "lowered",
    "refined": "made exact within the old range",
    "later": "moved to a later level",
    "earlier": "moved to an earlier level",
    "into_unranked": "moved into a level outside the order",
    "out_of_unranked": "moved out of a level outside the order",
    "new": "new in the newer edition",
    "withdrawn": "withdrawn",
    "unchanged": "unchanged",
}


def figures_of(table: pd.DataFrame, indicator: str, year: int, breakdown: Breakdown):
    """The rows of a revisions table for one indicator, year and breakdown (the map's)."""
    return table[
        (table["indicator"] == indicator)
        & (table["year"] == int(year))
        & (table["dimension"] == breakdown.dimension)
        & (table["category"] == breakdown.category)
        & (table["sex"] == breakdown.sex)
        & (table["age"] == breakdown.age)
    ]


def map_directions(
    revisions: Revisions, indicator: str, year: int, breakdown: Breakdown = Breakdown.TOTAL
) -> dict[str, str]:
    """``{iso3: direction}`` of every country with the figure in either edition."""
    rows = figures_of(revisions.table, indicator, year, breakdown)
    return dict(zip(rows["iso3"].astype(str), rows["direction"].astype(str), strict=True))


def legend_counts(directions: dict[str, str]) -> list[tuple[str, int]]:
    """(direction, countries) in the legend's order: those of numbers (raised, lowered, made
    exact) or, when the figures are levels, those of levels; then new, withdrawn, unchanged.
    A direction of the other kind is listed only when some country has it."""
    counts = pd.Series(list(directions.values()), dtype=object).value_counts()
    levels = any(counts.get(d, 0) for d in LEVEL_DIRECTIONS)
    shown = set(LEVEL_DIRECTIONS if levels else (RAISED, LOWERED, REFINED))
    return [
        (d, int(counts.get(d, 0)))
        for d in DIRECTIONS
        if d in shown or d in (NEW, WITHDRAWN, UNCHANGED) or counts.get(d, 0)
    ]


@dataclass(frozen=True)
class PlaceSideBySide:
    """One place's total and change as two editions give them, each with its N."""

    place: str
    totals: tuple[tuple[float, int, int] | None, tuple[float, int, int] | None]
    changes: tuple[tuple[float | None, int] | None, tuple[float | None, int] | None]


def _figures(dataset: Dataset, book: PlaceBook, code: str, indicator: str, year: int):
    if indicator not in dataset.indicators() or int(year) not in dataset.years(indicator):
        return None, None
    summary = summarise(dataset, book, code, indicator, year)
    total = summary.total
    totals = (total.exact_sum, total.exact_countries, total.members)
    change = summary.change
    return totals, (None if change is None else (change.pct, change.countries))


def places_side_by_side(
    old: Dataset, new: Dataset, book: PlaceBook, indicator: str, year: int
) -> list[PlaceSideBySide]:
    """The World and each region: total (sum, N reporting exactly, M) and the change since
    the year before (per cent, N countries exact in both years), in each edition."""
    rows = []
    for place in [book.world(), *book.regions()]:
        before = _figures(old, book, place.code, indicator, year)
        after = _figures(new, book, place.code, indicator, year)
        rows.append(PlaceSideBySide(place.name, (before[0], after[0]), (before[1], after[1])))
    return rows


def edition_label(dataset: Dataset) -> str:
    """ "14/04/2025 edition", or the dataset's name when it has no export date."""
    when = edition_date(dataset)
    return f"{when:%d/%m/%Y} edition" if when else dataset.name


def revision_note(
    revisions: Revisions,
    current: Dataset,
    other: Dataset,
    iso3: str,
    indicator: str,
    year: int,
    breakdown: Breakdown = Breakdown.TOTAL,
) -> str | None:
    """ "14/04/2025 edition: 65; the 30/05/2023 edition gave 193" when the two editions give
    the figure differently; None when they agree (or neither has it)."""
    b = breakdown
    row = revisions.row((iso3, year, indicator, b.dimension, b.category, b.sex, b.age))
    if row is None or row["kind"] == UNCHANGED:
        return None
    current_is_new = current.name == revisions.new_name
    mine, theirs = (row["new"], row["old"]) if current_is_new else (row["old"], row["new"])
    mine = mine or "no figure"
    theirs = theirs or "no figure"
    return f"{edition_label(current)}: {mine}; the {edition_label(other)} gave {theirs}"


def revision_rows(revisions: Revisions, names: dict[str, str]) -> pd.DataFrame:
    """The revisions table with what the window's table shows: the country's name and the
    breakdown in words (a citizenship figure: "by citizenship: Nigeria")."""
    table = revisions.table
    country = table["iso3"].astype(str).map(lambda c: names.get(c, c))
    breakdown = [
        f"{dimension}: {names.get(str(category), category)}"
        if dimension in FLOW_DIMENSIONS
        else Breakdown(dimension, category, sex, age).label or "Total"
        for dimension, category, sex, age in table[
            ["dimension", "category", "sex", "age"]
        ].itertuples(index=False, name=None)
    ]
    return table.assign(country=country.to_numpy(), breakdown=breakdown)
