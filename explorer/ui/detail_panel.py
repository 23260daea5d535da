"""The country detail panel (first version): who, the figures over time, flows in and out.

Why plain-text labels and tables: every string here may come from a file, and
must show literally (DESIGN.md section 5). A later issue deepens this panel.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.dataset import Dataset
from explorer.core.flow_labels import origin_name, people_noun
from explorer.core.flow_settings import FlowSettings, resolve_flow_indicator
from explorer.core.state import ViewState
from explorer.core.values import format_value
from explorer.ui.activities_view import ActivitiesView
from explorer.ui.flow_pair import FlowPairSection
from explorer.ui.plain_text import plain_label
from explorer.ui.tables import fill_table, fill_year_table, make_table

TOP_N = 5


class DetailPanel(QDockWidget):
    """Dock that follows the selected country."""

    def __init__(
        self,
        state: ViewState,
        dataset: Dataset,
        countries: pd.DataFrame,
        flow_settings: FlowSettings | None = None,
        unplaced_lines: Callable[[str], list[str]] | None = None,
        parent=None,
    ) -> None:
        super().__init__("Country", parent)
        self.setObjectName("detail_panel")
        self.state = state
        self.flow_settings = flow_settings or FlowSettings()
        self._activities_of: str | None = None
        self.unplaced_lines = unplaced_lines or (lambda iso3: [])
        self.dataset = dataset
        self.countries = countries.set_index("iso3")
        body = QWidget()
        layout = QVBoxLayout(body)
        self.name_label = plain_label()
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.region_label = plain_label()
        self.region_label.setWordWrap(True)
        self.empty_label = plain_label("Click a country on the map, or find one with Ctrl+F.")
        self.empty_label.setWordWrap(True)
        self.series_title = plain_label()
        self.series_title.setWordWrap(True)
        self.series_table = make_table(["Year", "Value"], "Figures over time")
        self.origins_title = plain_label()
        self.origins_title.setWordWrap(True)
        self.origins_table = make_table(["Origin", "People"], "Top origins")
        self.unplaced_label = plain_label()
        self.unplaced_label.setWordWrap(True)
        self.destinations_title = plain_label()
        self.destinations_title.setWordWrap(True)
        self.destinations_table = make_table(["Detected in", "People"], "Top destinations")
        self.activities_title = plain_label("Assistance activities")
        self.activities_title.setStyleSheet("font-weight: bold;")
        self.activities = ActivitiesView()
        self.source_label = plain_label()
        self.source_label.setWordWrap(True)
        self.source_label.setStyleSheet("color: #555;")
        self._country_widgets = (
            self.region_label,
            self.series_title,
            self.series_table,
            self.origins_title,
            self.origins_table,
            self.unplaced_label,
            self.destinations_title,
            self.destinations_table,
            self.activities_title,
            self.activities,
        )
        self.flow_pair = FlowPairSection(
            state, dataset, dict(self.countries["name"]), self._flow_indicator
        )
        self._reading_order = (
            self.flow_pair,
            self.name_label,
            self.region_label,
            self.empty_label,
            *self._country_widgets[1:],
            self.source_label,
        )
        for widget in self._reading_order:
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(300)
        for signal in (
            state.selection_changed,
            state.indicator_changed,
            state.year_changed,
            state.breakdown_changed,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def text(self) -> str:
        """Everything the panel shows, in reading order, as plain text (tests, screen readers)."""
        parts: list[str] = []
        for widget in self._reading_order:
            if not widget.isVisibleTo(self):
                continue
            if isinstance(widget, FlowPairSection):
                parts.append(widget.text())
            elif isinstance(widget, ActivitiesView):
                parts.append(widget.counts_label.text())
                parts.extend(widget.visible_titles())
            elif isinstance(widget, QTableWidget):
                parts.extend(
                    "  ".join(widget.item(r, c).text() for c in range(widget.columnCount()))
                    for r in range(widget.rowCount())
                )
            elif widget.text():
                parts.append(widget.text())
        return "\n".join(parts)

    def refresh(self, *_: object) -> None:
        iso3 = self.state.selected
        has_country = iso3 is not None and iso3 in self.countries.index
        for widget in self._country_widgets:
            widget.setVisible(has_country)
        self.source_label.setText(self.dataset.provenance.source_line())
        if not has_country:
            self.name_label.setText("No country selected")
            self.empty_label.setVisible(True)
            return
        row = self.countries.loc[iso3]
        self.name_label.setText(str(row["name"]))
        self.region_label.setText(f"{iso3} · {row['region']} · {row['subregion']}")
        self._show_series(iso3, str(row["name"]))
        self._show_flows(iso3, str(row["name"]))
        if iso3 != self._activities_of:  # a year change leaves the user's filters alone
            self._activities_of = iso3
            self.activities.set_activities(self.dataset.activities_for(iso3))

    def _show_series(self, iso3: str, name: str) -> None:
        indicator, breakdown = self.state.indicator, self.state.breakdown
        series = self.dataset.series(iso3, indicator, breakdown)
        self.series_title.setText(f"{indicator} ({breakdown.label}) by year")
        self.empty_label.setVisible(series.empty)
        self.series_title.setVisible(not series.empty)
        self.series_table.setVisible(not series.empty)
        if series.empty:
            self.empty_label.setText(
                f"No figures for {name} on {indicator.lower()} in this dataset."
            )
            return
        fill_year_table(self.series_table, series, self.dataset.years(indicator), self.state.year)

    def _flow_indicator(self) -> str | None:
        return resolve_flow_indicator(self.dataset, self.flow_settings, self.state.indicator)

    def _show_flows(self, iso3: str, name: str) -> None:
        indicator, year = self._flow_indicator(), self.state.year
        noun = people_noun(indicator or "")
        self.origins_table.setHorizontalHeaderLabels(["Origin", noun.capitalize()])
        self.destinations_table.setHorizontalHeaderLabels(["Detected in", noun.capitalize()])
        sections = (
            (
                self.origins_title,
                self.origins_table,
                "origin",
                f"Where {noun} detected in {name} in {year} came from",
            ),
            (
                self.destinations_title,
                self.destinations_table,
                "destination",
                f"Where {noun} from {name} were detected in {year}",
            ),
        )
        for title, table, column, text in sections:
            if indicator is None:
                title.setText("This dataset has no flows.")
                table.setVisible(False)
                continue
            query = (
                self.dataset.top_origins if column == "origin" else self.dataset.top_destinations
            )
            top = query(iso3, year, indicator, TOP_N)
            title.setText(text if not top.empty else f"{text}: no flows recorded.")
            table.setVisible(not top.empty)
            rows = [
                (self._place(code, iso3), format_value(r.value, r.lower, r.upper, r.flag))
                for code, r in zip(top.iloc[:, 0], top.itertuples(index=False), strict=True)
            ]
            fill_table(table, rows)

        lines = self.unplaced_lines(iso3)
        self.unplaced_label.setVisible(bool(lines))
        self.unplaced_label.setText("Not drawn on the map: " + "; ".join(lines) if lines else "")

    def _place(self, code: str, here: str) -> str:
        return origin_name(code, here, self.countries["name"])
