"""The flows layer on the map: keeps the drawn flows in step with the state and settings.

Why an overlay object: the map view stays about countries; this owns the flow
item, redraws it when the year, indicator, selection or a flow setting
changes, and answers the view's "which flow is under the mouse". Which flows
are shown is :class:`MapFlows`'s (Qt-free, shared with the headless export);
how they are drawn is :func:`draw_flows`'s.
"""

from __future__ import annotations

from collections import OrderedDict

import geopandas as gpd
import pandas as pd
from PySide6.QtCore import QObject, QRectF, QTimer
from PySide6.QtGui import QTransform

from explorer.core.data.dataset import Dataset
from explorer.core.data.local_numbers import year_text
from explorer.core.data.values import format_value
from explorer.core.flows.labels import count_phrase, origin_name, plural_count
from explorer.core.flows.map_flows import MapFlows
from explorer.core.flows.selection import FlowView
from explorer.core.flows.settings import Between, FlowSettings
from explorer.core.places.book import PlaceBook
from explorer.core.view.state import ViewState
from explorer.render.flows.drawn import DrawnFlows, draw_flows
from explorer.render.flows.legend import FlowLegend
from explorer.ui.common.plain_text import LINE_LIMIT, shown
from explorer.ui.common.translations import translate
from explorer.ui.map.flow_item import FlowLayerItem

