"""The value columns of a table import as check boxes: each ticked column is an indicator.

Why apart from the mapping dialog: a country sheet may carry many figures side
by side; the list of boxes (all the reader's candidates ticked, others left
for the user to tick) scrolls on its own and says nothing of the other roles.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QScrollArea, QVBoxLayout, QWidget

from explorer.io.readers.tables.columns import year_of_header
from explorer.io.readers.tables.mapping import TableMapping
from explorer.ui.common.plain_text import menu_text

#: Roles of a guess that take a column away from the value candidates.
_OTHER_ROLES = (
    "country", "country_name", "origin", "origin_name", "destination", "destination_name",
    "year", "indicator", "unit", "sex", "age",
)  # fmt: skip


def value_checks(columns: Sequence[str], guess: TableMapping) -> dict[str, QCheckBox]:
    """A box per column that may hold values, in table order; the guess's ones ticked."""
    taken = {getattr(guess, role) for role in _OTHER_ROLES}
    chosen = set(guess.value_columns())
    boxes: dict[str, QCheckBox] = {}
    for column in columns:
        if column in taken or (year_of_header(column) is not None and column not in chosen):
            continue
        box = QCheckBox(menu_text(column))  # the header comes from the file: inert, no &
        box.setChecked(column in chosen)
        boxes[column] = box
    return boxes


def checks_area(boxes: dict[str, QCheckBox]) -> QScrollArea:
    """The boxes one under another, scrolling past a few."""
    inner = QWidget()
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 0, 0)
    for box in boxes.values():
        layout.addWidget(box)
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setMaximumHeight(160)
    return area


def first_checked(boxes: dict[str, QCheckBox], parent: QWidget) -> QComboBox:
    """A hidden combo whose current data is the first ticked column, kept so as boxes change.

    Why: the level order list follows a value combo; with check boxes, the first
    ticked column is the one whose levels it offers.
    """
    combo = QComboBox(parent)
    combo.setVisible(False)
    combo.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a holder of data, never a control
    combo.addItem("", None)
    for column in boxes:
        combo.addItem("", column)

    def follow() -> None:
        first = next((c for c, box in boxes.items() if box.isChecked()), None)
        combo.setCurrentIndex(max(combo.findData(first), 0) if first else 0)

    for box in boxes.values():
        box.toggled.connect(follow)
    follow()
    return combo
