"""The order of a categorical indicator's levels, changed by dragging, in the mapping dialog.

Why: a text column ("Low", "Medium", "High"; a publisher's own scale) is
ordered naturally unless the scale is known (TIP tiers); only the user knows
the order of the rest. The reader found the levels of each column
(``NeedsMapping.levels``); this list shows those of the value column the user
picks (the year columns together in the wide layout) and gives the order
back as ``TableMapping.levels``. A level outside the order (TIP "Special
case") is not listed: it is never ranked.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QListWidget, QVBoxLayout, QWidget

from explorer.io.readers.tables.levels import YEAR_COLUMNS
from explorer.ui.common.plain_text import LINE_LIMIT, plain_label, shown, wrap
from explorer.ui.common.translations import translate


class LevelOrder(QWidget):
    """The levels of the chosen value column, first = rank 1; hidden when it has none."""

    def __init__(
        self,
        levels: Mapping[str, tuple[str, ...]],
        value_box: QComboBox,
        layout_box: QComboBox,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.levels = dict(levels)
        self.value_box, self.layout_box = value_box, layout_box
        caption = plain_label(
            translate(
                "TableMapping",
                "The values are categories. Drag them into their order; the first gets rank 1:",
            )
        )
        wrap(caption)
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setAccessibleName(translate("TableMapping", "Order of the levels"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.list)
        value_box.currentIndexChanged.connect(self.refresh)
        layout_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def column(self) -> str:
        """Whose levels are shown: the value column, or the year columns when wide."""
        if self.layout_box.currentData() == "wide":
            return YEAR_COLUMNS
        return str(self.value_box.currentData() or "\0none")

    def refresh(self) -> None:
        """Show the levels of the column now chosen, in the order the reader found."""
        self.list.clear()
        for label in self.levels.get(self.column(), ()):
            self.list.addItem(shown(label, LINE_LIMIT))
            self.list.item(self.list.count() - 1).setData(Qt.ItemDataRole.UserRole, label)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * min(self.list.count(), 8) + 6)
        if self.parentWidget() is not None:  # never a window of its own
            self.setVisible(self.list.count() > 0)

    def order(self) -> tuple[str, ...]:
        """The levels as the list now orders them (empty when the column has none)."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(item.data(Qt.ItemDataRole.UserRole) for item in items)
