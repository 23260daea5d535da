"""The "Show source rows" window: a figure, the rules it was made by, and its file rows.

Why a dialog of its own and not a tooltip: a world total has a hundred rows of
thirteen cells; the user reads them, sorts them, copies them into a note or
saves them as CSV for a colleague, so they need a table and two buttons.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from explorer.core.trace.rows_table import SourceRowsTable
from explorer.io.exports.formula_safety import neutralise
from explorer.io.importing.report_language import say_in
from explorer.ui.common.plain_text import TEXT_LIMIT, plain_label, shown, wrap
from explorer.ui.common.translations import interface_language, translate

#: GLOTIP's value column: shown next to the figure it was read as.
VALUE_COLUMN = "txtVALUE"
#: GLOTIP's category column: a flow's raw origin label, next to the value.
LABEL_COLUMN = "Category"


class _RowNumber(QTableWidgetItem):
    """A file row number: sorts as a number (row 1245 before row 10506)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        try:
            return int(self.text()) < int(other.text())
        except ValueError:
            return self.text() < other.text()


def _label(text: str, style: str = "") -> QLabel:
    label = wrap(plain_label(shown(text, TEXT_LIMIT)))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if style:
        label.setStyleSheet(style)
    return label


class SourceRowsDialog(QDialog):
    """The rows behind one figure (a :class:`SourceRowsTable`), with Copy and Save as CSV.

    Shown and copied in the interface language (``shown_data``); saved as CSV in English
    (``table_data``), as every data export is."""

    def __init__(self, table: SourceRowsTable, parent=None) -> None:
        super().__init__(parent)
        self.table_data = table
        lang = interface_language()
        table = self.shown_data = table.said_in(lang, lambda text: say_in(text, lang))
        self.setObjectName("source_rows_dialog")
        self.setWindowTitle(translate("SourceRows", "Source rows"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        self.title_label = _label(table.title, "font-weight: bold; font-size: 12pt;")
        layout.addWidget(self.title_label)
        self.rules_label = _label("\n".join(table.rules), "font-family: monospace;")
        self.rules_label.setVisible(bool(table.rules))
        layout.addWidget(self.rules_label)
        self.note_label = _label(table.note, "color: #7a4b00;")
        self.note_label.setVisible(bool(table.note))
        layout.addWidget(self.note_label)
        self.count_label = _label(
            translate("SourceRows", "%n file row(s) behind this figure.", None, len(table.rows))
            if any(row[5] for row in table.rows)
            else translate("SourceRows", "No file row behind this figure.")
        )
        layout.addWidget(self.count_label)
        # File, SHA-256 and sheet said once above the table when every row shares them.
        self.file_label = _label("", "color: #333;")
        self.rows_table = self._build_table(table)
        layout.addWidget(self.file_label)
        layout.addWidget(self.rows_table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("SourceRows", "&Copy as text"))
        self.save_button = QPushButton(translate("SourceRows", "&Save as CSV…"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.save_button.clicked.connect(self._ask_csv)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(1100, 560)

    def _build_table(self, table: SourceRowsTable) -> QTableWidget:
        widget = QTableWidget(len(table.rows), len(table.columns))
        widget.setObjectName("source_rows_table")
        widget.setAccessibleName(translate("SourceRows", "Source rows"))
        widget.setHorizontalHeaderLabels(list(table.columns))
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        widget.verticalHeader().setVisible(False)
        for r, row in enumerate(table.rows):
            for c, text in enumerate(row):
                item = (_RowNumber if c == 5 else QTableWidgetItem)(shown(text, TEXT_LIMIT))
                if len(text) > 40:  # a narrow column cuts it: the whole text on hover
                    item.setToolTip(shown(text, TEXT_LIMIT))
                widget.setItem(r, c, item)
        header = widget.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Each column as wide as its longest text (at most 320 px, so a long cell does not
        # push the rest away), measured once per column: Qt's resizeColumnsToContents
        # asks every cell for its size, tens of milliseconds for a world total.
        metrics = QFontMetrics(widget.font())
        for c, name in enumerate(table.columns):
            longest = max((row[c] for row in table.rows), key=len, default="")
            wanted = max(metrics.horizontalAdvance(longest), metrics.horizontalAdvance(name))
            widget.setColumnWidth(c, min(wanted + 16, 320))
        files = {row[2:5] for row in table.rows if row[5]}
        if len(files) == 1:
            name, sha256, sheet = next(iter(files))
            where = translate("SourceRows", "From {file}, sheet {sheet} (SHA-256 {sha256})")
            if not sheet:
                where = translate("SourceRows", "From {file} (SHA-256 {sha256})")
            self.file_label.setText(shown(where.format(file=name, sheet=sheet, sha256=sha256)))
            for column in (2, 3, 4):
                widget.setColumnHidden(column, True)
        self.file_label.setVisible(len(files) == 1)
        # What the importer did, and the file's value cell, first after the row number:
        # the rest of the row is there to check against, to the right.
        header.moveSection(header.visualIndex(len(table.columns) - 1), 2)
        for place, name in ((3, VALUE_COLUMN), (4, LABEL_COLUMN)):
            if name in table.columns:
                header.moveSection(header.visualIndex(table.columns.index(name)), place)
        widget.setColumnWidth(0, min(widget.columnWidth(0), 240))
        widget.setSortingEnabled(True)
        widget.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # as the rows stand in the file
        return widget

    def copy(self) -> None:
        """The figure, its rules and every row, tab-separated, on the clipboard, as shown."""
        QGuiApplication.clipboard().setText(self.shown_data.as_text())

    def save_csv(self, path: str | Path) -> None:
        """Write the rows to ``path`` as CSV (cells kept from running as formulas)."""
        self.table_data.write_csv(path, neutralise)

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("SourceRows", "Save source rows"),
            "source-rows.csv",
            translate("SourceRows", "CSV files (*.csv)"),
        )
        if not path:
            return
        try:
            self.save_csv(path)
        except OSError as error:
            QMessageBox.warning(
                self,
                translate("SourceRows", "Source rows"),
                translate("SourceRows", "Could not save {path}: {error}").format(
                    path=path, error=error.strerror or error
                ),
            )
