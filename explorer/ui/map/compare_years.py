"""View > Compare two years: a difference map of the shown indicator between two years.

Why a map of the change, not two maps: the eye compares two choropleths
badly; one map of "rose / fell by how much" between the chosen years, with
classes centred on no change, answers the question directly (the change
classes and diverging palette of :mod:`explorer.core.view.change_classes`).
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QMessageBox

from explorer.core.indicators.derived import change_name, is_change, with_change_between
from explorer.core.view.snapshot import restore_flow_settings, snapshot
from explorer.core.view.state import ViewState
from explorer.ui.common.plain_text import LINE_LIMIT, literal_text, plain_label, shown
from explorer.ui.common.translations import translate, year_label


class CompareYearsDialog(QDialog):
    """Pick the first and the second year of the indicator on screen."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(translate("CompareYears", "Compare two years"))
        years = window.dataset.years(window.state.indicator)
        self.first_box, self.second_box = QComboBox(), QComboBox()
        for box in (self.first_box, self.second_box):
            for year in years:
                box.addItem(year_label(year), year)
        if years:
            self.first_box.setCurrentIndex(max(0, len(years) - 2))
            self.second_box.setCurrentIndex(len(years) - 1)
        form = QFormLayout(self)
        indicator = plain_label(shown(window.state.indicator, LINE_LIMIT))
        form.addRow(translate("CompareYears", "Indicator:"), indicator)
        form.addRow(translate("CompareYears", "From:"), self.first_box)
        form.addRow(translate("CompareYears", "To:"), self.second_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("CompareYears", "Show the change")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def years(self) -> tuple[int, int]:
        return int(self.first_box.currentData()), int(self.second_box.currentData())


def show_change(window, first: int, second: int) -> str:
    """Put the change of the shown indicator from ``first`` to ``second`` on the map."""
    indicator = window.state.indicator
    if is_change(indicator):
        raise ValueError("the map already shows a change; choose a figure first")
    dataset = with_change_between(window.dataset, indicator, first, second)
    name = change_name(indicator, first, second)
    state = ViewState(indicator=name, year=second)
    state.selected = window.state.selected
    settings = restore_flow_settings(snapshot(window.state, window.flow_settings, ""), dataset)
    window.set_dataset(dataset, state, settings)
    return name


def install_compare_years(window) -> QAction:
    """Add View > Compare two years…."""
    action = QAction(translate("CompareYears", "Compare t&wo years…"), window)
    action.setToolTip(
        translate("CompareYears", "A map of how the shown indicator changed between two years")
    )

    def ask() -> None:
        dialog = CompareYearsDialog(window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, second = dialog.years()
        try:
            show_change(window, first, second)
        except ValueError as error:
            QMessageBox.information(
                window,
                translate("CompareYears", "Compare two years"),
                literal_text(str(error).capitalize() + "."),
            )

    action.triggered.connect(ask)
    window.view_menu.addAction(action)
    window.context.compare_action = action
    return action
