"""The export dialog's page size: a preset (slide, A4, A3 ...) or width x height in px or mm
at a resolution.

Why apart from the dialog: choosing a preset fills the numbers, typing a
number makes the size "custom", and a paper size asks for print resolution;
that interplay is its own small piece of behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QWidget

from explorer.core.view.export_spec import PRESETS
from explorer.ui.common.core_texts import core_text
from explorer.ui.common.translations import translate

CUSTOM = QT_TRANSLATE_NOOP("ExportDialog", "Custom size")
PRINT_DPI = 300  #: a PNG of a paper page gets print resolution


@dataclass(frozen=True)
class PageChoice:
    """What the controls were set to: a preset's name (None: a custom size) and the numbers."""

    preset: str | None
    width: float
    height: float
    unit: str
    dpi: float


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
        at = QLabel(translate("ExportDialog", "at", "a size at a resolution"))
        dpi = QLabel(translate("ExportDialog", "dpi"))
        #: Every control and word of the size, greyed out together for a format without one.
        self.widgets: list[QWidget] = [self.size_box, self.width_box, times, self.height_box]
        self.widgets += [self.unit_box, at, self.dpi_box, dpi]
        for widget in self.widgets[1:]:
            layout.addWidget(widget)
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

    def chosen(self) -> PageChoice:
        """The controls' state, to set them back with :meth:`choose`."""
        preset = self.size_box.currentData()
        return PageChoice(preset and preset.name, *self.size())

    def choose(self, choice: PageChoice) -> None:
        """Set the controls as ``choice`` says (a preset no longer offered: its numbers)."""
        boxes = (self.width_box, self.height_box, self.unit_box, self.dpi_box, self.size_box)
        for box in boxes:
            box.blockSignals(True)
        self.width_box.setValue(choice.width)
        self.height_box.setValue(choice.height)
        self.unit_box.setCurrentText(choice.unit)
        self.dpi_box.setValue(choice.dpi)
        names = [getattr(self.size_box.itemData(i), "name", None) for i in range(len(PRESETS))]
        custom = self.size_box.count() - 1
        self.size_box.setCurrentIndex(
            names.index(choice.preset) if choice.preset in names else custom
        )
        for box in boxes:
            box.blockSignals(False)
        self._changed()

    def set_used(self, used: bool, why: str = "") -> None:
        """Grey the size out when the format has no size (``why`` becomes its tooltip)."""
        for widget in self.widgets:
            widget.setEnabled(used)
            widget.setToolTip("" if used else why)

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
