"""The flows layer on the map: keeps the drawn flows in step with the state and settings.

Why an overlay object: the map view stays about countries; this owns the flow
item, rebuilds what is drawn when the year, indicator, selection or a flow
setting changes, and answers the view's "which flow is under the mouse".
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import astuple

import geopandas as gpd
import numpy as np
import pandas as pd
from pyproj import Transformer
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QRectF, QTimer
from PySide6.QtGui import QTransform

from explorer.core.data.dataset import Dataset
from explorer.core.data.values import format_value
from explorer.core.flows.labels import count_phrase, origin_name
from explorer.core.flows.selection import FlowView, build_flow_view
from explorer.core.flows.settings import (
    Between,
    ColourMode,
    FlowSettings,
    WidthScale,
    resolve_flow_indicator,
)
from explorer.core.places.book import PlaceBook, is_place_code
from explorer.core.view.palettes import FLOW_REGION_COLOURS
from explorer.core.view.state import ViewState
from explorer.render.flows.legend import FlowLegend
from explorer.render.flows.prepare import prepare_flows
from explorer.ui.common.plain_text import LINE_LIMIT, shown
from explorer.ui.common.translations import translate
from explorer.ui.map.flow_item import FlowLayerItem
from explorer.ui.map.place_ends import PlaceEnds

SETTLE_MS = 150
BUILT_VIEWS_KEPT = 24
LEVEL_WORDS = {
    Between.SUBREGIONS: QT_TRANSLATE_NOOP("FlowsOverlay", "subregions"),
    Between.REGIONS: QT_TRANSLATE_NOOP("FlowsOverlay", "regions"),
}
WIDTH_WORDS = {
    WidthScale.SQRT: QT_TRANSLATE_NOOP("FlowsOverlay", "Width: square-root scale, {scale}"),
    WidthScale.LINEAR: QT_TRANSLATE_NOOP("FlowsOverlay", "Width: linear scale, {scale}"),
}


class FlowsOverlay(QObject):
    """Binds the flow layer item to the dataset, the view state and the flow settings."""

    def __init__(
        self,
        scene,
        world_rect: QRectF,
        dataset: Dataset,
        state: ViewState,
        settings: FlowSettings,
        countries: gpd.GeoDataFrame,
        crs: str,
        book: PlaceBook | None = None,
    ) -> None:
        super().__init__(scene)  # dies with the scene, its timer too
        self.dataset, self.state, self.settings, self.crs = dataset, state, settings, crs
        self.names = dict(zip(countries["iso3"], countries["name"], strict=True))
        self.region_of = dict(zip(countries["iso3"], countries["region"], strict=True))
        xy = np.array([(p.x, p.y) for p in countries["label_point"]])
        self.label_projected = dict(zip(countries["iso3"], map(tuple, xy), strict=True))
        lon, lat = Transformer.from_crs(crs, "EPSG:4326", always_xy=True).transform(*xy.T)
        self.label_lonlat = dict(zip(countries["iso3"], zip(lon, lat, strict=True), strict=True))
        self.places = PlaceEnds(book if book is not None else PlaceBook(countries), crs)
        self.item = FlowLayerItem(world_rect)
        scene.addItem(self.item)
        self.view: FlowView | None = None
        self._order = np.zeros(0, dtype=int)
        # Views already built, by (indicator, year, selection, settings): playing
        # through the years or going back and forth costs a lookup, not a rebuild.
        self._built: OrderedDict[tuple, tuple] = OrderedDict()
        self._legend: FlowLegend | None = None
        self._stopped = False
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.refine)
        for signal in (state.year_changed, state.indicator_changed, state.selection_changed):
            signal.connect(self.refresh)
        state.flow_selection_changed.connect(self._show_selected_flow)
        settings.events.connect(self.refresh)
        self.refresh()

    @property
    def indicator(self) -> str | None:
        return resolve_flow_indicator(self.dataset, self.settings, self.state.indicator)

    @property
    def between(self) -> Between:
        return Between(self.settings.between)

    def flow_dataset(self, pair: tuple[str, str] | None = None) -> Dataset:
        """The flows drawn: the dataset's own, or summed between subregions or regions.

        For ``pair``, the flows that hold it: a country pair (picked in the panel's
        tables) is in the dataset's own flows whatever the layer draws.
        """
        if pair is not None and not any(is_place_code(code) for code in pair):
            return self.dataset
        return self.places.flows(self.dataset, self.between)

    def flow_names(self) -> dict[str, str]:
        """Names of every flow end: countries, and places when flows join places."""
        if self.between is Between.COUNTRIES:
            return self.names
        return {**self.names, **self.places.book.names()}

    def flow_ends(self) -> dict[str, tuple[float, float]]:
        """(lon, lat) of the place ends of the drawn flows (exports draw them there)."""
        return {} if self.between is Between.COUNTRIES else self.places.anchors_lonlat()

    def refresh(self, *_: object) -> None:
        """Rebuild what is drawn for the current year, indicator, selection and settings."""
        indicator = self.indicator
        if not self.settings.visible or indicator is None:
            self.view = None
            self._legend = None
            self.item.set_prepared(None)
            self.item.setVisible(False)
            return
        key = (indicator, self.state.year, self.state.selected, astuple(self.settings))
        if key not in self._built:
            region_of, lonlat, projected = self.region_of, self.label_lonlat, self.label_projected
            selected = self.state.selected
            if self.between is not Between.COUNTRIES:
                region_of = {**region_of, **self.places.regions()}
                lonlat = {**lonlat, **self.places.anchors_lonlat()}
                projected = {**projected, **self.places.anchors_projected()}
                selected = self.places.place_of(selected, self.between)
            view = build_flow_view(
                self.flow_dataset(),
                region_of,
                indicator,
                self.state.year,
                self.settings,
                selected,
            )
            prepared, order = prepare_flows(
                view,
                lonlat,
                projected,
                self.crs,
                region_of,
                ColourMode(self.settings.colour_mode),
                self.settings.show_totals,
            )
            self._built[key] = (view, prepared, order, self._build_legend(view))
            while len(self._built) > BUILT_VIEWS_KEPT:
                self._built.popitem(last=False)
        self._built.move_to_end(key)
        self.view, prepared, self._order, self._legend = self._built[key]
        self.begin_draft()
        self.item.set_prepared(prepared)
        self.item.setVisible(True)
        self._show_selected_flow(self.state.selected_flow)

    def forget_built(self) -> None:
        """Drop the memo of built views (benchmarks use it to time a first visit)."""
        self._built.clear()

    def begin_draft(self) -> None:
        """Draw quick, unsmoothed edges until the view has been still for SETTLE_MS.

        Progressive rendering, as desktop GIS does: a year change, pan or zoom
        answers within a frame, and the antialiased rendering follows.
        """
        if self._stopped:
            return
        self.item.draft = True
        self._settle.start()

    def refine(self) -> None:
        """Redraw the layer with smooth edges now that the view is still."""
        if not self._stopped and self.item.draft:
            self.item.draft = False
            self.item.invalidate()

    def stop(self) -> None:
        """Stop listening and timing: the window is switching to another dataset."""
        self._stopped = True
        self._settle.stop()
        self.settings.events.disconnect(self.refresh)
        for signal in (
            self.state.year_changed,
            self.state.indicator_changed,
            self.state.selection_changed,
        ):
            signal.disconnect(self.refresh)
        self.state.flow_selection_changed.disconnect(self._show_selected_flow)

    def _show_selected_flow(self, pair: tuple[str, str] | None) -> None:
        """Outline the selected flow if it is drawn in this view."""
        index = None
        if pair is not None and self.view is not None:
            drawn = self.view.drawn.iloc[self._order]
            match = (drawn["origin"] == pair[0]) & (drawn["destination"] == pair[1])
            found = np.flatnonzero(match.to_numpy(dtype=bool))
            index = int(found[0]) if len(found) else None
        self.item.set_highlight(index)

    # -- questions from the view and panel ----------------------------------
    def flow_at(self, x: float, y: float, transform: QTransform) -> pd.Series | None:
        """The drawn flow under a viewport position (topmost), or None.

        ``transform`` maps scene to viewport pixels (the map view's ``transform()``
        combined with its scroll offset: ``viewportTransform()``).
        """
        hits = self.item.hits(transform)
        if self.view is None or hits is None or not self.item.isVisible():
            return None
        index = hits.flow_at(x, y)
        return None if index is None else self.view.drawn.iloc[self._order[index]]

    def flow_text(self, flow: pd.Series) -> str:
        """ "Nigeria -> Italy, 2020: 312 detected victims" and the source line."""
        amount = format_value(flow["value"], flow["lower"], flow["upper"], flow["flag"])
        names = self.flow_names()
        origin = origin_name(str(flow["origin"]), None, names)
        destination = names.get(str(flow["destination"]), str(flow["destination"]))
        text = translate("FlowsOverlay", "{origin} \u2192 {destination}, {year}: {what}").format(
            origin=origin,
            destination=destination,
            year=self.view.year,
            what=count_phrase(self.view.indicator, amount),
        )
        lines = [text]
        if self.between is not Between.COUNTRIES:
            lines += self.places.pair_lines(
                self.dataset,
                self.between,
                (str(flow["origin"]), str(flow["destination"])),
                self.view.year,
                self.view.indicator,
                self.names,
            )
        return "\n".join([*lines, self.dataset.provenance.source_line()])

    def partners(self, iso3: str, most: int = 8) -> list[str]:
        """The other countries of ``iso3``'s flows on the map (else its largest exact flows).

        The country map of the panel and the brief frame these with the country, so
        the reader sees where victims came from and went to.
        """
        view = self.view
        found: list[str] = []
        if view is not None and self.between is Between.COUNTRIES:
            drawn = view.drawn
            mine = drawn[(drawn["origin"] == iso3) | (drawn["destination"] == iso3)]
            mine = mine.sort_values("value", ascending=False, na_position="last")
            ends = [*mine["origin"], *mine["destination"]]
            found = [str(c) for c in dict.fromkeys(ends) if c != iso3]
        indicator = self.indicator
        if not found and indicator is not None:
            year = self.state.year
            for table in (
                self.dataset.top_origins(iso3, year, indicator, n=most),
                self.dataset.top_destinations(iso3, year, indicator, n=most),
            ):
                exact = table[table["value"].notna()]
                found += [str(c) for c in exact["code"] if c != iso3]
        return [c for c in dict.fromkeys(found) if c in self.label_projected][:most]

    def unplaced_lines(self, iso3: str) -> list[str]:
        """e.g. "+120 of unknown origin" for flows into ``iso3`` that have no curve.

        Always of the country flows: between places, a country's unknown and
        region-only origins still have no curve, and its tooltip still says so.
        """
        if self.view is None:
            return []
        if self.between is Between.COUNTRIES:
            return self.view.unplaced_lines(iso3, self.names)
        view = build_flow_view(
            self.dataset, self.region_of, self.view.indicator, self.view.year, self.settings
        )
        return view.unplaced_lines(iso3, self.names)

    def legend(self) -> FlowLegend | None:
        """The flows legend for the current view, or None when no flows are shown."""
        return self._legend

    def _build_legend(self, view: FlowView) -> FlowLegend | None:
        if view.drawn.empty and view.domestic.empty:
            return None
        references = [
            (f"{value:,.0f}", width) for value, width in reversed(view.reference_widths())
        ]
        colours = []
        if ColourMode(self.settings.colour_mode) is ColourMode.REGION:
            present = set(view.drawn["origin_region"].dropna())
            colours = [
                (
                    translate("FlowsOverlay", "From {region}").format(
                        region=shown(region, LINE_LIMIT)
                    ),
                    colour,
                )
                for region, colour in FLOW_REGION_COLOURS.items()
                if region in present
            ]
        scale = (
            translate("FlowsOverlay", "locked across years")
            if self.settings.lock_scale
            else translate("FlowsOverlay", "this year")
        )
        what = shown(count_phrase(view.indicator, "").strip(), LINE_LIMIT)
        title = translate("FlowsOverlay", "Flows: {what}, {year}")
        ring = ""
        if self.between is not Between.COUNTRIES:
            title = translate("FlowsOverlay", "Flows between {level}: {what}, {year}").replace(
                "{level}", translate("FlowsOverlay", LEVEL_WORDS[self.between])
            )
            ring = translate("FlowsOverlay", "Within the place (own nationals included)")
        return FlowLegend(
            title=title.format(what=what, year=view.year),
            domestic_text=ring,
            references=references,
            colours=colours,
            show_domestic=not view.domestic.empty,
            show_suppressed=bool(view.drawn["suppressed"].any()),
            show_totals=self.settings.show_totals and not view.totals.empty,
            note=translate(
                "FlowsOverlay", WIDTH_WORDS[WidthScale(self.settings.width_scale)]
            ).format(scale=scale),
        )
