"""The sentences of a place summary, and the rules in the words the panel uses.

Why here: the panel, "Copy as text", the place brief, Help > How to read this
map and the ``summary`` command must word each rule identically, so a desk
officer who reads "over the 98 countries that reported both years" in the
panel finds the same words in the help.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from explorer.core.data.local_numbers import signed_number_text, signed_percent_text
from explorer.core.data.values import format_number
from explorer.core.flows.labels import people_noun
from explorer.core.places.aggregate import PlaceChange, PlaceTotal, Share
from explorer.core.places.book import PlaceKind
from explorer.core.places.origins import PlaceOrigins
from explorer.core.places.summary import PlaceSummary

RULE_TOTAL = (
    "Total: the sum of the exact figures of the countries in the place that reported; "
    "a <5 is never added as a number."
)
RULE_CHANGE = (
    "Change since the previous year: over the countries with an exact figure in both "
    "years only (a <5 or a gap in either year leaves the country out)."
)
RULE_TREND = (
    "Trend: each year's change on its own constant set of countries, chained into an "
    "index (first year = 100); a rise in reporting is never read as a rise in trafficking."
)
RULE_SHARES = (
    "Shares (children, girls, boys, women, men, forms of exploitation): over the countries "
    "that reported every part of the breakdown exactly; the range adds the countries "
    "whose parts include a <5."
)
RULE_ORIGINS = (
    "Where victims came from: relative to each country of detection; each share is a "
    "range, from every <5 at 1 to every <5 at 4."
)
RULES: tuple[tuple[str, str], ...] = (
    ("Total", RULE_TOTAL),
    ("Change", RULE_CHANGE),
    ("Trend", RULE_TREND),
    ("Shares", RULE_SHARES),
    ("Origins", RULE_ORIGINS),
)
METHOD = " ".join(text for _, text in RULES)


def _countries(n: int) -> str:
    return f"{n:,} {'country' if n == 1 else 'countries'}"


def percent(share: float | None) -> str:
    """0.3412 -> "34%"; a small non-zero share reads "<1%"."""
    if share is None:
        return "n/a"
    if 0 < share < 0.005:
        return "<1%"
    return f"{share * 100:.0f}%"


def percent_range(low: float | None, high: float | None) -> str:
    """ "33 to 35%", or one percentage when both ends round to the same."""
    if low is None or high is None:
        return "n/a"
    if percent(low) == percent(high):
        return percent(low)
    return f"{percent(low).rstrip('%')} to {percent(high)}"


def _ranges(labels_and_bounds: list[tuple[str, float | None, float | None]]) -> str:
    return ", ".join(
        f"{label.lower() if i else label} {percent_range(low, high)}"
        for i, (label, low, high) in enumerate(labels_and_bounds)
    )


def signed_pct(pct: float, lang: str | None = None) -> str:
    """+12.5% (en), +12,5 % (fr), CLDR's signs in Arabic: the sign always, a true minus."""
    return signed_percent_text(pct / 100, lang)


def place_title(summary: PlaceSummary, parent_name: str = "") -> str:
    place = summary.place
    if place.kind is PlaceKind.WORLD:
        return place.name  # "World", or in the book's language
    if place.kind is PlaceKind.REGION:
        return f"{place.name} (region)"
    if place.kind is PlaceKind.SUBREGION:
        return f"{place.name} (subregion of {parent_name})" if parent_name else place.name
    return f"{place.name} (group of {_countries(place.size)})"


def total_lines(summary: PlaceSummary, lang: str | None = None) -> list[str]:
    """The place's total (numbers written as ``lang`` writes them)."""
    total, what = summary.total, summary.indicator
    where = summary.place.name if summary.place.kind is not PlaceKind.WORLD else "the world"
    if summary.levels:
        return [_level_line(summary)]
    if total.reporting == 0:
        return [f"No country in {where} reported {what.lower()} for {summary.year}."]
    if not summary.is_count:
        median = "n/a" if summary.median is None else format_number(round(summary.median, 1), lang)
        return [
            f"{what}, {summary.year}: median {median} over the "
            f"{_countries(total.exact_countries)} with an exact figure "
            f"({total.reporting} of {total.members} reported). Not a count: no total."
        ]
    if total.exact_countries == 0:
        return [
            f"{what}, {summary.year}: no exact figure; "
            f"{total.reporting} of {total.members} countries reported, all <5.",
            _bounded(total, lang),
        ]
    lines = [
        f"{what}, {summary.year}: {format_number(total.exact_sum, lang)}, the sum of the exact "
        f"figures of {_countries(total.exact_countries)}; "
        f"{total.reporting} of {total.members} countries reported."
    ]
    if total.bounded_countries:
        lines.append(_bounded(total, lang))
    return lines


def _level_line(summary: PlaceSummary) -> str:
    """ "TIP tier, 2023: 16 of 240 countries reported: 3 at Tier 1, ...; 3 Special case
    (outside the order). Levels, not quantities: no total." """
    reported = sum(level.countries for level in summary.levels)
    ranked = [f"{level.countries:,} at {level.label}" for level in summary.levels if level.ranked]
    apart = [f"{level.countries:,} {level.label}" for level in summary.levels if not level.ranked]
    line = (
        f"{summary.indicator}, {summary.year}: {reported:,} of {summary.total.members:,} "
        f"countries reported: {', '.join(ranked)}"
    )
    if apart:
        line += f"; {', '.join(apart)} (outside the order)"
    return line + ". Levels, not quantities: no total."


