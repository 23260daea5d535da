"""How many of a place's countries stand at each level of a categorical indicator.

Why: a level (a TIP tier) is not a quantity, so a place has no total of it;
what a reader of a region asks instead is how its countries are spread over
the levels ("Tier 1: 3, Tier 2: 4, ..."), with levels outside the order (the
"Special case") counted apart, never ranked among the others.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.data.categories import indicator_levels as levels_of_indicator
from explorer.core.data.categories import level_of
from explorer.core.data.dataset import Dataset

#: The rules a categorical indicator follows, in the words the panel and the help use
#: (instead of the rules of figures: a level has no total, change, trend or share).
LEVEL_RULES: tuple[str, ...] = (
    "Levels (such as TIP tiers) are ordered ranks, not quantities: no total, sum, change, "
    "trend or share of them is computed.",
    "A place counts how many of its countries stand at each level in the year shown, in "
    "the levels' order; a country with no level that year is not counted.",
    "A level outside the order (such as Special case) is counted apart and never ranked; "
    "a country's chart by year marks it above the ranked levels.",
)


@dataclass(frozen=True)
class LevelCount:
    label: str
    countries: int
    ranked: bool  # False: outside the order (e.g. "Special case")


def indicator_levels(dataset: Dataset, indicator: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The indicator's levels in order, and those outside it; both empty: not categorical."""
    return levels_of_indicator(dataset.observations, indicator)


def level_counts(
    dataset: Dataset,
    indicator: str,
    year: int,
    members: frozenset[str],
    levels: tuple[tuple[str, ...], tuple[str, ...]],
) -> tuple[LevelCount, ...]:
    """The members' countries per level in ``year``, levels in order then those outside it.

    ``levels``: :func:`indicator_levels` of the indicator (empty when not
    categorical, and then so is the answer). Every level is listed (with 0 where
    no member stands at it), so regions compare line by line.
    """
    ranked, unranked = levels
    if not ranked and not unranked:
        return ()
    shown = dataset.values(indicator, year)
    found = [level_of(flag) for iso3, flag in shown["flag"].items() if iso3 in members]
    return tuple(
        LevelCount(label, found.count(label), label in ranked) for label in (*ranked, *unranked)
    )
