"""Human names for flow ends: countries, own nationals, unknown and regional origins.

Why: flows keep codes (ISO3, ``DOMESTIC``, ``UNKNOWN``, ``REGION:<name>``) and
every view must word them the same way, without inventing a place.
"""

from __future__ import annotations

from collections.abc import Mapping

from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.names.historical import is_former_place


def origin_name(code: str, here: str | None, names: Mapping[str, str]) -> str:
    """Readable name of a flow end seen from country ``here``."""
    if code == DOMESTIC or (here is not None and code == here):
        return "Own nationals (domestic)"
    if code == UNKNOWN:
        return "Unknown origin"
    if is_former_place(code):  # "Serbia and Montenegro" is no region, nor any one country today
        return f"{code[len(REGION_PREFIX) :]} (former country, not on today's map)"
    if code.startswith(REGION_PREFIX):
        return f"{code[len(REGION_PREFIX) :]} (region, country not specified)"
    try:
        return str(names[code])
    except KeyError:
        return code


def people_noun(indicator: str) -> str:
    """Who a flow counts, for sentences: "victims", "smuggled migrants", "persons convicted".

    Why: the panel must not call smuggled migrants "victims"; the two crimes
    differ and users notice the wrong word.
    """
    text = indicator.casefold()
    if "smuggl" in text:
        return "smuggled migrants"
    if "convicted" in text:
        return "persons convicted"
    if "victim" in text:
        return "victims"
    return "people"


def count_phrase(indicator: str, amount: str) -> str:
    """``amount`` with the right noun: "312 detected victims", "<5 smuggled migrants detected",
    "12 identified victims" (CTDC case data: identified, not detected)."""
    noun = people_noun(indicator)
    if noun == "victims" and "identified" in indicator.casefold():  # CTDC case data
        return f"{amount} identified victims"
    if noun == "victims":
        return f"{amount} detected victims"
    if noun == "smuggled migrants":
        return f"{amount} smuggled migrants detected"
    if noun == "people":
        return f"{amount} ({indicator})"
    return f"{amount} {noun}"
