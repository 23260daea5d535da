"""The native world map: one QGraphicsPathItem per country, in Equal Earth.

Why QGraphicsView: measured against a web view it starts faster, restyles in
milliseconds and exports crisply (DESIGN.md section 4). Country shapes become
paths once; a year or indicator change only swaps brushes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QPainter
from PySide6.QtWidgets import QToolTip

from explorer.core.data.dataset import Dataset
from explorer.core.view.choropleth import Choropleth, ChoroplethBuilder
from explorer.core.view.colour_vision import simulate_choropleth
from explorer.core.view.state import ViewState
from explorer.render.map.fills import HOVER_COLOUR, SELECTED_COLOUR, outline_pen
from explorer.render.map.geometry import MapGeometry
from explorer.render.map.painter import (
    HOVER_WIDTH,
    SELECTION_WIDTH,
    MapPicture,
    SeaColours,
    choropleth_fills,
    level_of_detail,
)
from explorer.render.map.picture_cache import PictureCache
from explorer.ui.common.plain_text import tooltip_html
from explorer.ui.common.translations import translate
from explorer.ui.map.country_pictures import CountryPictures
from explorer.ui.map.items import CountryItem, DetailPathItem, PlaceOutlineItem, SeaItem
from explorer.ui.map.legends import paint_map_legends
from explorer.ui.map.tooltips import country_tooltip
from explorer.ui.map.zoomable import ZoomableView

if TYPE_CHECKING:
    from explorer.ui.map.flows_overlay import FlowsOverlay

PLACE_OUTLINE_COLOUR = "#1f5fa8"  # the place the panel shows (blue: apart from the selection)
LABEL_POINT_SLOP_PX = 10


class MapView(ZoomableView):
    """Choropleth map bound to a :class:`ViewState`: hover, click (zoom and pan: the base)."""

    painted = Signal()  # after each paint of the viewport (launch benchmarks wait for the first)

    def __init__(
        self,
        state: ViewState,
        builder: ChoroplethBuilder,
        geometry: MapGeometry,
        parent=None,
    ) -> None:
        super().__init__(geometry.world_rect, parent)
        self.state = state
        self.builder = builder
        self.choropleth: Choropleth | None = None  # true colours: what exports use
        self.colour_vision: str | None = None  # screen-only preview, see set_colour_vision
        self._shown: Choropleth | None = None  # what the screen shows (simulated or true)
        self.setAccessibleName(translate("Accessibility", "World map"))
        self.flows: FlowsOverlay | None = None  # attached by the main window
        self._legends = PictureCache()
        self.items_by_iso3: dict[str, CountryItem] = {}
        self.label_points: dict[str, QPointF] = {}
        self.geometry = geometry
        self._build_scene(geometry)
        self._selection = self._overlay(SELECTED_COLOUR, SELECTION_WIDTH, 3)
        self._place_outline = PlaceOutlineItem(outline_pen(1.6, PLACE_OUTLINE_COLOUR))
        self._place_outline.setZValue(2.5)
        self._place_outline.setVisible(False)
        self.scene().addItem(self._place_outline)
        self._hover = self._overlay(HOVER_COLOUR, HOVER_WIDTH, 2)
        for signal in (state.indicator_changed, state.breakdown_changed, state.year_changed):
            signal.connect(self.refresh)
        state.selection_changed.connect(self._show_selection)
        state.hover_changed.connect(self._show_hover)

    # -- building -----------------------------------------------------------
    def _build_scene(self, geometry: MapGeometry) -> None:
        scene = self.scene()
        # A QGraphicsPathItem of our own class: a plain one from scene.addPath()
        # lost its Python wrapper after a dataset switch in an import (the item
        # lived on in the scene; exports then failed on the stale wrapper).
        sea = self.sea_item = SeaItem(geometry.sea)
        sea.setPen(SeaColours().pen())
        sea.setBrush(SeaColours().brush())
        scene.addItem(sea)
        sea.setZValue(-1)
        for shape in geometry.countries:
            item = CountryItem(shape.iso3, shape.name, shape.paths)
            scene.addItem(item)
            self.items_by_iso3[shape.iso3] = item
            self.label_points[shape.iso3] = shape.label_point
        scene.setSceneRect(geometry.scene_rect())
        self.country_pictures = CountryPictures(self, self.items_by_iso3.values())

    def _overlay(self, colour: str, width: float, z: int) -> DetailPathItem:
        item = DetailPathItem()
        item.setPen(outline_pen(width, colour))
        item.setBrush(Qt.BrushStyle.NoBrush)
        item.setZValue(z)
        item.setVisible(False)
        self.scene().addItem(item)
        return item

    # -- styling ------------------------------------------------------------
    def set_dataset(self, dataset: Dataset) -> None:
        """Show ``dataset`` in the current style; the shapes, zoom and preview stay."""
        builder = self.builder
        self.builder = ChoroplethBuilder(
            dataset, builder.palette, builder.scheme, builder.k, builder.breaks, builder.lang
        )
        self._show_hover(None)
        self._show_selection(self.state.selected)
        self.refresh()

    def refresh(self, *_: object) -> None:
        """Rebuild the fills for the state's indicator, breakdown and year."""
        if not self.state.indicator:  # a dataset without figures: outlines only
            self.choropleth = self._shown = None
            for item in self.items_by_iso3.values():
                item.setBrush(QBrush())
                item.screen_brush = None
            self.viewport().update()
            return
        self.set_choropleth(
            self.builder.build(self.state.indicator, self.state.year, self.state.breakdown)
        )

    def set_choropleth(self, choropleth: Choropleth) -> None:
        self.choropleth = choropleth
        seen = simulate_choropleth(choropleth, self.colour_vision) if self.colour_vision else None
        self._shown = seen or choropleth
        fills = choropleth_fills(choropleth, self.items_by_iso3)
        seen_fills = choropleth_fills(seen, self.items_by_iso3) if seen else {}
        for iso3, item in self.items_by_iso3.items():
            item.setBrush(fills[iso3])
            item.screen_brush = seen_fills.get(iso3)
        self.setAccessibleDescription(choropleth.title_in())
        self.viewport().update()

    def set_colour_vision(self, kind: str | None) -> None:
        """Show the fills and legend as seen with ``kind`` (``VISION_KINDS``), or truly (None).

        Screen only, as QGIS's preview mode: ``choropleth`` and the item
        brushes keep the true colours, so exports and copied images are never
        simulated. Flows, outlines and the sea keep their colours.
        """
        self.colour_vision = kind
        if self.choropleth is not None:
            self.set_choropleth(self.choropleth)

    def displayed_colour(self, iso3: str) -> str:
        """The colour a country shows on screen now (``#rrggbb``), preview included."""
        item = self.items_by_iso3[iso3]
        return (item.screen_brush or item.brush()).color().name()

    def picture(self) -> MapPicture:
        """The view's data as a picture draws it: true colours, selection, flows; no hover,
        no place outline, no colour-vision preview (pictures are of the data)."""
        flows = self.flows.item if self.flows is not None else None
        return MapPicture(
            self.geometry,
            {iso3: item.brush() for iso3, item in self.items_by_iso3.items()},
            SeaColours(self.sea_item.brush().color().name(), self.sea_item.pen().color().name()),
            self.state.selected if self._selection.isVisible() else None,
            flows.prepared if flows is not None and flows.isVisible() else None,
            flows.highlight if flows is not None else None,
        )

    def _show_selection(self, iso3: str | None) -> None:
        self._copy_outline(self._selection, iso3)

    def outline_place(self, members: Iterable[str]) -> None:
        """Outline the countries of the place the panel shows (none: no outline)."""
        items = [self.items_by_iso3[c] for c in sorted(members) if c in self.items_by_iso3]
        self._place_outline.set_paths([i.paths for i in items if i.paths is not None])

    def outlined_place(self) -> list[str]:
        """Codes of the countries outlined as the panel's place (tests, screen readers)."""
        outlined = {id(p) for p in self._place_outline.paths}
        return sorted(c for c, item in self.items_by_iso3.items() if id(item.paths) in outlined)

    def _show_hover(self, iso3: str | None) -> None:
        self._copy_outline(self._hover, iso3)

    def _copy_outline(self, overlay: DetailPathItem, iso3: str | None) -> None:
        item = self.items_by_iso3.get(iso3 or "")
        overlay.setVisible(item is not None)
        if item is not None:
            overlay.set_paths(item.paths)

    # -- queries ------------------------------------------------------------
    def country_at(self, pos: QPoint) -> CountryItem | None:
        """The country under a viewport position, ignoring overlays.

        Why not ``self.items(pos)``: Qt tests the point against each candidate's
        full 1:50m outline (Canada: 121,000 elements, 15 ms per mouse move).
        The path painted at this scale is tested instead: what the user sees is
        what the pointer hits, and it is a few hundred elements at world scale.
        """
        point = self.mapToScene(pos)
        scale = level_of_detail(self.viewportTransform())
        for item in self.scene().items(
            point,
            Qt.ItemSelectionMode.IntersectsItemBoundingRect,
            Qt.SortOrder.DescendingOrder,
            self.viewportTransform(),
        ):
            if (
                isinstance(item, CountryItem)
                and item.isVisible()
                and item.paths is not None
                and item.paths.for_scale(scale).contains(point)
            ):
                return item
        return None

    def tooltip_text(self, iso3: str) -> str:
        """Name, value with its qualifier, and year: what the hover tooltip says."""
        unplaced = self.flows.unplaced_lines(iso3) if self.flows is not None else []
        return country_tooltip(
            self.items_by_iso3[iso3].name, iso3, self.choropleth, self.builder.dataset, unplaced
        )

    def frame_of(self, iso3: str, partners: Iterable[str] = ()) -> QRectF | None:
        """Scene rectangle of a country with its neighbours and ``partners`` (see
        :meth:`MapGeometry.frame_of`)."""
        return self.geometry.frame_of(iso3, partners)

    def zoom_to(self, iso3: str, partners: Iterable[str] = ()) -> None:
        """Frame a country's main part with its neighbours (and its flows' partners) around it."""
        framed = self.frame_of(iso3, partners)
        if framed is not None:
            self.frame(framed)

    # -- pointer ------------------------------------------------------------
    def hover(self, pos: QPoint, global_pos: QPoint) -> None:
        """The pointer rests at ``pos``: hover the flow or country there, with its tooltip."""
        flow = self.flow_at(pos)
        item = None if flow is not None else self.country_at(pos)
        self.state.hovered = item.iso3 if item else None
        if flow is not None:
            text = self.flows.flow_text(flow)
        else:
            text = self.tooltip_text(item.iso3) if item is not None else ""
        if text:
            QToolTip.showText(global_pos, tooltip_html(text), self)
        else:
            QToolTip.hideText()

    def left(self) -> None:
        self.state.hovered = None

    def flow_at(self, pos: QPoint):
        """The flow under ``pos``, except right at a country's label point.

        Arrows converge on label points; there a click means the country.
        """
        if self.flows is None:
            return None
        flow = self.flows.flow_at(pos.x(), pos.y(), self.viewportTransform())
        country = self.country_at(pos) if flow is not None else None
        if country is not None:
            anchor = self.mapFromScene(self.label_points[country.iso3])
            if (anchor - pos).manhattanLength() <= LABEL_POINT_SLOP_PX:
                return None
        return flow

    def click(self, pos: QPoint) -> None:
        """Select the flow under ``pos`` if there is one, else the country (or nothing)."""
        flow = self.flow_at(pos)
        if flow is not None:
            self.state.selected_flow = (str(flow["origin"]), str(flow["destination"]))
            return
        item = self.country_at(pos)
        self.state.selected_flow = None
        self.state.selected = item.iso3 if item else None

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The legends, drawn in viewport pixels so they stay put while the map moves."""
        if self._shown is None:
            return
        painter.save()
        painter.resetTransform()
        paint_map_legends(
            painter,
            self._legends,
            self._shown,
            self.flows.legend() if self.flows is not None else None,
            self.viewport().width(),
            self.viewport().height(),
            self.devicePixelRatioF(),
        )
        painter.restore()
