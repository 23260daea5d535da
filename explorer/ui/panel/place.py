"""The place panel: the World, a region, a subregion or a group, with every figure and its N.

Why a section of the detail panel: with no country selected the panel shows a
place instead of an empty page, and a desk officer reads the world and
regional figures computed the report's way (constant country sets, N, ranges).
The numbers and sentences come from ``core.places``, like the brief's and the
``summary`` command's.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data.dataset import Dataset
from explorer.core.data.local_numbers import number_text, year_text
from explorer.core.data.values import format_number, format_value
from explorer.core.indicators.shown_names import indicator_name
from explorer.core.indicators.trend import trend
from explorer.core.places.book import PlaceBook
from explorer.core.places.summary import PlaceSummary, summarise
from explorer.core.places.wording import (
    change_lines,
    origin_lines,
    place_title,
    profile_lines,
    signed_pct,
    total_lines,
)
from explorer.core.view.state import ViewState
from explorer.ui.common.core_texts import rules_text
from explorer.ui.common.plain_text import TEXT_LIMIT, plain_label, shown, wrap
from explorer.ui.common.tables import fill_table, make_table, select_row
from explorer.ui.common.translations import translate
from explorer.ui.common.trend_chart import TrendChart
from explorer.ui.panel.panel_text import panel_text
from explorer.ui.panel.place_picker import PlacePicker

RANKED_ROWS = 15


def _label(style: str = "") -> object:
    label = wrap(plain_label())
    if style:
        label.setStyleSheet(style)
    return label


class PlaceSection(QWidget):
    """Summary of ``state.place`` for the shown indicator and year; a picker to choose it."""

    #: A country of the ranking was clicked: select it, framed with its flows' partners.
    country_requested = Signal(str)

    def __init__(
        self,
        state: ViewState,
        dataset: Dataset,
        book: PlaceBook,
        names: Mapping[str, str],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.state, self.dataset, self.book, self.names = state, dataset, book, names
        self.summary: PlaceSummary | None = None
        self.chooser = PlacePicker(state, book)
        # The chooser's parts, as the window and tests reach them.
        self.picker, self.zoom_button = self.chooser.picker, self.chooser.zoom_button
        self.group_requested = self.chooser.group_requested
        self.zoom_requested = self.chooser.zoom_requested
        self.edit_group_button = self.chooser.edit_group_button
        self.new_group_button = self.chooser.new_group_button

        self.title = _label("font-weight: bold; font-size: 15pt;")
        self.figures = _label()
        self.trend_title = _label("font-weight: bold;")
        self.trend_chart = TrendChart()
        self.trend_chart.lang = book.lang
        self.trend_chart.setAccessibleName(translate("PlacePanel", "Index on constant sets"))
        self.trend_table = make_table(
            [
                translate("PlacePanel", "Year"),
                translate("PlacePanel", "Reported"),
                translate("PlacePanel", "Exact sum"),
                translate("PlacePanel", "Change (N)"),
            ],
            translate("PlacePanel", "Trend on constant sets of countries"),
        )
        header = (
            self.trend_table.horizontalHeader()
        )  # the year is never cut; the change takes the rest
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.profile_title = _label("font-weight: bold;")
        self.profile_title.setText(translate("PlacePanel", "Who they were"))
        self.profile = _label()
        self.origins_title = _label("font-weight: bold;")
        self.origins_title.setText(translate("PlacePanel", "Where they came from"))
        self.origins = _label()
        self.ranking_title = _label("font-weight: bold;")
        self.ranking = make_table(
            [translate("PlacePanel", "Country"), translate("PlacePanel", "Value")],
            translate("PlacePanel", "Countries of the place, largest first"),
        )
        self.method = _label("color: #555;")
        self.method.setText(rules_text(categorical=False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        self._reading_order = (
            self.title,
            self.figures,
            self.trend_title,
            self.trend_chart,
            self.trend_table,
            self.profile_title,
            self.profile,
            self.origins_title,
            self.origins,
            self.ranking_title,
            self.ranking,
            self.method,
        )
        for widget in self._reading_order:
            layout.addWidget(widget)
        self._ranked_codes: list[str] = []
        self.ranking.cellClicked.connect(self._select_ranked)
        self.chooser.places_changed.connect(self.refresh)

    def set_dataset(self, dataset: Dataset) -> None:
        """Figures of ``dataset`` from now on (the panel refreshes itself after)."""
        self.dataset = dataset

    def current_code(self) -> str:
        """The place shown: ``state.place`` when the book has it, else the World."""
        return self.chooser.current_code()

    # -- the figures ----------------------------------------------------------
    def refresh(self) -> None:
        self.chooser.show_picked()
        code, indicator, year = self.current_code(), self.state.indicator, self.state.year
        if not indicator or indicator not in self.dataset.indicators():
            self.summary = None
            self.title.setText(shown(self.book.get(code).name))
            self.figures.setText(translate("PlacePanel", "No figures in this dataset."))
            for widget in self._reading_order[2:-1]:
                widget.setVisible(False)
            return
        summary = self.summary = summarise(self.dataset, self.book, code, indicator, year)
        self.method.setText(rules_text(categorical=bool(summary.levels)))
        parent = ""
        if summary.place.parent:
            parent = self.book.get(summary.place.parent).name
        lang = self.book.lang
        self.title.setText(shown(place_title(summary, parent, lang)))
        figures = total_lines(summary, lang) + change_lines(summary, self.names, lang)
        self.figures.setText(shown("\n".join(figures), TEXT_LIMIT))
        self._show_trend(summary)
        profile = profile_lines(summary, lang)
        self.profile.setVisible(bool(profile))
        self.profile_title.setVisible(bool(profile))
        self.profile.setText(shown("\n".join(profile), TEXT_LIMIT))
        origins = origin_lines(summary.origins, lang=lang)
        self.origins.setVisible(bool(origins))
        self.origins_title.setVisible(bool(origins))
        self.origins.setText(shown("\n".join(origins), TEXT_LIMIT))
        self._show_ranking(summary)

    def _show_trend(self, summary: PlaceSummary) -> None:
        years = [t for t in summary.trend if t.reporting]
        shown_trend = bool(years) and summary.is_count
        for widget in (self.trend_title, self.trend_chart, self.trend_table):
            widget.setVisible(shown_trend)
        if not shown_trend:
            return
        self.trend_title.setText(
            translate(
                "PlacePanel",
                "Trend on constant sets of countries (index, first year = 100; "
                "each step only from countries that reported both years)",
            )
        )
        index = pd.DataFrame(
            {
                "value": [t.index if t.index is not None else float("nan") for t in summary.trend],
                "lower": float("nan"),
                "upper": float("nan"),
            },
            index=[t.year for t in summary.trend],
        )
        self.trend_chart.set_trend(trend(index, [t.year for t in summary.trend]), summary.year)
        rows, lang = [], self.book.lang
        for t in sorted(years, key=lambda t: -t.year):
            change = t.change
            if change is None or change.pct is None:
                n = number_text(change.countries, lang) if change is not None else ""
                step = "" if change is None else translate("PlacePanel", "n/a ({n})").format(n=n)
            else:
                step = f"{signed_pct(change.pct, lang)} ({number_text(change.countries, lang)})"
            total = format_number(t.total, lang)
            rows.append((year_text(t.year, lang), number_text(t.reporting, lang), total, step))
        fill_table(self.trend_table, rows)
        listed = [r[0] for r in rows]
        shown_year = year_text(summary.year, lang)
        selected = listed.index(shown_year) if shown_year in listed else -1
        if selected >= 0:
            select_row(self.trend_table, selected)

    def _show_ranking(self, summary: PlaceSummary) -> None:
        ranked = summary.ranking[:RANKED_ROWS]
        self.ranking_title.setVisible(bool(ranked))
        self.ranking.setVisible(bool(ranked))
        self._ranked_codes = [r.iso3 for r in ranked]
        if not ranked:
            return
        more = len(summary.ranking) - len(ranked)
        title = translate("PlacePanel", "Countries by {indicator}, {year}").format(
            indicator=shown(indicator_name(summary.indicator, self.book.lang)),
            year=year_text(summary.year, self.book.lang),
        )
        if more:
            title += " " + translate("PlacePanel", "(the {n} largest of {all})").format(
                n=number_text(len(ranked), self.book.lang),
                all=number_text(len(summary.ranking), self.book.lang),
            )
        self.ranking_title.setText(title)
        rows = [
            (
                shown(self.names.get(r.iso3, r.iso3)),
                format_value(r.value, r.lower, r.upper, "", self.book.lang),
            )
            for r in ranked
        ]
        fill_table(self.ranking, rows)

    def ranked_codes(self) -> list[str]:
        """The countries of the ranking table, in its order."""
        return list(self._ranked_codes)

    def _select_ranked(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._ranked_codes):
            self.country_requested.emit(self._ranked_codes[row])

    def text(self) -> str:
        """What the section shows, in reading order, as plain text."""
        picked = self.picker.currentText().strip()
        return "\n".join(p for p in (picked, panel_text(self._reading_order, self)) if p)
