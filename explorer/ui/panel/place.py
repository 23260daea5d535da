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
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data.dataset import Dataset
from explorer.core.data.values import format_number, format_value
from explorer.core.indicators.trend import trend
from explorer.core.places.book import WORLD, PlaceBook, PlaceKind
from explorer.core.places.summary import PlaceSummary, summarise
from explorer.core.places.wording import (
    RULES,
    change_lines,
    origin_lines,
    place_title,
    profile_lines,
    signed_pct,
    total_lines,
)
from explorer.core.view.state import ViewState
from explorer.ui.common.core_texts import core_text
from explorer.ui.common.plain_text import TEXT_LIMIT, fit_combo, plain_label, shown, wrap
from explorer.ui.common.tables import fill_table, make_table
from explorer.ui.common.translations import translate
from explorer.ui.common.trend_chart import TrendChart

RANKED_ROWS = 15


def _label(style: str = "") -> object:
    label = wrap(plain_label())
    if style:
        label.setStyleSheet(style)
    return label


class PlaceSection(QWidget):
    """Summary of ``state.place`` for the shown indicator and year; a picker to choose it."""

    #: The user asked to define a new group (None) or edit one (its name).
    group_requested = Signal(object)
    #: The user asked to frame the place on the map (its code).
    zoom_requested = Signal(str)
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
        self.picker = fit_combo(
            QComboBox(accessibleName=translate("PlacePanel", "Place")), chars=16
        )
        self.zoom_button = QPushButton(translate("PlacePanel", "Zoom"))
        self.zoom_button.setToolTip(translate("PlacePanel", "Frame this place on the map"))
        self.new_group_button = QPushButton(translate("PlacePanel", "New group…"))
        self.new_group_button.setToolTip(
            translate("PlacePanel", "Pick countries and name a group of your own (e.g. ECOWAS)")
        )
        self.edit_group_button = QPushButton(translate("PlacePanel", "Edit group…"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.zoom_button)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.new_group_button)
        buttons.addWidget(self.edit_group_button)
        buttons.addStretch(1)

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
        self.method.setText(" ".join(core_text(text) for _, text in RULES))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(buttons)
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
        self.fill_picker()
        self.picker.activated.connect(self._picked)
        self.zoom_button.clicked.connect(lambda: self.zoom_requested.emit(self.state.place))
        self.new_group_button.clicked.connect(lambda: self.group_requested.emit(None))
        self.edit_group_button.clicked.connect(self._edit_group)
        self.ranking.cellClicked.connect(self._select_ranked)
        book.groups_changed.connect(self._groups_changed)

    # -- the picker -----------------------------------------------------------
    def fill_picker(self) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        for place in self.book.places():
            indent = "    " if place.kind is PlaceKind.SUBREGION else ""
            text = place.name
            if place.kind is PlaceKind.GROUP:
                text = translate("PlacePanel", "{name} (group)").format(name=shown(place.name))
            self.picker.addItem(indent + text, place.code)
        self.picker.blockSignals(False)
        self._show_picked()

    def _show_picked(self) -> None:
        index = self.picker.findData(self.state.place)
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(max(index, 0))
        self.picker.blockSignals(False)
        place_kind = self.book.get(self.current_code()).kind
        self.edit_group_button.setEnabled(place_kind is PlaceKind.GROUP)
        self.zoom_button.setEnabled(place_kind is not PlaceKind.WORLD)

    def _picked(self, index: int) -> None:
        self.state.place = self.picker.itemData(index)

    def _groups_changed(self, _groups: object) -> None:
        if self.state.place not in self.book:
            self.state.place = WORLD
        self.fill_picker()
        self.refresh()

    def _edit_group(self) -> None:
        place = self.book.get(self.current_code())
        if place.kind is PlaceKind.GROUP:
            self.group_requested.emit(place.name)

    def set_dataset(self, dataset: Dataset) -> None:
        """Figures of ``dataset`` from now on (the panel refreshes itself after)."""
        self.dataset = dataset

    def current_code(self) -> str:
        """The place shown: ``state.place`` when the book has it, else the World."""
        return self.state.place if self.state.place in self.book else WORLD

    # -- the figures ----------------------------------------------------------
    def refresh(self) -> None:
        self._show_picked()
        code, indicator, year = self.current_code(), self.state.indicator, self.state.year
        if not indicator or indicator not in self.dataset.indicators():
            self.summary = None
            self.title.setText(shown(self.book.get(code).name))
            self.figures.setText(translate("PlacePanel", "No figures in this dataset."))
            for widget in self._reading_order[2:-1]:
                widget.setVisible(False)
            return
        summary = self.summary = summarise(self.dataset, self.book, code, indicator, year)
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
        rows = []
        for t in sorted(years, key=lambda t: -t.year):
            change = t.change
            if change is None or change.pct is None:
                step = (
                    ""
                    if change is None
                    else translate("PlacePanel", "n/a ({n})").format(n=change.countries)
                )
            else:
                step = f"{signed_pct(change.pct, self.book.lang)} ({change.countries})"
            total = format_number(t.total, self.book.lang)
            rows.append((str(t.year), str(t.reporting), total, step))
        fill_table(self.trend_table, rows)
        selected = (
            [r[0] for r in rows].index(str(summary.year))
            if str(summary.year) in [r[0] for r in rows]
            else -1
        )
        if selected >= 0:
            self.trend_table.selectRow(selected)

    def _show_ranking(self, summary: PlaceSummary) -> None:
        ranked = summary.ranking[:RANKED_ROWS]
        self.ranking_title.setVisible(bool(ranked))
        self.ranking.setVisible(bool(ranked))
        self._ranked_codes = [r.iso3 for r in ranked]
        if not ranked:
            return
        more = len(summary.ranking) - len(ranked)
        title = translate("PlacePanel", "Countries by {indicator}, {year}").format(
            indicator=shown(summary.indicator), year=summary.year
        )
        if more:
            title += " " + translate("PlacePanel", "(the {n} largest of {all})").format(
                n=len(ranked), all=len(summary.ranking)
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
        parts = [self.picker.currentText().strip()]
        for widget in self._reading_order:
            if not widget.isVisibleTo(self):
                continue
            if isinstance(widget, TrendChart):
                parts.append(widget.text())
            elif widget in (self.trend_table, self.ranking):
                table = widget
                parts.extend(
                    "  ".join(table.item(r, c).text() for c in range(table.columnCount()))
                    for r in range(table.rowCount())
                )
            elif widget.text():
                parts.append(widget.text())
        return "\n".join(p for p in parts if p)
