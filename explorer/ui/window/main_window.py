"""The main window: assembles the map, controls, search, panel, banner and actions.

Why so thin: behaviour lives in the widgets and the Qt-free state; this class
only wires them together (DESIGN.md section 1).
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
from PySide6.QtCore import QLocale, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data.dataset import Dataset
from explorer.core.demo.shown_name import shown_dataset_name
from explorer.core.flows.settings import FlowSettings
from explorer.core.names.display_names import localized_countries
from explorer.core.places.book import PlaceBook
from explorer.core.view.choropleth import ChoroplethBuilder
from explorer.core.view.snapshot import restore_state
from explorer.core.view.state import ViewState
from explorer.render.map.geometry import MapGeometry
from explorer.ui.common.plain_text import LINE_LIMIT, shown
from explorer.ui.common.translations import interface_language, language_code, translate
from explorer.ui.editions.keeper import EditionsKeeper
from explorer.ui.map.flow_controls import FlowControls
from explorer.ui.map.flows_overlay import FlowsOverlay
from explorer.ui.map.view import MapView
from explorer.ui.panel.detail import DetailPanel
from explorer.ui.window.banner import SyntheticBanner
from explorer.ui.window.context import AppContext
from explorer.ui.window.controls import MapControls
from explorer.ui.window.menus import build_menus
from explorer.ui.window.panel_toggles import PanelToggles
from explorer.ui.window.search_box import SearchBox
from explorer.ui.window.source_rows import window_source_rows
from explorer.ui.window.status import DatasetStatus


class MainWindow(QMainWindow):
    """Top-level window of Trafficking Flows Explorer."""

    #: The name of the dataset now on screen (after start-up and every switch), for the
    #: parts that show something of the dataset beyond the map and panels (menus, help).
    dataset_shown = Signal(str)
    #: Local files dropped onto the window (the workspace session imports or opens them).
    files_dropped = Signal(list)
    #: Local files dragged over the window, not yet dropped; then the drag left without a drop.
    files_coming = Signal(list)
    files_gone = Signal()

    def __init__(
        self,
        dataset: Dataset,
        countries: gpd.GeoDataFrame,
        crs: str,
        state: ViewState | None = None,
        flow_settings: FlowSettings | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__()
        #: The interface language (babel's spelling): places and numbers are shown in it.
        # Spelt as QLocale completes it ("ar" -> "ar_EG"), so babel's digits match Qt's.
        self.language = language_code(QLocale(language or interface_language()))
        self._english_names = dict(zip(countries["iso3"], countries["name"], strict=True))
        countries = localized_countries(countries, self.language)
        self.countries, self.crs = countries, crs
        self._names = dict(zip(countries["iso3"], countries["name"], strict=True))
        self._regions = sorted({r for r in countries["region"].dropna() if r != "Antarctica"})
        #: The run's shared parts (view state, flow settings, places, session, settings,
        #: theme, style ...), handed explicitly to the pieces that need them.
        self.context = AppContext(
            state or _default_state(dataset),
            flow_settings or FlowSettings(),
            PlaceBook(countries, lang=self.language),
            MapGeometry.build(countries, crs),
        )
        self.dataset = dataset
        menus = build_menus(self)
        self.file_menu, self.view_menu = menus.file_menu, menus.view_menu
        self.reset_action, self.partners_action = menus.reset_action, menus.partners_action
        self.copy_action, self.copy_map_action = menus.copy_action, menus.copy_map_action
        self.export_action, self.brief_action = menus.export_action, menus.brief_action
        self.quit_action = menus.quit_action
        self.status = DatasetStatus(self.statusBar())
        self.setAcceptDrops(True)
        self._build_parts(dataset)  # built on ``dataset``: they show it already
        self.places.groups_changed.connect(self._outline_place)
        self.map_view.refresh()
        self._show(dataset)
        from explorer.ui.map.region_zoom import install_region_zoom

        install_region_zoom(self)

    # The run's view state, flow settings, places and shapes (kept in the context).
    state = property(lambda self: self.context.state)
    flow_settings = property(lambda self: self.context.flow_settings)
    places = property(lambda self: self.context.places)
    geometry = property(lambda self: self.context.geometry)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        paths = _local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_coming.emit(paths)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.files_gone.emit()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.files_dropped.emit(paths)

    def set_dataset(
        self,
        dataset: Dataset,
        state: ViewState | None = None,
        flow_settings: FlowSettings | None = None,
    ) -> None:
        """Show ``dataset`` with the values of ``state`` and ``flow_settings`` (default:
        the dataset's first view): the map, controls and panels take the new dataset.

        Why the run's one state takes the values silently: each part then reads
        the whole state once with the new dataset, instead of redrawing with the
        old dataset against half of the new state.
        """
        self.state.assign(state or _default_state(dataset))
        self.flow_settings.assign(flow_settings or FlowSettings())
        self.dataset = dataset
        self.flows.set_dataset(dataset)
        self.map_view.set_dataset(dataset)
        self.controls.set_dataset(dataset)
        self.detail_panel.set_dataset(dataset)
        self.flow_controls.set_dataset(dataset)
        self._show(dataset)

    def _build_parts(self, dataset: Dataset) -> None:
        """The map, its flows, the controls and the docks: built once, for the whole run."""
        state, settings = self.state, self.flow_settings
        self.map_view = MapView(
            state, ChoroplethBuilder(dataset, lang=self.language), self.geometry
        )
        self.flows = FlowsOverlay(
            self.map_view.scene(),
            self.map_view.world_rect,
            dataset,
            state,
            settings,
            self.countries,
            self.crs,
            self.places,
        )
        self.map_view.flows = self.flows
        self.map_view.setAcceptDrops(False)  # dropped files go to the window
        self.map_view.view_moved.connect(self.flows.begin_draft)
        self.controls = MapControls(state, dataset, language=self.language)
        self.search_box = SearchBox(
            self._names, self.show_country, also=self._english_names, language=self.language
        )
        self.search_box.setMaximumWidth(260)
        self.banner = SyntheticBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.map_view, 1)
        self.setCentralWidget(central)
        self.toolbar = QToolBar(
            translate("MainWindow", "Map controls"), objectName="map_controls", movable=False
        )
        self.toolbar.addWidget(self.controls)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search_box)
        self.toolbar.addAction(self.reset_action)
        self.addToolBar(self.toolbar)
        self.source_rows = window_source_rows(self)
        self.editions = EditionsKeeper(self._stored_datasets, lambda: self.dataset)
        self.detail_panel = DetailPanel(
            state,
            dataset,
            self.countries.drop(columns=["geometry", "label_point"]),
            settings,
            self.flows.unplaced_lines,
            self.places,
            self.flows.flow_dataset,
            self.flows.flow_names,
            source_rows=self.source_rows,
            figure_note=self.editions.note,
            language=self.language,
        )
        self.detail_panel.place.group_requested.connect(self.edit_place_group)
        self.detail_panel.place.zoom_requested.connect(self.zoom_to_place)
        self.detail_panel.place.country_requested.connect(self.show_country_with_partners)
        # The panel at the end of the line: the right, or the left for right to left
        # (Qt mirrors the widgets but not the dock areas).
        side = (
            Qt.DockWidgetArea.LeftDockWidgetArea
            if self.isRightToLeft()
            else Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.addDockWidget(side, self.detail_panel)
        self.flow_controls = FlowControls(settings, dataset, self._regions, language=self.language)
        self.addDockWidget(side, self.flow_controls)
        self.tabifyDockWidget(self.flow_controls, self.detail_panel)
        self.detail_panel.raise_()
        self.panel_toggles = PanelToggles(self.detail_panel, self.flow_controls, self.view_menu)
        # A clicked flow of one level means nothing at another: forget it.
        settings.events.between.connect(self.clear_flow_selection)
        state.selection_changed.connect(self._enable_country_actions)
        state.hover_changed.connect(self._show_hover)
        state.place_changed.connect(self._outline_place)
        state.selection_changed.connect(self._outline_place)

    def _stored_datasets(self) -> list[Dataset]:
        session = self.context.session
        return list(session.workspace.datasets) if session is not None else []

    def _show(self, dataset: Dataset) -> None:
        """The window's own signs of ``dataset`` (at start and after each switch)."""
        self.setWindowTitle(
            translate("MainWindow", "Trafficking Flows Explorer: {dataset}").format(
                dataset=shown(shown_dataset_name(dataset.name, self.language), LINE_LIMIT)
            )
        )
        self.banner.show_for(dataset)
        self._enable_country_actions(self.state.selected)
        self._outline_place()
        self.status.show_dataset(dataset)
        self.dataset_shown.emit(dataset.name)

    def _show_hover(self, iso3: str | None) -> None:
        self.status.show_hover(self.map_view.tooltip_text(iso3) if iso3 else "")

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _enable_country_actions(self, iso3: str | None) -> None:
        """Copy and brief work on the selected country, or on the place shown without one."""
        self.partners_action.setEnabled(iso3 is not None)
        self.copy_action.setText(
            translate("MainWindow", "&Copy country details as text")
            if iso3 is not None
            else translate("MainWindow", "&Copy place details as text")
        )
        self.brief_action.setText(
            translate("MainWindow", "Export country &brief (PDF)…")
            if iso3 is not None
            else translate("MainWindow", "Export place &brief (PDF)…")
        )

    def closeEvent(self, event) -> None:
        """Dialogs opened from the window (export, report, provenance) close with it."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.close()
        super().closeEvent(event)

    def edit_place_group(self, name: str | None = None):
        """Open the dialog that defines a new group of countries (or edits ``name``)."""
        from explorer.ui.panel.group_dialog import PlaceGroupDialog

        dialog = PlaceGroupDialog(self.places, self._names, name, self)
        dialog.accepted.connect(lambda: self._show_saved_group(dialog))
        dialog.open()
        self.place_group_dialog = dialog
        return dialog

    def _show_saved_group(self, dialog) -> None:
        saved = getattr(dialog, "saved_name", None)
        if saved:
            self.state.place = f"group:{saved}"

    def zoom_to_place(self, code: str) -> bool:
        """Frame a place's countries on the map; False when it has none on the map."""
        from explorer.ui.map.region_zoom import zoom_to_members

        place = self.places.get(code) if code in self.places else None
        return place is not None and zoom_to_members(self, place.members)

    def _outline_place(self, *_: object) -> None:
        """The place the panel shows is outlined on the map (not the World; not with a country)."""
        code = self.state.place
        shown = self.state.selected is None and code in self.places and code != "world"
        self.map_view.outline_place(self.places.get(code).members if shown else ())

    def clear_flow_selection(self, *_: object) -> None:
        self.state.selected_flow = None

    def clear_selection(self) -> None:
        """Escape: no country and no flow selected."""
        self.state.selected_flow = None
        self.state.selected = None

    def show_country(self, iso3: str) -> None:
        """Select a country, frame it, its panel in front (search and ranking keys land here)."""
        self.state.selected = iso3
        self.map_view.zoom_to(iso3)
        self.panel_toggles.bring_forward("detail_panel")

    def show_country_with_partners(self, iso3: str | None = None) -> None:
        """Select a country and frame it with the other ends of its flows on the map."""
        iso3 = iso3 or self.state.selected
        if iso3 is None:
            return
        self.state.selected = iso3
        self.map_view.zoom_to(iso3, self.flows.partners(iso3))


def _default_state(dataset: Dataset) -> ViewState:
    """The dataset's default indicator and year, national totals."""
    return restore_state({}, dataset)


def _local_files(mime: QMimeData) -> list[Path]:
    """The local files in a drag (web links and text are not files to import)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
