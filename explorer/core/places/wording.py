"""The sentences of a place summary (its title, total and change), and the rules in the
words the panel uses; the shares and origins are worded in ``share_wording``.

Why here: the panel, "Copy as text", the place brief, Help > How to read this
map and the ``summary`` command must word each rule identically, so a desk
officer who reads "over the 98 countries that reported both years" in the
panel finds the same words in the help. Each sentence is a template of
:mod:`explorer.core.texts`, in the caller's language (English without one).
"""

from __future__ import annotations

from collections.abc import Mapping

from explorer.core.data.local_numbers import (
    signed_number_text,
    signed_percent_text,
    year_text,
)
from explorer.core.data.values import format_number
from explorer.core.flows.labels import people_noun
from explorer.core.indicators.shown_names import indicator_name
from explorer.core.places.aggregate import PlaceChange, PlaceTotal
from explorer.core.places.book import PlaceKind
from explorer.core.places.share_wording import (
    PROFILE_WORDS,
    origin_lines,
    percent,
    percent_range,
    profile_lines,
    share_line,
)
from explorer.core.places.summary import PlaceSummary
from explorer.core.texts import QT_TRANSLATE_NOOP, SEMICOLON, Words, fill, words

__all__ = [
    "METHOD",
    "PROFILE_WORDS",
    "RULES",
    "change_lines",
    "origin_lines",
    "percent",
    "percent_range",
    "place_title",
    "profile_lines",
    "share_line",
    "signed_pct",
    "summary_lines",
    "total_lines",
]

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


def signed_pct(pct: float, lang: str | None = None) -> str:
    """+12.5% (en), +12,5 % (fr), CLDR's signs in Arabic: the sign always, a true minus."""
    return signed_percent_text(pct / 100, lang)


def _what(summary: PlaceSummary, lang: str | None) -> str:
    return indicator_name(summary.indicator, lang)


def place_title(summary: PlaceSummary, parent_name: str = "", lang: str | None = None) -> str:
    place, w = summary.place, words(lang)
    if place.kind is PlaceKind.WORLD:
        return place.name  # "World", or in the book's language
    if place.kind is PlaceKind.REGION:
        return w.say(QT_TRANSLATE_NOOP("PlaceSummary", "{place} (region)"), place=place.name)
    if place.kind is PlaceKind.SUBREGION:
        if not parent_name:
            return place.name
        return w.say(
            QT_TRANSLATE_NOOP("PlaceSummary", "{place} (subregion of {parent})"),
            place=place.name,
            parent=parent_name,
        )
    title = w.translate("PlaceSummary", "{place} (group of %n countries)", None, place.size)
    return fill(title, {"place": place.name})


def _reported(w: Words, reporting: int, members: int) -> str:
    """ "98 of 194 countries reported." """
    said = w.translate("PlaceSummary", "{reporting} of %n countries reported.", None, members)
    return fill(said, {"reporting": format_number(reporting, w.lang)})


def total_lines(summary: PlaceSummary, lang: str | None = None) -> list[str]:
    """The place's total (words and numbers as ``lang`` writes them)."""
    total, w = summary.total, words(lang)
    values = {"indicator": _what(summary, lang), "year": year_text(summary.year, lang)}
    if summary.levels:
        return [_level_line(summary, w)]
    if total.reporting == 0:
        world = w.say(QT_TRANSLATE_NOOP("PlaceSummary", "the world"))
        where = summary.place.name if summary.place.kind is not PlaceKind.WORLD else world
        what = summary.indicator.lower() if w.lookup is None else values["indicator"]
        return [
            w.say(
                QT_TRANSLATE_NOOP(
                    "PlaceSummary", "No country in {place} reported {what} for {year}."
                ),
                place=where,
                what=what,
                year=summary.year,
            )
        ]
    if not summary.is_count:
        said = w.translate(
            "PlaceSummary",
            "{indicator}, {year}: median {median} over the %n countries with an exact figure "
            "({reporting} of {members} reported). Not a count: no total.",
            None,
            total.exact_countries,
        )
        numbers = {"reporting": total.reporting, "members": total.members}
        numbers = {k: format_number(v, lang) for k, v in numbers.items()}
        median = (
            w.say(QT_TRANSLATE_NOOP("PlaceSummary", "n/a"))
            if summary.median is None
            else format_number(round(summary.median, 1), lang)
        )
        return [fill(said, {**values, **numbers, "median": median})]
    if total.exact_countries == 0:
        said = w.translate(
            "PlaceSummary",
            "{indicator}, {year}: no exact figure; {reporting} of %n countries reported, all <5.",
            None,
            total.members,
        )
        said = fill(said, {**values, "reporting": format_number(total.reporting, lang)})
        return [said, _bounded(total, w)]
    said = w.translate(
        "PlaceSummary",
        "{indicator}, {year}: {sum}, the sum of the exact figures of %n countries; {reported}",
        None,
        total.exact_countries,
    )
    reported = _reported(w, total.reporting, total.members)
    lines = [
        fill(said, {**values, "sum": format_number(total.exact_sum, lang), "reported": reported})
    ]
    if total.bounded_countries:
        lines.append(_bounded(total, w))
    return lines


