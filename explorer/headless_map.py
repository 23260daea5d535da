"""One view of the map without a window: what the headless ``export`` command writes.

Why no window: an export needs the view's data (the dataset shown, its
choropleth, the flows drawn, the texts), not widgets. This builds that data
the way the window does (the same workspace, first dataset, saved view and
command-line overrides: :mod:`explorer.io.workspace.shown`,
:func:`start_view`), so the files are the window's files. Data files need no
Qt at all; pictures import ``render`` (QtGui only) when asked for one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd

from explorer.core.data.dataset import Dataset
from explorer.core.flows.map_flows import MapFlows
from explorer.core.flows.selection import FlowView
from explorer.core.flows.settings import FlowSettings
from explorer.core.names.display_names import localized_countries
from explorer.core.view.choropleth import Choropleth, ChoroplethBuilder
from explorer.core.view.data import MapTexts, ViewData, default_texts, view_data
from explorer.core.view.state import ViewState
from explorer.io.words import languages, translate_to
from explorer.io.workspace.shown import OpenedWorkspace

if TYPE_CHECKING:
    from explorer.render.map.geometry import MapGeometry
    from explorer.render.page.map_export import MapPage


@dataclass(frozen=True)
class ViewRequest:
    """What a command asks to see: the window's launch options that matter to a map."""

    workspace: Path | None = None
    dataset: str | None = None
    indicator: str | None = None
    year: int | None = None
    focus: str = "all"
    flows: bool = True
    select: str | None = None
    projection: str = "Equal Earth"
    #: The built-in SYNTHETIC demo, no workspace read (only when asked for: a command
    #: never falls back to it).
    demo: bool = False
    #: Places and numbers in this language ("fr", "zh_CN"); None: the user's, as
    #: ``TRAFFICKING_EXPLORER_LANG``, the saved choice or the system says (the window's rule).
    language: str | None = None


@dataclass
class HeadlessMap:
    """The dataset, state and flow settings of one view, and what its map shows."""

    opened: OpenedWorkspace
    dataset: Dataset
    countries: gpd.GeoDataFrame  # projected into ``crs``, with label points
    crs: str
    state: ViewState
    settings: FlowSettings
    flows: MapFlows
    builder: ChoroplethBuilder
    #: The outlines as paths, built for the first picture and kept for the next years.
    geometry: MapGeometry | None = field(default=None, repr=False)

    @classmethod
    def open(cls, request: ViewRequest) -> HeadlessMap:
        """The view the window would open for ``request`` (an empty or unreadable workspace
        shows the demo, as the window does: a command checks :meth:`problem` first)."""
        from explorer.core.demo.source import DemoSource
        from explorer.core.geo.countries import PROJECTIONS, load_countries, project_countries
        from explorer.core.view.snapshot import start_view
        from explorer.io.workspace.shown import first_dataset, open_workspace

        crs = PROJECTIONS[request.projection]
        lang = request.language or next(iter(languages()), "en")
        countries = localized_countries(project_countries(load_countries(), crs), lang)
        opened = open_workspace(request.workspace, request.demo)
        dataset, view = first_dataset(opened, DemoSource(), request.dataset)
        state, settings = start_view(
            view,
            dataset,
            request.indicator,
            request.year,
            request.focus,
            request.flows,
            request.select,
        )
        flows = MapFlows(dataset, settings, countries, crs, lang=lang)
        builder = ChoroplethBuilder(dataset, lang=lang)
        return cls(opened, dataset, countries, crs, state, settings, flows, builder)

    def problem(self, request: ViewRequest) -> str:
        """Why this view is not what ``request`` asked for ("" when it is): the workspace
        cannot be read, holds no dataset, or lacks the one named. A command exits with it
        instead of drawing the demo data in the place of the user's."""
        if request.demo:
            return ""
        opened = self.opened
        if opened.error:
            return opened.error
        workspace, path = opened.workspace, opened.path
        names = workspace.names() if workspace is not None else []
        if path is not None and not path.exists():
            return f"no workspace at {path} (import a file first, or use --demo)"
        if not names:
            return f"the workspace {path} holds no dataset (import one, or use --demo)"
        unusable = workspace.unusable(request.dataset) if workspace is not None else ""
        if unusable:
            return unusable
        if request.dataset is not None and self.dataset.name != request.dataset:
            return f"no dataset {request.dataset!r}; the workspace has: {', '.join(names)}"
        return ""

    def choropleth(self) -> Choropleth:
        state = self.state
        return self.builder.build(state.indicator, state.year, state.breakdown)

    def flow_view(self) -> FlowView | None:
        state = self.state
        return self.flows.view(state.indicator, state.year, state.selected)

    def texts(
        self, choropleth: Choropleth, flow_view: FlowView | None, english: bool = False
    ) -> MapTexts:
        """The default texts, as the window's export dialog starts with them (``english``:
        the words of a data file, as the window writes CSV, XLSX and GeoPackage)."""
        between = self.flows.between.value
        lang = None if english else self.flows.lang
        texts = default_texts(self.dataset, choropleth, flow_view, between=between, lang=lang)
        return replace(texts, disclaimer=translate_to(lang, "CoreTexts", texts.disclaimer))

    def view_data(
        self, texts: MapTexts, choropleth: Choropleth, flow_view: FlowView | None
    ) -> ViewData:
        """The tables of the view, for HTML, CSV, XLSX and GeoPackage."""
        return view_data(
            self.countries,
            choropleth,
            texts,
            self.state.breakdown.label,
            flow_view,
            flow_names=self.flows.flow_names(),
            flow_ends=self.flows.flow_ends(),
            selected=self.state.selected,
            crs=self.crs,
        )

    def page(self, texts: MapTexts, choropleth: Choropleth, flow_view: FlowView | None) -> MapPage:
        """The view as a page to draw (PNG, SVG, PDF); needs a QGuiApplication."""
        from explorer.render.flows.drawn import draw_flows
        from explorer.render.map.geometry import MapGeometry
        from explorer.render.map.painter import MapPicture, choropleth_fills
        from explorer.render.page.map_export import MapPage

        if self.geometry is None:
            self.geometry = MapGeometry.build(self.countries, self.crs)
        geometry = self.geometry
        drawn = draw_flows(self.flows, flow_view) if flow_view is not None else None
        picture = MapPicture(
            geometry,
            choropleth_fills(choropleth, (shape.iso3 for shape in geometry.countries)),
            selected=self.state.selected,
            flows=drawn.prepared if drawn is not None else None,
            flow_highlight=drawn.index_of(self.state.selected_flow) if drawn else None,
        )
        return MapPage(picture, choropleth, drawn.legend if drawn else None, texts)
