"""The tables of the import report dialog: plain-text cells, numeric sorting, "Map to" boxes.

Why apart from the dialog: how a cell shows file text (inert, elided) and
sorts (by number, not by its formatted text) is the same for every tab, and
the dialog then only assembles tabs.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from explorer.core.data.text import fold
from explorer.io.importing.report import ImportReport, RejectedRow
from explorer.io.importing.report_language import say_in
from explorer.ui.common.plain_text import shown, tooltip_html
from explorer.ui.common.translations import translate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  #: numeric sort key of a formatted cell
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SortItem(QTableWidgetItem):
    """A cell shown as formatted text but sorted by a number (victims, scores, row lists)."""

    def __init__(self, text: str, key: float) -> None:
        super().__init__(text)
        self.setData(SORT_ROLE, key)
        self.setTextAlignment(NUMBER_ALIGNMENT)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:  # not super(): that would call back into __lt__
            return self.text() < other.text()
        return mine < theirs


class AliasCombo(QComboBox):
    """An editable "Map to" box that ignores the wheel unless focused.

    Why: scrolling the table over a column of combos must not silently change
    a mapping the user never touched.
    """

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def sort_key(name: str) -> str:
    """Accent- and case-free key, so "Åland" sorts with the A's, not after Z."""
    return fold(name)


def source_values(raw: Mapping) -> str:
    """The raw cells of a row as ``k=v; k=v`` (same form as the CSV export)."""
    return "; ".join(f"{k}={v}" for k, v in raw.items())


def report_table(headers: list[str], name: str, widths: list[int]) -> QTableWidget:
    """A read-only, row-selecting table; the last column takes the remaining width.

    Column widths are fixed rather than sized to contents: sizing to contents
    measures every cell, which is slow for a couple of thousand rejected rows.
    """
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)  # English: tests and style sheets find it by this name
    table.setAccessibleName(translate("ImportReport", name))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def fill_rows(table: QTableWidget, rows: list[list[QTableWidgetItem]]) -> None:
    """Put ``rows`` into ``table`` in the given order, then allow sorting by header click.

    Sorting is off while filling (else every setItem re-sorts) and the sort
    indicator is cleared, so the table opens in the report's own order.
    """
    table.setSortingEnabled(False)
    table.setUpdatesEnabled(False)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            table.setItem(r, c, item)
    table.setUpdatesEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)


def row_item(row: int) -> QTableWidgetItem:
    """A file row number that sorts as a number (natively, so 2,000 rows stay quick)."""
    item = QTableWidgetItem()
    item.setData(Qt.ItemDataRole.DisplayRole, int(row))
    item.setTextAlignment(NUMBER_ALIGNMENT)
    return item


def text_item(text: object) -> QTableWidgetItem:
    """A cell showing file text inertly (controls visible, no direction overrides, elided)."""
    return QTableWidgetItem(shown(text))


def source_item(raw: Mapping) -> QTableWidgetItem:
    text = source_values(raw)
    cell = text_item(text)
    cell.setToolTip(tooltip_html(text))  # a tooltip would guess markup; escape it
    return cell


def column_headers(*names: str) -> list[str]:
    """Column headers in the user's language (the names are marked for lupdate below)."""
    return [translate("ImportReport", name) for name in names]


# Column names of the report's tables, for lupdate (translated by ``column_headers``).
_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportReport", "Row"),
    QT_TRANSLATE_NOOP("ImportReport", "Reason"),
    QT_TRANSLATE_NOOP("ImportReport", "Source values"),
    QT_TRANSLATE_NOOP("ImportReport", "Rows"),
    QT_TRANSLATE_NOOP("ImportReport", "Key"),
    QT_TRANSLATE_NOOP("ImportReport", "Values"),
    QT_TRANSLATE_NOOP("ImportReport", "Shown on the map"),
    QT_TRANSLATE_NOOP("ImportReport", "Rule"),
    QT_TRANSLATE_NOOP("ImportReport", "Why"),
    QT_TRANSLATE_NOOP("ImportReport", "Label"),
    QT_TRANSLATE_NOOP("ImportReport", "Victims"),
    QT_TRANSLATE_NOOP("ImportReport", "Map to"),
    QT_TRANSLATE_NOOP("ImportReport", "Matched to"),
    QT_TRANSLATE_NOOP("ImportReport", "Score"),
    QT_TRANSLATE_NOOP("ImportReport", "Column"),
    QT_TRANSLATE_NOOP("ImportReport", "Became"),
    QT_TRANSLATE_NOOP("ImportReport", "Note"),
    QT_TRANSLATE_NOOP("ImportReport", "Country"),
    QT_TRANSLATE_NOOP("ImportReport", "Year"),
    QT_TRANSLATE_NOOP("ImportReport", "Indicator"),
    QT_TRANSLATE_NOOP("ImportReport", "Breakdown"),
    QT_TRANSLATE_NOOP("ImportReport", "In the file"),
)


#: Right-to-left mark: starts a line whose first word is Latin (a file name) as Arabic.
RLM = "\u200f"


def said(text: str, lang: str | None) -> str:
    """A report's English text in ``lang`` (:func:`say_in`), as :func:`lines_in` lays it."""
    return lines_in(say_in(text, lang), lang)


def lines_in(text: str, lang: str | None) -> str:
    """``text`` with each line starting right to left in a right-to-left language, even when
    its first word is a file's Latin text (else Qt would start that line left to right)."""
    if not text or QLocale(lang or "en").textDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return "\n".join(RLM + line for line in text.split("\n"))


def long_item(text: str) -> QTableWidgetItem:
    """A cell that may be cut on screen: its whole text in the tooltip (escaped)."""
    item = text_item(text)
    item.setToolTip(tooltip_html(text))
    return item


def rejected_items(
    rows: list[RejectedRow], lang: str | None = None
) -> list[list[QTableWidgetItem]]:
    """Row, reason (in ``lang``: the report keeps English) and the row's cells."""
    return [[row_item(r.row), long_item(said(r.reason, lang)), source_item(r.raw)] for r in rows]


def columns_table(report: ImportReport, lang: str | None = None) -> QTableWidget:
    """Every column of the file, in its order: what it became (role) and why (note)."""
    name = QT_TRANSLATE_NOOP("ImportReport", "Columns")
    table = report_table(column_headers("Column", "Became", "Note"), name, [260, 140])
    rows = [
        [text_item(c), text_item(said(r, lang)), long_item(said(n, lang))]
        for c, r, n in report.columns
    ]
    fill_rows(table, rows)
    return table
