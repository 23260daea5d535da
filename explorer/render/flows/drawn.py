"""From the flows a map shows (core) to what is drawn: prepared curves, drawing order, legend.

Why one step for the screen and every picture: the flows layer on screen and
the headless export must draw the same curves with the same legend; both
call :func:`draw_flows` with the :class:`MapFlows` of their dataset.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from explorer.core.data.local_numbers import decimal_text, year_text
from explorer.core.data.shown_text import LINE_LIMIT, shown
from explorer.core.flows.labels import flow_noun
from explorer.core.flows.map_flows import MapFlows
from explorer.core.flows.selection import FlowView
from explorer.core.flows.settings import Between, ColourMode, FlowSettings, WidthScale
from explorer.core.names.display_names import region_name
from explorer.core.view.palettes import FLOW_REGION_COLOURS
from explorer.render.flows.legend import FlowLegend
from explorer.render.flows.prepare import prepare_flows
from explorer.render.flows.prepared_flows import PreparedFlows

#: ``translate(context, text)``: the app's translations, installed by the ui at start.
translate = QCoreApplication.translate

LEVEL_WORDS = {
    Between.SUBREGIONS: QT_TRANSLATE_NOOP("FlowsOverlay", "subregions"),
    Between.REGIONS: QT_TRANSLATE_NOOP("FlowsOverlay", "regions"),
}
WIDTH_WORDS = {
    WidthScale.SQRT: QT_TRANSLATE_NOOP("FlowsOverlay", "Width: square-root scale, {scale}"),
    WidthScale.LINEAR: QT_TRANSLATE_NOOP("FlowsOverlay", "Width: linear scale, {scale}"),
}


@dataclass(frozen=True)
class DrawnFlows:
    """One moment's flows ready to paint: ``order[i]`` is the row of ``view.drawn`` that
    the painter draws i-th (smaller first, so larger flows end up on top)."""

    view: FlowView
    prepared: PreparedFlows
    order: np.ndarray
    legend: FlowLegend | None

    def index_of(self, pair: tuple[str, str] | None) -> int | None:
        """The painter's index of the flow ``pair`` (origin, destination), if it is drawn."""
        if pair is None:
            return None
        drawn = self.view.drawn.iloc[self.order]
        match = (drawn["origin"] == pair[0]) & (drawn["destination"] == pair[1])
        found = np.flatnonzero(match.to_numpy(dtype=bool))
        return int(found[0]) if len(found) else None


def draw_flows(flows: MapFlows, view: FlowView) -> DrawnFlows:
    """Curves, colours, drawing order and legend of ``view`` (built by ``flows``)."""
    region_of, lonlat, projected = flows.ends()
    settings = flows.settings
    prepared, order = prepare_flows(
        view,
        lonlat,
        projected,
        flows.crs,
        region_of,
        ColourMode(settings.colour_mode),
        settings.show_totals,
    )
    return DrawnFlows(view, prepared, order, flow_legend(view, settings, flows.between, flows.lang))


def flow_legend(
    view: FlowView, settings: FlowSettings, between: Between, lang: str | None = None
) -> FlowLegend | None:
    """The flows legend of ``view``, or None when it draws nothing; regions and numbers
    in ``lang``."""
    if view.drawn.empty and view.domestic.empty:
        return None
    widths = reversed(view.reference_widths())
    references = [(decimal_text(value, lang, 0), width) for value, width in widths]
    colours = []
    if ColourMode(settings.colour_mode) is ColourMode.REGION:
        present = set(view.drawn["origin_region"].dropna())
        colours = [
            (
                translate("FlowsOverlay", "From {region}").format(
                    region=shown(region_name(region, lang), LINE_LIMIT)
                ),
                colour,
            )
            for region, colour in FLOW_REGION_COLOURS.items()
            if region in present
        ]
    scale = (
        translate("FlowsOverlay", "locked across years")
        if settings.lock_scale
        else translate("FlowsOverlay", "this year")
    )
    what = shown(flow_noun(view.indicator, lang), LINE_LIMIT)
    title = translate("FlowsOverlay", "Flows: {what}, {year}")
    ring = ""
    if between is not Between.COUNTRIES:
        title = translate("FlowsOverlay", "Flows between {level}: {what}, {year}").replace(
            "{level}", translate("FlowsOverlay", LEVEL_WORDS[between])
        )
        ring = translate("FlowsOverlay", "Within the place (own nationals included)")
    return FlowLegend(
        title=title.format(what=what, year=year_text(view.year, lang)),
        domestic_text=ring,
        references=references,
        colours=colours,
        show_domestic=not view.domestic.empty,
        show_suppressed=bool(view.drawn["suppressed"].any()),
        show_totals=settings.show_totals and not view.totals.empty,
        note=translate("FlowsOverlay", WIDTH_WORDS[WidthScale(settings.width_scale)]).format(
            scale=scale
        ),
    )
