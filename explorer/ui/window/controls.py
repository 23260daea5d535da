"""Indicator, breakdown and year controls, bound both ways to the ViewState.

Why bound here: each control writes the state and follows it (with signals
blocked while it does), so a year set from a keyboard shortcut or a test
moves the slider too, and no widget polls.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from explorer.core.data.breakdown import Breakdown
from explorer.core.data.dataset import Dataset
from explorer.core.data.local_numbers import year_text
from explorer.core.indicators.shown_names import breakdown_name, indicator_name
from explorer.core.view.state import ViewState
from explorer.ui.common.plain_text import LINE_LIMIT, fit_combo, shown
from explorer.ui.common.translations import interface_language, translate

PLAY_INTERVAL_MS = 900


class MapControls(QWidget):
    """A row of: indicator, breakdown, year slider with its label, play button."""

    def __init__(
        self, state: ViewState, dataset: Dataset, parent=None, language: str | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        #: The year label's digits (the interface language's unless given).
        self.language = language or interface_language()
        self.dataset = dataset
        #: The language indicators and breakdowns are named in (the data keep English).
        self.language = language or interface_language()
        self.indicator_box = fit_combo(
            QComboBox(accessibleName=translate("MapControls", "Indicator")), 28
        )
        self.breakdown_box = fit_combo(
            QComboBox(accessibleName=translate("MapControls", "Breakdown")), 16
        )
        self.year_slider = QSlider(
            Qt.Orientation.Horizontal, accessibleName=translate("MapControls", "Year")
        )
        self.year_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.year_slider.setPageStep(1)
        self.year_slider.setMinimumWidth(160)
        self.year_label = QLabel()
        self.year_label.setMinimumWidth(36)
        self.play_button = QToolButton(
            text=translate("MapControls", "Play"),
            checkable=True,
            accessibleName=translate("MapControls", "Play years"),
        )
        self.play_button.setToolTip(translate("MapControls", "Play through the years"))
        self._timer = QTimer(self, interval=PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._advance)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        for text, widget in (
            (translate("MapControls", "Indicator"), self.indicator_box),
            (translate("MapControls", "Breakdown"), self.breakdown_box),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget)
        layout.addWidget(QLabel(translate("MapControls", "Year")))
        layout.addWidget(self.year_slider, 1)
        layout.addWidget(self.year_label)
        layout.addWidget(self.play_button)

        self._fill_indicators()
        self.indicator_box.currentIndexChanged.connect(self._indicator_chosen)
        self.breakdown_box.currentIndexChanged.connect(self._breakdown_chosen)
        self.year_slider.valueChanged.connect(self._year_chosen)
        self.play_button.toggled.connect(self._play_toggled)
        state.indicator_changed.connect(self._follow_indicator)
        state.breakdown_changed.connect(self._follow_breakdown)
        state.year_changed.connect(self._follow_year)
        self._follow_indicator(state.indicator)

    def set_dataset(self, dataset: Dataset) -> None:
        """Offer ``dataset``'s indicators and years from now on; playing stops."""
        self.play_button.setChecked(False)
        self.dataset = dataset
        self._fill_indicators()
        self._follow_indicator(self.state.indicator)

    def _fill_indicators(self) -> None:
        with QSignalBlocker(self.indicator_box):
            self.indicator_box.clear()
            for indicator in self.dataset.indicators():  # shown elided, chosen by its data
                name = indicator_name(indicator, self.language)
                self.indicator_box.addItem(shown(name, LINE_LIMIT), indicator)

    # -- user -> state ------------------------------------------------------
    def _indicator_chosen(self, index: int) -> None:
        indicator = self.indicator_box.itemData(index)
        if indicator:
            self.state.indicator = indicator

    def _breakdown_chosen(self, index: int) -> None:
        breakdown = self.breakdown_box.itemData(index)
        if isinstance(breakdown, Breakdown):
            self.state.breakdown = breakdown

    def _year_chosen(self, year: int) -> None:
        self.year_label.setText(year_text(year, self.language))
        self.state.year = year

    def _play_toggled(self, playing: bool) -> None:
        self.play_button.setText(
            translate("MapControls", "Pause") if playing else translate("MapControls", "Play")
        )
        if playing:
            if self.state.year >= self.year_slider.maximum():
                self.state.year = self.year_slider.minimum()
            self._timer.start()
        else:
            self._timer.stop()

    def _advance(self) -> None:
        if self.state.year >= self.year_slider.maximum():
            self.play_button.setChecked(False)
        else:
            self.state.year = self.state.year + 1

    # -- state -> widgets ---------------------------------------------------
    def _follow_indicator(self, indicator: str) -> None:
        with QSignalBlocker(self.indicator_box):
            self.indicator_box.setCurrentIndex(self.indicator_box.findData(indicator))
        self._fill_breakdowns(indicator)
        years = self.dataset.years(indicator)
        if years:
            with QSignalBlocker(self.year_slider):
                self.year_slider.setRange(years[0], years[-1])
            if self.state.year not in years:
                self.state.year = years[-1]
            self._follow_year(self.state.year)

    def _fill_breakdowns(self, indicator: str) -> None:
        breakdowns = self.dataset.breakdowns(indicator) if indicator else []
        with QSignalBlocker(self.breakdown_box):
            self.breakdown_box.clear()
            for breakdown in breakdowns:
                label = shown(breakdown_name(breakdown.label, self.language), LINE_LIMIT)
                self.breakdown_box.addItem(label, breakdown)
        self.breakdown_box.setEnabled(len(breakdowns) > 1)
        if self.state.breakdown not in breakdowns and breakdowns:
            self.state.breakdown = breakdowns[0]
        self._follow_breakdown(self.state.breakdown)

    def _follow_breakdown(self, breakdown: Breakdown) -> None:
        box = self.breakdown_box
        index = next((i for i in range(box.count()) if box.itemData(i) == breakdown), -1)
        if index >= 0:
            with QSignalBlocker(self.breakdown_box):
                self.breakdown_box.setCurrentIndex(index)

    def _follow_year(self, year: int) -> None:
        with QSignalBlocker(self.year_slider):
            self.year_slider.setValue(year)
        self.year_label.setText(year_text(year, self.language))