def _level_line(summary: PlaceSummary, w: Words) -> str:
    """ "TIP tier, 2023: 16 of 240 countries reported: 3 at Tier 1, ...; 3 Special case
    (outside the order). Levels, not quantities: no total." """
    reported = sum(level.countries for level in summary.levels)
    lang = w.lang
    at = QT_TRANSLATE_NOOP("PlaceSummary", "{count} at {level}")
    ranked = [
        w.say(at, count=format_number(level.countries, lang), level=level.label)
        for level in summary.levels
        if level.ranked
    ]
    apart = [
        f"{format_number(level.countries, lang)} {level.label}"
        for level in summary.levels
        if not level.ranked
    ]
    line = w.translate(
        "PlaceSummary",
        "{indicator}, {year}: {reported} of %n countries reported: {levels}",
        None,
        summary.total.members,
    )
    line = fill(
        line,
        {
            "indicator": _what(summary, lang),
            "year": year_text(summary.year, lang),
            "reported": format_number(reported, lang),
            "levels": w.join(ranked),
        },
    )
    if apart:
        line = w.say(
            QT_TRANSLATE_NOOP("PlaceSummary", "{line}; {levels} (outside the order)"),
            line=line,
            levels=w.join(apart),
        )
    return w.say(
        QT_TRANSLATE_NOOP("PlaceSummary", "{line}. Levels, not quantities: no total."), line=line
    )


def _bounded(total: PlaceTotal, w: Words) -> str:
    inf = total.bounded_high == float("inf")
    high = "?" if inf else format_number(total.bounded_high, w.lang)
    said = w.translate(
        "PlaceSummary",
        "%n more countries reported <5 ({low} to {high} more in all).",
        None,
        total.bounded_countries,
    )
    return fill(said, {"low": format_number(total.bounded_low, w.lang), "high": high})


def change_lines(
    summary: PlaceSummary, names: Mapping[str, str], lang: str | None = None
) -> list[str]:
    """The change since the year before, on the countries that reported both years."""
    if not summary.is_count or (summary.total.reporting == 0 and summary.change is None):
        return []
    change, w = summary.change, words(lang)
    if change is None:
        return [
            w.say(
                QT_TRANSLATE_NOOP("PlaceSummary", "Change: no figures for {year} to compare with."),
                year=summary.year - 1,
            )
        ]
    year = change.previous_year
    if change.countries == 0:
        return [
            w.say(
                QT_TRANSLATE_NOOP(
                    "PlaceSummary",
                    "Change since {year}: not computable: no country reported exact figures in "
                    "both years.",
                ),
                year=year,
            )
        ]
    if change.pct is None:
        return [
            w.say(
                QT_TRANSLATE_NOOP(
                    "PlaceSummary",
                    "Change since {year}: no percentage (the {year} figures add up to 0).",
                ),
                year=year,
            )
        ]
    said = w.translate(
        "PlaceSummary",
        "Change since {year}: {change} ({before} to {after}), over the %n countries that "
        "reported exact figures in both years.",
        None,
        change.countries,
    )
    numbers = {
        "year": year_text(year, lang),
        "change": signed_pct(change.pct, lang),
        "before": format_number(change.before, lang),
        "after": format_number(change.after, lang),
    }
    drivers = _drivers(change, names, lang)
    return [fill(said, numbers)] + ([drivers] if drivers else [])


def _drivers(change: PlaceChange, names: Mapping[str, str], lang: str | None = None) -> str:
    w = words(lang)

    def listed(parts) -> str:
        # A true minus sign for the number only: "Guinea-Bissau" keeps its hyphen.
        return w.join(
            f"{names.get(c.iso3, c.iso3)} {signed_number_text(round(c.difference), lang)}"
            for c in parts
        )

    pieces = []
    if change.rises:
        rises = QT_TRANSLATE_NOOP("PlaceSummary", "largest rises: {countries}")
        pieces.append(w.say(rises, countries=listed(change.rises)))
    if change.falls:
        falls = QT_TRANSLATE_NOOP("PlaceSummary", "largest falls: {countries}")
        pieces.append(w.say(falls, countries=listed(change.falls)))
    if not pieces:
        return ""
    driven = QT_TRANSLATE_NOOP("PlaceSummary", "Driven by {changes}.")
    return w.say(driven, changes=w.join(pieces, SEMICOLON))


def summary_lines(
    summary: PlaceSummary, names: Mapping[str, str], lang: str | None = None
) -> list[str]:
    """Every sentence of the summary, in the panel's reading order."""
    return [
        *total_lines(summary, lang),
        *change_lines(summary, names, lang),
        *profile_lines(summary, lang),
        *origin_lines(summary.origins, people_noun(summary.indicator), lang),
    ]
