"""The main window: assembles the map, controls, search, panel, banner and actions.

Why so thin: behaviour lives in the widgets and the Qt-free state; this class
only wires them together (DESIGN.md section 1).
"""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from explorer.core.choropleth import ChoroplethBuilder
from explorer.core.dataset import Dataset
from explorer.core.flow_settings import FlowSettings
from explorer.core.state import ViewState
from explorer.ui.banner import SyntheticBanner
from explorer.ui.controls import MapControls
from explorer.ui.country_brief import write_country_brief
from explorer.ui.detail_panel import DetailPanel
from explorer.ui.flow_controls import FlowControls
from explorer.ui.flows_overlay import FlowsOverlay
from explorer.ui.map_view import MapView
from explorer.ui.plain_text import plain_label, tooltip_html
from explorer.ui.search_box import SearchBox


class MainWindow(QMainWindow):
    """Top-level window of Trafficking Flows Explorer."""

    def __init__(
        self,
        dataset: Dataset,
        countries: gpd.GeoDataFrame,
        crs: str,
        state: ViewState | None = None,
    ) -> None:
        super().__init__()
        self.setWindowTitle(f"Trafficking Flows Explorer: {dataset.name}")
        self.dataset = dataset
        self.state = state or ViewState()
        self.map_view = MapView(self.state, ChoroplethBuilder(dataset), countries, crs)
        self.flow_settings = FlowSettings()
        self.flows = FlowsOverlay(
            self.map_view.scene(),
            self.map_view.world_rect,
            dataset,
            self.state,
            self.flow_settings,
            countries,
            crs,
        )
        self.map_view.flows = self.flows
        self.map_view.view_moved.connect(self.flows.begin_draft)
        self.controls = MapControls(self.state, dataset)
        names = dict(zip(countries["iso3"], countries["name"], strict=True))
        self.search_box = SearchBox(names, self.show_country)
        self.search_box.setMaximumWidth(260)
        self.banner = SyntheticBanner()
        self.banner.show_for(dataset)

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.map_view, 1)
        self.setCentralWidget(central)

        toolbar = QToolBar("Map controls", objectName="map_controls", movable=False)
        toolbar.addWidget(self.controls)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_box)
        self.addToolBar(toolbar)

        self.detail_panel = DetailPanel(
            self.state,
            dataset,
            countries.drop(columns=["geometry", "label_point"]),
            self.flow_settings,
            self.flows.unplaced_lines,
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail_panel)
        regions = sorted({r for r in countries["region"].dropna() if r != "Antarctica"})
        self.flow_controls = FlowControls(self.flow_settings, dataset, regions)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.flow_controls)
        self.tabifyDockWidget(self.flow_controls, self.detail_panel)
        self.detail_panel.raise_()
        self._build_actions(toolbar)
        self._build_status_bar()
        self.map_view.refresh()

    def _build_actions(self, toolbar: QToolBar) -> None:
        find = QAction("&Find country…", self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        reset = QAction("&Reset view", self, shortcut=QKeySequence("Ctrl+0"))
        reset.setToolTip("Show the whole world (Ctrl+0)")
        reset.triggered.connect(self.map_view.reset_view)
        zoom_in = QAction("Zoom &in", self, shortcut=QKeySequence.StandardKey.ZoomIn)
        zoom_in.triggered.connect(lambda: self.map_view.zoom_by(1.25))
        zoom_out = QAction("Zoom &out", self, shortcut=QKeySequence.StandardKey.ZoomOut)
        zoom_out.triggered.connect(lambda: self.map_view.zoom_by(0.8))
        clear = QAction("Clear selection", self, shortcut=QKeySequence(Qt.Key.Key_Escape))
        clear.triggered.connect(self.clear_selection)
        self.copy_action = QAction(
            "&Copy country details as text", self, shortcut=QKeySequence("Ctrl+Shift+C")
        )
        self.copy_action.triggered.connect(self.copy_country_text)
        self.brief_action = QAction("Export country &brief (PDF)…", self)
        self.brief_action.triggered.connect(self._ask_brief_path)
        self.state.selection_changed.connect(self._enable_country_actions)
        self._enable_country_actions(self.state.selected)
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        toolbar.addAction(reset)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(self.brief_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addAction(self.copy_action)
        edit_menu.addAction(find)
        edit_menu.addAction(clear)
        view_menu = self.menuBar().addMenu("&View")
        for action in (zoom_in, zoom_out, reset):
            view_menu.addAction(action)
        view_menu.addAction(self.detail_panel.toggleViewAction())
        view_menu.addAction(self.flow_controls.toggleViewAction())

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        provenance = self.dataset.provenance
        self.dataset_label = plain_label(f"Dataset: {self.dataset.name}")
        self.dataset_label.setToolTip(
            tooltip_html("\n".join([provenance.source_line(), *provenance.caveats]))
        )
        status.addWidget(self.dataset_label)
        if self.dataset.is_synthetic:
            marker = QLabel("SYNTHETIC")
            marker.setStyleSheet(
                "QLabel { background: #ffcf40; color: #1d1d1d; font-weight: bold; padding: 0 6px; }"
            )
            marker.setToolTip(
                "Demonstration data generated by this program: not official statistics"
            )
            self.synthetic_marker = marker
            status.addPermanentWidget(marker)
        self.hover_label = plain_label()
        status.addWidget(self.hover_label, 1)
        self.state.hover_changed.connect(self._show_hover)

    def _show_hover(self, iso3: str | None) -> None:
        text = self.map_view.tooltip_text(iso3).replace("\n", " · ") if iso3 else ""
        self.hover_label.setText(text)

    def _focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _enable_country_actions(self, iso3: str | None) -> None:
        for action in (self.copy_action, self.brief_action):
            action.setEnabled(iso3 is not None)

    def copy_country_text(self) -> str:
        """Put the country panel's content on the clipboard as plain text (for e-mails)."""
        text = self.detail_panel.text()
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage("Country details copied as text", 4000)
        return text

    def export_brief(self, path: Path) -> Path:
        """Write the one-page A4 brief of the selected country."""
        if self.state.selected is None:
            raise ValueError("select a country first")
        return write_country_brief(self, self.state.selected, path)

    def _ask_brief_path(self) -> None:
        iso3 = self.state.selected
        if iso3 is None:
            return
        suggested = str(Path.home() / f"country-brief-{iso3}-{self.state.year}.pdf")
        name, _ = QFileDialog.getSaveFileName(
            self, "Export country brief", suggested, "PDF (*.pdf)"
        )
        if name:
            try:
                self.export_brief(Path(name))
            except OSError as error:
                QMessageBox.warning(self, "Country brief not written", str(error))
                return
            self.statusBar().showMessage(f"Country brief written to {name}", 6000)

    def clear_selection(self) -> None:
        """Escape: no country and no flow selected."""
        self.state.selected_flow = None
        self.state.selected = None

    def show_country(self, iso3: str) -> None:
        """Select a country and frame it on the map (search results land here)."""
        self.state.selected = iso3
        self.map_view.zoom_to(iso3)