def _bounded(total: PlaceTotal, lang: str | None) -> str:
    inf = total.bounded_high == float("inf")
    high = "?" if inf else format_number(total.bounded_high, lang)
    return (
        f"{total.bounded_countries:,} more "
        f"{'country' if total.bounded_countries == 1 else 'countries'} reported <5 "
        f"({format_number(total.bounded_low, lang)} to {high} more in all)."
    )


def change_lines(
    summary: PlaceSummary, names: Mapping[str, str], lang: str | None = None
) -> list[str]:
    """The change since the year before, on the countries that reported both years."""
    if not summary.is_count or (summary.total.reporting == 0 and summary.change is None):
        return []
    change = summary.change
    if change is None:
        return [f"Change: no figures for {summary.year - 1} to compare with."]
    since = f"Change since {change.previous_year}"
    if change.countries == 0:
        return [f"{since}: not computable: no country reported exact figures in both years."]
    if change.pct is None:
        return [f"{since}: no percentage (the {change.previous_year} figures add up to 0)."]
    lines = [
        f"{since}: {signed_pct(change.pct, lang)} ({format_number(change.before, lang)} to "
        f"{format_number(change.after, lang)}), over the {_countries(change.countries)} "
        f"that reported exact figures in both years."
    ]
    drivers = _drivers(change, names, lang)
    return lines + ([drivers] if drivers else [])


def _drivers(change: PlaceChange, names: Mapping[str, str], lang: str | None = None) -> str:
    def listed(parts) -> str:
        # Only the number's sign is a minus sign: "Guinea-Bissau" keeps its hyphen.
        return ", ".join(
            f"{names.get(c.iso3, c.iso3)} {signed_number_text(round(c.difference), lang)}"
            for c in parts
        )

    pieces = []
    if change.rises:
        pieces.append(f"largest rises: {listed(change.rises)}")
    if change.falls:
        pieces.append(f"largest falls: {listed(change.falls)}")
    return ("Driven by " + "; ".join(pieces) + ".") if pieces else ""


def share_line(shares: tuple[Share, ...], what: str, noun: str) -> str:
    """ "Girls 20%, boys 14% ... of detected victims (N = 71 countries that reported ...)"."""
    if not shares:
        return ""
    first = shares[0]
    if first.countries == 0:
        if first.reporting:
            return (
                f"{what}: no country reported every part exactly; "
                f"{_countries(first.reporting)} reported them with a <5."
            )
        return f"{what}: no country reported this breakdown."
    parts = ", ".join(
        f"{s.label.lower() if i else s.label} {percent(s.share)}" for i, s in enumerate(shares)
    )
    line = (
        f"{parts} of {noun} (N = {_countries(first.countries)} that reported "
        f"{what.lower()} exactly)."
    )
    return line + _with_bounds(shares)


def _with_bounds(shares: tuple[Share, ...]) -> str:
    """ " Over all 120 countries that reported them, each <5 as 1 to 4: ..." when more did."""
    first = shares[0]
    if first.reporting <= first.countries or first.low is None:
        return ""
    if all(percent_range(s.low, s.high) == percent(s.share) for s in shares):
        return ""  # the countries with a <5 part change nothing at this precision
    ranges = _ranges([(s.label, s.low, s.high) for s in shares])
    return (
        f" Over all {_countries(first.reporting)} that reported them, each <5 as 1 to 4: {ranges}."
    )


PROFILE_WORDS = {
    "age": "both age groups",
    "sex": "both sexes",
    "sex_age": "girls, boys, women and men",
    "forms": "the three forms of exploitation",
}


def profile_lines(summary: PlaceSummary) -> list[str]:
    noun = _noun(summary.indicator)
    lines = []
    for group, shares in summary.profile.items():
        if group == "age":  # the children's share first, in its own words
            children = shares[0]
            if children.countries:
                lines.append(
                    f"Children (0-17): {percent(children.share)} of {noun} "
                    f"(N = {_countries(children.countries)} that reported both age groups "
                    f"exactly)." + _with_bounds(shares[:1])
                )
            else:
                lines.append(share_line(shares, PROFILE_WORDS[group], noun))
            continue
        lines.append(share_line(shares, PROFILE_WORDS[group], noun))
    return [line for line in lines if line]


def origin_lines(
    origins: PlaceOrigins | None, noun: str = "detected victims", lang: str | None = None
) -> list[str]:
    """Where the victims came from, each class as its range (each <5 as 1 to 4)."""
    if origins is None:
        return []
    inf = math.isinf(origins.high_total)
    high = "?" if inf else format_number(origins.high_total, lang)
    head = (
        f"Where {noun} came from ({_countries(origins.countries)} reported {noun} by "
        f"citizenship: {format_number(origins.low_total, lang)} to {high}, each <5 as 1 to 4):"
    )
    classes = _ranges([(c.label, c.share_low, c.share_high) for c in origins.classes])
    lines = [head, classes + "."]
    listed = [s for s in origins.top_subregions if s.exact > 0]
    if listed:
        top = ", ".join(f"{s.label} {percent_range(s.share_low, s.share_high)}" for s in listed)
        lines.append(f"Top origin subregions (foreign {noun}): {top}.")
    return lines


def _noun(indicator: str) -> str:
    noun = people_noun(indicator)
    return "detected victims" if noun == "victims" else noun


def summary_lines(summary: PlaceSummary, names: Mapping[str, str]) -> list[str]:
    """Every sentence of the summary, in the panel's reading order."""
    return [
        *total_lines(summary),
        *change_lines(summary, names),
        *profile_lines(summary),
        *origin_lines(summary.origins, _noun(summary.indicator)),
    ]
