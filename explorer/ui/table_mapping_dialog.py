"""Which column is the country, the year, the value: the mapping step of a table import.

Why: tables from other publishers name their columns in every way; when the
reader cannot tell them apart it asks (``NeedsMapping``) with its best guess,
and this dialog lets the user confirm or correct it and name the indicator,
as QGIS's delimited-text import and flowmap.blue's column picker do.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.io.table_mapping import FIRST_YEAR, LAST_YEAR, NeedsMapping, TableMapping
from explorer.ui.plain_text import plain_label

NONE = "(none)"


class TableMappingDialog(QDialog):
    """Pick the meaning of the columns; ``mapping_chosen`` carries the TableMapping."""

    mapping_chosen = Signal(object)

    def __init__(self, file_name: str, question: NeedsMapping, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(f"Columns of {file_name}")
        self.question = question
        guess = question.guess or TableMapping()
        self.guess = guess
        self.is_flow = bool(guess.origin or guess.destination)
        columns = list(question.columns)

        why = plain_label(
            f"The table's columns could not be recognised for sure: {question.reason}. "
            "Say which column holds what; the import then runs again."
        )
        why.setWordWrap(True)
        form = QFormLayout()
        self.layout_box = QComboBox()
        self.layout_box.addItem("One row per country and year (long)", "long")
        self.layout_box.addItem("One column per year, e.g. 1960 ... 2023 (wide)", "wide")
        self.layout_box.setCurrentIndex(0 if guess.layout == "long" else 1)
        self.boxes: dict[str, QComboBox] = {}
        roles = (
            [("origin", "Origin"), ("destination", "Destination")]
            if self.is_flow
            else [("country", "Country (code or name)"), ("country_name", "Country name (spare)")]
        )
        roles += [("year", "Year"), ("value", "Value"), ("indicator", "Indicator column")]
        if not self.is_flow:
            form.addRow("Layout:", self.layout_box)
        for role, label in roles:
            box = QComboBox()
            box.addItem(NONE, None)
            for column in columns:
                box.addItem(column, column)
            current = getattr(guess, role)
            if current in columns:
                box.setCurrentIndex(columns.index(current) + 1)
            self.boxes[role] = box
            form.addRow(f"{label}:", box)
        self.year_box = QSpinBox(minimum=0, maximum=LAST_YEAR, specialValueText="(from a column)")
        self.year_box.setValue(guess.fixed_year or 0)
        form.addRow("Year of every row:", self.year_box)
        self.name_edit = QLineEdit(guess.indicator_name or "")
        self.name_edit.setPlaceholderText("e.g. Population, total")
        form.addRow("Indicator name:", self.name_edit)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Import")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        self.problem = plain_label()
        self.problem.setStyleSheet("QLabel { color: #b00020; }")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def mapping(self) -> TableMapping:
        """The mapping the controls describe."""
        chosen = {role: box.currentData() for role, box in self.boxes.items()}
        year = self.year_box.value()
        return replace(
            self.guess,
            layout="long" if self.is_flow else self.layout_box.currentData(),
            fixed_year=year if FIRST_YEAR <= year <= LAST_YEAR else None,
            indicator_name=self.name_edit.text().strip() or None,
            **chosen,
        )

    def _accept(self) -> None:
        from explorer.io.table_mapping import check_mapping

        mapping = self.mapping()
        problems = check_mapping(
            mapping, list(self.question.columns), "flow" if self.is_flow else "indicator"
        )
        if problems:
            self.problem.setText("; ".join(problems))
            return
        self.mapping_chosen.emit(mapping)
        self.accept()
