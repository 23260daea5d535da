"""The country detail panel: who, the key figures, the trend, the victims, flows, assistance.

Why plain-text labels and tables: every string here may come from a file, and
must show literally (DESIGN.md section 5). The panel only assembles sections;
the numbers and sentences come from ``core.country_profile``.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.local_numbers import year_text
from explorer.core.flows.settings import FlowSettings, resolve_flow_indicator
from explorer.core.indicators.country_key_figures import key_figures
from explorer.core.indicators.country_profile import empty_message
from explorer.core.indicators.country_victim_profile import victim_profile
from explorer.core.indicators.shown_names import breakdown_name, indicator_name
from explorer.core.indicators.trend import country_trend
from explorer.core.names.display_names import region_name
from explorer.core.places.book import PlaceBook
from explorer.core.texts import sentences
from explorer.core.view.state import ViewState
from explorer.ui.common.plain_text import LINE_LIMIT, TEXT_LIMIT, plain_label, shown, wrap
from explorer.ui.common.source_rows import SourceRows
from explorer.ui.common.tables import fill_year_table, make_table
from explorer.ui.common.translations import translate
from explorer.ui.common.trend_chart import TrendChart
from explorer.ui.panel.activities import ActivitiesView
from explorer.ui.panel.flow_pair import FlowPairSection
from explorer.ui.panel.flows import FlowTablesSection
from explorer.ui.panel.panel_text import panel_text
from explorer.ui.panel.place import PlaceSection
from explorer.ui.panel.place_links import PlaceLinks
from explorer.ui.panel.profile_bars import ProfileBars
from explorer.ui.panel.source_menus import offer_panel_rows

VICTIMS = "Detected trafficking victims"


def _wrapped(text: str = "", style: str = "") -> QLabel:
    label = plain_label(text)
    wrap(label)
    if style:
        label.setStyleSheet(style)
    return label


class DetailPanel(QDockWidget):
    """Dock that follows the selected country, and shows a place (the World) without one."""

    def __init__(
        self,
        state: ViewState,
        dataset: Dataset,
        countries: pd.DataFrame,
        flow_settings: FlowSettings | None = None,
        unplaced_lines: Callable[[str], list[str]] | None = None,
        book: PlaceBook | None = None,
        flow_dataset: Callable[[tuple[str, str]], Dataset] | None = None,
        flow_names: Callable[[], dict[str, str]] | None = None,
        parent=None,
        source_rows: SourceRows | None = None,
        figure_note: Callable[[str, str, int, Breakdown], str | None] | None = None,
        language: str = "en",
    ) -> None:
        super().__init__(translate("DetailPanel", "Country"), parent)
        #: The interface language: region names and numbers are written in it.
        self.language = language
        self.setObjectName("detail_panel")
        self.state, self.dataset = state, dataset
        self.flow_settings = flow_settings or FlowSettings()
        self.countries = countries.set_index("iso3")
        self.book = book if book is not None else PlaceBook(countries)
        self._activities_of: str | None = None
        names = dict(self.countries["name"])
        self.place = PlaceSection(state, dataset, self.book, names)
        self.place.country_requested.connect(self._select)
        # The country's subregion and region, as links to their place panels.
        self.place_links = PlaceLinks(self.book)
        self.place_links.place_requested.connect(self._show_place)
        self.subregion_link = self.place_links.subregion_link
        self.region_link = self.place_links.region_link

        self.name_label = plain_label()
        wrap(self.name_label)  # a long name wraps instead of widening the panel
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name_label.setFont(font)
        self.region_label = _wrapped()
        self.source_label = _wrapped(style="color: #555;")
        self.caveat_label = _wrapped(style="color: #7a4b00;")
        self.empty_label = _wrapped(
            translate("DetailPanel", "Click a country on the map, or find one with Ctrl+F.")
        )
        self.key_label = _wrapped()
        #: Another edition of the data gives this figure differently (View > Compare editions).
        self.edition_label = _wrapped(style="color: #7a4b00;")
        self._figure_note = figure_note or (lambda *_: None)
        self.series_title = _wrapped()
        self.series_chart = TrendChart()
        self.series_chart.lang = language
        self.series_table = make_table(
            [translate("DetailPanel", "Year"), translate("DetailPanel", "Value")],
            translate("DetailPanel", "Figures over time"),
        )
        self.profile_title = _wrapped(style="font-weight: bold;")
        self.children_label = _wrapped(style="font-weight: bold; color: #b2182b;")
        self.profile = ProfileBars()
        self.profile.lang = language
        self.flows = FlowTablesSection(state, dataset, names, unplaced_lines or (lambda _: []))
        self.flows.lang = language
        self.activities_title = _wrapped(
            translate("DetailPanel", "Assistance activities"), "font-weight: bold;"
        )
        self.activities = ActivitiesView()
        self.flow_pair = FlowPairSection(
            state,
            flow_dataset or (lambda _pair: dataset),
            flow_names or (lambda: names),
            self._flow_indicator,
        )
        self.flow_pair.lang = language
        self._country_widgets = (
            self.region_label,
            self.place_links,
            self.key_label,
            self.edition_label,
            self.series_title,
            self.series_chart,
            self.series_table,
            self.profile_title,
            self.children_label,
            self.profile,
            self.flows,
            self.activities_title,
            self.activities,
        )
        self._reading_order = (
            self.flow_pair,
            self.place,
            self.name_label,
            self.region_label,
            self.source_label,
            self.caveat_label,
            self.empty_label,
            *self._country_widgets[1:],
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        for widget in self._reading_order:
            layout.addWidget(widget)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.setMinimumWidth(320)
        for signal in (
            state.selection_changed,
            state.indicator_changed,
            state.year_changed,
            state.breakdown_changed,
            state.place_changed,
        ):
            signal.connect(self.refresh)
        if source_rows is not None:
            offer_panel_rows(self, source_rows)
        self.refresh()

    def text(self) -> str:
        """Everything the panel shows, in reading order, as plain text (tests, screen readers)."""
        return panel_text(self._reading_order, self)

    def set_dataset(self, dataset: Dataset) -> None:
        """Show ``dataset`` from now on (the panel lives as long as the window)."""
        self.dataset = dataset
        self.place.set_dataset(dataset)
        self.flows.dataset = dataset
        self._activities_of = None
        self.flow_pair.refresh()
        self.refresh()

    def refresh(self, *_: object) -> None:
        iso3 = self.state.selected
        has_country = iso3 is not None and iso3 in self.countries.index
        for widget in self._country_widgets:
            widget.setVisible(has_country)
        provenance = self.dataset.provenance
        self.source_label.setText(shown(provenance.source_line(self.language), TEXT_LIMIT))
        self.caveat_label.setText(
            shown(sentences(provenance.caveats_in(self.language)), TEXT_LIMIT)
        )
        self.caveat_label.setVisible(bool(provenance.caveats))
        self.place.setVisible(not has_country)
        self.name_label.setVisible(has_country)
        self.setWindowTitle(
            translate("DetailPanel", "Country")
            if has_country
            else translate("DetailPanel", "Place")
        )
        if not has_country:
            self.name_label.setText(translate("DetailPanel", "No country selected"))
            self.empty_label.setText(
                translate(
                    "DetailPanel",
                    "No country selected: click one on the map, or find one with Ctrl+F.",
                )
            )
            self.empty_label.setVisible(True)
            self.place.refresh()
            return
        row = self.countries.loc[iso3]
        name = str(row["name"])
        self.name_label.setText(shown(name))
        region, sub = (region_name(row[c], self.language) for c in ("region", "subregion"))
        self.region_label.setText(shown(f"{iso3} · {region} · {sub}"))
        self.place_links.show_country(iso3)
        self._show_figures(iso3, name)
        self._show_profile(iso3)
        self.flows.show_country(iso3, name, self._flow_indicator())
        if iso3 != self._activities_of:  # a year change leaves the user's filters alone
            self._activities_of = iso3
            self.activities.set_activities(self.dataset.activities_for(iso3))

    def _select(self, iso3: str) -> None:
        self.state.selected = iso3

    def _show_place(self, code: str) -> None:
        """A subregion or region link: show that place's panel (no country selected)."""
        if code:
            self.state.place = code
            self.state.selected_flow = None
            self.state.selected = None

    def _show_figures(self, iso3: str, name: str) -> None:
        indicator, breakdown, year = self.state.indicator, self.state.breakdown, self.state.year
        empty = empty_message(self.dataset, iso3, name, indicator, self.language)
        self.edition_label.setVisible(False)
        self.empty_label.setVisible(empty is not None)
        self.empty_label.setText(shown(f"{empty}.", TEXT_LIMIT) if empty else "")
        for widget in (self.key_label, self.series_title, self.series_chart, self.series_table):
            widget.setVisible(empty is None)
        if empty is not None:
            return
        figures = key_figures(
            self.dataset, self.countries.reset_index(), iso3, indicator, year, breakdown
        )
        self.key_label.setText(shown("\n".join(figures.lines(self.language)), TEXT_LIMIT))
        note = self._figure_note(iso3, indicator, year, breakdown)
        self.edition_label.setText(shown(note, TEXT_LIMIT) if note else "")
        self.edition_label.setVisible(bool(note))
        self.series_title.setText(
            translate("DetailPanel", "{indicator} ({breakdown}) by year").format(
                indicator=shown(indicator_name(indicator, self.language), LINE_LIMIT),
                breakdown=breakdown_name(breakdown.label, self.language),
            )
        )
        series = self.dataset.series(iso3, indicator, breakdown)
        years = self.dataset.years(indicator)
        self.series_chart.set_trend(country_trend(self.dataset, iso3, indicator, breakdown), year)
        fill_year_table(self.series_table, series, years, year, self.language)

    def _show_profile(self, iso3: str) -> None:
        profile = None
        if VICTIMS in self.dataset.indicators():
            profile = victim_profile(self.dataset, iso3, self.state.year, VICTIMS, self.language)
        shown = profile is not None and not profile.empty
        for widget in (self.profile_title, self.children_label, self.profile):
            widget.setVisible(shown)
        if shown:
            self.profile_title.setText(
                translate("DetailPanel", "Who the detected victims were, {year}").format(
                    year=year_text(self.state.year, self.language)
                )
            )
            self.children_label.setText(profile.children_text)
            self.profile.set_profile(profile)

    def _flow_indicator(self) -> str | None:
        return resolve_flow_indicator(self.dataset, self.flow_settings, self.state.indicator)
