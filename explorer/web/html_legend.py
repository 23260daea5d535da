"""The legend panel of the HTML export: classes, flow colours, widths and symbols drawn.

Why plain HTML: the panel is escaped text in the page (a script only moves it
into the map's corner); it lists only what the view actually draws, in the
same words as the screen and the image exports (one ``ViewData``).
"""

from __future__ import annotations

import re

import numpy as np

from explorer.core.flows.labels import people_noun, people_of
from explorer.core.indicators.shown_names import indicator_name
from explorer.core.names.display_names import region_name
from explorer.core.texts import QT_TRANSLATE_NOOP
from explorer.core.view.choropleth import NO_DATA, SUPPRESSED_KIND, LegendEntry
from explorer.core.view.data import ViewData
from explorer.core.view.palettes import FLOW_REGION_COLOURS
from explorer.web.html_escape import esc, safe_colour
from explorer.web.html_flows import line_weight
from explorer.web.html_language import PageLanguage

_THRESHOLD = re.compile(r"<(\d+)")
WIDTH_NOTE = QT_TRANSLATE_NOOP(
    "HtmlPage", "Line width by number of {people}; arrowheads point to the destination."
)
FADED_NOTE = QT_TRANSLATE_NOOP("HtmlPage", "Faded flows are outside the current focus.")


def _row(symbol: str, text: str) -> str:
    """A legend row: its symbol (markup made here) and its words (escaped), the words in a
    span of their own so each reads in its own direction (``unicode-bidi: plaintext``)."""
    return f'<li>{symbol}<span class="tfe-text">{esc(text)}</span></li>'


def _flow_legend(view: ViewData, language: PageLanguage) -> str:
    """Colours by origin region, widths and symbols actually drawn, as escaped HTML, in the
    words of the window's flows legend (translated) where it has them."""
    flows = view.flows
    if flows.empty:
        return ""
    regions = dict(zip(view.countries["iso3"], view.countries["region"], strict=True))
    # A flow's colour is its origin region's (places too, when flows join places).
    by_region_colour = {safe_colour(c): r for r, c in FLOW_REGION_COLOURS.items()}
    by_colour: dict[str, set[str]] = {}
    for origin, colour in zip(flows["origin"], flows["colour"], strict=True):
        region = regions.get(origin) or by_region_colour.get(safe_colour(colour))
        by_colour.setdefault(safe_colour(colour), set()).add(
            region if isinstance(region, str) and region else "Other"
        )
    noun = people_noun(view.indicator)
    from_region = language.word("FlowsOverlay", "From {region}")
    rows = [
        _row(
            f'<span class="tfe-line" style="border-top:4px solid {c}"></span>',
            from_region.format(region=", ".join(sorted(region_name(n, view.lang) for n in r))),
        )
        for c, r in by_colour.items()
    ]
    finite = flows["width"].to_numpy(dtype=float)
    finite = np.isfinite(finite)
    if finite.any():
        top = flows[finite].iloc[0]
        rows.append(
            _row(
                f'<span class="tfe-line" style="border-top:{line_weight(1.0):.0f}px solid #555">'
                "</span>",
                language.count(view.indicator, top),
            )
        )
    if (~finite).any():
        suppressed = language.digits(language.word("FlowLegend", "Suppressed (<5)"))
        rows.append(
            _row('<span class="tfe-line" style="border-top:1px dashed #555"></span>', suppressed)
        )
    rings = flows[flows["origin"] == flows["destination"]]
    if not rings.empty:
        places = any(":" in str(code) for code in rings["origin"])
        ring = (
            language.word("FlowsOverlay", "Within the place (own nationals included)")
            if places
            else language.word("FlowLegend", "Own nationals (domestic)")
        )
        rows.append(_row('<span class="tfe-sw tfe-ring"></span>', ring))
    note = language.say(WIDTH_NOTE, people=people_of(noun, view.lang))
    if not flows["emphasised"].all():
        note += " " + language.say(FADED_NOTE)
    title = language.word("FlowsOverlay", "Flows: {what}, {year}").format(
        what=indicator_name(view.indicator, view.lang), year=language.year(view.year)
    )
    return f'<h2>{esc(title)}</h2><ul>{"".join(rows)}</ul><p class="tfe-note">{esc(note)}</p>'


def _entry_label(entry: LegendEntry, language: PageLanguage) -> str:
    """The entry's label in the page's language where it is the core's own word (as the
    picture's legend: ``render.page.legend.entry_text``)."""
    if entry.kind == NO_DATA:
        return language.word("CoreTexts", "No data")
    found = _THRESHOLD.search(entry.label) if entry.kind == SUPPRESSED_KIND else None
    if found:
        template = language.word("CoreTexts", "Suppressed (<{n})")
        return template.format(n=language.digits(found.group(1)))
    return entry.label


def legend_html(view: ViewData) -> str:
    language = PageLanguage(view.lang)
    items = []
    for entry in view.legend:
        extra = " tfe-suppressed" if entry.kind == SUPPRESSED_KIND else ""
        colour = safe_colour(entry.colour)
        items.append(
            _row(
                f'<span class="tfe-sw{extra}" style="background:{colour}"></span>',
                _entry_label(entry, language),
            )
        )
    heading = view.legend_title or _heading(view, language)
    said = view.legend_note or view.classes_note
    note = f'<p class="tfe-note">{esc(said)}</p>' if said else ""
    return (
        f'<div id="tfe-legend" class="tfe-legend"><h2>{esc(heading)}</h2>'
        f"<ul>{''.join(items)}</ul>{note}{_flow_legend(view, language)}</div>"
    )


def _heading(view: ViewData, language: PageLanguage) -> str:
    """ "Indicator (breakdown), year" for a view made without a choropleth's own title."""
    breakdown = language.word("CoreTexts", view.breakdown) if view.breakdown else ""
    subject = indicator_name(view.indicator, view.lang)
    return f"{subject}{f' ({breakdown})' if breakdown else ''}, {language.year(view.year)}"
