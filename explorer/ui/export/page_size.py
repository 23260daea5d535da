"""The export dialog's page size: a preset (slide, A4, A3 ...) or width x height in px or mm
at a resolution.

Why apart from the dialog: choosing a preset fills the numbers, typing a
number makes the size "custom", and a paper size asks for print resolution;
that interplay is its own small piece of behaviour.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from explorer.core.view.export_spec import PRESETS
from explorer.ui.common.core_texts import core_text
from explorer.ui.common.translations import translate

CUSTOM = QT_TRANSLATE_NOOP("ExportDialog", "Custom size")
PRINT_DPI = 300  #: a PNG of a paper page gets print resolution


class PageSizeControls:
    """The size preset box and the width, height, unit and dpi row; ``changed`` runs on
    every change."""

    def __init__(self, changed: Callable[[], None]) -> None:
        self._changed = changed
        self.size_box = QComboBox()
        for size in PRESETS:
            self.size_box.addItem(core_text(size.name), size)
        self.size_box.addItem(translate("ExportDialog", CUSTOM), None)
        self.width_box = _spin(1, 20000, 1920)
        self.height_box = _spin(1, 20000, 1080)
        self.unit_box = QComboBox()
        self.unit_box.addItems(["px", "mm"])
        self.dpi_box = _spin(36, 1200, 96)
        # The row's words ("x", "at", "dpi") are no labels a screen reader can tie to a box.
        for box, name in (
            (self.width_box, translate("ExportDialog", "Width")),
            (self.height_box, translate("ExportDialog", "Height")),
            (self.unit_box, translate("ExportDialog", "Unit of width and height")),
            (self.dpi_box, translate("ExportDialog", "Resolution (dots per inch)")),
        ):
            box.setAccessibleName(name)
        layout = QHBoxLayout()
        times = QLabel(translate("ExportDialog", "x", "width x height"))
        for widget in (self.width_box, times, self.height_box, self.unit_box):
            layout.addWidget(widget)
        layout.addWidget(QLabel(translate("ExportDialog", "at", "a size at a resolution")))
        layout.addWidget(self.dpi_box)
        layout.addWidget(QLabel(translate("ExportDialog", "dpi")))
        self.row = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        self.row.setLayout(layout)
        self.size_box.currentIndexChanged.connect(self.preset_chosen)
        for box in (self.width_box, self.height_box, self.dpi_box):
            box.valueChanged.connect(self._custom_size)
        self.unit_box.currentIndexChanged.connect(self._custom_size)

    def size(self) -> tuple[float, float, str, float]:
        """(width, height, unit, dpi) as the controls say."""
        return (
            self.width_box.value(),
            self.height_box.value(),
            self.unit_box.currentText(),
            self.dpi_box.value(),
        )

    def preset_chosen(self) -> None:
        """Fill the numbers from the chosen preset (nothing for "Custom size")."""
        size = self.size_box.currentData()
        if size is None:
            return
        for box, value in ((self.width_box, size.width), (self.height_box, size.height)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self.unit_box.blockSignals(True)
        self.unit_box.setCurrentText(size.unit)
        self.unit_box.blockSignals(False)
        if size.unit == "mm" and self.dpi_box.value() < 150:
            self.dpi_box.blockSignals(True)
            self.dpi_box.setValue(PRINT_DPI)
            self.dpi_box.blockSignals(False)
        self._changed()

    def _custom_size(self) -> None:
        self.size_box.blockSignals(True)
        self.size_box.setCurrentIndex(self.size_box.count() - 1)
        self.size_box.blockSignals(False)
        self._changed()


def _spin(low: float, high: float, value: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(0)
    box.setValue(value)
    return box
