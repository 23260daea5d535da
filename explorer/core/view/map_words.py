"""The words around an exported map (its subtitle and date line), in the export's language.

Why apart from :mod:`explorer.core.view.data`: the title, subtitle and footer of a
PNG, SVG or PDF export and of the export dialog's preview read in the window's
language, while the data files (CSV, XLSX, GeoPackage) that share these texts keep
them English; the templates live here, marked for the translation files, so
``default_texts`` only picks the language.
"""

from __future__ import annotations

from datetime import date

from explorer.core.data.local_numbers import date_text
from explorer.core.flows.labels import people_noun
from explorer.core.flows.selection import FlowView
from explorer.core.indicators.shown_names import indicator_name
from explorer.core.texts import QT_TRANSLATE_NOOP, fill, words

APP_NAME = "Trafficking Flows Explorer"

#: Who the arrows count, as "flows of ..." names them (see ``people_noun``).
FLOWS_OF = {
    "victims": QT_TRANSLATE_NOOP("MapTexts", "victims"),
    "smuggled migrants": QT_TRANSLATE_NOOP("MapTexts", "smuggled migrants"),
    "persons convicted": QT_TRANSLATE_NOOP("MapTexts", "persons convicted"),
    "people": QT_TRANSLATE_NOOP("MapTexts", "people"),
}
#: The places flows are summed between, when not countries (``Between``'s values).
BETWEEN = {
    "subregions": QT_TRANSLATE_NOOP("MapTexts", "subregions"),
    "regions": QT_TRANSLATE_NOOP("MapTexts", "regions"),
}
EXPORTED = QT_TRANSLATE_NOOP("MapTexts", "Exported on {date} with {app}")


def flows_subtitle(flow_view: FlowView | None, between: str, lang: str | None) -> str:
    """ "Arrows: Detected trafficking victims, the 50 largest flows of victims, from origin
    to destination" in ``lang`` ("" without drawn flows)."""
    if flow_view is None or not len(flow_view.drawn):
        return ""
    w, n = words(lang), len(flow_view.drawn)
    noun = people_noun(flow_view.indicator)
    values = {
        "indicator": indicator_name(flow_view.indicator, lang),
        "noun": w.say(FLOWS_OF[noun]) if noun in FLOWS_OF else noun,
    }
    if between in BETWEEN:
        said = w.translate(
            "MapTexts",
            "Arrows: {indicator}, the %n largest flows of {noun} between {level}, "
            "from origin to destination",
            None,
            n,
        )
        values["level"] = w.say(BETWEEN[between])
    else:
        said = w.translate(
            "MapTexts",
            "Arrows: {indicator}, the %n largest flows of {noun}, from origin to destination",
            None,
            n,
        )
    return fill(said, values)


def exported_line(today: date, lang: str | None) -> str:
    """ "Exported on 6 December 2026 with Trafficking Flows Explorer" in ``lang``."""
    return words(lang).say(EXPORTED, date=date_text(today, lang), app=APP_NAME)
