"""Human names for flow ends: countries, own nationals, unknown and regional origins.

Why: flows keep codes (ISO3, ``DOMESTIC``, ``UNKNOWN``, ``REGION:<name>``) and
every view must word them the same way, without inventing a place.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from explorer.core.data.schema import DOMESTIC, REGION_PREFIX, UNKNOWN
from explorer.core.names.display_names import region_name
from explorer.core.names.historical import is_former_place
from explorer.core.texts import QT_TRANSLATE_NOOP, fill, words


def origin_name(
    code: str, here: str | None, names: Mapping[str, str], lang: str | None = None
) -> str:
    """Readable name of a flow end seen from country ``here`` (words in ``lang``)."""
    w = words(lang)
    if code == DOMESTIC or (here is not None and code == here):
        return w.say(QT_TRANSLATE_NOOP("FlowWords", "Own nationals (domestic)"))
    if code == UNKNOWN:
        return w.say(QT_TRANSLATE_NOOP("FlowWords", "Unknown origin"))
    if is_former_place(code):  # "Serbia and Montenegro" is no region, nor any one country today
        return w.say(
            QT_TRANSLATE_NOOP("FlowWords", "{place} (former country, not on today's map)"),
            place=region_name(code[len(REGION_PREFIX) :], lang),
        )
    if code.startswith(REGION_PREFIX):
        return w.say(
            QT_TRANSLATE_NOOP("FlowWords", "{region} (region, country not specified)"),
            region=region_name(code[len(REGION_PREFIX) :], lang),
        )
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


def count_phrase(indicator: str, amount: str, lang: str | None = None, n: int = 5) -> str:
    """``amount`` with the right noun: "312 detected victims", "<5 smuggled migrants detected",
    "12 identified victims" (CTDC case data: identified, not detected); in ``lang``, whose
    plural follows ``n`` (the count ``amount`` writes; "<5" and unknown read as 5)."""
    noun, w = people_noun(indicator), words(lang)
    if noun == "victims" and "identified" in indicator.casefold():  # CTDC case data
        said = w.translate("FlowWords", "{amount} identified victims", None, n)
    elif noun == "victims":
        said = w.translate("FlowWords", "{amount} detected victims", None, n)
    elif noun == "smuggled migrants":
        said = w.translate("FlowWords", "{amount} smuggled migrants detected", None, n)
    elif noun == "persons convicted":
        said = w.translate("FlowWords", "{amount} persons convicted", None, n)
    elif noun == "people":
        said = w.say(QT_TRANSLATE_NOOP("FlowWords", "{amount} ({indicator})"))
    else:
        said = f"{{amount}} {noun}"
    return fill(said, {"amount": amount, "indicator": indicator})


def flow_noun(indicator: str, lang: str | None = None) -> str:
    """Who a flow counts, as a legend or a title names them: "detected victims",
    "smuggled migrants detected", "(Indicator name)" for an unknown kind; in ``lang``."""
    noun, w = people_noun(indicator), words(lang)
    if noun == "victims" and "identified" in indicator.casefold():
        return w.say(QT_TRANSLATE_NOOP("FlowWords", "identified victims"))
    if noun == "victims":
        return w.say(QT_TRANSLATE_NOOP("FlowWords", "detected victims"))
    if noun == "smuggled migrants":
        return w.say(QT_TRANSLATE_NOOP("FlowWords", "smuggled migrants detected"))
    if noun == "persons convicted":
        return w.say(QT_TRANSLATE_NOOP("FlowWords", "persons convicted"))
    return f"({indicator})"


def people_words(noun: str, lang: str | None = None) -> str:
    """A :func:`people_noun` in ``lang``, as the subject of a sentence ("Where {people}
    detected in Italy came from")."""
    said = {
        "victims": QT_TRANSLATE_NOOP("People", "victims"),
        "smuggled migrants": QT_TRANSLATE_NOOP("People", "smuggled migrants"),
        "persons convicted": QT_TRANSLATE_NOOP("People", "persons convicted"),
        "people": QT_TRANSLATE_NOOP("People", "people"),
    }.get(noun)
    return words(lang).say(said) if said else noun


def people_of(noun: str, lang: str | None = None) -> str:
    """A :func:`people_noun` after "of" or a count ("34% of detected victims"), in ``lang``;
    victims are the detected ones."""
    said = {
        "victims": QT_TRANSLATE_NOOP("PeopleOf", "detected victims"),
        "smuggled migrants": QT_TRANSLATE_NOOP("PeopleOf", "smuggled migrants"),
        "persons convicted": QT_TRANSLATE_NOOP("PeopleOf", "persons convicted"),
        "people": QT_TRANSLATE_NOOP("PeopleOf", "people"),
    }.get(noun)
    return words(lang).say(said) if said else noun


def people_counted(noun: str, lang: str | None = None) -> str:
    """A :func:`people_noun` after a number that may be large ("the 120 victims counted
    exactly"), in ``lang`` (Russian: the genitive plural that follows most numbers)."""
    said = {
        "victims": QT_TRANSLATE_NOOP("PeopleCounted", "victims"),
        "smuggled migrants": QT_TRANSLATE_NOOP("PeopleCounted", "smuggled migrants"),
        "persons convicted": QT_TRANSLATE_NOOP("PeopleCounted", "persons convicted"),
        "people": QT_TRANSLATE_NOOP("PeopleCounted", "people"),
    }.get(noun)
    return words(lang).say(said) if said else noun


def plural_count(value: float, lower: float = math.nan, upper: float = math.nan) -> int:
    """The count a cell's words agree with: its value, else ``<5`` reads as 5 and
    "at least N" as N (Russian "<5 выявленных жертв" takes the form of 5)."""
    for x, step in ((value, 0), (upper, 1), (lower, 0)):
        if x is not None and not (isinstance(x, float) and math.isnan(x)):
            try:
                return int(abs(float(x))) + step
            except (TypeError, ValueError):
                continue
    return 5
