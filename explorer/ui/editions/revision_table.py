"""The revision table: every revised figure, sortable, filterable, exported to CSV or XLSX.

Why a model over the frame and not a table of items: a comparison of two
GLOTIP editions has about 60,000 figures; the user filters by text and kind
and sorts by any column, which pandas does on the whole frame in milliseconds
while a widget item per cell would take seconds to build.
"""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data.local_numbers import signed_number_text
from explorer.core.editions.compare import CHANGED, NEW, UNCHANGED, WITHDRAWN
from explorer.ui.common.plain_text import shown
from explorer.ui.common.translations import interface_language, translate
from explorer.ui.editions.revision_map import direction_words

#: (column of the frame, header) in the table's order.
COLUMNS = [
    ("country", QT_TRANSLATE_NOOP("Editions", "Country")),
    ("year", QT_TRANSLATE_NOOP("Editions", "Year")),
    ("indicator", QT_TRANSLATE_NOOP("Editions", "Indicator")),
    ("breakdown", QT_TRANSLATE_NOOP("Editions", "Breakdown")),
    ("old", QT_TRANSLATE_NOOP("Editions", "Old")),
    ("new", QT_TRANSLATE_NOOP("Editions", "New")),
    ("difference", QT_TRANSLATE_NOOP("Editions", "Difference")),
    ("kind", QT_TRANSLATE_NOOP("Editions", "Kind")),
]
#: Kinds the filter offers; "" shows every revised figure (unchanged ones left out).
KIND_CHOICES = [
    ("", QT_TRANSLATE_NOOP("Editions", "All revised")),
    (CHANGED, QT_TRANSLATE_NOOP("Editions", "Changed")),
    (NEW, QT_TRANSLATE_NOOP("Editions", "New")),
    (WITHDRAWN, QT_TRANSLATE_NOOP("Editions", "Withdrawn")),
    (UNCHANGED, QT_TRANSLATE_NOOP("Editions", "Unchanged")),
]
_SORT_KEYS = {"old": "value_old", "new": "value_new"}
_KIND_WORDS = dict(KIND_CHOICES)


def kind_text(kind: str, direction: str) -> str:
    """The kind of a revision in words, and how a changed figure moved: "Changed (lowered)",
    "Changed (moved into a level outside the order)" (a level has no difference to read)."""
    words = translate("Editions", _KIND_WORDS.get(kind, kind))
    if kind != CHANGED:
        return words
    return translate("Editions", "{kind} ({direction})").format(
        kind=words, direction=direction_words(direction)
    )


class RevisionModel(QAbstractTableModel):
    """The rows of a revisions table that pass the filter, in the chosen order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.all = pd.DataFrame(columns=[c for c, _ in COLUMNS])
        self.rows = self.all
        self.text, self.kind = "", ""
        self.lang = interface_language()  # the differences' digits and signs
        self.order: tuple[int, Qt.SortOrder] | None = None

    def set_table(self, table: pd.DataFrame) -> None:
        self.all = table.reset_index(drop=True)
        self._refilter()

    def set_filter(self, text: str, kind: str) -> None:
        self.text, self.kind = text.strip().casefold(), kind
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        rows = self.all
        wanted = rows["kind"] == self.kind if self.kind else rows["kind"] != UNCHANGED
        rows = rows[wanted]
        if self.text:
            words = rows["country"] + " " + rows["iso3"] + " " + rows["indicator"]
            words = words + " " + rows["breakdown"] + " " + rows["year"].astype(str)
            rows = rows[words.str.casefold().str.contains(self.text, regex=False)]
        if self.order is not None:
            column, order = self.order
            name = COLUMNS[column][0]
            key = _SORT_KEYS.get(name, name)
            rows = rows.sort_values(
                key, ascending=order == Qt.SortOrder.AscendingOrder, kind="stable"
            )
        self.rows = rows.reset_index(drop=True)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        value = self.rows.iat[index.row(), self.rows.columns.get_loc(COLUMNS[index.column()][0])]
        if COLUMNS[index.column()][0] == "difference":
            return "" if pd.isna(value) else signed_number_text(round(value), self.lang)
        if COLUMNS[index.column()][0] == "kind":
            return kind_text(str(value), str(self.rows.at[index.row(), "direction"]))
        return shown(value)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Editions", COLUMNS[section][1])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.order = (column, order)
        self._refilter()


class RevisionTable(QWidget):
    """A filter box, a kind chooser and the table of revised figures."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = RevisionModel(self)
        self.filter_box = QLineEdit(placeholderText=translate("Editions", "Filter: country, …"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(translate("Editions", "Filter the revised figures"))
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(translate("Editions", "Kind of revision"))
        for kind, words in KIND_CHOICES:
            self.kind_box.addItem(translate("Editions", words), kind)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.setAccessibleName(translate("Editions", "Revised figures"))
        row = QHBoxLayout()
        row.addWidget(self.filter_box, 1)
        row.addWidget(self.kind_box)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        self.filter_box.textChanged.connect(self._filter)
        self.kind_box.currentIndexChanged.connect(self._filter)

    def _filter(self, *_: object) -> None:
        self.model.set_filter(self.filter_box.text(), self.kind_box.currentData() or "")

    def set_table(self, table: pd.DataFrame) -> None:
        self.model.set_table(table)
        for column, width in enumerate((180, 50, 220, 180, 90, 90, 80, 240)):
            self.view.setColumnWidth(column, width)
