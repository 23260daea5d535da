"""The "Flows" dock: every flow setting as a control, bound both ways to FlowSettings.

Why a dock: the flow filters (top-N, minimum, region, focus, widths, colours)
are many; a dock keeps them next to the map, can be closed, and keyboard users
reach every control in order.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from explorer.core.data.dataset import Dataset
from explorer.core.flows.settings import Between, ColourMode, FlowSettings, FocusMode, WidthScale
from explorer.core.indicators.shown_names import indicator_name
from explorer.ui.common.plain_text import LINE_LIMIT, fit_combo, shown
from explorer.ui.common.translations import interface_language, translate

# Marked for lupdate; translated where shown.
FOLLOW_MAP = QT_TRANSLATE_NOOP("FlowControls", "Follow the map's indicator")
FOCUS_WORDS = {
    FocusMode.ALL: QT_TRANSLATE_NOOP("FlowControls", "All flows"),
    FocusMode.INCOMING: QT_TRANSLATE_NOOP("FlowControls", "Into the selected country"),
    FocusMode.OUTGOING: QT_TRANSLATE_NOOP("FlowControls", "Out of the selected country"),
    FocusMode.BOTH: QT_TRANSLATE_NOOP("FlowControls", "Into and out of the selected country"),
}
WIDTH_WORDS = {
    WidthScale.SQRT: QT_TRANSLATE_NOOP("FlowControls", "Square root of volume"),
    WidthScale.LINEAR: QT_TRANSLATE_NOOP("FlowControls", "Linear in volume"),
}
BETWEEN_WORDS = {
    Between.COUNTRIES: QT_TRANSLATE_NOOP("FlowControls", "Countries"),
    Between.SUBREGIONS: QT_TRANSLATE_NOOP("FlowControls", "Subregions"),
    Between.REGIONS: QT_TRANSLATE_NOOP("FlowControls", "Regions"),
}
COLOUR_WORDS = {
    ColourMode.REGION: QT_TRANSLATE_NOOP("FlowControls", "By origin region"),
    ColourMode.SINGLE: QT_TRANSLATE_NOOP("FlowControls", "Single colour"),
}


def _combo(name: str, items: list[tuple[str, object]]) -> QComboBox:
    box = fit_combo(QComboBox(accessibleName=name))
    for text, data in items:
        box.addItem(text, data)
    return box


class FlowControls(QDockWidget):
    """Dock with the flow layer's settings."""

    def __init__(
        self,
        settings: FlowSettings,
        dataset: Dataset,
        regions: list[str],
        parent=None,
        language: str | None = None,
    ) -> None:
        super().__init__(translate("FlowControls", "Flows"), parent)
        self.setObjectName("flow_controls")
        self.settings = settings
        #: The language indicators are named in (the data keep English).
        self.language = language or interface_language()
        self.visible_box = QCheckBox(
            translate("FlowControls", "Show flows"),
            accessibleName=translate("FlowControls", "Show flows"),
        )
        self.indicator_box = _combo(translate("FlowControls", "Flow indicator"), [])
        self._fill_indicators(dataset)
        self.between_box = _combo(
            translate("FlowControls", "Flows between"),
            [(translate("FlowControls", t), m.value) for m, t in BETWEEN_WORDS.items()],
        )
        self.between_box.setToolTip(
            translate(
                "FlowControls",
                "Sum the country flows into flows between UN subregions or regions "
                "(flows inside one place are drawn as a ring)",
            )
        )
        self.top_n_box = QSpinBox(
            accessibleName=translate("FlowControls", "Number of largest flows")
        )
        self.top_n_box.setRange(1, 2000)
        self.min_volume_box = QDoubleSpinBox(
            accessibleName=translate("FlowControls", "Minimum volume")
        )
        self.min_volume_box.setRange(0, 1e9)
        self.min_volume_box.setDecimals(0)
        self.region_box = _combo(
            translate("FlowControls", "Region"),
            [(translate("FlowControls", "All regions"), "")] + [(r, r) for r in regions],
        )
        self.focus_box = _combo(
            translate("FlowControls", "Focus"),
            [(translate("FlowControls", t), m.value) for m, t in FOCUS_WORDS.items()],
        )
        self.width_box = _combo(
            translate("FlowControls", "Width"),
            [(translate("FlowControls", t), m.value) for m, t in WIDTH_WORDS.items()],
        )
        self.lock_box = QCheckBox(
            translate("FlowControls", "Same widths for every year"),
            accessibleName=translate("FlowControls", "Lock width scale"),
        )
        self.colour_box = _combo(
            translate("FlowControls", "Colour"),
            [(translate("FlowControls", t), m.value) for m, t in COLOUR_WORDS.items()],
        )
        self.suppressed_box = QCheckBox(
            translate("FlowControls", "Show <5 flows as dashed lines"),
            accessibleName=translate("FlowControls", "Show suppressed flows"),
        )
        self.totals_box = QCheckBox(
            translate("FlowControls", "Circles for incoming and outgoing totals"),
            accessibleName=translate("FlowControls", "Location totals"),
        )
        form = QFormLayout()
        form.addRow(self.visible_box)
        form.addRow(translate("FlowControls", "Indicator"), self.indicator_box)
        form.addRow(translate("FlowControls", "Between"), self.between_box)
        form.addRow(translate("FlowControls", "Largest"), self.top_n_box)
        form.addRow(translate("FlowControls", "At least"), self.min_volume_box)
        form.addRow(translate("FlowControls", "Region"), self.region_box)
        form.addRow(translate("FlowControls", "Focus"), self.focus_box)
        form.addRow(translate("FlowControls", "Width"), self.width_box)
        form.addRow(self.lock_box)
        form.addRow(translate("FlowControls", "Colour"), self.colour_box)
        form.addRow(self.suppressed_box)
        form.addRow(self.totals_box)
        body = QWidget()
        body.setLayout(form)
        self.setWidget(body)

        self.visible_box.toggled.connect(lambda v: setattr(settings, "visible", v))
        self.indicator_box.currentIndexChanged.connect(
            lambda i: setattr(settings, "indicator", self.indicator_box.itemData(i))
        )
        self.between_box.currentIndexChanged.connect(
            lambda i: setattr(settings, "between", self.between_box.itemData(i))
        )
        self.top_n_box.valueChanged.connect(lambda v: setattr(settings, "top_n", v))
        self.min_volume_box.valueChanged.connect(lambda v: setattr(settings, "min_volume", v))
        self.region_box.currentIndexChanged.connect(
            lambda i: setattr(settings, "region", self.region_box.itemData(i))
        )
        self.focus_box.currentIndexChanged.connect(
            lambda i: setattr(settings, "focus", self.focus_box.itemData(i))
        )
        self.width_box.currentIndexChanged.connect(
            lambda i: setattr(settings, "width_scale", self.width_box.itemData(i))
        )
        self.lock_box.toggled.connect(lambda v: setattr(settings, "lock_scale", v))
        self.colour_box.currentIndexChanged.connect(
            lambda i: setattr(settings, "colour_mode", self.colour_box.itemData(i))
        )
        self.suppressed_box.toggled.connect(lambda v: setattr(settings, "show_suppressed", v))
        self.totals_box.toggled.connect(lambda v: setattr(settings, "show_totals", v))
        settings.events.connect(self.follow)
        self.follow()

    def set_dataset(self, dataset: Dataset) -> None:
        """Offer ``dataset``'s flow indicators from now on."""
        self._fill_indicators(dataset)
        self.follow()

    def _fill_indicators(self, dataset: Dataset) -> None:
        with QSignalBlocker(self.indicator_box):
            self.indicator_box.clear()
            self.indicator_box.addItem(translate("FlowControls", FOLLOW_MAP), "")
            for indicator in dataset.flow_indicators():
                name = indicator_name(indicator, self.language)
                self.indicator_box.addItem(shown(name, LINE_LIMIT), indicator)

    def follow(self, *_: object) -> None:
        """Show the settings' current values (without writing them back)."""
        s = self.settings
        widgets = (
            self.visible_box,
            self.indicator_box,
            self.between_box,
            self.top_n_box,
            self.min_volume_box,
            self.region_box,
            self.focus_box,
            self.width_box,
            self.lock_box,
            self.colour_box,
            self.suppressed_box,
            self.totals_box,
        )
        blockers = [QSignalBlocker(w) for w in widgets]
        self.visible_box.setChecked(s.visible)
        self.indicator_box.setCurrentIndex(max(self.indicator_box.findData(s.indicator), 0))
        self.between_box.setCurrentIndex(self.between_box.findData(Between(s.between).value))
        self.top_n_box.setValue(s.top_n)
        self.min_volume_box.setValue(s.min_volume)
        self.region_box.setCurrentIndex(max(self.region_box.findData(s.region), 0))
        self.focus_box.setCurrentIndex(self.focus_box.findData(FocusMode(s.focus).value))
        self.width_box.setCurrentIndex(self.width_box.findData(WidthScale(s.width_scale).value))
        self.lock_box.setChecked(s.lock_scale)
        self.colour_box.setCurrentIndex(self.colour_box.findData(ColourMode(s.colour_mode).value))
        self.suppressed_box.setChecked(s.show_suppressed)
        self.totals_box.setChecked(s.show_totals)
        for widget in widgets[1:]:
            widget.setEnabled(s.visible)
        del blockers
