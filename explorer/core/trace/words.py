"""The words of a trace (labels, rules, notes) kept to be said in any language.

Why kept and not written once: the "Show source rows" table is saved as CSV
with English words (data exports keep English) and shown on screen in the
interface language. So each label, rule and note is a :class:`~explorer.core.texts.Phrase`
whose values are said in the language too: a country by its name in that
language, an indicator and a breakdown by their translated names, a number in
the language's digits (:class:`Said`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from explorer.core.data.local_numbers import digits_text, number_text
from explorer.core.indicators.shown_names import breakdown_name, indicator_name
from explorer.core.names.display_names import country_name, region_name
from explorer.core.texts import QT_TRANSLATE_NOOP, words


@dataclass(frozen=True)
class Said:
    """One value said in a language by ``say(value, lang)``; English as ``str()``."""

    say: Callable[[Any, str | None], str]
    value: Any

    def text(self, lang: str | None) -> str:
        return self.say(self.value, lang)

    def __str__(self) -> str:
        return self.text(None)


def _number(value: float, lang: str | None) -> str:
    return number_text(value, lang)


def _digits(value: str, lang: str | None) -> str:
    return digits_text(str(value), lang)


def _template(value: str, lang: str | None) -> str:
    return words(lang).say(value)


def number(value: float) -> Said:
    """A count or a sum: "1,234", "1 234" (fr), in Arabic-Indic digits (ar)."""
    return Said(_number, float(value))


def digits(text: Any) -> Said:
    """A year or a row number, never grouped, in the language's digits."""
    return Said(_digits, str(text))


def indicator(name: str) -> Said:
    return Said(lambda n, lang: indicator_name(n, lang), name)


def breakdown(label: str) -> Said:
    return Said(lambda n, lang: breakdown_name(n, lang), label)


def template(marked: str) -> Said:
    """A marked template with no values (a class of origin, a method of reading)."""
    return Said(_template, marked)


def place(code: str, english: str) -> Said:
    """A country (by its code) or a place (a region, the World) by its name in the language."""
    if len(code) == 3 and code.isalpha() and code.isupper():
        return Said(lambda c, lang: country_name(c, lang, english), code)
    return Said(lambda n, lang: _place_name(n, lang), english)


_WORLD = QT_TRANSLATE_NOOP("Trace", "World")


def _place_name(name: str, lang: str | None) -> str:
    if name == "World":
        return words(lang).say(_WORLD)
    return region_name(name, lang)


# -- labels ------------------------------------------------------------------
LABEL = QT_TRANSLATE_NOOP("Trace", "{place}, {year}: {indicator}")
LABEL_BREAKDOWN = QT_TRANSLATE_NOOP("Trace", "{place}, {year}: {indicator}, {breakdown}")
FLOW_LABEL = QT_TRANSLATE_NOOP("Trace", "{origin} -> {destination}, {year}: {indicator}")
PLACE_TOTAL = QT_TRANSLATE_NOOP("Trace", "{place}, {year}: {indicator}, total")
PLACE_CHANGE = QT_TRANSLATE_NOOP("Trace", "{place}: {indicator}, change {previous} to {year}")
PLACE_SHARE = QT_TRANSLATE_NOOP("Trace", "{place}, {year}: {indicator}, share {part}")

# -- figures -----------------------------------------------------------------
NO_FIGURE = QT_TRANSLATE_NOOP("Trace", "no figure")
NOT_COMPUTABLE = QT_TRANSLATE_NOOP("Trace", "not computable")

# -- notes -------------------------------------------------------------------
SUPPRESSED_NOTE = QT_TRANSLATE_NOOP("Trace", "<5 kept as a range (1 to 4), never a made-up number")
OWN_NATIONALS = QT_TRANSLATE_NOOP("Trace", "own nationals")
ORIGIN_NOT_KNOWN = QT_TRANSLATE_NOOP("Trace", "origin not known")
HOW = {
    "code": QT_TRANSLATE_NOOP("Trace", "as a country code"),
    "name": QT_TRANSLATE_NOOP("Trace", "by its name"),
    "alias": QT_TRANSLATE_NOOP("Trace", "by a known other name"),
    "demonym": QT_TRANSLATE_NOOP("Trace", "as the people of that country"),
    "class": QT_TRANSLATE_NOOP("Trace", "as a class of origin"),
    "fuzzy": QT_TRANSLATE_NOOP("Trace", "by an approximate match"),
}
BY_YOUR_RULE = QT_TRANSLATE_NOOP("Trace", "by your alias or rule")
LABEL_HOW = QT_TRANSLATE_NOOP("Trace", "{label} {how}")
READ_AS = QT_TRANSLATE_NOOP("Trace", "{name} ({code})")
ONE_LABEL = QT_TRANSLATE_NOOP("Trace", "origin label {label} read as {read}, {how}")
SEVERAL_LABELS = QT_TRANSLATE_NOOP(
    "Trace", "origin labels meaning one origin, summed: read as {read}: {hows}"
)

# -- rules -------------------------------------------------------------------
CHILDREN_RULE = QT_TRANSLATE_NOOP(
    "Trace", "victims aged 0 to 17 / all detected victims x 100, both exact"
)
WOMEN_RULE = QT_TRANSLATE_NOOP("Trace", "female victims / all detected victims x 100, both exact")
CHANGE_RULE = QT_TRANSLATE_NOOP(
    "Trace", "({year} - {previous}) / {previous} x 100, both exact, the previous year not zero"
)
BETWEEN_RULE = QT_TRANSLATE_NOOP(
    "Trace", "(second year - {first}) / {first} x 100, both exact, {first} not zero"
)
RATE_RULE = QT_TRANSLATE_NOOP(
    "Trace",
    "count / population x 100,000; the population of the same year from the loaded "
    "population indicator, else the nearest year at most {gap} years away "
    "(its rows are in that dataset)",
)
NO_COUNTRY = QT_TRANSLATE_NOOP("Trace", "no country of {place} reported")
TOTAL_RULE = QT_TRANSLATE_NOOP(
    "Trace",
    "sum of the exact figures of the {exact} countries that reported one "
    "({total}; {members} countries in {place})",
)
BOUNDED_RULE = QT_TRANSLATE_NOOP(
    "Trace",
    "{rule}; {more} more reported only <5, {low} to {high} victims together, "
    "shown beside the sum, never in it",
)
NO_YEARS = QT_TRANSLATE_NOOP("Trace", "no figures for one of the two years")
PLACE_CHANGE_RULE = QT_TRANSLATE_NOOP(
    "Trace",
    "({after} - {before}) / {before} x 100 over the {count} countries of {place} with an "
    "exact figure in both {previous} and {year} (a <5 or a gap in either year leaves a "
    "country out)",
)
NO_PART = QT_TRANSLATE_NOOP("Trace", "a part of the group has no figures")
SHARE_RULE = QT_TRANSLATE_NOOP(
    "Trace",
    "{part} / ({parts} = {total}) x 100 over the {count} countries of {place} that "
    "reported every part exactly",
)
PLACE_FLOW_RULE = QT_TRANSLATE_NOOP(
    "Trace",
    "sum of the {count} country flows from {origin} to {destination} (own nationals "
    "counted in their country's place; a <5 adds its range 1 to 4)",
)
