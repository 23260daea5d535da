"""The banner that says, while synthetic data is loaded, that it is synthetic.

Why prominent: a screenshot of demo data must never pass for official figures.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel

from explorer.core.data.dataset import Dataset
from explorer.ui.common.translations import translate

SYNTHETIC_TEXT = QT_TRANSLATE_NOOP(
    "Banner",
    "SYNTHETIC DEMONSTRATION DATA: not official statistics. "
    "Detected victims are not a measure of prevalence.",
)


class SyntheticBanner(QLabel):
    """Amber strip above the map, visible only for synthetic datasets."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTextFormat(self.textFormat().PlainText)
        self.setText(translate("Banner", SYNTHETIC_TEXT))
        self.setWordWrap(True)
        self.setAccessibleName(translate("Banner", "Data warning"))
        self.setStyleSheet(
            "QLabel { background: #ffcf40; color: #1d1d1d; font-weight: bold;"
            " padding: 5px 10px; border-bottom: 1px solid #b38600; }"
        )

    def show_for(self, dataset: Dataset) -> None:
        self.setVisible(dataset.is_synthetic)
