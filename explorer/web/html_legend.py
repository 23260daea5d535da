"""The legend panel of the HTML export: classes, flow colours, widths and symbols drawn.

Why plain HTML: the panel is escaped text in the page (a script only moves it
into the map's corner); it lists only what the view actually draws, in the
same words as the screen and the image exports (one ``ViewData``).
"""

from __future__ import annotations

import numpy as np

from explorer.core.flows.labels import people_noun
from explorer.core.names.display_names import region_name
from explorer.core.view.choropleth import SUPPRESSED_KIND
from explorer.core.view.data import ViewData
from explorer.core.view.palettes import FLOW_REGION_COLOURS
from explorer.web.html_escape import esc, safe_colour
from explorer.web.html_flows import line_weight


def _flow_legend(view: ViewData) -> str:
    """Colours by origin region, widths and symbols actually drawn, as escaped HTML."""
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
    rows = [
        f'<li><span class="tfe-line" style="border-top:4px solid {c}"></span>'
        f"From {esc(', '.join(sorted(region_name(n, view.lang) for n in r)))}</li>"
        for c, r in by_colour.items()
    ]
    finite = flows["width"].to_numpy(dtype=float)
    finite = np.isfinite(finite)
    if finite.any():
        top = flows[finite].iloc[0]
        rows.append(
            f'<li><span class="tfe-line" style="border-top:{line_weight(1.0):.0f}px solid #555">'
            f"</span>{esc(top['shown'])} {esc(noun)} (widest)</li>"
        )
    if (~finite).any():
        rows.append(
            '<li><span class="tfe-line" style="border-top:1px dashed #555"></span>'
            f"Fewer than 5 {esc(noun)} (suppressed)</li>"
        )
    if (flows["origin"] == flows["destination"]).any():
        rows.append(
            '<li><span class="tfe-sw" style="border-radius:50%;border:2px solid #555"></span>'
            "Flow within a country</li>"
        )
    note = (
        f"Line width by number of {esc(noun)}; arrowheads point to the destination. "
        "Faded flows are outside the current focus."
        if not flows["emphasised"].all()
        else f"Line width by number of {esc(noun)}; arrowheads point to the destination."
    )
    return (
        f"<h2>Flows: {esc(view.indicator)}, {esc(view.year)}</h2>"
        f'<ul>{"".join(rows)}</ul><p class="tfe-note">{note}</p>'
    )


def legend_html(view: ViewData) -> str:
    items = []
    for entry in view.legend:
        extra = " tfe-suppressed" if entry.kind == SUPPRESSED_KIND else ""
        colour = safe_colour(entry.colour)
        items.append(
            f'<li><span class="tfe-sw{extra}" style="background:{colour}"></span>'
            f"{esc(entry.label)}</li>"
        )
    heading = esc(view.indicator + (f" ({view.breakdown})" if view.breakdown else ""))
    note = f'<p class="tfe-note">{esc(view.classes_note)}</p>' if view.classes_note else ""
    return (
        f'<div id="tfe-legend" class="tfe-legend"><h2>{heading}, {esc(view.year)}</h2>'
        f"<ul>{''.join(items)}</ul>{note}{_flow_legend(view)}</div>"
    )