SETTLE_MS = 150
BUILT_VIEWS_KEPT = 24
PAIRS_LISTED = 8  # country pairs listed in a place flow's tooltip


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
        self.map_flows = MapFlows(dataset, settings, countries, crs, book)
        self.names = self.map_flows.names
        self.item = FlowLayerItem(world_rect)
        scene.addItem(self.item)
        self.drawn: DrawnFlows | None = None
        # Flows already drawn, by (indicator, year, selection, settings): playing
        # through the years or going back and forth costs a lookup, not a rebuild.
        self._built: OrderedDict[tuple, DrawnFlows | None] = OrderedDict()
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.refine)
        for signal in (state.year_changed, state.indicator_changed, state.selection_changed):
            signal.connect(self.refresh)
        state.flow_selection_changed.connect(self._show_selected_flow)
        settings.events.connect(self.refresh)
        self.refresh()

    @property
    def view(self) -> FlowView | None:
        """The flows drawn now (None: the layer is off or the dataset has none)."""
        return self.drawn.view if self.drawn is not None else None

    @property
    def indicator(self) -> str | None:
        return self.map_flows.indicator(self.state.indicator)

    @property
    def between(self) -> Between:
        return self.map_flows.between

    def flow_dataset(self, pair: tuple[str, str] | None = None) -> Dataset:
        """The flows drawn (see :meth:`MapFlows.flow_dataset`)."""
        return self.map_flows.flow_dataset(pair)

    def flow_names(self) -> dict[str, str]:
        """Names of every flow end: countries, and places when flows join places."""
        return self.map_flows.flow_names()

    def flow_ends(self) -> dict[str, tuple[float, float]]:
        """(lon, lat) of the place ends of the drawn flows (exports draw them there)."""
        return self.map_flows.flow_ends()

    def refresh(self, *_: object) -> None:
        """Redraw for the current year, indicator, selection and settings."""
        state = self.state
        key = self.map_flows.key(state.indicator, state.year, state.selected)
        if key not in self._built:
            view = self.map_flows.view(state.indicator, state.year, state.selected)
            self._built[key] = draw_flows(self.map_flows, view) if view is not None else None
            while len(self._built) > BUILT_VIEWS_KEPT:
                self._built.popitem(last=False)
        self._built.move_to_end(key)
        self.drawn = self._built[key]
        if self.drawn is None:
            self.item.set_prepared(None)
            self.item.setVisible(False)
            return
        self.begin_draft()
        self.item.set_prepared(self.drawn.prepared)
        self.item.setVisible(True)
        self._show_selected_flow(state.selected_flow)

    def set_dataset(self, dataset: Dataset) -> None:
        """Draw the flows of ``dataset`` from now on (the layer lives as long as the map)."""
        self.dataset = dataset
        self.map_flows = self.map_flows.for_dataset(dataset)
        self._built.clear()
        self.refresh()

    def forget_built(self) -> None:
        """Drop the memo of built views (benchmarks use it to time a first visit)."""
        self._built.clear()

    def begin_draft(self) -> None:
        """Draw quick, unsmoothed edges until the view has been still for SETTLE_MS.

        Progressive rendering, as desktop GIS does: a year change, pan or zoom
        answers within a frame, and the antialiased rendering follows.
        """
        self.item.draft = True
        self._settle.start()

    def refine(self) -> None:
        """Redraw the layer with smooth edges now that the view is still."""
        if self.item.draft:
            self.item.draft = False
            self.item.invalidate()

    def _show_selected_flow(self, pair: tuple[str, str] | None) -> None:
        """Outline the selected flow if it is drawn in this view."""
        self.item.set_highlight(self.drawn.index_of(pair) if self.drawn is not None else None)

    # -- questions from the view and panel ----------------------------------
    def flow_at(self, x: float, y: float, transform: QTransform) -> pd.Series | None:
        """The drawn flow under a viewport position (topmost), or None.

        ``transform`` maps scene to viewport pixels (the map view's ``transform()``
        combined with its scroll offset: ``viewportTransform()``).
        """
        hits = self.item.hits(transform)
        if self.drawn is None or hits is None or not self.item.isVisible():
            return None
        index = hits.flow_at(x, y)
        return None if index is None else self.drawn.view.drawn.iloc[self.drawn.order[index]]

    def flow_text(self, flow: pd.Series) -> str:
        """ "Nigeria -> Italy, 2020: 312 detected victims" and the source line."""
        lang = self.map_flows.lang
        amount = format_value(flow["value"], flow["lower"], flow["upper"], flow["flag"], lang)
        names = self.flow_names()
        origin = origin_name(str(flow["origin"]), None, names, lang)
        destination = names.get(str(flow["destination"]), str(flow["destination"]))
        view = self.view
        text = translate("FlowsOverlay", "{origin} \u2192 {destination}, {year}: {what}").format(
            origin=origin,
            destination=destination,
            year=year_text(view.year, lang),
            what=count_phrase(
                view.indicator,
                amount,
                lang,
                plural_count(flow["value"], flow["lower"], flow["upper"]),
            ),
        )
        lines = [text]
        if self.between is not Between.COUNTRIES:
            lines += self._pair_lines((str(flow["origin"]), str(flow["destination"])), view)
        return "\n".join([*lines, self.dataset.provenance.source_line(lang)])

    def _pair_lines(self, pair: tuple[str, str], view: FlowView) -> list[str]:
        """ "Country pairs behind it:" and the largest pairs, for a place flow's tooltip."""
        rows = self.map_flows.places.pairs_behind(
            self.dataset, self.between, pair, view.year, view.indicator
        )
        if rows.empty:
            return []
        names = self.names
        lines = [translate("FlowsOverlay", "Country pairs behind it ({n}):").format(n=len(rows))]
        for row in rows.head(PAIRS_LISTED).itertuples(index=False):
            origin = origin_name(str(row.origin), str(row.destination), names, self.map_flows.lang)
            amount = format_value(row.value, row.lower, row.upper, row.flag, self.map_flows.lang)
            destination = names.get(str(row.destination), str(row.destination))
            lines.append(
                f"  {shown(origin, LINE_LIMIT)} \u2192 {shown(destination, LINE_LIMIT)}: {amount}"
            )
        if len(rows) > PAIRS_LISTED:
            more = len(rows) - PAIRS_LISTED
            lines.append("  " + translate("FlowsOverlay", "… and {n} more").format(n=more))
        return lines

    def partners(self, iso3: str, most: int = 8) -> list[str]:
        """The other countries of ``iso3``'s flows on the map (else its largest exact flows)."""
        return self.map_flows.partners(iso3, self.view, self.state.year, self.state.indicator, most)

    def unplaced_lines(self, iso3: str) -> list[str]:
        """e.g. "+120 of unknown origin" for flows into ``iso3`` that have no curve."""
        return self.map_flows.unplaced_lines(iso3, self.view)

    def legend(self) -> FlowLegend | None:
        """The flows legend for the current view, or None when no flows are shown."""
        return self.drawn.legend if self.drawn is not None else None
