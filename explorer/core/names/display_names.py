"""Country, region and subregion names in the interface language (CLDR, through babel).

Why here and Qt-free: the window, the headless exports and the HTML map must all
name places the same way in the same language, so the caller (the UI, or the
export command) decides the language and passes it; nothing here guesses it.
English keeps the bundled table's own names (the UN-style spellings the app has
always shown); another language takes CLDR's name and falls back to English
when CLDR has none.
"""

from __future__ import annotations

from functools import cache

import pandas as pd
from babel import Locale, UnknownLocaleError

from explorer.core.names import iso
from explorer.core.names.languages import is_english

#: The app's region and subregion names -> UN M49 codes (CLDR names M49 areas too).
M49_CODES: dict[str, str] = {
    "World": "001",
    "Africa": "002",
    "Americas": "019",
    "Asia": "142",
    "Europe": "150",
    "Oceania": "009",
    "Antarctica": "AQ",
    "Australia and New Zealand": "053",
    "Central Asia": "143",
    "Eastern Asia": "030",
    "Eastern Europe": "151",
    "Latin America and the Caribbean": "419",
    "Melanesia": "054",
    "Micronesia": "057",
    "Northern Africa": "015",
    "Northern America": "021",
    "Northern Europe": "154",
    "Polynesia": "061",
    "South-eastern Asia": "035",
    "Southern Asia": "034",
    "Southern Europe": "039",
    "Sub-Saharan Africa": "202",
    "Western Asia": "145",
    "Western Europe": "155",
}


@cache
def _territories(lang: str) -> dict[str, str]:
    """CLDR's territory names for ``lang`` (empty for English or an unknown language)."""
    if is_english(lang):
        return {}
    try:
        return dict(Locale.parse(lang.replace("-", "_")).territories)
    except (UnknownLocaleError, ValueError):
        return {}


@cache
def _alpha2() -> dict[str, str]:
    return {a3: a2 for a2, a3 in iso.alpha2_to_alpha3().items()}


def country_name(iso3: str, lang: str | None, english: str = "") -> str:
    """The country's name in ``lang``; ``english`` (or the code) when CLDR has none."""
    alpha2 = _alpha2().get(str(iso3).upper(), "")
    return _territories(lang or "").get(alpha2) or english or str(iso3)


def region_name(name: str, lang: str | None) -> str:
    """A region or subregion of the countries table in ``lang`` (English: ``name`` itself)."""
    code = M49_CODES.get(str(name), "")
    return _territories(lang or "").get(code) or str(name)


def localized_countries(countries: pd.DataFrame, lang: str | None) -> pd.DataFrame:
    """The countries table with its ``name`` column in ``lang`` (a copy; English: as is).

    Why only ``name``: ``region`` and ``subregion`` are also keys (region zoom,
    place groups, data files naming regions), so they stay English in the table
    and are named with :func:`region_name` where they are shown.
    """
    if is_english(lang):
        return countries
    table = countries.copy()
    table["name"] = pd.array(
        [country_name(c, lang, n) for c, n in zip(table["iso3"], table["name"], strict=True)],
        dtype="string",
    )
    return table
