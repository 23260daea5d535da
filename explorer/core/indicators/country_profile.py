"""The rules and wording shared by every part of a country's profile.

Why a module of its own: the key figures (``country_key_figures``), the victim
profile (``country_victim_profile``) and the flow tables (``country_flow_table``)
appear in the panel, the "copy as text" action and the one-page PDF brief, which
must say exactly the same sentences; the phrases they share live here once.
Qt-free, because the rules about ``<5`` cells are easier to test on plain objects:

- A suppressed ``<5`` cell is never used as a number: changes, ranks, medians and
  shares are computed from exact figures only, and the sentences say when a
  ``<5`` figure prevented one.
- Nothing here raises for a country without data: objects say "no data".
"""

from __future__ import annotations

from explorer.core.data.dataset import Dataset
from explorer.core.flows.labels import people_noun
from explorer.core.indicators.shown_names import indicator_name
from explorer.core.texts import QT_TRANSLATE_NOOP, words


def sum_of(parts: int, short: bool = False, lang: str | None = None) -> str:
    """ " (sum of 3 rows of the file)" for a figure the file gave in several rows, else "";
    ``short``: " (sum of 3 rows)", for bars and table cells; in ``lang``'s words."""
    if parts <= 1:
        return ""
    w = words(lang)
    if short:
        return w.translate("CountryProfile", " (sum of %n rows)", None, parts)
    return w.translate("CountryProfile", " (sum of %n rows of the file)", None, parts)


def plural(n: int, one: str, many: str) -> str:
    """ "1 country", "3 countries": counts in sentences read naturally."""
    return f"{n} {one if n == 1 else many}"


def empty_message(
    dataset: Dataset, iso3: str, name: str, indicator: str, lang: str | None = None
) -> str | None:
    """The empty-state sentence, or None when ``iso3`` has figures for ``indicator``."""
    if iso3 in dataset.countries_with_data(indicator):
        return None
    template = {
        "victims": QT_TRANSLATE_NOOP(
            "CountryProfile", "No detected-victim figures for {name} in this dataset"
        ),
        "smuggled migrants": QT_TRANSLATE_NOOP(
            "CountryProfile", "No smuggled-migrant figures for {name} in this dataset"
        ),
        "persons convicted": QT_TRANSLATE_NOOP(
            "CountryProfile", "No persons-convicted figures for {name} in this dataset"
        ),
    }.get(
        people_noun(indicator),
        QT_TRANSLATE_NOOP("CountryProfile", 'No "{indicator}" figures for {name} in this dataset'),
    )
    shown = indicator_name(indicator, lang)
    return words(lang).say(template, name=name or iso3, indicator=shown)
