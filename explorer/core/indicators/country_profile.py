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


def sum_of(parts: int, short: bool = False) -> str:
    """ " (sum of 3 rows of the file)" for a figure the file gave in several rows, else "";
    ``short``: " (sum of 3 rows)", for bars and table cells."""
    if parts <= 1:
        return ""
    return f" (sum of {parts} rows)" if short else f" (sum of {parts} rows of the file)"


def plural(n: int, one: str, many: str) -> str:
    """ "1 country", "3 countries": counts in sentences read naturally."""
    return f"{n} {one if n == 1 else many}"


def empty_message(dataset: Dataset, iso3: str, name: str, indicator: str) -> str | None:
    """The empty-state sentence, or None when ``iso3`` has figures for ``indicator``."""
    if iso3 in dataset.countries_with_data(indicator):
        return None
    noun = people_noun(indicator)
    what = {
        "victims": "detected-victim",
        "smuggled migrants": "smuggled-migrant",
        "persons convicted": "persons-convicted",
    }.get(noun, f'"{indicator}"')
    return f"No {what} figures for {name or iso3} in this dataset"
