"""An indicator's name as the reader's language says it; the stored name stays the key.

Why: the data, the workspace, the settings, the command line and every data
export name an indicator in English ("Share of children among detected
victims (%)"), and so must stay; a French reader of the panel should read
"Part des enfants parmi les victimes détectées (%)". Only names whose wording
is known are translated: the app's own derived indicators (shares, changes,
rates, regional totals, whose inner name is translated in turn) and the five
indicators of UNODC's GLOTIP export. Any other name (a CTDC column, a user's
spreadsheet) is data and shows as the file wrote it.
"""

from __future__ import annotations

import re

from explorer.core.indicators.derived import CHANGE_SUFFIX
from explorer.core.indicators.kinds import REGIONAL_SUFFIX
from explorer.core.indicators.rates import SUFFIX as RATE_SUFFIX
from explorer.core.names.languages import is_english
from explorer.core.texts import QT_TRANSLATE_NOOP, words

#: Names with a fixed wording (the app's derived shares, GLOTIP's five indicators, the demo's
#: smuggling count); the literals are what lupdate reads (derived.CHILDREN_SHARE ...).
FIXED = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("IndicatorNames", "Share of children among detected victims (%)"),
        QT_TRANSLATE_NOOP("IndicatorNames", "Share of women and girls among detected victims (%)"),
        QT_TRANSLATE_NOOP("IndicatorNames", "Detected trafficking victims"),
        QT_TRANSLATE_NOOP("IndicatorNames", "Persons convicted"),
        QT_TRANSLATE_NOOP("IndicatorNames", "Persons prosecuted"),
        QT_TRANSLATE_NOOP("IndicatorNames", "Persons brought into formal contact"),
        QT_TRANSLATE_NOOP("IndicatorNames", "Offences of trafficking in persons"),
        QT_TRANSLATE_NOOP("IndicatorNames", "Smuggled migrants detected"),
        QT_TRANSLATE_NOOP("IndicatorNames", "Assistance activities (number)"),
    )
}
_CHANGE = QT_TRANSLATE_NOOP("IndicatorNames", "{indicator}: change since the previous year (%)")
_BETWEEN = QT_TRANSLATE_NOOP("IndicatorNames", "{indicator}: change {first} to {second} (%)")
_RATE = QT_TRANSLATE_NOOP("IndicatorNames", "{indicator} per 100,000 population")
_REGIONAL = QT_TRANSLATE_NOOP("IndicatorNames", "{indicator}: regional total")
_REPATRIATION = QT_TRANSLATE_NOOP("IndicatorNames", "{indicator} by country of repatriation")
_BETWEEN_NAME = re.compile(r"^(?P<inner>.+): change (?P<first>\d{4}) to (?P<second>\d{4}) \(%\)$")
_REPATRIATION_SUFFIX = " by country of repatriation"


def indicator_name(indicator: str, lang: str | None) -> str:
    """``indicator`` as ``lang`` names it (as it is when its wording is not known)."""
    if is_english(lang) or not indicator:
        return indicator
    return _name(indicator, lang)


def _name(indicator: str, lang: str) -> str:
    w = words(lang)
    if not w.lookup:
        return indicator
    if indicator in FIXED:
        return w.say(FIXED[indicator])
    for suffix, template in (
        (CHANGE_SUFFIX, _CHANGE),
        (REGIONAL_SUFFIX, _REGIONAL),
        (RATE_SUFFIX, _RATE),
        (_REPATRIATION_SUFFIX, _REPATRIATION),
    ):
        if indicator.endswith(suffix) and len(indicator) > len(suffix):
            inner = _name(indicator[: -len(suffix)], lang)
            return w.say(template, indicator=inner)
    found = _BETWEEN_NAME.match(indicator)
    if found:
        inner = _name(found["inner"], lang)
        return w.say(_BETWEEN, indicator=inner, first=found["first"], second=found["second"])
    return indicator


_COMPOUND = re.compile(r"^(?P<head>.+) \((?P<people>[^()]+)\)$")


def breakdown_name(label: str, lang: str | None) -> str:
    """A breakdown's label ("Female", "Sexual exploitation (Girls)") in ``lang``.

    The words are core's fixed breakdown labels, marked for translation under
    ``CoreTexts`` in ``explorer/ui/common/core_texts.py``; a category from the
    data (a form the file names otherwise) stays as the file wrote it.
    """
    w = words(lang)
    if not w.lookup:
        return label
    whole = w.translate("CoreTexts", label)
    if whole != label:
        return whole
    found = _COMPOUND.match(label)
    if found is None:
        return label
    head, people = (w.translate("CoreTexts", found[k]) for k in ("head", "people"))
    return f"{head} ({people})"
